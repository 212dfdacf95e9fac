"""Tables: from the raw grid of a table block to the table a careful reader sees.

Rules, in the order they apply to a table's rows:

* the header is the first row (two rows when the first has merged cells and the second names
  the parts); merged cells give their title to the columns they span; titles are made unique;
* a row equal to the header (any spacing, an extra empty cell) is the header repeated after a
  page break: dropped, and remembered as a page break;
* a short line that is not a row (``县政府文件``, ``— 12 —``) is page furniture: dropped;
* a row with only its first cell, numbered like a heading (``（一）实施…工程``), is a group: its
  text becomes the value of a grouping column for the rows after it;
* a 合计/总计 row (the word in any cell) is the table's total, kept apart and checked against
  the column sums; 小计 rows are subtotals, kept out of the data; a unit line (单位：人) is dropped;
* a line without tabs between rows is page furniture (page numbers, running heads, 续表), a
  group heading, or the tail of a cell wrapped onto a line of its own (joined back);
* a row printed with a cell missing or an extra empty cell is aligned by the shape of the
  columns (numbers, numbering, dates, lengths);
* a row whose first cell is empty continues the row before it: right after a page break its
  cells are the rest of the cut row's cells (joined); otherwise the empty leading cells are a
  merged cell spanning rows, and take the value of the row above.

Cells keep their printed text with extraction markup removed and whitespace inside Chinese text
removed; numbers are untouched. Every row has as many cells as there are columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .columns import (GROUP_COLUMN, _INT, _NUMBERED, align, check_total, column_key, infer_type, profile,
                      with_keys)
from .model import Attachment, Block, Diagnostic
from .normalize import fold, join_wrapped, squeeze, strip_markup
from .patterns import numbering

TOTAL_WORDS = ("合计", "总计", "总合计", "全县合计", "全市合计", "全区合计")
SUBTOTAL_WORDS = ("小计",)
HEADER_CELL_MAX = 24


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    title: str
    type: str

    def to_dict(self) -> dict:
        return {"key": self.key, "title": self.title, "type": self.type}


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

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "caption": self.caption,
            "attachment": self.attachment,
            "columns": [c.to_dict() for c in self.columns],
            "rows": [list(r) for r in self.rows],
            "total": list(self.total) if self.total is not None else None,
            "shape": [len(self.rows), len(self.columns)],
            "lines": [self.first, self.last],
            "dropped": [{"line": no, "reason": why} for no, why in self.dropped],
        }


_NAME_END = re.compile(r"(?:公司|集团|局|厂|院|中心|站|所|部|办|委|社|行|店|会|队|馆|场|园|镇|乡|街道|"
                       r"村|社区|单位|学校|中学|小学|医院|政府|办事处)$")


def cell(text: str) -> str | None:
    """A cell as printed: markup removed; whitespace inside Chinese text removed, except the
    space that separates the names of a list (``湖南向荣新能源科技有限公司 永州市东润电气有限公司``)."""
    if text.isalnum():
        return text  # a word or a number: nothing to remove (the common cell)
    plain = strip_markup(text)
    tokens = plain.split()
    if len(tokens) >= 2 and all(len(t) >= 4 and _NAME_END.search(t) for t in tokens[:-1]) \
            and _NAME_END.search(tokens[-1]):
        return " ".join(tokens)
    value = squeeze(plain)
    return value or None


def assemble_tables(doc_id: str, blocks: tuple[Block, ...], attachments: tuple[Attachment, ...]
                    ) -> tuple[tuple[Block, ...], tuple[Table, ...], list[Diagnostic]]:
    tables: list[Table] = []
    diagnostics: list[Diagnostic] = []
    out_blocks = list(blocks)
    for index, block in enumerate(blocks):
        if block.kind != "table" or not block.rows:
            continue
        table_id = f"{doc_id}-t{len(tables) + 1:02d}"
        caption, attachment = _context(blocks, index, attachments)
        table, diags = build_table(table_id, block, caption, attachment)
        if table is None:
            continue
        tables.append(table)
        diagnostics.extend(diags)
        out_blocks[index] = replace(block, table=table_id)
    return tuple(out_blocks), tuple(tables), diagnostics


def _context(blocks: tuple[Block, ...], index: int, attachments: tuple[Attachment, ...]
             ) -> tuple[str | None, int | None]:
    """Caption: the heading, attachment title or short line right above the table.
    Attachment: the number of the attachment section the table stands in."""
    caption = None
    if index > 0:
        prev = blocks[index - 1]
        if prev.kind == "attachment" and prev.text:
            caption = prev.text
        elif prev.kind in ("heading", "list_item") and len(fold(prev.text)) <= 60:
            caption = squeeze(prev.text)
        elif prev.kind == "paragraph" and len(fold(prev.text)) <= 50 and not fold(prev.text).endswith(
                ("。", ";", ":")):
            caption = squeeze(prev.text)
    attachment = None
    line = blocks[index].first
    for att in attachments:
        if att.first is not None and att.first <= line <= (att.last or line):
            attachment = att.number if att.number is not None else 1
    if caption is None and attachment is not None:
        att = next((a for a in attachments if a.number == attachment or
                    (a.number is None and attachment == 1)), None)
        caption = att.title if att else None
    return caption, attachment


_NUMERIC = re.compile(r"[+-]?\d+(?:\.\d+)?%?")
_YEAR_MONTH = re.compile(r"\d{4}年\d{1,2}月")


def _is_numeric(value: str) -> bool:
    return bool(_NUMERIC.fullmatch(value))


def _looks_like_header(cells: list[str | None]) -> bool:
    """Titles, not data: mostly short, no numbers, no sentences, no dates."""
    values = [c for c in cells if c]
    if len(values) < 2 or (cells[0] and _is_numeric(cells[0])):
        return False
    if any("。" in v or "，" in v or _YEAR_MONTH.search(v) for v in values):
        return False
    short = [v for v in values if len(v) <= HEADER_CELL_MAX and not _is_numeric(v)]
    return len(short) * 2 >= len(values) + 1


def _key_of(cells) -> str:
    return "|".join(fold(c) for c in cells if c)


def build_table(table_id: str, block: Block, caption: str | None, attachment: int | None
                ) -> tuple[Table | None, list[Diagnostic]]:
    diags: list[Diagnostic] = []
    raw = [list(r) for r in block.rows]
    nos = list(block.row_lines or [block.first] * len(raw))
    rows = [[cell(c) for c in r] for r in raw]
    single = [len(r) == 1 for r in raw]  # a line without tabs inside the table
    dropped: list[tuple[int, str]] = []
    breaks = set(block.breaks)

    # Lines before the header: a unit line (单位：人), a form's line (填报单位：…⇥单位：万元).
    first = 0
    while first < len(rows) and (_is_unit_row(rows[first]) or _is_form_line(rows[first])):
        dropped.append((nos[first], "unit"))
        beside = [v for v in rows[first] if v and not _FORM_LINE.match(fold(v))]
        caption = caption or (beside[0] if len(beside) == 1 else None)  # the caption beside the unit
        first += 1
    if first == len(rows):
        return None, diags

    header: list[str | None] = []
    header2: list[str | None] = []
    start = first
    if not single[first] and _looks_like_header(rows[first]):
        header = rows[first]
        start = first + 1
        if start < len(rows) and not single[start] and _is_header_part(rows[start]) \
                and (_has_merged_parent(header, rows[start]) or _is_units_row(rows[start])):
            header2 = rows[start]
            start += 1
    else:
        diags.append(Diagnostic("table-no-header", "info",
                                f"{table_id}: the table prints no header row; columns are numbered",
                                nos[first], " | ".join(c or "" for c in rows[first])[:80]))

    body = [r for k, r in enumerate(rows[start:], start=start) if not single[k]]
    width = max(_width(header, body), _trimmed(header2)) if header2 else _width(header, body)
    data_width = _width([], body)
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
    titles = _titles(header, header2, width)
    header_keys = {_key_of(header)} if header else set()
    if header2:
        header_keys.add(_key_of(header2))

    # Which of the body's rows print the header again (a row's whole key is folded only when
    # a header's key starts as the row does).
    def prints_header(cells: list[str | None]) -> bool:
        first = fold(next((c for c in cells if c), ""))
        return any(key.startswith(first) for key in header_keys) and _key_of(cells) in header_keys

    again = {k: prints_header(rows[k]) for k in range(start, len(rows)) if not single[k]}
    shapes = profile([rows[k] for k in again if len(rows[k]) == width and not again[k]], width)

    data: list[list[str | None]] = []
    data_lines: list[int] = []
    groups: list[str | None] = []
    group: str | None = None
    total: list[str | None] | None = None
    page_break = False
    for k in range(start, len(rows)):
        cells = rows[k]
        no = nos[k]
        if (k > start and no - nos[k - 1] > 1) or no in breaks:
            page_break = True
        if single[k]:
            value = cells[0]
            if value is None:
                continue
            if _is_group([value], width):
                group = value
            elif _is_unit_row(cells):
                dropped.append((no, "unit"))
            elif data and not _furniture_text(value) and (
                    no == nos[k - 1] + 1 or (len(value) <= 4 and value[:1] in _TAIL_STARTS)):
                prev = data[-1]
                target = _wrapped_cell(prev, value)
                prev[target] = cell(f"{prev[target] or ''}{value}")
            else:
                dropped.append((no, "page-furniture"))
                page_break = True
            continue
        if header and (again[k] or _repeats_header(cells, header)):
            dropped.append((no, "repeated-header"))
            page_break = True
            continue
        if _is_group(cells, width):
            group = cells[0]
            continue
        if _is_numbered_group(cells, width) and k + 1 < len(rows) and rows[k + 1] \
                and rows[k + 1][0] is not None and rows[k + 1][0].isdigit():
            # 一⇥基础设施类 over rows numbered 1, 2…: the group's numeral in the 序号 column
            group = f"{cells[0]} {cells[1]}"
            continue
        aligned = align(cells, width, shapes)
        if aligned is not cells:
            diags.append(Diagnostic("table-row-realigned", "info",
                                    f"{table_id}: a row printed with {_trimmed(cells)} cells for "
                                    f"{width} columns was aligned by the shape of its cells", no,
                                    " | ".join(c for c in cells if c)[:80]))
            cells = aligned
        if not any(cells):
            dropped.append((no, "empty-row"))
            continue
        if _is_group(cells, width):
            group = cells[0]
            continue
        if any(fold(c).rstrip(":") in TOTAL_WORDS for c in cells if c):
            total = cells
            continue
        if any(fold(c).rstrip(":") in SUBTOTAL_WORDS for c in cells if c):
            dropped.append((no, "subtotal"))
            continue
        if cells[0] is None and data:
            if (page_break and _continues_row(data[-1], cells)) or _wrapped_row(data[-1], cells):
                _join_cells(data[-1], cells)
                page_break = False
                continue
            prev = data[-1]
            lead = 0
            while lead < len(cells) and cells[lead] is None and lead < len(prev):
                lead += 1
            cells = prev[:lead] + cells[lead:]
        data.append(list(cells))
        data_lines.append(no)
        groups.append(group)
        page_break = False

    # Every row as wide as the header.
    for r, cells in enumerate(data):
        data[r] = _fit(cells, width, table_id, data_lines[r], diags)
    if total is not None:
        total = _fit(total, width, table_id, block.last, diags)

    columns = [Column("", t, infer_type([row[c] for row in data])) for c, t in enumerate(titles)]
    if any(g is not None for g in groups):
        columns.insert(0, Column("", GROUP_COLUMN, "string"))
        data = [[g] + row for g, row in zip(groups, data)]
        if total is not None:
            total = [None] + total
    columns = with_keys(columns)

    if total is not None:
        diags.extend(check_total(table_id, columns, data, total, block.last))
    if block.marker == "flat-uncertain":
        diags.append(Diagnostic("table-grid-uncertain", "warning",
                                f"{table_id}: cells printed one per line did not all fall into "
                                f"rows of {width}; some rows were realigned by their numbering",
                                block.first, None))
    table = Table(table_id, caption, attachment, tuple(columns),
                  tuple(tuple(r) for r in data), tuple(total) if total is not None else None,
                  block.first, block.last, tuple(dropped))
    return table, diags


_UNIT_ROW = re.compile(r"^(?:计量)?单位[:：]")
# What a form prints above its table besides the unit: who filled it in and when.
_FORM_LINE = re.compile(r"^(?:(?:计量)?单位|填报单位|填表单位|制表单位|填报日期|填表日期|填报时间|统计时间)[:：]")
# A unit printed under a header's title, on a line of its own: （人）, （万元）, （%）.
_UNIT_CELL = re.compile(r"[(（](?![\d\s]+[)）])[^()（）]{1,8}[)）]")  # (not the columns' numbers: （1）)
_FURNITURE = re.compile(r"^(?:[-—–－]\s*)?(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*共\s*\d+\s*页)?(?:\s*[-—–－])?$|公报|续表")


def _is_unit_row(cells: list[str | None]) -> bool:
    values = [c for c in cells if c]
    return len(values) == 1 and bool(_UNIT_ROW.match(fold(values[0])))


def _is_form_line(cells: list[str | None]) -> bool:
    """A line above the header that says the unit, who filled the form in and when, beside the
    caption perhaps: ``填报单位：县财政局⇥⇥⇥单位：万元``, ``2024年…分配表⇥⇥⇥单位：万元``."""
    values = [c for c in cells if c]
    labelled = [v for v in values if _FORM_LINE.match(fold(v))]
    return 1 <= len(values) <= 2 and bool(labelled) and not any(_is_numeric(v) for v in values) \
        and not any(":" in fold(v) for v in values if v not in labelled)  # (单位：…⇥联系人：… is a row)


def _is_units_row(cells: list[str | None]) -> bool:
    """The units of the header's titles printed on a line under them: ``⇥⇥（人）⇥（人）⇥（%）``."""
    values = [c for c in cells if c]
    return bool(values) and all(_UNIT_CELL.fullmatch(v) for v in values)


