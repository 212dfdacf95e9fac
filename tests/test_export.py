"""Open datasets: packages written from the samples, checked against the parse, the schemas,
frictionless, DuckDB, pandas and polars, and byte for byte across two builds."""

import csv
import json
import re
import os
import subprocess
import sys

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from generator import bodymd
from generator.bodymd import escape_md
from generator.cli import load_agency_codes
from generator.export import Config, DataError, build_datasets
from generator.export.validate import check_keys
from tests.conftest import ROOT, SAMPLES, english, parsed

PACKAGES = ("gongbao-gazettes", "gongbao-tables", "gongbao-cross-county")


def config(schemas=ROOT / "datasets" / "schemas"):
    return Config(schemas_dir=schemas, english=english(),
                  agency_codes=load_agency_codes(str(ROOT / "datasets" / "agency_codes.csv")), root=ROOT)


def one_process_config():
    """``config()`` writing and validating in this process (no workers)."""
    from dataclasses import replace

    from generator.settings import Build, Settings, check

    return replace(config(), settings=check(Settings(build=Build(jobs=1))))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("data") / "datasets"
    results = [parsed(name) for name in SAMPLES]
    report = build_datasets(results, out, config())
    return out, report, results


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_row_counts_equal_the_parse(built):
    out, report, results = built
    docs = [d for r in results for d in r.documents]
    expected = {
        "gazettes": len(results), "documents": len(docs),
        "attachments": sum(len(d.attachments) for d in docs),
        "tables": sum(len(d.tables) for d in docs),
        "diagnostics": sum(len(r.diagnostics) for r in results),
    }
    for name, count in expected.items():
        assert len(read_csv(out / "gongbao-gazettes" / f"{name}.csv")) == count, name
        assert report.rows[name] == count
    tables = [t for d in docs for t in d.tables]
    for t in tables:
        rows = read_csv(out / "gongbao-tables" / f"{t.id}.csv")
        assert len(rows) == len(t.rows)
        assert list(rows[0]) == ["row_number"] + [c.key for c in t.columns]


def test_keys_unique_and_foreign_keys_resolve(built):
    out, _, _ = built
    descriptor = json.loads((out / "gongbao-gazettes" / "datapackage.json").read_text(encoding="utf-8"))
    resources = {}
    for res in descriptor["resources"]:
        if res["format"] == "csv":
            rows = [{k: (v if v != "" else None) for k, v in r.items()}
                    for r in read_csv(out / "gongbao-gazettes" / res["path"])]
            resources[res["name"]] = (res["schema"], rows)
    assert check_keys(resources) == []
    fks = {(n, fk["reference"]["resource"]) for n, (s, _) in resources.items() for fk in s.get("foreignKeys", [])}
    assert ("documents", "gazettes") in fks and ("citations", "documents") in fks


def test_check_keys_reports_a_reference_with_no_row_and_a_repeated_key():
    """The build checks the foreign keys itself (frictionless is given none, ``frictionless_report``):
    a reference with no row and a repeated primary key are reported, a null reference is not."""
    documents = {"fields": [{"name": "id"}], "primaryKey": ["id"]}
    citations = {"fields": [{"name": "id"}, {"name": "document_id"}], "primaryKey": ["id"],
                 "foreignKeys": [{"fields": ["document_id"], "reference": {"resource": "documents", "fields": ["id"]}}]}
    problems = check_keys({
        "documents": (documents, [{"id": "a"}, {"id": "b"}, {"id": "a"}]),
        "citations": (citations, [{"id": 1, "document_id": "a"}, {"id": 2, "document_id": "c"},
                                  {"id": 3, "document_id": None}]),
    })
    assert problems == ["documents row 4: primary key id = ('a',) repeats",
                        "citations row 3: document_id = ('c',) has no row in documents"]


@pytest.mark.parametrize("package", PACKAGES)
def test_frictionless_validate_reports_no_error(built, package):
    out, _, _ = built
    from frictionless import Package, system
    with system.use_context(trusted=True):
        report = Package(str(out / package / "datapackage.json")).validate()
    assert report.valid, report.flatten(["taskName", "rowNumber", "type", "note"])[:10]


