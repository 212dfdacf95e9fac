"""Columns: what their cells look like (used to place cells of misprinted rows), their types,
their totals and their keys.

* ``profile``/``align``: the shape of each column (empty, numbering, integers, dates, lengths),
  from the rows printed at full width; a row printed with a cell missing or an extra empty cell
  is placed where columns of its cells' shape stand;
* ``infer_type``: integer, number, date or string, ignoring placeholders (—, /) and thousands
  separators; ``check_total`` compares a 合计 row with the column sums;
* ``column_key``: ASCII snake_case keys (Hanyu Pinyin of the printed title), unique per table.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from pypinyin import lazy_pinyin

from .figures import UNIT_ENDS, accounting_style, figures_agree, plain_number, typed_figure
# (a column's type: columntypes; its names kept here, where the table modules import them)
from .columntypes import (FLOAT_DIGITS, INT64, PLACEHOLDERS, _INT, _NUM, _code_with_zeros, _exact_float, _is_date,
                          _is_integer, _is_number, _outline_numbers, infer_type)
from .model import Diagnostic
from .normalize import HAN, fold
from .subrows import best_reading, breakdown_readings, first_level_by_indent, first_level_codes, first_level_of_classes

_NUMBERED = re.compile(r"^\(?[\d一二三四五六七八九十]{1,3}[.、)）]")


@dataclass(frozen=True, slots=True)
class _ColumnShape:
    empty: float
    numbered: float
    integer: float
    length: float
    dated: float
    figure: float


_DATED = re.compile(r"\d{4}\s*年")


def merged_down(rows: list[list[str | None]]) -> list[list[str | None]]:
    """The rows with their leading empty cells, merged cells spanning rows, filled with the
    value above."""
    filled: list[list[str | None]] = []
    for r in rows:
        r = list(r)
        lead = 0
        while filled and lead < len(r) and r[lead] is None and lead < len(filled[-1]):
            r[lead] = filled[-1][lead]
            lead += 1
        filled.append(r)
    return filled


def profile(rows: list[list[str | None]], width: int) -> list[_ColumnShape] | None:
    """What the cells of each column look like, from the rows printed at full width."""
    if not rows:
        return None
    filled = merged_down(rows)
    shapes = []
    n = len(filled)
    for c in range(width):
        present = [r[c] for r in filled if c < len(r) and r[c]]
        numbered = integer = dated = figure = 0
        for v in present:  # (one pass over the column's cells)
            is_numbered, is_integer, is_dated, is_figure = _shape_of(v)
            numbered += is_numbered
            integer += is_integer
            dated += is_dated
            figure += is_figure
        shapes.append(_ColumnShape(
            empty=1 - len(present) / n,
            numbered=numbered / max(1, len(present)),
            integer=integer / max(1, len(present)),
            length=sum(math.log1p(len(v)) for v in present) / max(1, len(present)),
            dated=dated / max(1, len(present)),
            figure=figure / max(1, len(present)),
        ))
    return shapes


@lru_cache(maxsize=1 << 14)
def _shape_of(value: str) -> tuple[bool, bool, bool, bool]:
    """A cell's shape: numbered, an integer, dated (a date needs its 年), a figure (3200,
    12.5, 8%: words as long as a column's figures, 县教育局 beside 3200, are no figure). Cached:
    the same cells (1, 2, —, 城关镇) fill column after column."""
    return (_NUMBERED.match(value) is not None, _INT.fullmatch(value) is not None,
            "年" in value and _DATED.search(value) is not None, _NUM.fullmatch(value) is not None)


def _cell_score(value: str | None, shape: _ColumnShape) -> float:
    """How well one cell fits a column of this shape (0–6; an empty cell 0–1)."""
    if value is None:
        return shape.empty
    numbered, integer, dated, figure = _shape_of(value)
    return ((1 - shape.empty)
            + (1 - abs(numbered - shape.numbered))
            + (1 - abs(integer - shape.integer))
            + (1 - min(1.0, abs(math.log1p(len(value)) - shape.length) / 2))
            + (1 - abs(dated - shape.dated))
            + (1 - abs(figure - shape.figure)))


# Scores are compared at this many decimals: sums made in another order (``align``'s running
# sums) must not tell equal scores apart.
_PLACES = 9


def fit_score(cells: list[str | None], profile: list[_ColumnShape]) -> float:
    return round(math.fsum(_cell_score(v, shape) for v, shape in zip(cells, profile)), _PLACES)


def _trimmed(cells: list[str | None]) -> int:
    n = len(cells)
    while n and cells[n - 1] is None:
        n -= 1
    return n


def align(cells: list[str | None], width: int, profile: list[_ColumnShape] | None
           ) -> list[str | None]:
    """A row printed with cells missing (an empty cell the extraction dropped) or with an extra
    empty cell in front: place its cells where columns of their shape stand."""
    n = len(cells)  # as printed: a trailing tab is an empty last cell, not a missing one
    if profile is None or n == width or _trimmed(cells) == 0:
        return cells
    row = list(cells)
    if n < width:
        return _with_gap(row, width, profile)
    lead = 0
    while lead < n - width and row[lead] is None:
        lead += 1
    if lead == 0:
        return cells
    trimmed = row[lead:]
    if fit_score(trimmed, profile) < fit_score(row, profile) + 1.0:
        return cells
    return trimmed


def _with_gap(row: list[str | None], width: int, profile: list[_ColumnShape]) -> list[str | None]:
    """A row short of ``width - len(row)`` cells: the missing cells placed together where the
    row fits its columns best (clearly better than at the end, where they are by default; the
    first such place on a tie). Each place's score comes from running sums of the cells' scores
    (the cells before the gap in their own columns, those after it shifted by the gap), so a row
    of thousands of cells costs as many scores, not as many squared."""
    n, gap = len(row), width - len(row)
    before, after, empty = [0.0], [0.0] * (n + 1), [0.0]
    for c in range(n):
        before.append(before[-1] + _cell_score(row[c], profile[c]))
    for c in range(n - 1, -1, -1):
        after[c] = after[c + 1] + _cell_score(row[c], profile[c + gap])
    for c in range(width):
        empty.append(empty[-1] + profile[c].empty)
    scores = [round(before[p] + (empty[p + gap] - empty[p]) + after[p], _PLACES) for p in range(n + 1)]
    best = max(range(n + 1), key=lambda p: (scores[p], -p))
    if best == n or scores[best] < scores[n] + 1.0:
        return row
    return row[:best] + [None] * gap + row[best:]


def to_number(value: str | None, accounting: bool = False) -> float | None:
    if value is None:
        return None
    value = plain_number(value, accounting) if value[-1:] not in UNIT_ENDS else typed_figure(value, accounting)
    if not _NUM.fullmatch(value) or value.endswith("%"):
        return None
    return float(value)


# Columns whose figures do not add up to the total's: rates, speeds of growth and shares (完成预算（%）,
# 增长率, 增速, 占比), indices (价格指数), averages and prices, ranks, years, the rows' numbers.
_NOT_SUMMED = re.compile(r"[%％‰]|率|比例|比重|占比|增长|增幅|增速|增减|同比|环比|指数|平均|人均|均价|单价|排名|名次|序号|年份|标准")


# A total named for what it adds up (收入合计, 支出总计, 一、基金收入合计).
_NAMED_TOTAL = re.compile(r"(?:[一二三四五六七八九十]{1,3}、)?[" + HAN + "]{1,8}(?:合计|总计)")
# A row of the first level of a table of levels (一、税收收入 over 增值税 and 其中：…).
_FIRST_LEVEL = re.compile(r"[一二三四五六七八九十]{1,3}、")


# What a total's or a subtotal's cell says after the word: a count in brackets (合计（3个）).
_COUNTED = re.compile(r"(?<=计)\([^()]{1,8}\)$")


def total_word(key: str) -> str:
    """A folded cell as the word of a total it may be: 合计: → 合计, 合计(3个) → 合计."""
    key = key.rstrip(":")
    return _COUNTED.sub("", key) if key.endswith(")") else key


def names_total(words) -> bool:
    """A cell's folded text is a total named for what it adds up: 收入合计, 支出总计."""
    return any(_NAMED_TOTAL.fullmatch(w) for w in words)


