"""Identifiers with a grammar, as value objects with ``parse()`` and ``str()``.

All parsers take *printed* text (any bracket or dash width, spaces anywhere) and return
``None`` when the text is not of the form; ``str()`` gives the canonical form.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from dataclasses import dataclass

from .financialnumbers import financial_issue
from .normalize import HAN, fold

# 发文字号: 机关代字 + 〔年份〕 + 序号 + 号, e.g. 平政办发〔2023〕7号, 湘阴政人〔2024〕4号.
# Seen in print: （2024）, (2024), [2024], 〔2024〕, and spaces anywhere: 祁政通〔2024〕8 号.
# Seen after OCR: a C, l, 「, {, 〈〖 for the opening bracket or none, 」}〉〗 or J for the closing one
# (Tesseract's reading of 〕's hook: 松政发C2025J3号), O/l/I for 0/1 in the digits, 号 lost at the end
# of the line or read as a look-alike (HAO_LOOKALIKES: 松政发〔2024〕3亏; no word's start: 另行, 亏损 end no
# number). A careless hand writes 年 inside the bracket: 松政发〔2024年〕5号. The value keeps the canonical form.
_OCR_DIGIT = r"[0-9OoIl]"
HAO_LOOKALIKES = "另亏丂弓兮"  # (号 as OCR reads it: its 口 lost, 亏 丂 弓, or a character alike, 另 兮)
# The brackets and dashes a number may be printed with, as printed (before folding): every width
# that folds to "(", ")" or "-", what OCR or a font gives for them (〈〖, 一), a text layer's low line.
OPENING_BRACKETS = "(（〔［[【﹝〘〈〖<「{｛"
CLOSING_BRACKETS = ")）〕］]】﹞〙〉〗>」}｝"
DASHES = "-—–－‐‑‒―−﹣─━一_"
# A font that keeps 〔〕 in its private use area, or a byte lost where they stood, gives a
# private-use character or U+FFFD for each bracket (青政发\ue0012024\ue0027号, 青政办发�2024�9号):
# read as the brackets, between a 机关代字 and a year, and between the year and the serial.
LOST_BRACKETS = "\ue000-\uf8ff\ufffd"  # (as a character class's ranges)
_DOC_NUMBER = re.compile(
    rf"""
    (?P<prefix>[{HAN}]{{1,16}})    # 机关代字: Han characters only (平政办发, 湘阴政告)
    (?:\(|〈|〖|<|「|\{{|[CclI](?=[12])|[{LOST_BRACKETS}](?=[12]))?  # opening bracket (all widths fold to "(")
    (?P<year>[12lI][09Oo]{_OCR_DIGIT}{{2}})(?P<nian>年)?  # four-digit year (its 年 inside the bracket: 〔2024年〕5号)
    (?:\)|〉|〗|>|」|\}}|(?:J|[{LOST_BRACKETS}])(?=第?{_OCR_DIGIT}))   # (J only before the serial: 2025J3号)
    第?                                     # sometimes printed: 平政办发〔2023〕第10号
    (?P<serial>(?={_OCR_DIGIT}*\d){_OCR_DIGIT}{{1,4}})  # serial, without leading zeros
    (?:号|(?(nian)(?!)|(?:[{HAO_LOOKALIKES}](?![{HAN}])|$|(?=\)))))  # (号 lost at the end, or before the bracket closing it;
    # never after 〔2024年〕: a title's year in brackets before a contents' page, …清单（2024年）　6)
    """,
    re.VERBOSE,
)
# What every 发文字号 holds: a year and its closing bracket. Text without one (most of a body)
# is passed over without trying the number at each Han character.
_DOC_NUMBER_HINT = re.compile(rf"[12lI][09Oo]{_OCR_DIGIT}{{2}}年?(?:\)|〉|〗|>|」|\}}|J|[{LOST_BRACKETS}])")
_YEAR_AND_SERIAL = re.compile(rf"[12lI][09Oo]{_OCR_DIGIT}{{2}}年?(?:\)|〉|〗|>|」|\}}|J|[{LOST_BRACKETS}])第?{_OCR_DIGIT}")  # (and the serial)
_BEFORE_YEAR = 16 + 1  # a number's code (16 Han characters at most) and opening bracket stand so far before its year
_OCR_TO_DIGITS = str.maketrans("OoIl", "0011")
# A 发文字号 printed without its brackets, as a careless hand or an extraction that lost them gives
# it on a line of its own: 南政发2024年3号, 南政办函 2024 12号 (the key has lost the space:
# 南政办函202412号), 南政发2024—3号. Read only as the whole of a line (``DocNumber.parse_bare``):
# in a body 2024年3号 is anything, and a 令 or 公告 is numbered 2024年第3号 (no 第 here).
_BARE_DOC_NUMBER = re.compile(rf"(?P<prefix>[{HAN}]{{2,10}})(?P<year>(?:19|20)\d{{2}})[年-]?(?P<serial>[1-9]\d{{0,3}})号")
# What no 机关代字 holds: a code abbreviates its organ (南政办, never 南浦县人民政府), ends in the
# kind of document (发, 函, 通) or the organ's word (南财, 湘阴政人), never in a place's name, and holds
# no label (编号, 令).
_NOT_A_CODE = re.compile(r"人民|政府|委员会|号|令|年|第|会议|[县市区乡镇村省局厅]$|"
                         r"(?:公告|通告|纪要|通知|通报|报告|意见|决定|批复|请示|简报|信息|收文|学习|专报|快报|动态)$")
# (nor a whole organ's name, 县水利局, or a kind of paper: 公告, 简报, 收文 before the year)


def ocr_digits(text: str) -> str:
    """Letters read for digits inside a number: 2O23 → 2023, l7 → 17."""
    return text.translate(_OCR_TO_DIGITS)


# 规范性文件登记号: letters (county code + DR), year, serial: PJDR-2023-01004, ZZYXDR—2023—01001;
# after OCR the dashes may be 一 or spaces (folded away), the letters lower case, O for 0 (in the
# serial or the year: HNDR-2O24-00123).
_REGISTRATION = re.compile(
    rf"""
    (?<![A-Za-z])
    # region code: followed by DR in Hunan (PJDR, XYDR, ZZYXDR), with an area's digits in
    # Zhejiang (ZJJC15)
    (?P<code>[A-Za-z]{{2,10}}\d{{0,3}})
    # (a low line where the text layer lost the dash: PJDR_2023_01004; a tilde or a dot a font or
    # OCR gave for it, the same both times: PJDR~2023~01004, PJDR·2023·01004; a private-use
    # character or U+FFFD a font or a lost byte gave, as for a 发文字号's brackets: PJDR\ue0102023\ue01001004)
    (?:[-一_]?(?P<year>(?:19|2[0Oo]){_OCR_DIGIT}{{2}})[-一_]?
       |(?P<sep>[~.{LOST_BRACKETS}])(?P<year2>(?:19|2[0Oo]){_OCR_DIGIT}{{2}})(?P=sep)
    # (the year in brackets as a 发文字号 prints it: HFDR〔2024〕00002, folded to HFDR(2024)00002)
       |\((?P<year3>(?:19|2[0Oo]){_OCR_DIGIT}{{2}})\))
    # serial; its first digit tells the issuer in Hunan; seven digits in Shandong (0010003)
    (?P<serial>(?={_OCR_DIGIT}*\d){_OCR_DIGIT}{{3,7}})
    (?![0-9A-Za-z])
    # (closed by 号 as a 发文字号 is: HFDR-2024-00002号)
    号?
    """,
    re.VERBOSE,
)

# (曰 for 日: a common misreading of OCR)
_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})[日曰]")
# A date printed in figures alone, as web pages and some printers give the 成文日期: 2024.4.18,
# 2024-04-18, 2024/4/18 (one separator, twice).
_FIGURE_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})(?P<s>[./-])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})")


_FIGURE_DATE_AT_END = re.compile(rf"(?<=[{HAN}]){_FIGURE_DATE.pattern}$")


def figure_date_at_end(key: str) -> str:
    """A folded key that ends with a date in figures after a word (an organ and its date on
    one line: 松岭县人民政府2024.4.20) with that date written as dates are matched."""
    m = _FIGURE_DATE_AT_END.search(key) if key[-1:].isdigit() else None
    return key[:m.start()] + f"{m.group('y')}年{int(m.group('m'))}月{int(m.group('d'))}日" if m else key


def figures_in_words(key: str) -> str:
    """A folded key that is a date in figures alone written as dates are matched (2024.4.18 →
    2024年4月18日, and with the letters OCR reads for digits: 2O24.3.l5 → 2024年3月15日); any
    other key as it is."""
    if key[:1] in ("1", "2") and key[1:2] in ("9", "0", "O", "o") and _OCR_FIGURE_DATE.fullmatch(key):
        key = ocr_digits(key)
    m = _FIGURE_DATE.fullmatch(key) if key[:2] in ("19", "20") else None
    return f"{m.group('y')}年{int(m.group('m'))}月{int(m.group('d'))}日" if m else key


# A date in figures with a letter OCR read for a digit among them (2O24.3.5, 2024-O3-l5).
_OCR_FIGURE_DATE = re.compile(r"(?=.*[OolI])(?:19|2[0Oo])[0-9OolI]{2}(?P<s>[./-])[0-9OolI]{1,2}(?P=s)[0-9OolI]{1,2}")

# Dates and issue numbers written in Chinese numerals: 二〇二三年三月十五日, 二○二三年第二期.
_CN_DIGITS = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")}
# The zero as extraction gives it: a circle (○, or the large circle ◯ typed for 〇), 零, a Latin
# O or o or a digit 0 among Chinese numerals (二◯二四年, 二o二四年), or the Greek capital omicron
# an older word processor's symbol table gave for it (二ΟΟ六年: Ο, U+039F; ο).
_CN_DIGITS.update({"○": "0", "◯": "0", "零": "0", "Ｏ": "0", "O": "0", "o": "0", "0": "0", "Ο": "0", "ο": "0"})
_CN_NUMERALS = frozenset("〇○零Ｏ一二三四五六七八九十")  # (a key holding none is left as it is)
_CN_YEAR = re.compile(r"((?=[^年]{0,3}[一二三四五六七八九])[〇○◯零ＯOo0Οο一二三四五六七八九]{4})年")
# (曰 for 日: OCR's misreading, as in a date in figures)
_CN_MONTH_DAY = re.compile(r"(?<=年)([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})[日曰])?")
_CN_DAY = re.compile(r"(?<=月)([一二三四五六七八九十]{1,3})[日曰]")
_CN_ISSUE = re.compile(r"第([一二三四五六七八九十]{1,3})(?:([-~、])([一二三四五六七八九十]{1,3}))?期")  # (第五—六期: combined)
# A date in Arabic digits with letters OCR read for digits: 2O24年2月1O日, 2024年3月l5日; the
# year of an issue so read, 2O24年第3期 (the year's first figures are 19 or 20: a year), and its
# number, 第l2期 (a figure among them: 第III期 is a Roman three).
_OCR_DATE = re.compile(r"[0-9OolI]{4}年[0-9OolI]{1,2}月[0-9OolI]{1,2}[日曰]"
                       r"|(?<![0-9A-Za-z])(?:19|2[0Oo])[0-9OolI]{2}(?=年度?第[0-9OolI一二三四五六七八九十]{1,3}期)"
                       r"|(?<=第)(?=[OolI]{0,2}\d|\d[OolI])[0-9OolI]{2,3}(?=期)")
_OCR_LETTERS = frozenset("OolI")
# A day written 号, as it is spoken (the standard prints 日): 5月20号 (never a 发文字号's 号, which
# follows a bracketed year, not a month).
_DAY_SPOKEN = re.compile(r"(?<=月)([0-9一二三四五六七八九十]{1,3})号")


def chinese_small_number(text: str) -> int:
    """一 … 九十九 (the numbers of months, days, issues and list items). Raises ValueError for
    what is not such a number (八六, 十十)."""
    if text.startswith("十"):
        text = "一" + text
    tens, ten, units = text.partition("十")
    if not text or len(tens) != 1 or len(units) > 1 or (units and not ten) or tens not in _CN_DIGITS \
            or (units and units not in _CN_DIGITS):
        raise ValueError(f"not a Chinese number below 100: {text!r}")
    if ten:
        return int(_CN_DIGITS[tens]) * 10 + (int(_CN_DIGITS[units]) if units else 0)
    return int(_CN_DIGITS[tens])


def _number_or_same(m: re.Match, render) -> str:
    try:
        return render(m)
    except ValueError:
        return m.group(0)  # not a number after all (八六): left as printed


@lru_cache(maxsize=1 << 14)
def arabic(key: str) -> str:
    """A folded key with Chinese-numeral dates and issue numbers in Arabic digits, for matching:
    二〇二三年三月十五日 → 2023年3月15日, 二〇二四年元月五日 → 2024年1月5日, 第二期 → 第2期 (第五—六期 → 第5-6期); the
    letters OCR reads for digits in a date or an issue's year made digits (2O24年2月1O日 → 2024年2月10日,
    2O24年第3期 → 2024年第3期); a day written 号 as it is spoken (2024年5月20号 → 2024年5月20日); a date
    in figures alone in words (``figures_in_words``). Other numerals are left alone."""
    key = financial_issue(figures_in_words(key))  # (第叁期 as 第三期: financialnumbers)
    key = key.replace("年元月", "年1月")  # 元月 is January: 2024年元月5日, 二〇二四年元月五日
    if "号" in key and "月" in key:  # the day as it is spoken: 2024年5月20号, 二〇二四年五月二十号
        key = _DAY_SPOKEN.sub(r"\1日", key)
    if ("年" in key or "期" in key) and not _OCR_LETTERS.isdisjoint(key):
        key = _OCR_DATE.sub(lambda m: ocr_digits(m.group(0)), key)
    if _CN_NUMERALS.isdisjoint(key):
        return key
    key = _CN_YEAR.sub(lambda m: "".join(_CN_DIGITS[c] for c in m.group(1)) + "年", key)

    def month_day(m: re.Match) -> str:
        out = f"{chinese_small_number(m.group(1))}月"
        return out + (f"{chinese_small_number(m.group(2))}日" if m.group(2) else "")

    key = _CN_MONTH_DAY.sub(lambda m: _number_or_same(m, month_day), key)
    key = _CN_DAY.sub(lambda m: _number_or_same(m, lambda m: f"{chinese_small_number(m.group(1))}日"), key)
    return _CN_ISSUE.sub(lambda m: _number_or_same(m, _issue_number), key)


def _issue_number(m: re.Match) -> str:
    """第五期 → 第5期; a combined issue's two numbers, 第五-六期 → 第5-6期."""
    second = f"{m.group(2)}{chinese_small_number(m.group(3))}" if m.group(3) else ""
    return f"第{chinese_small_number(m.group(1))}{second}期"


