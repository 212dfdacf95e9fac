"""A numbered line of a body (一、, （一）, 1., 第三章): a heading or an item — by the line alone
(``is_heading``), and by what stands around it in a hard-wrapped text: the rest of a heading a
page break cut (``heading_rest_over_a_page``), the lines numbered beside it (``item_among_items``); and
a number printed on a line of its own over its words (``words_under_the_number``, ``with_words``)."""

from __future__ import annotations

import re

from .furniture import COLUMN_GAP, is_page_mark
from .linekinds import line_kind
from .model import Line
from .normalize import HAN, fold
from .numbering import numbering
from .patterns import TERMINAL, doc_type_of, is_date_line, is_doc_number_line, regulation_of
from .runs import MAX_BETWEEN_ROWS, page_number_at_a_break
from .toclines import PLAN_PARTS, toc_title
from .wraps import continues, is_caption

HEADING_MAX = 30  # a numbered line this short, without sentence punctuation, is a heading


def is_heading(key: str, marker: str, raw: str, next_line: Line | None) -> bool:
    """A short numbered line without sentence punctuation is a heading. One with a 、 inside
    may instead be a list item cut by a page break (（四）在工地出入口设置洗车槽、沉 / 淀池…):
    it is a heading only when the next line does not carry on its words (nor is one cut where
    the text wraps: ``wraps.cut_at_the_width``, asked by the caller)."""
    rest = key[len(marker):]
    shown = raw.strip()
    if shown.startswith("**") and shown.endswith("**"):
        return True
    if len(rest) > HEADING_MAX or rest.endswith(TERMINAL) or _says(rest, "。;,"):
        return False
    if "、" in rest and next_line is not None and line_kind(next_line) == "text":
        return False
    return True


def names_a_document(rest: str, next_line: Line | None) -> bool:
    """A numbered line (``rest``: its words after the number) that names a document by its title
    and its 发文字号 in brackets, after the title (2.关于加强城区建筑垃圾管理的通知（桐建发〔2019〕30号）)
    or alone on the next line (``number_under_the_title``), is an entry of a list of documents
    (abolished, kept, cited): an item, however short, and no heading; the title ends with its 文种 or
    with the kind of the rule it is (3.青溪县城市管理实施细则（青政发〔2022〕6号）). Near misses: a title without
    its number (一、关于加强…的意见, a heading of a speech), a bracket that holds no 发文字号
    (（2024年）), a number without brackets on the next line."""
    if rest.endswith("号)"):
        depth = 0
        for k in range(len(rest) - 1, -1, -1):  # (the bracket that opens the number: its own hold 年)
            depth += {")": 1, "(": -1}.get(rest[k], 0)
            if depth == 0:
                return is_doc_number_line(rest[k:]) and _titled(rest[:k])
        return False
    return number_under_the_title(rest, next_line)


def number_under_the_title(rest: str, next_line: Line | None) -> bool:
    """The next line is the 发文字号, in brackets and alone, of the document a numbered line names
    by its title (2.关于加强城区建筑垃圾管理的通知 / （桐建发〔2019〕30号）): the item's, read with it."""
    nxt = next_line.key if next_line is not None else ""
    return nxt.startswith("(") and nxt.endswith(")") and is_doc_number_line(nxt) and _titled(rest)


def _titled(rest: str) -> bool:
    """``rest`` ends as a document's title does: with its 文种 (…的通知) or a rule's kind (…实施细则)."""
    return doc_type_of(rest) is not None or regulation_of(rest) is not None


# What ends or parts a sentence (folded): no heading holds it.
_SENTENCE = "。;:!?"
# …nor, cut by a page break, a comma (一、…，… may be an item's sentence: a heading with a comma
# over two pages is left as it was read).
_CLAUSE = _SENTENCE + ","


def _says(key: str, marks: str) -> bool:
    for mark in marks:  # (a loop, not any() over a generator: asked of every numbered line)
        if mark in key:
            return True
    return False


def _furniture(lines: list[Line], kinds: list[str], k: int) -> bool:
    return kinds[k] == "furniture" or (kinds[k] == "text" and (is_page_mark(lines[k]) or page_number_at_a_break(lines, k)))


