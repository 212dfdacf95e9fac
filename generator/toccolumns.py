"""Contents set in two columns: two entries on one line, each with its leader and page.

A narrow entry list printed side by side (``临川区人民政府关于…的通知 …… 2    临川区人民政府关于…的通知 …… 9``)
comes out of the PDF as one line; read whole, it is one entry titled with both titles and the second
page. ``two_entries`` parts such a line into its two entries, the first ending with its page.
"""

from __future__ import annotations

import re
import unicodedata

from .model import Line
from .normalize import HAN, fold
from .patterns import DOC_NUMBER_HINT, SECTION_NAME, is_header_number_line, title_start
from .toclines import toc_page

# A run of leader characters as printed (ellipses, dots, midline dots, dashes, low lines), taken
# possessively from where the run starts (linear in the line's length).
_LEADER_RUN = re.compile(r"(?<![….·．・])[….·．・]{2,}+|(?<![-—－_])[-—－_]{3,}+")
# The first entry's page right after its leader, and the gap between the columns (a tab or two
# spaces or more, ideographic ones too): 2    , （2）　　, 第2页\t.
_PAGE_AND_GAP = re.compile(r"\s*+(?:[(（]\s*)?(?:第\s*)?\d{1,3}(?:\s*页)?(?:\s*[)）])?(?:\t|\s{2,}+)")
# What opens the second column's entry: a title's first character (a Han character, 《, 【 or a
# quote), after a list mark perhaps (2. , ·).
_OPENS_TITLE = re.compile(rf"(?:\d{{1,3}}[.、．]\s*|[·•●]\s*)?[{HAN}《【“]")
_TITLE_MIN = 6  # Han characters of a title before the first leader
_HAN_CHAR = re.compile(rf"[{HAN}]")


def two_entries(text: str) -> tuple[str, str] | None:
    """The two entries of a contents line set in two columns, as printed (the first with its leader
    and page, the second the rest of the line), or None: the first entry's leader and page, then a
    gap, then a second title that ends with a leader and page of its own
    (``临川区人民政府关于公布2024年区级重点建设项目的通知 ……… 11    临川区人民政府关于表彰…的决定 …… 15``).
    Not a single entry whose title holds an ellipsis (``关于印发《……》的通知 …… 3``: no page after the
    first run), nor an entry with its page and then its 文号 (``…的通知 …… 3　南政发〔2024〕1号``: no
    leader and page after it)."""
    if len(text) > 400:
        return None
    runs = list(_LEADER_RUN.finditer(text))
    if len(runs) < 2:
        return None
    first = runs[0]
    if len(_HAN_CHAR.findall(text, 0, first.start())) < _TITLE_MIN:
        return None
    gap = _PAGE_AND_GAP.match(text, first.end())
    if gap is None:
        return None
    left, right = text[:gap.end()].rstrip(), text[gap.end():].strip()
    if not _OPENS_TITLE.match(right) or not any(run.start() >= gap.end() for run in runs):
        return None
    if toc_page(right, fold(right)) is None or toc_page(left, fold(left)) is None:
        return None
    return left, right


def _entry_then_words(text: str) -> tuple[str, str] | None:
    """A contents line's first entry with its leader and page, then a gap and words with no leader
    of their own: (the entry, the words), as printed."""
    if len(text) > 400:
        return None
    first = _LEADER_RUN.search(text)
    if first is None or len(_HAN_CHAR.findall(text, 0, first.start())) < _TITLE_MIN:
        return None
    gap = _PAGE_AND_GAP.match(text, first.end())
    if gap is None:
        return None
    left, right = text[:gap.end()].rstrip(), text[gap.end():].strip()
    if _LEADER_RUN.search(right) or toc_page(left, fold(left)) is None:
        return None
    return left, right


_IN_MARKS = re.compile(r"^[【\[［〖◆■●★](?P<name>[^【】\[\]［］〖〗◆■●★]{2,24})[】\]］〗◆■●★]$")


def _heading_name(words: str) -> str | None:
    """The section's name that ``words`` print as a heading in the contents: in its marks (【】, ◆◆,
    ■) or a section's name alone (…文件, 人事任免); no title opens so. None for other words."""
    words = words.replace(" ", "").replace("\u3000", "")
    named = _IN_MARKS.match(words)
    key = fold(named.group("name") if named else words)
    if "关于" in key:
        return None
    return (named.group("name") if named else words) \
        if (named and _HAN_CHAR.match(key)) or SECTION_NAME.fullmatch(key) or _ORDERS.fullmatch(key) else None


_ORDERS = re.compile(r"(?:[县区市旗]?政府|[县区市旗]长)令")  # (a section of the government's 令: 政府令, 县长令)


