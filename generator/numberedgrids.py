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
merged 序号 and name cells) or as many is the table's last, as is one printing its figures only
under as many columns of figures (``合计 30.8 2100``). Bars a PDF's ruling was read into here and
there (``| 1 安定镇 … 860 |``) are no words. A row with a word more or fewer (a
cell holding a space, an empty cell) or a line between the rows leaves the whole run as text: no
table rather than wrong rows. The rows are rewritten as tab rows and read as every tab table is."""

from __future__ import annotations

import re
from bisect import bisect_right

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
    stands between two of them (a table set with spaces, which ``spacedtables`` lines up). Bars
    a PDF's ruling was read into are no words (``_without_rules``)."""
    text = line.text.replace("\u3000", " ").strip()
    if "  " in text:
        return []
    words = text.split(" ")
    return _without_rules(words) if "|" in text or "｜" in text or "│" in text else words


_BARS = "|｜│"
_OPENERS = "|｜│ "  # (what _header strips off a key before its head)
_BAR_OPENS = tuple(_BARS)  # (for startswith, which makes no string of a key's first characters as [:2] did)


def _without_rules(words: list[str]) -> list[str]:
    """The words of a grid's line into which a PDF's vertical rules were read as bars, here and
    there (``| 1 安定镇 安定至石门公路 12.5 860 |``, ``|2 南江镇 …``, ``… 6.0 | 410``): a bar alone
    between two words or at the line's ends, or glued to its first or last word, is no word. A
    line with a bar between every two words is a drawn table's row (``grids``): none; a bar
    between two words with no space (``城关镇|1200``) leaves them one word (its row then has a
    word too few: text)."""
    if words:
        words = [words[0].lstrip(_BARS)] + words[1:]
        words = words[:-1] + [words[-1].rstrip(_BARS)]
    kept = [w for w in words if w.strip(_BARS)]
    if len(kept) >= 2 and len(words) - len(kept) >= len(kept) - 1 and all(
            not a.strip(_BARS) for a in words[1:-1:2]):
        return []  # (序号 | 乡镇 | 任务数: every gap ruled)
    return kept


def _header(line: Line) -> int:
    """The number of columns of a grid's header line (``序号　项目名称　类别　申报单位``: 4), 0 when the
    line is none: not opening with 序号 or 编号, fewer than three words, a tab table's line or a
    drawn table's (ruled between every two words), or a word that is a clause."""
    text = line.text
    if not line.key.lstrip(_OPENERS).startswith(_HEADS) or "\t" in text:
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


_FIGURE = re.compile(r"[+-]?\d[\d,]*(?:\.\d+)?[%％]?")


def _total(line: Line, width: int, rows: list[list[str]]) -> list[str] | None:
    """The cells of a total row under a grid (``合计　2项``: ``合计``, an empty name cell, ``2项``);
    a total printing its figures only, fewer than the columns after its label (``合计 26.7 1810``
    under ``序号 乡镇 项目名称 里程 投资``), has them under the columns whose every row holds a
    figure, when there are as many."""
    if "\t" in line.text or "。" in line.text:
        return None
    words = _words(line)
    if not words or words[0] not in _TOTAL:
        return None
    if len(words) == width:
        return words
    if len(words) > 1 and all(_FIGURE.fullmatch(w) for w in words[1:]):
        figures = [c for c in range(1, width) if all(_FIGURE.fullmatch(row[c]) for row in rows)]
        if len(figures) == len(words) - 1:
            cells = [words[0]] + [""] * (width - 1)
            for c, w in zip(figures, words[1:]):
                cells[c] = w
            return cells
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
    if at >= len(out) or out[at].place in keep:
        return len(out)
    gap = 2 if at == j else 4 + 2 * (at - j)  # (a page's marks between: the form feed's line and blanks)
    return at if out[at].place - out[j - 1].place <= gap else len(out)


# A group's heading between a grid's rows, no cell's rest: numbered as a list's item, or naming a
# group of rows (…项目, …类, …乡镇, 其中), or a subtotal.
_GROUP = re.compile(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|其中|小计|合计)|(?:项目|类|组|乡镇|片区)$")


def _wrapped_cell(out: list[Line], j: int, number: int, width: int, keep: frozenset[int]) -> int | None:
    """``out[j]``, under the grid's row before ``number``, is the rest of one of its cells that the
    wrap put on a line of its own (``1 城区老旧小区改造 改造老旧小区12个，涉及 县住建局 2024年11月`` /
    ``居民2300户`` / ``2 农村饮水安全巩固提升 …``): one word, no sentence, with the row numbered
    ``number`` right under it. The index of that row; None otherwise. The line is left as it is,
    a line of one cell under a tab row, which the tab table reads into the cell it goes on (as a
    cell the wrap cut in any tab table: tablerows)."""
    line = out[j]
    if "\t" in line.text or " " in line.text.strip(" \u3000") or "\u3000" in line.text.strip(" \u3000"):
        return None  # (one word: a second word would be a second cell's rest, which the words do not tell)
    words = _words(line)
    if len(words) != 1 or _SENTENCE.search(words[0].rstrip("，,、")) or words[0] == str(number) or len(words[0]) > _WORD_MAX \
            or _GROUP.search(words[0]):
        return None  # (a group's heading between rows: 一、农村项目, 山区乡镇, 其中：…)
    nxt = _next_line(out, j + 1, keep)
    return nxt if nxt < len(out) and _row(out[nxt], number, width) is not None else None


def _tabbed(line: Line, cells: list[str]) -> Line:
    text = "\t".join(cells)
    return Line(line.no, text, fold(text), line.page_break, line.joined, at=line.at)


def numbered_grids_as_tab_rows(lines: list[Line], keep: frozenset[int] = frozenset()) -> list[Line]:
    """``lines`` with each numbered grid set apart by single spaces rewritten as tab rows, its
    header first; other lines as they are. Lines whose place (``Line.place``) is in ``keep`` (a document's
    header) are never part of a grid."""
    heads = [k for k, line in enumerate(lines) if line.key.startswith(_HEADS)  # (most bodies hold none)
             or (line.key.startswith(_BAR_OPENS) and line.key.lstrip(_OPENERS)[:2] in _HEADS)]
    if not heads:
        return lines
    # (the lines _header may take — its key opens with a head, or with a bar or a space before
    # one — from the first head on: the look goes from one to the next, past the others)
    takes = [k for k in range(heads[0], len(lines)) if lines[k].key.startswith(_HEADS) or lines[k].key[:1] in _OPENERS]
    out = list(lines)
    k = heads[0]
    while k < len(out):
        width = _header(out[k]) if out[k].place not in keep else 0
        if not width:
            at = bisect_right(takes, k)  # (the lines before k are rewritten, those after as read)
            k = takes[at] if at < len(takes) else len(out)
            continue
        rows: list[tuple[int, list[str]]] = []  # (index, cells)
        j = _next_line(out, k + 1, keep)
        while j < len(out):
            cells = _row(out[j], len(rows) + 1, width)
            if cells is None and rows and (nxt := _wrapped_cell(out, j, len(rows) + 1, width, keep)) is not None:
                j = nxt  # (a cell the wrap cut, its rest a word alone: left as it is, the tab rows place it)
                continue
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
        total = _total(out[j], width, [cells for _, cells in rows]) if j < len(out) else None
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