def heading_rest_over_a_page(lines: list[Line], kinds: list[str], i: int, width: int | None) -> int | None:
    """A numbered heading longer than the printed line, cut by a page break: its first part fills
    the line at the page's foot, the page number and running head follow, and its rest opens the
    next page (一、进一步压紧压实森林防灭火党政同责和部门监管责任推动各项 / — 7 — / 云溪县人民政府公报
    2024年第4期 / 措施落地见效 / its text). Where the rest stands: a line of its own that does not
    fill the width, bears no number and no sentence punctuation (nor a comma), nor ends open (、), and the
    next line does not carry on — a line no sentence ends on, which in a hard-wrapped text only a
    heading does. None for a first part
    shorter than the line (a heading whole at the page's foot), holding a sentence's punctuation or a comma,
    an article's, or a text with no wrap width; nor for a caption, a date or an organ over its date
    under the break."""
    first = lines[i].key
    if width is None or len(first) < width - 2 or i + 1 >= len(lines) or not _furniture(lines, kinds, i + 1):
        return None  # (asked of every numbered line: most are short, or have no page's furniture under them)
    found = numbering(first)
    if found is None or found[0] == "article" or _says(first[len(found[2]):], _CLAUSE):
        return None
    k = i + 1
    while k < len(lines) and k - i <= MAX_BETWEEN_ROWS and _furniture(lines, kinds, k):
        k += 1
    if k >= len(lines) or kinds[k] != "text" or _furniture(lines, kinds, k):
        return None  # (an organ's name: a task's unit, a signature)
    rest = lines[k].key
    if not rest or len(rest) >= width - 2 or numbering(rest) is not None or _says(rest, _CLAUSE) \
            or rest.endswith("、") or is_caption(rest) or is_date_line(rest) \
            or any(ch.isascii() and ch.isalpha() for ch in rest) \
            or COLUMN_GAP.search(lines[k].text.strip()) or rest.startswith(("特此", "此复")):
        return None  # (nor letters, words set out in columns — a table's header, a contact, a
        # running head in Pinyin —, nor the closing formula: 特此通知)
    if k + 1 < len(lines) and (kinds[k + 1] == "date" or (kinds[k + 1] == "text" and continues(lines[k], lines[k + 1], width))):
        return None  # (an organ signing over its date; a sentence going on: an item's tail)
    return k


def item_among_items(lines: list[Line], kinds: list[str], i: int, width: int | None) -> bool:
    """A numbered line that fills the printed width with no punctuation, its sentence going on
    over the next full line (（三）加强农村人居环境整治提升工作统筹推进各项 / 重点任务落实，各乡镇要… /
    …确保按期完成。): an item when the lines numbered beside it (same rank, under the same parent)
    are items — a sentence and text after it on their line: （二）推进农村生活污水治理。优先… — and
    none is a heading (a line short of the width without a sentence's punctuation, or one
    sentence alone: （一）完善县城商业设施。, 二、…的适用范围是什么？). A heading as long as the width
    over a paragraph among headings, or alone of its rank, stays a heading."""
    if width is None or i + 1 >= len(lines):
        return False
    line, nxt = lines[i], lines[i + 1]
    if len(line.key) < width - 1 or nxt.place != line.place + 1 or kinds[i + 1] != "text" \
            or len(nxt.key) < width - 1 or numbering(nxt.key) is not None or not continues(line, nxt, width):
        return False
    found = numbering(line.key)
    items = headings = 0
    for j in _siblings(lines, kinds, i, found):
        key = lines[j].key
        words = key[len(numbering(key)[2]):]
        if _says(words.rstrip("。;!?"), "。;!?"):
            items += 1  # a sentence, and text after it on the line: run in
        elif words.endswith(("。", "!", "?")) or (
                len(key) < width - 1 and not words.endswith((",", "、", ":"))
                and not (j + 1 < len(lines) and _furniture(lines, kinds, j + 1))):
            headings += 1  # (a heading may end with its full stop or its question: 一、…是什么？)
    return items > 0 and headings == 0


def _clause_heading_words(key: str) -> bool:
    """The words of a numbered line that may be a heading of clauses: short, a comma or a 、
    between its phrases, no sentence's punctuation, nothing left open at its end
    (一、提高站位，深刻认识优化营商环境的重要意义)."""
    found = numbering(key)
    words = key[len(found[2]):] if found is not None else ""
    return 0 < len(words) <= HEADING_MAX and _says(words, ",、") and not _says(words, _SENTENCE) \
        and not words.endswith((",", "、", "(", '"', "《")) and not words[-1:].isascii()


