"""What a line of an issue's contents is, judged on its folded key (and on its cleaned text,
for leaders of tabs and spaces): the contents' heading, an entry's page after its leader (dots,
dashes, a tab, a run of spaces), an entry's title without it."""

from __future__ import annotations

import re

from .identifiers import ocr_digits
from .normalize import HAN, OTHER_LETTER, OTHER_SCRIPT, fold
from .scripts import HAN_CHAR
from .numbering import numbering
from .patterns import DOC_TYPES, doc_type_of, is_header_number_line, issuer_type_title

# The page of a contents entry as printed: 3, (3), 〔3〕, 【3】, 第3页, P3, 3-8 (a range: its first page);
# after OCR, with the letters it reads for figures among them ((l5), (2O): a figure among them),
# or the page 1 read as a letter alone ((l), (I)).
# It starts with no run of spaces of its own: the leaders before it take them, so that a long
# run of spaces or dots is never split between two quantifiers (each leader is possessive, and
# starts where its run starts): the match stays linear in the line's length.
PAGE_TEXT = (r"(?:[(（〔【［]\s*)?(?:第\s*)?(?:[Pp]\s*)?(?P<page>(?=[OolI]{0,3}\d)[\dOolI]{1,4}|[lI](?![\dOolI]))(?:\s*[-–—－~～至]\s*\d{1,4})?(?:\s*页)?"
             r"(?:\s*[)）〕】］])?\s*$")
_DOT_LEADER = r"(?:(?<!\.)\.{2,}+|(?<!-)-{3,}+|(?<!_)_{3,}+|(?<!…)…++)"
# A speech's or report's entry may print its speaker between the leader and the page (政府工作报告……
# 县长　王明（1）: the post and the name, run together in the key): the entry's, not its title's.
_SPEAKER = rf"(?:[{HAN}、]{{2,16}}+\s*+)?"
_TOC_TAIL = re.compile(_DOT_LEADER + r"\s*+" + _SPEAKER + PAGE_TEXT)
# A tab before a trailing page number counts as a leader too (checked on the cleaned text), and
# so does a spaced slash: ``…的通知 / 3``.
_TAB_PAGE = re.compile(r"(?:(?<!\t)\t|\S\s++/)\s*+" + PAGE_TEXT)


# Leaders lost in extraction leave a run of spaces before the page number: ``…的通知      1``.
_SPACE_PAGE = re.compile(rf"[{HAN}》）)]\s{{3,}}+" + PAGE_TEXT)


# Two spaces are a leader too after what ends a contents entry: its 文种, its 文号, a closing
# quote or bracket (``…的通知  青政发〔2024〕1号  1``, ``…的通告  （5）``); after a year printed after
# the 文种 (``…的通知 2024　　1``: tocyears).
_SPACE_PAGE_SHORT = re.compile(r"(?:(?:" + "|".join(DOC_TYPES) + r")(?:[ \u3000]?(?:19|20)\d{2})?|号|》|[)）])\s{2,}+" + PAGE_TEXT)


def toc_page(text: str, key: str) -> int | None:
    """Page number after a dot leader, a tab or a run of spaces: ``……（3）``, ``.....12``,
    ``⇥66``, ``…的通知      1``, ``…的通知  （3）``; right after a title's 文种 (``…关于…的通知　1``)."""
    m = _TOC_TAIL.search(key) if has_leader(key) else None
    if m:
        return int(ocr_digits(m.group("page")))
    m = _TAB_PAGE.search(text) if "\t" in text or "/" in text else None  # (its leader: a tab, a slash)
    if m is None and "  " in text:
        m = _SPACE_PAGE.search(text) or _SPACE_PAGE_SHORT.search(text)
    if m is None and (key[-1:].isdigit() or key.endswith("页)")):
        m = _GLUED_PAGE.search(key)
    if m is None and key.endswith(")"):
        return bracketed_page_after_type(key)
    return int(ocr_digits(m.group("page") or m.group("nth"))) if m else None


# A title with its day after a gap, as a portal's page of the issue lists its documents
# (``…的通知　　2024-02-18``, ``…的通知\t[2024年2月18日]``).
_LISTED_DAY = re.compile(r"^(?P<title>.*\S)(?:[ \u3000]{2,}+|\t)[ \u3000\t]*+[\[【]?(?:(?:19|20)\d{2}[-./](?:0?[1-9]|1[0-2])[-./]"
                         r"(?:0?[1-9]|[12]\d|3[01])|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[\]】]?\s*$")


