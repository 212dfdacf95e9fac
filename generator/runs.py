"""Runs of lines inside a document's body: page furniture (page numbers, running heads, 续表)
and where a run of table rows ends, across page breaks, group headings and wrapped cells."""

from __future__ import annotations

import re

from .cellparagraphs import cell_paragraphs_end, clause_going_on
from .gridsections import caption_row_over_a_header, first_title
from .issueparts import issue_without_part
from .forms import is_form_row
from .headerpages import page_number_in_a_head
from .imprintlines import imprint
from .model import Line
from .normalize import fold
from .identifiers import arabic
from .numbering import numbering, ordinal
from .patterns import HAN, TERMINAL, doc_type_of, is_date_line, is_recipients
from .notelines import is_note
from .rowcuts import row_step
from .subrows import is_parts_mark_alone
from .furniture import BARE_NUMBER, MARK, is_issue_line, is_page_furniture as running_head, is_page_mark, page_kind
from .titleline import LIST_TITLE, SPEECH_TITLE, title_like

MAX_BETWEEN_ROWS = 3  # lines (page number, running head, group heading, wrapped tail) between rows


def is_page_furniture(line: Line) -> bool:
    """A running page header or a page number printed between two pages of a table:
    ``县政府文件``, ``— 12 —``, ``续表``, ``平江县人民政府公报 2023年第2期``."""
    key = line.key
    if key in ("续表", "(续表)", "续上表") or running_head(line) or continued_caption(key):  # (a page number too)
        return True
    return (0 < len(key) <= 12 and not key.endswith(TERMINAL) and numbering(key) is None
            and not key.startswith("附件"))


def continued_caption(key: str) -> bool:
    """A table's caption printed again over the rows it goes on with after a page break, marked
    as going on: ``南浦县行政事业性收费目录清单（续）``, ``表2（续表）`` (folded: ``(续)``), or
    after 续表 and its number (``续表1　南浦县2025年为民办实事项目表``), or 接上表 (接上页). Not a
    sentence, nor a group of 续建 projects (``二、续建项目``), which neither ends nor starts with the mark."""
    if len(key) > 40 or key.endswith(TERMINAL):
        return False
    return key.endswith(_CONTINUED) or key.startswith("续表") or key in _CARRIED_OVER  # (继续表彰…: no mark first)


_CONTINUED = ("(续)", "(续表)", "(续上表)", "(接上表)", "(接上页)")
_CARRIED_OVER = ("接上表", "接上页")  # (the mark alone, unbracketed: 接上表 ends as a caption does, …表)


def strict_furniture(line: Line) -> bool:
    """Only what is certainly page furniture: a page number or the running head of the issue
    (the page text in ``text`` of the document keeps it; a paragraph cut by it does not)."""
    kind = line.page  # (furniture.is_page_furniture: a page number, or a page's mark)
    return (kind if kind >= 0 else page_kind(line)) != 0


def listed_issue(lines: list[Line], i: int) -> bool:
    """``lines[i]`` is a year and issue alone (2022年第1期), or after the gazette's name as a body
    cites it (《南浦县人民政府公报》2024年第1期, 南浦县人民政府公报（2024年第1期）), among others each
    naming another issue on the lines right above or under it: a body's list of the issues
    printed. A running head repeats the one issue it heads, a page apart (not 2022年第1期 /
    2022年第2期 / 2022年第3期)."""
    key = _issue_part(lines[i].key)
    if "年第" not in key or not is_issue_line(issue_without_part(key)):
        return False
    return any(0 <= k < len(lines) and abs(lines[k].place - lines[i].place) <= 2
               and "年第" in (other := _issue_part(lines[k].key)) and is_issue_line(issue_without_part(other)) and other != key
               for k in (i - 1, i + 1))



# The gazette's name before the issue a line cites: 《南浦县人民政府公报》, 南浦县人民政府公报（…）.
_GAZETTE_BEFORE = re.compile(rf"^(?:《[{HAN}]{{2,30}}(?:公报|政报)》|[{HAN}]{{2,30}}(?:公报|政报))\(?")


def _issue_part(key: str) -> str:
    """A folded line's issue without the gazette's name before it (and the brackets around it)."""
    if "报" not in key:
        return key
    m = _GAZETTE_BEFORE.match(key)
    return key[m.end():].rstrip(")") if m else key