@pytest.mark.parametrize("package", PACKAGES)
def test_descriptor_metadata(built, package):
    out, _, _ = built
    d = json.loads((out / package / "datapackage.json").read_text(encoding="utf-8"))
    for key in ("name", "title", "description", "licenses", "sources", "created", "keywords", "contributors"):
        assert d[key], key
    assert d["created"] == "2025-01-01T00:00:00Z"  # the latest date in the data: Xiangyin's cover, l.7
    assert {s["sha256"] for s in d["sources"]} == {parsed(n).source.sha256 for n in SAMPLES}
    for res in d["resources"]:
        assert {"path", "format", "mediatype", "bytes", "hash", "schema"} <= set(res)
        data = (out / package / res["path"]).read_bytes()
        assert res["bytes"] == len(data)
        for field in res["schema"]["fields"]:
            assert field["title"] and field["title_zh"] and field["description"] and field["description_zh"]


def test_fixed_schemas_are_the_reviewed_files(built):
    out, _, _ = built
    d = json.loads((out / "gongbao-gazettes" / "datapackage.json").read_text(encoding="utf-8"))
    for res in d["resources"]:
        if res["format"] == "csv":
            reviewed = json.loads((ROOT / "datasets" / "schemas" / f"{res['name']}.json").read_text(encoding="utf-8"))
            assert res["schema"] == reviewed


# The matching tables of the samples, found by reading them: licensing lists, cleanup lists and
# insurance targets — and nothing else.
CROSS = {
    "licensing_items": {"430626-2023-02-03-t01", "430223-2023-01-05-t01", "430223-2023-01-05-t02"},
    "normative_document_status": {"431181-2024-03-01-t01", "431181-2024-03-01-t02", "431181-2024-03-01-t03",
                                  "430624-2024-04-01-t01", "430624-2024-04-01-t02", "430624-2024-04-01-t03"},
    "insurance_enrolment_targets": {"430626-2023-02-04-t01", "431181-2024-03-09-t01", "430624-2024-04-05-t01"},
}


@pytest.mark.parametrize("resource", sorted(CROSS))
def test_cross_county_holds_every_matching_table_and_nothing_else(built, resource):
    out, _, results = built
    rows = read_csv(out / "gongbao-cross-county" / f"{resource}.csv")
    assert {r["table_id"] for r in rows} == CROSS[resource]
    tables = {t.id: t for r in results for d in r.documents for t in d.tables}
    assert len(rows) == sum(len(tables[t].rows) for t in CROSS[resource])


def test_a_doubtful_cleanup_list_is_noted_with_its_table(built):
    """Xiangyin's second cleanup list is printed under 废止 but listed as 宣布失效 (l.95): the
    build notes it, naming the table."""
    notes = built[1].notes
    assert [n.table for n in notes] == ["430624-2024-04-01-t02"]
    assert "says 废止" in notes[0].message and "失效 taken" in notes[0].message


@pytest.mark.parametrize("notes, lines", [
    ([], []),
    ([("t1", "甲")], ["note: 甲 (t1)"]),
    ([("t1", "甲"), ("t2", "乙"), ("t3", "甲")], ["note: 甲 (2 tables: t1, t3)", "note: 乙 (t2)"]),
    ([(f"t{i}", "甲") for i in range(1, 6)], ["note: 甲 (5 tables: t1, t2, t3 and 2 more)"]),
])
def test_the_same_note_on_many_tables_is_one_line(notes, lines):
    from generator.export.crosscounty import Note, note_lines

    assert note_lines([Note(*n) for n in notes]) == lines


def test_cross_county_values(built):
    out, _, _ = built
    status = read_csv(out / "gongbao-cross-county" / "normative_document_status.csv")
    counts = {}
    for r in status:
        counts[(r["region"], r["status"])] = counts.get((r["region"], r["status"]), 0) + 1
    # Qiyang l.150-264: 1 repealed, 46 invalid, 43 in force; Xiangyin l.100-210: 2, 33, 52 — its
    # second list is printed under the caption 废止 but listed as 宣布失效 in 附件说明 (l.95).
    assert counts == {("祁阳市", "废止"): 1, ("祁阳市", "失效"): 46, ("祁阳市", "继续有效"): 43,
                      ("湘阴县", "废止"): 2, ("湘阴县", "失效"): 33, ("湘阴县", "继续有效"): 52}
    first = next(r for r in status if r["region"] == "祁阳市" and r["status"] == "继续有效")
    assert (first["doc_number"], first["expiry_date"], first["decision_date"]) == (
        "祁政发〔2019〕23号", "2024-09-19", "2024-08-20")
    targets = read_csv(out / "gongbao-cross-county" / "insurance_enrolment_targets.csv")
    sums = {}
    for r in targets:
        sums[(r["region"], r["insurance_year"])] = sums.get((r["region"], r["insurance_year"]), 0) + int(r["target"])
    assert sums == {("平江县", "2024"): 940000, ("祁阳市", "2025"): 789933, ("湘阴县", "2025"): 573320}