_TAIL_STARTS = "年月日号底时)）、，。"


def _wrapped_cell(row: list[str | None], tail: str) -> int:
    """Which cell a tail wrapped onto its own line belongs to: one that stops inside a date or a
    number when the tail goes on with 月, 日, 号…; otherwise the row's longest text."""
    if tail[:1] in "年月日号底时)）":
        for c in range(len(row) - 1, -1, -1):
            if row[c] and row[c][-1].isdigit():
                return c
    return max(range(len(row)), key=lambda c: len(row[c] or ""))


def _furniture_text(value: str) -> bool:
    return bool(_FURNITURE.search(fold(value)))


def _has_merged_parent(header: list[str | None], second: list[str | None]) -> bool:
    """The first header row has a title over several columns: an empty cell among its cells, or
    the second row names more columns than the first."""
    return any(c is None for c in header[:-1]) or _trimmed(second) > _trimmed(header) \
        or (bool(header) and header[-1] is None)


def _continues_row(prev: list[str | None], cells: list[str | None]) -> bool:
    """After a page break, a row with empty leading cells is the rest of the cut row — unless it
    brings numbers of its own (a new row under a cell merged over both pages)."""
    return not any(c is not None and _INT.fullmatch(c.replace(",", "")) for c in cells)


_GOES_ON = ("、", "，", ",", "和", "及", "与", "的")
_ENDED = ("。", "；", ";", "！", "？", "!", "?", "）", ")")


