"""The page's number among the cells of a table printed one cell a line (grids' flat tables).

A PDF extraction that prints a table one cell a line prints the page's number where the page
breaks, between two cells of a row: bare (``7``), or beside a running head that furniture
passes over. A bare number reads like a cell, and the row comes out a cell too long. These
rules tell it from the row's own figures, in a row, in the header, at the top of a page and
in the total row (whose figures are placed under the columns of figures).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .columns import fit_score, profile
from .model import Line
from .normalize import fold
from .pagemarks import PAGE_MARK
from .tablerows import UNIT_LINE

_BARE_PAGE = re.compile(r"[1-9]\d{0,3}")
_DIGITS = re.compile(r"\d{1,4}")


@dataclass(frozen=True, slots=True)
class PageCues:
    """What the lines around a table say of its pages: the numbers printed in page marks
    (— 6 —, ·8·, 第6页), each with its line, and the lines next to a page mark or a form feed."""

    pages: tuple[tuple[int, int], ...]  # (line number, page number), in the order of the lines
    beside: frozenset[int]  # line numbers


def page_cues(lines: list[Line], skipped: list[int]) -> PageCues:
    """The cues of the page marks at ``skipped`` (indices into ``lines``) and of form feeds."""
    pages = []
    beside = {line.no for line in lines if line.page_break}
    for k in skipped:
        text = lines[k].text.strip()
        if PAGE_MARK.match(text) and (m := _DIGITS.search(text)) is not None:
            pages.append((lines[k].no, int(m.group())))
        for x in (k - 1, k + 1):
            if 0 <= x < len(lines):
                beside.add(lines[x].no)
    return PageCues(tuple(sorted(pages)), frozenset(beside))


def page_number_among_cells(cells: list[Line], full_rows: list[tuple[str, ...]], width: int,
                            cues: PageCues) -> int | None:
    """The index in ``cells`` (a row printed one cell a line, one line longer than the header is
    wide) of the bare number that is the page's, or None. ``2`` / ``河口镇`` / ``8600`` / ``7`` /
    ``2024年9月底`` under four titles: ``7``. Only a bare number of one to four digits, never the
    row's own number, and only when the row without it fits the columns of the rows before (as
    printed at full width) at least as well as the row read with the extra line joined into its
    last cell; between two such numbers (8600 and 7), the one printed next to the page's
    furniture or in sequence with the page numbers printed elsewhere (— 6 —, — 8 —) first, then
    the one whose row fits the columns best, and none on a tie. A line wrapped out of a cell
    (…城乡居民 / 养老保险) is no number, and a figure whose removal puts words in the figures'
    column fits worse: no page number. A row holding a cell the wrap cut (``wrapped_cell``)
    has its line too many already: none of its figures is the page's."""
    candidates = [x for x in range(1, len(cells)) if _BARE_PAGE.fullmatch(cells[x].key)]
    if not candidates or len(cells) != width + 1:
        return None
    texts = [line.text.strip() for line in cells]
    if wrapped_cell(texts):
        return None  # (the line too many is a cell's wrap: 城关镇（含原石门乡、 / 白沙片区）)
    shapes = profile([list(r) for r in full_rows if len(r) == width], width)
    if shapes is None:  # (the first row: nothing to fit, only the page's furniture beside it)
        marked = [x for x in candidates if _cued(cells[x], cues)]
        return marked[0] if len(marked) == 1 else None
    joined = fit_score(texts[:width - 1] + [" ".join(texts[width - 1:])], shapes)
    scores = {x: fit_score(texts[:x] + texts[x + 1:], shapes) for x in candidates}
    fitting = [x for x in candidates if scores[x] >= joined]
    cued = [x for x in fitting if _cued(cells[x], cues)]
    pool = cued or fitting
    if not pool:
        return None
    best = max(scores[x] for x in pool)
    top = [x for x in pool if scores[x] == best]
    return top[0] if len(top) == 1 else None


