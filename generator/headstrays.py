"""What a web page or a post's copy leaves alone on lines between a document's title and its
发文字号 or 主送: the post's byline split over lines (``wechat.byline_end``), the page's day in
figures alone (2024-03-05, 2024/03/05), a button's word alone (打印, 关闭); and the page's fields
(来源：…, 作者：…) over the 发文字号. A careful reader steps over them to the header under them;
they stay in the document, the page's."""

from __future__ import annotations

from .model import Line
from .portal import is_portal_field, web_day_alone, web_info_fields
from .redheads import bare_number
from .runs import past_furniture
from .wechat import byline_end, in_a_byline

# A page's buttons a word a line, as a copy leaves them (a word alone elsewhere may be a table's cell).
_BUTTONS = frozenset({"打印", "关闭", "收藏", "分享", "返回", "纠错"})
MAX_PAGE_LINES = 3  # the page's lines alone under a title, past a split byline
MAX_FIELDS = 3  # the page's fields over the 发文字号


def page_lines_end(content: list[Line], k: int) -> int:
    """The first index past the page's lines alone from ``content[k]`` under a title: a post's byline
    split over lines, the page's day in figures, a button's word (at most ``MAX_PAGE_LINES`` past the
    byline); ``k`` when none stands there."""
    j = byline_end(content, k)
    top = j
    while j < len(content) and j - top < MAX_PAGE_LINES and (web_day_alone(content[j].key) or content[j].key in _BUTTONS):
        j += 1
    return j


def past_page_lines(content: list[Line], k: int) -> int:
    """What stands under a title from ``content[k]`` on past the page's lines alone
    (``page_lines_end``) and its furniture; past the page's fields too (来源：…, 作者：…, at most
    ``MAX_FIELDS``) where the 发文字号 stands right under them."""
    j = past_furniture(content, page_lines_end(content, k))
    m = j
    while m < len(content) and m - j < MAX_FIELDS and (web_info_fields(content[m].key) > 0 or is_portal_field(content[m].key)):
        m = past_furniture(content, m + 1)
    return m if j < m < len(content) and bare_number(content[m]) else j


def in_page_lines(content: list[Line], i: int) -> bool:
    """``content[i]`` is a piece of a post's byline split over lines, or a button's word alone (the
    page's furniture; the page's day alone is its field)."""
    return content[i].key in _BUTTONS or in_a_byline(content, i)


__all__ = ["in_page_lines", "page_lines_end", "past_page_lines"]
