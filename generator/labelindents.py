"""The indentation of a row's label in a table set with spaces or drawn with bars, kept in the
row's raw cells as a tab table keeps it, where a budget's or an indicator table's levels are
printed by it alone::

    项目                         预算数     决算数          │项目            │预算数│
    一般公共服务支出              12000      11800          │一般公共服务支出│12000 │
      人大事务                      820        815          │　人大事务      │820   │
        行政运行                    600        600          │　　行政运行    │600   │

A table set with spaces is rewritten as tab rows (spacedtables), a box's cells are split at its
bars (grids): both took the label's leading spaces off with the spaces between the columns, and
the total then added every level (subrows.label_indents reads the raw cells). Here the label (a
row's first cell that is no row number) keeps what it is indented by beyond the least indented
label of its column: spaces as many as the columns it stands right of it (a table set with
spaces), the whitespace it prints (a box, a Markdown table, whose one space of padding every cell
has), the spaces a web page's cell opens with (``&nbsp;&nbsp;``, ``&emsp;``). Tables drop it with the rest of a cell's edges (tablerows.cell); only the text's spacing
changes.
"""

from __future__ import annotations

import re

from .spacedrows import FIGURE as _FIGURE  # (1,250, 95.5, 12%)

# A row's number as a 序号 column prints it (subrows._ROW_NUMBER): no label.
_ROW_NUMBER = re.compile(r"\d{1,4}[、.．]?|[(（]\d{1,4}[)）]|[一二三四五六七八九十]{1,3}、?")
_BARS = re.compile(r"[│┃║|｜]")


def label_column(cells: list[str] | tuple[str, ...]) -> int | None:
    """The column of a row's label: its first cell of words that is no row number, a figure in a
    cell after it (a header's title, a unit's line, a group's name or a 其中 alone: no row whose
    level a total asks, nor one to measure the others' indentation by)."""
    for c, value in enumerate(cells):
        text = value.strip()
        if text and not _ROW_NUMBER.fullmatch(text):
            return c if any(_FIGURE.fullmatch(v.strip()) for v in cells[c + 1:]) else None
    return None


def indents_over_least(labels: list[tuple[int | None, int | None]], least: dict[int, int] | None = None) -> list[int]:
    """Each row's indentation beyond the least indented label of its column, from each row's
    (label column, where its label starts); ``least``: where labels start at the least as known
    from elsewhere (the columns of a table's first page, under the rows of the next)."""
    base = dict(least or {})
    for c, at in labels:
        if c is not None and at is not None:
            base[c] = min(base.get(c, at), at)
    return [at - base[c] if c is not None and at is not None else 0 for c, at in labels]


def spaced_indents(rows: list[tuple[int, list[str]]], starts: list[dict[int, int]],
                   least: dict[int, int] | None = None) -> list[int]:
    """The indentation of each row's label in a table set with spaces: ``rows`` each as (its first
    line, its cells' texts), ``starts`` each line's first word's start in each column."""
    labels = []
    for first, cells in rows:
        c = label_column(cells)
        labels.append((c, starts[first].get(c) if c is not None else None))
    return indents_over_least(labels, least)


def with_indent(cells: list[str], indent: int) -> list[str]:
    """The cells with the label's indentation before it, as spaces."""
    c = label_column(cells) if indent > 0 else None
    if c is None:
        return cells
    return cells[:c] + [" " * indent + cells[c]] + cells[c + 1:]


def delimited_rows(texts: list[str], cells: list[list[str]]) -> list[str]:
    """Tab rows of lines whose cells stand apart by runs of spaces (``texts`` the lines, ``cells``
    each line's cells), a label in the first cell indented as its line is beyond the least
    indented of them (the lines' other cells' indentation is lost in the runs)."""
    labels = [(0, len(t) - len(t.lstrip())) if label_column(row) == 0 else (None, None) for t, row in zip(texts, cells)]
    return ["\t".join(with_indent(row, n)) for row, n in zip(cells, indents_over_least(labels))]


