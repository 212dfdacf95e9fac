"""A table's note printed in its grid's last rows, a cell merged across the table, as a tab table
copied from a word processor or a web page gives it::

    合计⇥⇥⇥42400⇥14500
    注：1.总投资含中央预算内投资、省级专项资金和县本级配套资金；⇥⇥⇥⇥
    2.年度计划以实际下达为准。⇥⇥⇥⇥

The note is no row of the table (no data of a row under the columns' titles): its lines are taken
off their tabs (a Markdown row's bars and empty cells: ``| 注：… | | | |``), so that the table ends
above it and the note is read as a note printed under the table is (one paragraph holding its
numbered parts: tablenotes). A note is a line holding one cell, the tabs only after it or before it (or the other cells
of its row empty), that opens with 注：, 说明：, 备注：, 资料来源： or 数据来源：, right under a row of
two cells or more; the lines of one cell under it are its own. Only the grid's markup changes.
"""

from __future__ import annotations

from dataclasses import replace

from .lonecells import lone_cell
from .model import Line

_LABELS = ("注:", "注：", "说明:", "说明：", "备注:", "备注：", "资料来源:", "资料来源：", "数据来源:", "数据来源：")


def is_grid_note(line: Line) -> bool:
    """A line of one cell, set off by tabs or in a Markdown row of empty cells, that opens with a
    note's label (注：…⇥⇥⇥, ``| 注：… | | |``)."""
    return (_piped_cell(line.text) or line.text.lstrip("\t ")).startswith(_LABELS) \
        and (lone_cell(line) or _piped_cell(line.text) is not None)


def _piped_cell(text: str) -> str | None:
    """The one cell a Markdown row holds in its first column, the others empty (``| 2.… | | |``)."""
    if not text.startswith("|") or not text.rstrip().endswith("|"):
        return None
    cells = [c.strip() for c in text.strip()[1:-1].split("|")]
    return cells[0] if len(cells) > 1 and cells[0] and not any(cells[1:]) else None


def _row(text: str) -> bool:
    """A row of a grid of two cells or more: tabs between its words, or a Markdown row."""
    return "\t" in text.strip() or (text.startswith("|") and text.count("|") > 2)


def _one_cell(text: str) -> str | None:
    """The text of a line of one cell of a grid (``lone_cell``, ``_piped_cell``)."""
    piped = _piped_cell(text) if text[:1] == "|" else None
    return piped if piped is not None else text.strip() if "\t" in text and "\t" not in text.strip() else None


def grid_notes_untabbed(lines: list[Line]) -> list[Line]:
    """``lines`` with each note printed in a grid's last rows (``is_grid_note`` under a row of two
    cells or more, and the lines of one cell under it) taken off its tabs or its bars."""
    out = list(lines)
    for i in range(1, len(lines)):
        text = lines[i].text
        if ("\t" not in text and text[:1] != "|") or not ("注" in text or "明" in text or "源" in text) \
                or not (text[:1] == "|" or text.lstrip("\t ").startswith(_LABELS)) \
                or not _row(lines[i - 1].text) or not is_grid_note(lines[i]):
            continue  # (every label holds 注, 明 or 源: most rows are asked no more; a cell of
            # 说明 or 资源 that opens with no label is no note, as is_grid_note says, asked before the row above)
        k = i
        while k < len(lines) and (k == i or not is_grid_note(lines[k])) and (cell := _one_cell(lines[k].text)):
            out[k] = replace(lines[k], text=cell)
            k += 1
    return out


__all__ = ["grid_notes_untabbed", "is_grid_note"]
