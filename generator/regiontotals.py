"""A table's total named by the whole region alone (全县, 全市, 全区), as a table of the towns'
figures prints it first or last::

    乡镇⇥应参保人数⇥已参保人数⇥参保率（%）
    全县⇥325,600⇥316,420⇥97.2          ← the towns' sums
    城关镇⇥85,320⇥83,150⇥97.5
    …

The words name a place as well as a total (全省⇥全市⇥全县, the county beside its province and
city, is no sum; 全县 where a project is carried out, in a column right of its label, is data):
the row is the table's total only where 全县 is its label and its figures are the other rows' sums
in every column that adds up (rates, averages and the like aside: columns.is_summed), one such
column at least.
"""

from __future__ import annotations

import re

from .columns import GROUP_COLUMN, SUBGROUP_COLUMN, is_summed, to_number
from .figures import accounting_style, figures_agree
from .normalize import fold

_WHOLE = re.compile(r"全[县市区旗州盟镇乡]")


def whole_region_total(columns, data: list[list[str | None]]) -> int | None:
    """The index of the row of ``data`` (its first or its last) that is the table's total named
    by the whole region (see the module); None when there is none."""
    if len(data) < 3:
        return None
    own = [c for c, col in enumerate(columns) if col.title not in (GROUP_COLUMN, SUBGROUP_COLUMN)]
    summed = [c for c in own if is_summed(columns[c])]
    for k in (0, len(data) - 1):
        label = _label(data[k], own)
        if not summed or label is None or not _WHOLE.fullmatch(fold(label).replace(" ", "")):
            continue  # (全县 in another column, where a project is carried out, is a row's data)
        others = data[:k] + data[k + 1:]
        agree = 0
        for c in summed:
            values = [row[c] for row in data]
            accounting = accounting_style(values, columns[c].title)
            stated = to_number(data[k][c], accounting)
            if stated is None:
                continue
            if not figures_agree(sum(to_number(row[c], accounting) or 0 for row in others), stated):
                break
            agree += 1
        else:
            if agree:
                return k
    return None


def _label(row: list[str | None], own: list[int]) -> str | None:
    """The row's label: its first cell of words (past its number, 1 or 1.)."""
    return next((row[c] for c in own if row[c] and not row[c].strip().rstrip("、.．").isdigit()), None)


__all__ = ["whole_region_total"]