def test_duckdb_reads_the_same_rows_from_parquet_and_csv(built):
    import duckdb
    out, _, _ = built
    for package in PACKAGES:
        d = json.loads((out / package / "datapackage.json").read_text(encoding="utf-8"))
        names = [r["name"] for r in d["resources"] if r["format"] == "csv"]
        for name in names[:12]:
            base = out / package / name
            pq = duckdb.sql(f"select * from read_parquet('{base}.parquet')").fetchall()
            cs = duckdb.sql(f"select * from read_csv('{base}.csv', all_varchar=true, header=true)").fetchall()
            norm = lambda rows: [tuple(None if v is None else str(v) for v in row) for row in rows]
            assert norm(pq) == [tuple(None if v in (None, "") else v for v in row) for row in cs], name


def test_pandas_and_polars_read_parquet(built):
    import pandas as pd
    import polars as pl
    out, _, _ = built
    path = out / "gongbao-gazettes" / "documents.parquet"
    assert len(pd.read_parquet(path)) == len(pl.read_parquet(path)) == 32
    assert str(pl.read_parquet(path).schema["date"]) == "Date"


def test_two_builds_are_byte_identical(built, tmp_path):
    """The fixture's build, its resources written by worker processes, and a build written in
    this process alone (one job) give the same bytes."""
    from dataclasses import replace

    out, _, results = built
    again = tmp_path / "datasets"
    one = config()
    one = replace(one, settings=replace(one.settings, build=replace(one.settings.build, jobs=1)))
    build_datasets(results, again, one)
    first = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert first.keys() == second.keys() and all(first[k] == second[k] for k in first)


class Unshippable(str):
    """Text that fails if it is ever pickled (sent to a worker process)."""

    def __reduce__(self):
        raise AssertionError("shipped to a worker")


def test_a_resource_with_much_text_is_written_by_a_fork_in_its_place(tmp_path, monkeypatch):
    """Rows carrying more text than LOCAL_BYTES are written by a fork of this process, never
    pickled for a worker; the package lists its resources in the order given."""
    import generator.export.writer as writer_module

    monkeypatch.setattr(writer_module, "LOCAL_BYTES", 1000)
    schema = {"fields": [{"name": "id", "type": "integer"}, {"name": "text", "type": "string"}]}
    big = [{"id": i, "text": Unshippable("县人民政府关于印发通知" * 40)} for i in range(5)]
    small = [{"id": 1, "text": "乙"}]
    problems: list[str] = []
    with writer_module.Writer(2) as writer:
        finish = writer.package(tmp_path / "p", {"name": "p"}, [("small1", (schema, small, {})),
                                ("big", (schema, big, {})), ("small2", (schema, small, {}))], problems, batch=1)
        names = [r["name"] for r in finish()]
    assert names == ["small1", "big", "small2", "small1-parquet", "big-parquet", "small2-parquet"]
    assert problems == [] and (tmp_path / "p" / "big.csv").read_text(encoding="utf-8").count("县人民政府") == 200


def test_data_breaking_its_schema_is_reported(tmp_path):
    schemas = tmp_path / "schemas"
    schemas.mkdir()
    for p in (ROOT / "datasets" / "schemas").glob("*.json"):
        schema = json.loads(p.read_text(encoding="utf-8"))
        if p.stem == "documents":  # every document must now print a registration number
            for f in schema["fields"]:
                if f["name"] == "registration_number":
                    f.setdefault("constraints", {})["required"] = True
        (schemas / p.name).write_text(json.dumps(schema, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DataError) as err:
        build_datasets([parsed(n) for n in SAMPLES], tmp_path / "out", config(schemas))
    assert any("documents row" in p and "registration_number" in p for p in err.value.problems)


@pytest.mark.parametrize("command", ["data", "build"])
def test_failed_build_leaves_the_previous_output(tmp_path, command):
    out = tmp_path / "datasets"
    out.mkdir()
    (out / "previous.txt").write_text("kept")
    schemas = tmp_path / "schemas"
    schemas.mkdir()
    for p in (ROOT / "datasets" / "schemas").glob("*.json"):
        text = p.read_text(encoding="utf-8")
        if p.stem == "gazettes":
            text = text.replace('"pattern": "^\\\\d{6}$"', '"pattern": "^\\\\d{7}$"')
        (schemas / p.name).write_text(text, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "generator", command, "--out", str(out), "--schemas", str(schemas)],
                          cwd=ROOT, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
                          timeout=300)
    assert proc.returncode == 1, proc.stderr
    assert "break their schemas" in proc.stderr and "division_code" in proc.stderr
    assert sorted(p.name for p in out.iterdir()) == ["previous.txt"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".datasets")]


