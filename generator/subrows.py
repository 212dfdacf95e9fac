"""The 其中 rows of a budget's or a statistics table: the breakdown of the row above them, which a
total does not add again::

    项目⇥预算数⇥执行数
    税收收入⇥52,340⇥48,100
    其中：增值税⇥21,500⇥19,800      ← the breakdown of 税收收入 starts
    企业所得税⇥8,200⇥7,600          ← still its breakdown, though not marked
    非税收入⇥12,660⇥13,400          ← a row of the table's own level again
    合计⇥65,000⇥61,500

The mark is printed on the first of the parts only (其中：增值税, or 其中： in a row of its own),
so where the parts end is not printed: it is read from the figures. The parts of a row do not add
up to more than it (their running sums stay within the row's figures in every column), a row
numbered as a heading of the first level (二、非税收入) or the next 其中 ends them, and of the
readings left the total tells which one the table was printed with (``check_total``).
"""

from __future__ import annotations

import re
from itertools import product

from .figures import figures_agree
from .normalize import fold

_FIRST_LEVEL = re.compile(r"[一二三四五六七八九十]{1,3}、")
MAX_READINGS = 512  # (ways to end the runs of parts a table is read in, at most)


def is_parts_mark(label: str | None) -> bool:
    """A row's label opens the breakdown of the row above: ``其中：增值税``, ``其中:``, ``其中``
    alone, ``　其中　专项收入``. A label that only holds the word later (``税收收入（其中…）``) or
    a title (``其中省级``, in a header, not asked here) is none."""
    return label is not None and fold(label).lstrip().startswith("其中")


def is_parts_mark_alone(text: str) -> bool:
    """A line (or a cell) that holds the mark alone, the parts under it: ``其中：``, ``其中``. A mark
    with the first part's name after it (``其中：增值税``) or a sentence (``其中：全县共有…。``)
    is none."""
    return fold(text).strip() in ("其中", "其中:")


def with_parts_mark(mark: str, cells: list[str | None]) -> list[str | None]:
    """The row under a mark alone on its line (``其中：`` over ``农副食品加工业⇥21⇥38.2``) with the
    mark before its label, its first cell of words, as a row printing both gives it
    (``其中：农副食品加工业``); the row as it is when it has no such cell."""
    at = next((c for c, value in enumerate(cells) if value and not re.fullmatch(r"[\d.,%()（）、-]+", value)), None)
    if at is None:
        return cells
    return cells[:at] + [f"{mark.strip()}{cells[at]}"] + cells[at + 1:]


def join_parts_marks(rows: list[list[str | None]], single: list[bool], start: int) -> None:
    """A row of a table that holds the mark alone (``其中：`` on its line, ``其中：⇥⇥``, or set with
    spaces) over a row: the mark goes before that row's label (``with_parts_mark``) and its own
    row is left empty, a line without tabs holding nothing (read as no row). A mark over no row
    (the table's last line, or a line without tabs under it) stays as it is."""
    for k in range(start, len(rows) - 1):
        row = rows[k]
        if len(row) > 1 and row[0] and row[1]:
            continue  # (two cells filled, no mark alone: most rows, asked before the cells are listed)
        filled = [c for c in row if c]
        if len(filled) == 1 and "其中" in filled[0] and is_parts_mark_alone(filled[0]) and not single[k + 1]:
            rows[k + 1] = with_parts_mark(filled[0], rows[k + 1])
            rows[k], single[k] = [None], True


