"""Tables printed with spaces: what a PDF's layout-keeping extraction (``pdftotext -layout``)
gives for a ruled table, each row a line whose cells stand at the columns' positions, separated
by runs of spaces (one space at the narrowest), an empty cell a wider gap::

     序      单位         户籍人口      参保任务 完成率
     号                  （人）       （人）    （%）
    1 城关镇            85,320    80,100  95.5
    3 县自然资源和规划局（含下
       属事业单位）        1,205     1,150   —
    4 长寿镇            31,007            96.2

Such a run of lines is rewritten as tab rows (``序⇥单位⇥户籍人口⇥参保任务⇥完成率``), each word
put in the column it stands under, a row printed over several lines as one line that holds them
(``Line.joined`` its last), so that the table is read as every tab table is (tables.py: headers,
totals, groups). Only the text's spacing changes: every word stays, in order.

A run is a table only when its lines agree: at least three of them split into the same number
(three or more) of words, whose positions line up into columns that do not overlap, one line at
least has a run of spaces inside it and two hold a figure (1,250, 95.5, 12%). A line that fills
every column gives each word the next column; a shorter one (an empty cell, a wrapped cell) puts
each word under the column it stands under. A line with its first column empty carries on the
row above (``spacedrows.assemble``). A sentence (。，, ；at its end), a signature or a date is no row: at the
ends of a run such lines are left out of the table; inside it, or where the rows cannot be told
apart, the run stays text — no table rather than wrong rows. Prose has no runs of spaces inside
its lines (text extracted with a space around each number has single spaces); a list of names,
of appointments or of slogans set in columns holds no figures or ends its lines as sentences do
(a grid of names alone is a list of names, read by ``namelists``);
one whose first line holds figures has no header: a list.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from .furniture import is_page_mark
from .model import Line
from .normalize import fold, join_wrapped
from .runs import page_mark_at
from .spacedbounds import caption_over_a_header, group_heading, heading_under_the_rows, letters_joined, unit_alone
from .spacedcells import MIN_COLUMNS, MIN_ROWS, delimited, is_prose, organ_only
from .spacedheads import parents_over_titles
from .spacedlabels import label_wraps
from .spacedpages import page_number_between_rows
from .labelindents import spaced_indents, with_indent
from .spacedrows import FIGURE as _FIGURE, assemble, cells_of, has_figures, label_starts, overlaps
from .spacedwraps import next_number, row_with_a_comma

# A line that wraps a cell (县自然资源和规划局（含下 / 属事业单位）) may stand alone in the run.
_FRAGMENT_MAX = 16
_OVERLAP = 2

# A word: a run of non-space characters; a single space inside Latin text is kept (New Town,
# Excel 2016 is two words). The gap between two columns is a space or a run of spaces.
_WORD = re.compile(r"[^\s]+(?: (?=[A-Za-z])(?<=[A-Za-z] )[^\s]+)*")
_GAP = re.compile(r"\S {2,}\S")
_NOT_SPACED = re.compile(r"[\t|│┃┆]")  # tab, Markdown and box tables are read as such


def _words(text: str, wide: bool = False) -> list[tuple[int, int, str]]:
    """Each word with the columns it takes on the line: a character each or, ``wide``, two for
    a Chinese character, as a page set in a monospaced font shows it (some extractions line the
    columns up by characters, others by that width: a column of figures under titles of Chinese
    words lines up in one count only)."""
    if not wide:
        return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    out, column, at = [], 0, 0
    for m in _WORD.finditer(text):
        column += _width(text[at:m.start()])
        start = column
        column += _width(m.group())
        at = m.end()
        out.append((start, column, m.group()))
    return out


def _width(text: str) -> int:
    return len(text) + sum(1 for char in text if unicodedata.east_asian_width(char) in "WF")


def has_gap(text: str) -> bool:
    """A run of spaces between two words (``_GAP``); a text without two spaces in a row has none,
    and most documents' text has none (the pattern tries every character: asked of a whole
    document)."""
    return "  " in text and bool(_GAP.search(text))


def _spaced(text: str) -> bool:
    """A line that could be a row: words apart inside it, no tab or bar of another table kind."""
    body = text.strip()
    return " " in body and not _NOT_SPACED.search(body)


def as_tab_rows(lines: list[Line], keep: frozenset[int] = frozenset()) -> list[Line]:
    """``lines`` with every run that is a table printed with spaces rewritten as tab rows, one
    line a row (a row printed over several lines is one line holding them all, ``Line.joined``
    its last). Lines whose place (``Line.place``) is in ``keep`` (a document's header) are never part of a run."""
    if not has_gap("\n".join(line.text for line in lines)):
        return list(lines)  # (no run of spaces between words anywhere: no table set with spaces)
    out: list[Line] = []
    i, n = 0, len(lines)
    header: list[str] | None = None  # the titles of a table set apart by spaces that may go on over a page
    columns = None  # the columns of a table set with spaces that may go on over a page, each way they line up (_continued)
    top = None  # the first title of that table
    while i < n:
        tail = bool(columns) and (_fragment(lines[i]) or _heading_over_rows(lines, i)) and not page_mark_at(lines, i) \
            and not page_number_between_rows(lines, i) \
            and not (i + 1 < n and caption_over_a_header(lines[i].text, lines[i + 1].text, top))  # (a cell's end, or a group's heading, at the next page's top)
        if lines[i].place in keep or not (_spaced(lines[i].text) or tail) or is_page_mark(lines[i]):
            if not page_mark_at(lines, i) and not page_number_between_rows(lines, i):
                header = None  # (only a page's number and running head stand between its parts)
                columns = None
            out.append(lines[i])
            i += 1
            continue
        j = _run_end(lines, i, keep)
        run = lines[i:j + 1]
        found, wide = _rows_either_way(run)
        if not found and not columns and (over := _over_the_page(lines, run, j, keep)) is not None:
            # a table whose first page holds too few of its lines to be read alone (its header
            # over two lines and a row; its header alone, the next page a row): read with the
            # rows the next pages go on with
            parts, joined, found, wide = over
            columns = [c + (next_number(found),) for c in _both_columns(joined, wide)]
            _emit(out, run, [r for r in found if r[0] < len(run)])
            base, last = len(run), j
            for start, end in parts:
                out.extend(lines[last + 1:start])  # (the page's furniture between)
                _emit(out, lines[start:end + 1], [(f - base, t - base, x) for f, t, x in found
                                                  if base <= f <= base + end - start])
                base, last = base + end - start + 1, end
            header = None
            i = last + 1
            continue
        if found:
            columns = [c + (next_number(found),) for c in _both_columns(run, wide)]
            top = run[0].text.split(maxsplit=1)[0]
        elif columns and (found := max((_continued(run, c) for c in columns), key=len)):
            columns = [c[:3] + (next_number(found),) for c in columns]  # (the rows of the table on the page before)
        else:
            columns = None
            found = delimited(run, header)
            header = found[0][2].split("\t") if found else None
        _emit(out, run, found)
        i = j + 1
    return out


def _run_end(lines: list[Line], i: int, keep: frozenset[int]) -> int:
    """The last line of the run of spaced lines from ``lines[i]``: a page's number and running
    head end it, its number bare where a page breaks too, centred between two rows without a
    form feed (the tables' rules, or the columns of the rows before, ``_continued``, join runs
    over pages); so does the unit over a table (its bound, spacedbounds)."""
    j, n = i, len(lines)
    top = lines[i].text.split(maxsplit=1)[0]  # (the table's first title: a caption over another table opening so ends it)
    while j + 1 < n and lines[j + 1].place not in keep and lines[j + 1].place - lines[j].place <= 2 \
            and not unit_alone(lines[j + 1].text) \
            and not (j + 2 < n and caption_over_a_header(lines[j + 1].text, lines[j + 2].text, top)) and (
            (_spaced(lines[j + 1].text) and not is_page_mark(lines[j + 1]))
            or (_fragment(lines[j + 1]) and not page_mark_at(lines, j + 1)
                and not page_number_between_rows(lines, j + 1))
            or _heading_over_rows(lines, j + 1)):  # (一、…项目 over rows, not a header)
        j += 1
    return j


def _heading_over_rows(lines: list[Line], k: int) -> bool:
    """Line ``k`` is a group's heading (``group_heading``) over a spaced line that holds a figure:
    over the group's rows, not over another table's header."""
    return k + 1 < len(lines) and group_heading(lines[k].text) and _spaced(lines[k + 1].text) \
        and any(_FIGURE.fullmatch(w) for w in lines[k + 1].text.split())


def _rows_either_way(run: list[Line]) -> tuple[list[tuple[int, int, str]], bool]:
    """The rows of the run, its columns counted by characters or by their width, whichever
    takes more lines (a total row out of line in the other) or, taking as many, whose rows line
    up better (``_lined_up``), and whether by width."""
    narrow, wide_rows = _table(run), _table(run, wide=True)
    wide = bool(wide_rows) and (not narrow or wide_rows[-1][1] - wide_rows[0][0] > narrow[-1][1] - narrow[0][0]
                                or (wide_rows[-1][1] - wide_rows[0][0] == narrow[-1][1] - narrow[0][0]
                                    and _lined_up(run, True) > _lined_up(run, False)))
    return (wide_rows if wide else narrow), wide


_PAGE_LINES = 3  # a page's furniture between two runs: its number, the running head, a blank line's stamp or the header printed again
_PAGES_ON = 2  # the pages a table too short to read alone is read on with (the next, or a row's page and the next)


def _over_the_page(lines: list[Line], run: list[Line], j: int, keep: frozenset[int]):
    """A run that is no table alone, the page's furniture under it, and the next run after it
    (and the one after that where the next is too short to be read with it: a page holding a
    single row between two breaks): (first and last line of each run after ``run``, the runs as
    one, their rows, wide) when they read as one table and each run holds rows of it, no row cut
    by a page; else None."""
    joined, parts, cuts = list(run), [], [0, len(run)]
    while len(parts) < _PAGES_ON:
        start = j + 1
        while start < len(lines) and start - j <= _PAGE_LINES + 1 and (page_mark_at(lines, start)
                                                                       or page_number_between_rows(lines, start)):
            start += 1
        if start == j + 1 or start - j > _PAGE_LINES + 1 or start >= len(lines) or lines[start].place in keep \
                or not _spaced(lines[start].text) or is_page_mark(lines[start]):
            return None
        j = _run_end(lines, start, keep)
        joined += lines[start:j + 1]
        parts.append((start, j))
        cuts.append(len(joined))
        found, wide = _rows_either_way(joined)
        if found and all(any(a <= f < b for f, _, _ in found) for a, b in zip(cuts, cuts[1:])) \
                and not any(f < cut <= t for f, t, _ in found for cut in cuts[1:-1]):
            return parts, joined, found, wide
        if j - start + 1 >= MIN_ROWS:
            return None  # (a page of rows enough to read alone: no page of a single row between)
    return None


def _emit(out: list[Line], run: list[Line], found: list[tuple[int, int, str]]) -> None:
    """The run's lines onto ``out``, each row found (first and last line, tab row) as one line."""
    rows = {first: (first, last, text) for first, last, text in found}
    k = 0
    while k < len(run):
        row = rows.get(k)
        if row is None:
            out.append(run[k])
            k += 1
            continue
        first, last, text = row
        out.append(Line(run[first].no, text, fold(text), any(x.page_break for x in run[first:last + 1]),
                        run[last].last if last > first else run[first].joined, at=run[first].at))
        k = last + 1


def _fragment(line: Line) -> bool:
    """A short indented line after a spaced line: a cell's wrapped end (``   局``), also under the
    table's last row (a line that is no row is left out of the table by ``_table``)."""
    text = line.text
    return text[:1] in (" ", "\u3000") and len(text.strip()) <= _FRAGMENT_MAX and not is_page_mark(line)


def _table(run: list[Line], wide: bool = False) -> list[tuple[int, int, str]]:
    """The rows of the table the run prints, each as (first line, last line, tab row) by their
    places in the run; none when the run is no table. Lines at its ends that are no row (a
    sentence, a signature, the date, words out of line with the columns) are left out of it.
    ``wide``: the columns counted as a monospaced page shows them (``_words``)."""
    found = _columns(run, wide)
    if found is None:
        return []
    words, prose, width, spans = found

    def is_row(k: int) -> bool:
        w = words[k]
        if prose[k] or not w or len(w) > width:
            return False
        return len(w) == width or all(overlaps(spans, start, end) for start, end, _ in w)

    rows = [k for k in range(len(run)) if is_row(k)]
    while len(rows) > MIN_ROWS and heading_under_the_rows([t for _, _, t in words[rows[-1]]]):
        rows.pop()  # (the body's next heading under the table: spacedbounds)
    if any(not is_row(k) for k in range(rows[0], rows[-1] + 1)):
        return []  # a line inside that is no row (a sentence, more words than columns): unsure
    if any(_FIGURE.fullmatch(t) for _, _, t in words[rows[0]]):
        return []  # a table prints its titles first: figures first are a list (第一组  张三  13907301234)
    cells = [cells_of(words[k], width, spans) for k in range(len(run))]
    # A header over two lines, its first line's titles over groups of columns (spacedheads): that
    # line in line with the columns, or out of line (a title centred between two) above them.
    head = None
    for upper in (rows[0] - 1, rows[0]):
        if 0 <= upper < rows[-1] and not prose[upper] and upper + 1 in rows \
                and (head := parents_over_titles(words[upper], cells[upper + 1], spans)) is not None:
            rows = rows[rows.index(upper + 1):]
            break
    assembled = assemble(rows, cells, wraps=label_wraps(rows, words, spans))
    if assembled is None:
        return []
    return [(upper, upper, head)] * (head is not None) + _tab_rows(assembled, words, width, spans)


def _columns(run: list[Line], wide: bool = False
             ) -> tuple[list[list[tuple[int, int, str]]], list[bool], int, list[tuple[int, int]]] | None:
    """The words of the run's lines, which of them are prose, and the columns the words line up
    into (how many, and the span of each), when they do: ``_table``'s first tests."""
    if len(run) < MIN_ROWS or not any("  " in line.text.strip() for line in run):
        return None
    words = [_words(line.text.replace("\u3000", " "), wide) for line in run]
    prose = [is_prose(line) for line in run]
    counts = Counter(len(w) for w, p in zip(words, prose) if len(w) >= MIN_COLUMNS and not p)
    if not counts:
        return None
    width = max(counts, key=lambda c: (counts[c], c))
    prose = [p and not row_with_a_comma(line.text, [t for _, _, t in w], width, _FIGURE.fullmatch)
             for line, w, p in zip(run, words, prose)]  # (改造老旧小区12个，涉及居民: a cell, spacedwraps)
    for k, w in enumerate(words):
        if len(w) > width and not prose[k] and not any(_FIGURE.fullmatch(t) for _, _, t in w):
            spread = letters_joined(w)  # 项    目    年初预算: a title's letters set apart
            words[k] = spread if len(spread) == width else w
    full = [w for w, p in zip(words, prose) if len(w) == width and not p]
    figures = sum(1 for w, p in zip(words, prose) if not p and any(_FIGURE.fullmatch(t) for _, _, t in w))
    if len(full) < MIN_ROWS or figures < 2:
        return None
    # A column spans its words in the rows that fill every column; neighbours may touch or
    # overlap by a character or two (figures set flush right against a title set flush left).
    spans = [(min(w[c][0] for w in full), max(w[c][1] for w in full)) for c in range(width)]
    if any(spans[c][1] - spans[c + 1][0] > _OVERLAP for c in range(width - 1)):
        return None  # the words do not line up into columns
    rows = [k for k, (w, p) in enumerate(zip(words, prose)) if len(w) == width and not p]
    for k in range(rows[0] + 1, rows[-1]):  # (县财政局、县市场监 / 管局 between rows: a cell's end, no signature)
        if prose[k] and words[k] and words[k][0][0] >= spans[0][1] and organ_only(run[k]):
            prose[k] = False
    return words, prose, width, spans


def _lined_up(run: list[Line], wide: bool) -> int:
    """How well the run's rows line up into columns counted so (``wide`` or not): of the rows that
    fill every column, the cells that share their column's most common left or right edge, a
    cell set flush left or flush right. A page set with Chinese characters two columns wide lines
    up exactly in that count only; counted a character a column its edges drift with the number
    of Chinese characters before them (县城污水管网改造工程 over 福寿山景区游客中心), and a line
    that wraps the header's titles (建设 over 性质) falls under the wrong columns."""
    found = _columns(run, wide)
    if found is None:
        return 0
    words, prose, width, _ = found
    full = [w for w, p in zip(words, prose) if len(w) == width and not p]
    return sum(max(max(Counter(w[c][0] for w in full).values()), max(Counter(w[c][1] for w in full).values()))
               for c in range(width))


def _both_columns(run: list[Line], wide: bool) -> list[tuple[bool, int, list[tuple[int, int]]]]:
    """The columns of a table's run as it was read (``wide`` or not), then as counted the other way
    where they line up so too: the rows on the next page may line up only one way (农林牧渔业 over
    交通运输仓储和邮政业, a longer first cell, its figures under the same display column but not the same
    character)."""
    kept = [(mode, found[2], found[3]) for mode in (wide, not wide) for found in [_columns(run, mode)] if found]
    return kept if kept and kept[0][0] == wide else []


def _continued(run: list[Line], columns: tuple[bool, int, list[tuple[int, int]], int | None]) -> list[tuple[int, int, str]]:
    """The rows a run on the next page prints of a table set with spaces whose header and first
    rows the page before printed, its columns ``columns`` (wide or not, how many, their spans):
    a page's number and running head between them, no header again (``   3     城关镇小型农田水利工程
    城关镇    125    100`` / ``   4  …``). Lines from the run's first are rows while each is no
    prose and its words stand under the columns (a line that fills every column, each word
    under its own); the first holds a figure (a header, or another table's, holds none), and the
    lines after the rows stay text."""
    wide, width, spans, number = columns
    words = [_words(line.text.replace("\u3000", " "), wide) for line in run]
    rows: list[int] = []
    for k, w in enumerate(words):
        if is_prose(run[k]) or not w or len(w) > width:
            break
        if len(w) == width and not all(overlaps([spans[m]], start, end) for m, (start, end, _) in enumerate(w)):
            break  # (the words of another table, or of text set apart by spaces)
        if len(w) < width and not all(overlaps(spans, start, end) for start, end, _ in w):
            break
        rows.append(k)
    cells = [cells_of(words[k], width, spans) for k in range(len(run))]
    lead = next((k for k in rows if cells[k][0]), None)  # (after the ends of the last row's cells: spacedwraps)
    if lead is None or any(has_figures(cells[k]) for k in rows if k < lead) \
            or not any(_FIGURE.fullmatch(t) for _, _, t in words[lead]):
        return []
    assembled = assemble(rows, cells, number, label_wraps([rows[0] - 1] + rows, words, spans) if rows else None)
    if assembled is None:
        return []
    return _tab_rows(assembled, words, width, spans)


def _tab_rows(assembled: list[tuple[int, int, list[list[str]]]], words: list[list[tuple[int, int, str]]], width: int,
              spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The assembled rows as tab rows, each label indented as printed beyond the least indented
    of the run (labelindents)."""
    texts = [[join_wrapped(parts) for parts in cells] for _, _, cells in assembled]
    starts = {first: label_starts(words[first], width, spans) for first, _, _ in assembled}
    indents = spaced_indents([(row[0], t) for row, t in zip(assembled, texts)], starts)
    return [(first, last, "\t".join(with_indent(t, n))) for (first, last, _), t, n in zip(assembled, texts, indents)]
