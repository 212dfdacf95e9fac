"""A paragraph's lines rejoined: the lines under a paragraph's last that carry on its sentence
(``wraps.continues``), past the page's number and running head printed inside the sentence where
the page breaks (the running head may print the document's title or its attachment's after the
number), and an issue named on a line of its own read with the line above it."""

from __future__ import annotations

import re

from .model import Block, Line
from .patterns import HAN, TERMINAL
from .runs import MAX_BETWEEN_ROWS, strict_furniture
from .wraps import continues, titles_printed


def carried_on(lines: list[Line], kinds: list[str], j: int, parts: list[Line], width: int | None,
               others: frozenset[int], blocks: list[Block]) -> tuple[list[Line], int, list[tuple[int, int]]]:
    """``parts``, a paragraph's lines so far (``lines[j]`` the last), with the lines that carry on
    its sentence after them, the index of its last line, and the footnotes printed at the foot of
    a page inside the sentence, each its first and last line's index (``footnote_over_the_rest``:
    blocks of their own, after it). ``others``: the lines naming another issue than the gazette's (a body's words, never its
    running head); ``blocks``: the blocks so far (the titles they print)."""
    parts = list(parts)
    notes: list[tuple[int, int]] = []
    n = len(lines)
    while True:
        far = j + MAX_BETWEEN_ROWS + 1  # (past the rows' count, a viewer's marks: MAX_MARKS_BETWEEN)
        limit = MAX_MARKS_BETWEEN if far < n and lines[far].running_head and lines[far - 1].running_head \
            else MAX_BETWEEN_ROWS
        near = kinds[j + 1:j + limit + 2]
        if "text" not in near and "org" not in near:
            return parts, j, notes  # (no line of text near enough to carry the sentence on: nothing to ask)
        k = j + 1
        while k < n and k - j <= limit and ((strict_furniture(lines[k]) and k not in others)
                                            or (lines[k].text[:1] in _RULE_FIRST and page_rule(lines[j], lines[k])) or (
                k > j + 1 and lines[k].key in titles_printed(blocks) and not lines[j].key.endswith(TERMINAL))):
            # a page number or running head printed inside a cut sentence; the running
            # head may print the document's title or its attachment's, after the number
            k += 1
        above = _with_the_line_above(parts) if j in others and len(parts) > 1 else lines[j]
        # (a footnote's mark or number: asked only of lines opening so)
        first = lines[k].key[:1] if k < n else ""
        numbered = first in _NOTE_NUMBER_FIRST and numbered_footnote(lines, k, parts)
        if k < n and (kinds[k] == "text" or (kinds[k] == "org" and list_of_organs_goes_on(above, lines, kinds, k))) \
                and continues(above, lines[k], width) \
                and not (first in _FOOTNOTE_FIRST and footnote_at_the_foot(lines, k)) and not numbered:
            parts.append(lines[k])
            j = k
        elif (first in _FOOTNOTE_FIRST or numbered) \
                and (rest := footnote_over_the_rest(lines, kinds, above, k, width, numbered)):
            notes.extend(footnote_groups(lines, k, rest[0]))
            parts.append(lines[rest[1]])
            j = rest[1]
        else:
            return parts, j, notes


# Lines of the page's marks between a sentence's two parts where a viewer's text gives a browser's
# print: the page's foot (its address, the page of the pages) and the next page's head (the day and
# time, the page's title), each piece a line (PyMuPDF), and the page's number perhaps: allowed where
# the two lines past the rows' count are such marks (Line.running_head: printstamps), else the count.
MAX_MARKS_BETWEEN = 5


# The rule a converter to Markdown writes between two pages (pymupdf4llm: -----), a thematic break.
_RULE_FIRST = frozenset("-*_")
_PAGE_RULE = re.compile(r"([-*_])(?: ?\1){2,}")


def page_rule(above: Line, line: Line) -> bool:
    """``line`` is a thematic break (``-----``, ``***``, ``___``) under a line whose sentence it cut
    (``above`` ends with no stop: …确保种子、化肥、 / ----- / 农药等…): the page's end a converter to
    Markdown marks so (pymupdf4llm), not a rule of the text, which a sentence's middle never holds."""
    text = line.text
    return text[:1] in _RULE_FIRST and _PAGE_RULE.fullmatch(text.strip()) is not None and not above.key.endswith(TERMINAL)


# What opens a footnote a page prints at its foot (folded): 注：, 注1：, *, ※, a circled number.
_FOOTNOTE = re.compile(r"(?:注\d?:|\*(?!\*)|※|[①-⑳])")
MAX_FOOTNOTES = 4  # footnote lines at a page's foot
_FOOTNOTE_FIRST = frozenset("注*※①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")  # (asked before the pattern)


def footnote_at_the_foot(lines: list[Line], k: int) -> bool:
    """``lines[k]`` opens with a footnote's mark (注：, *, ※, ①) and the page's furniture stands right
    under it, past the page's other footnotes (…按照 / 注：“专精特新”企业指…。 / — 3 — / 每家10万元…): a
    footnote at the foot of the page that cut the sentence above, no rest of that sentence (a block of
    its own; the sentence goes on after the page's furniture, left cut)."""
    return _footnotes_end(lines, k) is not None


