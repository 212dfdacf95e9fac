"""What each row of a table's raw grid is, before tables.py puts the table together: the
header's parts (merged parents, units under the titles), a unit or form line above the header, a
group's row, a row that continues the one above (cut by a page break, or the wrapped ends of its
cells), the header printed again, page furniture; and the titles the header gives the columns."""

from __future__ import annotations

import re
from functools import lru_cache

from .columns import _INT, _NUMBERED
from .normalize import fold, join_wrapped, squeeze, strip_markup
from .numbering import numbering, ordinal
from .patterns import is_org_only

HEADER_CELL_MAX = 24

_NAME_END = re.compile(r"(?:公司|集团|局|厂|院|中心|站|所|部|办|委|社|行|店|会|队|馆|场|园|镇|乡|街道|"
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
    if len(tokens) >= 2 and all(len(t) >= 4 and _NAME_END.search(t) for t in tokens[:-1]) \
            and _NAME_END.search(tokens[-1]):
        return " ".join(tokens)
    value = squeeze(plain)
    return value or None


_NUMERIC = re.compile(r"[+-]?\d+(?:\.\d+)?%?")
_YEAR_MONTH = re.compile(r"\d{4}年\d{1,2}月")


def is_numeric(value: str) -> bool:
    return bool(_NUMERIC.fullmatch(value))


def looks_like_header(cells: list[str | None]) -> bool:
    """Titles, not data: mostly short, no numbers, no sentences, no dates."""
    values = [c for c in cells if c]
    if len(values) < 2 or (cells[0] and is_numeric(cells[0])):
        return False
    if any("。" in v or "，" in v or _YEAR_MONTH.search(v) for v in values):
        return False
    short = [v for v in values if len(v) <= HEADER_CELL_MAX and not is_numeric(v)]
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
        found = _UNIT.fullmatch(fold(part))
        if found and not _NOT_A_UNIT.search(found["unit"]):
            return found["unit"]
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
_FURNITURE = re.compile(r"^(?:[-—–－]\s*)?(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*共\s*\d+\s*页)?(?:\s*[-—–－])?$|公报|续表")


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
    number when the tail goes on with 月, 日, 号…; otherwise the row's longest text."""
    if tail[:1] in "年月日号底时)）":
        for c in range(len(row) - 1, -1, -1):
            if row[c] and row[c][-1].isdigit():
                return c
    return max(range(len(row)), key=lambda c: len(row[c] or ""))


def furniture_text(value: str) -> bool:
    return bool(_FURNITURE.search(fold(value)))


def has_merged_parent(header: list[str | None], second: list[str | None]) -> bool:
    """The first header row has a title over several columns: an empty cell among its cells, or
    the second row names more columns than the first."""
    return any(c is None for c in header[:-1]) or trimmed(second) > trimmed(header) \
        or (bool(header) and header[-1] is None)


def continues_row(prev: list[str | None], cells: list[str | None], earlier: list[list[str | None]] = ()) -> bool:
    """After a page break, a row with empty leading cells is the rest of the cut row — unless it
    is visibly a row of its own under a cell merged over both pages: it brings numbers of its
    own, or its first cell opens the item after the one above's (4.消防… / 5.烟花爆竹…, a short
    item's name: ``_next_item``), or a cell names one organ under a cell naming one organ
    (县城投中心 / 县天岳集团: ``_organ_under_organ``), or, the row filling other cells too, a cell
    lists organs under a list of organs (``_organs_under_organs``), or a cell and the one above
    both print values their column holds in ``earlier`` rows (``_values_again``)."""
    if any(c is not None and _INT.fullmatch(c.replace(",", "")) for c in cells):
        return False
    under = [(prev[k], c) for k, c in enumerate(cells) if c is not None and k < len(prev) and prev[k]]
    if not under:
        return True
    return not (_next_item(fold(under[0][0]), fold(under[0][1])) or any(map(_organ_under_organ, under))
                or (len(under) >= 2 and any(map(_organs_under_organs, under))) or _values_again(prev, cells, earlier))


def _values_again(prev: list[str | None], cells: list[str | None], earlier: list[list[str | None]]) -> bool:
    """A cell of the line and the one above it each print, whole, a value the column holds in an
    earlier row (县安委办 / 县安委办 under 县安委办, 2023年12月底前 under itself): two rows' values;
    a text cut by the page is no whole value of its column."""
    for k, value in enumerate(cells):
        if value is not None and k < len(prev) and prev[k] is not None:
            column = {row[k] for row in earlier if k < len(row)}
            if value in column and prev[k] in column:
                return True
    return False


def _organ_under_organ(pair: tuple[str, str]) -> bool:
    """Each cell one organ's name (县司法局 / 县教育局): two rows' units. A list of names cut by the
    page (…有限公司 湖南正美光电科技有限公司 / 湖南佑辉…) holds its separators above."""
    return all(not _LIST_SEPARATOR.search(text.strip()) and is_org_only(fold(text)) for text in pair)


_LIST_SEPARATOR = re.compile(r"[\s、，,；;]")


def _organs_under_organs(pair: tuple[str, str]) -> bool:
    """Each cell a whole list of organs (县住建局、县乡村振兴局 / 县安委办), the one above not going
    on (no 、 at its end): a row's units under the row above's, where the row fills a cell of its
    own beside them (a list cut by the page leaves its 、 above, and goes on alone)."""
    above, below = pair
    return not above.rstrip().endswith(_GOES_ON) and _organ_list(above) and _organ_list(below)


def _organ_list(text: str) -> bool:
    parts = [p for p in _LIST_SEPARATOR.split(text) if p]
    return bool(parts) and all(is_org_only(fold(p)) for p in parts)


def _next_item(above: str, below: str) -> bool:
    """``below`` opens the item after ``above``'s, which is an item's name (short, not cut):
    4.消防和人员密集场所专项整治 over 5.烟花爆竹安全专项整治."""
    first, second = ordinal(above), ordinal(below)
    return first is not None and second is not None and first[:2] == second[:2] and second[2] == first[2] + 1 \
        and len(above) <= 40 and not above.endswith(_GOES_ON)


_GOES_ON = ("、", "，", ",", "和", "及", "与", "的")
_ENDED = ("。", "；", ";", "！", "？", "!", "?", "）", ")")


def wrapped_row(prev: list[str | None], cells: list[str | None]) -> bool:
    """A line of the table's own page holding the wrapped ends of the row above's cells
    (``⇥清洁行动⇥⇥``): the first cell empty, at most half the cells filled, none a number, each
    under a cell of the row above that visibly goes on (ends with 、 or 和) or was cut inside a
    sentence (a comma in it, the tail shorter), none opening with a number of its own. A phrase
    of its own under a phrase (完善…建设 / 建立…机制: a sub-row under merged cells) stays a row."""
    filled = [k for k, value in enumerate(cells) if value is not None]
    return bool(filled) and len(filled) * 2 <= len(cells) and all(
        k < len(prev) and prev[k] is not None and not is_numeric(prev[k]) and not is_numeric(cells[k])
        and numbering(fold(cells[k])) is None  # (2.鲜明选人用人导向 opens an item of its own)
        and not prev[k].endswith(_ENDED)  # (a sentence that ended: the next row's own cell)
        and (prev[k].endswith(_GOES_ON) or ("，" in prev[k] and len(cells[k]) < len(prev[k]))) for k in filled)


def completes_row(prev: list[str | None], cells: list[str | None]) -> bool:
    """The rest of a row whose long cell wrapped before the row's other cells were printed
    (``3⇥县自然资源和规划局（含下⇥⇥⇥`` / ``⇥属事业单位）⇥1,205⇥1,150⇥—``, as layout-keeping
    extraction prints a row beside a cell of two lines): the row above fills its first cells only,
    this line leaves the first cell empty and fills cells the row above left empty, carrying on the
    row above's last cell if anything (text that goes on: no figure, no sentence's end)."""
    filled = trimmed(prev)
    if cells[0] is not None or filled < 2 or filled >= len(cells) or not any(cells[filled:]):
        return False
    both = [k for k in range(filled) if prev[k] is not None and cells[k] is not None]
    last = prev[filled - 1]
    if not both:
        return True  # (the cell ended on the line above: the row's other cells follow alone)
    rest = cells[filled - 1]
    return both == [filled - 1] and not is_numeric(last) and not last.endswith(_ENDED) \
        and not is_numeric(rest) and not rest.startswith(("其中", "含")) and _cut_cell(last)


def _cut_cell(text: str) -> bool:
    """A cell visibly cut by the wrap: a bracket left open (…（含下), a word that goes on (、 和
    的); not a complete name (东村, 基本支出, 县人民政府办公室行政运行经费)."""
    return text.count("（") + text.count("(") > text.count("）") + text.count(")") or text.endswith(_GOES_ON)


# A date cut before its month or its day: 2024年12 / 月底前, 2024年3月15 / 日前.
_MONTH_CUT = re.compile(r"(?:19|20)\d{2}年\d{1,2}$")
_DAY_CUT = re.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}$")
# An organ's name cut before its last character: 县生态环境 / 局 (a region's word first, the end alone).
_ORGAN_START = ("县", "市", "区", "镇", "乡", "州", "旗")
_ORGAN_LAST = frozenset("局委办所站院厅队处")


