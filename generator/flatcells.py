"""The last row of a table printed one cell a line (grids' flat tables) whose last cells are
words that also close a document: a date under a column of dates.

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

from .model import Line
from .normalize import fold
from .patterns import is_date_line

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


__all__ = ["date_of_its_column"]
