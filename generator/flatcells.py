"""The last row of a table printed one cell a line (grids' flat tables) whose last cells are
words that also close a document: a date under a column of dates, a date or an organ under a
header cell that names its kind.

``grids._flat_table`` ends the last row at a line that is no cell (a sentence, an organ's name, a
date): what follows the table is the text again, and the document's closing (its organ, its
date) is no cell. A date is the last row's cell where the rows above print a date in its column
and the document's own date still stands below it (under its signature)::

    3
    县水利局
    是
    2024年3月25日          <- the row's 完成时间
    南浦县人民政府办公室
    2024年4月2日           <- the document's date
"""

from __future__ import annotations

import re

from .model import Line
from .normalize import fold
from .patterns import is_date_line, is_org_only

BELOW = 3  # lines under the cell within which the document's own date stands


def date_of_its_column(lines: list[Line], k: int, rows: list[tuple[str, ...]], column: int) -> bool:
    """``lines[k]``, a date alone on its line after the last row's other cells, is the row's cell:
    the rows above (two or more) print a date in that column, and another date stands within
    ``BELOW`` lines under it (the document's, under its signature). A date under a column of
    other cells, or the last date of the text (the document's own, its signature lost), is none."""
    if not is_date_line(lines[k].key):
        return False
    values = [row[column] for row in rows if column < len(row) and row[column]]
    if len(values) < 2 or not all(is_date_line(fold(v)) for v in values):
        return False
    return any(is_date_line(lines[x].key) for x in range(k + 1, min(k + 1 + BELOW, len(lines))))


# A header cell that names a column of dates (成文日期, 发布时间), of organs (发文机关, 责任单位).
DATE_HEADER = re.compile(r"日期|时间|年月")
ORGAN_HEADER = re.compile(r"机关|单位|部门|机构")


def named_by_its_header(lines: list[Line], k: int, header: tuple[str, ...], column: int) -> bool:
    """``lines[k]``, a date or an organ's name alone on its line among the last row's cells, is the
    row's cell in ``column``: the header names its kind there (成文日期, 发文机关), and the row goes on
    after it (a list of documents: 序号 / 成文日期 / 发文机关 / 文号 / 文件名称, its last row
    3 / 2021年9月1日 / 南浦县人民政府 / 南政发〔2021〕15号 / 关于…的通知). Near misses: the
    header's last column (the text's closing may stand where the row's last cell was left empty:
    3 / 县水利局 / 是 / 2024年4月2日, the document's date), a date over a date (the row's cell
    left empty, then a document's closing), an organ over a date under no column of dates (the
    signature of the text: 松岭县人民政府办公室 / 2024年4月2日), a date under 文件名称."""
    if column + 1 >= len(header):
        return False
    key, name = lines[k].key, header[column]
    nxt = lines[k + 1].key if k + 1 < len(lines) else ""
    if is_date_line(key):
        return DATE_HEADER.search(name) is not None and not is_date_line(nxt)
    if is_org_only(key):
        return ORGAN_HEADER.search(name) is not None \
            and (not is_date_line(nxt) or DATE_HEADER.search(header[column + 1]) is not None)
    return False


__all__ = ["date_of_its_column", "named_by_its_header"]
