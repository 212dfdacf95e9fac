"""What a browser or a viewer prints on each page of a web page or a file it saves as PDF, read
back from the PDF's text with the page's words: the head — the day and time the page was printed,
its title beside them (``2024/3/5 10:21　南浦县人民政府关于…的通知_政府文件_南浦县人民政府门户网站``,
``2024/3/5 上午10:21``) — and the foot — the page's address and the page of the pages
(``https://www.nanpu.gov.cn/zwgk/gb/202403/t20240305_123.html　2/5``; ``about:blank`` for a page
without an address), or the page of the pages alone (``3/12``). Each stands where a page breaks,
inside a title, a sentence or a table, and was read as a line of text: a paragraph of its own, or
glued to the sentence or the title it cut.

Such lines are marked ``Line.running_head``, page marks from then on (``furniture.is_page_mark``):

* an address followed by the page of the pages, and ``about:blank``: nothing else is printed so;
* the day and time, alone or before the page's title, printed the same on two pages at least (a
  browser stamps every page with the one time it printed them), or once where a page begins (the
  file's first line, or under a page's foot) in a file whose feet are a browser's (the line above);
* an address alone, the same on two lines at least (every page's foot), none under a label ending in
  a colon (报名网址： / https://…: the body's, wrapped onto its own line);
* the page of the pages alone, two or more of them with the same number of pages, each page's
  number greater than the one before and no greater than the pages', at least eight lines apart
  (pages, not the cells of a column of fractions: 1/3 and 2/3 in rows one under the other).

* Firefox's head and foot: the page's title and its address on one line, the same on two lines at
  least; the page of the pages in words, the day and time after it perhaps (第 2 页，共 3 页);
* the page's title on the line under each stamp printed alone, the same under every stamp (a
  library that gives a head's pieces a line each, PyMuPDF: ``titles_under_stamps``);
* the time a reader view reckons the article takes to read, under its title among the file's
  first lines (``reading_time``: 3–4 分钟).

Near misses: a fraction alone once (3/4), the same fraction again (1/2, 1/2), an address alone once
(a body's 网址 wrapped onto its own line), or twice each under its label (报名网址： / https://…,
成绩查询网址： / the same address), a day and time alone once without a browser's foot (a
chronicle's or a table's cell), a table's column of days and times in a browser's print (受理时间:
``2024/5/6 09:12⇥城关镇⇥…``, each once and none at a page's top).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Line
from .scripts import HAN, HAN_CHAR

_STAMP = re.compile(r"(\d{4}/\d{1,2}/\d{1,2}\s*(?:上午|下午)?\s*\d{1,2}:\d{2}(?::\d{2})?)(?:\s+\S.*)?")
_ADDRESS = re.compile(r"((?:https?|file)://\S+|about:blank)(?:\s+(\d{1,3})\s*/\s*(\d{1,3}))?")
_PAGE_OF_PAGES = re.compile(r"(\d{1,3})\s*/\s*(\d{1,3})")
MIN_APART = 8  # lines at least between two pages' feet printing the page of the pages


def print_stamp(text: str) -> str | None:
    """The day and time a browser printed the page (``2024/3/5 10:21``, ``2024/3/5 上午10:21``)
    when ``text`` opens with them, alone or before the page's title; else None."""
    m = _STAMP.fullmatch(text.strip()) if ":" in text else None
    return re.sub(r"\s+", "", m.group(1)) if m else None


def page_address(text: str) -> tuple[str, bool] | None:
    """The page's address a browser prints at a page's foot (``https://…/t20240305_123.html``,
    ``about:blank``) and whether the page of the pages follows it (``…html　2/5``); else None."""
    m = _ADDRESS.fullmatch(text.strip()) if ":" in text else None
    if m is None:
        return None
    return m.group(1), m.group(2) is not None and int(m.group(2)) <= int(m.group(3))


def page_of_pages(text: str) -> tuple[int, int] | None:
    """``3/12`` alone on its line: (3, 12) when the page is no greater than the pages; else None."""
    m = _PAGE_OF_PAGES.fullmatch(text.strip()) if "/" in text else None
    if m is None or not 0 < int(m.group(1)) <= int(m.group(2)):
        return None
    return int(m.group(1)), int(m.group(2))


# Firefox's print: its head the page's title and address (…公报　https://…html), its foot the page of
# the pages in words and the day and time (第 2 页，共 3 页　2024/6/12 09:47).
_TITLED_ADDRESS = re.compile(r"\S.{0,118}?\s+(?:https?|file)://\S+")
_PAGES_IN_WORDS = re.compile(r"第\s*(\d{1,3})\s*页\s*[，,]\s*共\s*(\d{1,3})\s*页\s*"
                             r"(?:\d{4}/\d{1,2}/\d{1,2}\s*(?:上午|下午)?\s*\d{1,2}:\d{2}(?::\d{2})?)?")


def pages_in_words(text: str) -> bool:
    """``第 2 页，共 3 页`` with the day and time a browser printed the page perhaps: Firefox's foot."""
    m = _PAGES_IN_WORDS.fullmatch(text.strip())
    return m is not None and 0 < int(m.group(1)) <= int(m.group(2))


def _pages_in_sequence(found: list[tuple[int, int]]) -> bool:
    """``found`` (line index, page) of one number of pages: two at least, each page greater than
    the one before and ``MIN_APART`` lines after it."""
    return len(found) >= 2 and all(b[1] > a[1] and b[0] - a[0] >= MIN_APART for a, b in zip(found, found[1:]))


