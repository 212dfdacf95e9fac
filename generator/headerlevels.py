"""A header of three levels whose first row holds one title alone: ``申请人情况`` over the columns
its parts name on the second row (``自然人⇥法人或其他组织⇥⇥⇥⇥⇥总计``), the third naming the parts of a
part (``⇥商业企业⇥科研机构…``), as the standard tables of a 政府信息公开工作年度报告 print it. The
row's first cell, over the rows' labels, is empty or a note on the column in brackets
(``（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）``), whose commas make no sentence."""

from __future__ import annotations

from .tablerows import HEADER_CELL_MAX, is_header_part, is_numeric

_OPENS, _CLOSES = "（(", "）)"


def _note(value: str | None) -> bool:
    """A cell empty, or a note wholly in brackets."""
    return value is None or (value[0] in _OPENS and value[-1] in _CLOSES)


def title_over_parts(cells: list[str | None], second: list[str | None]) -> bool:
    """``cells`` is a header's first row of one title over its parts: the title alone after the
    first cell (empty or a note in brackets), short and no figure; the next row names two parts or
    more from the title's column on, words alone."""
    titled = [k for k in range(1, len(cells)) if cells[k]]
    if len(titled) != 1 or not _note(cells[0]):
        return False
    at = titled[0]
    title = cells[at]
    if len(title) > HEADER_CELL_MAX or is_numeric(title) or not is_header_part(second):
        return False
    return sum(1 for v in second[at:] if v) >= 2 and not any(second[:at])