_NAMED_ISSUE = re.compile(r"(\d{4})年第(\d{1,3})(?:[-~、](\d{1,3}))?期")


def another_issue(key: str, issue: tuple[int | None, int | None]) -> bool:
    """``key`` is a year and issue alone, without the gazette's name (2024年第2期), that names an
    issue other than the gazette's own (``issue``: its year and number): a body's words (本年度
    已出版：/ 2024年第1期 / 第2期将于…), since the running head, bare as a page break may leave
    it, names the issue it heads (2024年第4期 in issue 4 stays furniture). Unknown year or number,
    digits OCR misread, or a combined issue holding the gazette's number: not another."""
    if "年第" not in key:  # (asked of every line of a body: the cheapest test first)
        return False
    year, number = issue
    if year is None or number is None or not is_issue_line(key):
        return False
    found = _NAMED_ISSUE.match(arabic(key))
    if found is None:
        return False
    first = int(found[2])
    last = int(found[3]) if found[3] else first
    return int(found[1]) != year or not first <= number <= last


def page_number_at_a_break(lines: list[Line], i: int) -> bool:
    """A page number alone between blocks (``9``, ``- 9 -``), where a page ends: the next line
    opens the next page (a form feed, or its running head) or it is printed under the running
    head of its own page, or under the end of a document or a finished sentence
    (``page_number_after_an_end``). A bare number elsewhere may be a table's cell or a list's
    count."""
    line = lines[i]
    kind = line.page
    if not (kind if kind >= 0 else page_kind(line)) & BARE_NUMBER:
        return False  # (asked of every line that may be the page's: the short ones printed as a page's number, a figure in them)
    return _number_at_a_break(lines, i)


def _number_at_a_break(lines: list[Line], i: int) -> bool:
    """``page_number_at_a_break`` of a line printed as a bare page number (``BARE_NUMBER``)."""
    line = lines[i]
    after = lines[i + 1] if i + 1 < len(lines) else None
    before = lines[i - 1] if i > 0 else None
    return line.page_break or (after is not None and (after.page_break or is_page_mark(after))) \
        or (before is not None and is_page_mark(before)) or page_number_after_an_end(lines, i)


def page_mark_at(lines: list[Line], i: int) -> bool:
    """What a page prints between two lines of one block (a title cut by the page): a page mark
    (``— 12 —``, the running head), or the page's number alone where the page breaks
    (``page_number_at_a_break``: ``攸县人民政府办公室`` / ``\\f103`` / ``关于印发…``)."""
    line = lines[i]
    kind = line.page
    if kind < 0:
        kind = page_kind(line)
    if not kind:
        return False  # (most lines: no page furniture of any kind, known once per line)
    return (kind & MARK) != 0 or ((kind & BARE_NUMBER) != 0 and _number_at_a_break(lines, i))


def past_furniture(content: list[Line], k: int) -> int:
    """The first index from ``k`` on that is not page furniture: a page number, the issue's
    running head (a page ends under a title, or between its numbers and the title), a web
    page's buttons (【打印本页】…), or the page's number alone where the page breaks."""
    n = len(content)
    while k < n and content[k].page != 0 and page_mark_at(content, k):  # (0: known to be none, not asked again)
        k += 1
    return k


def before_furniture(content: list[Line], k: int) -> int:
    """The last index from ``k`` back that is not page furniture (-1: none)."""
    while k >= 0 and content[k].page != 0 and page_mark_at(content, k):  # (0: known to be none, not asked again)
        k -= 1
    return k


_ROW_NUMBER = re.compile(r"\d{1,3}")  # (a gazette's pages: 3 digits at most)
_PAGE_OF = re.compile(r"(\d{1,4})/(\d{1,4})")
ROW_LINES = 20  # lines a row of a table printed one cell per line takes at most (wrapped cells too)
_FINISHED = tuple("。！？!?；;")


