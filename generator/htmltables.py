"""Tables a web page's extraction left as HTML markup: ``<tr><td>序号</td><td>项目名称</td>…</tr>``,
a row on one line or its cells on lines of their own between ``<tr>`` and ``</tr>``.

Each row becomes one tab row, its cells in order (a cell spanning columns, ``colspan="2"``, followed
by as many empty cells as it spans more; a cell spanning rows, ``rowspan="2"``, an empty cell at its
columns in the rows under it, or its text where a data row's cell spans rows past the row's first
cells: ``_spanned_again``), so that the table is read as a pdftotext table is. A row
of one cell (a caption over the table, ``<tr><td colspan="4">南浦县重点项目表</td></tr>``) is a line
of text. A row over several lines is one line holding them all (``Line.joined`` its last), as a
spaced table's is; a line of two cells or more and nothing else beside another is a row whose
``<tr>`` the copy lost (``<td>1</td><td>城关镇</td><td>36</td>``). Lines are left as they are where a row is not closed within a few lines, or
where text stands outside the row's markup on its first or last line (nothing is lost).
"""

from __future__ import annotations

import re

from .labelindents import html_labels_indented, html_lead, html_unindented
from .model import Line
from .normalize import fold
from .partedlines import lines_parted
from .spacing import WIDEST_STEP, right_under

_ROW_OPEN = re.compile(r"<tr\b[^<>]{0,200}>", re.I)
_ROW_CLOSE = re.compile(r"</tr\s*>", re.I)
_CELL_OPEN = re.compile(r"<t[dh]\b(?P<attrs>[^<>]{0,200})>", re.I)
_SPAN = re.compile(r"colspan\s*=\s*[\"']?(\d{1,2})", re.I)
_ROWSPAN = re.compile(r"rowspan\s*=\s*[\"']?(\d{1,2})", re.I)
_TAG = re.compile(r"<[^<>]{0,200}>")
MAX_ROW_LINES = 30  # a row's cells one a line: a wide table's row, never a page of text


def html_rows(lines: list[Line]) -> list[Line]:
    """``lines`` with every row of an HTML table rewritten as a tab row (see the module)."""
    if not any("<" in line.text and _CELL_OPEN.search(line.text) for line in lines):
        return list(lines)  # (no table cell anywhere: most documents)
    lines = rows_parted(lines)
    out: list[Line] = []
    i, n = 0, len(lines)
    covering: dict[int, int] = {}  # (the columns cells spanning rows cover in the rows under them)
    spanning: dict[int, str] = {}  # (the text of a data row's cell spanning rows, by its column)
    while i < n:
        line = lines[i]
        opened = _ROW_OPEN.search(line.text) if "<" in line.text else None
        end = _row_end(lines, i) if opened else None
        covered = set(covering)
        cells = None if end is None or _TAG.sub("", line.text[:opened.start()]).strip() \
            or _TAG.sub("", _after_close(lines[end].text)).strip() \
            else _cells(_inside(lines, i, end, opened.end()), covering)
        if opened is None and "<" in line.text and _row_without_its_tags(lines, i):
            end, cells = i, _cells(line.text.strip(), covering)
        if cells is None:
            if "<table" in line.text.lower() or _TAG.sub("", line.text).strip():
                covering.clear()  # (another table, or text: a blank line or <tbody> between rows keeps it)
            out.append(line)
            i += 1
            continue
        _spanned_again(cells, covered, covering, spanning)
        text = "\t".join(cells) if len(cells) > 1 else (cells[0] if cells else "")
        last = lines[end].last if end > i else line.joined
        out.append(Line(line.no, text, fold(text), any(x.page_break for x in lines[i:end + 1]), last,
                        at=line.at))
        i = end + 1
    return out


_FIGURE = re.compile(r"[\d,，.%]+")


def _whole_row(part: str) -> bool:
    """A part of a line holding one row, opened and closed, and nothing but tags outside it."""
    opened, closed = _ROW_OPEN.search(part), _ROW_CLOSE.search(part)
    return opened is not None and closed is not None and opened.end() <= closed.start() \
        and len(_ROW_CLOSE.findall(part)) == 1 and not _TAG.sub("", part[:opened.start()] + part[closed.end():]).strip()