# Words that cannot be inside a 机关代字: when a number directly follows running text
# (…的通知平政办发〔2023〕7号) or its label with the space lost (文号平政办发〔2023〕10号) the
# code starts after the last of them. In running text 和, 及 and 与 join two numbers
# (…》和湘政发〔2023〕7号, …5号和湘政办发…); a line that is a number alone has none to join, and
# there they are a county's name (和静政发〔2024〕2号, 太和政发, 新和县政发).
_WORDS = (r"的|通知|决定|通告|意见|通报|批复|公告|报告|请示|纪要|文件|关于|印发|等|"
          r"根据|依据|按照|依照|参照|落实|执行|贯彻|对照|结合|见|文号|字号")
_CODE_BOUNDARY = re.compile(rf".*(?:{_WORDS}|和|及|与)")
_CODE_BOUNDARY_ALONE = re.compile(rf".*(?:{_WORDS})")
MAX_CODE = 10


def agency_code(run: str, alone: bool = False) -> str:
    """The 机关代字 at the end of a run of Han characters; ``alone``: the run opens the text (or
    follows a label), where no number stands before it for 和 to join."""
    m = (_CODE_BOUNDARY_ALONE if alone else _CODE_BOUNDARY).match(run)
    code = run[m.end():] if m else run
    return code[-MAX_CODE:] if code else run[-MAX_CODE:]


