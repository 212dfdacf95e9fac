"""A web page's heading that prints the title of the document the page copies (``# 某县人民政府
关于…的通知``, or the same words on a plain line), over the document's own title printed again
under it — right under it, or past the page's fields (索引号, 发布机构, 发布时间：… 来源：…), its
buttons, the 发文字号 or 签发人. Both are one title: the heading is the first line of that
document's header, never a document of its own."""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from .furniture import is_page_mark
from .headerlines import is_banner, is_section_line
from .headerspan import bare_number, bracketed_number, header_line_after
from .portalfields import is_portal_at
from .model import Line
from .patterns import doc_type_of, is_org_only, is_signer_line
from .titleline import title_like
from .toclines import is_toc_heading, toc_page, toc_title

T = TypeVar("T")  # titles.TitleBlock (which imports this module)
MAX_BETWEEN = 12  # lines between the heading and the title (a portal's fields, the numbers)
MAX_LINES = 5  # lines of one title
MAX_ISSUER = 40  # characters of the issuers' names a heading may leave out


def _between(content: list[Line], k: int) -> bool:
    """What may stand between the page's heading and the title: the page's fields and buttons,
    the document's red head (某县人民政府文件), its numbers and 签发人."""
    line = content[k]
    return is_page_mark(line) or bare_number(line) or bracketed_number(line) or is_signer_line(line.key) \
        or is_portal_at(content, k) or header_line_after(line) or is_banner(line.key)


def same_title(heading: str, title: str) -> bool:
    """Does a page's ``heading`` print the ``title``: word for word, or without its issuer
    (关于…的通知 over 某县人民政府关于…的通知)?"""
    return heading == title or (heading.startswith("关于") and len(heading) >= 8 and title.endswith(heading)
                                and is_org_only(title[:-len(heading)]))


def printed_again(content: list[Line], end: int, key: str) -> tuple[int, int, str] | None:
    """The lines (first, last, their key) below the page's heading that ends at ``end`` (its
    ``key``) that print the title again, past the header lines a page puts between them; None
    when none do."""
    if key and not _may_print_again(content, end, key):
        return None
    k = end + 1
    while k < len(content) and k - end <= MAX_BETWEEN and _between(content, k) and content[k].key != key:
        k += 1
    joined = ""
    for j in range(k, min(len(content), k + MAX_LINES)):
        if not title_like(content[j]) or (j > k and is_page_mark(content[j])) or content[j].running_head:
            return None  # (the title a page's running head prints again is no title: titleheads)
        joined += content[j].key
        if same_title(key, joined):
            return None if _numbered_twice(content, end + 1, k, j) else (k, j, joined)
        if len(joined) > len(key) + MAX_ISSUER:
            return None
    return None


def heading_above(content: list[Line], start: int, key: str, floor: int) -> int | None:
    """Where the page's heading above the title at ``start`` (its ``key``) starts, past the
    header lines between them (from ``floor`` on); None when there is none (nor when it is an
    entry of the contents above: its last entry names the first document)."""
    if not _may_head_above(content, start, key, floor):
        return None
    k = start - 1
    while k >= floor and start - k <= MAX_BETWEEN and _between(content, k) and not same_title(content[k].key, key):
        k -= 1
    joined = ""
    for i in range(k, max(floor, k - MAX_LINES + 1) - 1, -1):
        if not title_like(content[i]) or is_page_mark(content[i]):
            return None
        joined = content[i].key + joined
        if same_title(joined, key):
            return None if _in_contents(content, i) or _numbered_twice(content, k + 1, start, _end(content, start)) else i
        if len(joined) >= len(key) or not key.endswith(joined):
            return None
    return None


def _may_print_again(content: list[Line], end: int, key: str) -> bool:
    """A quick check before ``printed_again``'s walk (past ``_between``'s costly lines): the
    title printed again ends as ``key`` does, so one of the lines it may end on, below ``end``,
    ends with ``key``'s last character (or is empty)."""
    last = key[-1]
    return any(not content[j].key or content[j].key[-1] == last
               for j in range(end + 1, min(len(content), end + MAX_BETWEEN + MAX_LINES + 1)))


def _may_head_above(content: list[Line], start: int, key: str, floor: int) -> bool:
    """A quick check before ``heading_above``'s walk: the line where the walk up stops, the
    heading's first, ends the title's ``key``; so one of the lines it may stop at does."""
    return any(key.endswith(content[k].key) for k in range(max(floor, start - MAX_BETWEEN - 1), start))


def heading_lines(content: list[Line], first: int, start: int, key: str) -> range:
    """The lines from ``first`` (a header's first line) that print the title's ``key`` above the
    title at ``start``: a web page's heading; empty when they do not."""
    joined = ""
    for i in range(first, min(start, first + MAX_LINES)):
        joined += content[i].key
        if same_title(joined, key):
            return range(first, i + 1)
        if len(joined) >= len(key):
            break
    return range(0)


def _end(content: list[Line], start: int) -> int:
    """The last line of the title that opens at ``start``."""
    end = start
    while end + 1 < len(content) and title_like(content[end + 1]) and not doc_type_of(content[end].key):
        end += 1
    return end


def _numbered_twice(content: list[Line], first: int, start: int, end: int) -> bool:
    """A 文号 stands both between the two prints (``first`` up to the title at ``start``) and
    right under the title that ends at ``end``: a list of titles, each with its number (the
    same title twice, of two years), not a page's heading over its document."""
    k = end + 1
    while k < len(content) and is_page_mark(content[k]):
        k += 1
    return k < len(content) and bare_number(content[k]) and any(bare_number(content[x]) for x in range(first, start))


def _in_contents(content: list[Line], i: int) -> bool:
    """The line above ``content[i]`` (past page marks and the issue's section headings) is the
    contents' heading or one of its entries (or a title of a list of titles)."""
    k = i - 1
    while k >= 0 and (is_page_mark(content[k]) or is_section_line(content[k])):
        k -= 1
    if k < 0:
        return False
    line = content[k]
    return is_toc_heading(line.key) or toc_page(line.text, line.key) is not None or toc_title(line.key) is not None \
        or (title_like(line) and doc_type_of(line.key) is not None)  # (entries without their pages)


def page_heading(content: list[Line], title: T, floor: int) -> T:
    """A web page's heading that prints the title (``title``: a TitleBlock found from ``floor``
    on), over the title printed again (past the page's fields, the numbers): one title, the
    lower one, its header opening at the heading. Any other title is returned as it is."""
    if title.banner is not None:
        return title
    again = printed_again(content, title.end, title.key)
    if again is not None:
        return replace(title, start=again[0], end=again[1], key=again[2], banner=title.start)
    above = heading_above(content, title.start, title.key, floor)
    return title if above is None else replace(title, banner=above)


__all__ = ["heading_above", "heading_lines", "page_heading", "printed_again", "same_title"]
