"""One line of a title: could it be part of one, does it open one, and the 发文字号 a title line
may print at its end after a gap."""

from __future__ import annotations

import re

from .furniture import is_web_chrome
from .identifiers import HAO_LOOKALIKES, DocNumber
from .imprintlines import imprint_and_copies
from .model import Line
from .normalize import HAN, fold, squeeze
from .scripts import OTHER_CHARS, translation_after
from .numbering import numbering
from .patterns import (
    doc_type_of,
    is_date_line,
    is_header_number_line,
    is_org_only,
    is_recipients,
    issuer_type_title,
    title_start,
)
from .toclines import toc_page, without_listed_day

MAX_TITLE_CHARS = 160  # a title longer than this is no title (a paragraph)
MAX_TITLE_LINES = 5  # lines of one title at most


def title_like(line: Line) -> bool:
    """Could this line be part of a title?"""
    key = line.key
    return (
        quick_title_like(line)
        and toc_page(line.text, key) is None
        and without_listed_day(line.text) == line.text  # (…的通知　　2024-02-18: a portal's list of the issue)
        and not is_header_number_line(key)
        and not is_date_line(key)
        and numbering(key) is None
        and not ("印发" in key and imprint_and_copies(key))  # (the 印发 line, its copies after it perhaps: a document's end)
    )


# The 版记's labelled fields (印发机关：…　　印发日期：…, 印发：…): a document's end, though they open
# with 印发 as a title that names no issuer does (印发…的通知).
_IMPRINT_FIELDS = ("印发:", "印发机关:", "印发单位:", "印发日期:", "印发时间:")


def quick_title_like(line: Line) -> bool:
    """``title_like``'s checks of the line's characters alone (no pattern): a line that fails
    them is no title's (most of an issue's lines: a sentence, a table's row of cells)."""
    key, text = line.key, line.text
    return 0 < len(key) <= 100 and "。" not in key and ";" not in key and not key.endswith(":") \
        and not key.startswith(("附件", *_IMPRINT_FIELDS)) and ("\t" not in text or text.strip("\t ").count("\t") <= 1)
    # (pdftotext sometimes prints one tab inside a title line: 湘阴县人民政府⇥关于…)


# A title line that ends with its 发文字号 after a gap: ``…的通知　　遂政办〔2024〕9号`` (one space is a gap
# too after the title's 文种, as contents set a title and its number: ``…的通知　南政发[1999]21号``).
_GAPPED_NUMBER = re.compile(rf"^(?P<title>.*\S)(?:[ \u3000]{{2,}}+|\t|(?P<one>[ \u3000]))(?P<number>\S{{4,30}}[号{HAO_LOOKALIKES}])\s*$")
# (its 号 as OCR may read it: …的通知　青政发〔2024〕5亏, …的批复（青政函〔2024〕8兮）; DocNumber reads it so)
_HAO = ("号", *HAO_LOOKALIKES)


def trailing_number(text: str) -> tuple[str, DocNumber] | None:
    """(the title, its 发文字号) of a title line that prints the number after a gap at its end (its
    year in brackets or not: ``…的通知　　南政发2024年3号``)."""
    if not text.endswith(_HAO):
        return None
    m = _GAPPED_NUMBER.match(text)
    if m is not None and m.group("one") and doc_type_of(fold(m.group("title"))) is None:
        return None  # (one space: only after the title's 文种)
    number = DocNumber.read(m.group("number")) if m else None
    return (m.group("title"), number) if number else None


def names_in_a_row_apart(content: list[Line], i: int, below: int) -> bool:
    """``content[i]`` is a row of a list of names, three or more set apart by spaces
    (城关镇　石门乡　县卫生局　县计生委, an attachment's 名单 over the next document), a blank line
    between it and the title's line ``below``: the list's last row, not the title's issuers (a
    joint header's organs stand right over the title). With no blank line (a PDF's text printing
    none), the row is the list's where a row of names stands right over it too and the title's
    line names its issuer itself (it does not open with 关于, 印发 or 转发)."""
    if not _names_row(content[i].text):
        return False
    if content[below].place - content[i].place > 1:
        return True
    return i > 0 and content[i].place - content[i - 1].place == 1 and _names_row(content[i - 1].text) \
        and not content[below].key.startswith(("关于", "印发", "转发"))


def _names_row(text: str) -> bool:
    """Three names or more set apart by spaces, each of 2 to 12 characters."""
    parts = text.split()
    return len(parts) >= 3 and all(2 <= len(part) <= 12 for part in parts)


# A speech printed as an item: 在全县经济工作会议上的讲话, under it the day or the speaker.
SPEECH_TITLE = re.compile(r"^在[^。;:]{2,60}上的(?:讲话|致辞|发言)$")
# A list adopted by a meeting and printed as an item of its own: 人大常委会任免名单,
# 县人民政府任免国家工作人员, 县人民政府任免工作人员.
LIST_TITLE = re.compile(r"(?:名单|任免(?:国家)?工作人员)$")
# A title line that ends with its day in brackets: ``…第19次常务会议纪要（2024年7月26日）``.
_BRACKETED_DAY = re.compile(r"^(?P<title>.*\S)(?P<day>[(（]\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}|"
                            r"[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3})\s*日\s*[)）])\s*$")


