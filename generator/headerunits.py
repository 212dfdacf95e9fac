"""A table's header over three lines whose third prints the titles' units under the second's
wrapped words (tab rows, a web or word processor's table)::

    序⇥乡镇⇥新改建⇥危桥改造
    号⇥⇥农村公路⇥任务
    ⇥⇥（公里）⇥（座）

The second and third lines are one row of the header (``号⇥⇥农村公路（公里）⇥任务（座）``), which
wraps the first's titles as a second line does (tablerows.wraps_header).
"""

from __future__ import annotations

from .tablerows import is_units_row


def units_under_a_wrap(rows: list[list[str | None]], single: list[bool], k: int) -> tuple[list[str | None], bool]:
    """Row ``k`` (a header's second line) with the units of row ``k + 1`` run on into its cells,
    and True; row ``k`` as it is and False where row ``k + 1`` is no units row, or row ``k`` is
    one itself."""
    if k + 1 >= len(rows) or single[k + 1] or not is_units_row(rows[k + 1]) or is_units_row(rows[k]):
        return rows[k], False
    second, third = rows[k], rows[k + 1]
    return [((second[c] if c < len(second) else None) or "") + ((third[c] if c < len(third) else None) or "") or None
            for c in range(max(len(second), len(third)))], True


__all__ = ["units_under_a_wrap"]