def page_number_after_an_end(lines: list[Line], i: int) -> bool:
    """A bare number (``2``) under a document's date, 印发 line or 附注, or under a finished
    sentence: the page's number where the page ends (pdftotext prints it alone), unless the
    number of the row before stands a few lines above it (a table printed one cell per line,
    whose last column may be a date)."""
    key = lines[i].key
    if i == 0:
        return False
    of = _PAGE_OF.fullmatch(key)  # 3 / 12: the page of the pages
    if of is not None and int(of[1]) > int(of[2]):
        return False
    if of is None and not _ROW_NUMBER.fullmatch(key):
        return False
    row = str(int(key) - 1) if of is None else None
    if any(line.key == row for line in lines[max(0, i - 1 - ROW_LINES):i]):
        return False
    if i + 1 < len(lines) and _FIGURES.fullmatch(lines[i + 1].key):
        return False  # a figure under it: cells of a table (…安全设施。 / 3000 / 3000)
    prev = lines[i - 1].key
    return prev.endswith(_FINISHED) or is_date_line(prev) or bool(imprint(prev)) or is_note(prev) \
        or page_number_inside_a_header(lines, i)


def page_number_inside_a_header(lines: list[Line], i: int) -> bool:
    """A bare number (``38``) under a document's title (…的通知, …的通告, …会议纪要; a list's or a
    speech's, over its note: …任免名单, 在…上的讲话) or over its
    主送 (``各乡镇人民政府，县直各单位：``, wrapped or before the body's first sentence on its line
    too): the page's number where the page broke inside the header, between the title and what
    goes on under it (its 发文字号, its note, its first paragraph) or between the header and the
    主送. A title's line is never a table's cell over a figure (the caller has ruled out a row's
    number and a figure under it); not between two number lines (a contents entry's numbers over
    its page printed alone: 嘉政函〔2024〕22号 / 9 / 嘉政发〔2024〕6号)."""
    if i + 1 >= len(lines):
        return False
    if opens_recipients(lines, i + 1):
        return True
    if any(0 <= k < len(lines) and _ROW_NUMBER.fullmatch(lines[k].key) for k in (i - 2, i + 2)):
        return False  # (cells of a table printed one a line, a count under each name: 制定工作方案 / 2 / 开展培训 / 5)
    prev = lines[i - 1].key
    return doc_type_of(prev) is not None \
        or (bool(LIST_TITLE.search(prev) or SPEECH_TITLE.match(prev)) and title_like(lines[i - 1])) or page_number_in_a_head(lines, i)


def opens_recipients(lines: list[Line], k: int) -> bool:
    """``lines[k]`` opens a 主送: alone on its line (``各乡镇人民政府，县直各单位：``), before the
    body's first sentence on its line (``…县府直属各单位：“五一”劳动节将至，…``), or wrapped over up
    to four lines, each but the last ending without its colon (``…管委会，`` / ``…各单位：``)."""
    joined = ""
    for m in range(k, min(len(lines), k + 4)):
        key = lines[m].key
        colon = key.find(":")
        if colon >= 0:
            return is_recipients(joined + key[:colon + 1])
        if not key or key.endswith(TERMINAL):
            return False
        joined += key
    return False


def _inside_table(line: Line, prev: Line, kind: str, step: int = 1) -> bool:
    """A line that may stand between two rows of one table: page furniture, a group heading
    (``一、城区街道``), or the tail of a cell wrapped onto a line of its own."""
    if is_page_furniture(line) or (kind == "text" and is_parts_mark_alone(line.key)):  # (其中： over its parts)
        return True
    if kind == "numbered":
        found = numbering(line.key)
        return found is not None and found[0] == "outline" and found[1] <= 2 and len(line.key) <= 30
    return kind == "text" and line.place == prev.place + step and len(line.key) <= 30 \
        and not line.key.endswith(TERMINAL)


def _row_shape(line: Line) -> list[str]:
    return [fold(c) for c in line.text.split("\t") if c.strip()]


_FIGURES = re.compile(r"[\d.,%]+")


def _header_like(cells: list[str]) -> bool:
    return len(cells) >= 2 and not cells[0].isdigit() and all(
        len(c) <= 24 and "。" not in c and not _FIGURES.fullmatch(c) for c in cells)


_CAPTION = re.compile(r"^(?:附)?表\d{1,2}|(?:表|清单|名单|目录|一览表)$")


def _caption_like(line: Line) -> bool:
    """A table's caption between two tables: ``表2 2024年乡镇学校招生计划``, ``…分配表``; not one
    printed again over the rest of the table (``续表1 …分配表``)."""
    return len(line.key) <= 40 and bool(_CAPTION.search(line.key)) and not continued_caption(line.key)


