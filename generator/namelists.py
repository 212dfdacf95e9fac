"""Lists of names set out in columns: what a 表彰 decision's 先进个人名单 or a 名单 attachment
prints as a grid without a header, four or five names a line, between tabs or wide gaps::

    王建国⇥李　娟⇥张志强⇥陈　明⇥刘海波
    赵丽华　　孙　伟　　周建军　　吴晓东　　郑　芳

or each name after its unit (``县应急管理局　王建国　　　　县公安局　李　娟``). The grid's
columns mean nothing (the names run on from line to line); what a reader uses is the list. Such a
grid is one table of names whichever way it was printed, one name a row in reading order, under
the column ``姓名`` (``单位`` and ``姓名`` when each name follows its unit): a tab grid is read
so instead of taking its first line of names for a header (``tables.build_table``), and a run of
spaced lines of names is rewritten as tab rows first (``names_as_tab_rows``), as spaced tables
are (``spacedtables``). Only the text's spacing changes: every name stays, in order.

A line is a line of names only when every word on it is a person's name (two or three
characters, four with a compound surname, a minority name with ·, a note such as （女） after it)
or, in pairs, a unit and a name. Words that title a column or an office (姓名, 单位, 县长, 主任),
an organ's or a place's name (县财政局, 城关镇), a heading spaced out letter by letter
(``通　　知``), a signature (``县长　　王建国``) or a sentence are none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .model import Line
from .normalize import HAN, NAME_HAN, fold, is_han_char
from .patterns import is_org_only

NAME_COLUMN = "姓名"
UNIT_COLUMN = "单位"

_HAN = f"[{NAME_HAN}]"
_COMPOUND = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙", "司徒", "夏侯",
             "长孙", "宇文", "端木", "澹台", "轩辕", "西门", "南宫", "独孤", "申屠", "万俟", "钟离", "闻人")
_NAME = re.compile(rf"(?P<name>{_HAN}{{2,4}}|{_HAN}{{1,6}}[·•・]{_HAN}{{1,8}})(?:[(（]{_HAN}{{1,4}}[)）])?")
# Words of two or three characters that title a column, an office or a heading, never a name.
_NOT_NAMES = frozenset("""
姓名 性别 民族 籍贯 学历 学位 职务 职称 职级 单位 序号 名称 备注 出生 年龄 党派 电话 手机 地址 住址 类别 等次 等级
附件 附表 名单 通知 决定 通报 公告 通告 批复 意见 办法 方案 纪要 报告 目录 合计 小计 总计 其中 另有 以上 以下
县长 副县长 主任 副主任 局长 副局长 书记 副书记 主席 副主席 组长 副组长 成员 委员 秘书长 镇长 乡长 村长 校长 院长
所长 站长 队长 科长 股长 处长 部长 社长 馆长 行长 经理 董事长 联系人 负责人 责任人 审核人 填表人 签发人 主送 抄送
""".split())
# A name's last character that ends an organ's or a place's name, an office or a heading.
_NOT_LAST = frozenset("局镇乡村委办所站院校厂队司区县市省部会处科组长任记员表单称号注期计件知告定复见法案要函令份项类章条节款府室中街路")
# What a unit's name ends with, besides what is_org_only reads: places and institutions.
_UNIT_ENDS = ("镇", "乡", "街道", "村", "社区", "学校", "小学", "中学", "幼儿园", "医院", "卫生院", "公司", "中心",
              "大队", "中队", "派出所", "所", "站", "场", "馆")
_GAP = re.compile(r"[ \u3000\t]+")


@lru_cache(maxsize=1 << 14)
def is_personal_name(word: str) -> bool:
    """``王建国``, ``李娟`` (``李　娟`` with its padding taken out), ``欧阳明辉``,
    ``阿依古丽·买买提``, ``张志强（女）``; not ``姓名``, ``县长``, ``县财政局``, ``城关镇``."""
    match = _NAME.fullmatch(word)
    if match is None:
        return False
    name = match["name"]
    if name in _NOT_NAMES or name[-1] in _NOT_LAST:
        return False
    return len(name) <= 3 or "·" in name or "•" in name or "・" in name or name[:2] in _COMPOUND


@lru_cache(maxsize=1 << 14)
def _is_unit(word: str) -> bool:
    """A unit a name is printed after: ``县应急管理局``, ``城关镇``, ``石门乡中心小学``."""
    return 3 <= len(word) <= 24 and re.fullmatch(rf"{_HAN}[{HAN}()（）]*", word) is not None \
        and (is_org_only(word) or word.endswith(_UNIT_ENDS))


def names_of(cells: list[str | None]) -> list[tuple[str | None, str]] | None:
    """The (unit, name) pairs a row of a grid of names prints, in order — every word a name, or
    a unit and a name by turns — or None: ``[王建国, 李娟]`` → ``[(None, 王建国), (None, 李娟)]``."""
    words = [c for c in cells if c]
    if not words:
        return None
    if all(is_personal_name(w) for w in words):
        return [(None, w) for w in words]
    if len(words) % 2 == 0 and all(_is_unit(u) and is_personal_name(n) for u, n in zip(words[::2], words[1::2])):
        return list(zip(words[::2], words[1::2]))
    return None


def heads_names(key: str) -> bool:
    """A line (folded) that heads a group of names with their count or names a list:
    ``县应急管理局（3名）``, ``一、先进个人（10名）``, ``…先进个人名单``."""
    return bool(_HEADS_NAMES.search(key))


_HEADS_NAMES = re.compile(r"\(\d{1,4}[名人个]\)$|名单$")


def name_grid(rows: list[list[str | None]], headed: bool = False) -> list[tuple[str | None, str]] | None:
    """The names a grid of names without a header prints, in reading order (line by line, left
    to right), or None when it is no such grid: every row a row of names (``names_of``), the
    same kind on every row (names alone, or each after its unit), two names on a line at least
    on every line but the last, and three names in all — or, under a line that heads names
    (``headed``: 城关镇（2名）), any line of two names or more."""
    got = []
    for r in rows:  # (the first row that is no row of names ends the look: most tables' header)
        if (names := names_of(r)) is None:
            return None
        got.append(names)
    if not got:
        return None
    paired = {g[0][0] is not None for g in got}
    if len(paired) != 1 or any(len(g) < 2 for g in got[:-1]):
        return None
    if headed and sum(map(len, got)) >= 2:
        return [pair for g in got for pair in g]
    if sum(map(len, got)) < 3 or (True not in paired and len(got) == 1 and len(got[0]) < 4):
        return None  # (one short line of words: a heading or a signature more likely than a list)
    return [pair for g in got for pair in g]


def name_columns(names: list[tuple[str | None, str]]) -> tuple[list[str], tuple[tuple[str, ...], ...]]:
    """The column titles and rows of a list of names (``name_grid``): one name a row, in
    reading order, after its unit when the grid prints one."""
    if names[0][0] is not None:
        return [UNIT_COLUMN, NAME_COLUMN], tuple((u or "", n) for u, n in names)
    return [NAME_COLUMN], tuple((n,) for _, n in names)


def _line_words(text: str) -> list[str]:
    """The words of a line set out with spaces, a two-character name padded to the width of three
    put back together (``李　娟`` → ``李娟``; two single characters in a row are one name)."""
    parts = [p for p in _GAP.split(text.strip()) if p]
    words: list[str] = []
    k = 0
    while k < len(parts):
        if len(parts[k]) == 1 and k + 1 < len(parts) and len(parts[k + 1]) == 1:
            words.append(parts[k] + parts[k + 1])
            k += 2
            continue
        words.append(parts[k])
        k += 1
    return words


def name_then_unit(text: str) -> bool:
    """``text`` is a row of a list of persons that prints each name and then, after a gap, the
    person's unit (``刘　芳　　城关镇卫生院``, ``欧阳明　县统计局　主任``: a 表彰 decision's list
    over its signature), not an organ's name: its words joined read as one (刘芳城关镇卫生院)."""
    if "  " not in text and "\u3000" not in text and "\t" not in text:
        return False  # (no gap: no words apart)
    words = _line_words(text)
    return 2 <= len(words) <= 3 and is_personal_name(words[0]) and _is_unit(words[1])