def _plausible_number(year: int, serial: int) -> bool:
    """A 发文字号's year is of the People's Republic, and no document is numbered 0."""
    return 1949 <= year <= 2099 and serial > 0


def _permit(prefix: str) -> bool:
    """The code of a publication permit printed on a gazette's cover or colophon (湘内资准字（2024）
    第0123号, 湘新出内资准字: the 内部资料准印证's number), no 发文字号."""
    return prefix.endswith("准字")


def doc_number_matches(key: str):
    """``_DOC_NUMBER.finditer(key)``'s matches, each searched from ``_BEFORE_YEAR`` characters before
    the next year and serial (``_YEAR_AND_SERIAL``, which every match holds) on: not tried at each
    Han character of a paragraph before it."""
    at = 0
    while (year := _YEAR_AND_SERIAL.search(key, at)) is not None:
        m = _DOC_NUMBER.search(key, max(at, year.start() - _BEFORE_YEAR))
        if m is None:
            return
        yield m
        at = m.end()


@dataclass(frozen=True, slots=True)
class DocNumber:
    prefix: str
    year: int
    serial: int
    printed: str

    @classmethod
    def search(cls, text: str) -> "DocNumber | None":
        """First 发文字号 anywhere in ``text``."""
        return next(cls.finditer(text), None)  # (the first: the rest not read)

    @classmethod
    def finditer(cls, text: str):
        key = fold(text)
        for m in doc_number_matches(key):
            year, serial = int(ocr_digits(m.group("year"))), int(ocr_digits(m.group("serial")))
            if not _plausible_number(year, serial):
                continue
            # (a number opening the text, or after its label, has no number before it to join)
            prefix = agency_code(m.group("prefix"), alone=m.start() == 0 or key[m.start() - 1] in ": ")
            if _permit(prefix):
                continue
            printed = prefix + m.group(0)[len(m.group("prefix")):]
            yield cls(prefix, year, serial, printed)

    @classmethod
    def parse(cls, text: str) -> "DocNumber | None":
        """A 发文字号 that is the whole of ``text`` (brackets around it allowed)."""
        key = fold(text).strip("()")
        m = _DOC_NUMBER.fullmatch(key)
        if not m:
            return None
        prefix = agency_code(m.group("prefix"), alone=True)
        year, serial = int(ocr_digits(m.group("year"))), int(ocr_digits(m.group("serial")))
        if prefix != m.group("prefix") or not _plausible_number(year, serial) or _permit(prefix):
            return None
        return cls(prefix, year, serial, text.strip())

    @classmethod
    def parse_bare(cls, text: str) -> "DocNumber | None":
        """A 发文字号 printed without its brackets that is the whole of ``text`` (``_BARE_DOC_NUMBER``:
        南政发2024年3号, 南政办函 2024 12号, 南政发2024—3号); not a year and a number after a
        place, an organ's name or a label (南浦县2024年3号, 县人民政府2024年3号, 编号2024年3号)."""
        key = fold(text)
        m = _BARE_DOC_NUMBER.fullmatch(key) if key.endswith("号") else None
        if m is None or _NOT_A_CODE.search(m.group("prefix")) \
                or agency_code(m.group("prefix"), alone=True) != m.group("prefix"):
            return None
        year, serial = int(m.group("year")), int(m.group("serial"))
        return cls(m.group("prefix"), year, serial, text.strip()) if _plausible_number(year, serial) else None

    @classmethod
    def read(cls, text: str) -> "DocNumber | None":
        """``text`` as a 发文字号 with the brackets around its year (``parse``) or without them
        (``parse_bare``: 南政发2024年3号)."""
        return cls.parse(text) or cls.parse_bare(text)

    def __str__(self) -> str:
        return f"{self.prefix}〔{self.year}〕{self.serial}号"

    def is_rule_number(self) -> bool:
        """A 规 number (铜府规〔2023〕2号, 黔南府办规〔2024〕3号): where a province numbers its
        normative documents so, their registration, printed beside the 发 number or alone."""
        return self.prefix.endswith("规") and len(self.prefix) >= 2

    def registers(self, other: "DocNumber") -> bool:
        """Is this 规 number the registration of the document ``other`` numbers: the same
        issuer's code (铜府规 beside 铜府发, 黔南府办规 beside 黔南府办发) and year. The code is
        all of the prefix but its last character, the same on both: the government's 青府规 does
        not register its office's 青府办发, nor a planning board's 云规 the government's 云府发
        (a joint document's numbers)."""
        return self.is_rule_number() and not other.is_rule_number() and other.year == self.year \
            and other.prefix[:-1] == self.prefix[:-1]

    def parts(self) -> dict:
        return {"prefix": self.prefix, "year": self.year, "serial": self.serial,
                "printed": self.printed}


