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
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import PoFileError, read_po, write_po

from ..normalize import fold
from .english import TRANSLATION_KINDS, English
from .glossary import KINDS, GlossaryError, check_entry, read_rows

ALL_KINDS = TRANSLATION_KINDS + tuple(k for k in KINDS if k not in ("body", "term"))
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
        return (f"{len(self.added)} added, {len(self.replaced)} replaced, {self.unchanged} unchanged, "
                f"{self.skipped} skipped (automatic or empty)")


class ImportError_(ValueError):
    """A translator's file that cannot be merged; the message lists every problem."""


def pending(results, english: English) -> list[Entry]:
    """Every string of the corpus without a curated translation, once, in a stable order."""
    found: dict[tuple[str, str], tuple[str, set[str]]] = {}

    def add(kind: str, text: str | None, rendering, where: str) -> None:
        if not text or rendering is None or not rendering.automatic:
            return
        key = (kind, fold(text))
        if key not in found:
            found[key] = (rendering.text, set())
        found[key][1].add(where)

    for r in results:
        g = r.gazette
        add("gazette", g.title, english.gazette(g.title), r.source.path)
        for name in (g.region, g.parent_region):
            add("region", name, english.region(name), r.source.path)
        for d in r.documents:
            add("title", d.title, english.title(d.title, d.issuer), d.id)
            add("doc_type", d.doc_type, english.doc_type(d.doc_type), d.id)
            add("section", d.section, english.section(d.section), d.id)
            for name in (*d.issuer, *d.recipients, *d.cc, *([d.printed_by] if d.printed_by else [])):
                add("authority", name, english.authority(name), d.id)
            for a in d.attachments:
                add("attachment", a.title, english.attachment(a.title), d.id)
            for t in d.tables:
                add("caption", t.caption, english.caption(t.caption), t.id)
                for c in t.columns:
                    add("column", c.title, english.column(c.title), t.id)
    return [Entry(kind, text, english_text, True, tuple(sorted(where)))
            for (kind, text), (english_text, where) in sorted(found.items())]


def export(entries: list[Entry], path: Path) -> None:
    """Write ``entries`` for translators: PO when the file ends in .po, CSV otherwise."""
    if path.suffix == ".po":
        catalog = Catalog(locale="en", project="Gongbao translations", fuzzy=False)
        for x in entries:
            catalog.add(x.chinese, x.english, context=x.kind, flags=("fuzzy",) if x.automatic else (),
                        auto_comments=[f"kind: {x.kind}"] + [f"in: {w}" for w in x.where[:5]])
        buffer = io.BytesIO()
        write_po(buffer, catalog, width=0, omit_header=False, sort_output=False, include_lineno=False)
        text = buffer.getvalue().decode("utf-8")
        # Babel stamps the creation time; a fixed header keeps exports reproducible.
        text = "\n".join(line for line in text.split("\n") if not line.startswith('"POT-Creation-Date'))
        path.write_text(text, encoding="utf-8")
        return
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(CSV_FIELDS)
        for x in entries:
            writer.writerow([x.kind, x.chinese, x.english, "automatic" if x.automatic else "curated",
                             " ".join(x.where[:5])])


def read_translator_file(path: Path) -> list[Entry]:
    """The entries of a translator's PO or CSV file; raises ImportError_ naming every problem."""
    entries: list[tuple[int, Entry]] = []
    problems: list[str] = []
    if path.suffix == ".po":
        try:
            with open(path, "rb") as fh:
                catalog = read_po(fh, abort_invalid=True)
        except (PoFileError, UnicodeDecodeError, ValueError) as exc:
            raise ImportError_(f"{path}: not a readable PO file ({exc})") from exc
        for m in catalog:
            if not m.id:
                continue
            if not isinstance(m.id, str):
                problems.append(f"{path}:{m.lineno}: plural messages are not translations of names")
                continue
            entries.append((m.lineno, Entry(m.context or "", m.id, (m.string or "").strip(), m.fuzzy)))
    else:
        try:
            with open(path, encoding="utf-8-sig", newline="") as fh:
                reader = csv.DictReader(fh)
                missing = {"kind", "chinese", "english"} - set(reader.fieldnames or ())
                if missing:
                    raise ImportError_(f"{path}:1: the header needs the columns {', '.join(CSV_FIELDS)} "
                                       f"(missing: {', '.join(sorted(missing))})")
                for n, row in enumerate(reader, start=2):
                    status = (row.get("status") or "curated").strip()
                    if status not in ("automatic", "curated"):
                        problems.append(f"{path}:{n}: status {status!r} (expected curated or automatic)")
                        continue
                    entries.append((n, Entry((row.get("kind") or "").strip(), (row.get("chinese") or "").strip(),
                                             (row.get("english") or "").strip(), status == "automatic")))
        except UnicodeDecodeError as exc:
            raise ImportError_(f"{path}: not UTF-8 text ({exc})") from exc
    checked = []
    for n, x in entries:
        if x.automatic or not x.english:
            checked.append(x)
            continue
        problem = check_entry(x.chinese, x.english, x.kind, ALL_KINDS)
        if problem:
            problems.append(f"{path}:{n}: {problem}")
        else:
            checked.append(x)
    if problems:
        raise ImportError_("\n".join(problems))
    return checked


def _write_rows(path: Path, key: str, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=[key, "english", "kind", "note"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def import_file(path: Path, glossary_path: Path, translations_path: Path) -> ImportReport:
    """Merge a translator's file into the glossary (names and terms) and the translations (whole
    strings). Nothing is written when the file has a problem."""
    entries = read_translator_file(path)
    report = ImportReport()
    stores = {"glossary": (glossary_path, "term"), "translations": (translations_path, "chinese")}
    rows = {}
    for name, (store_path, key) in stores.items():
        try:
            rows[name] = read_rows(store_path, key)
        except GlossaryError as exc:
            raise ImportError_(f"cannot merge into {store_path}: {exc}") from exc
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
    for name, (store_path, key) in stores.items():
        if added[name] or any(x.kind in (TRANSLATION_KINDS if name == "translations" else KINDS)
                              for x in report.replaced):
            new_rows = rows[name] + sorted(added[name], key=lambda r: (r["kind"], r[key]))
            _write_rows(store_path, key, new_rows)
    return report
