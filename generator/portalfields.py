"""A portal page's fields around a document's title (索引号：…, 发文字号：…, a row of them, a label over
its value, a news page's 时间：… 来源：… line): whether a line is one, whether they stand right above
a title with its 发文字号 among them, and how many stand under it (``titleconfirmation``)."""

from __future__ import annotations

from .model import Line
from .headerlines import is_portal_line, is_portal_value
from .portal import (is_portal_field, is_portal_label, is_portal_number, is_portal_number_label, is_time_in_words, portal_row,
                     web_info_fields)
from .redheads import bare_number
from .rulelines import is_border
from .runs import before_furniture, past_furniture


def portal_number_above(content: list[Line], start: int) -> bool:
    """The fields of a portal page stand right above ``content[start]``, whichever comes last,
    and one of them is the 发文字号 (a page break among them or under them: its furniture passed)."""
    k = before_furniture(content, start - 1)
    while k >= 0 and is_portal_at(content, k):
        line = content[k]
        if is_portal_number(line.key, line.text) or (is_portal_value(content, k) and bare_number(line)
                                                     and is_portal_number_label(content[k - 1].key)):
            return True
        k = before_furniture(content, k - 1)
    return False


def is_portal_at(content: list[Line], k: int, under: bool = False) -> bool:
    """``content[k]`` is a portal page's field: on a line of its own, in the cells of a row (or
    the rule between a Markdown table's rows of fields, or under its only row), or a label alone and its value on the
    line under it; ``under`` a title, a news page's info line too (时间：… 来源：…, 浏览次数：…,
    which end a page as often: never taken above a title)."""
    return (is_portal_line(content[k]) or is_portal_label(content[k].key) or is_portal_value(content, k)
            or (is_border(content[k].text) and ((k + 1 < len(content) and is_portal_line(content[k + 1]))
                                                or (k > 0 and is_portal_line(content[k - 1]))))  # (or under its one row)
            or (under and web_info_fields(content[k].key) > 0)
            or (under and is_time_in_words(content[k].key)  # (时间：2023年06月08日 beside 作者：…, 阅读：326,
                # a page break perhaps between them)
                and any(web_info_fields(content[x].key) > 0 for x in (before_furniture(content, k - 1),
                                                                     past_furniture(content, k + 1))
                        if 0 <= x < len(content))))


def fields_under(content: list[Line], k: int) -> int:
    """How many fields of a portal page stand from ``content[k]`` on, down to the first other
    line: 索引号：…, a row of them, a label over its value, 时间：… 来源：…."""
    count = 0
    while k < len(content) and is_portal_at(content, k, under=True):
        line = content[k]
        row = portal_row(line.text)
        if row:
            count += len(row)
        elif is_portal_field(line.key):
            count += max(1, web_info_fields(line.key))  # (来源：… 发布时间：… 浏览次数：… on one line)
        elif is_portal_label(line.key):
            count += 1
        else:
            count += web_info_fields(line.key) if not is_portal_value(content, k) else 0
        k = past_furniture(content, k + 1)  # (a page break among them)
    return count


__all__ = ["fields_under", "is_portal_at", "portal_number_above"]
