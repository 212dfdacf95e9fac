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

Where the PDF prints no page's number (or the extraction lost them) the same words are told by
where the page cuts them in: inside a sentence, a title or the 主送, the line above not ending and
the line under it going on, many times through the issue (``marked_unnumbered_stamps``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .grids import HEADER_STARTS
from .model import Line
from .numbering import numbering
from .runs import page_mark_at
from .patterns import CLOSERS, SECTION_NAME, TERMINAL, is_date_line, is_header_number_line, is_org_only
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


MIN_TIMES = 5  # times the words stand in the issue, at least, where no page's number is printed
MIN_INSIDE = 3  # of which inside a sentence or a title, at least (and half of them at least)
MIN_APART = 8  # lines at least between three of those (pages, not the rows of a table)
_CLAUSE_MARKS = (",", "、", ";", "。")  # (a list's or a sentence's marks: a 主送 repeated, each document's; no page's words)
_NEVER_OPENS = tuple(")]》”’」』】〕,、。;:?!")  # (the line above goes on in such a line: no page's words between)
MIN_CUT = 12  # characters at least of the line the words cut (a wrapped line of prose or of a title)


def cuts_a_sentence(lines: list[Line], k: int) -> bool:
    """``lines[k]`` stands inside a sentence or a title the page cut: the line above is a line of
    prose or of a title that does not end (``…海绵城市建设`` / ``内部资料　注意保存`` / ``工作方案》的通知``;
    ``…明确每个隐患点的责任人，`` / … / ``并在显著位置公示。``), and the line under it goes on (no
    indent, no mark that goes on from the line above, no heading's number, no date, 文号 or organ, no
    cell of a table). Near misses: a line over a colon alone (a 主送 the page's width cut: …各单位 / ：), a line
    under a sentence's end (。；：), under a short cell (``1`` / ``县直各单位``), over a new paragraph
    (``　　二、…``), a number or a date."""
    if k == 0 or k + 1 >= len(lines):
        return False
    above, below = lines[k - 1], lines[k + 1]
    if len(above.key) < MIN_CUT or "\t" in above.text or above.key.endswith(TERMINAL + CLOSERS):
        return False
    text = below.text
    return bool(below.key) and not text[:1].isspace() and not below.key.startswith(_NEVER_OPENS) and "\t" not in text \
        and numbering(below.key) is None and not below.key.isdigit() and not is_date_line(below.key) and not is_header_number_line(below.key) \
        and not is_org_only(below.key)


def _apart(places: list[int]) -> int:
    """How many of ``places`` (in order) stand ``MIN_APART`` lines at least after the last one counted:
    pages apart, not rows of a table one under the other."""
    count, last = 0, -MIN_APART
    for k in places:
        if k - last >= MIN_APART:
            count, last = count + 1, k
    return count


def marked_unnumbered_stamps(lines: list[Line]) -> list[Line]:
    """``lines`` with words a PDF prints on every page marked where no page's number stands beside
    them (a PDF without page numbers, or an extraction that lost them): a short line that could be
    a page's (``sectionheads.could_be_head``, no table's titles, no section's name), printed five
    times at least (``MIN_TIMES``), three of them at least and half of them inside a sentence or a
    title the page cut (``cuts_a_sentence``), three of those ``MIN_APART`` lines apart at least: ``内部资料　
    注意保存`` between ``…海绵城市建设`` and ``工作方案》的通知``. Near misses: a cell of a table printed a
    cell a line repeated in its column (县直各单位, 已完成: under a short cell, over a number), a
    refrain of a speech or a heading repeated (under a sentence's end, over an indented paragraph),
    a 主送 each document prints the same (a list's marks, 、 or ，, in it), words inside sentences
    fewer than three times."""
    counts = Counter(line.key for line in lines if 2 <= len(line.key) <= LONGEST and not line.running_head)
    repeated = {key for key, count in counts.items() if count >= MIN_TIMES}
    if not repeated:
        return lines
    places: dict[str, list[int]] = {}
    for k, line in enumerate(lines):
        if line.key in repeated and not line.running_head:
            places.setdefault(line.key, []).append(k)
    stamps = set()
    for key, ks in places.items():
        if SECTION_NAME.fullmatch(key.strip(MARKS)) is not None or not could_be_head(lines[ks[0]], LONGEST) \
                or column_titles(lines[ks[0]]) or any(mark in key for mark in _CLAUSE_MARKS):
            continue
        inside = [k for k in ks if cuts_a_sentence(lines, k)]
        if len(inside) >= MIN_INSIDE and 2 * len(inside) >= len(ks) and _apart(inside) >= MIN_INSIDE:
            stamps.add(key)
    if not stamps:
        return lines
    return [replace(line, running_head=True) if line.key in stamps else line for line in lines]


__all__ = ["column_titles", "cuts_a_sentence", "marked_page_stamps", "marked_unnumbered_stamps"]