def page_number_in_the_last_row(cells: list[Line], full_rows: list[tuple[str, ...]], width: int,
                                cues: PageCues, exact: bool = False) -> int | None:
    """The page's number in the last row of a table printed one cell a line, the row's last cell
    on the next page (``5`` / ``青山乡`` / ``7`` / running head / ``3900`` / ``2024年10月底``, under
    four titles): as ``page_number_among_cells``, and only a number printed next to the page's
    furniture or in sequence with its numbers (what comes after a table's last row may be a
    line of the text, which no next row's number bounds). Without such a cue, when every row
    before was printed exactly as wide as the header (``exact``, two rows at least), a number
    that the line under it replaces to make a row that fits the columns much better (by
    ``_CLEARLY`` points: ``2024年10月底`` under 完成时限 where ``8`` stood) is the page's too; a
    line of words that fits no better (a figure under a column of figures: ``12`` where ``9``
    stood) is the text's."""
    x = page_number_among_cells(cells, full_rows, width, cues)
    if x is None or _cued(cells[x], cues):
        return x
    shapes = profile([list(r) for r in full_rows if len(r) == width], width) if exact and len(full_rows) >= 2 else None
    if shapes is None:
        return None
    texts = [line.text.strip() for line in cells]
    return x if fit_score(texts[:x] + texts[x + 1:], shapes) >= fit_score(texts[:width], shapes) + _CLEARLY else None


_CLEARLY = 2  # points of fit_score (0–6 a cell): a cell of the column's shape where one of another stood


def first_row_by_the_rows_after(printed: list[Line], rows_after: list[tuple[str, ...]], columns: int,
                                cues: PageCues) -> tuple[str, ...] | None:
    """The cells of a flat table's first row printed one line too many, every row after it as
    wide as the header (two rows at least), with the page's bare number among them left out:
    the number ``page_number_among_cells`` finds by the columns' shapes in the rows after it
    (``1`` / ``城关镇`` / ``7`` / ``12500`` / ``2024年9月底`` under 序号 / 乡镇 / 任务数（人） / 完成时限,
    the rows after printing five figures under 任务数（人）: ``7``). None when no number is told
    (two that fit as well, or a cell the wrap cut)."""
    if len(printed) != columns + 1 or len(rows_after) < 2:
        return None
    x = page_number_among_cells(printed, rows_after, columns, cues)
    return None if x is None else tuple(line.text.strip() for line in printed[:x] + printed[x + 1:])


def past_a_page_top(lines: list[Line], k: int, header: list[str]) -> int | None:
    """Where the rows of a table printed one cell a line go on past the top of a page from ``k``
    (an index into ``lines``), or None when no page's top stands there: the table's header
    printed again (``序号`` / ``乡镇`` / ``任务数（人）`` / ``完成时限``, the keys in ``header``),
    a unit line (``单位：人``) or both, a bare page number over them (``7``). A bare number alone
    is not passed over here: a row's cell or the next row's number may be one."""
    j = k
    if j < len(lines) and _BARE_PAGE.fullmatch(lines[j].key):
        j += 1
    moved = False
    if j < len(lines) and UNIT_LINE.match(lines[j].key):
        j, moved = j + 1, True
    if header and [line.key for line in lines[j:j + len(header)]] == header:
        j, moved = j + len(header), True
        if j < len(lines) and UNIT_LINE.match(lines[j].key):
            j += 1
    return j if moved else None


def page_numbers_in_the_header(lines: list[Line], cues: PageCues, most: int) -> set[int]:
    """The indices of the page's bare numbers among a flat table's header, ``lines[0]`` its
    序号 and the header's titles up to the first row's ``1`` (at most ``most`` lines on): a
    page broke inside the header or under it (``序号`` / ``乡镇`` / ``7`` / running head /
    ``任务数（人）`` / … / ``1``; ``…`` / ``完成时限`` / ``7`` / ``1``). A title is no bare number,
    but a year may be one (``2023`` / ``2024`` over the years' figures): only a number of one to
    three digits, printed next to the page's furniture or in sequence with its numbers, or right
    over the first row's ``1``."""
    found = set()
    for k in range(1, min(len(lines) - 1, most + 1)):
        key = lines[k].key
        if key == "1":
            break
        if len(key) <= 3 and _BARE_PAGE.fullmatch(key) and (_cued(lines[k], cues) or lines[k + 1].key == "1"):
            found.add(k)
    return found