@pytest.mark.parametrize("text,safe", [
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("**粗体** [链接](http://x) `代码`", "\\*\\*粗体\\*\\* \\[链接\\](http://x) \\`代码\\`"),
    ("{{ config }} {% raw %}", "\\{\\{ config \\}\\} \\{% raw %\\}"),
    ("1. 第一项", "1\\. 第一项"),
    ("# 不是标题", "\\# 不是标题"),
    ("- 不是列表", "\\- 不是列表"),
    ("152.3", "152.3"),  # figures open no list: left as printed
    ("2.地区生产总值", "2.地区生产总值"),
    ("-3℃", "-3℃"),
    ("---", "\\---"),
])
def test_gazette_text_is_escaped_for_markdown(text, safe):
    assert escape_md(text) == safe


_PIECES = list("&<>\\`*_[]{}#|~!.)-+=(,%0123456789 \t\n\u3000公报第条款") + ["12.5", "1.", "\n-", "\n 2)"]


@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
@example("12.5")  # a figure: nothing to escape
@example("\n\n3) 条")  # a number opening a list after blank lines
def test_text_left_as_it_is_needs_no_escape(text):
    """The quick check lets through unchanged only what the escapes would not change."""
    assert escape_md(text) == bodymd._escaped(text)


def _rendered_text(rendered: str) -> str:
    """What a Markdown renderer made of a paragraph, as text: it must be one paragraph or none,
    with no other element in it."""
    import html as html_module

    body = re.sub(r"</?p>", "", rendered)
    assert "<" not in body, rendered  # an element the text opened: a list, a quote, a rule, a heading…
    return html_module.unescape(body)


_LINES = st.lists(st.sampled_from(_PIECES[:-4] + ["12.5", "1.", "2)", "-3", "---", "==", "+ ", "> "]), max_size=8)


@given(st.lists(_LINES.map("".join).map(str.strip), min_size=1, max_size=4))
@example(["152.3", "2.地区生产总值", "-3℃", "=5", "+5%"])  # figures open nothing: left as printed
@example(["标题", "==="])  # a heading's underline
@example(["1. 第一项", "- 第二项", "> 引文", "---"])
@example(["+  \n&"])  # spaces at a line's end: a hard line break
@example(["&\n\n\t&"])  # a tab opening a line after a blank one: a code block
def test_escaped_text_renders_as_itself(lines):
    """A gazette's lines, escaped, render as their own text in CommonMark and with GitHub's
    extensions (tables, strikethrough): no list, quote, rule, heading or inline markup.
    (The datasets' body_markdown is for any such renderer; the site renders the blocks itself.)"""
    from markdown_it import MarkdownIt

    lines = [line for line in lines if line]
    text = "\n".join(lines)
    escaped = escape_md(text)
    squeeze = lambda s: re.sub(r"\s+", "", s)  # (renderers drop spaces at line ends and starts)
    for renderer in (MarkdownIt("commonmark"), MarkdownIt("commonmark").enable(["table", "strikethrough"])):
        assert squeeze(_rendered_text(renderer.render(escaped))) == squeeze(text)


