"""Rows of a table set with spaces (``pdftotext -layout``) each printed over two lines or more,
a long cell (a project's name, its contents) wrapped under its column::

      序号    项目名称                  建设内容及规模              总投资     年度计划
       1      南浦县城区老旧小区改造    改造老旧小区12个涉及居民    12,600       4,500
              项目                      1860户
       2      南浦县农村饮水安全巩固    新建改造供水工程8处          8,400       3,000
              提升工程

spacedrows.assemble keeps a run whose lines carry on the row above too often as text: where
a row starts cannot be told when a cell is centred on the row's lines (its first line over the
row's number, or figures on a line of their own). Here it can: each row's first line prints
its number and its figures (or, in a table of words, a word in every column the lines under it
print in), the lines under it only the ends of wrapped cells.
"""

from __future__ import annotations

from collections.abc import Callable

Cells = list[list[str]]


def rows_told_apart(out: list[tuple[int, int, Cells]], cells: list[Cells],
                    figures: Callable[[Cells], bool], number: int | None = None) -> bool:
    """The rows ``out`` (the header first) assembled from the lines' ``cells`` can be told apart
    however many lines carry on a row: the header is one line (nothing carried into it: the
    first row's wrapped words printed over its number would be); the rows under it, a total
    after them aside, are numbered 1, 2, 3 … in their first cell, three at least; each row's
    first line holds figures (``figures``) and the lines under it none (figures on a line of
    their own are a cell centred on the row's lines); in a row of words, the lines under it print
    only under the cells its first line prints (``_under_its_cells``). ``number``: the rows go on from the page
    before, without a header, numbered from it (two rows at least), the ends of the last row's
    cells there printed first (``    提升工程``, rows of their own that the table joins to it)."""
    if number is None and (len(out) < 4 or out[0][0] != out[0][1]):
        return False
    data = [row for row in (out[1:] if number is None else out) if row[2][0]]
    if data and not "".join(data[-1][2][0]).isdigit():
        data = data[:-1]  # (a total printed in the first column: 合计)
    numbers = [" ".join(row[2][0]) for row in data]
    start = 1 if number is None else number
    if len(data) < (3 if number is None else 2) or numbers != [str(n) for n in range(start, start + len(data))]:
        return False
    return all((figures(cells[first]) or _under_its_cells(cells, first, last))
               and not any(figures(cells[k]) for k in range(first + 1, last + 1)) for first, last, _ in data)


def _under_its_cells(cells: list[Cells], first: int, last: int) -> bool:
    """A row of words (a 责任分工 table: 任务, 牵头单位, 责任单位, 完成时限, no figure) whose lines
    under its first print words only under the cells its first line prints: the ends of those
    cells wrapped (``县政务服务中心、县`` over ``税务局、县人社局``). A word under a column the first line
    leaves empty is a cell merged over rows and centred on their lines: which row is whose cannot
    be told."""
    return all(not cells[k][c] or cells[first][c] for k in range(first + 1, last + 1) for c in range(len(cells[k])))


def next_number(found: list[tuple[int, int, str]]) -> int | None:
    """The number the next row of a table set with spaces would print, when its last row prints
    its own (``4⇥城乡公交一体化项目⇥…`` → 5): where its rows go on over a page."""
    last = found[-1][2].split("\t")[0] if found else ""
    return int(last) + 1 if last.isdigit() and len(last) <= 3 else None


def row_with_a_comma(text: str, words: list[str], width: int, figure: Callable[[str], bool]) -> bool:
    """A line with a comma that is a row, not a sentence: a cell of words with a comma inside
    (``改造老旧小区12个，涉及居民1860``) among words that fill every column, the first the row's
    number, a figure after it (``   1  南浦县城区老旧小区改造  改造老旧小区12个，涉及居民1860
    12,600  4,500``); in a table of words, a cell cut by the wrap right after its comma
    (``1  推行企业开办一网通办，  县市场监管局  …  2024年6月底前``). A line with 。, or ending as a sentence's part does (，；：), or with fewer
    words, or without its number or figures, stays a sentence (spacedtables._prose)."""
    return len(words) == width and "。" not in text and not text.rstrip().endswith(("，", "；", "：", ",", ";", ":")) \
        and words[0].isdigit() and len(words[0]) <= 3 \
        and (any(figure(word) for word in words[1:]) or any(word.endswith(("，", ",")) for word in words[1:-1]))


def label_cut_by_a_wrap(out: list[tuple[int, int, Cells]]) -> bool:
    """A first cell merged over rows whose name may have wrapped onto the next row's line, in a
    table whose rows under merged first cells were read as rows of their own
    (spacedrows._own_row_under_merged_cell)::

        省重点民生     1      改善中职学校          500
        项目           2      提高医疗救治能力      300
                       3      城乡养老保险扩面      200

    ``项目`` is the end of ``省重点民生项目`` or the next group's name: which cannot be told. A
    row whose first cell is the column's longest, right over a row with a first cell of its own,
    leaves the run text. Names of one row each that do not fill the column (主任 over 副主任
    over its rows) are told apart; a column of the rows' numbers holds no such names."""
    data = [cells for _, _, cells in out[1:]]
    if not any(not cells[0] and all(cells[1:]) for cells in data):
        return False  # (no row under a merged first cell)
    labels = ["".join(cells[0]) for cells in data]
    if any(label.isdigit() for label in labels):
        return False  # (the rows' numbers, no merged names)
    longest = max(len(label) for label in labels)
    return any(labels[i] and labels[i + 1] and len(labels[i]) == longest for i in range(len(labels) - 1))


__all__ = ["label_cut_by_a_wrap", "next_number", "row_with_a_comma", "rows_told_apart"]
