"""Tables whose cells are set apart by a single space: what an extraction that does not keep the
layout gives for a ruled table with a 序号 column (each row a line, each cell a word, one space
or full-width space between them, no run of spaces anywhere that ``spacedtables`` could line up)::

    序号　项目名称　类别　申报单位
    1　松岭山歌　传统音乐　城关镇
    2　竹编技艺　传统技艺　青山乡
    合计　2项

A single space also parts the words of prose, so only the strictest form is taken: a header that
opens with 序号 (or 编号) and has three words or more, none of them a sentence, then rows that
open with the numbers 1, 2, 3 … in turn and hold exactly as many words as the header — two such
rows at least. A total row right under them (合计, 总计) holding one word fewer (its label over the
merged 序号 and name cells) or as many is the table's last. A row with a word more or fewer (a
cell holding a space, an empty cell) or a line between the rows leaves the whole run as text: no
table rather than wrong rows. The rows are rewritten as tab rows and read as every tab table is."""

from __future__ import annotations

import re

from .model import Line
from .runs import page_mark_at
from .normalize import fold

_HEADS = ("序号", "编号")  # (a tuple for startswith, searched with in for the first two characters)
MIN_COLUMNS = 3
MIN_ROWS = 2
_WORD_MAX = 16  # a header's title is a few words, not a clause
_SENTENCE = re.compile(r"[。，；：！？;:]")
_TOTAL = ("合计", "总计")


def _words(line: Line) -> list[str]:
    """The words of a line whose words stand a single space apart; none when a run of spaces
    stands between two of them (a table set with spaces, which ``spacedtables`` lines up)."""
    text = line.text.replace("\u3000", " ").strip()
    return [] if "  " in text else text.split(" ")


def _header(line: Line) -> int:
    """The number of columns of a grid's header line (``序号　项目名称　类别　申报单位``: 4), 0 when the
    line is none: not opening with 序号 or 编号, fewer than three words, a tab or bar table's
    line, or a word that is a clause."""
    text = line.text
    if not line.key.startswith(_HEADS) or "\t" in text or "|" in text:
        return 0
    words = _words(line)
    if len(words) < MIN_COLUMNS or words[0] not in _HEADS:
        return 0
    if any(len(w) > _WORD_MAX or _SENTENCE.search(w) for w in words):
        return 0
    return len(words)


def _row(line: Line, number: int, width: int) -> list[str] | None:
    """The cells of a grid's row numbered ``number`` (``2　竹编技艺　传统技艺　青山乡``), or none."""
    if "\t" in line.text or "。" in line.text:
        return None
    words = _words(line)
    if len(words) != width or words[0] != str(number):
        return None
    return words


def _numbered(line: Line, number: int) -> bool:
    """A line that opens with the grid's next number (a row whose cells did not part as the
    header's)."""
    words = _words(line)
    return bool(words) and words[0] == str(number)


def _total(line: Line, width: int) -> list[str] | None:
    """The cells of a total row under a grid (``合计　2项``: ``合计``, an empty name cell, ``2项``)."""
    if "\t" in line.text or "。" in line.text:
        return None
    words = _words(line)
    if not words or words[0] not in _TOTAL:
        return None
    if len(words) == width:
        return words
    if len(words) == width - 1:
        return [words[0], ""] + words[1:]
    return None


def _next_line(out: list[Line], j: int, keep: frozenset[int]) -> int:
    """The index of the line that goes on from ``out[j - 1]`` in a grid: ``out[j]`` right under it (a
    blank line between at most), or the line past a page's number or running head between them (a
    form feed and a blank line around it); ``len(out)`` when the grid cannot go on (a header's line,
    a wider gap)."""
    at = j
    while at < len(out) and page_mark_at(out, at):
        at += 1
    if at >= len(out) or out[at].no in keep:
        return len(out)
    gap = 2 if at == j else 4 + 2 * (at - j)  # (a page's marks between: the form feed's line and blanks)
    return at if out[at].place - out[j - 1].place <= gap else len(out)


def _tabbed(line: Line, cells: list[str]) -> Line:
    text = "\t".join(cells)
    return Line(line.no, text, fold(text), line.page_break, line.joined, at=line.at)


def numbered_grids_as_tab_rows(lines: list[Line], keep: frozenset[int] = frozenset()) -> list[Line]:
    """``lines`` with each numbered grid set apart by single spaces rewritten as tab rows, its
    header first; other lines as they are. Lines whose number is in ``keep`` (a document's
    header) are never part of a grid."""
    heads = [k for k, line in enumerate(lines) if line.key[:2] in _HEADS]  # (most bodies hold none)
    if not heads:
        return lines
    out = list(lines)
    k = heads[0]
    while k < len(out):
        width = _header(out[k]) if out[k].no not in keep else 0
        if not width:
            k += 1
            continue
        rows: list[tuple[int, list[str]]] = []  # (index, cells)
        j = _next_line(out, k + 1, keep)
        while j < len(out):
            cells = _row(out[j], len(rows) + 1, width)
            if cells is None:
                break
            rows.append((j, cells))
            j = _next_line(out, j + 1, keep)
        after = rows[-1][0] + 1 if rows else k + 1
        while after < len(out) and page_mark_at(out, after):
            after += 1
        if len(rows) < MIN_ROWS or (after < len(out) and _numbered(out[after], len(rows) + 1)):
            k += 1  # (too few rows, or the next row's cells do not part as the header's: text)
            continue
        total = _total(out[j], width) if j < len(out) else None
        out[k] = _tabbed(out[k], _words(out[k]))
        for x, cells in rows:
            out[x] = _tabbed(out[x], cells)
        if total is not None:
            out[j] = _tabbed(out[j], total)
            j += 1
        else:
            j = rows[-1][0] + 1
        k = j
    return out


__all__ = ["numbered_grids_as_tab_rows"]
