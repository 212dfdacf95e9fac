"""A document's tables as blocks (``blocks.build_blocks``): a run of tab-separated rows, a box of
rules and bars (closed at a page's end and opened again on the next: one table), and a table
printed flat, one cell a line under its header's words."""

from __future__ import annotations

from .grids import between_box_pieces, box_goes_on, box_rows, flat_table, tab_cells
from .gridsections import caption_row_over_a_header, first_title
from .headedcells import headed_table
from .model import Block, Line
from .runs import MAX_BETWEEN_ROWS, table_run_end
from .wraps import titles_printed


def tab_table_block(lines: list[Line], kinds: list[str], i: int, blocks: list[Block]) -> int:
    """The run of tab-separated rows that opens at ``lines[i]`` appended to ``blocks`` as a table;
    the index after its last row."""
    j = table_run_end(lines, kinds, i, frozenset(titles_printed(blocks)))
    run = lines[i:j + 1]
    # (page furniture inside the run, a running head set off by a tab among it, is one cell: the
    # table drops it as such)
    rows = tuple((" ".join(x.text.split()),) if kinds[i + m] == "furniture" else tab_cells(x.text)
                 for m, x in enumerate(run))
    rows = without_indent_column(rows, [x.text for x in run])
    blocks.append(Block("table", "", lines[i].no, lines[j].no, rows=rows,
                        row_lines=tuple(x.no for x in run),
                        breaks=tuple(x.no for x in run if x.page_break),
                        furniture=tuple(x.no for m, x in enumerate(run)
                                        if x.running_head or kinds[i + m] == "furniture")))
    return j + 1


def without_indent_column(rows: tuple[tuple[str, ...], ...], texts: list[str]) -> tuple[tuple[str, ...], ...]:
    """Tab rows each opening with a tab, the header's too (``⇥序号⇥活动内容⇥责任单位``, ``⇥1⇥安全宣传咨询日⇥县应急局``:
    Apache Tika's text of a web page's or a document's table, a tab before every cell) without that
    first cell, empty in every row: it is the extractor's indent, no column (read as one, the table
    had a column titled 列1 and nothing in it). Rows of one cell (the page's furniture) are left
    as they are; a table with a word in its first column anywhere keeps it."""
    if not texts or texts[0][:1] != "\t":
        return rows  # (the first row asked first: most tables open with a word)
    if not all(text[:1] == "\t" for text, row in zip(texts, rows) if len(row) > 1):
        return rows
    return tuple(row[1:] if len(row) > 1 else row for row in rows)


def box_block(lines: list[Line], kinds: list[str], i: int, blocks: list[Block]) -> int:
    """The box of rules and bars that opens at ``lines[i]`` appended to ``blocks`` as a table (a
    rule when it holds no cell); the index after its last line."""
    n = len(lines)
    j = i
    top = first_title(lines, kinds, i)  # (a caption's row over a header opening so: another table, gridsections)
    while True:
        while j + 1 < n and kinds[j + 1] == "box_row" \
                and not (top and j > i + 1 and caption_row_over_a_header(lines, kinds, j + 1, top)):
            j += 1
        k = j + 1
        while k < n and k - j <= MAX_BETWEEN_ROWS + 1 and between_box_pieces(lines, kinds, k):
            k += 1  # the box closed at a page's end and opened again on the next: one table
            # (its number, the running head, 续表 and the unit: one line more than between rows)
        if k > j + 1 and k < n and kinds[k] == "box_row" and box_goes_on(lines, kinds, i, j, k):
            j = k
            continue
        break
    rows, nos = box_rows([lines[x] for x in range(i, j + 1) if kinds[x] == "box_row"])
    if rows:
        blocks.append(Block("table", "", lines[i].no, lines[j].no, rows=tuple(rows), row_lines=tuple(nos), marker="box"))
    else:  # rules without cells: a horizontal rule (Markdown ---, a line of ═)
        blocks.append(Block("rule", "", lines[i].no, lines[j].no))
    return j + 1


def flat_table_block(lines: list[Line], i: int, blocks: list[Block]) -> int | None:
    """The table printed flat under the header's words at ``lines[i]`` appended to ``blocks``, and
    the index after it; None when no such table opens there."""
    flat = flat_table(lines, i)
    if flat is None:
        return None
    marker = "flat-uncertain" if flat.uncertain else "flat"
    blocks.append(Block("table", "", lines[i].no, lines[flat.end].no, rows=tuple(flat.rows),
                        row_lines=tuple(flat.row_lines), marker=marker))
    return flat.end + 1


__all__ = ["box_block", "flat_table_block", "headed_table_block", "tab_table_block", "without_indent_column"]


def headed_table_block(lines: list[Line], i: int, blocks: list[Block]) -> int | None:
    """The table printed one cell a line under a header of column names at ``lines[i]``, no 序号
    (``headedcells``), appended to ``blocks``, and the index after it; None when none opens there."""
    found = headed_table(lines, i)
    if found is None:
        return None
    rows, firsts, end = found
    blocks.append(Block("table", "", lines[i].no, lines[end].no, rows=tuple(rows),
                        row_lines=tuple(lines[k].no for k in firsts), marker="flat"))
    return end + 1
