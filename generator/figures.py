"""Figures as a table's cells print them, and the value each gives a typed column.

* a minus sign of another width (－3.2, −3.2) is a minus;
* thousands separators (1,200,000) are dropped, full-width ones too (1，234.56, as a text typed in
  full-width mode prints them);
* brackets: a column is in accounting style when one of its cells prints a figure in brackets
  that only accounts print so — with a decimal point or thousands separators ((3.2), （1,250））;
  in such a column every figure in brackets is negative, (190) too. Elsewhere a whole figure in
  brackets ((3), （12）) is a footnote's mark, an item's number or a count, never a negative:
  its column stays text;
* a column whose every figure is a percentage (12.5%, -3.2%, 12.5％) is a column of numbers: each
  value is the printed figure without its sign (12.5), and the column's description says the
  figures were printed as percentages (``percent_column``);
* a row's number printed with its mark (1、, 2., 3．) is the number: a column of them is of
  integers;
* a column whose every figure is printed with one unit in its cell (186.4亿元, 3.2万人, 12个: a
  unit of money, people, counts, weight, length, area or energy — no 年, 月 or 日, which make
  dates) is a column of numbers: each value is the figure without its unit, and the column's
  description names the unit (``unit_in_cells``);
* a cell listing figures of three digits each parted by a comma (102，103, 115，118，121: the 提案号
  or 页码 of a row that holds two) in a column whose other figures are all whole and of three
  digits at most is a list, not a figure with thousands separators (``lists_figures``): the
  column is of strings. 1，234，567 (a first group shorter), or 125，300 among figures of four
  digits or more, stays a figure.

The parse keeps every cell as printed; only the typed datasets take these values.
"""

from __future__ import annotations

import re

_MINUS_SIGNS = "－−﹣"
_BRACKETED = re.compile(r"[(（]([+-]?(?:\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+\.\d+))[)）]")
_WHOLE_BRACKETED = re.compile(r"[(（](\d+)[)）]")
_THOUSANDS = re.compile(r"[+-]?\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?")
_PERCENT = re.compile(r"[+\-－−﹣]?(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?[%％]")
_MARKED = re.compile(r"(\d{1,4})[、.．]")
# Units a figure is printed with in its cell; longest first where one ends another (万人 before 人).
_UNITS = ("亿元", "万元", "千元", "元", "万人次", "人次", "万人", "人", "万户", "户", "名", "个", "家", "所", "座",
          "处", "项", "件", "台", "辆", "套", "栋", "头", "万吨", "吨", "千克", "公斤", "万千瓦时", "千瓦时", "万千瓦",
          "千瓦", "公里", "千米", "万平方米", "平方公里", "平方米", "万亩", "亩", "公顷", "万立方米", "立方米", "张",
          "床", "米")
UNIT_ENDS = frozenset(u[-1] for u in _UNITS)
_WITH_UNIT = re.compile(r"([+\-－−﹣]?(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?)(" + "|".join(_UNITS) + ")")


def plain_number(value: str, accounting: bool = False) -> str:
    """A number as printed without its thousands separators (1,200,000 and 1，200，000 → 1200000) and with its
    minus sign as '-' (－3.2, (3.2) → -3.2; ``accounting``, a column in accounting style: (190)
    → -190 too)."""
    if value[:1] in _MINUS_SIGNS and value[1:2].isdigit():
        value = "-" + value[1:]
    elif value[:1] in "(（" and (m := _BRACKETED.fullmatch(value)) and not m.group(1).startswith(("-", "+")):
        value = "-" + m.group(1)
    elif accounting and value[:1] in "(（" and (m := _WHOLE_BRACKETED.fullmatch(value)):
        value = "-" + m.group(1)
    if ("," in value or "，" in value) and _THOUSANDS.fullmatch(value):
        return value.replace(",", "").replace("，", "")
    return value


# What plain_number reads first: a minus of another width or a bracket (and an empty value,
# which every string holds).
_READS_FIRST = _MINUS_SIGNS + "(（"


def plain_numbers(values, accounting: bool, placeholders: frozenset) -> list[str]:
    """``plain_number`` of each value neither empty nor a placeholder; a value that starts with no
    sign or bracket and holds no comma (most cells) is its own, given back without the call."""
    return [v if v[:1] not in _READS_FIRST and "," not in v and "，" not in v else plain_number(v, accounting)
            for v in values if v is not None and v not in placeholders]


def accounting_style(values, title: str = "") -> bool:
    """Some cell of the column prints a figure in brackets as only accounts do (a decimal point
    or thousands separators: (3.2), （1,250）), or the column's ``title`` names a change
    (``changes_column``: 比上年增减, 差额) and some cell prints a whole figure in brackets, (200):
    a decrease."""
    for v in values:  # (a loop, not any(): asked of every cell of every column)
        if v is not None and v[:1] in "(（" and _BRACKETED.fullmatch(v):
            return True
    return changes_column(title) and any(v is not None and v[:1] in "(（" and _WHOLE_BRACKETED.fullmatch(v)
                                         for v in values)