def without_listed_day(text: str) -> str:
    """The title of a line that lists a document with its day after a gap (``·南浦县人民政府关于公布
    …项目的通知　　2024-02-18``, a portal's page of the issue listing its documents under 本期目录):
    the words before the day; any other line as it is (an organ and its date, 南浦县人民政府　　2024年2月18日,
    is a closing; a title's words must end with its 文种 and name its issuer or open with 关于)."""
    if not text.rstrip()[-1:].isdigit() and not text.rstrip().endswith(("日", "]", "】")):
        return text
    m = _LISTED_DAY.match(text)
    if m is None:
        return text
    key = fold(m.group("title")).lstrip("·•・●")
    return m.group("title") if doc_type_of(key) and ("关于" in key or issuer_type_title(key)) else text


# The numbers in brackets last in an entry: a 发文字号 (its year in brackets: ``(南政发(2024)3号)``), a
# 登记号 (``(NPDR-2024-01001)``) or both (``(南政办发(2024)6号 NPDR-2024-01002)``).
NUMBERS_IN_BRACKETS = re.compile(r"\((?:[^()]|\(\d{4}\))*(?:\(\d{4}\)\d{1,4}号|[A-Z]{2,10}-\d{4}-\d{3,6})\)$")
# The day an entry prints in brackets after its title (…的通知（2024年3月11日）), after its 发文字号 in the
# same brackets perhaps (（兰政发〔2024〕3号，2024年3月11日）): the document's day, no part of its title.
# (each run of spaces taken whole, possessive: a run between the number and the day, or inside the
# brackets, was shared out between the patterns' spaces, tried every way: a line of such runs took minutes)
_DAY_AFTER = re.compile(r"[(（]\s*+(?:(?P<number>(?:[^()（）]|[(（〔]\d{4}[)）〕])*?[^()（）\s])\s*+[，,、;；]?\s*+)?"
                        r"(?:19|20)\d{2}\s*+年\s*+\d{1,2}\s*+月\s*+\d{1,2}\s*+日\s*+[)）]$")