# What a web page's cell opens with to indent its label: spaces on the cell's own line, no-break
# and em spaces, as characters or as references (&nbsp;, &emsp;, &#12288;).
_HTML_LEAD = re.compile(r"(?:[ \u00a0\u3000\u2002\u2003]|&(?:nbsp|ensp|emsp|#160|#xa0|#12288|#x3000|#8194|#8195);)+", re.I)
_HTML_SPACE = re.compile(r"&[#\w]+;")


# A style's indentation: an editor's indent button (padding-left: 30px), a first line's indent.
_CSS_INDENT = re.compile(r"(?:padding-left|margin-left|text-indent)\s*:\s*(\d{1,4}(?:\.\d+)?)\s*(px|pt|em|rem)?", re.I)
_EMS = {"px": 1 / 16, "pt": 1 / 12, "em": 1.0, "rem": 1.0}
_OPENING_TAGS = re.compile(r"(?:\s*<[a-zA-Z][^<>]{0,200}>)+")


def html_lead(markup: str, attrs: str = "") -> int:
    """How far an HTML cell's text is indented (``<td>&nbsp;&nbsp;罚没收入</td>``): the spaces and
    space references it opens with, each one, and the indentation a style gives it, the cell's
    (``attrs``) or a tag's it opens with (``<td><p style="padding-left: 30px;">``, two for each em);
    none for the layout's own whitespace (a newline before the text: the markup's indentation)."""
    styled = _ems(attrs) if attrs else 0.0
    tags = _OPENING_TAGS.match(markup) if markup.lstrip()[:1] == "<" else None
    if tags:
        styled, markup = styled + _ems(tags.group()), markup[tags.end():]
    m = _HTML_LEAD.match(markup) if markup[:1] in " &\u00a0\u3000\u2002\u2003" else None
    return (len(_HTML_SPACE.sub(" ", m.group())) if m else 0) + round(styled * 2)


def _ems(markup: str) -> float:
    """The indentation (in ems) the styles of ``markup`` give."""
    if "left" not in markup and "indent" not in markup:
        return 0.0
    return sum(float(n) * _EMS[(unit or "px").lower()] for n, unit in _CSS_INDENT.findall(markup))


def html_unindented(text: str) -> str:
    """A web table cell's text without the spaces and space references it opens with."""
    return _HTML_LEAD.sub("", text, count=1)


def html_labels_indented(cells: list[str], leads: dict[int, int]) -> list[str]:
    """A web table's row with its label indented as its cell's markup is (``leads``: each cell's
    ``html_lead`` by its column)."""
    c = label_column(cells)
    return with_indent(cells, leads.get(c, 0)) if c is not None else cells


def cell_leads(text: str) -> list[str]:
    """The whitespace each cell of a box's line opens with, cell by cell as ``grids.box_cells``
    splits the line (the bars at its ends aside)."""
    stripped = text.strip()
    parts = _BARS.split(stripped)
    if stripped[:1] and _BARS.match(stripped[:1]):
        parts = parts[1:]
    if stripped[-1:] and _BARS.match(stripped[-1:]):
        parts = parts[:-1]
    return [p[:len(p) - len(p.lstrip())] for p in parts]


def box_labels_indented(rows: list[tuple[str, ...]], leads: list[list[str]]) -> list[tuple[str, ...]]:
    """A box's rows with each label's leading whitespace beyond the least of its column before
    it (``leads``: each row's first line's, ``cell_leads``); rows as they are when no label is
    indented more than another."""
    labels = []
    for cells, lead in zip(rows, leads):
        c = label_column(cells)
        labels.append((c, len(lead[c]) if c is not None and c < len(lead) else None))
    indents = indents_over_least(labels)
    if not any(indents):
        return rows
    out = []
    for cells, lead, (c, _), indent in zip(rows, leads, labels, indents):
        if indent > 0:
            cells = cells[:c] + (lead[c][len(lead[c]) - indent:] + cells[c],) + cells[c + 1:]
        out.append(cells)
    return out


__all__ = ["box_labels_indented", "cell_leads", "delimited_rows", "html_labels_indented", "html_lead", "html_unindented", "indents_over_least", "label_column", "spaced_indents", "with_indent"]
