"""A table too wide for its page, printed as a spreadsheet prints one: its first columns for every
row, then, after the page break, its last columns for every row, under titles of their own (the
rows' key columns printed again at the left, 序号 and 乡镇, or not)::

    序号⇥乡镇⇥户籍人口⇥参保任务⇥已参保人数
    1⇥城关镇⇥85320⇥80100⇥76500
    2⇥南江镇⇥42118⇥39900⇥37800
    合计⇥⇥127438⇥120000⇥114300
    — 5 —
    序号⇥乡镇⇥参保率（%）⇥排名
    1⇥城关镇⇥95.5⇥1
    2⇥南江镇⇥94.7⇥2
    合计⇥⇥95.3⇥

Read on, the second part's titles would be a row and its rows the first part's again. Where a
table block's rows, after a page break, print a second header whose first titles are the first
header's (the key columns, none perhaps) and whose others are new, over as many rows as the first
part holds, each printing the same keys as the row of the first part it stands for, the second
part's columns are the first part's last: one table, each row the two parts side by side. The
parts stand apart by a page break (a form feed, the page's number); titles are words, not figures.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Block
from .normalize import fold
from .pagemarks import PAGE_MARK

_FIGURE = re.compile(r"^[\d,.%-]+$")  # a title that is a figure: a row, not a header


def columns_continued(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """``blocks`` with each table block printed in two parts of columns (see the module) as one."""
    if not any(b.kind == "table" and b.rows for b in blocks):
        return blocks
    return tuple(_side_by_side(b) or b if b.kind == "table" and b.rows else b for b in blocks)


def _key(cell: str) -> str:
    return fold("".join(cell.split()))


def _side_by_side(block: Block) -> Block | None:
    rows = [tuple(r) for r in block.rows]
    lines = list(block.row_lines or ())
    if len(lines) != len(rows) or len(rows) < 5 or len(rows[0]) < 2:
        return None
    breaks = set(block.breaks)
    if breaks.isdisjoint(lines) and all(len(r) != 1 for r in rows):
        return None  # (no page's break nor furniture between two rows: one part)
    for second in range(3, len(rows) - 1):
        between = range(_last_row(rows, second) + 1, second + 1)  # (the page's furniture, the second header)
        if len(rows[second]) >= 2 and any(lines[k] in breaks or (len(rows[k]) == 1 and PAGE_MARK.match(rows[k][0].strip()))
                                          for k in between) \
                and (joined := _parts_joined(rows, lines, second)) is not None:
            return replace(block, rows=joined[0], row_lines=joined[1])
    return None


def _parts_joined(rows: list[tuple[str, ...]], lines: list[int], second: int):
    """The rows and their lines of the two parts side by side, the second's header on row
    ``second``; None when the parts do not go together."""
    last = _last_row(rows, second)
    first_rows = rows[1:last + 1]
    more = rows[second + 1:]
    if not all(len(r) >= 2 for r in first_rows) or not all(len(r) >= 2 for r in more) \
            or len(more) != len(first_rows):
        return None  # (the part's rows, the page's furniture alone, the second header over as many rows)
    header, titles = [_key(c) for c in rows[0]], [_key(c) for c in rows[second]]
    keys = 0
    while keys < min(len(header), len(titles)) and titles[keys] == header[keys]:
        keys += 1
    new = titles[keys:]
    if not new or not all(new) or set(new) & set(header) or any(len(t) > 20 or _FIGURE.search(t) for t in new):
        return None  # (new titles of words, every one printed: no row, nor the header again)
    if keys and any([_key(c) for c in b[:keys]] != [_key(c) for c in a[:keys]] for a, b in zip(first_rows, more)):
        return None  # (each row of the second part names the row of the first it goes on)
    if not keys and any(_key(b[0]) == _key(a[0]) for a, b in zip(first_rows, more)):
        return None  # (no keys: a second part printing the first's labels is another table)
    width, extra = len(rows[0]), len(rows[second])
    joined = [rows[0] + rows[second][keys:]] + [_padded(a, width) + _padded(b, extra)[keys:]
                                               for a, b in zip(first_rows, more)]
    return tuple(joined), tuple([lines[0]] + lines[1:last + 1])


def _last_row(rows: list[tuple[str, ...]], second: int) -> int:
    k = second - 1
    while k > 0 and len(rows[k]) == 1:
        k -= 1
    return k


def _padded(row: tuple[str, ...], width: int) -> tuple[str, ...]:
    return tuple(row) + ("",) * (width - len(row)) if len(row) < width else tuple(row)


__all__ = ["columns_continued"]
