"""A column's type: integer, number, date or string, the narrowest every printed value has,
placeholders (—, /) aside and figures read as ``figures`` reads them (thousands separators,
minus signs, brackets, percentages, units in the cells, rows' numbers with their marks)."""

from __future__ import annotations

import re
from functools import lru_cache

from .figures import accounting_style, is_marked_number, lists_figures, percent_column, plain_number, plain_numbers, \
    typed_figure, unit_in_cells
from .identifiers import ChineseDate

_INT = re.compile(r"[+-]?\d+")
_NUM = re.compile(r"[+-]?(?:\d+(?:\.\d+)?|\.\d+)%?")


PLACEHOLDERS = ("—", "-", "/", "／", "无", "——", "－", "\\",
                "…", "……", "...", "×")  # (a statistical table's marks: … too small to count, × no figure belongs)
_PLACEHOLDER_SET = frozenset(PLACEHOLDERS)


_ISO_DATE = re.compile(r"(?:19|20)\d{2}-\d{2}-\d{2}")


INT64 = 2 ** 63  # an integer column is written as Arrow's int64: a larger figure is no integer
FLOAT_DIGITS = 15  # digits a float64 holds exactly


def _code_with_zeros(value: str) -> bool:
    """A whole figure printed with leading zeros (0734, -0734): a code, whose zeros a number drops."""
    digits = value.lstrip("+-")
    return bool(_INT.fullmatch(value)) and len(digits) > 1 and digits.startswith("0")


def _exact_float(value: str) -> bool:
    """A float64 gives the figure back as printed: finite, at most 15 significant digits, and
    no code with leading zeros."""
    return not _code_with_zeros(value) and len(value.lstrip("+-").replace(".", "").lstrip("0")) <= FLOAT_DIGITS


def infer_type(values: list[str | None], title: str = "") -> str:
    """integer, number, date or string: the narrowest type every printed value has (a figure too
    large for a 64-bit integer, or for a float, keeps its column a string; how brackets,
    percentages and rows' numbers with their marks are read, under the column's ``title``:
    ``figures``)."""
    first = next((v for v in values if v is not None and v not in _PLACEHOLDER_SET), None)
    if first is not None and first[:1] not in "(（" and _of_no_type(plain_number(first)):
        return "string"  # (its first word fails every type below: a column of words, read no further)
    accounting = accounting_style(values, title)  # ((3,770) over (190): both negative; (3) alone is a mark)
    present = plain_numbers(values, accounting, _PLACEHOLDER_SET)
    if not present:
        return "string"
    if all(map(_is_integer, present)):
        return "string" if len(present) > 1 and lists_figures(values) else "integer"  # (102，103 among 101, 107)
    if all(_is_integer(v) or (is_marked_number(v) and _is_integer(typed_figure(v))) for v in present):
        return "integer"  # a row's number with its mark: 1、, 2., 3．
    if all(map(_is_number, present)) and not _outline_numbers(present) \
            and not all(v[:1] in "(（" for v in values if v is not None and v not in PLACEHOLDERS):
        return "number"
    if all(_is_number(typed_figure(v)) for v in present):  # (asked first: a column of words fails at its first)
        if percent_column(present):
            return "number"  # 12.5%, -3.2%: the figures, the sign in the column's description
        if unit_in_cells(present):
            return "integer" if all(_is_integer(typed_figure(v)) for v in present) else "number"  # (186.4亿元, 12个)
    if all(map(_is_date, present)):
        return "date"
    return "string"


def _of_no_type(value: str) -> bool:
    """A value (read as a figure: ``plain_number``) that fails every test ``infer_type`` asks of
    each value: no integer (marked or not), no number (typed or not), no date. A column holding
    one is of strings, whatever its other cells (the first value of a column not bracketed reads
    so in an accounting column too: only a bracket is read otherwise)."""
    return not _is_integer(value) and not (is_marked_number(value) and _is_integer(typed_figure(value))) \
        and not _is_number(value) and not _is_number(typed_figure(value)) and not _is_date(value)


_SUB_NUMBER = re.compile(r"(\d{1,3})\.(\d{1,2})")


def _outline_numbers(present: list[str]) -> bool:
    """Items numbered 1, 1.1, 1.2, 2, 2.1 (an item's sub-items under it): labels, not figures —
    each n.m follows n or n.(m-1)."""
    subs = [_SUB_NUMBER.fullmatch(v) for v in present]
    if sum(1 for m in subs if m) < 2 or len(subs) - sum(1 for m in subs if m) < 2:
        return False
    for k, m in enumerate(subs):
        if m is None:
            continue
        n, part = m.groups()
        before = present[k - 1] if k else ""
        if before != (n if part == "1" else f"{n}.{int(part) - 1}"):
            return False
    return True


# Each value's types are cached: the same figures (1, 2, 0, 100%) fill column after column.
@lru_cache(maxsize=1 << 14)
def _is_integer(value: str) -> bool:
    return bool(_INT.fullmatch(value) and len(value) <= 20 and -INT64 <= int(value) < INT64
                and not _code_with_zeros(value))


@lru_cache(maxsize=1 << 14)
def _is_number(value: str) -> bool:
    return bool(_NUM.fullmatch(value) and not value.endswith("%") and _exact_float(value))


@lru_cache(maxsize=1 << 14)
def _is_date(value: str) -> bool:
    try:
        return ChineseDate.parse(value) is not None or bool(
            _ISO_DATE.fullmatch(value))
    except ValueError:
        return False


__all__ = ["FLOAT_DIGITS", "INT64", "PLACEHOLDERS", "infer_type"]
