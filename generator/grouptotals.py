"""合计 rows that close groups of a table's rows, not the table::

    类别⇥项目⇥金额
    产业发展⇥茶叶基地建设⇥300
    产业发展⇥油茶低改⇥200
    合计⇥⇥500                  <- the group's: rows follow it
    基础设施⇥农村公路⇥800
    基础设施⇥饮水工程⇥400
    合计⇥⇥1200                 <- the last group's, no 总计 under it
    (总计⇥⇥1700)               <- the table's, when printed

A 合计 with another total after it closes the group above it: a subtotal, kept out of the data
and listed in ``dropped`` as 小计 rows are (``tables.build_table``). The table's last 合计 is its total
unless such subtotals came before it and its figures add up the rows since the last of them and
not every row: then it closes the last group too, and the table prints no total. (A 合计 with only
data rows after it stays the total, as a total printed over the rows it adds is; where it closed a
first group only, its figures disagree with the rows' sums and ``check_total`` says so.)
"""

from __future__ import annotations

from .columns import _NOT_SUMMED, to_number
from .figures import figures_agree


def closes_the_last_group(titles: list[str], data: list[list[str | None]], lines: list[int],
                          total: list[str | None], subtotals: list[int]) -> bool:
    """The table's last 合计 (``total``) adds up only the rows (``data``, each starting on its line in
    ``lines``) after the last subtotal (on the ``subtotals`` lines), in every column of figures it
    prints, and not every row in all of them."""
    if not subtotals:
        return False
    since = max(subtotals)
    last = [row for row, no in zip(data, lines) if no > since]
    if not last or len(last) == len(data):
        return False
    agree_last = agree_all = checked = 0
    for c, title in enumerate(titles):
        stated = to_number(total[c]) if c < len(total) else None
        if stated is None or _NOT_SUMMED.search(title or ""):
            continue
        values = [to_number(row[c]) for row in data if row[c]]
        if not values or any(v is None for v in values):
            continue
        checked += 1
        agree_last += figures_agree(sum(to_number(row[c]) or 0.0 for row in last), stated)
        agree_all += figures_agree(sum(values), stated)
    return checked > 0 and agree_last == checked and agree_all < checked


__all__ = ["closes_the_last_group"]
