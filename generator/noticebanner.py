"""A 通告 printed under its banner: the issuer and 通告 (``某县人民政府通告``, or the organ over
``通　　告``), its number (``某政告〔2024〕2号``, ``第2号``), then the subject's title (``关于…的通告``),
which is the title; the banner and the number are its header. (A banner without a subject line
under it is the title itself: ``某县人民政府通告`` over ``第2号`` and the text.)"""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from .headerlines import is_notice_banner, is_order_number, is_section_line
from .headerspan import bare_number, bracketed_number
from .model import Line
from .patterns import doc_type_of, title_start
from .runs import page_mark_at
from .titlecontext import apart, ends_a_document, line_before
from .titleline import title_like

T = TypeVar("T")  # titles.TitleBlock (which imports this module)
MAX_NUMBERS = 2  # number lines between the banner and the subject
MAX_LINES = 5  # lines of the subject's title


def _number(line: Line) -> bool:
    return bare_number(line) or bracketed_number(line) or is_order_number(line.key)


def banner_lines(content: list[Line], end: int) -> int | None:
    """Where the banner that ends at ``content[end]`` starts: that line (某县人民政府通告), or the
    organ's line over ``通　　告``; None when it is no 通告's banner."""
    if end < 0 or not title_like(content[end]):
        return None
    first = None
    if is_notice_banner(content[end].key):
        first = end
    elif content[end].key == "通告" and end >= 1 and content[end].place - content[end - 1].place <= 2 \
            and is_notice_banner(content[end - 1].key + "通告"):
        first = end - 1
    # (not under a sentence that introduces it: …已发布以下通告，请…：, a body quoting a 通告; a
    # label over it, 信息来源：, 本期导读：, introduces nothing)
    return first if first is not None and not _introduced(content, first) else None


def _introduced(content: list[Line], first: int) -> bool:
    above = line_before(content, first)
    return not apart(content, first) and above is not None and (len(above.key) >= 10 or "," in above.key)


def subject_under(content: list[Line], end: int) -> tuple[int, int, str] | None:
    """The subject's title (first, last, its key) under the banner that ends at ``end``, past
    its number lines; None when no subject title stands there."""
    k = end + 1
    numbers = 0  # (the page's furniture between the banner and its number is not counted: a page's
    # number, its running head, the number alone where the page breaks)
    while k < len(content) and (page_mark_at(content, k) or (numbers < MAX_NUMBERS and _number(content[k]))):
        numbers += not page_mark_at(content, k)
        k += 1
    if k >= len(content) or not (title_like(content[k]) and title_start(content[k].key)):
        return None
    joined = ""
    for j in range(k, min(len(content), k + MAX_LINES)):
        if not title_like(content[j]):
            return None
        joined += content[j].key
        if doc_type_of(joined) == "通告" and content[j].key.endswith("通告"):
            return k, j, joined
        if doc_type_of(joined):
            return None
    return None


def banner_over(content: list[Line], start: int, floor: int) -> int | None:
    """Where the banner over the subject's title at ``start`` starts (past its number lines,
    from ``floor`` on); None when there is none."""
    k = start - 1
    numbers = 0
    while k >= floor and (page_mark_at(content, k) or (numbers < MAX_NUMBERS and _number(content[k]))):
        numbers += not page_mark_at(content, k)
        k -= 1
    first = banner_lines(content, k) if k >= floor else None
    return first if first is not None and first >= floor else None


def banner_opens(content: list[Line], start: int) -> bool:
    """The subject's title at ``start`` stands under a banner (its number perhaps lost) that
    opens a document: right after the end of the one before (its date, 印发 line or 附注), under
    a section heading of the issue, or first in the text. (A banner under a sentence is quoted.)"""
    first = banner_over(content, start, 0)
    if first is None:
        return False
    above = line_before(content, first)
    return above is None or ends_a_document(above.key) or is_section_line(above)


def notice_subject(content: list[Line], title: T, floor: int) -> T:
    """A 通告 under its banner and number (``title``: a TitleBlock found from ``floor`` on): the
    subject's title (关于…的通告) is the title, the banner opens its header — whether the banner
    was taken for the title or the subject was. Any other title is returned as it is."""
    if title.banner is not None or doc_type_of(title.key) != "通告":
        return title
    if banner_lines(content, title.end) == title.start:
        subject = subject_under(content, title.end)
        return title if subject is None else \
            replace(title, start=subject[0], end=subject[1], key=subject[2], banner=title.start)
    above = banner_over(content, title.start, floor)
    return title if above is None else replace(title, banner=above)


__all__ = ["banner_lines", "banner_opens", "banner_over", "notice_subject", "subject_under"]
