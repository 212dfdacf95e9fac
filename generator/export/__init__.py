"""Export: Frictionless Data Packages (Parquet and CSV) from the parsed corpus, validated.

Three packages, each a folder with datapackage.json and its files, plus a zip of the folder:

* ``gongbao-gazettes``: gazettes, documents, attachments, tables (an index), diagnostics,
  citations — with primary and foreign keys between them;
* ``gongbao-tables``: every extracted table as a resource of its own, typed;
* ``gongbao-cross-county``: licensing items, normative-document status and insurance enrolment
  targets from every county in one schema each.

The schemas of the fixed resources are reviewed files in datasets/schemas/; the build checks the
data against them (frictionless, and primary and foreign keys) and raises ``DataError`` with
every problem when the data breaks them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..i18n.english import English
from ..links import Links, link
from ..settings import Settings, check
from ..model import ParseResult
from . import records
from .crosscounty import Note
from .validate import DataError, check_keys, frictionless_report
from .write import write_zip
from .writer import Writer

GAZETTE_RESOURCES = ("gazettes", "documents", "attachments", "tables", "diagnostics", "citations")
CROSS_COUNTY_RESOURCES = ("licensing_items", "normative_document_status", "insurance_enrolment_targets")


PACKAGES = {
    "gongbao-gazettes": (
        "County government gazettes: issues, documents, tables, diagnostics, citations — "
        "县级人民政府公报：期、文件、表格、诊断、引用",
        "Every issue of the county government gazettes (人民政府公报) in the corpus, every document "
        "with its GB/T 9704 fields and its body as Markdown and text, its attachments, an index of "
        "its tables, what the parser doubted, and every citation of another document.\n\n"
        "语料中每一期县级人民政府公报，每份文件的要素（GB/T 9704）及其Markdown和纯文本正文、附件、"
        "表格索引、解析诊断，以及对其他文件的全部引用。"),
    "gongbao-tables": (
        "County government gazettes: every table — 县级人民政府公报：全部表格",
        "Every table printed in the documents of the gazettes, one resource each, with typed "
        "columns; the caption and source document are in each resource's description.\n\n"
        "公报文件中印载的每一张表格，各为一个资源，列有类型；表题和来源文件见各资源说明。"),
    "gongbao-cross-county": (
        "County government gazettes: cross-county datasets — 县级人民政府公报：跨县数据集",
        "The same kind of table from every county in one schema: licensing items (行政许可事项清单), "
        "the status of normative documents after cleanups (规范性文件清理结果), and the targets "
        "for enrolment in resident medical insurance (城乡居民医保参保任务).\n\n"
        "各县同类表格统一为一种结构：行政许可事项清单、规范性文件清理结果、城乡居民医保参保任务。"),
}


@dataclass(frozen=True, slots=True)
class Config:
    schemas_dir: Path
    english: English
    agency_codes: dict[str, str]
    root: Path  # paths of sources are given relative to it
    settings: Settings = field(default_factory=lambda: check(Settings()))
    cache: Path | None = None  # where frictionless's verdicts are kept between builds (none: kept nowhere)


@dataclass
class Report:
    packages: dict[str, int] = field(default_factory=dict)  # package → resources
    rows: dict[str, int] = field(default_factory=dict)  # resource → rows
    notes: list[Note] = field(default_factory=list)


def load_schema(config: Config, name: str) -> dict:
    return json.loads((config.schemas_dir / f"{name}.json").read_text(encoding="utf-8"))


def _created(results: list[ParseResult]) -> str:
    dates = [d for r in results for doc in r.documents for d in (doc.date, doc.printed_date) if d]
    dates += [r.gazette.publish_date for r in results if r.gazette.publish_date]
    return (max(dates) if dates else "1970-01-01") + "T00:00:00Z"


def _package_meta(name: str, results: list[ParseResult], config: Config) -> dict:
    title, description = PACKAGES[name]
    regions = sorted({r.gazette.region for r in results if r.gazette.region})
    governments = sorted({r.gazette.government for r in results if r.gazette.government})
    sources = []
    for r in results:
        g = r.gazette
        label = " ".join(x for x in (g.title, g.issue_label()) if x)
        sources.append({"title": label or Path(r.source.shown).name,
                        "path": _rel(r.source.shown, config.root), "sha256": r.source.sha256})
        sources += [{"title": f"{label or Path(r.source.shown).name} (copy of the same issue, not published)",
                     "path": _rel(c.shown, config.root), "sha256": c.sha256} for c in r.copies]
    return {
        "name": name, "title": title, "description": description,
        "licenses": [{"name": config.settings.site.licence, "path": config.settings.licence_url,
                      "title": config.settings.licence_title}],
        "sources": sources, "created": _created(results),
        "keywords": ["gazette", "公报", "人民政府公报", *regions],
        "contributors": [{"title": config.settings.site.publisher, "role": "publisher"}]
        + [{"title": gov, "role": "author"} for gov in governments],
    }


def _rel(path: str, root: Path) -> str:
    """A source's path as published: relative to the project, or its file name alone when the
    gazettes are kept elsewhere (the build machine's folders are nobody's business)."""
    p = Path(path)
    try:
        return p.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return p.name


def _check_fields(name: str, schema: dict, rows: list[dict]) -> list[str]:
    names = {f["name"] for f in schema["fields"]}
    extra = sorted({k for r in rows for k in r} - names)
    return [f"{name}: rows carry fields the schema does not declare: {', '.join(extra)}"] if extra else []


ROW_FIELD = {"name": "row_number", "type": "integer", "title": "Row", "title_zh": "行号",
             "description": "Place of the row among the table's data rows, from 1.",
             "description_zh": "数据行的顺序，从1开始。",
             "constraints": {"required": True, "unique": True, "minimum": 1}}


def table_schema(table, doc, result, english: English) -> tuple[dict, dict]:
    from ..figures import percent_column, unit_in_cells

    fields = [ROW_FIELD]
    percent = [column.type == "number" and percent_column([row[c] for row in table.rows])
               for c, column in enumerate(table.columns)]
    units = [column.type in ("integer", "number") and unit_in_cells([row[c] for row in table.rows])
             for c, column in enumerate(table.columns)]  # (186.4亿元: the figure, its unit said here)
    for c, column in enumerate(table.columns):
        title = english.column(column.title)
        fields.append({
            "name": column.key, "type": column.type, "title": title.text, "title_zh": column.title,
            "description": f"Column printed as 「{column.title}」"
                           + (" (English automatic)" if title.automatic else "")
                           + ("; figures printed as percentages (12.5%), given without the sign" if percent[c] else "")
                           + (f"; figures printed with their unit, {units[c]}, given without it" if units[c] else ""),
            "description_zh": f"印刷列名：{column.title}" + ("；原文为百分数（如12.5%），数值不含百分号" if percent[c] else "")
                              + (f"；原文数值带单位“{units[c]}”，数值不含单位" if units[c] else ""),
            **({"format": "default"} if column.type == "date" else {}),
        })
    g = result.gazette
    where = f"{g.title or ''} {g.issue_label() or (f'{g.year}年' if g.year else '')}".strip()
    gazette_en = english.gazette(g.title)
    where_en = f"{gazette_en.text if gazette_en else ''}, {g.issue_label_en() or (g.year or '')}".strip(", ")
    caption = table.caption or "（无表题）"
    caption_en = english.caption(table.caption)
    title_en = english.title(doc.title, doc.issuer)
    unit_en = english.column(table.unit) if table.unit else None
    description = (f"{caption_en.text if caption_en else 'Untitled table'}"
                   + (" (English automatic)" if caption_en and caption_en.automatic else "")
                   + (f". Unit: {unit_en.text} (printed 单位：{table.unit})" if unit_en else "")
                   + f". From “{title_en.text}” ({doc.doc_number or 'no number'}), {where_en}, "
                   f"lines {table.first}–{table.last}. Printed caption: {caption}; printed title: {doc.title}.\n\n"
                   f"表题：{caption}。" + (f"单位：{table.unit}。" if table.unit else "")
                   + f"来源：{doc.title}（{doc.doc_number or '无发文字号'}），{where}，"
                   f"第{table.first}—{table.last}行。")
    return ({"fields": fields, "primaryKey": ["row_number"]},
            {"title": caption_en.text if caption_en else "Untitled table", "title_zh": caption,
             "description": description})


def table_rows_typed(table) -> list[dict]:
    """Cells as typed values: dates as ISO dates, numbers without thousands separators, the
    placeholders printed for nothing (—, /) as nulls."""
    from ..identifiers import ChineseDate
    from ..columns import PLACEHOLDERS
    from ..figures import accounting_style, typed_figure

    out = []
    # (a column in accounting style reads (190) as -190: figures.accounting_style)
    accounting = [accounting_style([row[c] for row in table.rows], column.title)
                  for c, column in enumerate(table.columns)]
    for number, row in enumerate(table.rows, start=1):
        values = {"row_number": number}
        for c, (column, value) in enumerate(zip(table.columns, row)):
            if value is not None and column.type in ("integer", "number", "date") and value in PLACEHOLDERS:
                value = None
            if value is not None and column.type == "date":
                value = str(ChineseDate.parse(value))  # typed date: every cell parsed as one
            elif value is not None and column.type in ("integer", "number"):
                value = typed_figure(value, accounting[c])  # (12.5% → 12.5, 1、 → 1)
            values[column.key] = value
        out.append(values)
    return out


def _schema_package(writer: Writer, out: Path, package: str, rows: dict[str, list[dict]],
                    results: list[ParseResult], config: Config, problems: list[str], report: Report):
    """Start a package whose resources have reviewed schemas in datasets/schemas: fields and keys
    checked (problems appended), each resource written by a worker of its own; returns the
    package's ``finish()``."""
    schemas = {name: load_schema(config, name) for name in rows}
    for name in rows:
        problems += _check_fields(name, schemas[name], rows[name])
    problems += check_keys({n: (schemas[n], rows[n]) for n in rows})
    report.rows.update({n: len(rows[n]) for n in rows})
    return writer.package(out / package, _package_meta(package, results, config),
                          ((n, (schemas[n], rows[n], {})) for n in rows), problems, batch=1, bounded=False)


