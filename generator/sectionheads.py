"""A section's running head printed alone at the top of its pages: a short line naming the
column the pages belong to (``【规范性文件】``, ``政府文件``, ``◆部门文件◆``), without the page's
number beside it (``县政府文件　·5·`` is read by ``furniture.section_head``), repeated page after
page. Alone, such a line is words like a cell's wrapped tail or the end of a sentence cut by the
page, and was glued to the cell or the sentence above it; it is told by where it stands: first
on a page (the form feed on it, or right under the page's number or the issue's running head)
on two pages at least, the same words each time (or, naming a section, alone between two rows
of a table that runs over the pages: the page's number lost). Such lines are marked ``Line.running_head``
and are page marks from then on (``furniture.is_page_mark``), wherever they stand — but where one
stands over a document's header that does not go on from the page before (the section's own
heading over its first title or 文号): a section heading, as before.

A line first on a page that is no running head: a title (a 文种 at its end), a heading (numbered,
附件), a 文号, a date, the issue's year and number, a sentence's end (。；：，), a row of a table (a
tab), a long line. Words first on one page only are read as before: a cell's tail the page cut.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from .furniture import is_issue_line, is_page_mark
from .grids import HEADER_STARTS, MAX_HEADER_CELL, MAX_WIDTH
from .headerspan import before_furniture, past_furniture
from .model import Line
from .numbering import numbering
from .patterns import DOC_TYPES, SECTION_NAME, is_date_line, is_header_number_line, is_org_only, title_start
from .runs import page_mark_at
from .titleline import opens_title

MAX_KEY = 16  # characters of a section's name at most (【县政府办公室文件】)
MIN_KEY = 2  # and at least (its marks aside): a character alone is a word's end the page cut (…的通 / 知)
MIN_PAGES = 2  # pages whose top prints it
_ENDS = ("。", ";", ":", "；", "：", "，", ",", "、")


def could_be_head(line: Line, longest: int = MAX_KEY) -> bool:
    """Words a running head may print: short, no tab, no sentence's end, no number, date, 文号,
    heading, attachment's mark or title (a title opens a page of each of two documents: 某县人民政府
    公告 twice), no organ's name (a title's issuer or a signature first on two pages: 攸县人民政府办公室),
    no character alone (the 文种's last, the page cut in two titles: …的通 / 知), no title's
    opening (关于印发《…, the page breaking at the same place in the two copies of an issue a file
    carries), no table's first title printed a cell a line (序号, 编号: the table's titles again at the
    top of each page it runs over)."""
    key = line.key
    return (MIN_KEY <= len(key.strip(MARKS)) and len(key) <= longest and "\t" not in line.text and not key.endswith(_ENDS)
            and not key.startswith(("附件", "附表", "附:")) and numbering(key) is None and not key.isdigit()
            and key not in HEADER_STARTS
            and not key.endswith(DOC_TYPES) and not is_header_number_line(key) and not is_date_line(key)
            and not is_issue_line(key) and not is_org_only(key.strip("*#"))
            and not title_start(key.strip("*#")) and key.count("《") <= key.count("》"))


def at_a_pages_top(lines: list[Line], k: int) -> bool:
    """``lines[k]`` opens a page: the form feed is on it, or it stands right under a page mark
    (the page's number between dashes or bare where the page breaks, the issue's running head)."""
    if lines[k].page_break:
        return True
    return k > 0 and page_mark_at(lines, k - 1)


def _between_rows(lines: list[Line], k: int) -> bool:
    """``lines[k]`` names a section (县政府文件, 【规范性文件】) and stands alone between two rows of a
    table (the page's number and running head aside): where a page of a table that runs over
    pages begins, no blank line around it (a cell's tail names no section)."""
    if SECTION_NAME.fullmatch(lines[k].key.strip(MARKS)) is None:
        return False
    above, below = before_furniture(lines, k - 1), past_furniture(lines, k + 1)
    return above >= 0 and below < len(lines) and "\t" in lines[above].text and "\t" in lines[below].text


MARKS = "【】[]()◆◇■□★☆〖〗·• "
_OPENING_MARKS = "【[◆◇■□★☆〖·•"  # (a section's name opens with its mark; a table's title with a word)


def marked_running_heads(lines: list[Line]) -> list[Line]:
    """``lines`` with each line that is a section's running head marked (see the module)."""
    tops = [k for k, line in enumerate(lines) if 0 < len(line.key) <= MAX_KEY
            and (at_a_pages_top(lines, k) or _between_rows(lines, k)) and could_be_head(line) and not is_page_mark(line)]
    counts = Counter(lines[k].key for k in tops)
    heads = {key for key, count in counts.items() if count >= MIN_PAGES}
    if not heads:
        return lines
    out = list(lines)
    for k in tops:
        # (the section's own heading over its first document's header, or a running head over
        # the header of a document opening the page: a section heading, as before)
        if lines[k].key in heads and not _over_a_header(lines, k) and not in_a_cut_header(lines, k):
            out[k] = replace(lines[k], running_head=True)
    return out


def in_a_cut_header(lines: list[Line], k: int) -> bool:
    """``lines[k]`` goes on with the header of a table printed one cell a line that the page cut
    (``序号`` / ``乡镇`` / ``— 7 —`` / ``\\f任务数（人）`` / ``完成时限`` / ``1`` …): the lines above it,
    the page's marks aside, are a few titles back to the header's first, 序号 or 编号 — no row's
    number, figure, tab or long line between. Two tables of one header cut alike print the same
    title first on two pages: no running head. A line that names a section or wears its marks
    (【部门文件】, 政府文件) is one still, wherever the page broke."""
    key = lines[k].key
    if lines[k].text.lstrip()[:1] in _OPENING_MARKS or SECTION_NAME.fullmatch(key) is not None:
        return False
    j = before_furniture(lines, k - 1)
    for _ in range(MAX_WIDTH):
        if j < 0:
            return False
        key = lines[j].key
        if key in HEADER_STARTS:
            return True
        if not key or "\t" in lines[j].text or len(key) > MAX_HEADER_CELL or any(ch.isdigit() for ch in key) \
                or key.endswith(_ENDS):
            return False
        j -= 1
    return False


def _over_a_header(lines: list[Line], k: int) -> bool:
    """``lines[k]`` stands over a document's header (a title's first line, a 文号) that does not go
    on from the page before (an organ's line over the running head, 关于… under it: the title's;
    a title or a 文号 over it, a 文号 or 登记号 under it: the document's)."""
    nxt = lines[k + 1] if k + 1 < len(lines) else None
    if nxt is None or "\t" in nxt.text or not (opens_title(nxt) or is_header_number_line(nxt.key)):
        return False
    if k + 2 < len(lines) and is_org_only(nxt.key) and is_date_line(lines[k + 2].key):
        return False  # (an organ over a date: the signature of the text above, no title's first line)
    j = before_furniture(lines, k - 1)
    # (a title's first line above, or its last, a 文种 at its end, or a 文号, over the 文号 or 登记号
    # under it: the header goes on over the page)
    return j < 0 or not (opens_title(lines[j]) or lines[j].key.endswith(DOC_TYPES) or is_header_number_line(lines[j].key))
