"""Tabs an exporter expanded to spaces: a gazette whose tab rows (``序号⇥项目⇥⇥金额``) were saved
with each tab made a run of spaces, by one of two rules the same throughout the file:

* a fixed number of spaces a tab (4 to 8): ``1    城关镇        85320``, the empty cell a run
  twice as long;
* tab stops every 8 columns, a tab the spaces to the next stop, columns counted a character
  each (``str.expandtabs``) or two for a Chinese character (as a monospaced editor shows them):
  ``1       城关镇  85320``, the runs of unlike lengths all ending on a stop.

Such a file has no tab left and its runs of two spaces or more between words all fit one rule,
starting at many places; prose, pdftotext's columns (each gap ending where the column under it
starts, the same on every row) and cells a web page joined with spaces fit none once there are a
few of them (a run of arbitrary length ends on a stop of 8 one time in 8). The source's lines
are read so before their trailing spaces go (``ingest``), and the runs made tabs again, each the
number of tabs the rule gives it, so that the rows are read as every tab table is, empty cells
in their places. A run opening or closing a line (``⇥县天岳集团⇥``, the first cell empty under a
merged one, the last empty) is made tabs on a row holding a tab or right over or under one: in a
table, not a paragraph indented with spaces. With stops, a tab one column from its stop is a
single space, as the space inside a cell (``社会部 民政局``) is: it is taken for a tab where the
row lacks a cell (``_single_spaces``). Only the spacing changes: every word stays.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from math import gcd


# A run of two spaces or more: between two words, opening a line, closing it.
_RUN = re.compile(r"(?<=\S) {2,}(?=\S)|^ {2,}(?=\S)|(?<=\S) {2,}$")
MIN_RUNS = 6  # runs between words that must fit the rule (a chance fit of 6 runs: 1 in 4,000 or less)
MIN_LINES = 3  # ... on this many lines at least
# ... starting at this many places at least, and ending at two: the cells before a tab are of
# any length, where a page's columns (``pdftotext -layout``) align each gap under the one above
MIN_PLACES = 3
FIXED = range(8, 3, -1)  # spaces a tab, the widest first (a rule of 4 fits runs of 8 too)
STOPS = (8,)


def _width(char: str) -> int:
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def _columns(text: str, wide: bool) -> list[int]:
    """The column each character of ``text`` starts at: a character each, or ``wide``, two for
    a Chinese character."""
    out, column = [], 0
    for char in text:
        out.append(column)
        column += _width(char) if wide else 1
    out.append(column)
    return out


def _runs(lines: list[str]) -> list[tuple[int, list[tuple[int, int]]]]:
    """Each line holding a run of two spaces or more (its index, the runs' start and end)."""
    out = []
    for k, text in enumerate(lines):
        if "  " in text:
            spans = [m.span() for m in _RUN.finditer(text)]
            if spans:
                out.append((k, spans))
    return out


def _tabs_fixed(size: int):
    def tabs(text: str, start: int, end: int) -> int | None:
        return (end - start) // size if (end - start) % size == 0 else None
    tabs.stops = False  # (a run of one space is no tab: a tab is 4 spaces or more)
    return tabs


def _tabs_to_stops(stop: int, wide: bool):
    def tabs(text: str, start: int, end: int) -> int | None:
        columns = _columns(text[:end], wide)
        left, right = columns[start], columns[end]
        if right % stop:
            return None
        first = (left // stop + 1) * stop  # (the stop the first tab reaches)
        return (right - first) // stop + 1 if right >= first else None
    tabs.stops = True
    return tabs


def _rule(lines: list[str], found: list[tuple[int, list[tuple[int, int]]]]):
    """The exporter's rule that every run between words fits, or None (too few runs, or none
    fits them all: no tabs were expanded)."""
    inner = [(lines[k], s, e) for k, spans in found for s, e in spans if s > 0 and e < len(lines[k])]
    if len(inner) < MIN_RUNS or len({text for text, _, _ in inner}) < MIN_LINES:
        return None
    if len({s for _, s, _ in inner}) < MIN_PLACES or len({e for _, _, e in inner}) < 2:
        return None  # (columns set with spaces: each gap starts and ends where the rows' all do)
    lengths = 0
    for _, s, e in inner:
        lengths = gcd(lengths, e - s)
    rules = [_tabs_fixed(size) for size in FIXED if lengths % size == 0][:1]
    rules += [_tabs_to_stops(stop, wide) for stop in STOPS for wide in (False, True)]
    for tabs in rules:
        if all(tabs(text, s, e) for text, s, e in inner):
            return tabs
    return None


def tabs_restored(lines: list[str]) -> list[str]:
    """The source's ``lines`` (as decoded, their trailing spaces too) with the runs of spaces an
    exporter made of tabs made tabs again (see the module); as they are where the file keeps a
    tab or its runs fit no rule."""
    if any("\t" in text for text in lines):
        return lines  # (the file keeps its tabs: none was expanded)
    found = _runs(lines)
    tabs = _rule(lines, found) if found else None
    if tabs is None:
        return lines
    singles = tabs.stops and not any(_ONE in text for text in lines)  # (see _ONE)
    restored: dict[int, str] = {}
    ends: dict[int, tuple[int, int]] = {}  # the tabs a line's opening and closing runs would give
    for k, text in enumerate(lines):
        body = text.strip(" ")
        if not body or (" " not in body and body == text):
            continue
        left, right = len(text) - len(text.lstrip(" ")), len(text.rstrip(" "))
        inner = _with_tabs(text[:right], tabs, left, singles)
        # (a single space closing the line is a tab one space from its stop: text ends with none)
        closing = len(text) - right > 1 or (tabs.stops and text[right:] == " ")
        ends[k] = (tabs(text, 0, left) or 0 if left > 1 else 0, tabs(text, right, len(text)) or 0 if closing else 0)
        restored[k] = text[:left] + inner + text[right:]
    # A run opening or closing a line (the first cells empty under a merged one, the last
    # empty): tabs in a line holding a tab between its words, or right over or under one (over
    # and over: several such rows in a row; not over a blank line, under which a paragraph
    # indented with spaces may stand over a table).
    def tabbed(k: int) -> bool:
        return "\t" in restored.get(k, "")

    waiting = {k: counts for k, counts in ends.items() if any(counts)}
    while waiting:
        ready = [k for k in waiting if tabbed(k) or tabbed(k - 1) or tabbed(k + 1)]
        if not ready:
            break
        for k in ready:
            lead, trail = waiting.pop(k)
            text = restored[k]
            body = text.strip(" ")
            at = text.index(body)
            restored[k] = ("\t" * lead if lead else text[:at]) + body + ("\t" * trail if trail else text[at + len(body):])
    if singles:
        _single_spaces([k for k, text in enumerate(lines) if text.strip()], restored)
    out = list(lines)
    for k, text in restored.items():
        out[k] = text.replace(_ONE, " ") if singles else text
    return out


_SPACES = re.compile(r"(?<=\S) +(?=\S)")
_ONE = "\x00"  # (a single space that may be a tab; not marked in a file holding a NUL)


def _with_tabs(text: str, tabs, start: int = 0, singles: bool = False) -> str:
    """``text`` from ``start`` with its runs of spaces between words made tabs where the rule
    gives them some; a single space the rule would make one tab marked ``_ONE`` (which it is
    is told by the row's neighbours, ``_single_spaces``)."""
    out, at = [], start
    for m in _SPACES.finditer(text, start):
        count = tabs(text, m.start(), m.end())
        if m.end() - m.start() == 1:
            if count == 1 and singles:
                out += [text[at:m.start()], _ONE]
                at = m.end()
            continue
        if count:
            out += [text[at:m.start()], "\t" * count]
            at = m.end()
    return "".join(out) + text[at:]


def _single_spaces(shown: list[int], restored: dict[int, str]) -> None:
    """A tab that reached its stop one column on became a single space (``关于…的通知 2026年8月30日``,
    the cell ending a column before the stop): in a table's run of tab rows, a row with fewer
    cells than most rows of the run takes its single spaces that end on a stop for tabs when
    they are no more than the cells it lacks; a space inside a cell ends on a stop too at times
    (``社会部 民政局``), and is taken only where the row lacks a cell. A line without a tab is
    taken only between two lines holding one (a sentence under the table is no row)."""
    def tabbed(k: int) -> bool:
        return "\t" in restored.get(k, "")

    n = 0
    while n < len(shown):
        if not tabbed(shown[n]):
            n += 1
            continue
        m = n
        while m + 1 < len(shown) and (tabbed(shown[m + 1]) or (m + 2 < len(shown) and tabbed(shown[m + 2]))):
            m += 1
        run = shown[n:m + 1]
        widths = Counter(_cells(restored[k]) for k in run if tabbed(k))
        width = max(widths, key=lambda c: (widths[c], c))
        for k in run:
            text = restored.get(k, "")
            lacking = width - _cells(text)
            ones = text.count(_ONE)
            if ones and ones <= lacking:
                restored[k] = text.replace(_ONE, "\t")
        n = m + 1


def _cells(text: str) -> int:
    return text.rstrip(" ").count("\t") + 1