def _row_words(line: Line) -> list[str] | None:
    """The words of a line of names, two at least: the cells of a tab row (``王建国⇥李　娟``) or
    the words of a line set out with spaces (``王建国　　李　娟``, a wide gap between two of
    them), or None."""
    raw = line.text
    if "\t" not in raw and "  " not in raw and "\u3000" not in raw:
        return None  # (most lines: no gap anywhere)
    text = raw.strip()
    tabbed = "\t" in text
    if not ("\u4e00" <= text[:1] <= "\u9fff" or is_han_char(text[:1])) or not (tabbed or "  " in text or "\u3000" in text) or len(line.key) > 120 \
            or (not tabbed and len(_GAP.split(text, 1)[0]) > 24):
        return None  # (no gap between words; a name or a unit first, never a sentence)
    if tabbed:  # (its first word, up to a gap, lies in its first cell: held to 24 characters with the cells)
        cells = text.split("\t")
        first = "".join(cells[0].split())  # (the first word: the text opens with a character)
        if not (is_personal_name(first) or _is_unit(first)):
            return None  # (a row of names opens with a name or a unit: names_of would say no)
        if any(len(c) > 24 for c in cells):
            return None  # (a table's row: a cell as long as a sentence holds no name)
        words = ["".join(c.split()) for c in cells if c.strip()]
    else:
        words = _line_words(text)
    return words if len(words) >= 2 and names_of(words) is not None else None


