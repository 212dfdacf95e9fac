"""The pages of the issue's contents: an entry's page printed before its title, after it
without a leader, alone on the next line or cut by a narrow column; and a page's own number
among the entries."""

from __future__ import annotations

import re

from .furniture import is_page_mark
from .model import Line, TocEntry
from .normalize import HAN, fold
from .patterns import doc_type_of
from .spacing import right_under
from .toclines import NUMBERS_IN_BRACKETS, is_toc_heading, toc_page

# (a leader between them too: 1……南浦县人民政府关于…)
PAGE_FIRST = re.compile(rf"^\s*(?P<page>\d{{1,4}})(?:[\s　]+|[.．·…⋯]{{2,}}+\s*)(?=[{HAN}《【(（])")


# 7, (7), or a range 1—6: its first page
PAGE_ALONE = re.compile(r"(?P<open>\()?(?P<page>\d{1,4})(?:[-~]\d{1,4})?(?(open)\))")


# A page printed right after the title, its leader lost with the PDF's text layer: …的通知（3）, …的通知〔3〕, …的通知【3】,
# …的通知（第3页）, …的通知 3 (a title ends with its 文种, never with a number).
# (a range of pages in brackets gives its first: …的通知（15—18）; years, （2024—2026）, are none, nor is a
# year alone, …的通知（2024）, …的决定〔2024〕: the title's, its page after it or none)
# (the title ends before a run of spaces, which is taken whole: a line with a run of thousands of
# spaces was scanned again from each of them)
BARE_PAGE = re.compile(r"^(?P<title>.*?)(?<!\s)\s*+(?:[(（〔【［]\s*(?:第\s*)?(?P<p>(?!(?:19|20)\d{2}\s*[)）〕】］])\d{1,4}|\d{1,3}(?=\s*[-–—－~～]\s*\d{1,3}\s*[)）〕】］]))"
                       r"(?:\s*[-–—－~～]\s*\d{1,3})?\s*页?\s*[)）〕】］]|(?P<q>\d{1,4}))\s*+$")


_ENTRY_REACH = 200  # lines at most from a page alone back to the contents' heading


# A contents entry's leader ending its line, its page wrapped onto the next (folded: …… is ......).
# (its last characters asked, not a pattern searched from each character: a long run of dots
# that something cuts before the end was read again from each of its dots, quadratic)
_LEADER_LAST = ("....", "----", "____", "····", "……")


def page_of_the_entry_above(content: list[Line], k: int) -> bool:
    """The bare number at ``k`` is the page of the contents entry over it, printed alone on its line
    (…的通知 / （兰政任〔2024〕2号） / 15; …的通知…………… / 15, its leader ending the line over it),
    not a row's number in a table printed one cell a line: the line
    over it ends an entry (its numbers in brackets, or its 文种), and the contents' heading stands above
    with only the contents between (no sentence, no 主送)."""
    if k < 1:
        return False
    above = content[k - 1].key
    if not (above.endswith(")") or doc_type_of(above) or above.endswith(_LEADER_LAST)):
        return False  # (…（二）…………… / 3: the page a wrap took off its leader)
    for x in range(k - 1, max(-1, k - _ENTRY_REACH), -1):
        key = content[x].key
        if is_toc_heading(key):
            return True
        if "。" in key or key.endswith(":"):
            return False
    return False


def page_number_between_entries(content: list[Line], i: int, end: int, pending: bool, entries: list) -> bool:
    """A bare number opening a page of the contents (``\\f101``) where it can be no entry's page:
    no entry waits for its page and the last one has its own (…）……………（15） / \\f101 / the
    next entry's title), or the line under it prints the waiting entry's page (…的通知 / \\f101 /
    （祁政办函〔2024〕21号）……………（40））. The page's number, not the start of a title. (The
    form feed may stand on the running head over or under it.)"""
    line = content[i]
    if not (line.key.isdecimal() and len(line.key) <= 4):
        return False
    k = i + 1
    while k <= end and is_page_mark(content[k]):
        k += 1
    if not (line.page_break or (i > 0 and content[i - 1].page_break and is_page_mark(content[i - 1]))
            or (k > i + 1 and any(content[x].page_break for x in range(i + 1, k)))):
        return False
    if pending:
        return k <= end and toc_page(content[k].text, content[k].key) is not None
    return bool(entries) and entries[-1].page is not None