def write_zips(folder: Path) -> None:
    """A zip beside each package folder of ``folder`` (``<name>.zip``), the packages side by side
    (zlib works outside the interpreter's lock)."""
    from concurrent.futures import ThreadPoolExecutor

    packages = sorted(p for p in folder.iterdir() if (p / "datapackage.json").is_file())
    with ThreadPoolExecutor(max_workers=max(1, len(packages))) as zips:
        for done in [zips.submit(write_zip, folder / f"{p.name}.zip", p) for p in packages]:
            done.result()


def gazette_rows(results: list[ParseResult], config: Config, links: Links) -> dict[str, list[dict]]:
    """The rows of each resource of gongbao-gazettes (GAZETTE_RESOURCES), by name."""
    citations = [c for r in results for d in r.documents for c in links.citations[d.id]]
    return {
        "gazettes": records.gazette_rows(results, lambda p: _rel(p, config.root), config.english),
        "documents": records.document_rows(results, config.english),
        "attachments": records.attachment_rows(results, config.english),
        "tables": records.table_rows(results, lambda table_id: table_id, config.english),
        "diagnostics": records.diagnostic_rows(results),
        "citations": records.citation_rows(citations),
    }


def build_datasets(results: list[ParseResult], out: Path, config: Config, zips: bool = True,
                   links: Links | None = None) -> Report:
    """Write the three packages into ``out`` (which must not exist yet) and validate them; with
    ``zips``, zip each (``write_zips``; the build zips them later, beside the search index).
    ``links``: the corpus's citations and cross-county tables, when the caller has them already."""
    report = Report()
    problems: list[str] = []
    out.mkdir(parents=True)

    # 1. gongbao-gazettes
    links = links or link(results, config.agency_codes)
    rows = gazette_rows(results, config, links)
    jobs = config.settings.build.jobs or None
    with Writer(jobs, kept=config.cache / "resources" if config.cache else None) as writer:
        # The packages are written side by side: workers write one while this process prepares
        # the rows of the next.
        finishing = [_schema_package(writer, out, "gongbao-gazettes", {n: rows[n] for n in GAZETTE_RESOURCES},
                                     results, config, problems, report)]

        # 2. gongbao-tables: one resource a table, typed and written as it comes
        def table_resources():
            for r in results:
                for doc in r.documents:
                    for table in doc.tables:
                        schema, extra = table_schema(table, doc, r, config.english)
                        yield table.id, (schema, table_rows_typed(table), extra)

        finishing.append(writer.package(out / "gongbao-tables", _package_meta("gongbao-tables", results, config),
                                        table_resources(), problems))
        report.rows["gongbao-tables"] = sum(len(t.rows) for r in results for d in r.documents for t in d.tables)

        # 3. gongbao-cross-county
        report.notes.extend(links.notes)
        finishing.append(_schema_package(writer, out, "gongbao-cross-county",
                                         {n: links.cross[n] for n in CROSS_COUNTY_RESOURCES}, results, config,
                                         problems, report))
        for name, finish in zip(PACKAGES, finishing):
            report.packages[name] = len(finish())

    # The zips are written while frictionless reads.
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as side:
        zipped = side.submit(write_zips, out) if zips else None
        problems += frictionless_report([out / name / "datapackage.json" for name in PACKAGES],
                                        jobs=jobs, cache=config.cache)
        if zipped:
            zipped.result()
    if problems:
        raise DataError(problems)
    if writer.kept:
        writer.kept.forget_unused(writer.used)
    return report


__all__ = ["Config", "DataError", "Report", "build_datasets", "gazette_rows", "write_zips"]