def at_a_pages_top(lines: list[Line], k: int, feet: set[int]) -> bool:
    """``lines[k]`` opens a page of a browser's print: the file's first line, a form feed on it, or
    right under a page's foot (``feet``: the indices of the lines marked as the pages' feet)."""
    return k == 0 or lines[k].page_break or (k - 1) in feet


def marked_print_stamps(lines: list[Line]) -> list[Line]:
    """``lines`` with each line a browser or a viewer prints on every page marked (see the module)."""
    stamps: dict[str, list[int]] = {}
    addresses: dict[str, list[int]] = {}
    pages: dict[int, list[tuple[int, int]]] = {}
    titled: dict[str, list[int]] = {}
    sure: list[int] = []
    for k, line in enumerate(lines):
        text = line.text
        if "/" not in text and "about:" not in text:
            continue
        if (stamp := print_stamp(text)) is not None:
            stamps.setdefault(stamp, []).append(k)
        elif (address := page_address(text)) is not None:
            if address[1] or address[0] == "about:blank":
                sure.append(k)
            elif not (k > 0 and lines[k - 1].key.endswith(":")):  # (not under its label: 报名网址： / https://…)
                addresses.setdefault(address[0], []).append(k)
        elif (page := page_of_pages(text)) is not None:
            pages.setdefault(page[1], []).append((k, page[0]))
        elif "页" in text and pages_in_words(text):
            sure.append(k)  # (Firefox's foot: 第 2 页，共 3 页　2024/6/12 09:47)
        elif "://" in text and _TITLED_ADDRESS.fullmatch(text.strip()):
            titled.setdefault(text.strip(), []).append(k)  # (Firefox's head: the page's title, its address)
    marks = set(sure)
    for found in (*addresses.values(), *titled.values()):
        if len(found) >= 2:
            marks.update(found)
    for found in pages.values():
        if _pages_in_sequence(found):
            marks.update(k for k, _ in found)
    feet = set(marks)
    for found in stamps.values():
        if len(found) >= 2:
            marks.update(found)
            marks.update(titles_under_stamps(lines, found))
        elif sure:  # (once: where a page of a browser's print begins, not a table's cell of times)
            marks.update(k for k in found if at_a_pages_top(lines, k, feet))
    marks.update(reading_time(lines))
    if not marks:
        return lines
    return [replace(line, running_head=True) if k in marks else line for k, line in enumerate(lines)]


# The time a reader view reckons the article takes to read, which Firefox prints under the title and
# a copy of the view keeps (3–4 分钟, 3 分钟, 3-4 minutes; 阅读时间：3 分钟, 预计阅读 3 分钟).
_READING_TIME = re.compile(r"(?:(?:预计)?阅读(?:时间|时长)?[:：]?\s*)?约?\s*\d{1,3}(?:\s*[–—~～-]\s*\d{1,3})?\s*"
                           r"(?:分钟|minutes?|mins?)(?:阅读)?")
_TITLE_MIN = 6  # Han characters of the title over the reading time, at least
READER_HEAD = 4  # lines of a reader view's head: the site's host, the title, its byline, the time


def reading_time(lines: list[Line]) -> list[int]:
    """The index of the reading time a copy of a browser's reader view prints under the article's
    title (``www.qingxi.gov.cn`` / ``…的通知`` / ``3–4 分钟`` / ``青政办发〔2024〕9号``), among the file's
    first lines under a line of words (the title): read as text, it stood between the title and its
    number and no document was found. [] elsewhere: a table's cell of minutes is text."""
    for k in range(1, min(len(lines), READER_HEAD)):
        text = lines[k].text.strip()
        if ("分" in text or "min" in text) and _READING_TIME.fullmatch(text) \
                and len(HAN_CHAR.findall(lines[k - 1].text)) >= _TITLE_MIN:  # (under a title, not a column's name)
            return [k]
    return []


_STAMP_ALONE = re.compile(r"\d{4}/\d{1,2}/\d{1,2}\s*(?:上午|下午)?\s*\d{1,2}:\d{2}(?::\d{2})?")
_TITLE_MAX = 120  # characters of a page's title a browser prints in a page's head


def titles_under_stamps(lines: list[Line], found: list[int]) -> list[int]:
    """The indices of the page's title a viewer's text gives on the line under each day and time
    it stamped alone (``2024/6/12 09:47`` / ``松岭县人民政府公报``, as PyMuPDF gives a head's two
    pieces): the same words under every stamp (``found``, two at least), no stamp, address or page
    of the pages themselves; [] when one differs (a table's cell, a sentence a page cut)."""
    if not all(_STAMP_ALONE.fullmatch(lines[k].text.strip()) for k in found):
        return []  # (the title beside the stamp: the line under it is the page's text)
    unders = [k + 1 for k in found if k + 1 < len(lines)]
    if len(unders) < 2 or len(unders) < len(found):
        return []
    text = lines[unders[0]].text.strip()
    if not text or len(text) > _TITLE_MAX or any(lines[k].text.strip() != text for k in unders[1:]):
        return []
    if print_stamp(text) is not None or page_address(text) is not None or page_of_pages(text) is not None:
        return []
    return unders


__all__ = ["at_a_pages_top", "marked_print_stamps", "page_address", "page_of_pages", "pages_in_words", "print_stamp", "reading_time", "titles_under_stamps"]
