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
it beside each. A partial rule is a rule (grids.is_border) whose text stays in the table. So
too for the last cells merged over rows (a 牵头单位 or 完成时限 beside several rows): the rule
stops before them (``├────┼────┤县住建局│``).
"""

from __future__ import annotations

import re

# A rule that stops at merged cells: bars with the cells' text (or spaces), then a junction and
# the rule past them (│设施├────┼────┤, │    ├────┼────┤).
PARTIAL_RULE = re.compile(r"^((?:[│┃║][^─━═│┃║├┼┤╟╠╢╣]*)+)[├┼╟╠][─━═┼┬┴┤╢╣╪╫╬]+$")
# The rule stopping before the last cells, merged: the rule, a junction, the cells' text and bars
# (├────┼────┤县住建局│, ├────┼────┤    │).
PARTIAL_RULE_RIGHT = re.compile(r"^([├┼╟╠]?[─━═┼┬┴╪╫╬]+)[┤┼╢╣]((?:[^─━═│┃║├┼┤╟╠╢╣]*[│┃║])+)$")
_RULE_CELLS = re.compile(r"[─━═]+")


def open_cells(text: str) -> list[str | None] | None:
    """The texts of the merged cells a partial rule passes (``│设施├──┼──┤`` → ``['设施']``), by
    their columns: None for each cell the rule crosses before the merged last ones
    (``├──┼──┤县住建局│`` → ``[None, None, '县住建局']``); None for a rule across the whole box."""
    stripped = text.strip()
    m = PARTIAL_RULE.match(stripped)
    if m:
        return [c.strip() for c in re.split(r"[│┃║]", m.group(1))[1:]]
    m = PARTIAL_RULE_RIGHT.match(stripped)
    if m:
        return [None] * len(_RULE_CELLS.findall(m.group(1))) + [c.strip() for c in re.split(r"[│┃║]", m.group(2))[:-1]]
    return None


def merged_over_the_rules(rows: list[tuple[str, ...]], before: list[list[str | None] | None]) -> list[tuple[str, ...]]:
    """``rows`` (a box's rows, each between two rules) with the cells merged over rows filled in:
    ``before[k]`` holds the merged cells' texts on the rule over row ``k`` when that rule is
    partial (None for a full rule, or no rule). Each column is read on its own: a cell merged
    over fewer rows beside one merged over more (类别 over four rows, 子类 over two each: the rule
    between its groups passes the first cell alone, ``│基础├────┼──…``) is merged over its own."""
    out = list(rows)
    for c in range(max((len(b) for b in before if b is not None), default=0)):
        k = 0
        while k < len(out):
            j = k  # (the rows of one merged cell: the rules between them pass column c)
            while j + 1 < len(out) and before[j + 1] is not None and len(before[j + 1]) > c \
                    and before[j + 1][c] is not None:
                j += 1
            if j > k:
                name = "".join((before[x][c] if x > k else "") + (out[x][c].strip() if c < len(out[x]) else "")
                               for x in range(k, j + 1))
                for x in range(k, j + 1):
                    if c < len(out[x]):
                        out[x] = out[x][:c] + (name,) + out[x][c + 1:]
            k = j + 1
    return out


__all__ = ["PARTIAL_RULE", "PARTIAL_RULE_RIGHT", "merged_over_the_rules", "open_cells"]
