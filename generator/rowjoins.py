"""Which lines of a table go on with the row above rather than open a row of their own.

* After a page break, a row with empty leading cells is the rest of the row the page cut
  (``continues_row``) — unless it is visibly a row of its own under a cell merged over both pages.
* On the table's own page, a line holding the wrapped ends of the row above's cells
  (``wrapped_row``), the rest of a row whose long cell wrapped before its other cells were printed
  (``completes_row``), or cells cut by the wrap (``cut_cells_row``, ``carries_on``; with their
  leading tabs lost, ``shifted_cut_cells``).

``tables.build_table`` asks these of each line whose first cell is empty, and joins what goes on
(``tablerows.join_cells``).
"""

from __future__ import annotations

import re

from .columns import _INT
from .normalize import HAN, fold
from .numbering import numbering, ordinal
from .patterns import is_org_only
from .tablerows import HAN_WORD, NAME_END, is_numeric, trimmed


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
    """Each cell one organ's name (县司法局 / 县教育局; a township's, 汉昌街道 / 天岳街道): two rows'
    units. A list of names cut by the page (…有限公司 湖南正美光电科技有限公司 / 湖南佑辉…) holds its
    separators above."""
    return all(not _LIST_SEPARATOR.search(text.strip()) and _one_unit(fold(text)) for text in pair)


def _one_unit(key: str) -> bool:
    """An organ's name, or a township's a task table names as a unit."""
    return is_org_only(key) or _PLACE.fullmatch(key) is not None


_LIST_SEPARATOR = re.compile(r"[\s、，,；;]")


def _organs_under_organs(pair: tuple[str, str]) -> bool:
    """Each cell a whole list of organs (县住建局、县乡村振兴局 / 县安委办), the one above not going
    on (no 、 at its end): a row's units under the row above's, where the row fills a cell of its
    own beside them (a list cut by the page leaves its 、 above, and goes on alone)."""
    above, below = pair
    return not above.rstrip().endswith(_GOES_ON) and _organ_list(above) and _organ_list(below)


def _organ_list(text: str) -> bool:
    parts = [_ROLE.sub("", fold(p)) for p in _LIST_SEPARATOR.split(text) if p]
    return bool(parts) and all(_one_unit(key) or _UNITS.fullmatch(key) for key in parts)


# A township or subdistrict a task table names as a unit (汉昌街道, 城关镇, 南浦乡).
_PLACE = re.compile(rf"[{HAN}]{{2,8}}(?:街道|镇|乡)")


# The part an organ takes, printed after its name (县消防救援大队牵头，县发改局、…支行配合), and the
# 等 that closes a list (…、县消防救援大队等单位).
_ROLE = re.compile(rf"(?<=[{HAN}])(?:牵头|配合|负责|参与|落实|协助|指导|等(?:单位|部门)?)$")


# The units a task table names by their kind, beside organs: 各乡镇（街道）, 各乡镇人民政府, 各有关单位,
# 县直各单位, 市直相关部门.
_UNITS = re.compile(rf"(?:[县市区]直)?(?:各|相关|有关)[{HAN}]{{0,8}}?(?:乡镇|街道|单位|部门|村|社区|园区)"
                    rf"(?:人民政府|办事处)?(?:\([{HAN}]{{1,8}}\))?")


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
# A deadline cut after its month: 2024年12月 / 底前, 2024年6月 / 上旬.
_MONTH_END = re.compile(r"(?:19|20)\d{2}年\d{1,2}月$")
_DEADLINE_TAILS = ("底", "前", "上旬", "中旬", "下旬", "初", "末")
# An organ's name cut before its last character: 县生态环境 / 局 (a region's word first, the end alone).
_ORGAN_START = ("县", "市", "区", "镇", "乡", "州", "旗")
_ORGAN_LAST = frozenset("局委办所站院厅队处")


def _may_carry_on(tail: str | None) -> bool:
    """What ``carries_on`` asks first of a tail (a quick check: most rows hold none such)."""
    return bool(tail) and (tail[0] in "月日号底前上中下初末" or ")" in tail or "）" in tail or tail in _ORGAN_LAST)


def _may_be_cut_cells(cells: list[str | None]) -> bool:
    """What ``shifted_cut_cells`` asks first of a row's cells (a plain loop, asked of most rows):
    none opens with a figure (``cut_cells_row`` takes no such tail, at any place: most rows, 1⇥…),
    and some cell ``_may_carry_on``."""
    may = False
    for tail in cells:
        if tail:
            if tail[0].isdigit():
                return False
            if not may and (tail[0] in "月日号底前上中下初末" or ")" in tail or "）" in tail or tail in _ORGAN_LAST):
                may = True
    return may


def carries_on(above: str, tail: str) -> bool:
    """``tail`` is visibly the rest of the cell ``above`` cut by the wrap: a date cut before its
    month or day (``2024年12`` / ``月底前``), a deadline cut after its month (``2024年12月`` / ``底前``), a bracket left open and closed in the tail
    (``（分两期`` / ``实施）``), an organ's name cut before its last character (``县生态环境`` /
    ``局``). A cell ending in 的, 和 or 、 may be whole (情节轻微的 over 情节严重的, 张永和 over
    王芳, a sub-row under merged cells): no sign."""
    if _MONTH_CUT.search(above):
        return tail.startswith("月")
    if _DAY_CUT.search(above):
        return tail.startswith(("日", "号"))
    if _MONTH_END.search(above):
        return tail.startswith(_DEADLINE_TAILS) and len(tail) <= 4
    if above.count("（") + above.count("(") > above.count("）") + above.count(")"):
        close = min((tail.find(c) for c in "）)" if c in tail), default=-1)
        opening = min((tail.find(c) for c in "（(" if c in tail), default=len(tail))
        return 0 <= close < opening
    return len(tail) == 1 and tail in _ORGAN_LAST and above.startswith(_ORGAN_START) \
        and bool(HAN_WORD.fullmatch(above)) and not NAME_END.search(above)


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


_PLACES_MAX = 60  # columns: no gazette's table is wider (its page holds a dozen or two)


def shifted_cut_cells(prev: list[str | None], cells: list[str | None], width: int) -> list[str | None] | None:
    """The same line with its leading empty cells lost (``设施建设⇥月底前⇥局``, as an extraction that
    trims each line prints it): put back where it is ``cut_cells_row`` under the row above, at the
    one place where the most of its cells are visibly the rests of the cells above; None when
    there is no such place or two tie."""
    n = trimmed(cells)
    if n < 2 or n >= width or width > _PLACES_MAX or cells[0] is None or not _may_be_cut_cells(cells[:n]):
        return None  # (a row of thousands of cells, a run of bars, has no place worth trying each)
    places = {o: [None] * o + list(cells[:n]) + [None] * (width - o - n) for o in range(1, width - n + 1)}
    fits = sorted(((sum(1 for k, tail in enumerate(place) if tail and carries_on(prev[k], tail)), o)
                   for o, place in places.items() if cut_cells_row(prev, place)), reverse=True)
    if not fits or (len(fits) > 1 and fits[0][0] == fits[1][0]):
        return None
    o = fits[0][1]
    if NAME_END.search(prev[o] or "") and NAME_END.search(cells[0]):
        return None  # (木鱼镇⇥…⇥… under 城关镇: a row whose 序号 was lost, its name under a whole name)
    return places[o]


__all__ = ["carries_on", "completes_row", "continues_row", "cut_cells_row", "shifted_cut_cells", "wrapped_row"]