def test_validation_finds_a_bad_cell_and_a_changed_parquet_file(built, tmp_path):
    """What frictionless (in its worker processes) and the file check report, on a copy of the
    tables package with one cell made wrong and one Parquet file changed after it was written."""
    import shutil

    from generator.export.validate import frictionless_report

    out = built[0]
    copy = tmp_path / "gongbao-tables"
    shutil.copytree(out / "gongbao-tables", copy)
    csv_file = sorted(copy.glob("*.csv"))[0]
    lines = csv_file.read_text(encoding="utf-8").split("\n")
    lines[1] = "not-a-number" + lines[1][lines[1].index(","):]  # row_number is an integer
    csv_file.write_text("\n".join(lines), encoding="utf-8")
    parquet = sorted(copy.glob("*.parquet"))[1]
    parquet.write_bytes(parquet.read_bytes() + b"\0")
    problems = frictionless_report([copy / "datapackage.json"], chunk=5, jobs=2)
    assert any(csv_file.stem in p and "row 2" in p and "type-error" in p for p in problems), problems
    assert any(parquet.name in p and "bytes" in p for p in problems), problems
    assert frictionless_report([out / "gongbao-tables" / "datapackage.json"], chunk=5, jobs=2) == []


def test_validation_keeps_its_verdicts_for_the_same_bytes(built, tmp_path, monkeypatch):
    """With a cache folder, a resource validated without a problem is not read again while its
    bytes and schema stay the same; a changed file is validated (and its problem reported)
    whatever its descriptor says; the marks of resources no longer built are removed."""
    import shutil

    from generator.export import validate

    out = built[0]
    copy = tmp_path / "gongbao-tables"
    shutil.copytree(out / "gongbao-tables", copy)
    cache = tmp_path / "cache"
    descriptor = copy / "datapackage.json"
    assert validate.frictionless_report([descriptor], chunk=5, jobs=1, cache=cache) == []
    marks = sorted(p.name for p in (cache / "validated").rglob("*") if p.is_file())
    tables = sum(1 for r in json.loads(descriptor.read_text(encoding="utf-8"))["resources"] if r["type"] == "table")
    assert len(marks) == tables + 1  # each resource, and the package's own metadata

    asked = []
    real = validate._frictionless_errors
    monkeypatch.setattr(validate, "_frictionless_errors", lambda p, r, b: asked.append(r) or real(p, r, b))
    assert validate.frictionless_report([descriptor], chunk=5, jobs=1, cache=cache) == []
    assert asked == []

    csv_file = sorted(copy.glob("*.csv"))[0]
    lines = csv_file.read_text(encoding="utf-8").split("\n")
    lines[1] = "not-a-number" + lines[1][lines[1].index(","):]
    csv_file.write_text("\n".join(lines), encoding="utf-8")
    problems = validate.frictionless_report([descriptor], chunk=5, jobs=1, cache=cache)
    assert [r["name"] for resources in asked for r in resources] == [csv_file.stem]
    assert any(csv_file.stem in p and "type-error" in p for p in problems), problems

    # another package validated with the same cache: the first one's marks go
    other = tmp_path / "gongbao-gazettes"
    shutil.copytree(out / "gongbao-gazettes", other)
    assert validate.frictionless_report([other / "datapackage.json"], jobs=1, cache=cache) == []
    assert not set(marks) & {p.name for p in (cache / "validated").rglob("*") if p.is_file()}


@pytest.mark.parametrize("texts, limit_bytes, limit_rows, expected", [
    ([], 100, 10, []),
    (["甲"] * 5, 10 ** 6, 10, [(0, 5)]),
    (["甲"] * 5, 10 ** 6, 2, [(0, 2), (2, 4), (4, 5)]),
    (["县人民政府" * 10, "乙", "丙", "县人民政府" * 10], 150, 100, [(0, 1), (1, 4)]),  # 158 bytes: a group alone
])
def test_row_groups_cover_every_row_in_order(texts, limit_bytes, limit_rows, expected):
    from generator.export.write import row_groups

    rows = [{"id": i, "text": t} for i, t in enumerate(texts)]
    assert row_groups(rows, limit_bytes, limit_rows) == expected


def test_parquet_written_and_checked_a_row_group_at_a_time(tmp_path):
    import pyarrow.parquet as pq

    from generator.export.validate import check_parquet
    from generator.export.write import arrow_table, write_parquet

    schema = {"fields": [{"name": "id", "type": "integer"}, {"name": "text", "type": "string"},
                         {"name": "date", "type": "date"}]}
    rows = [{"id": i, "text": "第{}条 县人民政府".format(i) * (i % 7 + 1), "date": None if i % 3 else "2024-03-01"}
            for i in range(200)]
    path = tmp_path / "x.parquet"
    groups = write_parquet(path, schema, rows, limit_bytes=2000)
    assert len(groups) > 5 and pq.ParquetFile(path).num_row_groups == len(groups)
    assert pq.read_table(path).equals(arrow_table(schema, rows))  # the same rows as one table
    assert check_parquet(path, schema, rows, groups) == []
    changed = [dict(r) for r in rows]
    changed[150]["text"] = "改"
    assert "rows read back differ" in check_parquet(path, schema, changed, groups)[0]
    assert "groups written" in check_parquet(path, schema, rows[:-1], groups[:-1] + [(groups[-1][0], 199)])[0]
    empty = tmp_path / "empty.parquet"
    assert write_parquet(empty, schema, []) == [] and check_parquet(empty, schema, [], []) == []


