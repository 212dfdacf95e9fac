"""The 其中 rows of a table printed one cell a line (grids' flat tables): the parts of the row
above, printed without a number of their own::

    序号 / 项目 / 预算数 / 执行数
    1
    城乡社区支出
    12000
    11800
    其中：土地出让收入安排的支出       <- a row without its 序号
    9000
    8800
    2
    …

The rows are told apart by their numbers (1, 2, 3 …), so a row without one ended the table. A
row opened by the 其中 mark (or an unmarked part right after such a row), whose cells are one
fewer than the header's titles, its label then figures, and after which the next row's number,
the total or another part comes, is a row of its own with its 序号 empty.
"""

from __future__ import annotations

import re

from .model import Line
from .subrows import is_parts_mark

_TOTALS = ("合计", "总计")
_FIGURE = re.compile(r"[+-]?[\d.,]+%?|[-—－/]")  # (a part's figures, or a placeholder)


def parts_row(lines: list[Line], i: int, width: int, nxt: str, after_parts: bool) -> tuple[str, ...] | None:
    """The cells of a 其中 row starting at ``lines[i]`` in a flat table of ``width`` columns (its
    序号 empty), when the line opens with 其中, or ``after_parts`` (the row above was one) and the
    line is words; ``width - 1`` cells, the label then figures (or placeholders), then the row
    numbered ``nxt``, the total, another part (words) or the end of the lines. None otherwise."""
    if width < 3 or i + width - 1 > len(lines):
        return None
    key = lines[i].key
    if not (is_parts_mark(key) or (after_parts and not key[:1].isdigit() and key not in _TOTALS)):
        return None
    cells = lines[i:i + width - 1]
    if len(key) > 40 or key.endswith("。") or not all(_FIGURE.fullmatch(line.key) for line in cells[1:]):
        return None
    j = i + width - 1  # (then the next row, the total, another part — words — or the end)
    if j < len(lines) and lines[j].key != nxt and lines[j].key not in _TOTALS and lines[j].key[:1].isdigit():
        return None
    return ("",) + tuple(line.text.strip() for line in cells)


__all__ = ["parts_row"]
