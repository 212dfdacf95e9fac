"""A title that is a cell of a table printed one cell a line, some cells after its row's number:
a 决定 or 通知 that lists the documents it abolishes, keeps or revises, its columns printed in turn
(序号 / 成文日期 / 发文机关 / 文号 / 文件名称), each listed title after its row's date, organ and
文号::

    序号
    成文日期
    发文机关
    文号
    文件名称
    1
    2019年3月5日
    南浦县财政局
    南财发〔2019〕3号
    关于印发《南浦县县级财政专项资金管理办法》的通知      <- the row's 文件名称, no document's title

``titlecontext.after_a_row_number`` asks only the line directly above the title (序号 / 文件名称 /
… / 1 / the title); here the title stands some cells after the number, under a 文号 that would
otherwise read as its 发文字号 and a date and an organ that would read as the closing of the
document above.
"""

from __future__ import annotations

from .furniture import is_page_mark
from .grids import HEADER_STARTS, MAX_HEADER_CELL, MAX_WIDTH, flat_table
from .model import Line

MAX_ROW = 999  # the largest row number read as one


def in_a_row_of_cells(content: list[Line], start: int) -> bool:
    """The line ``start`` is a cell of a table printed one cell a line, within its row: a bare
    row number ``n`` stands no further above it than the row's width, short cells between
    (no sentence), and the table read from its ``序号`` header (``grids.flat_table``) takes that
    number for the start of its ``n``-th row. Near misses: a title under a page's bare number
    (no table above it), a title after a list's number under a paragraph (no header), a title
    under the table's last row further down than the row's width."""
    row = _row_number_above(content, start)
    if row is None:
        return False
    n = int(content[row].key)
    header = _header_above(content, row, n)
    if header is None:
        return False
    table = flat_table(content, header)
    if table is None or content[row].no not in table.row_lines:
        return False
    cells = sum(1 for k in range(row + 1, start) if not is_page_mark(content[k]))
    return 1 + cells + 1 <= len(table.rows[0])  # (the number, the cells before, the title: the row's)


def _row_number_above(content: list[Line], start: int) -> int | None:
    """The bare number within ``MAX_WIDTH`` lines over ``start``, short cells between; or None."""
    seen = 0
    for k in range(start - 1, max(-1, start - 2 * MAX_WIDTH), -1):
        key = content[k].key
        if is_page_mark(content[k]):
            continue
        if key.isdecimal() and len(key) <= 3:
            return k if 0 < int(key) <= MAX_ROW else None
        seen += 1
        if seen >= MAX_WIDTH or len(key) > MAX_HEADER_CELL or key.endswith("。"):
            return None
    return None


def _header_above(content: list[Line], row: int, n: int) -> int | None:
    """The ``序号`` line heading the table whose ``n``-th row's number is on line ``row``: within
    ``n`` rows of at most ``MAX_WIDTH + 2`` lines (a wrapped cell, the page's marks) over it."""
    for k in range(row - 1, max(-1, row - 1 - n * (MAX_WIDTH + 3)), -1):
        if content[k].key in HEADER_STARTS:
            return k
    return None


__all__ = ["in_a_row_of_cells"]