def trailing_day(text: str) -> tuple[str, str] | None:
    """(the title, its day in brackets) of a title line that prints the day right after its 文种
    (``…第19次常务会议纪要（2024年7月26日）``) or after a speech's title (``在全县防汛抗旱工作会议上的
    讲话（2024年5月8日）``, the note a speech prints under its title): the day the document is
    dated. None for a line whose words before the day are no title with its 文种 or a speech's
    (a sentence: …于（2024年7月26日）)."""
    if not text.rstrip().endswith(("日)", "日）")):
        return None
    m = _BRACKETED_DAY.match(text.strip())
    if m is None:
        return None
    title = fold(m.group("title"))
    if doc_type_of(title) is None and not SPEECH_TITLE.match(title):
        return None
    return m.group("title"), m.group("day")


# A title line that ends with its 发文字号 in brackets: ``…关于同意设立城东农贸市场的批复（南政函〔2024〕18号）``.
_BRACKETED_NUMBER = re.compile(rf"^(?P<title>.*\S)[(（](?P<number>[^()（）]{{4,30}}[号{HAO_LOOKALIKES}])[)）]\s*$")


def bracketed_number(text: str) -> tuple[str, DocNumber] | None:
    """(the title, its 发文字号) of a title line that prints the number in brackets right after
    its 文种 (…的批复（南政函〔2024〕18号）, or without the brackets around the year, …的批复（南政函2024年18号）);
    a contents entry or a list's item prints its titles
    so too, so ``find_titles`` asks it only of a line over the 主送."""
    if not text.rstrip().endswith(_HAO_CLOSED):
        return None
    m = _BRACKETED_NUMBER.match(text.strip())
    if m is None or doc_type_of(fold(m.group("title"))) is None:
        return None
    number = DocNumber.read(m.group("number"))
    return (m.group("title"), number) if number else None


# A 令's or 公告's number printed on its title's line: ``洛川县人民政府令（第3号）``,
# ``…人民政府令　第3号``, ``…公告（2024年第1号）``, ``…公告〔2024〕3号``, ``…人民政府令（2024年3号）``.
_ORDER_AT_END = re.compile(r"^(?P<title>.*\S(?:令|公告|通告))[ \u3000\t]*"
                           r"(?P<number>[(（]?(?:(?:19|20)\d{2}年|[〔(（\[［](?:19|20)\d{2}[〕)）\]］])?"
                           rf"第[ \u3000]*[\d一二三四五六七八九十百零〇]{{1,5}}[ \u3000]*[号{HAO_LOOKALIKES}][)）]?"
                           r"|[〔(（\[［](?:19|20)\d{2}[〕)）\]］][ \u3000]*\d{1,5}[ \u3000]*号"
                           r"|[(（]?(?:19|20)\d{2}年[ \u3000]*\d{1,4}[ \u3000]*号[)）]?)$")


def trailing_order_number(text: str) -> tuple[str, str] | None:
    """(the title, its number) of a 令's or 公告's title line that prints its number at its end (its
    号 as OCR may read it: …令第5亏)."""
    if not text.rstrip().endswith(NUMBER_ENDS):
        return None
    m = _ORDER_AT_END.match(text.strip())
    if m is None or m.group("title")[:1] in "(（" or not is_org_only(fold(_ORDER_TYPE.sub("", m.group("title")))):
        return None  # (平政令〔2023〕1号 is a 发文字号 whose 机关代字 ends in 令: no organ before it; （…令第6号）: a note)
    return m.group("title"), m.group("number")


_ORDER_TYPE = re.compile(r"(?:令|公告|通告)$")


# What a line prints after a gap at its end: a web page's buttons beside the title (…的通知　　【字体：大 中 小】).
_GAPPED_TAIL = re.compile(r"^(?P<title>.*\S)(?:[ \u3000]{2,}+|\t)(?P<tail>\S.*)$")


_CHROME_LAST = ("】", "]", "小", "印", "闭", "享", "口", "页")


def without_trailing_chrome(text: str) -> str:
    """A line without the web page's buttons printed after a gap at its end (``…的通知
    【字体：大 中 小】　　【打印】``): the title a portal's page prints with its toolbar."""
    while text.rstrip().endswith(_CHROME_LAST):
        m = _GAPPED_TAIL.match(text.rstrip())
        if m is None or not is_web_chrome(fold(m.group("tail"))):
            break
        text = m.group("title")
    return text


def title_text(text: str) -> str:
    """A title's line as its title reads: without a web page's buttons after it
    (``without_trailing_chrome``), and without the 【】 a web page prints a whole title in
    (``【青溪县人民政府关于2024年春耕生产工作的通知】``; not a section's name, 【规范性文件】, nor a
    title's part: the brackets are the title's only where what they hold is one, its issuer and
    关于 (or 印发, 转发) to its 文种)."""
    return unboxed_title(without_trailing_chrome(without_translation(text)))