def _may_carry_on(tail: str | None) -> bool:
    """What ``carries_on`` asks first of a tail (a quick check: most rows hold none such)."""
    return bool(tail) and (tail[0] in "月日号" or ")" in tail or "）" in tail or tail in _ORGAN_LAST)


def carries_on(above: str, tail: str) -> bool:
    """``tail`` is visibly the rest of the cell ``above`` cut by the wrap: a date cut before its
    month or day (``2024年12`` / ``月底前``), a bracket left open and closed in the tail
    (``（分两期`` / ``实施）``), an organ's name cut before its last character (``县生态环境`` /
    ``局``). A cell ending in 的, 和 or 、 may be whole (情节轻微的 over 情节严重的, 张永和 over
    王芳, a sub-row under merged cells): no sign."""
    if _MONTH_CUT.search(above):
        return tail.startswith("月")
    if _DAY_CUT.search(above):
        return tail.startswith(("日", "号"))
    if above.count("（") + above.count("(") > above.count("）") + above.count(")"):
        close = min((tail.find(c) for c in "）)" if c in tail), default=-1)
        opening = min((tail.find(c) for c in "（(" if c in tail), default=len(tail))
        return 0 <= close < opening
    return len(tail) == 1 and tail in _ORGAN_LAST and above.startswith(_ORGAN_START) \
        and bool(_HAN_WORD.fullmatch(above)) and not _NAME_END.search(above)


