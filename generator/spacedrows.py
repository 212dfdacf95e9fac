"""The rows of a table set with spaces (``spacedtables``): each line's words put in the columns
they stand under (``cells_of``), and the lines made rows (``assemble``): a line whose first column
is empty carries on the row above (its wrapped cells), but for a row of its own under a merged
first cell, a group's heading, a total printed from the second column on.
"""

from __future__ import annotations

import re

from .spacedwraps import label_cut_by_a_wrap, rows_told_apart
from .tablerows import is_group

# A figure: a number as a table prints it (1,250, 95.5, 12%, 1，250 with a full-width comma), not a
# year or a date in words.
FIGURE = re.compile(r"[+-]?\d[\d,]*(?:\.\d+)?%?|[+-]?\d{1,3}(?:，\d{3})+(?:\.\d+)?%?")


def cells_of(w: list[tuple[int, int, str]], width: int, spans: list[tuple[int, int]]) -> list[list[str]]:
    """A line's words by column: a line that fills every column gives each word the next column,
    a shorter one puts each word under the column it stands under."""
    cells: list[list[str]] = [[] for _ in range(width)]
    for column, (_, _, text) in zip(word_columns(w, width, spans), w):
        cells[column].append(text)
    return [[" ".join(c)] if c else [] for c in cells]


def word_columns(w: list[tuple[int, int, str]], width: int, spans: list[tuple[int, int]]) -> list[int]:
    """The column each of a line's words stands in (``cells_of``)."""
    out, column = [], 0
    for m, (start, end, _) in enumerate(w):
        column = m if len(w) == width else max(column, _column(spans, start, end))
        out.append(column)
    return out


def label_starts(w: list[tuple[int, int, str]], width: int, spans: list[tuple[int, int]]) -> dict[int, int]:
    """Where a line's first word in each column starts (the indentation of a row's label:
    labelindents)."""
    out: dict[int, int] = {}
    for column, (start, _, _) in zip(word_columns(w, width, spans), w):
        out.setdefault(column, start)
    return out


def has_figures(cells: list[list[str]]) -> bool:
    """Figures in a row's cells after its first (which may be the row's number)."""
    return any(FIGURE.fullmatch(word) for parts in cells[1:] for part in parts for word in part.split())


# A total printed from the second column on (序号 empty: ⎵⎵合计⎵⎵20066.57): a row of its own.
_TOTAL = re.compile(r"^(?:合\s*计|总\s*计|小\s*计)")


def assemble(rows: list[int], cells: list[list[list[str]]], number: int | None = None, wraps: set[int] | None = None
              ) -> list[tuple[int, int, list[list[str]]]] | None:
    """The table's rows from its lines. A line whose first column is empty carries on the row
    above: words without figures are the ends of its wrapped cells (its header's too: （人） under
    the titles), figures complete a row that printed none (its long cell wrapped first). Figures
    under a row that has its own, or under the header, are a cell merged over rows and printed
    where it is centred: which row is whose cannot be told, and the run is no table; nor can it
    when more than a third of its lines carry on a row (the header's own lines aside: a header
    over three lines over three rows is read). ``wraps``: lines that carry on the row
    above, the other part of a label wrapped in the first column (spacedlabels)."""
    out: list[tuple[int, int, list[list[str]]]] = []
    wraps = wraps or set()
    headers = 0  # lines carrying on the header (its titles wrapped, its units): no row's
    for k in rows:
        line = cells[k]
        if out and k in wraps:
            first, _, above = out[-1]
            out[-1] = (first, k, [a + b for a, b in zip(above, line)])
            continue
        if out and not line[0] and not _TOTAL.search(" ".join(p for parts in line for p in parts)):
            first, _, above = out[-1]
            if _group_row_with_sums(line):  # (asked first: a group's name, not a row under a merged cell)
                out.append((k, k, _name_first(line)))
                continue
            if _own_row_under_merged_cell(out, line):
                out.append((k, k, [list(c) for c in line]))
                continue
            if _group_row(line):
                out.append((k, k, _group_cells(line, rows, cells)))
                continue
            if has_figures(line) and (len(out) == 1 or has_figures(above)):
                return None
            out[-1] = (first, k, [a + b for a, b in zip(above, line)])
            headers += len(out) == 1 and number is None
            continue
        if not out and not line[0] and _group_row(line):  # (a group's heading first on the next page)
            out.append((k, k, _group_cells(line, rows, cells)))
            continue
        out.append((k, k, [list(c) for c in line]))
    if label_cut_by_a_wrap(out):
        return None  # (a merged first cell's name over two rows' lines: spacedwraps)
    carried = len(rows) - len(out) - len(wraps) - headers  # (many: rows told apart only by their numbers and figures, spacedwraps)
    return None if carried * 3 > len(out) and not rows_told_apart(out, cells, has_figures, number) else out


