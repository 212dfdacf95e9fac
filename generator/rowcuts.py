"""Rows printed otherwise than one a line at the table's width.

Rows cut inside a cell by the line's end, the cell's rest and the row's last cells on the next
line (``1⇥就业创业⇥城镇新增就业2800人，就业困难人员`` over ``实现就业300人⇥县人社局``): as an
extraction that wraps long lines prints a row of a numbered table whose middle cell is long.

The two lines are one row when the first is a numbered row printed short of the table's width,
its last cell text that goes on (no sentence's end), and the next line starts with no row's number
and holds exactly the cells the first lacks, its first the cut cell's rest.

A list printed in two halves side by side (``序号⇥单位名称⇥序号⇥单位名称``): the header's titles
twice over; the right half's rows go under the left's (in the order of their numbers).

A row wider than the header: its extra cells joined into the last column."""

from __future__ import annotations

import re

from .model import Diagnostic
from .normalize import join_wrapped
from .tablerows import trimmed

_ROW_NUMBER = re.compile(r"\d{1,4}[.、]?")
_ENDED = ("。", "；", ";", "！")


def row_step(nos: list[int]) -> int:
    """The step between the source lines of a table's consecutive rows: 1, or 2 when the table
    is printed double-spaced (a blank line under every row, as some PDF and Word exports print
    the whole file): most steps are 2, none is 1. A gap wider than the step is a page break or
    a blank line the table itself prints."""
    steps = [b - a for a, b in zip(nos, nos[1:])]
    if len(steps) >= 3 and 1 not in steps and steps.count(2) * 3 >= len(steps) * 2:
        return 2
    return 1


def rejoin_cut_rows(rows: list[list[str | None]], single: list[bool], nos: list[int],
                    start: int, width: int, step: int = 1) -> list[int]:
    """Join each such pair of lines into the first (in place: the second line's row, its ``single``
    and ``nos`` entries are removed); the lines joined in."""
    joined: list[int] = []
    k = start
    while k + 1 < len(rows):
        # (a row that fills the table's last column is no cut one: most rows, passed before _cut_pair)
        if (len(rows[k]) < width or rows[k][-1] is None) and _cut_pair(rows[k], rows[k + 1], width) \
                and not single[k] and not single[k + 1] and nos[k + 1] == nos[k] + step:
            p = trimmed(rows[k])
            head, rest = rows[k], rows[k + 1]
            rows[k] = head[:p - 1] + [join_wrapped([head[p - 1], rest[0]])] + rest[1:trimmed(rest)]
            joined.append(nos[k + 1])
            del rows[k + 1], single[k + 1], nos[k + 1]
        k += 1
    return joined


def _cut_pair(head: list[str | None], rest: list[str | None], width: int) -> bool:
    p, n = trimmed(head), trimmed(rest)
    if not (2 <= p < width and n >= 2 and p + n - 1 == width):
        return False
    if head[0] is None or not _ROW_NUMBER.fullmatch(head[0]) or any(c is None for c in head[:p]):
        return False
    if any(c is None for c in rest[:n]) or rest[0][:1].isdigit() or "计" in rest[0] or rest[0].startswith("其中"):
        return False  # (a row of its own: numbered, a total's, a part's)
    cut = head[p - 1]
    return len(cut) >= 6 and not cut.endswith(_ENDED) and not cut[-1:].isdigit()


def side_by_side(titles: list[str], data: list[list[str | None]], total, groups: list
                 ) -> tuple[list[str], list[list[str | None]], list] | None:
    """The titles, rows and groups of a list printed in two halves side by side; None when the
    header does not print its titles twice over (or the table has a total or groups)."""
    w = len(titles) // 2
    if w < 2 or len(titles) != 2 * w or total is not None or any(g is not None for g in groups):
        return None
    if titles[w:] != [f"{t}（2）" for t in titles[:w]]:  # (column_titles numbers a title printed again)
        return None
    rows = [r[:w] for r in data] + [r[w:] for r in data if any(r[w:])]
    if all(r[0] is not None and r[0].isdigit() for r in rows):
        rows.sort(key=lambda r: int(r[0]))
    return titles[:w], rows, [None] * len(rows)


def second_half_alone(titles: list[str], cells: list[str | None]) -> bool:
    """A row printing only the second half of a table set in two halves side by side, the first
    half empty (⇥⇥四、农林水支出⇥59000 under 收入项目⇥预算数⇥支出项目⇥预算数: an account's
    expenditure side going on where its revenue side has ended): the empty cells are no cells
    merged from the row above. Two halves: the second prints the first's titles after its first
    one again (预算数 and 预算数（2）, as ``column_titles`` numbers a title printed twice); the
    first titles may differ (收入项目, 支出项目) or not (序号⇥单位⇥序号⇥单位)."""
    w = len(titles) // 2
    if w < 2 or len(titles) != 2 * w or titles[w + 1:] != [f"{t}（2）" for t in titles[1:w]]:
        return False
    return len(cells) > w and not any(cells[:w]) and any(cells[w:])


def fit_row(cells: list[str | None], width: int, table_id: str, line: int, diags: list[Diagnostic]
            ) -> list[str | None]:
    """A row made as wide as the header: short, padded with empty cells; wider, its extra cells
    joined into the last column (a ``table-row-wider`` diagnostic in ``diags``); as wide, the row
    itself (most rows: no copy)."""
    if len(cells) == width:
        return cells
    if len(cells) > width:
        extra = [c for c in cells[width:] if c]
        if extra:
            last = [c for c in [cells[width - 1]] + extra if c]
            cells = cells[:width - 1] + [join_wrapped(last)]
            diags.append(Diagnostic("table-row-wider", "info",
                                    f"{table_id}: a row has more cells than the header; the extra "
                                    f"cells were joined into the last column", line, " | ".join(extra)[:80]))
        else:
            cells = cells[:width]
    return cells + [None] * (width - len(cells))
