"""Small excerpts of kinds of input not in the samples (tests/cases/*.txt), each checked against
what a careful reader finds in it (tests/cases/expected.json)."""

import json
from pathlib import Path

import pytest

from generator.citations import agency_issuers, corpus_indexes, find_citations
from generator.pipeline import parse_bytes

CASES = Path(__file__).parent / "cases"
DOCUMENTS = CASES / "documents"  # reproducers of document layouts found in review
EXPECTED = json.loads((CASES / "expected.json").read_text(encoding="utf-8"))
EXPECTED_DOCUMENTS = json.loads((DOCUMENTS / "expected.json").read_text(encoding="utf-8"))
NAMES = sorted(k for k in EXPECTED if not k.startswith("_"))
DOCUMENT_NAMES = sorted(k for k in EXPECTED_DOCUMENTS if not k.startswith("_"))


def test_every_case_file_has_expectations():
    assert sorted(p.name for p in CASES.glob("*.txt")) == sorted(NAMES)
    assert sorted(p.name for p in DOCUMENTS.glob("*.txt")) == DOCUMENT_NAMES


@pytest.mark.parametrize("name", NAMES)
def test_case(name):
    _check(CASES / name, EXPECTED[name])


@pytest.mark.parametrize("name", DOCUMENT_NAMES)
def test_document_case(name):
    _check(DOCUMENTS / name, EXPECTED_DOCUMENTS[name])


def _check(path: Path, expected: dict) -> None:
    result = parse_bytes(path.read_bytes(), path.name)
    data = result.to_dict()
    # every case: each non-blank line in exactly one segment, the segments apart
    owner: dict[int, str] = {}
    for segment in result.segments:
        for no in range(segment.first, segment.last + 1):
            assert no not in owner, f"line {no} in two segments"
            owner[no] = segment.kind
    assert {line.no for line in result.source.lines if not line.blank} <= set(owner)
    if "documents" in expected:
        assert len(data["documents"]) == len(expected["documents"])
        for k, (doc, want) in enumerate(zip(data["documents"], expected["documents"])):
            for key, value in want.items():
                if key == "citations":  # what it cites: title, 发文字号, the cited document's seq in the issue
                    assert _citations(result, k) == value
                elif key == "attachments":
                    assert [[a["number"], a["title"]] for a in doc["attachments"]] == value
                elif key == "attachment_lines":
                    assert [a["lines"] for a in doc["attachments"]] == value
                elif key == "attachment_parts":
                    assert [a["part"] for a in doc["attachments"]] == value
                elif key == "tables":
                    assert [t["shape"] for t in doc["tables"]] == value
                elif key == "table_captions":
                    assert [t["caption"] for t in doc["tables"]] == value
                elif key == "signature":
                    assert [b["text"] for b in doc["blocks"] if b["type"] == "signature"] == value
                elif key == "number_lines":  # the 发文字号 lines as printed (a 签发人 beside the number)
                    assert [b["text"] for b in doc["blocks"] if b["type"] == "doc_number"] == value
                elif key == "header":  # number lines of the header that are not a 发文字号
                    assert [b["text"] for b in doc["blocks"] if b["type"] == "order_number"] == value
                elif key == "block_types":
                    assert [b["type"] for b in doc["blocks"]] == value
                elif key == "blocks":  # each block's kind and text, as published
                    assert [[b["type"], b["text"]] for b in doc["blocks"]] == value
                elif key == "items":
                    assert [b["text"] for b in doc["blocks"] if b["type"] == "list_item"] == value
                elif key == "articles":
                    assert [b["text"] for b in doc["blocks"] if b["type"] == "article"] == value
                elif key == "attachment_headings":  # each attachment heading's mark and title
                    assert [[b.get("marker"), b["text"]] for b in doc["blocks"] if b["type"] == "attachment"] == value
                elif key == "headings":
                    assert [b["text"] for b in doc["blocks"] if b["type"] == "heading"] == value
                elif key == "paragraphs":
                    assert [b["text"] for b in doc["blocks"] if b["type"] == "paragraph"] == value
                else:
                    assert doc[key] == value, (key, doc[key])
    if "diagnostics" in expected:
        assert set(expected["diagnostics"]) <= {d["code"] for d in data["diagnostics"]}
    if "diagnostics_absent" in expected:  # codes a careful reader would not report
        assert not set(expected["diagnostics_absent"]) & {d["code"] for d in data["diagnostics"]}
    if "toc_titles" in expected:
        assert [entry["title"] for entry in data["toc"]] == expected["toc_titles"]
    if "toc" in expected:
        assert len(data["toc"]) == expected["toc"]
    if "toc_entries" in expected:  # each entry's numbers and page, and the lines it spans
        assert [[e["doc_number"], e["registration_number"], e["page"], e["lines"]] for e in data["toc"]] \
            == expected["toc_entries"]
        assert all(entry["document"] for entry in data["toc"])
    if "toc_documents" in expected:  # each entry's document by its place in the issue (None: no document)
        seqs = {doc["id"]: doc["seq"] for doc in data["documents"]}
        assert [seqs.get(entry["document"]) for entry in data["toc"]] == expected["toc_documents"]
    if "toc_sections" in expected:
        assert [entry["section"] for entry in data["toc"]] == expected["toc_sections"]
    if "toc_pages" in expected:
        assert [entry["page"] for entry in data["toc"]] == expected["toc_pages"]
    if "segments" in expected:
        assert [s["kind"] for s in data["segments"]] == expected["segments"]
    for key, value in expected.get("gazette", {}).items():
        assert data["gazette"][key] == value


def _citations(result, k: int) -> list:
    """The citations of the issue's ``k``-th document, each linked within the issue alone (its
    documents the corpus): [title, 发文字号, the cited document's seq or None]."""
    documents = list(result.documents)
    by_number, by_title = corpus_indexes(documents)
    seqs = {d.id: d.seq for d in documents}
    return [[c.title, c.doc_number, seqs.get(c.cited_document)]
            for c in find_citations(documents[k], by_number, by_title, agency_issuers(documents, {}))]
