"""A table set with spaces whose header is printed over two lines, the titles of the first line
each centred over the titles of two columns or more on the second (``pdftotext -layout`` of a
budget's 部门收支预算总表)::

      项目                        本年预算                  上年决算
                              金额        占比          金额        占比
      一般公共预算拨款        8600        78.2%         8100        76.4%

The second line's words are no ends of the first's wrapped titles (新增参保人 / 数（人）): each
title of the first line stands over a group of columns, and the header is given as two tab rows
as a ruled table prints it (``项目⇥本年预算⇥⇥上年决算⇥`` / ``⇥金额⇥占比⇥金额⇥占比``), which
``tables.column_titles`` reads as 本年预算/金额, 本年预算/占比, ….
"""

from __future__ import annotations

import re

_FIGURE = re.compile(r"[+-]?\d[\d,]*(?:\.\d+)?%?")
_UNIT = re.compile(r"[(（][^()（）\s]{1,8}[)）]")  # (a title's unit under it: （%）, （万元）)


def _under(group: list[int], lower: list[list[str]]) -> bool:
    """What the second line prints under a title of the first fits it: a title over each column
    of a group, nothing or the title's unit alone (（%）) under a title over a single column."""
    if len(group) >= 2:
        return all(lower[c] for c in group)
    parts = lower[group[0]]
    return not parts or (len(parts) == 1 and _UNIT.fullmatch(parts[0]) is not None)


def parents_over_titles(upper: list[tuple[int, int, str]], lower: list[list[str]],
                        spans: list[tuple[int, int]]) -> str | None:
    """The first tab row of a header printed over two lines whose first line's titles after the
    first (``upper``: words with their places) each stand over a group of the columns (``spans``)
    the second line titles (``lower``: its words by column), or None when the lines are no such
    header. The columns after the first go each to the title of the first line whose share of the
    line holds the column's middle (the shares part halfway between two titles). Such a header:
    the second line has its first column empty and no figures; the first line has fewer titles
    than the columns, its first over the first column; one title at least stands over a group of
    columns, each of them titled on the second line, and one standing over a single column has
    nothing under it (a title over both lines: 合计) or its unit alone (增长 over （%）, which
    ``column_titles`` joins), since a title with words under it is a title wrapped (新增参保人 /
    数（人））."""
    width = len(spans)
    if len(upper) < 2 or len(upper) >= width or lower[0] or sum(1 for c in lower if c) < 2:
        return None
    if any(_FIGURE.fullmatch(word) for parts in lower for part in parts for word in part.split()):
        return None
    if upper[0][0] >= spans[0][1] or any(_FIGURE.fullmatch(text) for _, _, text in upper):
        return None  # (the first title over the first column; no figures: a header's words)
    parents = upper[1:]
    bounds = [(parents[p][1] + parents[p + 1][0]) / 2 for p in range(len(parents) - 1)]
    owner = [sum(1 for b in bounds if (spans[c][0] + spans[c][1]) / 2 > b) for c in range(1, width)]
    groups = [[c + 1 for c, p in enumerate(owner) if p == q] for q in range(len(parents))]
    if any(not g for g in groups) or all(len(g) == 1 for g in groups):
        return None
    if not all(_under(g, lower) for g in groups):
        return None
    first = [upper[0][2]] + [""] * (width - 1)
    for (_, _, text), g in zip(parents, groups):
        first[g[0]] = text
    return "\t".join(first)  # (the second line a row of its own: the sub-titles under an empty first cell)


__all__ = ["parents_over_titles"]
