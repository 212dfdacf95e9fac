"""A table printed one cell a line under a header of column names, with no 序号 column and no row
numbers (a narrow table's text layer as a PDF gives it)::

    项目名称 / 建设单位 / 建设内容 / 完成时限
    城区污水管网改造 / 县住建局 / 改造管网12公里 / 2024年10月
    农村公路提质 / 县交通运输局 / 提质改造公路35公里 / 2024年11月

``grids.flat_table`` reads such a table by its 序号 and its rows' numbers; here nothing numbers
the rows, so the header anchors it: three to eight lines, each a column's name (a few characters
ending with a column's noun: 项目名称, 建设单位, 完成时限, 总投资（万元）), then rows of as many
cells, each a short line. The header must name a column of a kind a cell shows (dates, organs,
figures), and every row must hold that kind there, to the last short line under the header (a
cell the wrap cut in two puts the rows out of step: the table stays text, as before). A
numbered or bulleted list of short items, a list of names, prints no such header: it stays text."""

from __future__ import annotations

import re

from .furniture import is_page_mark
from .model import Line
from .patterns import HAN, TERMINAL, is_org_only

MIN_COLUMNS, MAX_COLUMNS = 3, 8
MIN_ROWS = 2
MAX_CELL = 30  # characters of a cell's line (a longer line is a sentence's)

# A column's name: a few characters ending with a column's noun, its unit in brackets perhaps (folded).
_NOUNS = ("名称|单位|内容|时限|时间|日期|地点|规模|金额|投资|资金|数量|面积|部门|负责人|责任人|姓名|职务|电话|地址|备注"
          "|类别|类型|任务|措施|目标|主体|来源|乡镇|事项|方式|进度|性质|年限|项目")
_COLUMN = re.compile(rf"[{HAN}]{{0,6}}(?:{_NOUNS})(?:\([{HAN}%]{{1,6}}\))?")
_COLUMN_LAST = frozenset("称位容限间期点模额资量积门人名务话址注别型施标体源镇项式度质目)")  # (asked first)
_COLUMN_MAX = 12

# The kinds of column a header names, and what each of its cells shows.
_DATES = re.compile(r"时限|时间|日期|年限|年月")
_WHEN = re.compile(r"(?:19|20)\d{2}年|\d{1,2}月|长期|持续|常态|年底|年内|季度")
_ORGANS = re.compile(r"单位|部门|机关|机构|主体")
_FIGURES = re.compile(r"金额|投资|资金|数量|面积|人数|个数|万元|亿元")
_FIGURE = re.compile(r"\d[\d.,]*(?:[{HAN}%]{{0,3}})".format(HAN=HAN))
_ORGAN_LAST = ("局", "委", "办", "院", "所", "站", "队", "校", "中心", "公司", "政府", "镇", "乡", "街道", "村", "社区")
_LIST_OPENING = re.compile(r"[一二三四五六七八九十]+、|\(?[一二三四五六七八九十\d]+\)|第[一二三四五六七八九十\d]+[章节条]|附件")


def is_column_name(key: str) -> bool:
    """``key`` (folded) is a column's name as a table's header prints it: 项目名称, 建设单位,
    完成时限, 总投资(万元); not a cell's words (城区污水管网改造) nor a sentence."""
    return len(key) <= _COLUMN_MAX and key[-1:] in _COLUMN_LAST and _COLUMN.fullmatch(key) is not None


def _cell(line: Line) -> bool:
    """A line that may be one cell: short, no sentence's end, no tab, no list's or article's number."""
    key = line.key
    return 0 < len(key) <= MAX_CELL and key[-1] not in TERMINAL and "\t" not in line.text \
        and not _LIST_OPENING.match(key)


def _organs(key: str) -> bool:
    parts = [x for x in re.split(r"[、,/]", key) if x]
    return bool(parts) and all(is_org_only(x) or x.endswith(_ORGAN_LAST) for x in parts)


def _kinds(header: list[str]) -> list[tuple[int, object]]:
    """The columns of a kind the header names, each with the test its cells must pass."""
    kinds: list[tuple[int, object]] = []
    for k, name in enumerate(header):
        if _DATES.search(name):
            kinds.append((k, lambda key: _WHEN.search(key) is not None))
        elif _FIGURES.search(name):
            kinds.append((k, lambda key: _FIGURE.fullmatch(key) is not None))
        elif _ORGANS.search(name) and "名称" not in name:
            kinds.append((k, _organs))
    return kinds


def headed_table(lines: list[Line], start: int) -> tuple[list[tuple[str, ...]], list[int], int] | None:
    """The table printed one cell a line under the header of column names at ``lines[start]``: its
    rows (the header first), the index of each row's first line, and the index of its last line;
    None when no such table opens there (fewer than three names, no column of a kind, fewer than
    two rows that show it)."""
    names = 0
    while names < MAX_COLUMNS and start + names < len(lines) and is_column_name(lines[start + names].key):
        names += 1
    if names < MIN_COLUMNS:
        return None
    cells: list[int] = []  # (the lines after the header that may be cells, the page's marks passed over)
    k = start + names
    while k < len(lines) and len(cells) < 4 * MAX_COLUMNS * 50:
        if is_page_mark(lines[k]):
            k += 1
            continue
        if not _cell(lines[k]):
            break
        cells.append(k)
        k += 1
    for width in range(names, MIN_COLUMNS - 1, -1):  # (a first cell that reads as a column's name: fewer)
        header = [lines[start + x].text.strip() for x in range(width)]
        kinds = _kinds([lines[start + x].key for x in range(width)])
        if not kinds:
            continue
        body = [lines[start + x] for x in range(width, names)] + [lines[x] for x in cells]
        at = [start + x for x in range(width, names)] + cells
        rows, firsts = [tuple(header)], [start]
        keys = [lines[start + x].key for x in range(width)]
        r = 0
        while r + width <= len(body):
            row = body[r:r + width]
            if [x.key for x in row] == keys:
                r += width  # (the header printed again at the top of the next page: no row)
                continue
            if not all(test(row[column].key) for column, test in kinds):
                break
            rows.append(tuple(x.text.strip() for x in row))
            firsts.append(at[r])
            r += width
        if len(rows) - 1 >= MIN_ROWS and len(body) - r < width:
            # (every row read: a cell the wrap cut in two leaves the rows after it unread, and the
            # table stays text; fewer lines than a row may follow, a signature and its date)
            return rows, firsts, at[r - 1]
    return None


__all__ = ["headed_table", "is_column_name"]
