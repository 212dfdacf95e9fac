"""What each row of a table's raw grid is, before tables.py puts the table together: the
header's parts (merged parents, units under the titles), a unit or form line above the header, a
group's row, a row that continues the one above (cut by a page break, or the wrapped ends of its
cells), the header printed again, page furniture; and the titles the header gives the columns."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .columns import _NUMBERED
from .normalize import fold, join_wrapped, squeeze, strip_markup
from .numbering import numbering
from .pagemarks import PAGE_MARK
from .yeartitles import year_titles

HEADER_CELL_MAX = 24

NAME_END = re.compile(r"(?:公司|集团|局|厂|院|中心|站|所|部|办|委|社|行|店|会|队|馆|场|园|镇|乡|街道|"
                       r"村|社区|单位|学校|中学|小学|医院|政府|办事处)$")


# A cell with no whitespace and no markup character (no &, <, [, *, _, #, >): words, figures and
# the punctuation of figures and names (1,205, 95.5%, 2024.3.5, —, 城关镇（含下）), which
# strip_markup and squeeze give back as they are.
_PLAIN_CELL = re.compile(r"(?:[^\W_]|[.,%/()（）、·:：;；—–－\-])+")


@lru_cache(maxsize=1 << 14)
def cell(text: str) -> str | None:
    """A cell as printed: markup removed; whitespace inside Chinese text removed, except the
    space that separates the names of a list (``湖南向荣新能源科技有限公司 永州市东润电气有限公司``).
    Cached: the same cells (—, 合计, 1,200, a unit's name) fill table after table."""
    if text.isalnum() or _PLAIN_CELL.fullmatch(text):
        return text  # a word or a number: nothing to remove (the common cell)
    plain = strip_markup(text)
    tokens = plain.split()
    if len(tokens) >= 2 and all(len(t) >= 4 and NAME_END.search(t) for t in tokens[:-1]) \
            and NAME_END.search(tokens[-1]):
        return " ".join(tokens)
    value = squeeze(plain)
    return value or None


_NUMERIC = re.compile(r"[+-]?\d+(?:\.\d+)?%?")
_YEAR_MONTH = re.compile(r"\d{4}年\d{1,2}月")


def is_numeric(value: str) -> bool:
    return bool(_NUMERIC.fullmatch(value))


def looks_like_header(cells: list[str | None]) -> bool:
    """Titles, not data: mostly short, no numbers but years compared side by side, no sentences, no dates."""
    values = [c for c in cells if c]
    if len(values) < 2 or (cells[0] and is_numeric(cells[0])):
        return False
    if any("。" in v or "，" in v or _YEAR_MONTH.search(v) for v in values):
        return False
    years = year_titles(list(cells))  # (序号⇥乡镇⇥2022⇥2023: the years compared, bare)
    short = [v for k, v in enumerate(cells) if v and len(v) <= HEADER_CELL_MAX and (not is_numeric(v) or k in years)]
    return len(short) * 2 >= len(values) + 1


def key_of(cells) -> str:
    return "|".join(fold(c) for c in cells if c)


# A table's unit, on a line of its own or beside the caption (folded text): 单位：万元,
# （单位：万元）, 金额单位：元, 计量单位：人、万元.
_UNIT_LABEL = r"(?:计量|金额|数量)?单位[:：]"
UNIT_LINE = re.compile(rf"^\(?{_UNIT_LABEL}")
# What a form prints above its table besides the unit: who filled it in and when.
FORM_LINE = re.compile(rf"^(?:\(?{_UNIT_LABEL}|(?:填报单位|填表单位|制表单位|填报日期|填表日期|填报时间|统计时间)[:：])")
# The unit itself: short, and not an organ's or a place's name (单位：安定镇 is who filled a form in).
_UNIT = re.compile(rf"\(?{_UNIT_LABEL}(?P<unit>[^()]{{1,12}}?)\)?")
_NOT_A_UNIT = re.compile(r"(?:镇|乡|局|委|办|院|中心|公司|政府|街道|村|社区|盖章|签字|签章|部|厅|站|队)\)?$")
# A caption that prints the unit at its end: 2023年财政收支情况表 单位：万元, …表（单位：元）
_CAPTION_UNIT = re.compile(rf"^(?P<caption>.+?)\s*(?P<label>[(（]?{_UNIT_LABEL}\s*(?P<unit>[^()（）:：]{{1,12}}?)[)）]?)$")


def unit_of(text: str) -> str | None:
    """The unit a line says, as printed (``单位：万元`` → ``万元``, ``（单位：人、%）`` → ``人、%``);
    none when the line says none or names who filled a form in."""
    parts = [text] + (_FIELDS_APART.split(text.strip()) if _FIELDS_APART.search(text.strip()) else [])
    for part in parts:  # (单位：万元　　填报日期：2024年3月5日: the unit among the form's fields)
        found = _UNIT.fullmatch(key := fold(part))
        if found and not _NOT_A_UNIT.search(found["unit"]):
            # (as printed where folding kept each character's place: 万元，% and not 万元,%)
            return part[found.start("unit"):found.end("unit")] if len(key) == len(part) else found["unit"]
    return None


_FIELDS_APART = re.compile(r"\t+|[ \u3000]{2,}")


def caption_and_unit(caption: str) -> tuple[str, str | None]:
    """A caption that prints the unit at its end, apart: ``2023年财政收支情况表　单位：万元`` →
    (``2023年财政收支情况表``, ``万元``); any other caption as it is, without a unit."""
    found = _CAPTION_UNIT.match(caption)
    if found is None:
        return caption, None
    unit = unit_of(found["label"])
    return (found["caption"].strip(), unit) if unit else (caption, None)


# A unit printed under a header's title, on a line of its own: （人）, （万元）, （%）.
_UNIT_CELL = re.compile(r"[(（](?![\d\s]+[)）])[^()（）]{1,8}[)）]")  # (not the columns' numbers: （1）)
_FURNITURE = re.compile(r"^(?:[-—–－]\s*)?(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*共\s*\d+\s*页)?(?:\s*[-—–－])?$|公报|续表|\(续\)$")


def is_unit_row(cells: list[str | None]) -> bool:
    values = [c for c in cells if c]
    return len(values) == 1 and bool(UNIT_LINE.match(fold(values[0])))


def is_form_line(cells: list[str | None]) -> bool:
    """A line above the header that says the unit, who filled the form in and when, beside the
    caption perhaps: ``填报单位：县财政局⇥⇥⇥单位：万元``, ``2024年…分配表⇥⇥⇥单位：万元``."""
    values = [c for c in cells if c]
    labelled = [v for v in values if FORM_LINE.match(fold(v))]
    return 1 <= len(values) <= 2 and bool(labelled) and not any(is_numeric(v) for v in values) \
        and not any(":" in fold(v) for v in values if v not in labelled)  # (单位：…⇥联系人：… is a row)


# The percentage under a title of a rate or a change, alone on its line: the title wrapped
# (比上年增长 over （%）). Other bracketed lines under a header are notes, the table's unit or
# a group's label (（排名不分先后）, （单位：万元）, （第一批）, （一）).
_PERCENT_LINE = re.compile(r"[(（]\s*[%％‰]\s*[)）]")
_RATE_TITLE = re.compile(r"率|比|增长|增幅|增减|降幅|占|百分")


def wrapped_percent(title: str | None, line: str | None) -> bool:
    """``line`` is the percentage sign that ``title``, a rate or a change, wrapped onto a line of
    its own."""
    return bool(title and line and _PERCENT_LINE.fullmatch(line) and _RATE_TITLE.search(title)
                and not re.search(r"[%％‰]", title))


def is_units_row(cells: list[str | None]) -> bool:
    """The units of the header's titles printed on a line under them: ``⇥⇥（人）⇥（人）⇥（%）``."""
    values = [c for c in cells if c]
    return bool(values) and all(_UNIT_CELL.fullmatch(v) for v in values)


TAIL_STARTS = "年月日号底时)）、，。"


def wrapped_cell(row: list[str | None], tail: str) -> int:
    """Which cell a tail wrapped onto its own line belongs to: one that stops inside a date or a
    number when the tail goes on with 月, 日, 号…; otherwise the row's longest text — of its cells
    of words when the tail is words (a figure wraps onto no words: ``代表⇥220⇥97.7`` over
    ``工作``, the label's end)."""
    if tail[:1] in "年月日号底时)）":
        for c in range(len(row) - 1, -1, -1):
            if row[c] and row[c][-1].isdigit():
                return c
    cells = range(len(row))
    if HAN_WORD.match(tail):
        cells = [c for c in cells if row[c] and not _FIGURE_CELL.fullmatch(row[c])] or cells
    return max(cells, key=lambda c: len(row[c] or ""))


# A cell that is a figure (12600, 1,234.56, 97.7, -3.2%, (1,250)) or a placeholder for one.
_FIGURE_CELL = re.compile(r"[(（]?[+\-－−]?\d[\d,，]*(?:\.\d+)?[%％]?[)）]?|[-—－/]+")


def furniture_text(value: str) -> bool:
    """A line among a table's rows that the page prints: its number (``— 105 —``, ``105``,
    ``第105页``, and every form a page's number takes only there, ``·105·``, ``~105~``), the
    running head (``…公报``), ``续表``. Never the tail of a cell cut by the page."""
    return bool(_FURNITURE.search(fold(value)) or PAGE_MARK.match(value.strip()))


def closed_by_tabs(raw: list[list[str]]) -> bool:
    """Every row of the grid (two at least), its header's too, ends with a tab (序号⇥单位⇥金额⇥ /
    1⇥城关镇⇥120⇥): an exporter closing each row with one, no empty last column. A header ending
    with a tab over a second row that fills the column under it (2024年⇥ over 任务数⇥完成数) is a
    title over two columns, and a row whose last cell holds words one that does not end so."""
    rows = [r for r in raw if len(r) > 1]
    return len(rows) >= 2 and all(not r[-1].strip() for r in rows)


def past_page_furniture(rows: list[list[str | None]], single: list[bool], k: int) -> int:
    """The first row from ``k`` on that is not a line of the page's furniture (its number, the
    running head: a header's second row printed on the next page, 权力分类⇥权力清单⇥⇥ / — 164 — /
    \f…公报 / ⇥项目名称⇥实施层级)."""
    while k < len(rows) and single[k] and rows[k][0] is not None and furniture_text(rows[k][0]):
        k += 1
    return k


def has_merged_parent(header: list[str | None], second: list[str | None]) -> bool:
    """The first header row has a title over several columns: an empty cell among its cells, or
    the second row names more columns than the first, or the first ends with an empty cell (a
    trailing tab, 2024年⇥ over 任务数⇥完成数) under which the second names a column. A first data
    row as wide as the header is no second row under a header that merely ends with a tab
    (单位⇥联络员⇥职务⇥ over 县发改局⇥李明⇥副局长⇥ and its sub-rows ⇥王芳⇥科长⇥)."""
    return any(c is None for c in header[:-1]) or trimmed(second) > trimmed(header) \
        or (bool(header) and header[-1] is None and len(second) >= len(header)
            and second[len(header) - 1] is not None)


def spanned_by_repeats(header: list[str | None], second: list[str | None]
                       ) -> tuple[list[str | None], list[str | None]] | None:
    """A header's two rows as an extraction that fills a merged cell's every cell prints them: a
    title over several columns once in each (``收入⇥收入⇥支出⇥支出`` over ``预算数⇥执行数⇥预算数⇥执行数``)
    and a title over both rows in each (``乡镇`` over ``乡镇``). The rows with each title once, the
    cells it spans empty; None when the first row repeats no title side by side, or the second
    row does not name a part of its own under each column a repeated title spans."""
    repeats = {c for c in range(1, min(len(header), len(second))) if header[c] is not None and header[c] == header[c - 1]}
    if not repeats or not all(second[k] and second[k] != header[k] and second[c - 1] != second[c]
                              for c in repeats for k in (c - 1, c)):
        return None
    top = [None if c in repeats else v for c, v in enumerate(header)]
    below = [None if c < len(header) and v is not None and v == header[c] else v for c, v in enumerate(second)]
    return top, below


def third_header_row(second: list[str | None], cells: list[str | None]) -> bool:
    """``cells`` is a header's third row, under a second row that names groups of columns under the
    first's (``乡镇⇥一般公共预算⇥⇥⇥⇥政府性基金预算`` / ``⇥收入⇥⇥支出⇥⇥收入⇥支出`` /
    ``⇥预算数⇥执行数⇥预算数⇥执行数⇥执行数⇥执行数``): the second row leaves a cell empty after its first
    title (a title over several columns), and this row names every column from there on, its
    first cell empty (the rows' label merged down the header), words only; under a second row's
    title of one column it may be empty, the title printed over both rows (``总计`` beside
    ``未经复议直接起诉⇥⇥⇥⇥⇥复议后起诉``)."""
    at = next((c for c, v in enumerate(second) if v), None)
    if at is None or cells[:1] != [None] or not is_header_part(cells) or not any(v is None for v in second[at:]):
        return False
    end = max(trimmed(cells), len(second))  # (a row shorter than the second: its trailing tabs lost under 总计)
    tops, below = second + [None] * (end - len(second)), cells + [None] * (end - len(cells))
    return all(below[c] or (tops[c] and c + 1 < end and tops[c + 1] or c + 1 == end and tops[c])
               for c in range(at, end))


def two_levels_as_one(header: list[str | None], second: list[str | None]) -> list[str | None]:
    """A header's first two rows as one row of titles, each spread over the columns it spans within
    its parent's (``一般公共预算/收入`` over 预算数 and 执行数, ``政府性基金预算/收入`` over one): the
    parent row of a third row of titles (``third_header_row``)."""
    out: list[str | None] = []
    top = below = None
    for c in range(max(len(header), len(second))):
        if c < len(header) and header[c] is not None:
            top, below = header[c], None
        if c < len(second) and second[c] is not None:
            below = second[c]
        out.append(f"{top}/{below}" if top and below and fold(top) != fold(below) else (below or top))
    return out


def wraps_header(header: list[str | None], cells: list[str | None]) -> bool:
    """The header's titles wrapped onto a second line (``序⇥单位⇥户籍人口`` over ``号⇥⇥（人）``):
    under a header that names every column, the ends of some titles — units in brackets or a
    title's last character (号 under 序) — each under a title, at least one title ending on the
    first line. Beside such an end, a unit or 号 under a title of one character (序), a title's last
    word of two to four characters wraps too (``责任`` over ``单位``: ``号⇥⇥（万元）⇥单位``); words alone,
    or beside a character under a longer title (李强⇥男⇥汉族⇥ under 姓名⇥性别⇥民族⇥备注), are a
    first row of names (林城⇥东村⇥优秀⇥). A title's last word may carry its unit, the header's third
    line run on (``号⇥⇥农村公路（公里）⇥任务（座）``)."""
    width = trimmed(header)
    values = [(k, v) for k, v in enumerate(cells) if v is not None]
    if width < 2 or any(c is None for c in header[:width]) or len(values) < 2 or len(values) >= width:
        return False  # (one short word under the header is a group's row: 城区⇥⇥⇥)
    ends = [bool(_UNIT_CELL.fullmatch(v) or (len(v) == 1 and HAN_WORD.fullmatch(v))) for _, v in values]
    if not all(k < width and (end or _title_end(v)) for (k, v), end in zip(values, ends)) \
            or not any(ends) or all(_UNIT_CELL.fullmatch(v) for _, v in values):
        return False
    # (words beside a character alone: only where it ends a title of one, 序 over 号; 男 under 性别
    # beside 李强 and 汉族 is a first row of names)
    return all(ends) or any(_UNIT_CELL.fullmatch(v) or len(header[k] or "") == 1 for k, v in values if len(v) == 1 or v[:1] in "(（")


HAN_WORD = re.compile(r"[\u3400-\u9fff]+")


def _title_end(value: str) -> bool:
    """A title's last word wrapped (``责任`` over ``单位``), of two to four characters, perhaps with
    the unit printed under it on the header's third line (``农村公路（公里）``: 新改建 / 农村公路 /
    （公里））."""
    word = HAN_WORD.match(value)
    return bool(word) and word.end() <= 4 and (word.end() == len(value) or bool(_UNIT_CELL.fullmatch(value[word.end():])))


def join_cells(prev: list[str | None], cells: list[str | None], cut: bool = False) -> None:
    """The cells of a line run on to the row above's (``cut``: the words of a cell the wrap cut,
    县住房和城乡 / 建设局, are one word, as a wrapped line's are)."""
    for c, value in enumerate(cells):
        if value is None:
            continue
        if c < len(prev):
            prev[c] = cell(join_wrapped([prev[c], value]) if cut else f"{prev[c]} {value}") if prev[c] else value
        else:
            prev.append(value)


def trimmed(cells: list[str | None]) -> int:
    n = len(cells)
    while n and cells[n - 1] is None:
        n -= 1
    return n


def first_filled(cells: list[str | None]) -> str | None:
    """A row's first cell that is not empty (most often its first)."""
    if cells and cells[0]:
        return cells[0]
    return next((c for c in cells if c), None)


def repeats_header(cells: list[str | None], header: list[str | None]) -> bool:
    """The header printed again with small differences (a word changed, a cell merged)."""
    first, top = first_filled(cells), first_filled(header)
    if first is None or top is None or fold(first) != fold(top):
        return False  # (the rows' first cells differ: most rows; no need to fold the others)
    mine = [fold(c) for c in cells if c]
    theirs = [fold(c) for c in header if c]
    same = sum(1 for c in mine if c in theirs)
    return same >= 2 and same * 4 >= len(mine) * 3


def is_header_part(cells: list[str | None]) -> bool:
    """The second row of a header: short names, no numbers, no numbering, no sentences."""
    values = [c for c in cells if c]
    return bool(values) and all(
        len(v) <= HEADER_CELL_MAX and not is_numeric(v) and not _NUMBERED.match(v)
        and not v.endswith(("。", "；", ";")) for v in values) \
        and (cells[0] is None or not is_numeric(cells[0]))


def table_width(header: list[str | None], rows: list[list[str | None]]) -> int:
    """The header's width; without one, the rows' most common width (the widest of the most common)."""
    if header:
        return max(trimmed(header), 1)
    counts = Counter(map(trimmed, rows))  # (counted in C: a table's rows are many)
    return max(counts, key=lambda n: (counts[n], n)) if counts else 1


def column_titles(header: list[str | None], header2: list[str | None], width: int,
                  wrapped: bool = False) -> list[str]:
    """Each column's title: the first header row's (spread over the columns a merged title spans)
    and the second's (``parent/child``; a unit or, when the second row wraps the first's titles
    (``wraps_header``), any end is run on: 户籍人口（人）, 序号)."""
    top = list(header[:width]) + [None] * (width - len(header[:width]))
    spanned = []
    last = None
    for value in top:
        if value is not None:
            last = value
        spanned.append(value if value is not None else last)
    bottom = list(header2[:width]) + [None] * (width - len(header2[:width]))
    titles = []
    for c in range(width):
        parent, child = spanned[c], bottom[c]
        if child and parent and (wrapped or _UNIT_CELL.fullmatch(child)):
            titles.append(f"{parent}{child}")  # 应参保人数 over （人）: 应参保人数（人）
        elif child and parent and fold(child) != fold(parent):
            titles.append(f"{parent}/{child}")
        else:
            titles.append(child or parent or f"列{c + 1}")
    seen: dict[str, int] = {}
    unique = []
    for t in titles:
        seen[t] = seen.get(t, 0) + 1
        unique.append(t if seen[t] == 1 else f"{t}（{seen[t]}）")
    return unique


def is_group(cells: list[str | None], width: int) -> bool:
    """A row that only names a group of the rows below: ``（一）实施清廉湘阴建设工程``."""
    if width < 2 or cells[0] is None or any(cells[1:]):
        return False
    found = numbering(fold(cells[0]))
    return found is not None and found[0] == "outline" and found[1] <= 2 \
        and len(fold(cells[0])) > len(found[2])


_GROUP_NUMERAL = re.compile(r"[(（]?[一二三四五六七八九十]{1,3}[)）]?[、.]?")


def is_numbered_group(cells: list[str | None], width: int) -> bool:
    """A group's row with its numeral in the first column and its name in the second, the other
    cells empty: ``一⇥基础设施类⇥⇥``."""
    return (width >= 3 and len(cells) >= 2 and cells[0] is not None and cells[1] is not None
            and bool(_GROUP_NUMERAL.fullmatch(cells[0])) and not is_numeric(cells[1])
            and not any(cells[2:]))


__all__ = ["FORM_LINE", "HAN_WORD", "HEADER_CELL_MAX", "NAME_END", "TAIL_STARTS", "UNIT_LINE", "caption_and_unit",
           "cell", "closed_by_tabs", "column_titles", "furniture_text", "has_merged_parent", "is_form_line", "is_group",
           "is_header_part", "is_numbered_group", "is_numeric", "is_unit_row", "is_units_row", "join_cells",
           "key_of", "looks_like_header", "past_page_furniture", "repeats_header", "spanned_by_repeats", "table_width", "third_header_row", "trimmed", "two_levels_as_one", "unit_of", "wrapped_cell",
           "wrapped_percent", "wraps_header"]
