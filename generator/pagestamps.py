"""Words a PDF prints on every page beside the page's number: a watermark (``内部资料　注意保存``), a
QR code's prompt (``扫一扫　查看原文``), the portal the file was taken from (``南浦县人民政府门户网站
www.nanpu.gov.cn``), extracted as a line of their own over the page's number or under it (the
page's running head, ``— 7 —``, ``第7页``). A section's name first on its pages, short and under
the page's mark, is read by ``sectionheads``; these stand on either side of the mark and may be
longer, and were read as a paragraph of their own, or glued to the sentence, the title or the
主送 the page cut.

Such a line is told by where it stands: the same words, on a line of their own, beside a page's
mark (past blank lines) on three pages at least, and seldom anywhere else (at most one time in
four). It is then marked ``Line.running_head`` wherever it stands, a page mark from then on
(``furniture.is_page_mark``).

Near misses: words beside the page's mark on two pages only; a cell of a table printed one cell a
line that ends a row over the page's number on three pages (长期坚持) and stands in many rows
elsewhere; a sentence's end, a heading, a title, a 文号, a date, an organ's name (a signature over
the page's number), as ``sectionheads.could_be_head`` tells them; a table's titles printed again at
the top of each page it runs over (``column_titles``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .grids import HEADER_STARTS
from .model import Line
from .runs import page_mark_at
from .patterns import SECTION_NAME
from .sectionheads import MARKS, could_be_head

LONGEST = 40  # characters of such a line at most (the portal's name and address)
MIN_PAGES = 3  # pages whose mark it stands beside
ELSEWHERE = 4  # it stands beside a page's mark this many times for each time elsewhere, at least


_COLUMN_GAP = re.compile(r"\S\s{2,}\S")  # (two spaces or more between words: columns, as pdftotext -layout sets them)


def column_titles(line: Line) -> bool:
    """A table's titles, three words or more, opening with 序号 (编号, 序) or set apart as columns
    (``序号    乡镇    隐患点数    受威胁人数``): printed again at the top of each page the table runs
    over, and first over its rows, they are the table's, no page's stamp (the watermark, the QR
    code's prompt, the portal's name and address are one or two words)."""
    words = line.text.split()
    return len(words) >= 3 and (words[0] in HEADER_STARTS or _COLUMN_GAP.search(line.text.strip()) is not None)


def marked_page_stamps(lines: list[Line]) -> list[Line]:
    """``lines`` with each line that is words a PDF prints on every page marked (see the module)."""
    # (only words printed three times or more can be: the pages' marks are asked beside them only)
    counts = Counter(line.key for line in lines if 2 <= len(line.key) <= LONGEST)
    repeated = {key for key, count in counts.items() if count >= MIN_PAGES}
    if not repeated:
        return lines
    marks: dict[int, bool] = {}

    def mark(k: int) -> bool:
        if k not in marks:
            marks[k] = page_mark_at(lines, k)
        return marks[k]

    last = len(lines) - 1
    beside: Counter[str] = Counter()
    for k, line in enumerate(lines):
        # (a line sectionheads marked first on its page counts: the same words over a title are
        # the section's heading when they name a section, else the page's too)
        if line.key in repeated and ((k < last and mark(k + 1)) or (k > 0 and mark(k - 1))) \
                and could_be_head(line, LONGEST) and (line.running_head or not mark(k)) and not column_titles(line):
            beside[line.key] += 1
    candidates = {key for key, count in beside.items()
                  if count >= MIN_PAGES and SECTION_NAME.fullmatch(key.strip(MARKS)) is None}
    if not candidates:
        return lines
    stamps = {key for key in candidates if (counts[key] - beside[key]) * ELSEWHERE <= beside[key]}
    if not stamps:
        return lines
    return [replace(line, running_head=True) if line.key in stamps else line for line in lines]


__all__ = ["column_titles", "marked_page_stamps"]
