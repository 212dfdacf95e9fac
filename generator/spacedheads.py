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
    none under it (a title over both lines: 合计), since a title with a word under it is a title
    wrapped (增长 / （%））."""
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
    if any(all(lower[c] for c in g) != (len(g) >= 2) for g in groups):
        return None  # (a group's columns each titled on the second line; a title alone has none under it)
    first = [upper[0][2]] + [""] * (width - 1)
    for (_, _, text), g in zip(parents, groups):
        first[g[0]] = text
    return "\t".join(first)  # (the second line a row of its own: the sub-titles under an empty first cell)


__all__ = ["parents_over_titles"]