def _zip_listing(path):
    import zipfile

    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None  # every entry reads back with its CRC
        return {i.filename: (i.compress_type, i.file_size, i.date_time) for i in zf.infolist()}


def test_each_package_has_a_zip_of_its_files(built):
    """<name>.zip beside each package folder: every file of the folder under <name>/, the Parquet
    copies stored as they are (compressed already), the rest deflated, dates fixed."""
    import zipfile

    out, _, _ = built
    packages = sorted(p for p in out.iterdir() if p.is_dir())
    assert sorted(p.name for p in out.glob("*.zip")) == [f"{p.name}.zip" for p in packages]
    for package in packages:
        listing = _zip_listing(out / f"{package.name}.zip")
        files = {f"{package.name}/{f.relative_to(package).as_posix()}": f for f in package.rglob("*") if f.is_file()}
        assert sorted(listing) == sorted(files)
        for name, (method, size, when) in listing.items():
            assert size == files[name].stat().st_size and when == (1980, 1, 1, 0, 0, 0)
            assert method == (zipfile.ZIP_STORED if name.endswith(".parquet") else zipfile.ZIP_DEFLATED)


def test_zips_are_the_same_bytes_each_time(built, tmp_path):
    import shutil

    from generator.export import write_zips

    out, _, _ = built
    again = tmp_path / "again"
    shutil.copytree(out, again, ignore=shutil.ignore_patterns("*.zip"))
    write_zips(again)
    assert {p.name: p.read_bytes() for p in again.glob("*.zip")} == {p.name: p.read_bytes() for p in out.glob("*.zip")}


def test_a_resource_written_before_with_the_same_rows_is_linked_not_written(tmp_path, monkeypatch):
    """With a cache, the writer keeps each resource it wrote; a later package with the same rows
    takes the kept files (the same bytes and descriptors) instead of writing them, rows that
    changed are written, and a resource with a problem is never kept."""
    import generator.export.writer as writer_module

    schema = {"fields": [{"name": "id", "type": "integer"}, {"name": "text", "type": "string"}]}
    rows = {"a": [{"id": 1, "text": "甲"}], "b": [{"id": 2, "text": "乙"}]}
    writes = []
    real = writer_module.write_resource
    monkeypatch.setattr(writer_module, "write_resource",
                        lambda folder, name, *rest: writes.append(name) or real(folder, name, *rest))

    def package(out, rows):
        problems: list[str] = []
        with writer_module.Writer(1, kept=tmp_path / "kept") as writer:
            descriptors = writer.package(out, {"name": "p"}, [(n, (schema, r, {})) for n, r in rows.items()],
                                         problems)()
            writer.kept.forget_unused(writer.used)
        return descriptors, {p.name: p.read_bytes() for p in out.iterdir()}

    first = package(tmp_path / "one", rows)
    assert writes == ["a", "b"]
    writes.clear()
    assert package(tmp_path / "two", rows) == first and writes == []
    changed = package(tmp_path / "three", {**rows, "b": [{"id": 3, "text": "丙"}]})
    assert writes == ["b"] and changed[1]["a.csv"] == first[1]["a.csv"] and changed[1]["b.csv"] != first[1]["b.csv"]
    # the build before used two resources; its unused one (the old b) is gone
    assert sum(1 for p in (tmp_path / "kept").glob("*/*") if p.is_dir()) == 2

    monkeypatch.setattr(writer_module, "write_resource", lambda *a: (*real(*a)[:2], ["read back differently"]))
    writes.clear()
    package(tmp_path / "four", {"c": [{"id": 4, "text": "丁"}]})
    assert not any(p.name.endswith(".part") for p in (tmp_path / "kept").rglob("*"))
    assert sum(1 for p in (tmp_path / "kept").glob("*/*") if p.is_dir()) == 0  # c not kept, a and b unused


