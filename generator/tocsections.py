"""The sections of an issue's contents (县政府文件, 人事任免, 政务信息, 大事记 …): what names one over
its entries, printed alone, marked, numbered, or with its leader and the page it opens on (``toc``)."""

from __future__ import annotations

import re

from .headerlines import SECTION_MARKS
from .model import Line
from .normalize import HAN, fold, is_han_char
from .patterns import SECTION_NAME, is_slogan
from .toclines import toc_page, toc_title

# How the sections of an issue are called (县政府文件, 人事任免, 县政府函件, 政务动态, 领导讲话 …); not
# what ends an entry's own title (…公告, …专题会议纪要, …会议上的讲话, …政务大事记: a short entry
# whose page may be on the next line).
_SECTION_END = re.compile(r"(?:文件|任免|人事任免|规章|其他|附录|公告栏|政策解读|政策问答|函件|政府批复|动态|领导讲话|"
                          r"公告公示|公示公告|通知公告|政务信息)$")
LIST_MARKER = re.compile(r"^\s*(?:[-*+]\s+|[·•・●○■□◆◇★☆▲△◎※]\s*)?(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[.、．]\s*"
                          r"|\d{1,3}\t\s*"  # (1⇥…: the row's number of contents printed as a table)
                          r"|[(（]\d{1,3}[)）]\s*|[①-⑳]\s*)?")  # (entries numbered （1） or ①)


# A section named by the kind of its documents and who issues them, in the short form (区政府通告,
# 县政府令, 区长令, 政府常务会议纪要, 任免通知; a document is titled …县人民政府令): a section only
# when an entry's own title follows, not its number or its page (an entry so short, 县政府公告 /
# ……3 or 县政府令 / （2024年第1号）……1, is one); the entry's own number (1．) is passed over.
_TYPED_SECTION = re.compile(r"(?:[县区市旗]?政府(?:办公室)?|[县区市旗]长)?"
                            r"(?:令|通告|公告|决定|批复|常务会议纪要|会议纪要|任免通知)")
_ENTRY_TITLE = re.compile(rf"^[{HAN}]{{6}}")


def is_section_heading(line: Line, pending: bool, nxt: Line | None = None) -> bool:
    """``line`` of contents names a section of the issue, not an entry (``pending``: an entry's
    title is open above it, whose rest it may be): in 【】 or after #; a section named by its
    documents' kind (县政府令, 政府常务会议纪要) over an entry's own title in ``nxt``; the chronicle
    (大事记) over its entry; or a short name an issue gives a section (…文件, 人事任免, 政务信息:
    ``_SECTION_END``). Never a line naming a document (关于, 《) or printing a page."""
    raw = line.text.strip()
    key = line.key
    if "关于" in key or "《" in key or toc_page(line.text, key) is not None:
        return False
    if raw.startswith("【") and raw.endswith("】"):
        return True
    if raw.startswith("#") and len(key) <= 20:
        return not is_slogan(line.text)
    typed = SECTION_NUMBER.sub("", key).strip(MARKS)  # (its number first: 二、政府令, （二）县政府令)
    key = key.strip(MARKS)  # (★县政府文件★, ●…●, 〖人事任免〗)
    if not pending and _TYPED_SECTION.fullmatch(typed) and nxt is not None \
            and _ENTRY_TITLE.match(fold(LIST_MARKER.sub("", nxt.text, count=1))):
        return True  # (the entry numbered in the contents: ◆ 县政府令 ◆ / 1．南浦县人民政府令（第5号）…; the
        # section numbered too: 二、政府令 / 3.…)
    if not pending and key.endswith("大事记") and len(key) <= 5 and nxt is not None and titled(nxt.text):
        return True  # (大事记 / 青溪县2024年3月大事记……18: the chronicle's section over its entry; 政务大事记 /
        # ……18 is an entry whose page the wrap put under it)
    return not pending and (len(key) <= 15 or (len(key) <= _SECTION_MAX and key.endswith("文件"))) \
        and bool(_SECTION_END.search(key))


def titled(text: str) -> bool:
    """A contents line printing a title of its own (two Han characters or more), not a page alone
    after its leader."""
    key = fold(text)
    return sum(1 for ch in (toc_title(key) or key) if is_han_char(ch)) >= 2


MARKS = fold(SECTION_MARKS)
# A section's number in the contents, the entries under it numbered 1. 2. (二、县政府办公室文件, （二）人事任免).
SECTION_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))")


_SECTION_MAX = 24  # 武冈市第十八届人民代表大会第四次会议文件


def names_a_section(key: str) -> bool:
    """A section's name as contents print it over its entries: a section of the issue
    (``SECTION_NAME``: 县政府办公室文件, 人事任免) or one an issue names by what it holds, short
    (政务信息, 政务动态, 公告公示, 领导讲话: ``_SECTION_END``) — after an entry whole without its
    page, the next section's heading, not the entry's title going on."""
    return SECTION_NAME.fullmatch(key) is not None or (len(key) <= 8 and _SECTION_END.search(key) is not None)


def section_with_its_page(content: list[Line], i: int, end: int, page: int) -> bool:
    """Line ``i`` is a section's name with its leader and the page it opens on (县政府文件……………1),
    over an entry of its own on that page (on its line, or the next where the title wraps): the
    section's heading. A section's name over an entry on a later page (政务动态……3 / …的通知……4), or
    with no entry under it (大事记………7, last), is the entry of what it names."""
    title = toc_title(content[i].key)
    if title is None or len(title) > 15 or i >= end:
        return False
    nxt = content[i + 1]
    if not is_section_heading(Line(content[i].no, title, title), False, nxt) or not titled(nxt.text) \
            or is_section_heading(nxt, False):
        return False
    under = toc_page(nxt.text, nxt.key)
    if under is None and i + 2 <= end:  # (the entry's title wrapped: its page on the next line)
        under = toc_page(content[i + 2].text, content[i + 2].key)
    return under == page


__all__ = ["LIST_MARKER", "MARKS", "SECTION_NUMBER", "is_section_heading", "names_a_section", "section_with_its_page", "titled"]
