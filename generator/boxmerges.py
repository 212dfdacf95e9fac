"""A box drawn with line characters whose first cells are merged over several rows: the rule
between those rows stops at the merged cells, which may print their text on it (the name
centred over the rows, wrapped)::

    ├────┼──────────┼─────┤
    │    │县城污水管网改造工程│12600│
    │    ├──────────┼─────┤
    │基础│城南大道改造工程    │8800 │
    │设施├──────────┼─────┤
    │    │农村公路提质改造工程│5200 │
    ├────┼──────────┼─────┤

The rows between two full rules are one merged cell's: its text, read down the rows and the
rules between them (基础 / 设施), is each of those rows' first cell (基础设施), as the page shows
it beside each. A partial rule is a rule (grids.is_border) whose text stays in the table.
"""

from __future__ import annotations

import re

# A rule that stops at merged cells: bars with the cells' text (or spaces), then a junction and
# the rule past them (│设施├────┼────┤, │    ├────┼────┤).
PARTIAL_RULE = re.compile(r"^((?:[│┃║][^─━═│┃║├┼┤╟╠╢╣]*)+)[├┼╟╠][─━═┼┬┴┤╢╣╪╫╬]+$")


def open_cells(text: str) -> list[str] | None:
    """The texts of the merged cells a partial rule passes (``│设施├──┼──┤`` → ``['设施']``), None
    for a rule across the whole box."""
    m = PARTIAL_RULE.match(text.strip())
    return [c.strip() for c in re.split(r"[│┃║]", m.group(1))[1:]] if m else None


def merged_over_the_rules(rows: list[tuple[str, ...]], before: list[list[str] | None]) -> list[tuple[str, ...]]:
    """``rows`` (a box's rows, each between two rules) with the cells merged over rows filled in:
    ``before[k]`` holds the merged cells' texts on the rule over row ``k`` when that rule is
    partial (None for a full rule, or no rule)."""
    out = list(rows)
    k = 0
    while k < len(out):
        j = k
        while j + 1 < len(out) and before[j + 1] is not None:
            j += 1
        if j > k:
            merged = min(len(before[x]) for x in range(k + 1, j + 1))
            for c in range(merged):
                name = "".join((before[x][c] if x > k else "") + (out[x][c] if c < len(out[x]) else "")
                               for x in range(k, j + 1))
                for x in range(k, j + 1):
                    if c < len(out[x]):
                        out[x] = out[x][:c] + (name,) + out[x][c + 1:]
        k = j + 1
    return out


__all__ = ["PARTIAL_RULE", "merged_over_the_rules", "open_cells"]