def rows_parted(lines: list[Line]) -> list[Line]:
    """A table whose rows a converter wrote on one line (MinerU, Doc2X: ``<table><tr><td>序号</td>…
    </tr><tr><td>1</td>…</tr></table>``) read as a line a row: the line parted before each row's
    ``<tr>`` but the first (every character kept, the table's tags with its first and last row),
    each part keeping the line's number with a place of its own (``partedlines``)."""
    def parts_of(k: int) -> list[str] | None:
        text = lines[k].text
        opens = [m.start() for m in _ROW_OPEN.finditer(text)]
        if len(opens) < 2 or len(_ROW_CLOSE.findall(text)) < 2:
            return None
        cuts = [0, *opens[1:], len(text)]
        parts = [text[a:b] for a, b in zip(cuts, cuts[1:])]
        return parts if all(_whole_row(part) for part in parts) else None
    candidates = [k for k, line in enumerate(lines) if "<" in line.text and line.text.lower().count("<tr") >= 2]
    return lines_parted(lines, parts_of, lambda line, parts: None, candidates)[0] if candidates else lines


def _spanned_again(cells: list[str], covered: set[int], covering: dict[int, int], spanning: dict[int, str]) -> None:
    """A data row's cell spanning rows past its row's first cells (``<td rowspan="2">县住建局</td>``
    in the 牵头单位 column, ``2024年10月底前`` in the last): its text in each row under it that it
    covers, where the row prints a cell before it, as the page shows the merged cell beside each
    of its rows (an empty cell there would be read as empty; leading cells left empty are filled
    from the row above by tables, which keeps a row's number off its 其中 parts). ``covered``: the
    columns covered in this row; ``spanning``: each covering cell's text, kept for the rows under
    it when the row it opens holds a figure (a header's cells spanning rows are titles) and the
    cell is no figure itself (补助资金 800 over two roads: one amount for the rows together, kept
    on its first row, where printed again it would be counted twice in the column's total)."""
    for c in sorted(covered):
        if c < len(cells) and c in spanning and any(cells[:c]):
            cells[c] = spanning[c]
    data = any(_FIGURE.fullmatch(cell) for cell in cells if cell)
    for c in covering:
        if c not in covered:
            if data and c < len(cells) and cells[c] and not _FIGURE.fullmatch(cells[c]):
                spanning[c] = cells[c]
            else:
                spanning.pop(c, None)


# A line of cells and nothing else: <td>1</td><td>城关镇</td><td>36</td>.
_BARE_ROW = re.compile(r"\s*<t[dh]\b[^<>]{0,200}>.*</t[dh]\s*>\s*", re.I)


def _row_without_its_tags(lines: list[Line], i: int) -> bool:
    """Line ``i`` is a row whose ``<tr>`` and ``</tr>`` the copy lost: two cells or more and nothing
    outside them (``<td>1</td><td>城关镇</td><td>36</td>``), beside a line of the same kind (a
    table's rows one a line, also in a text printed double-spaced, where the layout's blank line
    stands between them: ``spacing.places``; a line of cells alone in the text is left as it is)."""
    def bare(k: int) -> bool:
        text = lines[k].text
        return 0 <= k < len(lines) and "<" in text and _BARE_ROW.fullmatch(text) is not None \
            and len(_CELL_OPEN.findall(text)) >= 2
    return bare(i) and any(k is not None and bare(k) for k in (_next_text(lines, i, -1), _next_text(lines, i, 1)))


def _next_text(lines: list[Line], i: int, step: int) -> int | None:
    """The index of the non-blank line right over (``step`` -1) or right under (1) line ``i`` in
    the text as read (by their places), if any."""
    k = i + step
    while 0 <= k < len(lines) and lines[k].blank and abs(k - i) <= WIDEST_STEP:
        k += step
    if not 0 <= k < len(lines) or lines[k].blank:
        return None
    above, below = (lines[k], lines[i]) if step < 0 else (lines[i], lines[k])
    return k if right_under(above, below) else None


