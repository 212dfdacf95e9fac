"""A tab table's cell whose text runs over several paragraphs, as a Word or web table saved as
text prints it: the cell's first paragraph on its row's line, the next ones on lines of their own,
no tab, before the next row::

    1⇥行政许可⇥食品经营许可⇥《中华人民共和国食品安全法》第三十五条：国家对食品生产经营实行许可制度。
    《食品经营许可和备案管理办法》第二条：在中华人民共和国境内从事食品销售和餐饮服务活动，应当依法取得食品经营许可。
    2⇥行政处罚⇥…

Those lines are the table's (the end of the row above's longest cell, ``tablerows.wrapped_cell``),
not the text after it: the rows on either side are numbered one after the other and as wide, the
row above ending with a cell of words, the lines between a paragraph each, one after the other.
"""

from __future__ import annotations

import re

from .model import Line

MAX_PARAGRAPHS = 6  # paragraphs of a cell on lines of their own


def clause_going_on(row: str) -> bool:
    """The row's last cell holds a clause its comma opened and no sentence's end closes
    (1⇥县自然资源局⇥不动产登记费⇥住宅类每件80元，非住): a text line right under it is that cell's rest
    (宅类每件550元), even over the table's header printed again (runs), not another table's caption."""
    last = re.split(r"[\t|｜]", row.strip(" \u3000\t|｜"))[-1].strip()
    return ("，" in last or "," in last or "、" in last) and not last.endswith(("。", "；", ";", "！", "？"))


def _number(text: str) -> int | None:
    first = text.split("\t", 1)[0].strip()
    return int(first) if first.isdigit() and len(first) <= 4 else None


def cell_paragraphs_end(lines: list[Line], kinds: list[str], j: int, step: int) -> int | None:
    """The next row of the tab table whose row ``j`` the lines after it carry on as its cell's next
    paragraphs (module doc); None where they are none."""
    row = lines[j].text
    number = _number(row)
    if number is None or row.endswith("\t") or row.count("\t") < 2:
        return None
    k = j + 1
    while k < len(lines) and k - j <= MAX_PARAGRAPHS and kinds[k] != "table_row":
        if "\t" in lines[k].text or lines[k].place != lines[k - 1].place + step or len(lines[k].key) < 8:
            return None  # (a gap, a page's furniture, a short line: the table's end)
        k += 1
    if k == j + 1 or k >= len(lines) or kinds[k] != "table_row":
        return None
    return k if _number(lines[k].text) == number + 1 and lines[k].text.count("\t") == row.count("\t") else None


__all__ = ["cell_paragraphs_end", "clause_going_on"]
