"""A table copied from a web page one cell a line, each cell set off by a tab before it (or
after it), as a portal's table pasted into a text editor gives it::

    ⇥序号
    ⇥检查单位
    ⇥检查次数
    ⇥1
    ⇥城关镇
    ⇥36

Each line is one cell, not a tab row of an empty cell and a cell: the run's tabs are taken off,
so that the run is read as every table printed one cell a line is (grids.flat_table: the header
up to the line ``1``, each row from its number). Only a run that opens at a 序号 line and holds
nothing but such lines is rewritten; a tab row of two cells or more ends it, and a line of the
run keeps its key (which has no whitespace).
"""

from __future__ import annotations

from dataclasses import replace

from .furniture import is_page_mark
from .grids import HEADER_STARTS
from .model import Line

# The fewest lines of a run: a header of two cells and one row of two.
_MIN_LINES = 4


def lone_cell(line: Line) -> bool:
    """A line holding one cell with tabs only before or after it (``⇥城关镇``, ``36⇥``)."""
    text = line.text
    return "\t" in text and bool(text.strip()) and "\t" not in text.strip()


def lone_cells_untabbed(lines: list[Line]) -> list[Line]:
    """``lines`` with each run of lone cells (``lone_cell``) that opens at a table's 序号 line
    made plain lines, one cell each; a page's number or running head among them is passed over
    (kept as printed)."""
    if not any(line.key in HEADER_STARTS and lone_cell(line) for line in lines):
        return list(lines)
    out = list(lines)
    i, n = 0, len(lines)
    while i < n:
        if not (lines[i].key in HEADER_STARTS and lone_cell(lines[i])):
            i += 1
            continue
        j, cells = i, []
        while j < n and (lone_cell(lines[j]) or (cells and is_page_mark(lines[j]))):
            if lone_cell(lines[j]):
                cells.append(j)
            j += 1
        if len(cells) >= _MIN_LINES:
            for k in cells:
                out[k] = replace(lines[k], text=lines[k].text.strip())
        i = max(j, i + 1)
    return out


__all__ = ["lone_cell", "lone_cells_untabbed"]