def clause_heading_among_headings(lines: list[Line], kinds: list[str], i: int, width: int | None) -> bool:
    """A numbered heading whose words are clauses set apart by a comma or a 、, as a report's or a
    speech's outline prints them (一、提高站位，深刻认识优化营商环境的重要意义 / its paragraph /
    二、聚焦重点，全力打造一流营商环境 / （一）…): a heading when a line of text or a number of a
    lower rank stands under it, and the lines numbered beside it (same rank, under the same
    parent; one at least) are all such headings or short headings without a comma. Not when one
    of them runs a sentence in (（二）推进农村生活污水治理。优先…: the rank is a list's items), nor
    when the line fills the wrap width or its sentence goes on on the very next line (an item
    cut at the wrap: 一、原则同意《…》，规划总用地面积 / 386.5公顷。) or the page's furniture stands
    under it (an item cut by the page: （四）在工地出入口设置洗车槽、沉 / — 7 — / 淀池…)."""
    line = lines[i]
    if not _clause_heading_words(line.key) or i + 1 >= len(lines) or (width is not None and len(line.key) >= width - 2):
        return False
    found = numbering(line.key)
    if found is None or found[0] != "outline" or _furniture(lines, kinds, i + 1):
        return False
    nxt = lines[i + 1]
    under = numbering(nxt.key) if kinds[i + 1] == "numbered" else None
    if not (kinds[i + 1] == "text" or (under is not None and under[0] == found[0] and under[1] > found[1])):
        return False  # (its sibling right under it: a list of short items)
    if kinds[i + 1] == "text" and nxt.place == line.place + 1 and continues(line, nxt, width):
        return False  # (an item hard-wrapped: 一、原则同意《…》，规划总用地面积 / 386.5公顷。)
    siblings = list(_siblings(lines, kinds, i, found))
    return bool(siblings) and all(
        _clause_heading_words(lines[j].key) or (
            len(lines[j].key) - len(numbering(lines[j].key)[2]) <= HEADING_MAX and not _says(lines[j].key, _SENTENCE + ","))
        for j in siblings)


_CONTENTS_WORDS = ("目录", "目次")


def chapters_listed(lines: list[Line], kinds: list[str]) -> frozenset[int]:
    """The lines of a regulation's or a plan's own contents: under 目录 (目次), its chapters one a
    line (第一章　总则 / 第二章　分类投放 / 第三章　附则), a plan's sections under each chapter
    numbered again (第一节 under 第一章 and under 第二章) and its unnumbered parts (前　　言,
    结　束　语), with their pages perhaps, then the chapters printed as headings. The run of two
    chapter lines or more right under the word, the first chapter's number printed again as a
    chapter after it, is a list, not the document's headings. (Not chapters after 目录 that are
    the headings themselves: no chapter printed again.)"""
    found: set[int] = set()
    for t, line in enumerate(lines):
        if line.key not in _CONTENTS_WORDS:
            continue
        run, seen, chapter = [], set(), None
        j = t + 1
        while j < len(lines):  # (up to the first chapter or part printed again: the headings begin)
            if kinds[j] == "numbered" and (m := numbering(lines[j].key)) is not None and m[0] in ("chapter", "section"):
                mark = m[2] if m[0] == "chapter" else (chapter, m[2])
                chapter = m[2] if m[0] == "chapter" else chapter
            elif (mark := toc_title(lines[j].key) or lines[j].key) not in PLAN_PARTS \
                    or not any(x.key == mark for x in lines[j + 1:]):
                break  # (a part listed is printed again as a heading: 前　　言 under the contents is the text's)
            if mark in seen:
                break
            seen.add(mark)
            run.append(j)
            j += 1
        numbered = [k for k in run if kinds[k] == "numbered"]
        first = numbering(lines[numbered[0]].key)[2] if len(numbered) >= 2 else None
        if first is not None and any(kinds[k] == "numbered" and lines[k].key.startswith(first) for k in range(j, len(lines))):
            found.update(run)
    return frozenset(found)