def entry_beside_a_heading(text: str) -> str | None:
    """A contents line set in two columns whose second column opens a section beside the first
    column's entry (``桐溪县人民政府关于调整…的通知 ……… 1    【县政府常务会议纪要】``, ``…    县政府文件``):
    the entry, as printed (``heading_beside_an_entry`` gives the heading's name)."""
    split = _entry_then_words(text)
    return split[0] if split is not None and _heading_name(split[1]) is not None else None


def heading_beside_an_entry(text: str) -> str | None:
    """The name of the section a contents line's second column opens beside the first column's entry
    (``entry_beside_a_heading``): 县政府常务会议纪要 for ``…的通知 ……… 1    【县政府常务会议纪要】``."""
    split = _entry_then_words(text)
    return _heading_name(split[1]) if split is not None else None


_HEADINGS_GAP = re.compile(r"\t|\s{2,}+")  # (a tab, or two spaces or more: ideographic ones too)


def two_headings(text: str) -> tuple[str, str] | None:
    """The names of two sections whose headings a contents line set in two columns prints side by side,
    each over its column's entries (``【县政府文件】            【县政府办公室文件】``, ``县政府文件　　人事任免``):
    (the first column's, the second's); None for any other line (one heading, 【政策解读】【图解】 with no
    gap between, an entry)."""
    if len(text) > 80 or not _HEADINGS_GAP.search(text):
        return None
    parts = _HEADINGS_GAP.split(text.strip())
    if len(parts) != 2:
        return None
    left, right = _heading_name(parts[0]), _heading_name(parts[1])
    return (left, right) if left and right else None


def entry_then_title(text: str) -> tuple[str, str] | None:
    """A contents line set in two columns whose second column's title wraps onto the next line: the
    first entry with its leader and page, a gap, then the opening of a title with no leader or page
    of its own (``桐溪县人民政府关于调整…的通知 ……… 1    桐溪县人民政府关于公布2024年县级重点`` over
    ``建设项目的通知 …… 2``): (the first entry, the title's opening), as printed; the caller reads the
    opening with the next line, which ends with the leader and page. None for a line two entries
    fill (``two_entries``), for a single entry (no gap and title after its page), for an entry with
    its page and then its 文号 (``…的通知 …… 3　南政发〔2024〕1号``), a section's heading
    (``entry_beside_a_heading``) or a few words (a column's heading, 页码)."""
    split = _entry_then_words(text)
    if split is None:
        return None
    right = split[1]
    if not _OPENS_TITLE.match(right) or len(_HAN_CHAR.findall(right)) < _TITLE_MIN:
        return None
    key = fold(right)
    if is_header_number_line(key) or DOC_NUMBER_HINT.search(key) or entry_beside_a_heading(text) is not None \
            or toc_page(right, key) is not None:
        return None
    return split


def wrapped_second_title(text: str, below: str) -> list[list[tuple[int, str]]] | None:
    """The entries of two contents lines set in two columns when the second column's title wraps
    (``entry_then_title``), each a list of (0 for the first line, 1 for the line ``below``; the
    text printed there), in the order printed; None when the lines are not so. The title's rest is
    the line below alone, ending with its leader and page (``建设项目的通知 …… 2``), or the second
    column of a line that two entries fill, beside the first column's next entry
    (``桐溪县人民政府办公室关于…的通知 …… 3    建设项目的通知 …… 2``: its rest, since it opens no title).
    Not when the line below opens a title itself in its second column (a title's opening left with no
    page: no rest of it is known), nor when it has no page. The first entry alone when the second
    column beside it opens a section (``entry_beside_a_heading``: 【县政府常务会议纪要】): the heading is
    no entry's words, and which entries below are its column's is not known line by line."""
    alone = entry_beside_a_heading(text)
    if alone is not None:
        return [[(0, alone)]]
    split = entry_then_title(text)
    if split is None:
        return None
    first, opening = split
    pair = two_entries(below)
    if pair is not None:
        if title_start(fold(pair[1])):
            return None
        return [[(0, first)], [(0, opening), (1, pair[1])], [(1, pair[0])]]
    if toc_page(below, fold(below)) is None or entry_then_title(below) is not None:
        return None
    return [[(0, first)], [(0, opening), (1, below)]]


def heading_then_entry(text: str) -> tuple[str, str] | None:
    """A contents line whose first column opens a section and whose second holds an entry with its
    leader and page (``【县政府办公室文件】          桐溪县召开2024年防汛工作会议 …… 7``: the first
    column's next entries are the section's, the entry the second column's): (the section's name,
    the entry as printed); None for any other line."""
    if len(text) > 400 or not _HEADINGS_GAP.search(text):
        return None
    parts = _HEADINGS_GAP.split(text.strip(), maxsplit=1)
    if len(parts) != 2 or len(parts[0]) > 30:
        return None
    name, right = _heading_name(parts[0]), parts[1].strip()
    if name is None or not _OPENS_TITLE.match(right) or len(_HAN_CHAR.findall(right)) < _TITLE_MIN \
            or toc_page(right, fold(right)) is None:
        return None
    return name, right


