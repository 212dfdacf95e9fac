"""The numbering of a body's lines, highest level first (第一章, 第一节, 第一条, 一、, 1.1,
（一）, 1., （1）, ①) and Chinese numerals up to 999; whether a numbered line is a heading or an
item is ``numbered.py``'s to say."""

from __future__ import annotations

import re
from functools import lru_cache

CN_NUM = "一二三四五六七八九十百零〇两"

_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}
_CN_DIGITS.update({"〇": 0, "两": 2})


def cn_to_int(text: str) -> int | None:
    """Chinese or Arabic numeral up to 999: ``二十一`` → 21, ``12`` → 12."""
    if not text:
        return None
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


# What follows a number that a sentence cut at the wrap carries on with, never a numbered line's:
# a 章, 节 or 条 cited (第四章的规定, 第十条第一款, 第五条之规定), a figure (3.1%, 12.4个百分点,
# 2.68万人), an item or a paragraph cited ((一)项的规定). (Numbers counted, 一、二级保护区, are
# left: 一、二级公路养护 is as likely a heading.)
# (The keys have no spaces: 第二条　第三方… and 第三章　第一节… are read as printed, so a word after
# the number is cited only where no heading's words open so.)
_CITED = r"(?!的|规定的|之规定)"
_ARTICLE_CITED = rf"(?!的|规定的|之规定|第\(?[{CN_NUM}\d]+\)?[款项])"  # (第二十条第（一）项 too)
_FIGURE = r"(?![\d.%‰]|万[元人亩吨户个台辆]|亿[元人]|公里|个?百分点)"
_ITEM_CITED = r"(?![项款]的|[项款](?:规定|之))"

# Body numbering, highest level first. Each: (name, level, pattern on the folded key).
NUMBERING = (
    ("chapter", 1, re.compile(rf"^第(?P<n>[{CN_NUM}\d]+)(?:章|篇|部分){_CITED}")),  # (a plan's 第一篇, a report's 第一部分: over its chapters)
    ("section", 2, re.compile(rf"^第(?P<n>[{CN_NUM}\d]+)节{_CITED}")),
    ("article", 3, re.compile(rf"^第(?P<n>[{CN_NUM}\d]+)条{_ARTICLE_CITED}")),
    ("outline", 1, re.compile(rf"^(?P<n>[{CN_NUM}]+)[、.]")),
    ("decimal", 2, re.compile(rf"^(?P<n>\d{{1,2}}(?:\.\d{{1,2}}){{1,3}}){_FIGURE}")),
    ("outline", 2, re.compile(rf"^\((?P<n>[{CN_NUM}]+)\){_ITEM_CITED}")),
    ("outline", 3, re.compile(r"^(?P<n>\d{1,3})(?:[、]|\.(?!\d))")),
    ("outline", 4, re.compile(r"^\((?P<n>\d{1,3})\)")),
    ("outline", 5, re.compile(r"^(?P<n>[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])")),
)


def _numbering_of(*names: tuple[str, int]) -> tuple:
    return tuple(n for n in NUMBERING if n[:2] in names)


# The patterns of NUMBERING, in their order, that a key's first character may open.
NUMBERING_FIRST = {"第": _numbering_of(("chapter", 1), ("section", 2), ("article", 3)),
                   "(": _numbering_of(("outline", 2), ("outline", 4)),
                   **dict.fromkeys(CN_NUM, _numbering_of(("outline", 1))),
                   **dict.fromkeys("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳", _numbering_of(("outline", 5)))}
_NUMBERING_DIGIT = _numbering_of(("decimal", 2), ("outline", 3))  # (\d: any decimal digit)


@lru_cache(maxsize=1 << 14)
def numbering(key: str) -> tuple[str, int, str] | None:
    """(kind, level, marker) of a numbered line, or None. Cached: a numbered line is asked
    again by the blocks (``build_blocks``) after its kind."""
    first = key[:1]
    candidates = NUMBERING_FIRST.get(first) or (_NUMBERING_DIGIT if first.isdecimal() else None)
    if candidates is None:
        return None  # (asked of every line: the first character tells which patterns may match)
    for kind, level, pattern in candidates:
        m = pattern.match(key)
        if m:
            if kind == "decimal":  # 1.1 → level 2, 4.2.1 → level 3
                level = m.group("n").count(".") + 1
            return kind, level, m.group(0)
    return None


def ordinal(key: str) -> tuple[str, int, int] | None:
    """(kind, level, value) of a numbered line: ``三、…`` → ("outline", 1, 3)."""
    found = numbering(key)
    if found is None:
        return None
    n = re.search(rf"[{CN_NUM}]+|\d+", found[2])
    value = cn_to_int(n.group(0)) if n else None
    return (found[0], found[1], value) if value else None
