"""The translators' workflow: export what lacks a curated translation, edit, import; coverage."""

import csv
import re
import shutil

import pytest
from babel.messages.pofile import read_po, write_po

from generator.cli import main
from generator.i18n.coverage import coverage
from generator.i18n.english import English
from generator.i18n.workflow import TranslationImportError, export, import_file, pending
from tests.conftest import ROOT, SAMPLES, english, parsed

HEADER = "chinese,english,kind,note\n"


@pytest.fixture
def stores(tmp_path):
    """A copy of the repository's glossary and an empty translations file."""
    glossary = tmp_path / "glossary.csv"
    shutil.copyfile(ROOT / "datasets" / "glossary.csv", glossary)
    translations = tmp_path / "translations.csv"
    translations.write_text(HEADER, encoding="utf-8")
    return glossary, translations


def results():
    return [parsed(n) for n in SAMPLES]


def test_pending_lists_every_title_when_none_is_curated(stores):
    en = English.load(*stores)
    entries = pending(results(), en)
    titles = {x.chinese for x in entries if x.kind == "title"}
    assert len({d.title for r in results() for d in r.documents} & titles) == 32
    assert all(x.automatic and x.english and x.where for x in entries)
    assert len({(x.kind, x.chinese) for x in entries}) == len(entries)


def test_nothing_is_pending_for_the_sample_titles_and_captions_in_the_repository():
    entries = pending(results(), english())
    documents = {d.title for r in results() for d in r.documents}
    assert not [x for x in entries if x.kind == "title" and x.chinese in documents]
    assert not [x for x in entries if x.kind in ("caption", "column")]


def test_po_round_trip_export_edit_import(stores, tmp_path):
    glossary, translations = stores
    todo = tmp_path / "todo.po"
    export(pending(results(), English.load(*stores)), todo)
    with open(todo, "rb") as fh:
        catalog = read_po(fh)
    messages = [m for m in catalog if m.id]
    assert messages and all(m.fuzzy and m.context for m in messages)
    # The translator reviews two titles: one rewritten, one accepted as suggested; the rest stay fuzzy.
    first, second = [m for m in messages if m.context == "title"][:2]
    first.string = "Notice on a Reviewed Title"
    first.flags.discard("fuzzy")
    second.flags.discard("fuzzy")
    with open(todo, "wb") as fh:
        write_po(fh, catalog)
    report = import_file(todo, glossary, translations)
    assert len(report.added) == 2 and report.skipped == len(messages) - 2 and not report.replaced
    en = English.load(glossary, translations)
    assert en.title(first.id).text == "Notice on a Reviewed Title" and not en.title(first.id).automatic
    assert not en.title(second.id).automatic
    # Importing the same file again changes nothing.
    before = translations.read_bytes()
    again = import_file(todo, glossary, translations)
    assert not again.added and again.unchanged == 2 and translations.read_bytes() == before


def test_csv_round_trip_routes_names_to_the_glossary_and_titles_to_the_translations(stores, tmp_path):
    glossary, translations = stores
    todo = tmp_path / "todo.csv"
    todo.write_text("kind,chinese,english,status,where\n"
                    "title,某县人民政府关于某事的通知,Notice on Something,curated,\n"
                    "authority,某县档案馆,Archives of Mou County,curated,\n"
                    "caption,某表,Some Table,automatic,\n"
                    "section,某栏目,,curated,\n", encoding="utf-8")  # the last two are skipped
    report = import_file(todo, glossary, translations)
    assert [x.kind for x in report.added] == ["title", "authority"] and report.skipped == 2
    en = English.load(glossary, translations)
    assert en.authority("某县档案馆").text == "Archives of Mou County"
    assert en.title("某县人民政府关于某事的通知").text == "Notice on Something"
    assert "某县档案馆" in glossary.read_text(encoding="utf-8")
    assert "某县档案馆" not in translations.read_text(encoding="utf-8")


@pytest.mark.parametrize("cell, written", [
    ("=HYPERLINK(\"http://x\",\"点击\")", "'=HYPERLINK(\"http://x\",\"点击\")"),  # a spreadsheet's formula
    ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"), ("@SUM(1+1)", "'@SUM(1+1)"), ("-2+3", "'-2+3"),
    ("某县人民政府关于某事的通知", "某县人民政府关于某事的通知"), ("'引号", "''引号"), ("'=x", "''=x"),
])
def test_the_translators_csv_holds_no_formula(cell, written):
    """Cells a spreadsheet would run as formulas are written after an apostrophe, which the
    import takes off again: the round trip gives the string back."""
    from generator.i18n.workflow import _from_spreadsheet, _spreadsheet_safe

    assert _spreadsheet_safe(cell) == written and _from_spreadsheet(written) == cell


def test_an_automatic_entry_never_overwrites_a_curated_translation(stores, tmp_path):
    glossary, translations = stores
    translations.write_text(HEADER + "某县人民政府关于某事的通知,Notice on Something,title,\n", encoding="utf-8")
    todo = tmp_path / "todo.csv"
    todo.write_text("kind,chinese,english,status\ntitle,某县人民政府关于某事的通知,Notice About A Thing,automatic\n",
                    encoding="utf-8")
    report = import_file(todo, glossary, translations)
    assert report.skipped == 1 and not report.replaced
    assert English.load(glossary, translations).title("某县人民政府关于某事的通知").text == "Notice on Something"
    # A translator's own correction does replace it.
    todo.write_text("kind,chinese,english,status\ntitle,某县人民政府关于某事的通知,Notice on One Thing,curated\n",
                    encoding="utf-8")
    report = import_file(todo, glossary, translations)
    assert len(report.replaced) == 1
    assert English.load(glossary, translations).title("某县人民政府关于某事的通知").text == "Notice on One Thing"


