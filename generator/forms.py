"""Forms to fill in printed as a table: an 申请表 or 登记表 whose cells are labels, each beside the
blank it asks to be filled, and no figures::

    姓名⇥⇥性别⇥⇥出生年月⇥
    身份证号码⇥⇥⇥联系电话⇥⇥
    申请事项
    乡镇（街道）审核意见⇥⇥⇥（盖章）年　月　日

Such a grid has no header and no data: its first line is no row of column titles, nothing in it
adds up, and a label alone on its line (``申请事项``, whose blank the extraction dropped) is one
of its rows, not a line between two tables. The form is kept as printed: one table, its lines
rows, its columns numbered (列1, 列2 …), every cell text (``tables.build_table``), and the run of
its rows goes on past a label alone (``runs``: a form's next line of labels is no other table's
header).
"""

from __future__ import annotations

import re

from .normalize import fold

# What a form asks for: who, where, what, and who approves it (a folded cell holds one of them).
_FORM_LABEL = re.compile(
    r"姓名|性别|民族|籍贯|出生年月|出生日期|身份证|证件号码|联系电话|电话|手机|住址|地址|户籍|邮编|邮政编码"
    r"|申请事项|申请理由|申请原因|事由|意见|签字|签名|盖章|签章|年月日|申请人|经办人|审核人|填表人|负责人"
    r"|家庭人口|人均收入|开户银行|银行账号|账号"
    # (an organ's or an enterprise's form: who it is and whom to ask)
    r"|单位名称|企业名称|联系人|法定代表人|统一社会信用代码")
_FIGURE = re.compile(r"[-+]?\d[\d,.]*%?")


def is_form_label(value: str) -> bool:
    """``姓名``, ``身份证号码``, ``乡镇（街道）审核意见``, ``（盖章）年　月　日``; not ``项目``,
    ``预算数``, ``2023年``."""
    return _FORM_LABEL.search(fold(value).replace(" ", "")) is not None


def _blank_after_label(cells: list[str | None]) -> bool:
    """A label followed by an empty cell: the blank to fill (``姓名⇥⇥性别``, ``出生年月⇥``)."""
    return any(cells[c] and cells[c + 1] is None for c in range(len(cells) - 1))


def is_form_grid(rows: list[list[str | None]]) -> bool:
    """Rows (cells, None when empty) that print a form: no cell a figure, the first row a label
    beside its blank, at least two rows printing labels beside blanks, and half the rows or more
    (a label alone counting) asking for what forms ask (``is_form_label``). A table's two-level
    header (项目⇥2023年⇥⇥2024年⇥) has blanks beside its titles, but figures under it; a table of
    text has no blanks beside labels."""
    # (each condition pure, the answer all of them: the first row's asked first, which most
    # tables fail, and each count stopped at its answer)
    first = next((r for r in rows if any(r)), None)
    if first is None or not _blank_after_label(first):
        return False
    filled = [r for r in rows if any(r)]
    if len(filled) < 2 or not _at_least_two(r for r in filled if _blank_after_label(r)):
        return False
    if any(_FIGURE.fullmatch(c) for r in filled for c in r if c):
        return False
    return _half_asking(filled)


def _at_least_two(items) -> bool:
    return next(items, None) is not None and next(items, None) is not None


def _half_asking(filled: list[list[str | None]]) -> bool:
    """Half the rows or more hold a cell asking for what forms ask: counted until the answer is
    certain."""
    need, left = (len(filled) + 1) // 2, len(filled)
    for r in filled:
        if any(c and is_form_label(c) for c in r):
            need -= 1
            if need <= 0:
                return True
        left -= 1
        if left < need:
            return False
    return need <= 0


def is_form_row(text: str) -> bool:
    """A tab row of a form: labels beside their blanks, one asking what forms ask, no figure
    (``姓名⇥⇥性别⇥⇥出生年月⇥``)."""
    cells = [c.strip() or None for c in text.split("\t")]
    return _blank_after_label(cells) and any(c and is_form_label(c) for c in cells) \
        and not any(c and _FIGURE.fullmatch(c) for c in cells)


def form_cells(rows: list[list[str | None]]) -> tuple[list[str], tuple[tuple[str | None, ...], ...]]:
    """The columns' titles (numbered: 列1, 列2 …) and the rows of a form: its lines as printed, as
    wide as its widest (every label kept), empty lines left out."""
    lines = [r for r in rows if any(r)]
    width = max((max((c + 1 for c, v in enumerate(r) if v), default=0) for r in lines), default=1)
    return [f"列{c + 1}" for c in range(width)], tuple(tuple(r[:width]) + (None,) * (width - len(r[:width])) for r in lines)


__all__ = ["form_cells", "is_form_grid", "is_form_label", "is_form_row"]
