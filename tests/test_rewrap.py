"""The samples printed narrower: every line longer than the width cut where a narrower page would
cut it (titles, contents entries with their leaders and pages, 文号 and 登记号, sentences; table
rows are left whole), as PDFs of other layouts come out of text extraction. The documents and
their header and closing fields must come out as from the text as printed."""

from __future__ import annotations

import pytest

from generator.pipeline import parse_bytes
from tests.conftest import GAZETTES, SAMPLES


def rewrapped(text: str, width: int) -> str:
    out = []
    for line in text.split("\n"):
        if "\t" in line or "|" in line:
            out.append(line)
            continue
        while len(line) > width:
            out.append(line[:width])
            line = line[width:]
        out.append(line)
    return "\n".join(out)


def _fields(result) -> list[tuple]:
    return [(d.title, d.doc_number, d.date, d.issuer, d.recipients, d.registration_number, d.doc_type)
            for d in result.documents]


@pytest.mark.parametrize("width", [34, 28, 24, 22])
@pytest.mark.parametrize("sample", SAMPLES)
def test_the_documents_of_a_sample_printed_narrower(sample, width):
    text = (GAZETTES / sample).read_text(encoding="utf-8")
    narrow = rewrapped(text, width)
    assert narrow != text
    printed = parse_bytes(text.encode("utf-8"), sample)
    wrapped = parse_bytes(narrow.encode("utf-8"), sample)
    assert _fields(wrapped) == _fields(printed)
    assert _entries(wrapped) == _entries(printed)


def _entries(result) -> list[tuple]:
    """The contents' entries: title, numbers, page, and whether a document answers to each."""
    return [(e.title, e.doc_number, e.registration_number, e.page, e.document is not None) for e in result.toc]


@pytest.mark.parametrize("width", [34, 28, 24, 22])
@pytest.mark.parametrize("sample", SAMPLES)
def test_the_attachments_of_a_sample_printed_narrower(sample, width):
    """An 附件 line wrapped by the narrower page (附件：…目标任务分 / 解表) names the same
    attachments, matched with the same sections."""
    text = (GAZETTES / sample).read_text(encoding="utf-8")
    printed = parse_bytes(text.encode("utf-8"), sample)
    wrapped = parse_bytes(rewrapped(text, width).encode("utf-8"), sample)
    assert [[(a.number, a.title) for a in d.attachments] for d in wrapped.documents] \
        == [[(a.number, a.title) for a in d.attachments] for d in printed.documents]
