"""The translators' workflow: export what lacks a curated translation, import their work.

``pending`` lists every string of a corpus that has no curated English (titles, captions,
attachments, gazettes, authorities, regions, document types, sections, column titles), each with
the automatic rendering as a suggestion and where it occurs. ``export`` writes them as a PO file
(the suggestion as a fuzzy translation, the kind as msgctxt) or a CSV file (status ``automatic``).
``import_file`` merges a translator's file back: malformed entries refuse the whole file with every
problem named, suggestions left untouched (fuzzy, automatic, empty) are skipped, and a curated
translation is never replaced by an automatic one.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import PoFileError, read_po, write_po

from ..normalize import fold
from .english import TRANSLATION_KINDS, English
from .glossary import KINDS, GlossaryError, check_entry, read_rows

ALL_KINDS = TRANSLATION_KINDS + KINDS
CSV_FIELDS = ("kind", "chinese", "english", "status", "where")


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str
    chinese: str
    english: str  # the suggestion (automatic) or the translator's English
    automatic: bool
    where: tuple[str, ...] = ()


@dataclass
class ImportReport:
    added: list[Entry] = field(default_factory=list)
    replaced: list[Entry] = field(default_factory=list)
    unchanged: int = 0
    skipped: int = 0  # suggestions nobody reviewed, empty entries

    def summary(self) -> str:
        text = (f"{len(self.added)} added, {len(self.replaced)} replaced, {self.unchanged} unchanged, "
                f"{self.skipped} skipped")
        if self.skipped:
            text += (" (entries still marked fuzzy or automatic, or empty: remove the fuzzy flag, or set "
                     "the status to curated, on those you reviewed)")
        return text


class TranslationImportError(ValueError):
    """A translator's file that cannot be merged; the message lists every problem."""


def corpus_strings(results, english: English, citations: dict | None = None):
    """Every string of the corpus the English site shows, once per place: (group, kind, text,
    rendering, where). One walk for the translators' export and for the coverage report.
    ``citations``: document id → its citations (``links.Links.citations``), when the caller has
    them already (only their titles and cited documents are read)."""
    from ..citations import agency_issuers, corpus_indexes, find_citations

    if citations is None:
        documents = [d for r in results for d in r.documents]
        by_number, by_title = corpus_indexes(documents)
        issuers = agency_issuers(documents, {})
        citations = {d.id: find_citations(d, by_number, by_title, issuers) for d in documents}
    for r in results:
        g = r.gazette
        yield "metadata", "gazette", g.title, english.gazette(g.title), r.source.shown
        for name in (g.region, g.parent_region):
            yield "metadata", "region", name, english.region(name), r.source.shown
        for d in r.documents:
            yield "titles", "title", d.title, english.title(d.title, d.issuer), d.id
            yield "metadata", "doc_type", d.doc_type, english.doc_type(d.doc_type), d.id
            yield "metadata", "section", d.section, english.section(d.section), d.id
            for name in (*d.issuer, *d.recipients, *d.cc, *([d.printed_by] if d.printed_by else [])):
                yield "metadata", "authority", name, english.authority(name), d.id
            for a in d.attachments:
                yield "titles", "attachment", a.title, english.attachment(a.title), d.id
            for c in citations[d.id]:
                if c.title and not c.cited_document:
                    yield "citations", "title", c.title, english.cited(c.title), d.id
            for t in d.tables:
                yield "tables", "caption", t.caption, english.caption(t.caption), t.id
                for c in t.columns:
                    yield "tables", "column", c.title, english.column(c.title), t.id


def pending(results, english: English) -> list[Entry]:
    """Every string of the corpus without a curated translation, once, in a stable order, with
    the Chinese as printed (the first printing met) and the automatic rendering as a suggestion."""
    found: dict[tuple[str, str], tuple[str, str, set[str]]] = {}
    for _, kind, text, rendering, where in corpus_strings(results, english):
        if not text or rendering is None or not rendering.automatic:
            continue
        key = (kind, fold(text))
        if key not in found:
            found[key] = (text, rendering.text, set())
        found[key][2].add(where)
    return [Entry(kind, text, english_text, True, tuple(sorted(where)))
            for (kind, _), (text, english_text, where) in sorted(found.items())]


def _is_po(path: Path) -> bool:
    return path.suffix.lower() == ".po"


