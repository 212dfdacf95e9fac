"""Rows of the gongbao-gazettes resources, from parse results. Pure: no I/O."""

from __future__ import annotations

from ..bodymd import document_markdown
from ..bodytext import document_text
from ..citations import Citation
from ..i18n.english import English
from ..model import ParseResult
from ..pipeline import gazette_id

SEP = "；"


def join(values) -> str | None:
    values = [v for v in values if v]
    return SEP.join(values) if values else None


def _text(rendering) -> str | None:
    return rendering.text if rendering else None


def gazette_rows(results: list[ParseResult], root_path, english: English) -> list[dict]:
    rows = []
    for r in results:
        g = r.gazette
        rows.append({
            "gazette_id": gazette_id(g, r.source.sha256), "title": g.title,
            "title_en": _text(english.gazette(g.title)), "region": g.region,
            "region_en": _text(english.region(g.region)),
            "government": g.government, "parent_region": g.parent_region,
            "division_code": g.division_code, "year": g.year, "issue": g.issue,
            "issue_last": g.issue_last, "part": g.part, "special_issue": g.special,
            "cumulative_issue": g.cumulative_issue, "publish_date": g.publish_date,
            "source_path": root_path(r.source.shown), "source_sha256": r.source.sha256,
            "source_encoding": r.source.encoding, "source_lines": r.source.line_count,
            "documents": len(r.documents), "tables": sum(len(d.tables) for d in r.documents),
            "diagnostics": len(r.diagnostics),
        })
    return rows


def document_rows(results: list[ParseResult], english: English) -> list[dict]:
    rows = []
    for r in results:
        gid = gazette_id(r.gazette, r.source.sha256)
        for d in r.documents:
            parts = d.doc_number_parts or {}
            title_en = english.title(d.title, d.issuer)
            rows.append({
                "document_id": d.id, "gazette_id": gid, "seq": d.seq, "title": d.title,
                "title_en": title_en.text, "title_en_automatic": title_en.automatic,
                "doc_type": d.doc_type, "doc_type_en": _text(english.doc_type(d.doc_type)),
                "doc_number": d.doc_number,
                "doc_number_prefix": parts.get("prefix"), "doc_number_year": parts.get("year"),
                "doc_number_serial": parts.get("serial"),
                "registration_number": d.registration_number, "issuers": join(d.issuer),
                "issuers_en": join(english.authority(x).text for x in d.issuer),
                "date": d.date, "printed_date": d.printed_date, "printed_by": d.printed_by,
                "effective_date": d.effective_date,
                "recipients": join(d.recipients), "cc": join(d.cc), "note": d.note,
                "section": d.section, "attachments": len(d.attachments), "tables": len(d.tables),
                "first_line": d.first, "last_line": d.last,
                "duplicate_first_line": d.duplicate[0] if d.duplicate else None,
                "duplicate_last_line": d.duplicate[1] if d.duplicate else None,
                "body_markdown": document_markdown(d), "body_text": document_text(d),
                "source_sha256": r.source.sha256,
            })
    return rows


def attachment_rows(results: list[ParseResult], english: English) -> list[dict]:
    return [{"document_id": d.id, "ordinal": k, "number": a.number, "part": a.part,
             "title": a.title,
             "title_en": _text(english.attachment(a.title)),
             "first_line": a.first, "last_line": a.last}
            for r in results for d in r.documents for k, a in enumerate(d.attachments, start=1)]


def table_rows(results: list[ParseResult], resource_name, english: English) -> list[dict]:
    rows = []
    for r in results:
        for d in r.documents:
            for k, t in enumerate(d.tables, start=1):
                rows.append({
                    "table_id": t.id, "document_id": d.id, "ordinal": k, "caption": t.caption,
                    "caption_en": _text(english.caption(t.caption)), "unit": t.unit,
                    "attachment": t.attachment, "rows": len(t.rows), "columns": len(t.columns),
                    "total": SEP.join(v or "" for v in t.total) if t.total is not None else None,
                    "first_line": t.first, "last_line": t.last, "resource": resource_name(t.id),
                })
    return rows


def diagnostic_rows(results: list[ParseResult]) -> list[dict]:
    return [{"gazette_id": gazette_id(r.gazette, r.source.sha256), "ordinal": k, "code": x.code,
             "severity": x.severity, "message": x.message, "line": x.line, "excerpt": x.excerpt}
            for r in results for k, x in enumerate(r.diagnostics, start=1)]


def citation_rows(citations: list[Citation]) -> list[dict]:
    return [{"document_id": c.document, "ordinal": c.ordinal, "cited_title": c.title,
             "cited_doc_number": c.doc_number, "cited_issuer": c.issuer,
             "cited_document_id": c.cited_document, "line": c.line} for c in citations]
