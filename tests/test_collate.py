"""One issue read from more than one file (collate.py): the corpus keeps one copy of each issue,
says which files repeat it and what they print that the published copy lacks, and the datasets
are written instead of refused for a repeated key. Gazette ids of issues whose number could not
be read never collide."""

import json
import shutil

import pytest

from generator.corpus import load_corpus
from generator.export import build_datasets
from generator.model import Gazette
from generator.pipeline import gazette_id, parse_path
from tests.conftest import GAZETTES
from tests.test_export import config

SAMPLE = "qiyang-2024-03.txt"


def codes(result):
    return [d.code for d in result.diagnostics]


def write_lines(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_the_same_file_twice_is_one_gazette_and_the_datasets_are_written(tmp_path):
    folder = tmp_path / "gazettes"
    folder.mkdir()
    shutil.copy(GAZETTES / SAMPLE, folder / "b-qiyang.txt")
    shutil.copy(GAZETTES / SAMPLE, folder / "a-qiyang-web.txt")
    results, report = load_corpus(folder, None, log=lambda _: None)
    assert len(results) == 1 and report.repeated == 1
    [kept] = results
    # equally full copies: the first in file-name order is published, the other listed
    assert kept.source.path.endswith("a-qiyang-web.txt")
    assert [c.path for c in kept.copies] == [str(folder / "b-qiyang.txt")]
    [note] = [d for d in kept.diagnostics if d.code == "duplicate-file"]
    assert note.severity == "warning" and "b-qiyang.txt" in note.message
    assert f"({len(kept.documents)} document(s), {len(kept.documents)} of them also here)" in note.message
    assert "duplicate-file-adds-documents" not in codes(kept)

    out = tmp_path / "datasets"
    report = build_datasets(results, out, config(), zips=False)  # refused before: repeated keys
    assert report.rows["gazettes"] == 1 and report.rows["documents"] == len(kept.documents)
    meta = json.loads((out / "gongbao-gazettes" / "datapackage.json").read_text(encoding="utf-8"))
    assert [s["sha256"] for s in meta["sources"]] == [kept.source.sha256] * 2
    # gazettes kept outside the project: their file names, not the build machine's folders
    assert [s["path"] for s in meta["sources"]] == ["a-qiyang-web.txt", "b-qiyang.txt"]
    assert "not published" in meta["sources"][1]["title"]


def test_a_whole_copy_is_published_over_a_truncated_one_whatever_their_names(tmp_path):
    whole = parse_path(str(GAZETTES / SAMPLE))
    lines = (GAZETTES / SAMPLE).read_text(encoding="utf-8").splitlines()
    cut = whole.documents[-2].first - 1  # the text stops before the last two documents
    for first, second in (("a.txt", "b.txt"), ("b.txt", "a.txt")):
        folder = tmp_path / first.removesuffix(".txt")
        folder.mkdir()
        write_lines(folder / first, lines[:cut])
        shutil.copy(GAZETTES / SAMPLE, folder / second)
        [kept], report = load_corpus(folder, None, log=lambda _: None)
        assert report.repeated == 1
        assert kept.source.path.endswith(second) and len(kept.documents) == len(whole.documents)
        assert codes(kept).count("duplicate-file") == 1
        assert "duplicate-file-adds-documents" not in codes(kept)  # the truncated copy adds nothing


def test_a_copy_printing_documents_the_published_one_lacks_names_them(tmp_path):
    whole = parse_path(str(GAZETTES / SAMPLE))
    docs = whole.documents
    lines = (GAZETTES / SAMPLE).read_text(encoding="utf-8").splitlines()
    folder = tmp_path / "gazettes"
    folder.mkdir()
    # one copy lost its last document, the other its second: each prints one the other lacks
    write_lines(folder / "a.txt", lines[:docs[-1].first - 1])
    write_lines(folder / "b.txt", lines[:docs[1].first - 1] + lines[docs[2].first - 1:])
    [kept], _ = load_corpus(folder, None, log=lambda _: None)
    titles = {d.title for d in kept.documents}
    lacking = [d.title for d in (docs[1], docs[-1]) if d.title not in titles]
    assert len(lacking) == 1 and len(kept.documents) == len(docs) - 1
    [note] = [d for d in kept.diagnostics if d.code == "duplicate-file-adds-documents"]
    assert "1 document(s)" in note.message and lacking[0] in note.message


@pytest.mark.parametrize("gazette, same", [
    (Gazette(region="祁阳市", year=2024, issue=3), True),  # read: the number is the issue's
    (Gazette(division_code="431181", year=2024, issue=3), True),
    (Gazette(region="祁阳市", year=2024, issue=None), False),  # unread: told apart by the bytes
    (Gazette(region="祁阳市", year=None, issue=3), False),
    (Gazette(), False),
])
def test_gazette_ids_of_unread_issues_never_collide(gazette, same):
    one, other = gazette_id(gazette, "1" * 64), gazette_id(gazette, "2" * 64)
    assert (one == other) is same
    assert one.isascii() and all(part.isalnum() for part in one.split("-"))


def test_the_datasets_take_a_gazette_whose_year_and_issue_could_not_be_read(tmp_path):
    # a document saved from a web page: no cover, so neither year nor issue
    lines = (GAZETTES / SAMPLE).read_text(encoding="utf-8").splitlines()
    doc = parse_path(str(GAZETTES / SAMPLE)).documents[0]
    folder = tmp_path / "gazettes"
    folder.mkdir()
    write_lines(folder / "web-page.txt", lines[doc.first - 1:doc.last])
    [result], _ = load_corpus(folder, None, log=lambda _: None)
    assert result.gazette.issue is None
    gid = gazette_id(result.gazette, result.source.sha256)
    assert gid.endswith(f"-s{result.source.sha256[:8]}")
    report = build_datasets([result], tmp_path / "datasets", config(), zips=False)  # the id fits its schema
    assert report.rows["gazettes"] == 1

def test_the_parts_of_an_issue_printed_in_parts_are_each_published(tmp_path):
    # one issue printed in two parts, a file each: the masthead's 第 3 期 as 第 3 期（上） and （下）,
    # the first documents in the one and the others in the other
    whole = parse_path(str(GAZETTES / SAMPLE))
    lines = (GAZETTES / SAMPLE).read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.replace(" ", "") == "第3期")
    cut = whole.documents[2].first - 1
    front = lines[:whole.documents[0].first - 1]
    folder = tmp_path / "gazettes"
    folder.mkdir()
    for name, part, body in (("a.txt", "（上）", lines[len(front):cut]), ("b.txt", "（下）", lines[cut:])):
        head = list(front)
        head[at] = lines[at].rstrip() + part
        write_lines(folder / name, head + body)
    results, report = load_corpus(folder, None, log=lambda _: None)
    assert report.repeated == 0 and len(results) == 2
    assert [r.gazette.part for r in results] == ["上", "下"]
    ids = [gazette_id(r.gazette, r.source.sha256) for r in results]
    assert ids[0].endswith("-2024-03-shang") and ids[1] == ids[0].removesuffix("-shang") + "-xia"
    assert not {"duplicate-file", "duplicate-file-adds-documents"} & {c for r in results for c in codes(r)}
    assert sum(len(r.documents) for r in results) == len(whole.documents)

    out = tmp_path / "datasets"
    report = build_datasets(results, out, config(), zips=False)
    assert report.rows["gazettes"] == 2 and report.rows["documents"] == len(whole.documents)
    meta = json.loads((out / "gongbao-gazettes" / "datapackage.json").read_text(encoding="utf-8"))
    assert [s["title"].split()[-1] for s in meta["sources"]] == ["2024年第3期（上）", "2024年第3期（下）"]
    rows = (out / "gongbao-gazettes" / "gazettes.csv").read_text(encoding="utf-8").splitlines()
    part = rows[0].split(",").index("part")
    assert [row.split(",")[part] for row in rows[1:]] == ["上", "下"]


@pytest.mark.parametrize("part, suffix", [(None, "-2024-03"), ("上", "-2024-03-shang"), ("中", "-2024-03-zhong"),
                                          ("下", "-2024-03-xia"), ("二", "-2024-03-part2")])
def test_a_part_of_an_issue_ends_its_id(part, suffix):
    gid = gazette_id(Gazette(region="祁阳市", year=2024, issue=3, part=part), "1" * 64)
    assert gid.endswith(suffix) and gid.isascii()
