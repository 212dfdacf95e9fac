"""What a phrase's English reads by rule before the glossary is looked at: document numbers,
dates and years, ordinals (第三批, 第2期), numbered schools and hospitals, withheld names (张某某),
circled and Latin figures; sessions counted without 第 (十二届二次会议) where no term reads
further; list markers (一、)."""

from __future__ import annotations

import re
import unicodedata

from ..identifiers import chinese_small_number
from ..normalize import HAN_WIDE
from .pinyin import person_pinyin, pinyin

_ORDINAL_UNITS = {"号": None, "次": "", "届": "", "批": "Batch", "批次": "Batch", "季度": "Quarter", "期": "Issue", "轮": "Round",
                  "章": "Chapter", "条": "Article", "款": "Paragraph", "项": "Item", "部分": "Part", "阶段": "Stage",
                  "组": "Group", "名": "Place", "个": ""}
_CN_NUMBER = "〇零一二三四五六七八九十百两"
# Schools and hospitals a county numbers (第二实验小学, 第一中学, 第三人民医院): "No. 2 Experimental
# Primary School", as the institutions' own English names are written.
_INSTITUTIONS = {"实验小学": "Experimental Primary School", "中心小学": "Central Primary School",
                 "完全小学": "Primary School", "小学": "Primary School", "实验中学": "Experimental Secondary School",
                 "高级中学": "Senior High School", "初级中学": "Junior High School", "中学": "Secondary School",
                 "职业中学": "Vocational Secondary School", "幼儿园": "Kindergarten", "人民医院": "People's Hospital",
                 "中医医院": "Hospital of Traditional Chinese Medicine", "医院": "Hospital"}
# The commonest surnames, which a withheld name (张某某) keeps before 某.
_COMMON_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
                    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫"
                    "孔向汤易谷欧文柳殷伍雍")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")


def number(text: str) -> int | None:
    """12 or 十二 (两 for 二) as a number; None for what is neither."""
    if text.isdigit():
        return int(text)
    try:
        return chinese_small_number(text.replace("两", "二"))
    except (KeyError, ValueError):
        return None


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _render_ordinal(m: re.Match) -> str | None:
    n = number(m.group(1))
    if n is None:
        return None
    unit = _ORDINAL_UNITS[m.group(2)]
    if unit is None:
        return f"No. {n}"
    return f"{ordinal(n)} {unit}".strip()


def _render_doc_number(m: re.Match) -> str:
    """A 发文字号 as English-language citations print it: 湘政办发〔2024〕12号 → Xiang Zheng Ban Fa
    [2024] No. 12 (the 机关代字 syllable by syllable)."""
    return f"{pinyin(m.group(1))} [{m.group(2)}] No. {int(m.group(3))}"


def _render_institution(m: re.Match) -> str | None:
    n = number(m.group(1))
    return None if n is None else f"No. {n} {_INSTITUTIONS[m.group(2)]}"


def _render_date(m: re.Match) -> str | None:
    """2024年3月 → March 2024, 2024年3月1日 → 1 March 2024, 3月 → March (a month, not "3 Yue")."""
    year, month, day = m.group(1), int(m.group(2)), m.group(3)
    if not 1 <= month <= 12 or (day and not 1 <= int(day) <= 31):
        return None
    return " ".join(x for x in (str(int(day)) if day else "", _MONTH_NAMES[month - 1], year or "") if x)


def _render_session(m: re.Match) -> str | None:
    """十二届二次会议 → 12th 2nd Session: a 届 and a 次 (会议) counted without 第 are ordinals."""
    n = number(m.group(1))
    return None if n is None else f"{ordinal(n)} {'Session' if m.group(2) == '次会议' else ''}".strip()


def _render_placeholder(m: re.Match) -> str:
    """张某某, the name of a person withheld as a court or a petition office prints it: kept as a name
    (Zhang Moumou), as China Daily keeps 张某 (Zhang Mou)."""
    return person_pinyin(m.group(0))


# Zero as county documents print it in a year written out (二〇〇五年, 二○○五年, 二ΟΟ五年): the
# ideographic zero, a white circle, a Greek or Latin capital O, 零.
_ZEROS = "〇零○ΟO"
_YEAR_DIGITS = {**{z: "0" for z in _ZEROS}, **{c: str(k) for k, c in enumerate("〇一二三四五六七八九") if k}}


