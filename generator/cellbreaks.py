"""A table's header whose cells hold line breaks, as a Word or web table saved as text prints it:
each cell's lines on lines of their own, a tab only where a cell ends::

    序号⇥乡镇⇥新改建
    农村公路
    （公里）⇥危桥改造
    任务
    （座）⇥安全防护
    设施
    （公里）
    1⇥城关镇⇥12.5⇥2⇥8.0

The header's lines are one tab row (``序号⇥乡镇⇥新改建农村公路（公里）⇥危桥改造任务（座）⇥安全防护设施（公里）``,
``Line.joined`` its last line), each cell's lines run together: where the lines from a table's
first tab row to the row under them hold, between their tabs, as many cells as that row has, the
cells titles (short words, no figure), and a line under the first carries on a cell and opens
another (a header broken in its last cell only is the titles' wrap: tables)."""

from __future__ import annotations

from .model import Line
from .normalize import fold
from .tablerows import HEADER_CELL_MAX, looks_like_header

_MAX_LINES = 12  # lines a header so broken may take


def _tabs(line: Line) -> int:
    return line.text.count("\t")


def _broken_header(lines: list[Line], i: int) -> int | None:
    """The last line of a header broken inside its cells that opens at the tab row ``i`` (the
    first of its run), the row under it a tab row as wide as the header's cells; None otherwise."""
    tabs = _tabs(lines[i])
    for j in range(i + 1, min(len(lines) - 1, i + _MAX_LINES)):
        line = lines[j]
        if not line.key or len(line.text.strip()) > 3 * HEADER_CELL_MAX or any(c.isdigit() for c in line.key):
            return None  # (a row of figures, a sentence: no header's line)
        tabs += _tabs(line)
        under = _tabs(lines[j + 1])
        if under and under == tabs and tabs > _tabs(lines[i]) and lines[j + 1].text[:1] != "\t":
            return j  # (a tab on the lines under the first: a cell's lines before another cell)
    return None


def broken_headers_joined(lines: list[Line]) -> list[Line]:
    """``lines`` with each table header broken inside its cells (module doc) one tab row, and each
    row broken inside a cell (``broken_rows_joined``)."""
    tabbed = [k for k, line in enumerate(lines) if "\t" in line.text]  # (most texts: none)
    if not tabbed:
        return list(lines)
    joined = _headers_joined(lines, tabbed)
    return broken_rows_joined(joined, tabbed if len(joined) == len(lines) else None)


def _headers_joined(lines: list[Line], tabbed: list[int]) -> list[Line]:
    joined: dict[int, tuple[int, Line]] = {}  # (a header's first line: its last line, the row)
    before = -2
    for k in tabbed:
        if k != before + 1 and k + 1 < len(lines) and lines[k + 1].text[:1] != "\t" \
                and (end := _broken_header(lines, k)) is not None and (row := _one_row(lines, k, end)) is not None:
            joined[k] = (end, row)  # (the first tab row of a run)
        before = k
    return _with_joined(lines, joined)


def _one_row(lines: list[Line], k: int, end: int) -> Line | None:
    """The lines ``k`` to ``end`` as one tab row, each cell's lines run together; None where its
    cells are no header's titles."""
    line = lines[k]
    text = "".join(x.text.strip(" \u3000") if x is not line else x.text.rstrip(" \u3000") for x in lines[k:end + 1])
    cells = text.split("\t")
    if not all(cells) or any(len(c) > 3 * HEADER_CELL_MAX for c in cells) or not looks_like_header(cells):
        return None
    return Line(line.no, text, fold(text), any(x.page_break for x in lines[k:end + 1]), lines[end].last, at=line.at)


def _numbered(line: Line) -> bool:
    """The line opens with a row's number in its own cell (``3⇥…``): a row of its own."""
    first = line.text.split("\t", 1)[0].strip()
    return first.isdigit() or (first[:-1].isdigit() and first[-1:] in ".、．")


def broken_rows_joined(lines: list[Line], tabbed: list[int] | None = None) -> list[Line]:
    """``lines`` with each tab row that a line break inside one of its cells cut (Word's plain text
    of a table whose cell holds two paragraphs: ``1⇥安全宣传咨询日⇥县应急局；`` over ``县融媒体中心⇥6月16日``)
    one tab row, the cell's lines run together: a row printing fewer tabs than its table's header,
    not opening with a tab, and the lines under it, none opening with a tab or a row's number of its
    own, whose tabs make up the header's (the last of them holding one at least). A row whose last
    cells were left empty (its tabs trimmed) with a row of its own under it is left as it is: that
    row prints its number, or its tabs make more than the header's."""
    if tabbed is None:  # (the lines holding a tab, when the caller has not found them)
        tabbed = [k for k, line in enumerate(lines) if "\t" in line.text]
    joined: dict[int, tuple[int, Line]] = {}  # (a broken row's first line: its last line, the row)
    width = 0
    before = -2
    past = -1  # (the last line a joined row took)
    for k in tabbed:
        if k <= past:
            continue
        line = lines[k]
        tabs = line.text.count("\t")
        if k != before + 1:
            width = tabs  # (the first tab row of a run: its header)
        elif tabs < width and line.text[:1] != "\t":
            total, j = tabs, k
            while j + 1 < len(lines) and j - k < _MAX_LINES and total < width:
                under = lines[j + 1]
                if not under.key or under.text[:1] == "\t" or _numbered(under):
                    break
                total += _tabs(under)
                j += 1
            if j > k and total == width and _tabs(lines[j]):
                text = "".join(x.text.strip(" \u3000") if x is not line else x.text.rstrip(" \u3000") for x in lines[k:j + 1])
                joined[k] = (j, Line(line.no, text, fold(text), any(x.page_break for x in lines[k:j + 1]), lines[j].last, at=line.at))
                past = before = j
                continue
        before = k
    return _with_joined(lines, joined)


def _with_joined(lines: list[Line], joined: dict[int, tuple[int, Line]]) -> list[Line]:
    """``lines`` with each run ``joined`` names (its first line's index: its last line's, and the
    line that reads it as one) read as that one line."""
    if not joined:
        return list(lines)
    out: list[Line] = []
    k = 0
    while k < len(lines):
        if k in joined:
            end, row = joined[k]
            out.append(row)
            k = end + 1
        else:
            out.append(lines[k])
            k += 1
    return out


__all__ = ["broken_headers_joined", "broken_rows_joined"]