PAGE_REST = re.compile(r"(?P<page>\d{1,2})\)?")


def rest_of_the_page(content: list[Line], i: int, entries: list[TocEntry]) -> str | None:
    """The last figures of an entry's page that a narrower column wrapped onto the line right
    under it (no blank line between): ``（祁政办函〔2024〕19号）……………（2`` / ``2）``, where the
    bracket was left open; ``（湘阴政办发〔2024〕21号）.....6`` / ``1``, where the page alone would
    come before the page of the entry above (15) and with them it does not. A number alone
    elsewhere (a page's own number, the next entry's page printed first) is not the page's."""
    line, above = content[i], content[i - 1]
    m = PAGE_REST.fullmatch(line.key)
    entry = entries[-1]
    if m is None or entry.page is None or above.last != entry.last or not right_under(above, line):
        return None
    if line.key.endswith(")"):
        return m.group("page") if above.key.endswith(f"({entry.page}") else None
    joined = int(f"{entry.page}{m.group('page')}")
    before = next((e.page for e in reversed(entries[:-1]) if e.page is not None), None)
    return m.group("page") if before is not None and entry.page < before <= joined else None


def page_after_title(key: str) -> int | None:
    """The page of an entry printed without a leader (a folded key), or None."""
    m = BARE_PAGE.match(key)
    if m is None or not ends_a_title(fold(m.group("title"))):
        return None
    return int(m.group("p") or m.group("q"))


def without_bare_page(text: str, page: int | None = None) -> str:
    """The entry's text without the page printed after it with no leader (after a 文种, or the
    entry's ``page`` in brackets read as the entry above prints its own)."""
    m = BARE_PAGE.match(text)
    if m is None:
        return text
    if ends_a_title(fold(m.group("title"))) or (page is not None and m.group("p") and int(m.group("p")) == page):
        return m.group("title")
    return text


def ends_a_title(key: str) -> bool:
    """What is left of an entry without its page ends as a title does: with its 文种, or with its
    发文字号 or 登记号 in brackets after its 文种 (``…的通知（南政发〔2024〕3号）（1）``: the page in
    brackets after the numbers as after the title), or is those numbers alone, the entry's title
    wrapped above them (``（南政发〔2024〕10号　NPDR-2024-01003）（3）``)."""
    if doc_type_of(key):
        return True
    m = NUMBERS_IN_BRACKETS.search(key) if key.endswith(")") else None
    return m is not None and (m.start() == 0 or bool(doc_type_of(key[:m.start()])))


def page_as_the_entry_above(key: str, above: str, page_above: int | None) -> int | None:
    """An entry that names no 文种 (the issue's chronicle, an item titled by its subject:
    ``2024年3月南浦县政府大事记（9）``) under an entry that printed its page in brackets right after
    its title, no leader (``…的通知（8）``, or another such entry): its page, printed the same way,
    where it does not go back before the page above. A bracket holding a year (（2024））, a page
    before the page above, or a sentence's words, is no such entry's page."""
    if page_above is None or not key.endswith(")") or not above.endswith(")"):
        return None
    printed = BARE_PAGE.match(above)  # (the entry above: …的通知（8）, or such an entry itself)
    if printed is None or printed.group("p") is None or int(printed.group("p")) != page_above:
        return None
    m = BARE_PAGE.match(key)
    if m is None or m.group("p") is None or not m.group("title") or _SENTENCE.search(m.group("title")):
        return None
    page = int(m.group("p"))
    return page if page_above <= page < 1000 else None


_SENTENCE = re.compile(r"[。,;:]")


def without_bracketed_page(key: str) -> str:
    """A contents line's folded key without a page in brackets printed after its words, no leader
    (``2024年3月南浦县政府大事记(6)``: the words the entry names)."""
    m = BARE_PAGE.match(key) if key.endswith(")") else None
    return m.group("title") if m is not None and m.group("p") is not None and m.group("title") else key


__all__ = ["BARE_PAGE", "PAGE_ALONE", "PAGE_FIRST", "PAGE_REST", "ends_a_title", "page_after_title", "page_of_the_entry_above", "page_as_the_entry_above", "without_bracketed_page", "page_number_between_entries", "rest_of_the_page", "without_bare_page"]