_FIGURE = re.compile(r"[\d.,%]+")


def total_cells(label: Line, values: list[Line], rows: list[tuple[str, ...]], columns: int,
                cues: PageCues) -> tuple[str, ...]:
    """The cells of a flat table's total row (``合计`` then its figures, one a line), each figure
    under a column of figures: the rows' columns whose cells are all figures (the first, the
    rows' numbers, aside), the last of them when the total prints fewer figures than there are
    such columns (``合计`` / ``37600`` under 序号 / 乡镇 / 任务数（人） / 完成时限: under
    任务数（人）, not 完成时限). The page's bare number among them, one figure more than such
    columns and printed next to the page's furniture (``合计`` / ``7`` / running head /
    ``37600``), is left out. Where the figures outnumber the columns of figures otherwise, they
    stand at the row's end, as printed."""
    figures = [c for c in range(1, columns) if _all_figures([row[c] for row in rows if c < len(row) and row[c]])]
    printed = list(values)
    if len(printed) == len(figures) + 1:
        cued = [x for x, line in enumerate(printed) if _BARE_PAGE.fullmatch(line.key) and _cued(line, cues)]
        if cued:
            printed.pop(cued[0])
    texts = [line.text.strip() for line in printed]
    if 0 < len(texts) <= len(figures):
        cells = [label.text.strip()] + [""] * (columns - 1)
        for c, text in zip(figures[len(figures) - len(texts):], texts):
            cells[c] = text
        return tuple(cells)
    return tuple(([label.text.strip()] + [""] * (columns - 1 - len(texts)) + texts)[:columns])


def _all_figures(cells: list[str]) -> bool:
    return bool(cells) and all(_FIGURE.fullmatch(cell) for cell in cells)


_OPENING, _CLOSING = "(《〔[【", ")》〕]】"


def wrapped_cell(texts: list[str]) -> bool:
    """Some line of a row printed one cell a line is a cell the wrap cut: it leaves a bracket open
    or closes one it did not open (``城关镇（含原石门乡、`` / ``白沙片区）``), or ends with the
    mark of a list that goes on (、 ，)."""
    for text in texts:
        key = fold(text)
        if key.endswith(("、", ",")) or \
                sum(key.count(c) for c in _OPENING) != sum(key.count(c) for c in _CLOSING):
            return True
    return False


def rejoined_cell(cells: list[str]) -> list[str]:
    """The cells of a row printed one cell a line with the first cell the wrap cut joined again:
    a line that leaves a bracket open or ends with 、 and the line under it (``城关镇（含原石门乡、``
    / ``白沙片区）`` → ``城关镇（含原石门乡、白沙片区）``). A figure is no wrap's end (``县教育局、`` over
    ``3200`` stays two cells); without such a line the cells are as printed."""
    for k in range(len(cells) - 1):
        if wrapped_cell([cells[k]]) and not _FIGURE.fullmatch(fold(cells[k + 1])):
            return cells[:k] + [cells[k] + cells[k + 1]] + cells[k + 2:]
    return cells


def _cued(line: Line, cues: PageCues) -> bool:
    """A bare number next to a page mark or a form feed, or the page after the nearest page mark
    above it or before the nearest one below it (``7`` between — 6 — and — 8 —; a figure ``6``
    far from them is none)."""
    if line.no in cues.beside:
        return True
    value = int(line.key)
    k = bisect.bisect_left(cues.pages, (line.no, -1))
    return (k > 0 and cues.pages[k - 1][1] == value - 1) or (k < len(cues.pages) and cues.pages[k][1] == value + 1)


__all__ = ["PageCues", "first_row_by_the_rows_after", "page_cues", "rejoined_cell", "wrapped_cell", "page_number_among_cells", "page_number_in_the_last_row", "page_numbers_in_the_header",
           "past_a_page_top", "total_cells"]
