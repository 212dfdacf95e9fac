"""Group rows of a table at two levels: a row that names a group (``一、县道提质改造``) over rows
that name its parts (``（一）北部片区``), each over its data rows::

    序号⇥项目名称⇥建设里程⇥投资额
    一、县道提质改造
    （一）北部片区
    1⇥城关至石门公路⇥12.5⇥3750
    （二）南部片区
    3⇥南浦至桂花公路⇥6.0⇥1800
    二、通村公路硬化
    4⇥城关镇通村公路⇥15.3⇥1530

A group's row stands for every row under it until the next group of its level or a higher one:
a part (（二）) replaces the part before it and keeps its group (一、), a group (二、) ends the
parts of the one before. A table whose groups are of one level keeps one column, ``分组``; one
with parts inside its groups gets a second, ``子分组`` (empty under a group printed without
parts). Without it the part replaced its group, whose name was lost.
"""

from __future__ import annotations

import re

from .columns import GROUP_COLUMN, SUBGROUP_COLUMN
from .normalize import fold
from .numbering import numbering
from .tablerows import is_group, is_numbered_group

Path = tuple[tuple[int, str], ...]


def group_level(value: str) -> int:
    """The outline level a group's row is numbered at: ``一、…`` 1, ``（一）…`` 2, a numeral
    alone in its own cell (``一 基础设施类``) 1."""
    found = numbering(fold(value))
    return found[1] if found is not None and found[0] == "outline" else 1


def enter_group(path: Path, value: str) -> Path:
    """The groups the rows under ``value`` belong to, from the outermost: ``value`` after the
    groups of ``path`` numbered at a higher level than it (``（二）南部片区`` under
    ``一、县道提质改造``; ``二、…`` alone)."""
    level = group_level(value)
    return tuple(g for g in path if g[0] < level)[:1] + ((level, value),)


_FIGURE = re.compile(r"[-+－]?\d[\d,.]*%?")


def rows_numbered(rows: list[list[str | None]]) -> bool:
    """The first column numbers the rows (1, 2, 3 …, two at least)."""
    return sum(1 for r in rows if r and r[0] is not None and r[0].isdigit()) >= 2


def is_group_with_sums(cells: list[str | None], width: int) -> bool:
    """A group's row that prints the group's sums, in a table whose first column numbers the rows
    (``rows_numbered``): its name in the number's column, numbered as a heading (一、/（一）), the
    name's column empty, the other cells figures: ``一、县道提质改造⇥⇥26.7⇥8010`` over ``1⇥城关至石门
    公路⇥12.5⇥3750``. A row of a budget's items (``一、税收收入⇥52000⇥…``, its name in the items'
    column and no row numbers beside it) is data."""
    if width < 3 or len(cells) < 3 or cells[0] is None or cells[1] is not None:
        return False
    found = numbering(fold(cells[0]))
    figures = [c for c in cells[2:] if c]
    return found is not None and found[0] == "outline" and found[1] <= 2 and len(fold(cells[0])) > len(found[2]) \
        and bool(figures) and all(_FIGURE.fullmatch(c) for c in figures)


def is_numeral_group_with_sums(cells: list[str | None], width: int) -> bool:
    """A group's row that prints the group's sums with its numeral alone in the number's column
    and its name in the next: ``一⇥产业发展⇥1,260⇥800`` over ``1⇥白沙镇茶叶基地提质⇥420⇥300``
    (``is_numbered_group``'s row with figures in its other cells, all of them figures). Whether
    rows numbered 1, 2, 3 stand under it is the caller's question; a row of words after the
    name (``一⇥产业发展⇥详见附件``) is none."""
    if len(cells) < 3 or cells[1] is None \
            or not is_numbered_group([cells[0], cells[1]] + [None] * (len(cells) - 2), width):
        return False  # (asked first: a numeral alone is rare, figures are in most rows)
    figures = [c for c in cells[2:] if c]
    return bool(figures) and all(_FIGURE.fullmatch(c) for c in figures)


def group_beside_an_empty_number(cells: list[str | None], width: int) -> bool:
    """A group's row printed in the name's column with the number's column empty and the cells
    after it empty, as a table whose groups are rows of a cell spanning all but the number's
    gives it: ``⇥一、平原乡镇⇥⇥`` over ``1⇥城关镇⇥128⇥128``. Whether the first column numbers the
    rows is the caller's question (``rows_numbered``); a name not numbered as a heading
    (``⇥城关镇``) or a cell after it (``⇥一、平原乡镇⇥128``) is none."""
    return width >= 3 and len(cells) >= 2 and cells[0] is None and cells[1] is not None \
        and not any(cells[2:]) and is_group([cells[1]], width)


# What a group's numeral in its own cell starts with (``_GROUP_NUMERAL``: 一, （一）).
_NUMERAL_FIRSTS = "(（一二三四五六七八九十"


def may_name_a_group(cells: list[str | None]) -> bool:
    """What the rules of a group's row ask first (``is_group``, ``group_beside_an_empty_number``,
    ``is_numbered_group``, ``is_group_with_sums``, ``is_numeral_group_with_sums``): a row whose
    first two cells are filled, the first no numeral, is none of them (most rows: 1⇥城关镇⇥…)."""
    return len(cells) < 2 or cells[0] is None or not cells[1] or cells[0][:1] in _NUMERAL_FIRSTS


def group_cells(groups: list[Path]) -> tuple[list[str], list[list[str | None]]]:
    """The titles of the grouping columns and each row's cells in them: none when no row is in a
    group, one column when no group has parts, two when one has (the part's cell empty under a
    group without parts)."""
    depth = max((len(p) for p in groups), default=0)
    if depth == 0:
        return [], [[] for _ in groups]
    titles = [GROUP_COLUMN, SUBGROUP_COLUMN][:depth]
    return titles, [[p[d][1] if d < len(p) else None for d in range(depth)] for p in groups]


__all__ = ["GROUP_COLUMN", "SUBGROUP_COLUMN", "enter_group", "group_cells", "group_level", "is_group_with_sums",
           "group_beside_an_empty_number", "is_numeral_group_with_sums", "may_name_a_group", "rows_numbered"]