def _wrapped_row(prev: list[str | None], cells: list[str | None]) -> bool:
    """A line of the table's own page holding the wrapped ends of the row above's cells
    (``⇥清洁行动⇥⇥``): the first cell empty, at most half the cells filled, none a number, each
    under a cell of the row above that visibly goes on (ends with 、 or 和) or was cut inside a
    sentence (a comma in it, the tail shorter), none opening with a number of its own. A phrase
    of its own under a phrase (完善…建设 / 建立…机制: a sub-row under merged cells) stays a row."""
    filled = [k for k, value in enumerate(cells) if value is not None]
    return bool(filled) and len(filled) * 2 <= len(cells) and all(
        k < len(prev) and prev[k] is not None and not _is_numeric(prev[k]) and not _is_numeric(cells[k])
        and numbering(fold(cells[k])) is None  # (2.鲜明选人用人导向 opens an item of its own)
        and not prev[k].endswith(_ENDED)  # (a sentence that ended: the next row's own cell)
        and (prev[k].endswith(_GOES_ON) or ("，" in prev[k] and len(cells[k]) < len(prev[k]))) for k in filled)


def _join_cells(prev: list[str | None], cells: list[str | None]) -> None:
    for c, value in enumerate(cells):
        if value is None:
            continue
        if c < len(prev):
            prev[c] = cell(f"{prev[c]} {value}") if prev[c] else value
        else:
            prev.append(value)