def total_printed_first(rows, k: int) -> bool:
    """Row ``k``, the table's first data row, naming a total (收入合计⇥98000⇥101200) is the total
    printed over the items it adds up, as budget tables print it — unless a row after it says
    合计/总计 or names a total too (收入合计 … 支出合计: the rows of a summary, each data)."""
    for row in rows[k + 1:]:
        said = {total_word(fold(c)) for c in row if c and "计" in c}
        if said and ("合计" in said or "总计" in said or names_total(said)):
            return False
    return True


def check_total(table_id, columns, data, total, line, indents=None) -> list[Diagnostic]:
    """A 合计 row's figures against the sums of their columns (not of rates, averages, prices,
    ranks: ``_NOT_SUMMED``) — of every row or, in a table of levels, of the rows of the first
    level (一、税收收入, 二、非税收入: the rows under them are their parts) or, in a table of 其中
    rows, of the rows that are no breakdown of another (``_breakdowns``), in a table of 科目编码 of
    the rows whose code extends no other's (201, not 20101) or that print no 款 (类⇥款⇥项), in a
    table of levels printed by indentation alone (each row's label's ``indents``) of the rows least
    indented, whichever the total agrees with in more columns."""
    out = _mismatches(table_id, columns, data, total, line)
    if out:
        first = [row for row in data if any(c and _FIRST_LEVEL.match(c) for c in row)]
        if first and len(first) < len(data):
            out = min(out, _mismatches(table_id, columns, first, total, line), key=len)
        own = [c for c, col in enumerate(columns) if col.title not in (GROUP_COLUMN, SUBGROUP_COLUMN)]
        for top in (first_level_codes([[row[c] for c in own] for row in data]),
                    first_level_of_classes([col.title for col in columns], data), first_level_by_indent(indents)):
            if out and top is not None:  # (201 over 20101 over 2010101, or over 201⇥01: the first level)
                out = min(out, _mismatches(table_id, columns, [data[r] for r in top], total, line), key=len)
        if out and any("其中" in c for row in data for c in row if c):  # (the costly readings behind it)
            parts = _breakdown(columns, data, total)
            kept = [r for k, r in enumerate(data) if k not in parts]
            out = min(out, _mismatches(table_id, columns, kept, total, line), key=len) if parts else out
    return out