# The title of a column of changes, whose decreases a budget prints in brackets, ending with the
# word (its unit after it): 比上年增减, 增减额, 收支差额, 变动额, 增减（万元） (not 增长（%）, whose rates
# print their decimals, nor 增减原因, a column of words).
_CHANGES = re.compile(r"(?:增减|差额|变动额)(?:额|数)?(?:[(（][^()（）]{1,6}[)）])?$")


def changes_column(title: str) -> bool:
    """A column's title names a change: 比上年增减, 增减额, 收支差额."""
    return ("增减" in title or "额" in title) and _CHANGES.search(title) is not None


def is_percent(value: str) -> bool:
    """A percentage as printed: 12.5%, -3.2%, 12.5％, 1,205%."""
    return _PERCENT.fullmatch(value) is not None


def is_marked_number(value: str) -> bool:
    """A row's number with its mark: 1、, 2., 3．."""
    return _MARKED.fullmatch(value) is not None


def percent_column(values) -> bool:
    """Every figure of the column a percentage (placeholders, which hold no digit, aside)."""
    found = False
    for v in values:
        if v is None:
            continue
        if v[-1:] in "%％":
            if not is_percent(v):
                return False
            found = True
        elif _DIGIT.search(v):
            return False  # (a figure that is no percentage; asked of text columns too: no walk by character)
    return found


_DIGIT = re.compile(r"\d")


def unit_in_cells(values) -> str | None:
    """The unit every figure of a column is printed with in its cell (186.4亿元, 61.3亿元 → 亿元;
    placeholders, which hold no digit, aside); None when a figure prints none, another, or one
    that is no unit of figures (2024年, 9月底)."""
    unit = None
    for v in values:
        if v is None:
            continue
        if v[-1:] not in UNIT_ENDS:
            if _DIGIT.search(v):
                return None  # (a figure without the unit; asked of text columns too: no walk by character)
            continue
        m = _WITH_UNIT.fullmatch(v)
        if m is None or (unit is not None and m.group(2) != unit):
            return None
        unit = m.group(2)
    return unit


def typed_figure(value: str, accounting: bool = False) -> str:
    """The value a cell gives a column typed integer or number: ``plain_number``, without the
    percentage's sign (12.5% → 12.5), a row number's mark (1、 → 1) or the unit printed in the
    cell (186.4亿元 → 186.4)."""
    if value[-1:] in "%％" and is_percent(value):
        value = value[:-1]
    elif value[-1:] in UNIT_ENDS and (m := _WITH_UNIT.fullmatch(value)):
        value = m.group(1)
    elif value[-1:] in "、.．" and (m := _MARKED.fullmatch(value)):
        value = m.group(1)
    return plain_number(value, accounting)


# A full-width comma between a figure's thousands (1，234.56): no clause's.
_WIDE_SEPARATOR = re.compile(r"(?<=\d)，(?=\d{3}(?!\d))")


def clause_comma(text: str) -> bool:
    """``text`` holds a full-width comma that parts a sentence's clauses, not one that sets apart
    a figure's thousands (1，234.56, as a text typed in full-width mode prints them)."""
    return "，" in text and "，" in _WIDE_SEPARATOR.sub("", text)


# Figures of three digits each, parted by commas, rising: 102，103, 115，118，121.
_LISTED = re.compile(r"\d{3}(?:[,，]\d{3})+")


def figure_list(value: str) -> bool:
    """A cell that may list figures rather than print one: groups of three digits each (the first
    too) parted by commas, each above the one before (102，103; 115，118，121)."""
    if _LISTED.fullmatch(value) is None:
        return False
    groups = [int(g) for g in re.split("[,，]", value)]
    return all(a < b for a, b in zip(groups, groups[1:]))


def lists_figures(values) -> bool:
    """Some cell of a column lists figures (``figure_list``) while every other figure of the column
    is whole and of three digits at most (101, 107, 126): its commas part a list (a row naming two
    proposals, two pages), not a figure's thousands (the column's figures never reach a thousand
    elsewhere). Placeholders and words, which hold no figure, are not counted; a column of lists
    alone, or beside a figure of four digits or more, is left as printed."""
    joined = "\n".join(filter(None, values))  # (a comma in none of them: most columns, said at once)
    if "，" not in joined and "," not in joined:
        return False
    listed = small = False
    for v in values:
        if not v:
            continue
        if "，" in v or "," in v:
            if not figure_list(v):
                return False
            listed = True
        elif v.isdigit() and v.isascii():
            if len(v) > 3:
                return False
            small = True
    return listed and small


def figures_agree(summed: float, stated: float) -> bool:
    """A sum and the figure a total prints are the same, within floating point's rounding."""
    return abs(summed - stated) <= 1e-6 * max(1.0, abs(stated))


__all__ = ["accounting_style", "plain_numbers", "changes_column", "clause_comma", "figure_list", "figures_agree", "is_marked_number", "lists_figures", "is_percent", "percent_column", "plain_number", "typed_figure", "unit_in_cells", "UNIT_ENDS"]