_ENDS_A_RUN = ("title", "attachment", "attachment_list", "date", "cc", "imprint")


def _siblings(lines: list[Line], kinds: list[str], i: int, found: tuple[str, int, str]):
    """The lines numbered at ``found``'s rank around line ``i`` under the same parent: the search
    stops at a number of a higher rank (一、 over （一）, a chapter), a title or an attachment."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and kinds[j] not in _ENDS_A_RUN:
            other = numbering(lines[j].key) if kinds[j] == "numbered" else None
            if other is not None:
                if other[0] in ("chapter", "section") or (other[0] == found[0] and other[1] < found[1]):
                    break
                if other[:2] == found[:2]:
                    yield j
            j += step


def words_under_the_number(lines: list[Line], kinds: list[str], i: int, found: tuple | None) -> int | None:
    """Where the words of a numbered line printed alone (第一章, 一、, （一）, 第二条) stand: the very
    next line, or the one after a blank line, when it is text that opens with no number of its
    own; past a page's furniture (第三条 last on its page, its number and running head, its words
    first on the next). ``found``: the line's numbering."""
    line = lines[i]
    if found is None or found[2] != line.key or i + 1 >= len(lines):
        return None
    k = i + 1
    while k < len(lines) and k - i <= _FURNITURE_LINES and (kinds[k] == "furniture" or is_page_mark(lines[k])):
        k += 1  # (a page break between the number and its words)
    if k >= len(lines):
        return None
    nxt = lines[k]
    if kinds[k] != "text" or nxt.place > lines[k - 1].place + 2 or numbering(nxt.key) is not None or is_page_mark(nxt):
        return None
    return k


_FURNITURE_LINES = 3  # (a page's number, its running head, a blank page's mark: what a page break prints)


def with_words(number: Line, words: Line, found: tuple) -> Line:
    """A number and its words as one line (a chapter's, a section's, an article's set apart by a
    space, as printed on one line; so are words that open with figures: 1.　2024年…).
    ``found``: the number's numbering."""
    spaced = found[0] in ("chapter", "section", "article") or words.text.strip()[:1].isdigit()
    text = number.text.strip() + ("　" if spaced else "") + words.text.strip()
    return Line(number.no, text, fold(text), number.page_break, at=number.at)


# A first-level heading numbered with a figure alone, its words after a space (1　总则): as printed.
_FIGURE_TOP = re.compile(rf"(\d{{1,2}})[ \u3000]+([{HAN}]{{2,16}})")
_FIGURE_ROW = re.compile(r"\d{1,2}[ \u3000]+\S")  # a figure, a space and anything: a list's row too
_TOP_REACH = 12  # the lines looked through for its second-level headings (a paragraph or two between)


def decimal_top(lines: list[Line], kinds: list[str], i: int) -> str | None:
    """A plan's first-level heading numbered with a figure and a space, no mark after it
    (``1　总则`` over ``1.1　编制目的``; ``2　组织指挥体系`` under ``1.2　适用范围``): a heading, as its
    ``1.1`` headings are, when the nearest decimal number below opens with its figure (1.1 under 1)
    or the nearest above with the figure before it (1.2 over 2). Returns its number (``1``), or
    None: a figure and words with no decimal number nearer than another line opening with a
    figure and a space (1　县水利局 / 2　县应急管理局, 1　红色预警（Ⅰ级） / 2　橙色预警: a list's rows)
    or none around them is text."""
    raw = lines[i].text.strip()
    if not raw[:1].isdigit() or (m := _FIGURE_TOP.fullmatch(raw)) is None:
        return None
    n = int(m.group(1))
    for step, want in ((1, f"{n}."), (-1, f"{n - 1}.")):
        j = i + step
        while 0 <= j < len(lines) and abs(j - i) <= _TOP_REACH and kinds[j] not in _ENDS_A_RUN:
            found = numbering(lines[j].key) if kinds[j] == "numbered" else None
            if found is not None:
                if found[0] == "decimal" and found[2].startswith(want):
                    return m.group(1)
                break  # (the nearest numbered line decides)
            if _FIGURE_ROW.match(lines[j].text.strip()):
                break  # another figure and words nearer: rows of a list (1　县水利局 / 2　县应急管理局,
                # 1　红色预警（Ⅰ级） / 2　橙色预警)
            j += step
    return None