def test_a_resource_that_cannot_be_written_is_named(tmp_path, monkeypatch):
    """A failure while writing a resource names it (a table's id names its gazette, document
    and place): the build's message says which input to look at."""
    from generator.export import writer

    def broken(folder, name, schema, rows, extra):
        raise OverflowError("Python int too large to convert to C long")

    monkeypatch.setattr(writer, "write_resource", broken)
    with pytest.raises(writer.ResourceError, match="430626-2023-02-04-t01.*OverflowError"):
        writer._write_batch(tmp_path, [("430626-2023-02-04-t01", {"fields": []}, [], {})])


def test_typed_cells_read_dates_however_printed():
    """A date column holds ISO dates whether the table printed 2024年5月6日, 2024.4.18 or
    2024-06-01; a placeholder is a null."""
    from types import SimpleNamespace

    from generator.columns import infer_type
    from generator.export import table_rows_typed

    cells = ["2024.4.18", "2024年5月6日", "2024-06-01", "—"]
    column = SimpleNamespace(key="ri_qi", title="日期", type=infer_type(cells))
    table = SimpleNamespace(columns=[column], rows=[[c] for c in cells])
    assert [r["ri_qi"] for r in table_rows_typed(table)] == ["2024-04-18", "2024-05-06", "2024-06-01", None]


def test_a_tables_unit_is_in_the_index_and_its_resources_description(tmp_path):
    """单位：万元 at a caption's end and （计量单位：公里） above a table: the index of tables
    gives each table's unit, the table's own resource says it in both languages."""
    from generator.pipeline import parse_bytes

    case = ROOT / "tests" / "cases" / "tables" / "unit_at_the_captions_end_or_in_brackets_above.txt"
    result = parse_bytes(case.read_bytes(), str(case))
    build_datasets([result], tmp_path / "datasets", one_process_config(), zips=False)
    index = read_csv(tmp_path / "datasets" / "gongbao-gazettes" / "tables.csv")
    assert [(r["caption"], r["unit"]) for r in index] == [("2024年农村公路养护资金分配表", "万元"),
                                                         ("2024年农村公路养护里程表", "公里")]
    package = json.loads((tmp_path / "datasets" / "gongbao-tables" / "datapackage.json").read_text(encoding="utf-8"))
    first = next(r for r in package["resources"] if r["name"] == index[0]["table_id"])
    assert "Unit: CNY 10,000 (printed 单位：万元)" in first["description"]
    assert "单位：万元。" in first["description"]


@pytest.fixture(scope="module")
def case_rows():
    """The rows of gongbao-gazettes and gongbao-cross-county made from every excerpt case
    (tests/cases), in one batch."""
    from generator.export import gazette_rows
    from generator.links import link
    from generator.pipeline import parse_bytes

    cases = sorted((ROOT / "tests" / "cases").rglob("*.txt"))
    results = [parse_bytes(path.read_bytes(), str(path)) for path in cases]
    links = link(results, config().agency_codes)
    return {**gazette_rows(results, config(), links), **links.cross}


@pytest.mark.parametrize("name", ("gazettes", "documents", "attachments", "tables", "diagnostics", "citations",
                                  "licensing_items", "normative_document_status", "insurance_enrolment_targets"))
def test_every_case_gives_rows_its_schema_takes(case_rows, name):
    """Whatever the parser reads from the kinds of input the cases hold (a 规 number as the
    登记号, a date as printed …) fits the reviewed schema's types and constraints, checked by
    frictionless cell by cell: a value the schema refuses would fail the build of a gazette that
    prints it. (The cases are excerpts of different issues that share ids, so the keys are left
    to the other tests.)"""
    from frictionless import Resource, Schema

    schema = json.loads((ROOT / "datasets" / "schemas" / f"{name}.json").read_text(encoding="utf-8"))
    schema = {**{k: v for k, v in schema.items() if k not in ("primaryKey", "foreignKeys")},
              "fields": [{**f, "constraints": {k: v for k, v in f.get("constraints", {}).items() if k != "unique"}}
                         for f in schema["fields"]]}
    names = [f["name"] for f in schema["fields"]]
    rows = case_rows[name]
    assert rows
    report = Resource(data=[names] + [[row.get(n) for n in names] for row in rows],
                      schema=Schema.from_descriptor(schema)).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]