def cut_cells_row(prev: list[str | None], cells: list[str | None]) -> bool:
    """A line holding the rest of the row above's cells, several of them wrapped (``3⇥城关镇⇥农村
    生活污水治理⇥2024年12⇥县生态环境`` over ``⇥⇥设施建设⇥月底前⇥局``): the first cell empty (no
    序号 of its own), each cell under a cell of the row above that is text and did not end a
    sentence, none a figure or opening with one (a date, a number of its own) or numbered, and at
    least one visibly the rest of the cell above (``carries_on``). A sub-row under merged cells
    prints whole cells of its own (⇥⇥村庄清洁行动⇥2024年6月底前⇥县农业农村局): a row."""
    filled = [k for k, value in enumerate(cells) if value is not None]
    if cells[0] is not None or not filled:
        return False
    for k in filled:
        above, tail = prev[k] if k < len(prev) else None, cells[k]
        if above is None or is_numeric(above) or above.endswith(_ENDED) or tail[:1].isdigit() \
                or numbering(fold(tail)) is not None:
            return False
    return any(carries_on(prev[k], cells[k]) for k in filled)


def shifted_cut_cells(prev: list[str | None], cells: list[str | None], width: int) -> list[str | None] | None:
    """The same line with its leading empty cells lost (``设施建设⇥月底前⇥局``, as an extraction that
    trims each line prints it): put back where it is ``cut_cells_row`` under the row above, at the
    one place where the most of its cells are visibly the rests of the cells above; None when
    there is no such place or two tie."""
    n = trimmed(cells)
    if n < 2 or n >= width or cells[0] is None or not any(_may_carry_on(c) for c in cells[:n]):
        return None
    places = {o: [None] * o + list(cells[:n]) + [None] * (width - o - n) for o in range(1, width - n + 1)}
    fits = sorted(((sum(1 for k, tail in enumerate(place) if tail and carries_on(prev[k], tail)), o)
                   for o, place in places.items() if cut_cells_row(prev, place)), reverse=True)
    if not fits or (len(fits) > 1 and fits[0][0] == fits[1][0]):
        return None
    o = fits[0][1]
    if _NAME_END.search(prev[o] or "") and _NAME_END.search(cells[0]):
        return None  # (木鱼镇⇥…⇥… under 城关镇: a row whose 序号 was lost, its name under a whole name)
    return places[o]


def wraps_header(header: list[str | None], cells: list[str | None]) -> bool:
    """The header's titles wrapped onto a second line (``序⇥单位⇥户籍人口`` over ``号⇥⇥（人）``):
    under a header that names every column, the ends of some titles — units in brackets or a
    title's last character (号 under 序) — each under a title, at least one title ending on the
    first line. (Two-character words are a first row of names: 林城⇥东村⇥优秀⇥.)"""
    width = trimmed(header)
    values = [(k, v) for k, v in enumerate(cells) if v is not None]
    if width < 2 or any(c is None for c in header[:width]) or len(values) < 2 or len(values) >= width:
        return False  # (one short word under the header is a group's row: 城区⇥⇥⇥)
    return all(k < width and (_UNIT_CELL.fullmatch(v) or (len(v) == 1 and _HAN_WORD.fullmatch(v)))
               for k, v in values) and not all(_UNIT_CELL.fullmatch(v) for _, v in values)


_HAN_WORD = re.compile(r"[\u3400-\u9fff]+")


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
    def trimmed(cells):
        n = len(cells)
        while n and cells[n - 1] is None:
            n -= 1
        return n

    if header:
        return max(trimmed(header), 1)
    counts: dict[int, int] = {}
    for r in rows:
        counts[trimmed(r)] = counts.get(trimmed(r), 0) + 1
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


__all__ = ["FORM_LINE", "HEADER_CELL_MAX", "TAIL_STARTS", "UNIT_LINE", "caption_and_unit", "carries_on", "cell", "column_titles", "completes_row",
           "continues_row", "cut_cells_row",
           "furniture_text", "has_merged_parent", "is_form_line", "is_group", "is_header_part", "is_numbered_group",
           "is_numeric", "is_unit_row", "is_units_row", "join_cells", "key_of", "looks_like_header", "repeats_header",
           "shifted_cut_cells", "table_width", "wrapped_percent", "trimmed", "unit_of", "wrapped_cell", "wrapped_row", "wraps_header"]
