"""Cross-county datasets: the same kind of table from every county, in one schema.

Tables are recognised by what they hold — their columns, their caption and the title of the
document they stand in — never by county or file:

* 行政许可事项清单: a 事项名称 column with 实施机关 or a 依据 column;
* 规范性文件清理结果: a 文号 column and a 标题/文件名称 column, in a document about a cleanup of
  normative documents, the status (废止, 失效, 继续有效) read from the attachment's title;
* 城乡居民医保参保任务: a township column and a count column (任务, 人数) in a notice about
  resident medical insurance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..identifiers import ChineseDate, DocNumber, RegistrationNumber
from ..model import Document, ParseResult
from ..normalize import fold
from ..pipeline import gazette_id


@dataclass(frozen=True, slots=True)
class Note:
    """Something doubtful about a table the cross-county datasets took, and what was done."""
    table: str
    message: str

    def __str__(self) -> str:
        return f"{self.table}: {self.message}"


@dataclass(frozen=True, slots=True)
class Context:
    result: ParseResult
    doc: Document
    common: dict  # the columns every row of the gazette's tables has (``context``)


def context(result: ParseResult, doc: Document) -> Context:
    g = result.gazette
    return Context(result, doc, {"region": g.region or "", "division_code": g.division_code,
                                 "gazette_id": gazette_id(g, result.source.sha256)})


def _col(table, *patterns: str) -> int | None:
    """Index of the first column whose title matches one of the patterns (in order)."""
    titles = [fold(c.title) for c in table.columns]
    for pattern in patterns:
        for k, title in enumerate(titles):
            if re.search(pattern, title):
                return k
    return None


_COUNT = re.compile(r"\d{1,7}")


def _int(value) -> int | None:
    return int(value) if value is not None and _COUNT.fullmatch(value) else None


def _date(value) -> str | None:
    if not value:
        return None
    try:
        parsed = ChineseDate.parse(value)
    except ValueError:
        return None
    return str(parsed) if parsed else None


def _row_id(table_id: str, k: int) -> str:
    return f"{table_id}-r{k:03d}"


# --- 行政许可事项清单 ---------------------------------------------------------------------------

def is_licensing_list(table) -> bool:
    return _col(table, r"事项名称") is not None and _col(table, r"实施机关", r"依据") is not None


def licensing_rows(ctx: Context, table) -> list[dict]:
    item = _col(table, r"事项名称")
    seq = _col(table, r"^序号$")
    dept = _col(table, r"主管部门", r"部门")
    body = _col(table, r"实施机关")
    basis = _col(table, r"依据")
    remarks = _col(table, r"备注")
    category = table.caption if table.caption and re.match(r"^[一二三四五六七八九十]+、", table.caption) else None
    out = []
    for k, row in enumerate(table.rows, start=1):
        if row[item] is None:
            continue
        out.append({
            "item_id": _row_id(table.id, k), **ctx.common, "document_id": ctx.doc.id,
            "document_doc_number": ctx.doc.doc_number, "table_id": table.id, "category": category,
            "seq": _int(row[seq]) if seq is not None else None,
            "department": row[dept] if dept is not None else None, "item": row[item],
            "implementing_body": row[body] if body is not None else None,
            "legal_basis": row[basis] if basis is not None else None,
            "remarks": row[remarks] if remarks is not None else None,
        })
    return out


# --- 规范性文件清理结果 -------------------------------------------------------------------------

STATUSES = (("继续有效", "继续有效"), ("有效", "继续有效"), ("失效", "失效"), ("废止", "废止"))


def status_of(text: str | None) -> str | None:
    if not text:
        return None
    key = fold(text)
    return next((status for word, status in STATUSES if word in key), None)


def is_cleanup_list(doc: Document, table) -> bool:
    about = fold(doc.title)
    return ("规范性文件" in about and ("清理" in about or "废止" in about)
            and _col(table, r"文号") is not None and _col(table, r"标题", r"文件名称", r"名称") is not None)


def cleanup_rows(ctx: Context, table) -> tuple[list[dict], list[Note]]:
    notes: list[Note] = []
    listed = next((a.title for a in ctx.doc.attachments
                   if table.attachment is not None and a.number == table.attachment), None)
    status = status_of(listed) or status_of(table.caption)
    if status_of(listed) and status_of(table.caption) and status_of(listed) != status_of(table.caption):
        notes.append(Note(table.id, f"caption {table.caption} says {status_of(table.caption)} but the "
                                    f"attachment list says {listed}; {status} taken"))
    if status is None:
        notes.append(Note(table.id, f"cleanup list without a status in its caption ({table.caption})"))
        return [], notes
    number = _col(table, r"文号")
    title = _col(table, r"标题", r"文件名称", r"名称")
    seq = _col(table, r"^序号$")
    reg = _col(table, r"登记号")
    expiry = _col(table, r"失效时间", r"有效期")
    out = []
    for k, row in enumerate(table.rows, start=1):
        printed = row[number]
        parsed = DocNumber.parse(printed) if printed else None
        reg_value = RegistrationNumber.parse(row[reg]) if reg is not None and row[reg] else None
        out.append({
            "entry_id": _row_id(table.id, k), **ctx.common, "decision_document_id": ctx.doc.id,
            "decision_doc_number": ctx.doc.doc_number, "decision_date": ctx.doc.date,
            "status": status, "seq": _int(row[seq]) if seq is not None else None,
            "doc_number": str(parsed) if parsed else printed, "title": row[title],
            "registration_number": str(reg_value) if reg_value else None,
            "expiry_date": _date(row[expiry]) if expiry is not None else None,
            "table_id": table.id,
        })
    return out, notes


# --- 城乡居民医保参保任务 -----------------------------------------------------------------------

def is_insurance_targets(doc: Document, table) -> bool:
    about = fold(doc.title) + fold(table.caption or "")
    if not ("医疗保险" in about or "医保" in about):
        return False
    place = _col(table, r"乡镇", r"镇", r"街道")
    count = _col(table, r"任务", r"人数")
    return place is not None and count is not None and table.columns[count].type == "integer"


def insurance_rows(ctx: Context, table) -> list[dict]:
    place = _col(table, r"乡镇", r"镇", r"街道")
    count = _col(table, r"任务", r"人数")
    seq = _col(table, r"^序号$")
    m = re.search(r"((?:19|20)\d{2})年度?", ctx.doc.title) or re.search(r"((?:19|20)\d{2})年", table.caption or "")
    unit_match = re.search(r"[（(]([^（）()]{1,4})[)）]", table.columns[count].title)
    unit = unit_match.group(1) if unit_match else "人"
    out = []
    for k, row in enumerate(table.rows, start=1):
        if row[place] is None or _int(row[count]) is None:
            continue
        out.append({
            "target_id": _row_id(table.id, k), **ctx.common, "document_id": ctx.doc.id,
            "document_doc_number": ctx.doc.doc_number,
            "insurance_year": int(m.group(1)) if m else None,
            "seq": _int(row[seq]) if seq is not None else None, "township": row[place],
            "target": _int(row[count]), "unit": unit, "table_id": table.id,
        })
    return out


def cross_county(results: list[ParseResult]) -> tuple[dict[str, list[dict]], list[Note]]:
    """Rows of the three cross-county resources, and notes on what was doubtful."""
    out: dict[str, list[dict]] = {"licensing_items": [], "normative_document_status": [],
                                  "insurance_enrolment_targets": []}
    notes: list[Note] = []
    for result in results:
        for doc in result.documents:
            ctx = context(result, doc)
            for table in doc.tables:
                if is_licensing_list(table):
                    out["licensing_items"].extend(licensing_rows(ctx, table))
                elif is_cleanup_list(doc, table):
                    rows, table_notes = cleanup_rows(ctx, table)
                    out["normative_document_status"].extend(rows)
                    notes.extend(table_notes)
                elif is_insurance_targets(doc, table):
                    out["insurance_enrolment_targets"].extend(insurance_rows(ctx, table))
    return out, notes


def note_lines(notes: list[Note], named: int = 3) -> list[str]:
    """The notes for a person reading a build's output: one line for each message, with how many
    tables it is about and the first ``named`` of them (a corpus that prints the same list in
    every issue would otherwise say the same thing a hundred times)."""
    tables: dict[str, list[str]] = {}
    for note in notes:
        tables.setdefault(note.message, []).append(note.table)
    lines = []
    for message, ids in tables.items():
        more = f" and {len(ids) - named} more" if len(ids) > named else ""
        which = ", ".join(ids[:named])
        lines.append(f"note: {message} ({which})" if len(ids) == 1 else
                     f"note: {message} ({len(ids)} tables: {which}{more})")
    return lines
