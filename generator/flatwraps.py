"""A cell of a row printed one cell a line (grids' flat tables) that the wrap cut onto a line of
its own with no mark to tell it (no 、 or open bracket at the cut: ``flatpages.rejoined_cell``)::

    序号 / 工作任务 / 牵头单位 / 配合单位 / 完成时限
    1
    推进城区老旧小区改造，完成改造小区
    12个                                  <- the task's end
    县住建局
    县财政局、县自然资源局、城关镇
    2024年12月底
    2
    实施农村饮水安全巩固提升工程
    县水利局
    …

The row prints one line more than the header's titles. Which two lines are one cell is told by
the other rows: joined there, the row's cells fall under columns of their kind — an organ under
the organs (县住建局 under 县水利局, 县城管局), a date under the dates, a figure under the figures.
Only a join that fits them better than every other is taken; otherwise the row is left as it was
read (its last cells joined).
"""

from __future__ import annotations

import re

from .normalize import fold
from .patterns import is_date_line, is_org_only

MIN_ROWS = 2  # other rows that tell a column's kind, at least
_FIGURE = re.compile(r"[+-]?[\d.,]+[%％]?")
_DEADLINE = re.compile(r"\d{4}年(?:\d{1,2}月)?(?:底|前|上旬|中旬|下旬|底前)?")


def _kind(value: str | None) -> str | None:
    """What a cell holds, as far as a column tells it: a figure, a date or deadline (2024年12月底),
    an organ's name; None for other words."""
    if not value:
        return None
    key = fold(value)
    if _FIGURE.fullmatch(key):
        return "figure"
    if is_date_line(key) or _DEADLINE.fullmatch(key):
        return "date"
    if is_org_only(key):
        return "organ"
    return None


def column_kinds(others: list[tuple[str, ...]], width: int) -> list[str | None] | None:
    """The kind of each of ``width`` columns (``_kind``) where every one of the ``others`` rows as
    wide holds a cell of one kind there, else None for the column; None when fewer than
    ``MIN_ROWS`` rows are as wide. Asked once a table: the same for each of its cut rows."""
    others = [row for row in others if len(row) == width]
    if len(others) < MIN_ROWS:
        return None
    kinds = []
    for c in range(width):
        seen = {_kind(row[c]) for row in others}
        kinds.append(seen.pop() if len(seen) == 1 else None)
    return kinds


def joined_by_columns(cells: list[str], others: list[tuple[str, ...]],
                      kinds: list[str | None] | None = None) -> list[str] | None:
    """``cells``, a row's lines one more than the table's columns, with the two lines that are one
    cell joined, where the ``others`` rows (as wide as the table) tell it: the join whose cells
    fall under the most columns of their kind (every other row's cell there of one kind) and the
    fewest of another. None when fewer than ``MIN_ROWS`` rows tell, no column has a kind, or two
    joins fit as well. ``kinds``: the columns' kinds (``column_kinds`` of ``others``) when the
    caller has them, so that a table of many cut rows reads its other rows once, not once a row."""
    width = len(cells) - 1
    if kinds is None:
        kinds = column_kinds(others, width)
    if kinds is None or len(kinds) != width or not any(kinds[1:]):
        return None
    scored = []
    for k in range(1, width):  # (the row's number, first, is no cell's part)
        if _kind(cells[k]) == "figure" or _kind(cells[k + 1]) == "figure":
            continue  # (a figure is no part of a cut cell: a page's bare number among the cells, flatpages)
        joined = cells[:k] + [cells[k] + cells[k + 1]] + cells[k + 2:]
        fit = sum(1 if _kind(v) == kind else -1 for v, kind in zip(joined, kinds) if kind)
        scored.append((fit, joined))
    if not scored:
        return None
    scored.sort(key=lambda s: -s[0])
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return scored[0][1]


__all__ = ["column_kinds", "joined_by_columns"]
