"""Page furniture: what the printed page or the web page adds around a gazette's text — page
numbers, the issue's running head, a web page's buttons. Never part of a document's words."""

from __future__ import annotations

import re

from .identifiers import arabic
from .model import Line
from .patterns import HAN, PAGE_MARK, PAGE_NUMBER

# The running head of the issue: its name, its year and number, in either order (odd and even
# pages), a dot or a bar between them; the cumulative number after it (（总第38期）); the page
# number printed on the same line, before or after. Digits as OCR reads them: O, o, l, I.
_GAZETTE = rf"[{HAN}]{{2,20}}?(?:政府公报|政报)"  # (a 统计公报 is a document's title, not the issue's name)
_YEAR = r"[12lI][09Oo][0-9OolI]{2}"
_NUMBER = r"(?=[0-9OolI]*\d)[0-9OolI]{1,3}"
_ISSUE = rf"(?:{_YEAR}年(?:第{_NUMBER}期|\d{{1,2}}月)?|{_YEAR}[.·•・]\d{{1,2}}|第{_NUMBER}期)"
_TOTAL = r"(?:\(?总第\d{1,5}期\)?)?"
_PAGE = r"(?:-*\d{1,4}-*)?"
_RUNNING_HEAD = re.compile(rf"^{_PAGE}[.·•・]?{_GAZETTE}(?:[.·•・|]?{_ISSUE}{_TOTAL})?{_PAGE}$"
                           rf"|^{_PAGE}{_YEAR}年第{_NUMBER}期{_TOTAL}(?:[.·•・|]?{_GAZETTE})?{_PAGE}$")
_HEAD_ENDS = ("报", "年", "月", "期", ")", "-", *"0123456789")
# What a web page prints around a document (on the folded key): 【字体：大 中 小】【打印本页】【关闭窗口】,
# 扫一扫在手机打开当前页, the links to the pages before and after (上一篇：…), the trail of the
# site's sections (首页 > 政务公开 > 政府文件), its copyright line.
_WEB_CHROME = re.compile(r"^(?:\([^()]{0,12}(?:字体|字号|打印|关闭|收藏|分享|返回|大中小)[^()]{0,12}\))+$"
                         r"|^(?:扫一扫在手机(?:上)?打开当前页|分享到:?|\(?打印本页\)?|\(?关闭窗口\)?)$"
                         r"|^(?:上一篇|下一篇):|^(?:字体|字号):?大中小$|^(?:当前位置:?)?首页(?:>[^>]{1,12}){1,5}$"
                         r"|^版权所有:.{0,60}(?:ICP备.{0,20})?$")


def is_running_head(key: str) -> bool:
    """The issue's running head: ``平江县人民政府公报　2023年第5期`` (a folded key)."""
    # (it ends with the name, the year, the month, the number or a page number: arabic keeps
    # the last character)
    return key.endswith(_HEAD_ENDS) and bool(_RUNNING_HEAD.match(arabic(key)))


def is_web_chrome(key: str) -> bool:
    """A web page's buttons: ``【字体：大 中 小】【打印本页】`` (a folded key)."""
    return bool(_WEB_CHROME.match(key))


def is_page_furniture(line: Line) -> bool:
    """A page number or the running head of the issue between two pages: ``— 3 —``,
    ``平江县人民政府公报　　2023年第15期``; a web page's buttons."""
    return bool(PAGE_NUMBER.match(line.text.strip())) or is_page_mark(line)


def is_page_mark(line: Line) -> bool:
    """Page furniture that cannot be anything else: ``— 3 —``, ``第3页``, the running head of
    the issue (``平江县人民政府公报　2023年第5期``) or a web page's buttons (``【打印本页】``);
    a bare number might be a table cell."""
    return bool(PAGE_MARK.match(line.text.strip())) or is_running_head(line.key) or is_web_chrome(line.key)


__all__ = ["is_page_furniture", "is_page_mark", "is_running_head", "is_web_chrome"]
