"""A label wrapped in the first column of a table set with spaces (``pdftotext -layout``), the
column too narrow for it, its figures printed beside the label's first line or beside its last::

      国有土地使用权出让收入安排的       8100      7950          大中型水库移民后期扶持基金
      支出                                                      支出                     620     600
        征地和拆迁补偿支出               5200      5100

The line holding the label's other part prints no figure and nothing outside the first column,
and starts where the label does; the label's first part fills the column (it ends at the column's
right edge, as the longest labels do), its end alone does not: the two lines are one row
(``spacedrows.assemble``), the label whole. A line numbered as a heading (一、, （一）, 1.), a 其中
or a total is no such part: a group's name, a row of its own; and a table that names its groups on
lines of their own without figures (社会民生 over its rows: such a line that is no part of a
label) wraps none. Where the first column is the rows' numbers, a wrapped label is in the second,
whose lines with the first empty carry on the row already.
"""

from __future__ import annotations

import re

from .spacedrows import FIGURE

# A line's first words that open a row of its own: a heading's number, a total.
_OWN_ROW = re.compile(r"[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、]|合\s*计|总\s*计|小\s*计|其中")
_EDGE = 2  # (how far short of the column's right edge a label that fills it may end: a character's width)


def label_wraps(rows: list[int], words: list[list[tuple[int, int, str]]], spans: list[tuple[int, int]]) -> set[int]:
    """The lines of ``rows`` (the header first) that carry on the row of the line above them: the
    other part of a label wrapped in the first column (see the module). ``words``: each line's
    words with where they stand, ``spans``: the columns'. Only when every line of the table that
    prints words in the first column alone is such a part (numbered ones aside): a table whose
    groups are named on lines of their own (社会民生 over its rows) wraps none."""
    out: set[int] = set()
    alone = {k for k in rows[1:] if words[k] and _label_alone(words[k], spans) and not _OWN_ROW.match(words[k][0][2])}
    taken: set[int] = set()
    for a, b in zip(rows[1:], rows[2:]):
        if b == a + 1 and words[a] and words[b] and (a in alone) != (b in alone) and _wrapped(words[a], words[b], a in alone, spans):
            out.add(b)
            taken.add(a if a in alone else b)
    return out if taken == alone else set()


def _wrapped(head: list[tuple[int, int, str]], tail: list[tuple[int, int, str]], head_alone: bool,
             spans: list[tuple[int, int]]) -> bool:
    """Lines ``head`` over ``tail``, one of them a label alone (``head_alone``, or the tail), are a
    label wrapped: they start alike, the head's label fills the column (a tail alone does not: a
    label alone that fills it is the head of the row under it), the other line holds figures, and
    the tail opens no row of its own."""
    first, right = spans[0]
    label = [w for w in head if w[0] < spans[1][0]]
    return abs(head[0][0] - tail[0][0]) <= 1 and head[0][0] >= first - 1 and bool(label) \
        and label[-1][1] >= right - _EDGE and not _OWN_ROW.match(tail[0][2]) \
        and (head_alone or tail[-1][1] < right - _EDGE) \
        and any(FIGURE.fullmatch(t) for _, _, t in (tail if head_alone else head)[1:])


def _label_alone(w: list[tuple[int, int, str]], spans: list[tuple[int, int]]) -> bool:
    """A line whose words all stand in the first column, none a figure."""
    return len(spans) > 1 and all(end <= spans[1][0] and not FIGURE.fullmatch(t) for _, end, t in w)


__all__ = ["label_wraps"]
