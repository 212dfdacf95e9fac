"""A township or a 街道 named bare as a document's organ (青石镇, 城关街道, 江口瑶族乡, 宝日陶亥苏木,
without 人民政府 or 办事处): where a title's issuer stands, alone or the last after organs (城关街道关于
开展…的通知, 青溪县应急管理局、城关街道关于…), and over the document's date when its title names it so
(signaturelines.town_signs). Nowhere else is a place's name an organ: a 主送's list (各乡镇、街道：,
城关镇、青石镇、白沙镇), places listed before 关于 in a sentence (城关镇、青山镇关于耕地保护的做法…), a
table's cell or a sentence names places."""

from __future__ import annotations

import re

from .normalize import HAN

# The town's own name of two to four characters (its nationality's too: 江口瑶族乡), after its county
# perhaps (青溪县城关镇), then 镇, 乡, 街道 or 苏木. Not a word for all or some of them (各乡镇, 全镇,
# 本街道, 该乡, 乡镇街道): none of 各全本该我乡镇 stands in the name.
TOWN_BARE = (rf"(?:[{HAN}]{{1,8}}?[县市区旗])?(?:(?![各全本该我乡镇街])[{HAN}]){{2,4}}?"
             r"(?:镇|乡|街道|苏木)")
_TOWN = re.compile(TOWN_BARE)
TOWN_LAST = ("镇", "乡", "道", "木")  # (what a town's name ends with: asked first)


def is_bare_town(key: str) -> bool:
    """The key is a town's or 街道's name alone, its organ's word left out (城关街道, 青石镇)."""
    return key.endswith(TOWN_LAST) and len(key) <= 16 and _TOWN.fullmatch(key) is not None


# What names a town's own organ after its name (城关镇 人民政府, 城关街道 办事处, 青石镇 党委).
_TOWN_ORGAN_WORDS = ("人民政府", "政府", "办事处", "党委", "党工委", "人大", "人民代表大会", "纪委", "纪工委")


def town_ends(key: str, after: str) -> bool:
    """``key`` is a town's name bare, and the gap or the 、 after it ends its organ: the word
    ``after`` it (joint issuers: 青石镇　白沙镇, 城关镇、县水利局) is not one of the town's own organs
    (城关镇　人民政府, a title's gap inside one name)."""
    return is_bare_town(key) and not after.startswith(_TOWN_ORGAN_WORDS)


# The town's government or 街道's office a bare name stands for, and the county it may be named in.
_TOWN_GOVERNMENT = ("人民政府", "办事处")
_COUNTY_BEFORE = re.compile(rf"(?:[{HAN}]{{1,8}}?[县市区旗])?")


def town_in_full(short: str, full: str) -> bool:
    """A title's town named bare (青石镇, 城关街道) and the signature's name of its government or
    office (青石镇人民政府, 青溪县城关街道办事处, its county before it or not): one organ. Not its
    party committee (青石镇党委), another town, nor the name the title prints (青石镇 signed 青石镇)."""
    if not (full.endswith(_TOWN_GOVERNMENT) and is_bare_town(short)):
        return False
    name = full.removesuffix(_TOWN_GOVERNMENT[0]).removesuffix(_TOWN_GOVERNMENT[1])
    return name.endswith(short) and _COUNTY_BEFORE.fullmatch(name[:len(name) - len(short)]) is not None


__all__ = ["TOWN_BARE", "TOWN_LAST", "is_bare_town", "town_ends", "town_in_full"]