def _row_end(lines: list[Line], i: int) -> int | None:
    """The line closing the row opened on line ``i`` (``</tr>``), within MAX_ROW_LINES; none when
    another row opens first or none closes it."""
    first = lines[i].text
    tail = first[_ROW_OPEN.search(first).end():]
    if _ROW_CLOSE.search(tail):
        return i
    if _ROW_OPEN.search(tail):
        return None
    for j in range(i + 1, min(len(lines), i + MAX_ROW_LINES)):
        text = lines[j].text
        if _ROW_CLOSE.search(text):
            opened, closed = _ROW_OPEN.search(text), _ROW_CLOSE.search(text)
            return j if opened is None or opened.start() > closed.start() else None
        if _ROW_OPEN.search(text):
            return None
    return None


def _after_close(text: str) -> str:
    return text[_ROW_CLOSE.search(text).end():]


def _inside(lines: list[Line], i: int, end: int, start: int) -> str:
    """The markup between the row's opening (at ``start`` on line ``i``) and its closing."""
    parts = [x.text for x in lines[i:end + 1]]
    parts[0] = parts[0][start:]
    closing = _ROW_CLOSE.search(parts[-1])
    parts[-1] = parts[-1][:closing.start()]
    return "\n".join(parts)


def _cells(markup: str, above: dict[int, int] | None = None) -> list[str] | None:
    """The cells' texts, each without markup and with its whitespace as single spaces; a cell
    spanning ``colspan`` columns, then one empty cell for each further column it spans. None when
    the row holds no cell, or text outside its cells. ``above``: the columns cells of the rows
    above still cover (``rowspan``), each with how many rows more, updated for the next row."""
    covering = {} if above is None else above
    opens = list(_CELL_OPEN.finditer(markup))
    if not opens or _TAG.sub("", markup[:opens[0].start()]).strip():
        return None
    if len(opens) == 1 and not covering:  # (one cell, however many columns it spans: a caption, a note under the table)
        return [" ".join(_TAG.sub(" ", markup[opens[0].end():]).split())]
    cells: list[str] = []
    below: dict[int, int] = {}
    leads: dict[int, int] = {}  # (how far each cell's text is indented: a label's level, labelindents)
    for k, m in enumerate(opens):
        _covered(cells, covering, below)
        stop = opens[k + 1].start() if k + 1 < len(opens) else len(markup)
        column = len(cells)
        cells.append(" ".join(_TAG.sub(" ", markup[m.end():stop]).split()))
        if (lead := html_lead(markup[m.end():stop], m.group("attrs"))) and cells[-1]:
            leads[column] = lead
            cells[-1] = html_unindented(cells[-1])
        span = _SPAN.search(m.group("attrs"))
        cells.extend([""] * (min(int(span.group(1)), 50) - 1 if span else 0))
        rows = _ROWSPAN.search(m.group("attrs"))
        for c in range(column, len(cells)) if rows and int(rows.group(1)) > 1 else ():
            below[c] = min(int(rows.group(1)), 50) - 1
    _covered(cells, covering, below)
    below.update((c, n - 1) for c, n in covering.items() if n > 1)  # (columns past the row's last cell)
    covering.clear()
    covering.update(below)
    return html_labels_indented(cells, leads) if leads else cells


def _covered(cells: list[str], covering: dict[int, int], below: dict[int, int]) -> None:
    """An empty cell for each column from the row's next on that a cell of a row above covers
    (``<td rowspan="2">项目</td>`` over ``<th>金额</th><th>占比</th>``: the sub-titles' row
    starts with an empty cell), as a ruled table's merged cell leaves its lower rows' cells."""
    while len(cells) in covering:
        rows = covering.pop(len(cells))
        if rows > 1:
            below[len(cells)] = rows - 1
        cells.append("")


__all__ = ["html_rows", "rows_parted"]