def _caption_over_the_header(lines: list[Line], kinds: list[str], j: int, k: int, head: list[str], head_like: bool,
                             step: int) -> bool:
    """The one text line between the row ``j`` and the row ``k`` that prints the table's header
    again, all three a line apart (``第二十条第（六）项`` over ``信息内容⇥本年处理决定数量``): the caption of
    another table of the same header, not the tail of a cell (a page break that repeats the header
    leaves a gap, its number or running head between)."""
    return head_like and k == j + 2 and k < len(lines) and kinds[k] == "table_row" and kinds[j + 1] == "text" \
        and lines[j + 1].place == lines[j].place + step and lines[k].place == lines[j + 1].place + step \
        and _row_shape(lines[k]) == head and not strict_furniture(lines[j + 1]) and not continued_caption(lines[j + 1].key) \
        and not clause_going_on(lines[j].text)

def _width(row: Line) -> int:
    """How many cells a tab row prints, empty ones at its ends too (…⇥县审计局⇥: 3)."""
    return row.text.strip(" \u3000").count("\t") + 1


def _starts_new_table(first: Line, row: Line, head: list[str] | None = None, head_like: bool | None = None) -> bool:
    """After lines between rows, a header unlike the table's own header opens another table.
    ``head``, ``head_like``: the first row's cells (``_row_shape(first)``) and whether they are a
    header's (``_header_like``), when the caller has them already."""
    cells = _row_shape(row)
    if cells == head:
        return False  # the table's header printed again (over its rows on the next page): the same table
    if not _header_like(cells) or (is_form_row(row.text) and is_form_row(first.text)):
        return False  # (a form's next line of labels beside their blanks: the same form)
    if head is None:
        head = _row_shape(first)
    if not (_header_like(head) if head_like is None else head_like):
        return True
    same = sum(1 for c in cells if c in head)
    return cells[0] != head[0] or same * 4 < len(cells) * 3


def _numbered_anew(lines: list[Line], kinds: list[str], i: int, j: int, k: int) -> bool:
    """The row ``k`` after a page's furniture stands over rows numbered from 1 again, as the rows
    of the table whose header is ``i`` (its last row ``j``) are, the first row under each naming
    another (``1⇥城关镇`` / ``1⇥县农业农村局``): where ``k`` is a header unlike the table's
    (``_starts_new_table``), another table over the page — not the table going on under its
    header printed again (its numbers going on: 4, 5, 6), nor its later columns over the same rows
    (``1⇥城关镇`` again: pagecolumns; and where the part under ``k`` prints a figure after the
    number, 1⇥95.5, as many rows as the first: its later columns beside 序号 alone)."""
    if k + 1 >= len(lines) or kinds[k + 1] != "table_row" or kinds[i + 1] != "table_row" \
            or not lines[k + 1].text.startswith("1\t") or not lines[i + 1].text.startswith("1\t"):
        return False
    under, first = lines[k + 1].text.split("\t", 2), lines[i + 1].text.split("\t", 2)
    if fold(under[1]) == fold(first[1]):
        return False
    if not _FIGURES.fullmatch(under[1].strip()):
        return True
    rows = sum(1 for x in range(i + 1, j + 1) if kinds[x] == "table_row")
    more = k + 1
    while more < len(lines) and kinds[more] == "table_row" and more - k <= rows + 1:
        more += 1
    return more - k - 1 != rows


def _next_section(lines: list[Line], kinds: list[str], i: int, j: int, x: int) -> bool:
    """The numbered line ``x`` between rows goes on with the body's own outline above the table
    (二、… over the table, then 三、…) and the table has no heading of its style before it: the
    body's next section, not a group of the table's rows (一、城区街道)."""
    mine = ordinal(lines[x].key)
    if mine is None or mine[2] < 2:
        return False
    if any(kinds[y] == "numbered" and (ordinal(lines[y].key) or ())[:2] == mine[:2] for y in range(i, x)):
        return False  # (the table's own groups: 一、…, 二、…, between its rows)
    for y in range(i - 1, -1, -1):
        above = ordinal(lines[y].key) if kinds[y] == "numbered" else None
        if above is not None and above[:2] == mine[:2]:
            return above[2] == mine[2] - 1
    return False