def test_every_cases_tables_give_typed_rows_their_schema_takes():
    """Every table the parser reads from the excerpt cases, typed as the build types it (dates as
    ISO dates, figures without separators, a minus however printed), fits the Table Schema made for
    it, checked by frictionless cell by cell: a column typed as figures whose cell does not read
    as one would fail the build of the gazette that prints it."""
    from frictionless import Resource, Schema

    from generator.export import table_rows_typed, table_schema
    from generator.pipeline import parse_bytes

    checked = 0
    for path in sorted((ROOT / "tests" / "cases").rglob("*.txt")):
        result = parse_bytes(path.read_bytes(), str(path))
        for doc in result.documents:
            for table in doc.tables:
                schema, _ = table_schema(table, doc, result, english())
                names = [f["name"] for f in schema["fields"]]
                rows = [[row.get(n) for n in names] for row in table_rows_typed(table)]
                report = Resource(data=[names] + rows, schema=Schema.from_descriptor(schema)).validate()
                assert report.valid, (path.name, table.id, report.flatten(["rowNumber", "fieldName", "type", "note"])[:5])
                checked += 1
    assert checked >= 80  # (93 tables in the cases when written)


@pytest.mark.parametrize("type_, values, expected", [
    ("integer", [1, None, 2 ** 40], [1, None, 2 ** 40]),
    ("integer", ["12", None, 3], [12, None, 3]),  # figures given as text (typed_figure keeps them so)
    ("number", [1.5, None, 2], [1.5, None, 2.0]),
    ("number", ["12.5", 3], [12.5, 3.0]),
    ("date", ["2024-03-05", None], ["2024-03-05", None]),
    ("string", ["县人民政府", None], ["县人民政府", None]),
])
def test_arrow_columns_typed_from_values_or_their_text(type_, values, expected):
    import datetime as dt

    from generator.export.write import arrow_table

    schema = {"fields": [{"name": "x", "type": type_}]}
    column = arrow_table(schema, [{"x": v} for v in values]).column("x").to_pylist()
    if type_ == "date":
        expected = [dt.date.fromisoformat(v) if v else None for v in expected]
    assert column == expected


def test_arrow_table_refuses_a_date_that_does_not_exist():
    from generator.export.write import arrow_table

    with pytest.raises(ValueError):
        arrow_table({"fields": [{"name": "d", "type": "date"}]}, [{"d": "2024-02-30"}])


def test_csv_cells_as_printed(tmp_path):
    from generator.export.write import write_csv

    schema = {"fields": [{"name": "n", "type": "number"}, {"name": "i", "type": "integer"},
                         {"name": "s", "type": "string"}]}
    path = tmp_path / "x.csv"
    write_csv(path, schema, [{"n": 12.0, "i": 3, "s": "甲,乙"}, {"n": 2.5, "i": None}, {"n": None, "s": ""}])
    assert path.read_text(encoding="utf-8") == 'n,i,s\n12,3,"甲,乙"\n2.5,,\n,,\n'


def test_a_column_of_figures_printed_with_their_unit_gives_the_figures_and_names_the_unit():
    """Figures printed with one unit in each cell (58.6亿元, 1,215户): the typed rows give the
    figures, the field's description names the unit; a column of two units stays text."""
    from generator.export import table_rows_typed, table_schema
    from generator.pipeline import parse_bytes

    path = ROOT / "tests" / "cases" / "tables" / "figures_printed_with_their_unit_in_each_cell.txt"
    result = parse_bytes(path.read_bytes(), path.name)
    [doc] = result.documents
    towns, totals = doc.tables
    schema, _ = table_schema(towns, doc, result, english())
    fields = {f["title_zh"]: f for f in schema["fields"]}
    assert "亿元" in fields["地区生产总值"]["description"] and "亿元" in fields["地区生产总值"]["description_zh"]
    assert "户" in fields["新增市场主体"]["description_zh"] and "单位" not in fields["同比增长"]["description_zh"]
    rows = table_rows_typed(towns)
    assert [(r["di_qu_sheng_chan_zong_zhi"], r["xin_zeng_shi_chang_zhu_ti"]) for r in rows] == [
        ("58.6", "1215"), ("21.3", "436"), ("17.9", None), ("9.4", "208")]
    schema, _ = table_schema(totals, doc, result, english())
    assert all("单位" not in f["description_zh"] for f in schema["fields"])