def export(entries: list[Entry], path: Path) -> None:
    """Write ``entries`` for translators: PO when the file ends in .po, CSV otherwise."""
    if not path.parent.is_dir():
        raise TranslationImportError(f"{path.parent}: no such folder")
    if _is_po(path):
        catalog = Catalog(locale="en", project="Gongbao translations", fuzzy=False,
                          header_comment="# Strings of the gazettes without a curated English translation.\n"
                                         "# Review a suggestion, remove its fuzzy flag, then: gongbao i18n import FILE")
        for x in entries:
            catalog.add(x.chinese, x.english, context=x.kind, flags=("fuzzy",) if x.automatic else (),
                        auto_comments=[f"kind: {x.kind}"] + [f"in: {w}" for w in x.where[:5]])
        buffer = io.BytesIO()
        write_po(buffer, catalog, width=0, omit_header=False, sort_output=False, include_lineno=False)
        text = buffer.getvalue().decode("utf-8")
        # Babel stamps the time of the export; without it, exports are reproducible.
        text = "\n".join(line for line in text.split("\n")
                         if not line.startswith(('"POT-Creation-Date', '"PO-Revision-Date')))
        path.write_text(text, encoding="utf-8")
        return
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(CSV_FIELDS)
        for x in entries:
            writer.writerow([x.kind, _spreadsheet_safe(x.chinese), _spreadsheet_safe(x.english),
                             "automatic" if x.automatic else "curated", _spreadsheet_safe(" ".join(x.where[:5]))])


# What a spreadsheet reads as a formula at the start of a cell (=HYPERLINK(…), +cmd|…, @SUM): the
# translators' CSV is opened in one, so such a cell is written after an apostrophe, which the
# spreadsheet shows as text and the import takes off again (a cell that starts with an
# apostrophe gets one more, so that the round trip gives every string back).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")