def rows_step(lines: list[Line], kinds: list[str], i: int) -> int:
    """The step between the places (``Line.place``) of the first rows of the table that starts at
    ``i`` (``rowcuts.row_step``): 2 when it is printed double-spaced. Only a gap wider than the step
    is one the page or the table prints."""
    k = i
    while k + 1 < len(lines) and k - i < 5 and kinds[k + 1] == "table_row":
        k += 1
    return row_step([line.place for line in lines[i:k + 1]])


def table_run_end(lines: list[Line], kinds: list[str], i: int, printed: frozenset[str] = frozenset()) -> int:
    """Last line of the table that starts at line ``i``: its rows, with up to three lines of group
    headings or wrapped cell tails between them, the page's furniture besides (and what the lines'
    kinds took for it: 附件 printed again at a page's top) — unless what follows those lines is the
    header of another table. ``printed``: the keys of the titles printed above (the
    document's, its attachments'), which a page's top may print again over the rows it goes on
    with."""
    n = len(lines)
    j = i
    step = rows_step(lines, kinds, i)
    head = _row_shape(lines[i])  # (the first row's cells, which every _starts_new_table compares)
    head_like = _header_like(head)
    top = first_title(lines, kinds, i)  # (a caption's row over a header opening so: another table, gridsections)
    while j + 1 < n:
        if kinds[j + 1] == "table_row":
            if top and j > i + 1 and caption_row_over_a_header(lines, kinds, j + 1, top):
                return j
            if lines[j + 1].place > lines[j].place + step and _starts_new_table(lines[i], lines[j + 1], head, head_like) \
                    and not _header_like(_row_shape(lines[j])):
                return j
            j += 1
            continue
        if (nxt := cell_paragraphs_end(lines, kinds, j, step)) is not None:
            j = nxt  # (a cell's next paragraphs on lines of their own, the next row under them: cellparagraphs)
            continue
        k = j + 1
        marks = 0  # the page's furniture among the lines between: not counted (a page left blank: two pages' of it)
        while k < n and k - j - marks <= MAX_BETWEEN_ROWS and k - j <= 2 * MAX_BETWEEN_ROWS \
                and kinds[k] != "table_row" \
                and (_inside_table(lines[k], lines[k - 1], kinds[k], step) or kinds[k] == "furniture"
                     or (lines[k].key in printed and any(is_page_mark(lines[x]) for x in range(j + 1, k)))):
            if kinds[k] == "numbered" and _next_section(lines, kinds, i, j, k):
                return j  # (the body's next heading: the table ends above it)
            marks += page_mark_at(lines, k)
            k += 1
        heading_between = any(kinds[x] == "numbered" or (kinds[x] == "text" and _caption_like(lines[x])
                                                         and not is_page_mark(lines[x]))
                              for x in range(j + 1, k)) or _caption_over_the_header(lines, kinds, j, k, head, head_like, step)
        # (a header alone before the page's end, or only the page's number and running head between
        # rows no wider than the header: the rows go on, header-like or not)
        pages_only = k < n and all(page_mark_at(lines, x) for x in range(j + 1, k)) \
            and (j == i or _width(lines[k]) <= _width(lines[i]))
        if k < n and k > j + 1 and kinds[k] == "table_row" \
                and ((pages_only and not (head_like and _numbered_anew(lines, kinds, i, j, k)))
                     or not _starts_new_table(lines[i], lines[k], head, head_like)) \
                and not (heading_between and _header_like(_row_shape(lines[k]))):
            # (a heading followed by the header again opens the next part: another table)
            j = k
            continue
        if k == j + 2 and kinds[j + 1] == "text" and lines[j + 1].place == lines[j].place + step \
                and not is_page_furniture(lines[j + 1]) and len(lines[j + 1].key) <= 12:
            j += 1  # the tail of the last row's cell, wrapped onto its own line
        break
    return j


__all__ = ["MAX_BETWEEN_ROWS", "ROW_LINES", "another_issue", "before_furniture", "continued_caption", "is_page_furniture", "listed_issue",
           "page_mark_at", "page_number_after_an_end", "page_number_at_a_break", "page_number_inside_a_header", "opens_recipients", "past_furniture", "rows_step",
           "strict_furniture", "table_run_end"]