def day_after(text: str) -> str | None:
    """The day a contents entry prints in brackets after its title (…任免工作人员（2024年3月5日）):
    ``2024-03-05``, or None."""
    m = _DAY_AFTER.search(text) if text.endswith(("日)", "日）")) else None
    if m is None:
        return None
    day = re.search(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日", text[m.start():])
    return f"{day.group(1)}-{int(day.group(2)):02d}-{int(day.group(3)):02d}" if day else None


def without_day(text: str) -> str:
    """A contents entry's text (or key) without the day printed in brackets after its title, the
    发文字号 printed with it kept in brackets (…的通知（兰政发〔2024〕3号，2024年3月11日） → …的通知（兰政发〔2024〕3号））,
    the brackets as the text prints them (a key's are folded: (…), which the key's rules ask for)."""
    if not text.endswith(("日)", "日）")):
        return text
    m = _DAY_AFTER.search(text)
    if m is None:
        return text
    bracket = text[m.start()]
    return text[:m.start()] + (f"{bracket}{m.group('number')}{')' if bracket == '(' else '）'}" if m.group("number") else "")


def titled_with_its_brackets(key: str) -> bool:
    """A line (key) that prints a title closed by what it prints in brackets after its 文种, as a
    contents entry does: its number, its day (…令（第5号）（2024年3月15日）, …的通知（2024年3月11日）,
    …的批复（云政函〔2024〕12号，2024年3月14日））. No document's end (a 附注 names no 文种)."""
    for _ in range(2):  # (the number's brackets, then the day's)
        if not key.endswith(")"):
            break
        depth, k = 0, len(key)
        while k > 0 and (k == len(key) or depth):
            k -= 1
            depth += (key[k] == ")") - (key[k] == "(")
        key = key[:k]
    return key != "" and doc_type_of(key) is not None and not key.endswith(")")


_BRACKETED_PAGE = re.compile(r"\(\s*(?P<page>\d{1,3})\s*\)$")


def bracketed_page_after_type(key: str) -> int | None:
    """A contents entry's page in brackets right after its title's 文种, or after the numbers
    in brackets that follow it, its leader lost or never printed (``南浦县人民政府关于…的通知（6）``,
    ``…的通知（南政发〔2024〕3号）（1）``): its page (a title that names its issuer or opens with
    关于, as ``_GLUED_PAGE``'s). No title ends with a figure in brackets (its suffix is （二）, （试行））."""
    m = _BRACKETED_PAGE.search(key)
    if m is None:
        return None
    rest = key[:m.start()]
    numbers = NUMBERS_IN_BRACKETS.search(rest) if rest.endswith(")") else None
    if numbers is not None:
        rest = rest[:numbers.start()]
    return int(m.group("page")) if "关于" in rest and doc_type_of(rest) else None


# A title's 文种 with the page right after it, one space between or none (the leader lost in
# extraction): ``…关于…的通知　1``, ``…关于…的通知1`` (the key has no spaces), ``…的通知（第1页）``.
_GLUED_PAGE = re.compile(r"关于.+(?:" + "|".join(DOC_TYPES) + r")(?:(?P<page>\d{1,3})|\(第(?P<nth>\d{1,3})页\))$")


_LEADER_END = re.compile(r"(?:\.{3,}|…+)$")


def ends_in_leader(key: str) -> bool:
    """A contents entry's number line whose page went onto the next line: its 文号 or 登记号,
    then the leader (``平政办发〔2023〕8号 PJDR—2023—01005.....`` over ``(7)``); not a sentence
    ending in an ellipsis (……), nor a Markdown underline."""
    return bool(_LEADER_END.search(key)) and is_header_number_line(_LEADER_END.sub("", key))


def is_leader_and_page(line) -> bool:
    """A contents entry's leader and page on a line of their own, the entry's title and 文号
    above (``..... (1)``; the last figures of a number the wrap cut may come first, ``6..... (49)``,
    ``009）……（11）``)."""
    return (toc_page(line.text, line.key) is not None and bool(_NUMBER_END.fullmatch(strip_toc_tail(line.key)))) \
        or numbers_and_page(line.key)


def numbers_and_leader(key: str) -> bool:
    """An entry's numbers in brackets and the leader after them, its title on the line above, its page
    in whatever form (``（桐政发〔2024〕3号）………………第1期6``, a year's index): a contents line."""
    if not key.startswith("(") or "...." not in key:
        return False
    return NUMBERS_IN_BRACKETS.fullmatch(key[:key.index("....")]) is not None


def numbers_and_page(key: str) -> bool:
    """An entry's numbers in brackets and its page in brackets after them, its title on the line
    above, no leader (``（南政发〔2024〕10号　NPDR-2024-01003）（3）``)."""
    m = _BRACKETED_PAGE.search(key) if key.endswith(")") else None
    return m is not None and NUMBERS_IN_BRACKETS.fullmatch(key[:m.start()]) is not None


_NUMBER_END = re.compile(r"\d{0,6}\)?")


def has_leader(key: str) -> bool:
    """A quick check: the key holds what a dot leader (``_TOC_TAIL``) starts with."""
    return ".." in key or "---" in key or "___" in key or "…" in key


def strip_toc_tail(key: str) -> str:
    return _TOC_TAIL.sub("", key)


def toc_title(key: str) -> str | None:
    """The title of a one-line contents entry with a leader (``…的通知......(3)``), or None.
    The leader is looked for first: this is asked of every line of an issue."""
    if not has_leader(key):
        return None
    title = strip_toc_tail(key)
    return title if title != key else None


# The word in another script may stand beside it, as in a minority region's gazette (목록　目录,
# 目录　ᠭᠠᠷᠴᠠᠭ, 目录（목록）) or in English (目录 CONTENTS).
_BESIDE = rf"[{OTHER_SCRIPT}\s()]*"
# (as a periodical heads its contents: 本期导读, never 导读 alone, a body's word for a guide's heading)
# (the issue in brackets after it, as a web page heads an issue's contents: 目录（2024年第4期）, 目录（第4期）;
# a contents page's running head prints the issue beside the word, not in brackets: is_toc_running_head)
_TOC_HEADING = re.compile(rf"{_BESIDE}(?:(?:本期)?(?:目录|目次|要目)|本期导读)(?:CONTENTS|Contents)?{_BESIDE}"
                          r"(?:\((?:(?:19|20)\d{2}年)?第\d{1,3}期\))?|CONTENTS")


def is_toc_heading(key: str) -> bool:
    """The heading of the issue's contents: 目录, 本期目录, 本期要目, 本期导读, 目录 CONTENTS."""
    return ("目" in key or "导读" in key or "CONTENTS" in key) and bool(_TOC_HEADING.fullmatch(key))  # (目录, 目次, 要目)


# A contents page's running head: the contents' word with the page's number (目录　·Ⅰ·, 目录　— 2 —), the
# gazette's name or the issue (南浦县人民政府公报·目录, 2024年第4期　目录), on either side (folded keys).
_TOC_WORD = re.compile(r"(?:本期)?(?:目录|目次)(?:\(续\))?")
_HEAD_PAGE = re.compile(r"[-.~]*(?:\d{1,4}|[IVXivx]{1,4})[-.~]*")
_HEAD_NAME = re.compile(rf"[.|\-]*(?:《?[{HAN}]{{2,20}}公报》?)?[.|\-]*(?:(?:19|20)\d{{2}}年度?第\d{{1,3}}期)?"
                        r"(?:\(总第\d{1,5}期\))?[.|\-]*")


def is_toc_running_head(key: str) -> bool:
    """The running head of a contents page: 目录 beside the page's number, the gazette's name or the
    issue (``目录.I.``, ``南浦县人民政府公报.目录``, ``2024年第4期目录``); not the heading alone, nor an
    entry naming a list (关于印发《…事项目录》的通知), nor the year's index (…公报2024年总目录)."""
    m = _TOC_WORD.search(key) if "目" in key and len(key) <= 50 else None
    if m is None or (m.start() == 0 and m.end() == len(key)):
        return False
    sides = [key[:m.start()], key[m.end():]]
    return all(not side or _HEAD_PAGE.fullmatch(side) or (_HEAD_NAME.fullmatch(side) and ("公报" in side or "期" in side))
               for side in sides)


_HAN_OR_DIGIT = re.compile(rf"[{HAN}\d]")
_TAIL = re.compile(rf"(?<![^{HAN}\d])[^{HAN}\d]++$")  # (from the start of its run only: linear)


# A translation between the title and its leader, after a gap: no Han character nor figure in it.
_BEFORE_LEADER = re.compile(rf"(?<=[{HAN}\d)）》」])[ \t\u3000]++[^{HAN}\d.…\-_]++(?={_DOT_LEADER})")  # (in another script: asked after)
_HEAD = re.compile(rf"^[^{HAN}\d]++(?=[{HAN}])")


def without_other_script(text: str) -> str:
    """A contents line without the translation in another script printed after the Chinese
    (县政府文件　ناھىيەلىك ھۆكۈمەت ھۆججەتلىرى: the section's name), before it (시정부문건　市政府文件), or
    between the title and its leader (…的通知　قەشقەر … ئۇقتۇرۇشى……1)."""
    m = _TAIL.search(text)
    if m and m.start() > 0 and OTHER_LETTER.search(m.group()) and HAN_CHAR.search(text, 0, m.start()):
        text = text[:m.start()].rstrip()  # (beside a Chinese line: not a translation's own figures, 2024년 …)
    m = _HEAD.match(text) if OTHER_LETTER.match(text.lstrip()) else None
    text = text[m.end():] if m and OTHER_LETTER.search(m.group()) else text
    m = _BEFORE_LEADER.search(text) if OTHER_LETTER.search(text) else None  # (…的通知　قەشقەر … ئۇقتۇرۇشى……1)
    return text[:m.start()] + text[m.end():] if m and OTHER_LETTER.search(m.group()) and HAN_CHAR.search(text, 0, m.start()) \
        else text


def is_other_script(key: str) -> bool:
    """A line without a Han character, in another script: a translation (of a section, an entry,
    the heading, a title) that a minority region's gazette prints beside the Chinese. Its figures
    are its own (연길시인민정부 2024년 봄철…의 통지, 2024-يىللىق…, Tibetan's ༢༠༢༤); a line wholly of
    private-use characters is such a line as a font that keeps the script there gives it (Mongolian
    in a Menksoft font: \ue234\ue2a1\ue263…)."""
    return HAN_CHAR.search(key) is None and (OTHER_LETTER.search(key) is not None or _PRIVATE_ONLY.fullmatch(key) is not None)


_PRIVATE_ONLY = re.compile("[\ue000-\uf8ff]{3,}")  # (a key: no spaces)


_TOC_COLUMNS = frozenset({"序号", "序", "标题", "文件名称", "文件标题", "名称", "文号", "发文字号", "页码", "页次", "页",
                          "发文机关", "发布机关", "成文日期", "发布日期"})
_CELL_GAP = re.compile(r"\t|\s{2,}|\|")


def is_toc_column_titles(text: str) -> bool:
    """Contents printed as a table: its header (序号⇥标题⇥文号⇥页码), two columns' titles at least."""
    cells = [c.strip() for c in _CELL_GAP.split(text) if c.strip()]
    return len(cells) >= 2 and all(fold(c) in _TOC_COLUMNS for c in cells)


def is_toc_continued(key: str) -> bool:
    """The heading of the contents again where they go on over a page: ``目录（续）``."""
    return key in ("目录(续)", "目次(续)", "目录(续表)", "目录续")


# The parts of a plan printed unnumbered among its chapters (前　　言 over 第一章, 结　束　语 after the last).
PLAN_PARTS = frozenset({"前言", "序言", "引言", "导言", "结束语", "结语"})


def lists_chapters(lines: list) -> bool:
    """The entries with a page under a 目录 (``lines``: the ``Line``s under it) are the chapters and
    sections of one document — a plan's or a regulation's own contents (前　　言……1 / 第一章　发展基础……2
    / 第一节　…) — not an issue's: more than half of them open with a chapter's or a section's
    number or name a plan's unnumbered part."""
    entries = chapters = 0
    for line in lines:
        if toc_page(line.text, line.key) is None:
            continue
        entries += 1
        title = toc_title(line.key) or line.key
        chapters += title in PLAN_PARTS or ((m := numbering(title)) is not None and m[0] in ("chapter", "section"))
    return entries >= 2 and 2 * chapters > entries