def without_translation(text: str) -> str:
    """A title's line without its translation in another script printed after it on the line, as a
    minority region's gazette prints it (…的通知　قەشقەر … ئۇقتۇرۇشى: ``title_block`` gives it as the
    title's subtitle)."""
    at = translation_after(text) if text.rstrip()[-1:] in OTHER_CHARS else None
    return text if at is None else text[:at]


def unboxed_title(text: str) -> str:
    """A whole title without the 【】 around it (``title_text``), or a title's first or last line
    without its bracket where the title wraps inside them (``【青溪县人民政府关于…`` / ``…工作的通知】``);
    any other line as it is."""
    if "【" not in text and "】" not in text:
        return text  # (asked of every line: most hold neither)
    bare = text.strip()
    opens, closes = bare[:1] == "【", bare[-1:] == "】"
    if not (opens or closes) or bare.count("【") != opens or bare.count("】") != closes:
        return text
    inner = bare[opens:len(bare) - closes].strip()
    key = fold(inner)
    if opens and closes:
        return inner if doc_type_of(key) and title_start(key) else text  # (not 【县政府常务会议纪要】: a section)
    return inner if (title_start(key) if opens else doc_type_of(key)) else text


# How a line a 发文字号 or a 令's number may end stands printed (its 号 as OCR may read it too).
_HAO_CLOSED = tuple(hao + bracket for hao in _HAO for bracket in ")）")
NUMBER_ENDS = _HAO + _HAO_CLOSED
# The last characters (whitespace stripped) of the lines ``without_trailing_number`` may change,
# with one that holds 【 or 】 (``unboxed_title``): a web page's buttons, a day in brackets, a number
# (or nothing: a blank line). Any other line it returns as it is.
TRAILERS_LAST = frozenset("".join(_CHROME_LAST) + ")）号" + HAO_LOOKALIKES) | {""} | OTHER_CHARS  # (a translation after it too)


def without_trailing_number(line: Line, nxt: Line | None = None) -> Line:
    """The line as a title is read: without a 发文字号 printed after a gap at its end, or a 令's
    number after its title, or a web page's buttons (the line itself is kept whole: the blocks and
    the document's fields take the number apart, ``build_blocks``, ``extract``); without its
    发文字号 in brackets when the line ``nxt`` under it is the 主送 (…的批复（南政函〔2024〕18号） /
    县商务局：)."""
    bare = title_text(line.text)
    if bare != line.text:
        line = Line(line.no, bare, fold(bare), line.page_break, at=line.at)
    if (dated := trailing_day(line.text)) is not None:
        return Line(line.no, dated[0], fold(dated[0]), line.page_break, at=line.at)  # (…纪要（2024年7月26日）)
    if not line.text.rstrip().endswith(NUMBER_ENDS):
        return line  # (asked of every line: neither number can end it)
    split = trailing_number(line.text) or trailing_order_number(line.text) or (
        bracketed_number(line.text) if nxt is not None and is_recipients(nxt.key) else None)
    if split is None:
        return line
    return Line(line.no, split[0], fold(split[0]), line.page_break, at=line.at)


_HAN_ONLY = re.compile(rf"[{HAN}]+")


def word_repeated_at_a_wrap(title_raw: list[str]) -> str | None:
    """The word a PDF's text layer printed twice where the title wraps (…高质量发展 / 发展的实施
    办法…; a narrower page may cut the first copy too: …高质量发 / 展 / 发展的…): two to eight Han
    characters right before a line break and again right after it. No title repeats a word so
    (a single character may: 人人, 县县通)."""
    parts = [squeeze(part) for part in title_raw]
    joined = "".join(parts)
    at = 0
    for part in parts[:-1]:
        at += len(part)
        for size in range(min(8, at), 1, -1):
            word = joined[at - size:at]
            if joined.startswith(word, at) and _HAN_ONLY.fullmatch(word):
                return word
    return None


def goes_on_with_its_type(key: str) -> bool:
    """A title's line that opens with 的 (…加快推进新型工业化实施意见 / 的通知): the title's last
    words after a wrap that fell right after the name of what it issues, so the line above, though
    it ends with a 文种's or a regulation's word (意见, 方案, 办法), is the same title's and no title
    of its own. No title opens with 的."""
    return key.startswith("的") and len(key) > 1


def opens_title(line: Line) -> bool:
    return title_like(line) and (title_start(line.key) or is_org_only(line.key)
                                 or issuer_type_title(line.key))


__all__ = ["LIST_TITLE", "MAX_TITLE_CHARS", "MAX_TITLE_LINES", "NUMBER_ENDS", "SPEECH_TITLE", "TRAILERS_LAST", "names_in_a_row_apart", "bracketed_number", "goes_on_with_its_type", "opens_title", "quick_title_like", "title_like", "title_text", "unboxed_title", "trailing_day", "trailing_number", "trailing_order_number", "without_trailing_chrome",
           "without_trailing_number", "word_repeated_at_a_wrap"]
