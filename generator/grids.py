"""Where a table's raw grid comes from: the three ways extraction tools print tables.

* tab-separated rows (``序号⇥乡镇⇥任务数（人）``), the common case;
* boxes drawn with line characters or Markdown pipes (``│序号│乡镇│``, ``| 序号 | 乡镇 |``);
* cells flattened one per line by a web-page extraction (``序号`` / ``乡镇`` / ``1`` / ``安定镇``),
  whose grid is recovered from the header's width and the row numbering.

Each function returns raw rows as printed, with the source line of every row; tables.py turns
them into a clean table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .flatcells import date_of_its_column, named_by_its_header
from .flatparts import parts_row
from .flatwraps import column_kinds, joined_by_columns
from .flatpages import (PageCues, first_row_by_the_rows_after, page_cues, page_number_among_cells, past_a_page_top,
                        page_number_in_the_last_row, rejoined_cell, page_numbers_in_the_header, total_cells)
from .furniture import is_page_mark
from .labelindents import box_labels_indented, cell_leads
from .runs import page_mark_at
from .boxmerges import merged_over_the_rules, open_cells
from .tablerows import UNIT_LINE
from .model import Line
from .normalize import fold
from .rulelines import is_border
from .yeartitles import year_titles

_PIPE_ROW = re.compile(r"\S\s*[|│｜]\s*\S")  # (web pages print │ or ｜ for a cell's edge too)
BARS = "│┃║|｜"
# The spaces before a bar taken from the start of their run only: linear in a long run.
_BOX_SPLIT = re.compile(r"(?:(?<!\s)\s++)?[│┃║|｜]\s*")


def is_box_row(text: str) -> bool:
    """A row of a drawn table: ``│序号│乡镇│``, ``| 1 | 安定镇 |`` or, without the outer pipes,
    ``序号 | 乡镇 | 任务数``."""
    if "|" not in text and "│" not in text and "┃" not in text and "║" not in text and "｜" not in text:
        return False  # (asked of every line of a body: most have no bar at all)
    stripped = text.strip()
    if len(stripped) >= 3 and stripped[0] in BARS and stripped[-1] in BARS:
        return len(_BOX_SPLIT.findall(stripped)) >= 3
    return "\t" not in stripped and len(_PIPE_ROW.findall(stripped)) >= 2


def box_cells(text: str) -> tuple[str, ...]:
    stripped = text.strip()
    parts = _BOX_SPLIT.split(stripped)
    if stripped[:1] in BARS:
        parts = parts[1:]
    if stripped[-1:] in BARS:
        parts = parts[:-1]
    return tuple(parts)


def box_rows(lines: list[Line]) -> tuple[list[tuple[str, ...]], list[int]]:
    """Rows of a drawn table. When rules separate every row, the text lines between two rules
    are one row whose cells wrapped (joined cell by cell); otherwise each line is a row."""
    groups: list[list[Line]] = [[]]
    before: list[list[str | None] | None] = [None]  # (the merged cells a partial rule over each group passes: boxmerges)
    rules_between = 0
    markdown = is_markdown_table(lines)
    for line in lines:
        if markdown and is_border(line.text):
            continue  # (| --- | under a header: no rule between rows; a header printed again has one too)
        if is_border(line.text):
            if groups[-1]:
                groups.append([])
                before.append(open_cells(line.text))
                rules_between += 1
        else:
            groups[-1].append(line)
    before = [b for b, g in zip(before, groups) if g]
    groups = [g for g in groups if g]
    rows: list[tuple[str, ...]] = []
    nos: list[int] = []
    firsts: list[Line] = []  # (each row's first line: where its label's indentation is read)
    multi = any(len(g) > 1 for g in groups) and rules_between >= len(groups) - 1 > 1
    for group in groups:
        if multi:
            cells = [box_cells(line.text) for line in group]
            width = max(len(c) for c in cells)
            merged = tuple("".join(c[k] if k < len(c) else "" for c in cells) for k in range(width))
            rows.append(merged)
            nos.append(group[0].no)
            firsts.append(group[0])
        else:
            for line in group:
                cells = box_cells(line.text)
                if rows and _wrapped_box_line(line, rows[-1], cells, markdown):
                    # a cell wrapped onto the next line of the box: the row goes on
                    rows[-1] = tuple(a + b.strip() for a, b in
                                     zip(rows[-1] + ("",) * (len(cells) - len(rows[-1])), cells))
                    continue
                rows.append(cells)
                nos.append(line.no)
                firsts.append(line)
    # (a label indented beyond the least of its column: its level, labelindents; read before the
    # merged cells are filled, whose rows print them empty: no indentation of a label's)
    rows = box_labels_indented(rows, [cell_leads(line.text) for line in firsts])
    if len(rows) == len(groups) and any(b is not None for b in before):  # (a row between each two rules)
        rows = merged_over_the_rules(rows, before)
    return rows, nos


_MARKDOWN_RULE = re.compile(r"^\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?$")


def is_markdown_table(lines: list[Line]) -> bool:
    """A Markdown table: no top rule, a row in pipes first and its alignment rule under it
    (``| 序号 | 项目名称 |`` / ``| --- | --- |``). Its rules are no rules between rows: one under
    the header printed again after a page break (``| 序号 | 项目名称 |`` / ``| --- | --- |`` over
    the next page's rows) does not make the rows between two rules one row. Every rule stands
    under the header: a grid drawn with ``+----+`` or ``|----|`` rules opens with a rule or
    rules off its rows too, whose cells wrap between two rules."""
    if len(lines) < 2 or not lines[0].text.lstrip().startswith("|") or is_border(lines[0].text) \
            or not _MARKDOWN_RULE.match(lines[1].text.strip()):
        return False
    header = lines[0].key
    return all(k > 0 and lines[k - 1].key == header and _MARKDOWN_RULE.match(lines[k].text.strip())
               for k in range(1, len(lines)) if is_border(lines[k].text))


_NUMBER_CELL = re.compile(r"[-+]?[\d,，.]+%?")


def _wrapped_box_line(line: Line, row: tuple[str, ...], cells: tuple[str, ...], markdown: bool = True) -> bool:
    """A line of a box (│…│) that holds the rest of the row above: the first cell empty, at most
    half the cells filled, each either the wrapped end of a filled cell (never a number: a number
    under a number is a row of its own, its first cells merged with the row above's) or a value
    printed under an empty cell (centred on the row's second line). A Markdown table's row
    (| … |, ``markdown``: its alignment rule under its header) never wraps; rows in ASCII pipes
    with no such rule (antiword's text of a Word table: ``|1   |城区污水管网改造工|…`` over
    ``|    |程                |…``) wrap as a box's do."""
    if (markdown and line.text.strip().startswith("|")) or cells[0].strip():
        return False
    filled = [k for k, c in enumerate(cells) if c.strip()]
    return bool(filled) and len(filled) * 2 <= len(cells) and all(
        k < len(row) and (not row[k].strip() or not _NUMBER_CELL.fullmatch(cells[k].strip())) for k in filled) \
        and any(k < len(row) and row[k].strip() for k in filled)


# --- cells one per line ---------------------------------------------------------------------

HEADER_STARTS = ("序号", "编号", "序")
MAX_WIDTH = 12
MAX_HEADER_CELL = 40


@dataclass(frozen=True, slots=True)
class FlatTable:
    rows: list[tuple[str, ...]]
    row_lines: list[int]
    end: int  # index (into the lines given) of the last line used
    uncertain: bool


def flat_table(lines: list[Line], start: int) -> FlatTable | None:
    """A table flattened one cell per line, starting at a ``序号`` line: the header is the run of
    short lines before the first line ``1``; each following row starts with the next number. The
    page's furniture among its lines (— 3 —, ·3·, the running head) is passed over."""
    if lines[start].key not in HEADER_STARTS:
        return None
    view, skipped = [], []
    for k in range(start, len(lines)):
        (view if k == start or not is_page_mark(lines[k]) else skipped).append(k)
    cues = page_cues(lines, skipped)
    pages = page_numbers_in_the_header([lines[k] for k in view], cues, MAX_WIDTH + 2)
    view = [k for n, k in enumerate(view) if n not in pages]  # (a page broke inside the header or under it)
    found = _flat_table([lines[k] for k in view], 0, cues)
    return replace(found, end=view[found.end]) if found is not None else None


def _flat_table(lines: list[Line], start: int, cues: PageCues) -> FlatTable | None:
    if lines[start].key not in HEADER_STARTS:
        return None
    width, years = None, year_titles([line.key for line in lines[start + 1:start + MAX_WIDTH + 1]])
    for k in range(1, MAX_WIDTH + 1):
        if start + k >= len(lines):
            return None
        key = lines[start + k].key
        if key == "1":
            width = k
            break
        if len(key) > MAX_HEADER_CELL or (key.isdigit() and k - 1 not in years) or "\t" in lines[start + k].text:
            return None
    if width is None or width < 2:
        return None
    keys = [line.key for line in lines[start:start + width]]
    again = width // 2 if width % 2 == 0 and width >= 4 and keys[:width // 2] == keys[width // 2:] else 0
    width -= again  # (the header printed twice over the first row: the page broke under it, and the next printed it again)
    header: list[str] = []
    for line in lines[start:start + width]:
        if header and line.key.startswith("(") and len(line.key) <= 8:
            header[-1] += line.text.strip()  # a header cell wrapped: 任务数 / （人）
        else:
            header.append(line.text.strip())
    columns, rows, nos = len(header), [tuple(header)], [lines[start].no]
    header_keys = [line.key for line in lines[start:start + width]]
    i, expected, uncertain, first = start + width + again, 1, 0, []  # (uncertain: rows not as wide as the header)
    cut: list[tuple[int, list[str]]] = []  # (rows a line wider than the header: a cell the wrap cut)
    while i < len(lines):
        if lines[i].key != str(expected):
            if expected > 1 and (parts := parts_row(lines, i, width, str(expected), rows[-1][:1] == ("",))) is not None:
                rows.append(parts)  # (其中：… / 9000 / 8800: the parts of the row above, no 序号: flatparts)
                nos.append(lines[i].no)
                i += width - 1
                continue
            break
        nxt = str(expected + 1)
        # Find the start of the next row: normally ``width`` lines on; an empty cell that the
        # extraction dropped makes it come one line early, a wrapped cell one line late.
        span = None
        after = None  # where the next row starts, past the top of the next page
        for offset in (width, width - 1, width + 1, width - 2, width + 2):
            j = i + offset
            if 1 < offset and j < len(lines) and lines[j].key == nxt:
                span = offset
                break
            top = past_a_page_top(lines, j, header_keys) if 1 < offset and j < len(lines) else None
            if top is not None and top < len(lines) and lines[top].key == nxt:
                span, after = offset, top  # (the header printed again, a unit line, over the next row)
                break
        if span is None:
            span = _span_of_a_row_without_its_figures(lines, i, width, nxt)
        if span is None:
            # last numbered row: take up to ``width`` short lines that are not a total.
            span = 1
            while span < width and i + span < len(lines) and lines[i + span].key not in ("合计", "总计") \
                    and (_cell_like(lines[i + span]) or _organ_of_its_column(lines, i + span, rows[1:], span)
                         or date_of_its_column(lines, i + span, rows[1:], span)
                         or named_by_its_header(lines, i + span, rows[0], span)):
                span += 1
            if span == columns and i + span < len(lines) and _cell_like(lines[i + span]) \
                    and lines[i + span].key not in ("合计", "总计") \
                    and page_number_in_the_last_row(lines[i:i + span + 1], rows[1 + bool(first):], columns, cues,
                                                    uncertain == bool(first)) is not None:
                span += 1  # (the page's number among its cells: its last cell on the next page)
        printed = lines[i:i + span]
        if len(printed) == columns + 1 and (x := page_number_among_cells(printed, rows[1:], columns, cues)) is not None:
            printed = printed[:x] + printed[x + 1:]  # (the page's number, bare, between two cells)
        elif span != width:
            uncertain += 1
            first = printed if expected == 1 else first  # (the first row, its page's number told by the rows after it)
        cells = [line.text.strip() for line in printed]
        while len(cells) > columns and (joined := rejoined_cell(cells)) is not cells:
            cells = joined  # (a cell the wrap cut: 城关镇（含原石门乡、 / 白沙片区）)
        if len(cells) == columns + 1:
            cut.append((len(rows), cells))  # (a cut no mark tells: by the other rows' columns, below)
        if len(cells) > columns:
            cells = cells[:columns - 1] + [" ".join(cells[columns - 1:])]
        rows.append(tuple(cells))  # a short row is placed by the shape of its cells later
        nos.append(lines[i].no)
        i = after if after is not None else i + span
        expected += 1
    if expected == 1:
        return None
    cut_rows = {r for r, _ in cut}
    read = [row for x, row in enumerate(rows) if x and x not in cut_rows]  # (the rows read whole)
    kinds = column_kinds(read, columns) if cut else None  # (once a table, not once a cut row)
    for r, cells in cut:  # (完成改造小区 / 12个 / 县住建局: joined where those rows' columns say)
        if (joined := joined_by_columns(cells, read, kinds)) is not None:
            rows[r] = tuple(joined)
    if uncertain == 1 and (again := first_row_by_the_rows_after(first, rows[2:], columns, cues)) is not None:
        rows[1], uncertain = again, 0
    # A total row: 合计 then its numbers.
    if i < len(lines) and lines[i].key in ("合计", "总计", "合 计"):
        j = i + 1
        while j < len(lines) and j - i < width and re.fullmatch(r"[\d.,%]+", lines[j].key):
            j += 1
        rows.append(total_cells(lines[i], lines[i + 1:j], rows[1:], columns, cues))
        nos.append(lines[i].no)
        i = j
    return FlatTable(rows, nos, i - 1, uncertain > 0)


def _span_of_a_row_without_its_figures(lines: list[Line], i: int, width: int, nxt: str) -> int | None:
    """The lines of a row from ``i`` that prints three or more cells fewer than the header, its
    figures left empty and dropped by the extraction (``2`` / ``松岭中学综合楼建设项目`` /
    ``县教育局`` / ``3`` under seven titles): the next row's number comes that many lines early.
    The nearest such number to where a full row would end is taken, and only past cells that
    are short and no sentence (a number among a paragraph's lines is no row's) and before a
    line that opens a row (the next row's name, not a figure)."""
    for offset in range(width - 3, 1, -1):
        j = i + offset
        if j < len(lines) and lines[j].key == nxt:
            if all(len(lines[x].key) <= MAX_HEADER_CELL and not lines[x].key.endswith("。") for x in range(i + 1, j)) \
                    and j + 1 < len(lines) and not lines[j + 1].key.isdigit():
                return offset
            return None
    return None


def _organ_of_its_column(lines: list[Line], k: int, rows: list[tuple[str, ...]], column: int) -> bool:
    """An organ's name alone on its line (``lines[k]``) after the last row's other cells that is
    the row's cell: the rows above (two or more) print an organ's name in that column (责任单位:
    县住建局, 县交通运输局 over the last row's 县卫健局). Under a column of other cells (山区,
    库区), or over a date (松岭县人民政府办公室 / 2024年3月1日), an organ's name is the text's
    again: the office that signs, under the table; so is an organ named in full under a column of
    short names (南浦县人民政府办公室 / 南浦县财政局 / 2024年8月1日, two organs signing, under 县住建局,
    县交通运输局)."""
    from .patterns import is_date_line, is_org_only
    values = [row[column] for row in rows if column < len(row) and row[column]]
    key = lines[k].key
    if len(values) < 2 or not is_org_only(key) or not all(is_org_only(fold(v)) for v in values):
        return False
    short = ("县", "市", "区", "旗", "镇", "乡", "街道")  # (a table's short names: 县住建局)
    if all(v.startswith(short) for v in values) and not key.startswith(short):
        return False
    return not (k + 1 < len(lines) and is_date_line(lines[k + 1].key))


def _cell_like(line: Line) -> bool:
    from .patterns import is_date_line, is_org_only
    return len(line.key) <= 40 and not line.key.endswith("。") and not is_org_only(line.key) \
        and not is_date_line(line.key)


def tab_cells(text: str) -> tuple[str, ...]:
    return tuple(text.split("\t"))


def box_goes_on(lines: list[Line], kinds: list[str], i: int, j: int, k: int) -> bool:
    """The box opened again at ``k`` after a page break is the one from ``i`` to ``j``: it prints
    the same header again, or rows that go on without one (a row's number first), wherever the
    page cut it: after its bottom rule and before a top rule (``└──┘`` / — 7 — / ``┌──┐``),
    between two rows or under a rule between rows (``├──┤`` / — 7 — / ``│2│…│``). A box cut right
    under its top rule (``┌──┐`` alone last on its page) or right above its bottom rule (``└──┘``
    alone first on the next) goes on too (``box_open_at_a_page_end``)."""
    first = next((x for x in range(i, j + 1) if kinds[x] == "box_row" and not is_border(lines[x].text)), None)
    again = next((x for x in range(k, len(lines)) if kinds[x] == "box_row" and not is_border(lines[x].text)), None)
    if first is None or again is None or again > _rules_end(lines, kinds, k):
        return box_open_at_a_page_end(lines, kinds, i, j, k)
    cells = [c for c in re.split(r"[│┃║|]", lines[again].key) if c]
    return _BOX_TEXT.sub("", lines[again].key) == _BOX_TEXT.sub("", lines[first].key) \
        or bool(cells and cells[0].isdigit())


def between_box_pieces(lines: list[Line], kinds: list[str], k: int) -> bool:
    """A line a page break prints between two pieces of one box: the page's furniture (— 7 —,
    the running head, 续表), its number bare where the page breaks (``7`` over the running
    head), or the table's unit printed again over its rows (``单位：万元``); whether the box
    after them goes on the one before is ``box_goes_on``'s to say."""
    return kinds[k] == "furniture" or page_mark_at(lines, k) or bool(UNIT_LINE.match(lines[k].key)) \
        or _bare_number_between_rows(lines, kinds, k)


def _bare_number_between_rows(lines: list[Line], kinds: list[str], k: int) -> bool:
    """The page's number printed bare, alone between two rows of a box or of pipes (``│1│…│`` /
    ``5`` / ``│2│…│``): no row (a row prints its bars), no text."""
    key = lines[k].key
    return 0 < k < len(lines) - 1 and key.isdigit() and len(key) <= 4 and key[0] != "0" \
        and kinds[k - 1] == "box_row" and kinds[k + 1] == "box_row"


def _rules_end(lines: list[Line], kinds: list[str], k: int) -> int:
    """The last line of the run of a box's lines from ``k``."""
    while k + 1 < len(lines) and kinds[k + 1] == "box_row":
        k += 1
    return k


def box_open_at_a_page_end(lines: list[Line], kinds: list[str], i: int, j: int, k: int) -> bool:
    """A box that a page break cut where one of its pieces holds rules only: its top rule alone
    last on a page, its rows on the next (``┌──┬──┐`` / — 7 — / running head / ``│序号│乡镇│``), or
    its rows open at a page's end (the last line a row, no bottom rule) and its bottom rule alone
    first on the next (``│2│三市镇│`` / — 8 — / ``└──┴──┘``). A box closed at a page's end and a
    rule alone after it (``└──┘`` / — 8 — / ``────``) are two things; so are a rule alone and a
    box that opens with its own top rule after a page break."""
    before = all(is_border(lines[x].text) for x in range(i, j + 1) if kinds[x] == "box_row")
    after_end = _rules_end(lines, kinds, k)
    after = all(is_border(lines[x].text) for x in range(k, after_end + 1))
    if before and not after:
        return j == i and lines[i].key[:1] in "┌╔+" and not is_border(lines[k].text)
    if after and not before:
        return not is_border(lines[j].text) and after_end == k and lines[k].key[:1] in "└╚+"
    return False


_BOX_TEXT = re.compile(r"[│┃║|\s]")
