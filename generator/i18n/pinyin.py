"""Hanyu Pinyin for what the glossary lacks: words syllable by syllable, names as one word, and
people's names surname first (with the surnames read otherwise than their character alone)."""

from __future__ import annotations

import re

from pypinyin import lazy_pinyin

from ..normalize import HAN_WIDE

HAN = re.compile(f"[{HAN_WIDE}]")


def _unreadable(chars: str) -> list[str]:
    """What pypinyin has no reading for: a Han character is named by its code point (never
    dropped, never left in Chinese), anything else kept."""
    return ["".join(f"U+{ord(c):04X}" if HAN.match(c) else c for c in chars)]


def pinyin(text: str) -> str:
    """Hanyu Pinyin syllable by syllable, capitalised: 项目 → Xiang Mu."""
    words = lazy_pinyin(text, errors=_unreadable, v_to_u=True)
    return " ".join(w.capitalize() if w.isalpha() else w for w in words).strip()


# Characters a name reads otherwise than pypinyin reads them alone: 长 of 长岭 (Changling), as of 长沙.
NAME_READINGS = {"长": "chang"}


def pinyin_name(text: str) -> str:
    """Pinyin of a name written as one word, as place names and brands are: 攸惠贷 → Youhuidai."""
    words = lazy_pinyin(text, errors=_unreadable, v_to_u=True)
    if len(words) == len(text) > 1:  # 长 alone is the 长 of 镇长 (zhang)
        words = [NAME_READINGS.get(c, w) for c, w in zip(text, words)]
    return "".join(words).capitalize()


# Surnames of two characters, and surnames read otherwise than the character usually is.
COMPOUND_SURNAMES = frozenset("欧阳 司马 诸葛 上官 东方 皇甫 令狐 夏侯 慕容 尉迟 公孙 长孙 宇文 司徒 申屠 轩辕 端木 "
                              "西门 南宫 万俟 闻人 澹台 独孤 呼延 钟离 太史 百里 东郭 左丘".split())
SURNAME_READINGS = {"单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "区": "ou", "查": "zha", "朴": "piao",
                    "盖": "ge", "乐": "yue", "覃": "qin", "尉": "yu", "缪": "miao", "翟": "zhai", "员": "yun",
                    "召": "shao", "柏": "bai", "种": "chong", "黑": "he", "长孙": "zhangsun", "尉迟": "yuchi",
                    "万俟": "moqi", "澹台": "tantai", "重": "chong", "传": "chuan", "石": "shi", "沈": "shen"}


def person_pinyin(name: str) -> str:
    """A person's name in Pinyin, surname first, as the name is written in English: 戴志辉 → Dai
    Zhihui, 欧阳明华 → Ouyang Minghua, 单建国 → Shan Jianguo, 吕小军 → Lü Xiaojun."""
    name = name.strip()
    split = 2 if name[:2] in COMPOUND_SURNAMES and len(name) > 2 else 1
    surname, given = name[:split], name[split:]
    spoken = SURNAME_READINGS.get(surname) or "".join(lazy_pinyin(surname, v_to_u=True, errors=_unreadable))
    if not given:
        return spoken.capitalize()
    return spoken.capitalize() + " " + "".join(lazy_pinyin(given, v_to_u=True, errors=_unreadable)).capitalize()
