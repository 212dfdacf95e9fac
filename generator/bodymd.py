"""A document's body as Markdown, every piece of gazette text escaped.

Text from a gazette is data, never markup: ``escape_md`` makes any character that Markdown, HTML
or a template engine would read as syntax render as itself. Headings keep their levels, tables
are rendered from their clean form (one header, data rows, the total), attachments are sections.
"""

from __future__ import annotations

import html
import re

from .model import Block, Document

_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}#|~!])")
# What opens a block at a line's start (CommonMark, and Python-Markdown, which asks more): a list
# item's number or bullet with a space or the line's end after it (1. …, 2) …, - …, + …), a quote
# (>), a rule or a heading's underline (---, ===). A figure (152.3, 2.地区…, -3℃) opens nothing.
_OPENS = r"\d+[.)](?=\s|$)|>|[-+](?=\s|$)|[-=](?=[-=\s]*$)"
_LINE_START = re.compile(r"^(\s*)(\d+)([.)])(?=\s|$)", re.M)
_BULLET_START = re.compile(r"^(\s*)(>|[-+](?=\s|$)|[-=](?=[-=\s]*$))", re.M)
# Two spaces or more at a line's end make a hard line break (<br>); one space is a soft break.
_HARD_BREAK = re.compile(r" {2,}(?=\n)")
# Four columns of indent (a tab, or four spaces) open a code block after a blank line; a line's
# indent is no part of its text in Markdown, so it goes.
_INDENT = re.compile(r"^(?: {0,3}\t| {4})[ \t]*", re.M)


# What any of the escapes below acts on: a character escaped wherever it stands, the start of
# a line that would open a block, or the spaces that would break or indent a line. Other text is
# returned as it is (a table's cell such as 12.5 or 1,234.00 is common and needs nothing).
_NEEDS_ESCAPE = re.compile(rf"[&<>\\`*_\[\]{{}}#|~!]|^\s*(?:{_OPENS})|{_HARD_BREAK.pattern}|{_INDENT.pattern}",
                           re.M)


# The same question in three cheaper parts (the one pattern tries each of its branches at every
# character of a text, most of which is Han): a character escaped wherever it stands; two spaces
# before a line's end; a line's start that may open a block or indents it. (tests/test_bodymd.py
# holds them to ``_NEEDS_ESCAPE``.)
_SYNTAX_CHAR = re.compile(r"[&<>\\`*_\[\]{}#|~!]")
_LINE_OPENING = re.compile(rf"^(?:\s*(?:{_OPENS})|{_INDENT.pattern})", re.M)


def needs_escape(text: str) -> bool:
    """``escape_md`` changes ``text``: ``_NEEDS_ESCAPE`` finds something in it."""
    if _SYNTAX_CHAR.search(text) is not None:
        return True
    if "\n" not in text:  # (a line: its start is the text's, asked there only)
        return _LINE_OPENING.match(text) is not None
    return "  \n" in text or _LINE_OPENING.search(text) is not None


def _escaped(text: str) -> str:
    text = _INDENT.sub("", text)
    text = html.escape(text, quote=False)
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = _LINE_START.sub(r"\1\2\\\3", text)
    text = _BULLET_START.sub(r"\1\\\2", text)
    return _HARD_BREAK.sub(" ", text)


def escape_md(text: str) -> str:
    """Escape gazette text for Markdown: HTML entities for ``& < >``, backslashes for Markdown
    punctuation, and a backslash before anything that would start a list or a quote."""
    return _escaped(text) if needs_escape(text) else text


def _heading(level: int, text: str) -> str:
    return "#" * max(2, min(6, level)) + " " + escape_md(text)


def block_markdown(block: Block, tables: dict) -> str:
    kind = block.kind
    if kind == "title":
        return "# " + escape_md(block.text)
    if kind == "rule":
        return "---"
    if kind == "furniture":
        return ""
    if kind == "heading":
        level = block.level or 0
        return _heading(2 if level == 0 else level + 1, block.text)
    if kind == "attachment":
        label = " ".join(x for x in (block.marker, block.text) if x)
        return _heading(2, label)
    if kind == "table":
        table = tables.get(block.table) if block.table else None
        return table_markdown(table) if table is not None else _raw_table(block)
    if kind == "signature":
        return "  \n".join(escape_md(line) for line in block.text.split("\n"))
    if kind == "attachment_list":
        return "  \n".join(escape_md(line) for line in block.text.split("\n"))
    return escape_md(block.text)


def _cell(value) -> str:
    return escape_md(value) if value else ""


def table_markdown(table) -> str:
    head = "| " + " | ".join(escape_md(c.title) for c in table.columns) + " |"
    rule = "| " + " | ".join("---:" if c.type in ("integer", "number") else "---"
                             for c in table.columns) + " |"
    rows = ["| " + " | ".join(_cell(v) for v in row) + " |" for row in table.rows]
    if table.total is not None:
        rows.append("| " + " | ".join(f"**{_cell(v)}**" if v else "" for v in table.total) + " |")
    caption = [f"**{escape_md(table.caption)}**", ""] if table.caption else []
    if table.unit_in_grid():  # (a unit line above the table is a paragraph of its own)
        caption += [escape_md(f"单位：{table.unit}"), ""]
    return "\n".join(caption + [head, rule] + rows)


def _raw_table(block: Block) -> str:
    rows = block.rows or ()
    width = max((len(r) for r in rows), default=1)
    lines = ["| " + " | ".join(_cell(c) for c in list(r) + [""] * (width - len(r))) + " |"
             for r in rows]
    if lines:
        lines.insert(1, "| " + " | ".join(["---"] * width) + " |")
    return "\n".join(lines)


def document_markdown(doc: Document) -> str:
    tables = {t.id: t for t in doc.tables}
    parts = [block_markdown(b, tables) for b in doc.blocks]
    return "\n\n".join(p for p in parts if p) + "\n"