def parts_runs(labels: list[str | None], numbers: list[list[float | None]]) -> list[tuple[int, list[int]]]:
    """For each row marked ``其中`` (``is_parts_mark``), the ways its run of parts may end, as the
    count of rows in it (one: the marked row alone, up to the rows before the next mark or a row
    numbered ``一、``), as long as the parts' running sums stay within the row above in every
    column where both print a figure."""
    runs = []
    marks = [i for i, label in enumerate(labels) if i > 0 and is_parts_mark(label)]
    for n, i in enumerate(marks):
        stop = marks[n + 1] if n + 1 < len(marks) else len(labels)
        parent = numbers[i - 1]
        sums = [0.0] * len(parent)
        lengths = []
        for j in range(i, stop):
            if j > i and labels[j] is not None and _FIRST_LEVEL.match(fold(labels[j])):
                break
            sums = [s + (v or 0.0) for s, v in zip(sums, numbers[j])]
            if any(p is not None and s > p + 1e-6 * max(1.0, abs(p)) for s, p in zip(sums, parent)):
                break
            lengths.append(j - i + 1)
        runs.append((i, lengths or [1]))
    return runs


def breakdown_readings(labels: list[str | None], numbers: list[list[float | None]]) -> list[set[int]]:
    """The sets of rows that may be breakdowns of another row (each way to end each run of parts,
    ``parts_runs``); none when no row is marked ``其中``. When the ways are too many to try
    (``MAX_READINGS``), each run is its marked row alone."""
    runs = parts_runs(labels, numbers)
    if not runs:
        return []
    count = 1
    for _, lengths in runs:
        count *= len(lengths)
    choices = [lengths for _, lengths in runs] if count <= MAX_READINGS else [[1] for _ in runs]
    return [{j for (i, _), n in zip(runs, ends) for j in range(i, i + n)} for ends in product(*choices)]


def best_reading(readings: list[set[int]], numbers: list[list[float | None]],
                 stated: list[float | None]) -> set[int]:
    """Of the ``readings`` (the rows each leaves out), the one whose other rows add up to the
    total's figures (``stated``, one a summed column) in the most columns; the first of them
    when several do (the runs shortest). Sums are taken once, and each reading's left-out rows
    taken from them (a table tries up to ``MAX_READINGS``)."""
    sums = [sum(row[c] or 0.0 for row in numbers) for c in range(len(stated))]

    def agreeing(parts: set[int]) -> int:
        kept = [s - sum(numbers[k][c] or 0.0 for k in parts) for c, s in enumerate(sums)]
        return sum(1 for s, t in zip(kept, stated) if t is not None and figures_agree(s, t))

    return max(readings, key=agreeing, default=set())


_CODE = re.compile(r"\d{3,12}")  # (a 科目编码: 201, 20101, 2010101; not a row's number)


def first_level_codes(data: list[list[str | None]]) -> list[int] | None:
    """The rows of the first level of a table of 科目编码, whose codes nest (201 一般公共服务支出
    over 20101 人大事务 over 2010101 行政运行: a code extends the code of the row it is a part
    of): the indexes of the rows whose code extends no other row's, which a total adds up. The
    codes' column: the first column with cells (the caller leaves the groups' columns out), all
    figures of 3 digits or more, of two lengths at least, each code longer than the shortest
    extending another; None when the table has none (a 序号 of 1, 2…; years of one length) or
    every row is of the first level."""
    c = next((c for c in range(len(data[0]) if data else 0) if any(row[c] for row in data)), None)
    codes = [row[c] for row in data if row[c]] if c is not None else []
    if len(codes) < 2 or not all(_CODE.fullmatch(code) for code in codes):
        return None
    shortest = min(map(len, codes))
    known = set(codes)
    if shortest == max(map(len, codes)) or not all(
            len(code) == shortest or any(code[:k] in known for k in range(shortest, len(code))) for code in codes):
        return None
    top = [r for r, row in enumerate(data)
           if not row[c] or not any(row[c][:k] in known for k in range(shortest, len(row[c])))]
    return top if len(top) < len(data) else None