def _trimmed(cells: list[str | None]) -> int:
    n = len(cells)
    while n and cells[n - 1] is None:
        n -= 1
    return n


def _repeats_header(cells: list[str | None], header: list[str | None]) -> bool:
    """The header printed again with small differences (a word changed, a cell merged)."""
    mine = [fold(c) for c in cells if c]
    theirs = [fold(c) for c in header if c]
    if not mine or not theirs or mine[0] != theirs[0]:
        return False
    same = sum(1 for c in mine if c in theirs)
    return same >= 2 and same * 4 >= len(mine) * 3


def _is_header_part(cells: list[str | None]) -> bool:
    """The second row of a header: short names, no numbers, no numbering, no sentences."""
    values = [c for c in cells if c]
    return bool(values) and all(
        len(v) <= HEADER_CELL_MAX and not _is_numeric(v) and not _NUMBERED.match(v)
        and not v.endswith(("。", "；", ";")) for v in values) \
        and (cells[0] is None or not _is_numeric(cells[0]))


def _width(header: list[str | None], rows: list[list[str | None]]) -> int:
    def trimmed(cells):
        n = len(cells)
        while n and cells[n - 1] is None:
            n -= 1
        return n

    if header:
        return max(trimmed(header), 1)
    counts: dict[int, int] = {}
    for r in rows:
        counts[trimmed(r)] = counts.get(trimmed(r), 0) + 1
    return max(counts, key=lambda n: (counts[n], n)) if counts else 1