def _breakdown(columns, data, total) -> set[int]:
    """The rows of ``data`` that are the breakdown of another, marked 其中 (and those after it),
    in the reading the total agrees with best (subrows.best_reading), from each row's label (its
    first cell of words, the grouping columns aside) and its figures in the summed columns."""
    summed = [c for c, col in enumerate(columns) if col.type in ("integer", "number")
              and c < len(total) and not _NOT_SUMMED.search(col.title)]
    words = [c for c, col in enumerate(columns) if col.title not in (GROUP_COLUMN, SUBGROUP_COLUMN)]
    labels = [next((row[c] for c in words if row[c] and to_number(row[c]) is None), None) for row in data]
    accounting = {c: accounting_style([row[c] for row in data] + [total[c]], columns[c].title) for c in summed}
    numbers = [[to_number(row[c], accounting[c]) for c in summed] for row in data]
    stated = [to_number(total[c], accounting[c]) for c in summed]
    return best_reading(breakdown_readings(labels, numbers), numbers, stated)


def is_summed(col) -> bool:
    """A column of figures that a total adds up (no rate, average, price, rank: ``_NOT_SUMMED``)."""
    return col.type in ("integer", "number") and not _NOT_SUMMED.search(col.title)


def _mismatches(table_id, columns, data, total, line) -> list[Diagnostic]:
    out = []
    for c, col in enumerate(columns):
        if c >= len(total) or not is_summed(col):
            continue
        accounting = accounting_style([row[c] for row in data] + [total[c]], col.title)
        stated = to_number(total[c], accounting)
        if stated is None:
            continue
        summed = sum(to_number(row[c], accounting) or 0 for row in data)
        if not (math.isfinite(stated) and math.isfinite(summed)) or not figures_agree(summed, stated):
            out.append(Diagnostic(
                "table-total-mismatch", "warning",
                f"{table_id}: column {col.title} totals {_fmt(summed)} but the 合计 row prints "
                f"{total[c]}", line, total[c]))
    return out


def _fmt(x: float) -> str:
    return str(int(x)) if math.isfinite(x) and x == int(x) else f"{x:g}"


@lru_cache(maxsize=4096)
def column_key(title: str) -> str:
    """ASCII snake_case key of a printed header: 任务数（人） → ren_wu_shu_ren. Cached: the same
    titles (序号, 单位, 备注) head table after table, and pinyin is slow to look up."""
    parts = lazy_pinyin(title, errors=lambda chars: [chars])
    text = "_".join(parts).lower()
    text = re.sub(r"[^a-z0-9]+", "_", text).strip("_")
    if text and text[0].isdigit():
        text = "c_" + text
    return text


GROUP_COLUMN = "分组"
SUBGROUP_COLUMN = "子分组"  # (a group's part, when the groups have parts: tablegroups)


def with_keys(columns: list) -> list:
    out = []
    used: set[str] = set()
    for c, col in enumerate(columns):
        base = "group" if col.title == GROUP_COLUMN and c == 0 else \
            "subgroup" if col.title == SUBGROUP_COLUMN and c == 1 else column_key(col.title)
        base = base or f"col_{c + 1}"
        key, n = base, 1
        while key in used:
            n += 1
            key = f"{base}_{n}"
        used.add(key)
        out.append(replace(col, key=key))
    return out