def _footnotes_end(lines: list[Line], k: int) -> int | None:
    """The index of the page's furniture under the footnotes from ``lines[k]``: lines opening with
    a footnote's mark, each perhaps wrapped onto lines of its own until its sentence ends (① 新增耕地
    面积以…不含未验收的 / 项目区内新增的耕地。 / - 1 -); None when ``lines[k]`` opens none or no
    furniture stands right under them."""
    if not _FOOTNOTE.match(lines[k].key):
        return None
    j = k + 1
    while j < len(lines) and j - k < MAX_FOOTNOTES and (
            _FOOTNOTE.match(lines[j].key) or (not lines[j - 1].key.endswith(TERMINAL) and not strict_furniture(lines[j]))):
        j += 1  # (another footnote, or the rest of one the wrap cut)
    return j if j < len(lines) and strict_furniture(lines[j]) else None


def footnote_groups(lines: list[Line], first: int, end: int) -> list[tuple[int, int]]:
    """The footnotes from ``lines[first]`` to before ``lines[end]``, each its first and last line's
    index: a footnote opens at each mark (the lines under a mark that carry none are its own)."""
    groups: list[tuple[int, int]] = []
    for k in range(first, end):
        if groups and not _FOOTNOTE.match(lines[k].key):
            groups[-1] = (groups[-1][0], k)
        else:
            groups.append((k, k))
    return groups


def footnote_over_the_rest(lines: list[Line], kinds: list[str], above: Line, k: int,
                           width: int | None, numbered: bool = False) -> tuple[int, int] | None:
    """The footnotes at the foot of a page from ``lines[k]`` (``footnote_at_the_foot``) inside the
    sentence ``above`` left open (…主要用于 / ① 新增耕地面积以…为准。 / - 1 - / 高标准农田建设…): the
    index after the footnotes and the index of the line past the page's furniture that carries the
    sentence on — one sentence, its footnote a block of its own after it; None when no such line
    does (the sentence stays cut). ``numbered``: ``lines[k]`` is a footnote under its number
    (``numbered_footnote``), the page's furniture right under it."""
    if above.key.endswith(TERMINAL):
        return None
    end = k + 1 if numbered else _footnotes_end(lines, k)  # (the page's furniture under them)
    if end is None:
        return None
    m = end
    while m < len(lines) and m - end <= MAX_BETWEEN_ROWS and strict_furniture(lines[m]):
        m += 1
    if m < len(lines) and m > end and kinds[m] == "text" and continues(above, lines[m], width):
        return end, m
    return None


_NOTE_NUMBER_FIRST = frozenset("123456789(")  # (asked before the pattern)
_NOTE_NUMBER = re.compile(rf"(\()?([1-9]\d?)(?(1)\))(?=[{HAN}])")  # 1新增…, (1)新增… ([1], 〔1〕 folded)
# What follows a figure in a sentence (1个, 2项, 3年): no footnote's mark.
_AFTER_A_FIGURE = "个项元万亿人户次年月日天号条款章节批家所座处台套辆名位公千里亩米吨倍成"


def numbered_footnote(lines: list[Line], k: int, parts: list[Line]) -> bool:
    """``lines[k]`` is a footnote under its number at the foot of the page (``1 新增耕地面积以…为准。``,
    ``[1] …``) — a superscript's number the text layer printed flat — with the page's furniture right
    under it, where the sentence in ``parts`` holds its mark right after a word (…新增耕地面积1给予…,
    …面积[1]给予…; not a figure and its unit: 共1个). Not the sentence's rest: the rest comes after
    the page's furniture, as any footnote's does (``footnote_over_the_rest``)."""
    key = lines[k].key
    if not key.endswith(TERMINAL) or k + 1 >= len(lines) or not strict_furniture(lines[k + 1]):
        return False  # (the page's furniture right under it asked first: most lines have none)
    m = _NOTE_NUMBER.match(key)
    if m is None:
        return False
    mark = re.escape(m.group(0))
    sentence = "".join(x.key for x in parts)
    return re.search(rf"[{HAN}]{mark}(?![\d.{_AFTER_A_FIGURE}])", sentence) is not None


def list_of_organs_goes_on(above: Line, lines: list[Line], kinds: list[str], k: int) -> bool:
    """``lines[k]``, an organ's name alone (住房和城乡建设局), is the end of a list of names
    parted by 、 that the line above wrapped (…、县交通运输局、县 / 住房和城乡建设局): no organ that
    signs, for no date, organ or signature follows it, and the line above names others before it
    and stops without closing its sentence."""
    key = above.key
    if not key or key[-1] in TERMINAL or "、" not in key[-12:]:
        return False
    nxt = k + 1
    while nxt < len(lines) and kinds[nxt] == "furniture":
        nxt += 1
    return nxt >= len(lines) or kinds[nxt] not in ("date", "org", "signed", "person", "person_signed")


def _with_the_line_above(parts: list[Line]) -> Line:
    """The last of a sentence's lines, an issue named on a line of its own (…出版的《松岭县人民政府
    公报》 / 2024年第2期 / 刊登的…), read with the line above it whose sentence it goes on: short
    alone, it would end the paragraph, where the sentence goes on in the next line."""
    above, last = parts[-2], parts[-1]
    return Line(last.no, above.text.strip() + last.text.strip(), above.key + last.key, last.page_break,
                at=last.at)


__all__ = ["carried_on", "list_of_organs_goes_on"]
