"""Tables: from the raw grid of a table block to the table a careful reader sees.

Rules, in the order they apply to a table's rows (a grid of names alone, or a form of labels
beside blanks, is read as it is printed first: namelists, forms):

* the header is the first row (two rows when the first has merged cells and the second names the
  parts, a merged title printed in each cell it spans too; three when the second names groups of
  the third's: tablerows); merged cells give their title to the columns they span, made unique;
* a row equal to the header (any spacing, an extra empty cell) is the header repeated after a
  page break: dropped, and remembered as a page break;
* a short line that is not a row (``县政府文件``, ``— 12 —``) is page furniture: dropped;
* a first row with only its first cell over the header (``2023年度县级重点工程项目表⇥⇥⇥``) is
  the caption printed in the grid;
* a row with only its first cell, numbered like a heading (``（一）实施…工程``), is a group: its
  text becomes the value of a grouping column for the rows after it (a group's parts, （一） under
  一、, a second column: tablegroups);
* a 合计/总计 row (the word in any cell) is the table's total, kept apart and checked against
  the column sums (a 合计 with rows or another total after it closed a group: a subtotal, and so
  the last when it adds the last group's rows only: grouptotals); 小计 rows are subtotals, kept
  out of the data; a unit line (单位：人, in the grid, right above it or at the caption's end) is
  the table's unit, kept apart;
* a line without tabs between rows is page furniture (page numbers, running heads, 续表), a
  group heading, or the tail of a cell wrapped onto a line of its own (joined back);
* a row printed with a cell missing or an extra empty cell is aligned by the shape of the
  columns (numbers, numbering, dates, lengths);
* a row whose first cell is empty continues the row before it: right after a page break its
  cells are the rest of the cut row's cells (joined), as are cells visibly cut by the wrap
  (``2024年12`` / ``月底前``, ``县生态环境`` / ``局``; printed with their leading tabs or not);
  otherwise the empty leading cells are a merged cell spanning rows, and take the value of the
  row above (or of the group's middle row, where its name is centred: centredcells).

Cells keep their printed text with extraction markup removed and whitespace inside Chinese text
removed; numbers are untouched. Every row has as many cells as there are columns.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache

from .columns import (align, check_total, column_key, infer_type, names_total, profile, total_printed_first,
                      total_word, with_keys)
from .model import Attachment, Block, Diagnostic
from .slotstate import tuple_state
from .forms import form_cells, is_form_grid
from .namelists import heads_names, name_columns, name_grid
from .tablegroups import (Path, enter_group, group_beside_an_empty_number, group_cells, is_group_with_sums,
                          is_numeral_group_with_sums, may_name_a_group, rows_numbered)
from .normalize import fold
from .rowcuts import fit_row, rejoin_cut_rows, row_step, second_half_alone, side_by_side
from .tablerows import (
    FORM_LINE, TAIL_STARTS, caption_and_unit, cell, closed_by_tabs, first_filled, column_titles, furniture_text,
    has_merged_parent, past_page_furniture, is_form_line, is_group, is_header_part, is_numbered_group, is_unit_row,
    is_units_row, join_cells, looks_like_header, repeats_header, wrapped_percent, table_width,
    spanned_by_repeats, third_header_row, trimmed, two_levels_as_one, unit_of, wrapped_cell, wraps_header,
)
from .regiontotals import whole_region_total
from .headerunits import units_under_a_wrap
from .headerlevels import title_over_parts
from .centredcells import centred_names, name_between_rows, names_between
from .subrows import join_parts_marks, label_indent, label_indents, merged_down
from .grouptotals import closes_the_last_group
from .tablecontext import caption_row, table_context
from .rowjoins import completes_row, continues_row, cut_cells_row, shifted_cut_cells, wrapped_row
from .headeragain import header_keys, printed_again

TOTAL_WORDS = ("合计", "总计", "总合计", "全县合计", "全市合计", "全区合计")
SUBTOTAL_WORDS = ("小计",)


@tuple_state
@dataclass(frozen=True, slots=True)
class Column:
    key: str
    title: str
    type: str

    def to_dict(self) -> dict:
        return {"key": self.key, "title": self.title, "type": self.type}


@tuple_state
@dataclass(frozen=True, slots=True)
class Table:
    id: str
    caption: str | None
    attachment: int | None
    columns: tuple[Column, ...]
    rows: tuple[tuple[str | None, ...], ...]
    total: tuple[str | None, ...] | None
    first: int
    last: int
    dropped: tuple[tuple[int, str], ...] = field(default=())
    unit: str | None = None  # the table's unit as printed (单位：万元 → 万元)
    unit_line: int | None = None  # the line that prints it (in the grid, or a line above it)

    def unit_in_grid(self) -> bool:
        """The unit is printed among the table's lines (a reading of the body that shows the
        lines above the table as text shows it with the table)."""
        return self.unit is not None and self.unit_line is not None and self.first <= self.unit_line <= self.last

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "caption": self.caption,
            "unit": self.unit,
            "attachment": self.attachment,
            "columns": [c.to_dict() for c in self.columns],
            "rows": [list(r) for r in self.rows],
            "total": list(self.total) if self.total is not None else None,
            "shape": [len(self.rows), len(self.columns)],
            "lines": [self.first, self.last],
            "dropped": [{"line": no, "reason": why} for no, why in self.dropped],
        }


def assemble_tables(doc_id: str, blocks: tuple[Block, ...], attachments: tuple[Attachment, ...]
                    ) -> tuple[tuple[Block, ...], tuple[Table, ...], list[Diagnostic]]:
    tables: list[Table] = []
    diagnostics: list[Diagnostic] = []
    out_blocks = list(blocks)
    for index, block in enumerate(blocks):
        if block.kind != "table" or not block.rows:
            continue
        table_id = f"{doc_id}-t{len(tables) + 1:02d}"
        caption, attachment, unit = table_context(blocks, index, attachments)
        table, diags = build_table(table_id, block, caption, attachment, unit)
        if table is None:
            continue
        tables.append(table)
        diagnostics.extend(diags)
        out_blocks[index] = replace(block, table=table_id)
    return tuple(out_blocks), tuple(tables), diagnostics


def _text_table(table_id: str, block: Block, caption: str | None, attachment: int | None, titles: list[str],
                data: tuple, dropped: list[tuple[int, str]], unit: tuple[str, int] | None = None) -> Table:
    """A table of text columns without a total, as printed: a list of names, a form."""
    columns = tuple(with_keys([Column("", t, "string") for t in titles]))
    return Table(table_id, caption, attachment, columns, data, None, block.first, block.last, tuple(dropped),
                 *(unit or (None, None)))


def build_table(table_id: str, block: Block, caption: str | None, attachment: int | None,
                unit: tuple[str, int] | None = None) -> tuple[Table | None, list[Diagnostic]]:
    """The table of a table block; ``caption``, ``attachment`` and ``unit`` (what it says, its line) as given."""
    diags: list[Diagnostic] = []
    raw = [list(r) for r in block.rows]
    if closed_by_tabs(raw):  # (every row closed by a tab: the tab ends it, no empty last column)
        raw = [r[:-1] if len(r) > 1 else r for r in raw]
    nos = list(block.row_lines or [block.first] * len(raw))
    rows = [list(map(cell, r)) for r in raw]
    single = [len(r) == 1 for r in raw]  # a line without tabs inside the table
    dropped: list[tuple[int, str]] = []
    breaks = set(block.breaks)

    # Lines before the header: a unit line (单位：人), a form's line (填报单位：…⇥单位：万元).
    first = 0
    while first < len(rows) and (is_unit_row(rows[first]) or is_form_line(rows[first])):
        dropped.append((nos[first], "unit"))
        beside = [v for v in rows[first] if v and not FORM_LINE.match(fold(v))]
        caption = beside[0] if len(beside) == 1 else caption  # the caption printed beside the unit
        said = next(filter(None, map(unit_of, filter(None, rows[first]))), None)
        unit = (said, nos[first]) if said else unit
        first += 1
    if first == len(rows):
        return None, diags
    if (names := name_grid(rows[first:], caption is not None and heads_names(fold(caption)))) is not None:
        # 王建国⇥李娟⇥张志强 / 赵丽华⇥孙伟⇥…: a list of names set out in columns, no header
        return _text_table(table_id, block, caption, attachment, *name_columns(names), dropped, unit), diags
    if is_form_grid(rows[first:]):
        # 姓名⇥⇥性别⇥⇥ / 申请事项 / …审核意见⇥⇥⇥（盖章）: a form to fill in, kept as printed
        diags.append(Diagnostic("table-form", "info", f"{table_id}: a form to fill in (labels beside blanks): "
                                "its lines are kept as rows, columns numbered", nos[first], None))
        return _text_table(table_id, block, caption, attachment, *form_cells(rows[first:]), dropped), diags
    if caption_row(rows, single, first):
        # 2023年度县级重点工程项目表⇥⇥⇥ over the header: the caption printed in the grid's first row
        caption = caption or rows[first][0]
        dropped.append((nos[first], "caption"))
        first += 1

    header: list[str | None] = []
    header2: list[str | None] = []
    levels: tuple = ()  # (the first two rows of a header of three levels, as printed)
    wrapped = False  # the second header row wraps the first's titles
    start = first
    if not single[first] and (looks_like_header(rows[first]) or first + 1 < len(rows) and not single[first + 1]
                              and title_over_parts(rows[first], rows[first + 1])):  # (申请人情况 alone over its parts)
        header = rows[first]
        start = first + 1
        second = past_page_furniture(rows, single, start)  # (a page may break between the two)
        if second < len(rows) and not single[second] and is_header_part(rows[second]):
            rows[second], third = units_under_a_wrap(rows, single, second)  # (农村公路 / （公里）: a third line)
            if (spans := spanned_by_repeats(header, rows[second])) is not None:  # (收入⇥收入 over 预算数⇥执行数)
                levels, (header, rows[second]) = (header, rows[second]), spans
            wrapped = wraps_header(header, rows[second]) or (third and not has_merged_parent(header, rows[second]))
            if wrapped or has_merged_parent(header, rows[second]) or is_units_row(rows[second]):
                dropped += [(nos[k], "page-furniture") for k in range(start, second)]
                header2 = rows[second]
                start = second + 1 + third
                if start < len(rows) and not single[start] and third_header_row(header2, rows[start]):
                    levels = (header, header2)  # (a header of three levels: the first two as one)
                    header, header2, start = two_levels_as_one(header, header2), rows[start], start + 1
        elif start < len(rows) and single[start] and any(header) \
                and wrapped_percent(header[last := max(c for c, title in enumerate(header) if title)], rows[start][0]):
            # 指标⇥绝对数⇥比上年增长 over （%） alone: the last title wrapped, its unit on a line of its own
            header2 = [None] * last + [rows[start][0]]
            start += 1
    else:
        diags.append(Diagnostic("table-no-header", "info",
                                f"{table_id}: the table prints no header row; columns are numbered",
                                nos[first], " | ".join(c or "" for c in rows[first])[:80]))

    body = [r for k, r in enumerate(rows[start:], start=start) if not single[k]]
    width = max(table_width(header, body), trimmed(header2)) if header2 else table_width(header, body)
    data_width = table_width([], body)
    if header and data_width > width:
        # The rows are wider than the header: its first title spans the extra columns
        # (工作任务 over both the group and the task). Give it the span it was printed with.
        extra = data_width - width
        header = header[:1] + [None] * extra + header[1:]
        if header2:
            header2 = header2[:1] + [None] * extra + header2[1:]
        diags.append(Diagnostic("table-header-narrower", "info",
                                f"{table_id}: the rows have {data_width} cells but the header "
                                f"{width}; its first title is taken to span {extra + 1} columns",
                                nos[first], " | ".join(c or "" for c in header if c)[:80]))
        width = data_width
    titles = column_titles(header, header2, width, wrapped)
    # (2 in a table printed double-spaced: its blank lines are no page breaks; its rows only, the
    # page furniture among them aside)
    step = row_step([no for no, alone in zip(nos, single) if not alone])
    rejoin_cut_rows(rows, single, nos, start, width, step)  # (1⇥就业⇥…就业困难人员 over 实现就业300人⇥县人社局)
    join_parts_marks(rows, single, start)  # (其中： alone over 农副食品加工业⇥21⇥38.2: subrows)
    # Which of the body's rows print the header again; each one's first cell folded, which
    # repeats_header compares first (to the header's: ``top``).
    again, firsts = printed_again(rows, single, start, header_keys(header, header2, levels))
    top = fold(first_filled(header) or "") if header else None
    # The columns' shapes are asked only for a row not as wide as the table (align gives a row
    # of the table's width back as it is): worked out once, at the first such row (the rows are
    # not changed by the loop below, which copies those it keeps).
    @cache
    def shapes() -> list | None:
        return profile([rows[k] for k in again if len(rows[k]) == width and not again[k]], width)

    data: list[list[str | None]] = []
    data_lines: list[int] = []
    groups: list[Path] = []
    between: dict[int, str] = {}  # (a name alone between two rows: the row under it)
    group: Path = ()
    total: list[str | None] | None = None
    total_no = 0  # (the line of the last 合计 read)
    page_break = False
    last = start
    for k in range(start, len(rows)):
        cells = rows[k]
        no = nos[k]
        if (k > start and no - nos[k - 1] > step) or no in breaks:
            page_break = True
        if single[k]:
            value = cells[0]
            if value is None:
                continue
            if no in block.furniture:  # (a section's running head first on the page: sectionheads)
                dropped.append((no, "page-furniture"))
                page_break = True
            elif is_group([value], width):
                group = enter_group(group, value)
            elif is_unit_row(cells):
                dropped.append((no, "unit"))
            elif again.get(k - 1) and header2 and header2[-1] == value:
                dropped.append((no, "repeated-header"))  # the header printed again with its unit under it
            elif data and no == nos[k - 1] + step and name_between_rows(value, rows[last][0], rows[k + 1]
                                                                       if k + 1 < len(rows) and not single[k + 1] else None):
                between[len(data)] = value  # (社会事业 alone between two rows: centred on its group's, centredcells)
            elif data and not furniture_text(value) and (
                    no == nos[k - 1] + step or (len(value) <= 4 and value[:1] in TAIL_STARTS)):
                prev = data[-1]
                target = wrapped_cell(prev, value)
                prev[target] = cell(f"{prev[target] or ''}{value}")
            else:
                dropped.append((no, "page-furniture"))
                page_break = True
            continue
        if header and (again[k] or (firsts[k] == top and repeats_header(cells, header))):
            dropped.append((no, "repeated-header"))
            page_break = True
            continue
        if may_name_a_group(cells):  # (asked first: most rows name no group)
            if is_group(cells, width) or (group_beside_an_empty_number(cells, width) and rows_numbered(rows[start:])):
                group = enter_group(group, cells[0] or cells[1])  # (⇥一、平原乡镇 over rows numbered 1, 2…: cells[1])
                continue
            if is_numbered_group(cells, width) and k + 1 < len(rows) and rows[k + 1] \
                    and rows[k + 1][0] is not None and rows[k + 1][0].isdigit():
                # 一⇥基础设施类 over rows numbered 1, 2…: the group's numeral in the 序号 column
                group = enter_group(group, f"{cells[0]} {cells[1]}")
                continue
            if is_group_with_sums(cells, width) and rows_numbered(rows[start:]):  # 一、县道提质改造⇥⇥26.7⇥8010 over rows 1, 2…
                group = enter_group(group, cells[0])
                dropped.append((no, "subtotal"))
                continue
            if is_numeral_group_with_sums(cells, width) and rows_numbered(rows[start:]) and k + 1 < len(rows) \
                    and rows[k + 1] and rows[k + 1][0] is not None and rows[k + 1][0].isdigit():
                group = enter_group(group, f"{cells[0]} {cells[1]}")  # 一⇥产业发展⇥1,260⇥800 over rows 1, 2…
                dropped.append((no, "subtotal"))
                continue
        shifted = shifted_cut_cells(data[-1], cells, width) if data and not page_break else None
        if shifted is not None:  # 设施建设⇥月底前⇥局: the rest of the row above's cells, the leading tabs lost
            join_cells(data[-1], shifted, cut=True)
            continue
        aligned = align(cells, width, shapes()) if len(cells) != width else cells
        if aligned is not cells:
            diags.append(Diagnostic("table-row-realigned", "info",
                                    f"{table_id}: a row printed with {trimmed(cells)} cells for "
                                    f"{width} columns was aligned by the shape of its cells", no,
                                    " | ".join(c for c in cells if c)[:80]))
            cells = aligned
        if not any(cells):
            dropped.append((no, "empty-row"))
            continue
        if is_group(cells, width):
            group = enter_group(group, cells[0])
            continue
        # The words of a total or a subtotal, all with 计: a cell without it (or a character
        # reference, &#35745;) folds to none of them (no compatibility character folds to 计).
        said = {total_word(fold(c)) for c in cells if c and ("计" in c or "&" in c)}
        if not said.isdisjoint(TOTAL_WORDS) or (said and names_total(said) and (
                k == len(rows) - 1 or (not data and total is None and total_printed_first(rows, k)))):
            if total is not None:  # (a 合计 under rows or a total after it closed a group: grouptotals)
                dropped.append((total_no, "subtotal"))
            total, total_no = cells, no
            continue
        if not said.isdisjoint(SUBTOTAL_WORDS):
            dropped.append((no, "subtotal"))
            continue
        if cells[0] is None and data:
            joined = (page_break and continues_row(data[-1], cells, data[:-1])) or wrapped_row(data[-1], cells) \
                or completes_row(data[-1], cells)
            if joined or cut_cells_row(data[-1], cells):  # (⇥⇥设施建设⇥月底前⇥局: cells cut by the wrap)
                join_cells(data[-1], cells, cut=not joined)
                page_break = False
                continue
            if not second_half_alone(titles, cells):  # (⇥⇥四、农林水支出⇥59000: an account's other side alone)
                cells = merged_down(data[-1], cells,  # (a merged cell; not a number over 其中: subrows)
                                    label_indent(block.rows[k]) > label_indent(block.rows[last]))
        last = k  # (the raw row of the last data row)
        data.append(list(cells))
        data_lines.append(no)
        groups.append(group)
        page_break = False

    printed = {nos[k]: rows[k][0] for k in range(start, len(rows))}
    if not names_between(data, data_lines, printed, between):
        for r, value in between.items():  # (no groups so: the end of a cell wrapped onto a line of its own)
            prev, target = data[r - 1], wrapped_cell(data[r - 1], value)
            prev[target] = cell(f"{prev[target] or ''}{value}")
        centred_names(data, data_lines, printed, [n for n, why in dropped if why == "subtotal"])  # (类别 on its group's middle row)
    # Every row as wide as the header.
    for r, cells in enumerate(data):
        data[r] = fit_row(cells, width, table_id, data_lines[r], diags)
    if total is not None:
        total = fit_row(total, width, table_id, block.last, diags)
        if closes_the_last_group(titles, data, data_lines, total, [n for n, why in dropped if why == "subtotal"]):
            dropped.append((total_no, "subtotal"))  # (no grand total: the last 合计 is its group's)
            total = None

    if (halves := side_by_side(titles, data, total, [p or None for p in groups])) is not None:
        titles, data, _ = halves  # 序号⇥名称⇥序号⇥名称: one list printed in two halves
        groups = [() for _ in data]
    columns = [Column("", t, infer_type([row[c] for row in data], t)) for c, t in enumerate(titles)]
    named, cells = group_cells(groups)  # (分组, and 子分组 when the groups have parts)
    if named:
        columns[:0] = [Column("", t, "string") for t in named]
        data = [g + row for g, row in zip(cells, data)]
        if total is not None:
            total = [None] * len(named) + total
    columns = with_keys(columns)
    if total is None and (k := whole_region_total(columns, data)) is not None:
        total = data.pop(k)  # (全县 over or under the towns' rows, their sums: regiontotals)
        data_lines.pop(k)

    if total is not None:
        diags.extend(check_total(table_id, columns, data, total, block.last,  # (levels by indentation: subrows)
                                 label_indents(block.rows, block.row_lines, data_lines)))
    if block.marker == "flat-uncertain":
        diags.append(Diagnostic("table-grid-uncertain", "warning",
                                f"{table_id}: cells printed one per line did not all fall into "
                                f"rows of {width}; some rows were realigned by their numbering",
                                block.first, None))
    if caption is not None and unit is None:
        caption, said = caption_and_unit(caption)  # 2023年财政收支情况表　单位：万元
        unit = (said, None) if said else None
    table = Table(table_id, caption, attachment, tuple(columns),
                  tuple(tuple(r) for r in data), tuple(total) if total is not None else None,
                  block.first, block.last, tuple(dropped), *(unit or (None, None)))
    return table, diags


__all__ = ["Column", "Table", "assemble_tables", "build_table", "cell", "column_key"]
