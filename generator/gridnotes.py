"""A table's note printed in its grid's last rows, a cell merged across the table, as a tab table
copied from a word processor or a web page gives it::

    合计⇥⇥⇥42400⇥14500
    注：1.总投资含中央预算内投资、省级专项资金和县本级配套资金；⇥⇥⇥⇥
    2.年度计划以实际下达为准。⇥⇥⇥⇥

The note is no row of the table (no data of a row under the columns' titles): its lines are taken
off their tabs, so that the table ends above it and the note is read as a note printed under the
table is (a paragraph, its numbered items). A note is a line holding one cell, the tabs only after
it or before it, that opens with 注：, 说明：, 备注：, 资料来源： or 数据来源：, right under a row of
two cells or more; the lines of one cell under it are its own. Only the spacing changes.
"""

from __future__ import annotations

from dataclasses import replace

from .lonecells import lone_cell
from .model import Line

_LABELS = ("注:", "注：", "说明:", "说明：", "备注:", "备注：", "资料来源:", "资料来源：", "数据来源:", "数据来源：")


def is_grid_note(line: Line) -> bool:
    """A line of one cell, set off by tabs, that opens with a note's label (注：…⇥⇥⇥)."""
    return line.text.lstrip("\t ").startswith(_LABELS) and lone_cell(line)


def grid_notes_untabbed(lines: list[Line]) -> list[Line]:
    """``lines`` with each note printed in a tab grid's last rows (``is_grid_note`` under a row of
    two cells or more, and the lines of one cell under it) taken off its tabs."""
    out = list(lines)
    for i in range(1, len(lines)):
        if "\t" not in lines[i].text or "\t" not in lines[i - 1].text.strip() or not is_grid_note(lines[i]):
            continue
        k = i
        while k < len(lines) and (k == i or (lone_cell(lines[k]) and not is_grid_note(lines[k]))):
            out[k] = replace(lines[k], text=lines[k].text.strip())
            k += 1
    return out


__all__ = ["grid_notes_untabbed", "is_grid_note"]