def _lone_name(line: Line) -> str | None:
    """A line holding a single name (the last of a list set out in columns), without its padding."""
    word = "".join(line.text.split())
    return word if "\t" not in line.text.strip() and is_personal_name(word) else None


def names_as_tab_rows(lines: list[Line], keep: frozenset[int] = frozenset()) -> list[Line]:
    """Lines: a run of lines of names set out in columns (``王建国　　李　娟　　张志强`` or
    ``王建国⇥李　娟⇥张志强``), two lines at least (a tab row of four names may stand alone), that reads as a grid of
    names (``name_grid``), with every line a tab row (``王建国⇥李娟⇥张志强``): lines set with spaces
    are rewritten, and a single name on the run's last line (``罗小平``) is given the tabs of a row
    so that it stays in the list. Other lines are returned as they are, and those whose number is
    in ``keep`` (a document's header) never join a run."""
    out = list(lines)
    # (each line's words asked once, in one pass: a run only rewrites lines before the next look)
    words_at = [_row_words(line) for line in lines]
    j = 0  # (where the last run stopped)
    for k in [k for k, words in enumerate(words_at) if words is not None]:
        if k < j or out[k].place in keep:
            continue  # (a line of the run read above; a line of the header)
        run = [(k, words_at[k])]
        j = k + 1
        while j < len(out) and out[j].place not in keep and out[j].place - out[j - 1].place <= 2:
            more = words_at[j]
            if more is None:
                lone = _lone_name(out[j])
                if lone is not None:
                    run.append((j, [lone]))
                    j += 1
                break  # (a name alone ends the list)
            run.append((j, more))
            j += 1
        tabbed = any("\t" in out[x].text.strip() for x, _ in run)
        headed = k > 0 and out[k].place - out[k - 1].place <= 2 and heads_names(out[k - 1].key)
        if (tabbed or len(run) >= 2 or headed) and name_grid([w for _, w in run], headed) is not None:
            # (one line set with spaces is no list: a paragraph's wrapped line of names, a heading)
            for x, w in run:
                if "\t" not in out[x].text.strip():
                    text = "\t".join(w) if len(w) > 1 else f"{w[0]}\t\t"
                    out[x] = Line(out[x].no, text, fold(text), out[x].page_break, out[x].joined, at=out[x].at)
    return out


__all__ = ["NAME_COLUMN", "UNIT_COLUMN", "heads_names", "is_personal_name", "name_columns", "name_grid", "names_as_tab_rows", "names_of"]