# A line indented past the middle of a page set in two columns: twenty spaces or more (ten ideographic).
_SECOND_COLUMN_INDENT = re.compile(r"^(?: {20}|\u3000{10}|[ \u3000]{20})")


def in_second_column(text: str) -> bool:
    """A contents line set in two columns holding only the second column's entry, indented past the
    first column's place (the first column ended a line higher: ``　　　…　　桐溪县人民政府办公室关于…的通知 …… 5``)."""
    return text[:1] in " \u3000" and _SECOND_COLUMN_INDENT.match(text) is not None


# The gutter of a contents page set in two columns as ``pdftotext -layout`` prints it: three spaces
# or more, then the second column's words, at the same place on each line that has them.
_GUTTER = re.compile(r"(?<=\S) {3,}+(?=\S)|^ {16,}+(?=\S)")
_GUTTER_MIN = 16  # characters (or columns of display width) before the second column


def _width(text: str) -> int:
    return len(text) + sum(1 for char in text if unicodedata.east_asian_width(char) in "WF")


def _gutters(text: str, wide: bool) -> list[int]:
    """Where the words after each run of spaces inside ``text`` start, in characters or display width."""
    return [(_width(text[:gap.end()]) if wide else gap.end()) for gap in _GUTTER.finditer(text)]


def _cut_at(text: str, column: int, wide: bool) -> int | None:
    """The index in ``text`` where its second column opens at ``column`` (or a character or two
    either side, as a layout's grid places a word), or where the line ends before it; None where
    words cross it."""
    if wide:
        at, width = 0, 0
        while at < len(text) and width < column:
            width += 2 if unicodedata.east_asian_width(text[at]) in "WF" else 1
            at += 1
    else:
        at = min(column, len(text))
    if at >= len(text) or (text[at - 1] == " " and text[at - 2:at] == "  "):
        return at
    for gap in _GUTTER.finditer(text):
        end = _width(text[:gap.end()]) if wide else gap.end()
        if abs(end - column) <= 2:
            return gap.end()
    return None


def _second_columns(rights: list[Line]) -> bool:
    """The words right of the gutter are a column of contents: each a section's heading or words of
    a title (no 发文字号: contents printed as a table, a title beside its number), one with its page."""
    for line in rights:
        if not _HAN_CHAR.search(line.text):
            continue  # (the page's number, — 1 —, centred right of the gutter)
        if _heading_name(line.text) is None and (len(_HAN_CHAR.findall(line.text)) < _TITLE_MIN
                                                  or DOC_NUMBER_HINT.search(line.key) or is_header_number_line(line.key)):
            return False
    return any(toc_page(line.text, line.key) is not None for line in rights)


def columns_apart(lines: list[Line]) -> list[Line] | None:
    """Contents set in two columns where a title wraps in the first column beside the second's
    (``pdftotext -layout``: ``青溪县人民政府关于印发青溪县城乡      青溪县人民政府办公室关于做好2024年`` over
    ``居民基本医疗保险实施办法的通知 …… 1      秋季学期学生资助工作的通知 …… 5``), read line by line the
    two titles run into one: the lines' two columns, the first column's lines then the second's, as
    printed (each half a line of its own number), or None. The second column opens at the same
    place on three lines at least (counted in characters or in display width), no words cross it,
    and a line's first column ends without its page beside words of the second (a title cut: what
    ``two_entries`` and ``wrapped_second_title`` do not read). A line crossing the gutter ends the run
    (the entries printed across the page under the columns follow as printed)."""
    if not any(" " * 3 in line.text for line in lines):
        return None
    for wide in (False, True):
        counts: dict[int, int] = {}
        for line in lines:
            for column in set(_gutters(line.text, wide)):
                counts[column] = counts.get(column, 0) + 1
        best = max((c for c in counts if c >= _GUTTER_MIN), key=lambda c: (counts[c], -c), default=None)
        if best is None or counts[best] < 3:
            continue
        lefts: list[Line] = []
        rights: list[Line] = []
        cut_title = False
        n = 0
        for line in lines:
            at = _cut_at(line.text, best, wide)
            if at is None:
                break
            left, right = line.text[:at].rstrip(), line.text[at:].strip()
            if left.strip():
                lefts.append(Line(line.no, left, fold(left), line.page_break, at=line.at))
            if right:
                rights.append(Line(line.no, right, fold(right), line.page_break, at=line.at))
            if left.strip() and right and toc_page(left, fold(left)) is None and len(_HAN_CHAR.findall(left)) >= _TITLE_MIN:
                cut_title = True
            n += 1
        if cut_title and _second_columns(rights):
            return lefts + rights + lines[n:]
    return None


__all__ = ["columns_apart", "entry_beside_a_heading", "entry_then_title", "heading_beside_an_entry", "heading_then_entry", "in_second_column",
           "two_entries", "two_headings", "wrapped_second_title"]