def _titles(header: list[str | None], header2: list[str | None], width: int) -> list[str]:
    top = list(header[:width]) + [None] * (width - len(header[:width]))
    spanned = []
    last = None
    for value in top:
        if value is not None:
            last = value
        spanned.append(value if value is not None else last)
    bottom = list(header2[:width]) + [None] * (width - len(header2[:width]))
    titles = []
    for c in range(width):
        parent, child = spanned[c], bottom[c]
        if child and parent and _UNIT_CELL.fullmatch(child):
            titles.append(f"{parent}{child}")  # 应参保人数 over （人）: 应参保人数（人）
        elif child and parent and fold(child) != fold(parent):
            titles.append(f"{parent}/{child}")
        else:
            titles.append(child or parent or f"列{c + 1}")
    seen: dict[str, int] = {}
    unique = []
    for t in titles:
        seen[t] = seen.get(t, 0) + 1
        unique.append(t if seen[t] == 1 else f"{t}（{seen[t]}）")
    return unique


def _is_group(cells: list[str | None], width: int) -> bool:
    """A row that only names a group of the rows below: ``（一）实施清廉湘阴建设工程``."""
    if width < 2 or cells[0] is None or any(c for c in cells[1:]):
        return False
    found = numbering(fold(cells[0]))
    return found is not None and found[0] == "outline" and found[1] <= 2 \
        and len(fold(cells[0])) > len(found[2])


_GROUP_NUMERAL = re.compile(r"[(（]?[一二三四五六七八九十]{1,3}[)）]?[、.]?")


def _is_numbered_group(cells: list[str | None], width: int) -> bool:
    """A group's row with its numeral in the first column and its name in the second, the other
    cells empty: ``一⇥基础设施类⇥⇥``."""
    return (width >= 3 and len(cells) >= 2 and cells[0] is not None and cells[1] is not None
            and bool(_GROUP_NUMERAL.fullmatch(cells[0])) and not _is_numeric(cells[1])
            and not any(cells[2:]))


def _fit(cells: list[str | None], width: int, table_id: str, line: int, diags: list[Diagnostic]
         ) -> list[str | None]:
    if len(cells) > width:
        extra = [c for c in cells[width:] if c]
        if extra:
            last = [c for c in [cells[width - 1]] + extra if c]
            cells = cells[:width - 1] + [join_wrapped(last)]
            diags.append(Diagnostic("table-row-wider", "info",
                                    f"{table_id}: a row has more cells than the header; the extra "
                                    f"cells were joined into the last column", line, " | ".join(extra)[:80]))
        else:
            cells = cells[:width]
    return cells + [None] * (width - len(cells))


__all__ = ["Column", "Table", "assemble_tables", "build_table", "cell", "column_key"]