def _spreadsheet_safe(cell: str) -> str:
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def _from_spreadsheet(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(_FORMULA_STARTS) else cell


# A PO file's lines: keywords with one quoted string, continuation strings, comments, blanks.
_PO_LINE = re.compile(r'(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+)?"(?:[^"\\]|\\.)*"\s*|#.*|\s*')


_PO_KEYWORD = re.compile(r'(msgctxt|msgid)\s+"(.*)"\s*')


def _check_po_syntax(path: Path, text: str) -> list[str]:
    """Lines that are not PO, and entries given twice (a PO reader keeps only the last)."""
    problems = [f"{path}:{n}: not a line of a PO file: {line[:60]!r}"
                for n, line in enumerate(text.split("\n"), start=1) if not _PO_LINE.fullmatch(line)]
    seen: dict[tuple[str, str], int] = {}
    context = ""
    for n, line in enumerate(text.split("\n"), start=1):
        m = _PO_KEYWORD.fullmatch(line)
        if not m:
            if not line.strip():
                context = ""
            continue
        if m.group(1) == "msgctxt":
            context = m.group(2)
        elif m.group(2):
            key = (context, m.group(2))
            if key in seen:
                problems.append(f"{path}:{n}: {context or 'an entry'} {m.group(2)!r} is given again "
                                f"(first at line {seen[key]}); keep one")
            seen.setdefault(key, n)
            context = ""
    return problems


def read_translator_file(path: Path) -> list[Entry]:
    """The entries of a translator's PO or CSV file; raises TranslationImportError naming every
    problem with its line."""
    entries: list[tuple[int, Entry]] = []
    problems: list[str] = []
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TranslationImportError(f"{path}: not UTF-8 text ({exc})") from None
    except OSError as exc:
        raise TranslationImportError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if _is_po(path):
        problems = _check_po_syntax(path, raw)
        if problems:
            raise TranslationImportError("\n".join(problems))
        try:
            catalog = read_po(io.BytesIO(raw.encode("utf-8")), abort_invalid=True)
        except (PoFileError, ValueError) as exc:
            raise TranslationImportError(f"{path}: not a readable PO file ({exc})") from None
        for m in catalog:
            if not m.id:
                continue
            line = m.lineno
            if not isinstance(m.id, str):
                problems.append(f"{path}:{line}: plural messages are not translations of names")
                continue
            if not m.context:
                problems.append(f"{path}:{line}: {m.id!r} has no msgctxt (the kind: {', '.join(ALL_KINDS)})")
                continue
            entries.append((line, Entry(m.context, m.id, (m.string or "").strip(), m.fuzzy)))
    else:
        reader = csv.DictReader(io.StringIO(raw, newline=""))
        missing = {"kind", "chinese", "english", "status"} - set(reader.fieldnames or ())
        if missing:
            raise TranslationImportError(f"{path}:1: the header needs the columns {', '.join(CSV_FIELDS)} "
                                         f"(missing: {', '.join(sorted(missing))})")
        for n, row in enumerate(reader, start=2):
            status = (row.get("status") or "").strip()
            if status not in ("automatic", "curated"):
                problems.append(f"{path}:{n}: status {status!r} (expected curated or automatic)")
                continue
            entries.append((n, Entry((row.get("kind") or "").strip(), _from_spreadsheet((row.get("chinese") or "").strip()),
                                     _from_spreadsheet((row.get("english") or "").strip()), status == "automatic")))
    checked = []
    seen: dict[tuple[str, str], tuple[int, str]] = {}
    for n, x in entries:
        if x.automatic or not x.english:
            checked.append(x)
            continue
        problem = check_entry(x.chinese, x.english, x.kind, ALL_KINDS)
        if problem:
            problems.append(f"{path}:{n}: {problem}")
            continue
        key = (x.kind, fold(x.chinese))
        if key in seen and seen[key][1] != x.english:
            problems.append(f"{path}:{n}: {x.kind} {x.chinese!r} is given again, differently from line "
                            f"{seen[key][0]} ({seen[key][1]!r} here {x.english!r})")
            continue
        seen[key] = (n, x.english)
        checked.append(x)
    if problems:
        raise TranslationImportError("\n".join(sorted(problems, key=_line_of)))
    return checked


def _line_of(problem: str) -> int:
    m = re.search(r":(\d+):", problem)
    return int(m.group(1)) if m else 0


def _write_rows(path: Path, key: str, rows: list[dict]) -> Path:
    """The rows written beside ``path``; returns the new file, to be put in place by the caller."""
    partial = path.with_name(f".{path.name}.new")
    with open(partial, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=[key, "english", "kind", "note"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return partial


def import_file(path: Path, glossary_path: Path, translations_path: Path) -> ImportReport:
    """Merge a translator's file into the glossary (names and terms) and the translations (whole
    strings). Nothing is written when the file has a problem."""
    entries = read_translator_file(path)
    report = ImportReport()
    stores = {"glossary": (glossary_path, "term"), "translations": (translations_path, "chinese")}
    rows = {}
    for name, (store_path, key) in stores.items():
        try:
            rows[name] = read_rows(store_path, key, TRANSLATION_KINDS if name == "translations" else KINDS)
        except (GlossaryError, OSError) as exc:
            raise TranslationImportError(f"cannot merge into {store_path}: {exc}") from exc
    index: dict[tuple[str, str], tuple[str, int]] = {}
    for name, (_, key) in stores.items():
        for i, row in enumerate(rows[name]):
            index[(row["kind"], fold(row[key]))] = (name, i)
    added = defaultdict(list)
    for x in entries:
        if x.automatic or not x.english:
            report.skipped += 1
            continue
        store = "translations" if x.kind in TRANSLATION_KINDS else "glossary"
        key = stores[store][1]
        at = index.get((x.kind, fold(x.chinese)))
        if at is None:
            row = {key: x.chinese, "english": x.english, "kind": x.kind, "note": "imported"}
            index[(x.kind, fold(x.chinese))] = (store, -1)
            added[store].append(row)
            report.added.append(x)
        else:
            existing = rows[at[0]][at[1]] if at[1] >= 0 else None
            if existing is None or existing["english"] == x.english:
                report.unchanged += 1
            else:
                existing["english"] = x.english
                report.replaced.append(x)
    # Both stores are written in full first, then put in place: a failed write changes nothing.
    written = []
    try:
        for name, (store_path, key) in stores.items():
            if added[name] or any(x.kind in (TRANSLATION_KINDS if name == "translations" else KINDS)
                                  for x in report.replaced):
                new_rows = rows[name] + sorted(added[name], key=lambda r: (r["kind"], r[key]))
                written.append((_write_rows(store_path, key, new_rows), store_path))
    except OSError as exc:
        for partial, _ in written:
            partial.unlink(missing_ok=True)
        raise TranslationImportError(f"cannot write the merged translations ({exc}); nothing was changed") from exc
    for partial, store_path in written:
        partial.replace(store_path)
    return report