def _own_row_under_merged_cell(out: list[tuple[int, int, list[list[str]]]], line: list[list[str]]) -> bool:
    """A line with its first column empty that is a row of its own, under a first cell merged
    over rows and printed on the merged rows' first line only (``副主任  李卫东  …  6321002`` /
    ``        王海燕  副县长  6321005``).
    It fills every column after the first and holds figures, as the row above does, and the first
    row under the header prints its first cell (a merged cell centred leaves it empty: unsure,
    ``assemble``). Its first cell stays empty, the merged cell's (tables fill it from above)."""
    if len(out) < 2 or not out[1][2][0] or not all(line[1:]) or not has_figures(line):
        return False
    above = out[-1][2]
    return bool(all(above[1:]) and has_figures(above))


def _group_row(line: list[list[str]]) -> bool:
    """A line, its first column empty, whose one word names a group of the rows under it as a
    heading (``          一、平原乡镇``, or centred over the table, under a later column): a row of
    its own, its name in the first cell (tables reads it as the group's, as a tab table's group
    row), not a cell's wrapped end, which is not numbered so (``属事业单位）``) or stands beside
    another."""
    filled = [parts for parts in line if parts]
    return not line[0] and len(filled) == 1 and len(filled[0]) == 1 and is_group(filled[0], 2)


def _group_row_with_sums(line: list[list[str]]) -> bool:
    """A line, its first column (the rows' numbers) empty, that prints a group's numbered name in
    one column and figures in the columns after it (``         一、基础设施              26600
    9500``): the group's row printing its sums over its rows, not a merged cell's figures."""
    filled = [c for c, parts in enumerate(line) if parts]
    if line[0] or len(filled) < 2 or len(line[filled[0]]) != 1 or line[filled[0]][0][:1] not in "一二三四五六七八九十(（":
        return False  # (a numeral first: most lines are a cell's wrapped end, or figures)
    return all(FIGURE.fullmatch(word) for c in filled[1:] for part in line[c] for word in part.split()) \
        and is_group(line[filled[0]], 2)


def _name_first(line: list[list[str]]) -> list[list[str]]:
    """A group's row with its name moved into the first cell (the number's: ``一、基础设施⇥⇥⇥26600⇥9500``,
    as a tab table prints it, which tables reads as the group's row with its sums)."""
    c = next(c for c, parts in enumerate(line) if parts)
    return [list(line[c])] + [[] if k == c else list(line[k]) for k in range(1, len(line))]


_ROW_NUMBER = re.compile(r"\d{1,4}")


def _group_cells(line: list[list[str]], rows: list[int], cells: list[list[list[str]]]) -> list[list[str]]:
    """A group's row (``_group_row``) as a row of the table: its name in the names' column beside
    the rows' numbers (``⇥一、平原乡镇``, as tables reads it beside an empty number), else in the
    first cell (``一、基础设施⇥⇥``: the heading centred over the table, or over a later column, a tab
    table's group row)."""
    if line[1] and any(cells[k][0] and _ROW_NUMBER.fullmatch(cells[k][0][0]) for k in rows):
        return [list(c) for c in line]
    return [[p for parts in line for p in parts]] + [[] for _ in line[1:]]


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(min(end, right) - max(start, left) > 0 for left, right in spans)


def _column(spans: list[tuple[int, int]], start: int, end: int) -> int:
    """The column a word stands under: the one it overlaps most, else the nearest."""
    def distance(c: int) -> tuple[int, int]:
        left, right = spans[c]
        overlap = min(end, right) - max(start, left)
        return (0, -overlap) if overlap > 0 else (1, max(left - end, start - right))
    return min(range(len(spans)), key=distance)


__all__ = ["FIGURE", "assemble", "cells_of", "has_figures", "label_starts", "overlaps", "word_columns"]
