"""HTML for a document's body and its tables, every piece of gazette text escaped.

Rendered here, in Python, rather than left to Markdown: the pages stay light for MkDocs (raw HTML
blocks pass through without being parsed) and nothing from a gazette is ever read as markup.
"""

from __future__ import annotations

import re
from html import escape

from .. import extract
from ..model import Block

NUMERIC = ("integer", "number")
_MARKUP = re.compile(r"[&<>\"']")


def e(value) -> str:
    """Text as HTML: the characters of markup escaped (most gazette text has none of them, and
    is returned as it is)."""
    text = "" if value is None else str(value)
    return escape(text, quote=True) if _MARKUP.search(text) else text


def table_html(table, caption: bool = True, table_id: str | None = None, limit: int | None = None,
               caption_html: str | None = None, heading=None, cells_lang: str | None = None) -> str:
    """An accessible table: caption, header cells with scope, numbers right-aligned; sorting and
    filtering are added by tables.js when scripts run and the table reads fine without.
    ``caption_html`` and ``heading(column)`` give the caption and the column titles in the page's
    language (escaped HTML); ``cells_lang`` marks the cells' language when it is not the page's."""
    attrs = f' id="{e(table_id)}"' if table_id else ""
    out = [f'<div class="gb-table-wrap"><table class="gb-table" data-sortable{attrs}>']
    # The unit printed in the grid goes with the caption (a unit line above the table is a
    # paragraph of the body, shown as such).
    unit = f'<span class="gb-unit" lang="zh">单位：{e(table.unit)}</span>' if table.unit_in_grid() else ""
    if caption and (table.caption or unit):
        out.append(f"<caption>{caption_html or e(table.caption or '')}{' ' if table.caption and unit else ''}{unit}</caption>")
    out.append("<thead><tr>")
    for column in table.columns:
        cls = ' class="gb-num"' if column.type in NUMERIC else ""
        title = heading(column) if heading else e(column.title)
        out.append(f'<th scope="col"{cls} data-type="{e(column.type)}">{title}</th>')
    # Cells in another language than the page's are not indexed for the page's search: the
    # Chinese site indexes them.
    lang = f' lang="{e(cells_lang)}" data-pagefind-ignore="all"' if cells_lang else ""
    out.append(f"</tr></thead><tbody{lang}>")
    rows = table.rows if limit is None else table.rows[:limit]
    for row in rows:
        out.append("<tr>")
        for column, value in zip(table.columns, row):
            cls = ' class="gb-num"' if column.type in NUMERIC else ""
            out.append(f"<td{cls}>{e(value)}</td>")
        out.append("</tr>")
    out.append("</tbody>")
    if table.total is not None:
        out.append(f"<tfoot{lang}><tr>")
        for column, value in zip(table.columns, table.total):
            cls = ' class="gb-num"' if column.type in NUMERIC else ""
            out.append(f"<td{cls}>{e(value)}</td>")
        out.append("</tr></tfoot>")
    out.append("</table></div>")
    return "".join(out)


def _raw_table(block: Block) -> str:
    rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in block.rows or ())
    return f'<div class="gb-table-wrap"><table class="gb-table"><tbody>{rows}</tbody></table></div>'


# Header lines shown as printed (the title is the page's own <h1>).
HEADER_KINDS = extract.HEADER_KINDS - {"title"}


def body_html(doc, table_link, table_label=None, label_lang: str | None = None, tables_html=None) -> str:
    """The document from its title down, block by block. ``table_link(table_id)`` gives the
    relative URL of a table's own page, ``table_label(table)`` the words of the link (in the
    language ``label_lang`` when it is not the body's). ``tables_html(table)``, when given,
    renders a table as ``table_html(table, table_id=table.id)`` does (a page that shows the
    same table again can keep what it gave)."""
    render = tables_html or (lambda table: table_html(table, table_id=table.id))
    tables = {t.id: t for t in doc.tables}
    out: list[str] = []
    # Each attachment's place, which the page's list of attachments links to (#att-<first line>):
    # its 附件N heading's, or the first element shown from its first line on (an attachment
    # printed under its title alone opens with that title's heading).
    starts = sorted(a.first for a in doc.attachments if a.first is not None)
    for block in doc.blocks:
        shown = len(out)
        _block_html(block, out, tables, render, table_link, table_label, label_lang)
        if starts and starts[0] <= block.first and len(out) > shown:
            anchor = f'id="att-{starts.pop(0)}"'
            if anchor in out[shown]:
                continue  # (a 附件N heading's own)
            if ' id="' in out[shown]:  # (an element with an id of its own: a place before it)
                out[shown] = f"<span {anchor}></span>{out[shown]}"
            else:
                out[shown] = _FIRST_TAG.sub(lambda m: f"{m.group(0)} {anchor}", out[shown], count=1)
    return "\n".join(out)


_FIRST_TAG = re.compile(r"^<\w+")


def _block_html(block, out: list[str], tables, render, table_link, table_label, label_lang) -> None:
    """The HTML of one block of a document's body, appended to ``out`` (nothing for the title and
    the page's furniture)."""
    kind = block.kind
    if kind in HEADER_KINDS:
        out.append(f'<p class="gb-header-line">{e(block.text)}</p>')
    elif kind == "title":
        return  # the page's own <h1>
    elif kind == "furniture":
        return  # page numbers and running heads of the printed issue
    elif kind == "rule":
        out.append('<hr class="gb-rule">')
    elif kind == "heading":
        level = 2 if not block.level else min(6, block.level + 2)
        cls = ' class="gb-caption"' if not block.level else ""
        out.append(f"<h{level}{cls}>{e(block.text)}</h{level}>")
    elif kind == "attachment":
        label = " ".join(x for x in (block.marker, block.text) if x)
        out.append(f'<h2 class="gb-attachment" id="att-{block.first}">{e(label)}</h2>')
    elif kind == "table":
        table = tables.get(block.table) if block.table else None
        if table is None:
            out.append(_raw_table(block))
        else:
            # Indexed for search on the table's own page, not twice.
            out.append(render(table).replace(
                '<div class="gb-table-wrap">', '<div class="gb-table-wrap" data-pagefind-ignore="all">', 1))
            label = table_label(table) if table_label else table.id
            lang = f' lang="{e(label_lang)}"' if label_lang else ""
            out.append(f'<p class="gb-table-link"{lang}><a href="{e(table_link(table.id))}">{e(label)}</a></p>')
    elif kind in ("signature", "attachment_list"):
        lines = "<br>".join(e(x) for x in block.text.split("\n"))
        out.append(f'<p class="gb-{kind.replace("_", "-")}">{lines}</p>')
    elif kind in ("date", "imprint", "note", "cc", "recipients"):
        out.append(f'<p class="gb-{kind}">{e(block.text)}</p>')
    elif kind == "list_item":
        out.append(f'<p class="gb-item gb-level-{block.level or 0}">{e(block.text)}</p>')
    elif kind == "article":
        out.append(f'<p class="gb-article">{e(block.text)}</p>')
    else:
        out.append(f"<p>{e(block.text)}</p>")
