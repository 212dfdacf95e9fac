"""Cells set apart by runs of spaces at no common positions: a tab table whose tabs an editor made
spaces, a web table whose cells were joined with ideographic spaces (``序号　　项目名称　　总投资``), a
row a line (``delimited``); and the lines no row of a table set with spaces is (``is_prose``), which
both this reading and ``spacedtables``' lined-up columns leave out.
"""

from __future__ import annotations

import re
from collections import Counter

from .figures import clause_comma
from .imprintlines import imprint
from .labelindents import delimited_rows
from .model import Line
from .patterns import is_date_line, is_org_only, signed
from .spacedbounds import caption_with_its_unit, clause_end, group_heading, numbered_caption
from .spacedrows import FIGURE as _FIGURE

MIN_COLUMNS = 3
MIN_ROWS = 3


def is_prose(line: Line) -> bool:
    """A line no row of a table is: a sentence (。，, or ；: at its end; not the comma of a figure's
    thousands, 1，234.56), a caption with its unit at the right or numbered (spacedbounds), or what
    closes a document (its organ, its date, both)."""
    key = line.key
    return ("。" in line.text or (clause_comma(line.text) and not comma_in_a_cell(line.text)) or clause_end(key)
            or caption_with_its_unit(line.text)
            or numbered_caption(line.text) or is_date_line(key) or is_org_only(key) or bool(signed(key))
            or ("印" in key and imprint(key) is not None))  # (the 印发 line under an attachment's last table)


_CELLS_APART = re.compile(r"\S {2,}\S.* {2,}\S")


def comma_in_a_cell(text: str) -> bool:
    """A line whose words stand apart in three cells or more, a comma inside one of them, no
    sentence's end (``1    县自然资源局   不动产登记费    住宅类每件80元，非住   《…物权法》第二十二``):
    a row of a table of words, its cells' text wrapped under it, not a sentence (prose runs its
    words on, a space apart at most)."""
    return not text.rstrip().endswith(("，", ",")) and _CELLS_APART.search(text.strip()) is not None


def organ_only(line: Line) -> bool:
    """A line ``is_prose`` only as an organ's name (``管局``, ``时间      改局``: the ends of cells
    wrapped under a row, ``县财政局、县市场监`` / ``管局``), no sentence, no date."""
    key = line.key
    return is_org_only(key) and "。" not in line.text and not clause_comma(line.text) and not clause_end(key) \
        and not is_date_line(key) and not signed(key)


_DELIMITER = re.compile(r" {2,}")


def delimited(run: list[Line], header: list[str] | None = None) -> list[tuple[int, int, str]]:
    """The rows of tables whose cells are set apart by runs of spaces but stand at no common
    positions (a tab table whose tabs an editor made spaces, a web table whose cells were joined
    with ideographic spaces: ``序号　　项目名称　　总投资``): a row a line, split at each run of
    two spaces or more. The run is taken in blocks between lines without such a run (a heading,
    附件 2; not a group's heading, 一、基础设施, which stays a line of the table, its group's row, as
    in a tab table), each block a table only where its lines agree (``_agreeing``); ``header``: the titles
    of such a table on the page before, which a block printing them again goes on with."""
    cells = [_DELIMITER.split(line.text.replace("\u3000", " ").strip()) for line in run]
    out: list[tuple[int, int, str]] = []
    start = 0
    for k in range(len(run) + 1):
        if k == len(run) or (len(cells[k]) == 1 and not _group_between(run, cells, k)):
            out += _agreeing(run, cells, start, k, header if start == 0 else None)
            start = k + 1
    return out


def _group_between(run: list[Line], cells: list[list[str]], k: int) -> bool:
    """Line ``k`` is a group's heading between two lines of one table (``一、基础设施`` under the
    header or a row, over a row of as many cells holding figures: 1  县城污水管网改造工程  …  12600),
    its group's row, not a heading over another table (over its header, whose titles hold none)."""
    return 0 < k < len(cells) - 1 and len(cells[k - 1]) == len(cells[k + 1]) >= MIN_COLUMNS \
        and any(_FIGURE.fullmatch(c) for c in cells[k + 1]) and group_heading(run[k].text)


def _agreeing(run: list[Line], cells: list[list[str]], start: int, stop: int, header: list[str] | None = None
              ) -> list[tuple[int, int, str]]:
    """The rows of lines ``start``..``stop - 1`` of the run when they agree: every line from the
    first row to the last splits into the same number (three or more) of cells, none is prose,
    the first is the header (no figures), and two rows at least hold figures or the rows under
    the header are numbered 1, 2, 3 in their first cell (the header printed again after a page
    break aside); an empty or wrapped cell makes the count differ, and the lines then stay text.
    Lines opening with the ``header`` of such a table before a page break go on with it: two
    are enough."""
    again = header is not None and cells[start] == header
    if stop - start < (2 if again else MIN_ROWS):
        return []
    prose = {k: is_prose(run[k]) for k in range(start, stop)}
    counts = Counter(len(cells[k]) for k in range(start, stop) if len(cells[k]) >= MIN_COLUMNS and not prose[k])
    if not counts:
        return []
    width = max(counts, key=lambda c: (counts[c], c))
    rows = [k for k in range(start, stop) if len(cells[k]) == width and not prose[k]]
    groups = sum(1 for k in range(rows[0], rows[-1]) if len(cells[k]) == 1) if rows else 0  # (group headings: delimited)
    if len(rows) < (2 if again else MIN_ROWS) or rows[-1] - rows[0] + 1 != len(rows) + groups:
        return []  # a line inside that splits otherwise (an empty cell, a wrapped one, a sentence)
    if again and rows[0] == start:
        return _delimited_rows(run, cells, rows)
    if any(_FIGURE.fullmatch(c) for c in cells[rows[0]]):
        return []  # figures first: a list (第一组  张三  13907301234), not a table under its titles
    figures = sum(1 for k in rows if any(_FIGURE.fullmatch(c) for c in cells[k][1:]))
    body = [cells[k][0] for k in rows[1:] if cells[k] != cells[rows[0]]]  # (the header again after a page break)
    numbered = body == [str(n) for n in range(1, len(body) + 1)]
    if figures < 2 and not numbered:
        return []  # neither figures nor rows numbered 1, 2, 3 under the titles: words set in columns
    return _delimited_rows(run, cells, rows)


def _delimited_rows(run: list[Line], cells: list[list[str]], rows: list[int]) -> list[tuple[int, int, str]]:
    """The lines ``rows`` as tab rows, each label indented as printed (labelindents)."""
    texts = delimited_rows([run[k].text.replace("\u3000", " ") for k in rows], [cells[k] for k in rows])
    return [(k, k, text) for k, text in zip(rows, texts)]


__all__ = ["MIN_COLUMNS", "MIN_ROWS", "comma_in_a_cell", "delimited", "is_prose"]