def _render_written_year(m: re.Match) -> str | None:
    """二〇〇五年度 → 2005 Annual, 一九九九年 → 1999: a year written in Chinese figures, read as the
    figures are (only 19xx and 20xx)."""
    year = "".join(_YEAR_DIGITS[c] for c in m.group(1))
    if year[:2] not in ("19", "20"):
        return None
    return year + (" Annual" if m.group(2) else "")


def _render_circled(m: re.Match) -> str:
    return f"({int(unicodedata.numeric(m.group(0)))})"


# Tokens read by rule before the glossary is looked at, in order: (name, pattern, rendering).
TOKEN_RULES = (
    ("doc_number", re.compile(rf"([{HAN_WIDE}]{{1,10}})\(((?:19|20)\d{{2}})\)第?(\d{{1,5}})号"), _render_doc_number),
    ("date", re.compile(r"(?:((?:19|20)\d{2})年)?(\d{1,2})月(?:(\d{1,2})日)?"), _render_date),
    ("years", re.compile(r"((?:19|20)\d{2})年?[—–\-－~～至到]((?:19|20)\d{2})年?度?"),
     lambda m: f"{m.group(1)}–{m.group(2)}"),
    # 2023年度 → 2023 Annual; 2023年末 (a balance at the year's end) → 2023 Year-End.
    ("year", re.compile(r"((?:19|20)\d{2})年([度末])?"),
     lambda m: m.group(1) + {"度": " Annual", "末": " Year-End", None: ""}[m.group(2)]),
    ("written_year", re.compile(rf"([一二][{_ZEROS}一二三四五六七八九]{{3}})年(度)?"), _render_written_year),
    # A level in Roman figures (防汛Ⅳ级应急响应, folded to IV级): Level IV.
    ("roman_level", re.compile(r"(IV|I{1,3})级"), lambda m: f"Level {m.group(1)}"),
    # A numbered part in brackets inside a phrase (第（一）项, （二）前期工作项目): (1), (2).
    ("bracketed_number", re.compile(r"\(([一二三四五六七八九十]{1,3})\)"),
     lambda m: None if (n := number(m.group(1))) is None else f"({n})"),
    ("ordinal", re.compile(rf"第([0-9]+|[{_CN_NUMBER}]{{1,4}})({'|'.join(sorted(_ORDINAL_UNITS, key=len, reverse=True))})"),
     _render_ordinal),
    ("institution", re.compile(rf"第([0-9]+|[{_CN_NUMBER}]{{1,4}})({'|'.join(sorted(_INSTITUTIONS, key=len, reverse=True))})"),
     _render_institution),
    ("placeholder", re.compile(rf"[{_COMMON_SURNAMES}]某某?"), _render_placeholder),
    # A number given as a name with 号 (3号台风, ①号地块), not a document's (湘政发〔2024〕3号, read
    # above) nor an ordinal's (第3号): No. 3.
    ("numbered", re.compile("([0-9]{1,4}|[①-⑳])号"),
     lambda m: f"No. {m.group(1) if m.group(1).isascii() else int(unicodedata.numeric(m.group(1)))}"),
    # A count of people (县应急管理局（3名）, a quota): 3 Persons; not 名单, 名额, 名称.
    ("persons", re.compile("([0-9]{1,4})名(?![单额称])"), lambda m: f"{m.group(1)} Persons"),
    ("circled", re.compile("[①-⑳]"), _render_circled),
    ("latin", re.compile(r"[0-9A-Za-z][0-9A-Za-z.+&'-]*"), lambda m: m.group(0)),
)
# Tokens read by rule only where they reach further than the glossary's longest term: 十二届 is a
# 12th, unless the glossary holds the whole 十三届八次全会.
LATE_TOKEN_RULES = (
    ("session", re.compile(rf"([{_CN_NUMBER}]{{1,4}})(届|次会议)"), _render_session),
)
# A list marker at the start of a phrase or after a separator: 一、 → 1.
LIST_MARKER = re.compile(r"([一二三四五六七八九十]{1,3})、")