@dataclass(frozen=True, slots=True)
class RegistrationNumber:
    code: str
    year: int
    serial: str

    @classmethod
    def search(cls, text: str) -> "RegistrationNumber | None":
        return cls._build(_REGISTRATION.search(fold(text)))

    @classmethod
    def parse(cls, text: str) -> "RegistrationNumber | None":
        return cls._build(_REGISTRATION.fullmatch(fold(text)))

    @classmethod
    def _build(cls, m: re.Match | None) -> "RegistrationNumber | None":
        if m is None:
            return None
        year = m.group("year") or m.group("year2") or m.group("year3")
        return cls(m.group("code").upper(), int(ocr_digits(year)),
                   ocr_digits(m.group("serial")))

    def __str__(self) -> str:
        return f"{self.code}-{self.year}-{self.serial}"


@dataclass(frozen=True, slots=True)
class ChineseDate:
    """A date printed as ``2023年7月28日`` (spaces allowed), kept as an ISO date."""

    date: _dt.date

    @classmethod
    def parse(cls, text: str) -> "ChineseDate | None":
        """Whole text is a date. Raises ValueError when it has the form but is impossible."""
        m = _DATE.fullmatch(arabic(fold(text)))
        return cls._build(m) if m else None

    @classmethod
    def search(cls, text: str) -> "ChineseDate | None":
        m = _DATE.search(arabic(fold(text)))
        return cls._build(m) if m else None

    @staticmethod
    def _build(m: re.Match) -> "ChineseDate":
        return ChineseDate(_dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d"))))

    def __str__(self) -> str:
        return self.date.isoformat()


# A line shaped as a date that is none the parser reads: a year, a month and a day in figures or
# Chinese numerals with what OCR, a lost byte or a careless hand gives among them (2024年3月5,
# 二〇二四年三月卅日, 2024年3\ufffd5日 with a character lost, 2024年13月5日). Asked only where a
# document's 成文日期 was not read, to say which line held it.
_DATE_DIGITS = "0-9OoIlΟο〇○◯零一二三四五六七八九"
_DATE_SHAPED = re.compile(
    rf"[12一二][{_DATE_DIGITS}\ufffd]{{3}}(?:年|[.,/\-\ufffd])"
    rf"[{_DATE_DIGITS}十元\ufffd]{{1,3}}(?:月|[.,/\-\ufffd])"
    rf"[{_DATE_DIGITS}十廿卅\ufffd]{{1,4}}[日号曰\ufffd]?")


def date_shaped(key: str) -> bool:
    """A folded line that is a year, a month and a day in a form ``ChineseDate.parse`` does not
    read or reads as no calendar date (2024年3月5, 二〇二四年三月卅日, 2024年3\ufffd5日); not a
    month alone (2024年3月), nor a span of years (2023-2024)."""
    return len(key) <= 16 and bool(_DATE_SHAPED.fullmatch(key))


DATE_PATTERN = _DATE
FIGURE_DATE_PATTERN = _FIGURE_DATE
DOC_NUMBER_PATTERN = _DOC_NUMBER
DOC_NUMBER_HINT = _DOC_NUMBER_HINT
REGISTRATION_PATTERN = _REGISTRATION