def first_level_of_classes(titles: list[str], data: list[list[str | None]]) -> list[int] | None:
    """The rows of the first level of a table whose 科目编码 is printed in columns of its parts,
    类⇥款⇥项 (``201⇥⇥⇥一般公共服务支出`` over ``201⇥01⇥⇥人大事务`` over ``201⇥01⇥01⇥行政运行``): the
    indexes of the rows that print no 款, which a total adds up; None when the titles hold no 类
    then 款, or every row or none prints its 款."""
    keys = [t.strip() for t in titles]
    c = next((c for c in range(len(keys) - 1) if keys[c] == "类" and keys[c + 1] == "款"), None)
    if c is None:
        return None
    top = [r for r, row in enumerate(data) if not row[c + 1]]
    return top if 0 < len(top) < len(data) else None


# A row's number as a 序号 column prints it: 1, 12, 1、, 2., （3）, 一, 二、.
_ROW_NUMBER = re.compile(r"\d{1,4}[、.．]?|[(（]\d{1,4}[)）]|[一二三四五六七八九十]{1,3}、?")


def merged_down(prev: list[str | None], cells: list[str | None], deeper: bool = False) -> list[str | None]:
    """A row printed with its first cells empty, under ``prev`` (a row it continues none of): the
    empty cells are merged over the rows and take the values of the row above — but where the
    row opens a 其中 (``⇥其中：土地出让收入安排的支出⇥9000`` under ``1⇥城乡社区支出⇥12000``), or its
    label is indented more than the row above's (``deeper``: ``⇥　　普通教育⇥3000`` under
    ``1⇥教育支出⇥5200``, a level printed by indentation), whose parts are not numbered: a row's
    number above is not copied (its 序号 stays empty, and the parts under it copy that empty cell).
    A 其中 printed right of the row above's label breaks a cell of that row down (``2⇥教育提质⇥新增学位``
    over ``⇥⇥其中：新建幼儿园``): the row is under its merged cells, its number too."""
    lead = 0
    while lead < len(cells) and cells[lead] is None and lead < len(prev):
        lead += 1
    label = next((c for c, v in enumerate(prev) if v is not None and not _ROW_NUMBER.fullmatch(v)), len(prev))
    if lead < len(cells) and lead <= label and (is_parts_mark(cells[lead]) or (deeper and lead == label)):
        return [None if v is not None and _ROW_NUMBER.fullmatch(v) else v for v in prev[:lead]] + cells[lead:]
    return prev[:lead] + cells[lead:]


def label_indent(raw_row) -> int:
    """How far a raw row's label (its first cell of words that is no row number) is indented: the
    leading spaces, full-width or not (``　　行政运行`` 2)."""
    label = next((v for v in raw_row if v.strip() and not _ROW_NUMBER.fullmatch(v.strip())), "")
    return len(label) - len(label.lstrip(" \u3000"))


def label_indents(raw: tuple, row_lines: tuple, lines: list[int]) -> list[int] | None:
    """The indentation of each row's label as printed (the leading spaces, full-width or not, of
    its first cell of words: ``　　行政运行`` 2) for the rows that start on ``lines``, from the
    block's ``raw`` rows and the lines they start on; None when the rows' lines are not known."""
    at = {no: k for k, no in enumerate(row_lines)} if row_lines and len(row_lines) == len(raw) else None
    if at is None or any(no not in at for no in lines):
        return None
    return [label_indent(raw[at[no]]) for no in lines]


def first_level_by_indent(indents: list[int] | None) -> list[int] | None:
    """The rows of the first level of a table whose levels are printed by indentation alone (a
    budget's 一般公共服务支出 over ``　人大事务`` over ``　　行政运行``, no 科目编码): the indexes of
    the rows least indented, which a total adds up; None when every row is as indented."""
    if not indents:
        return None
    least = min(indents)
    top = [r for r, n in enumerate(indents) if n == least]
    return top if len(top) < len(indents) else None


__all__ = ["best_reading", "breakdown_readings", "first_level_codes", "first_level_by_indent", "first_level_of_classes", "is_parts_mark", "is_parts_mark_alone", "join_parts_marks", "label_indent", "label_indents", "merged_down", "parts_runs", "with_parts_mark"]