@pytest.mark.parametrize("content, message", [
    ("kind,chinese,english,status\ncolour,某表,Table,curated\n", ":2: unknown kind 'colour'"),
    ("kind,chinese,english,status\ncaption,某表,某表格,curated\n", ":2: the English for '某表' contains Chinese"),
    ("kind,chinese,english,status\ncaption,Table,A table,curated\n", ":2: 'Table' has no Chinese to translate"),
    ("kind,chinese,english,status\ncaption,某表,Table,curated\ncaption,另表,另,curated\n", ":3: the English for '另表'"),
    ("chinese,english,status\n某表,Table,curated\n", ":1: the header needs the columns"),
    # Without its status column a file cannot tell reviewed entries from suggestions.
    ("kind,chinese,english\ncaption,某表,Table\n", ":1: the header needs the columns"),
    ("kind,chinese,english,status\ncaption,某表,Table,maybe\n", ":2: status 'maybe'"),
    ("kind,chinese,english,status\ncaption,某表,Table,curated\ncaption,某表,Chart,curated\n",
     ":3: caption '某表' is given again, differently from line 2"),
    ("kind,chinese,english,status\nbody,人民政府,People's Government,curated\n", "needs {region}"),
])
def test_malformed_csv_is_refused_whole_with_the_line(stores, tmp_path, content, message):
    glossary, translations = stores
    before = (glossary.read_bytes(), translations.read_bytes())
    todo = tmp_path / "todo.csv"
    todo.write_text(content, encoding="utf-8")
    with pytest.raises(TranslationImportError) as info:
        import_file(todo, glossary, translations)
    assert message in str(info.value) and "todo.csv" in str(info.value)
    assert (glossary.read_bytes(), translations.read_bytes()) == before


@pytest.mark.parametrize("content, message", [
    ('msgctxt "caption"\nmsgid "标题乙\nmsgstr "Broken quote"\n', "todo.po:2: not a line of a PO file"),
    ('msgctxt "caption"\nmsgid "某表"\nmsgstr "Table"\nmsgid_plural\n', "todo.po:4: not a line of a PO file"),
    ('msgid "某表"\nmsgstr "Table"\n', "'某表' has no msgctxt (the kind"),
    ('msgctxt "caption"\nmsgid "某表"\nmsgstr "Table"\n\nmsgctxt "caption"\nmsgid "某表"\nmsgstr "Chart"\n',
     "is given again"),
])
def test_malformed_po_is_refused(stores, tmp_path, content, message):
    todo = tmp_path / "todo.po"
    todo.write_text(content, encoding="utf-8")
    before = [p.read_bytes() for p in stores]
    with pytest.raises(TranslationImportError, match=re.escape(message)):
        import_file(todo, *stores)
    assert [p.read_bytes() for p in stores] == before


def test_a_glossary_term_can_be_imported_to_mend_automatic_renderings(stores, tmp_path):
    todo = tmp_path / "todo.PO"  # the suffix in any case
    assert English.load(*stores).caption("鑫淼贷风险补偿").text.startswith("Xinmiaodai")  # Pinyin
    todo.write_text('msgctxt "term"\nmsgid "鑫淼贷"\nmsgstr "Xinmiao Loans"\n', encoding="utf-8")
    report = import_file(todo, *stores)
    assert len(report.added) == 1
    assert English.load(*stores).caption("鑫淼贷风险补偿").text == "Xinmiao Loans Risk Compensation"


def test_export_keeps_the_chinese_as_printed_and_is_reproducible(stores, tmp_path):
    en = English.load(*stores)
    entries = pending(results(), en)
    printed = {d.title for r in results() for d in r.documents}
    assert {x.chinese for x in entries if x.kind == "title"} >= printed
    export(entries, tmp_path / "a.po")
    export(entries, tmp_path / "b.po")
    assert (tmp_path / "a.po").read_bytes() == (tmp_path / "b.po").read_bytes()
    assert "Creation-Date" not in (tmp_path / "a.po").read_text(encoding="utf-8")
    with pytest.raises(TranslationImportError, match="no such folder"):
        export(entries, tmp_path / "missing" / "todo.po")


def test_cli_export_and_import(stores, tmp_path, capsys):
    glossary, translations = stores
    out = tmp_path / "todo.csv"
    args = ["--glossary", str(glossary), "--translations", str(translations)]
    assert main(["i18n", "export", "--out", str(out), "--no-cache", *args]) == 0
    assert "strings without a curated translation" in capsys.readouterr().out
    with open(out, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    title = next(r for r in rows if r["kind"] == "title")
    title["english"], title["status"] = "Notice on a Title", "curated"
    with open(out, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    assert main(["i18n", "import", str(out), *args]) == 0
    assert "1 added" in capsys.readouterr().out
    assert main(["i18n", "import", str(tmp_path / "missing.csv"), *args]) == 1
    bad = tmp_path / "bad.csv"
    bad.write_text("kind,chinese,english\ntitle,某,某\n", encoding="utf-8")
    assert main(["i18n", "import", str(bad), *args]) == 1
    assert "nothing was changed" in capsys.readouterr().err


def test_coverage_counts_curated_strings(stores):
    full = coverage(results(), english())
    assert full["titles"].curated == full["titles"].total == 32 + 29  # documents and attachments
    assert full["ui"].curated == full["ui"].total
    bare = coverage(results(), English.load(*stores))
    assert bare["titles"].curated == 0 and bare["titles"].total == 61
    assert bare["citations"].total == full["citations"].total > 100
    assert full["tables"].total == bare["tables"].total and full["tables"].curated >= bare["tables"].curated
