"""Segment an issue: front matter, table of contents, documents, back matter, duplicate copies.

Every non-blank source line ends up in exactly one segment. The layout found in county gazettes:

    front matter (cover, masthead, editorial board, slogans)
    table of contents (目录), sometimes followed by more front matter (colophon)
    documents, one after another, each opening with its header (登记号, 发文字号, 标题)
    back matter (colophon) — optional
    and, when a file holds the issue twice, a second masthead + contents + the same documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .headerspan import header_numbers
from .runs import page_mark_at
from .model import Line
from .normalize import HAN
from .identifiers import arabic
from .imprintlines import handling_offices
from .furniture import heads_a_web_page, is_issue_line, is_web_chrome, is_page_mark, is_running_head
from .mastheadagain import issue_number_over, another_issues_cover, text_under
from .numbering import numbering
from .patterns import is_date_line, is_slogan
from .attachmentlines import attachment_heading, is_attachment_alone
from .toclines import is_toc_heading, lists_chapters, toc_page, toc_title
from .tocpages import without_bracketed_page
from .titlecontext import apart, ends_a_document, index_before
from .titles import TitleBlock, find_titles

from .backmatter import (CORRECTION_OPENS, NEWS_HEADING, named_headline_under, back_matter_under, closes_the_issue,
                         heads_a_correction, is_back_heading, is_editors_note, is_follow_prompt, listed_attachment,
                         attachments_walk, issue_closes_from, opens_own_staff, speaks_of_itself, staff_and_colophon)
from .chronicledays import dated_entries as _dated_entries
from .rulelines import is_border
from .headerlines import is_section_line
from .colophon import colophon_fields, colophon_label_at, is_colophon, is_colophon_heading, is_colophon_row, is_issue_end

# The heading of the issue's chronicle: 大事记, 政务大事记, 北湖区政务大事记（2024年7月—9月）,
# 2024年1月政务大事记, 江永县2024年3月大事记, 2024年1—3月枫源县政务大事记 (a span of months: 1-3月,
# 1月-3月, 10月至12月), 政务大事记（1月）, 【大事记】, its news (政务动态, 工作动态, 政务要闻); it counts
# after a document's date (a body may list 大事记 among the parts of a file).
_MONTHS = r"(?:\d{1,2}月?(?:-{1,2}|~|至)\d{1,2}月|\d{1,2}月)"
_CHRONICLE = re.compile(rf"^\(?[{HAN}]{{0,12}}?(?:(?:19|20)\d{{2}}年{_MONTHS}?)?[{HAN}]{{0,12}}大事记\)?(?:\([^()]{{2,20}}\))?$")
# Its news (政务动态, backmatter.NEWS_HEADING), always over dated entries or a headline the contents name.

REPEAT_WINDOW = 15  # content lines between a repeated masthead and its 目录
MASTHEAD_LINES = 4  # lines of a repeated masthead without 目录 (title, issue, date) before a document


@dataclass(frozen=True, slots=True)
class DocSpan:
    first: int  # content index of the first header line
    last: int  # content index of the last line of the document
    title: TitleBlock
    header_last: int  # content index of the last header line (title or number after it)


@dataclass(frozen=True, slots=True)
class Layout:
    """Content-index ranges (inclusive) of every part of the issue."""

    front: tuple[tuple[int, int], ...]
    toc: tuple[tuple[int, int], ...]  # (heading, end of region) — parsed by toc.py
    docs: tuple[DocSpan, ...]
    back: tuple[tuple[int, int], ...]
    repeats: tuple[tuple[int, int], ...]  # repeated masthead + contents of a second copy


def layout(content: list[Line], masthead_key: str | None) -> Layout:
    titles = find_titles(content)
    titled = frozenset(title.key for title in titles)
    starts = []
    for title in titles:
        first, last = header_numbers(content, title, titled)
        first = _under_a_web_page_head(content, first, starts[-1][1] + 1 if starts else 0, named=bool(starts))
        starts.append((first, last, title))
    # (a title whose line the next title's header takes — a 文号 over that title, read as a title
    # of its own — opens no document: the spans never overlap)
    starts = [s for k, s in enumerate(starts) if not (k + 1 < len(starts) and starts[k + 1][0] <= s[2].start)]

    toc_heads = [i for i, line in enumerate(content) if is_toc_heading(line.key)]
    first_doc = starts[0][0] if starts else len(content)

    # A second copy of the issue: the masthead again, with a 目录 soon after it.
    repeats: list[tuple[int, int]] = []
    if masthead_key and starts:
        for i in range(first_doc, len(content)):
            if content[i].key != masthead_key:
                continue
            head = next((h for h in toc_heads if i < h <= i + REPEAT_WINDOW), None)
            if head is not None and text_under(content, i, head, [s[0] for s in starts]):
                continue  # (the page's running head over the last document's text, the contents printed last)
            if head is None:
                # without its contents: the masthead's few lines, then the first document again
                # (a running head that prints the masthead's words over another document is no copy)
                head = i
                again = next((s for s in starts if s[0] > i), None)
                if again is None or again[0] - i > MASTHEAD_LINES or (
                        _header_keys(content, again) != _header_keys(content, starts[0])
                        and not another_issues_cover(content[i + 1:again[0]])):
                    continue
            next_doc = next((s[0] for s in starts if s[0] > head), len(content))
            if repeats and repeats[-1][1] >= i:
                continue
            repeats.append((i, next_doc - 1))

    front_keys = frozenset(line.key for line in content[:first_doc])
    for s in starts[1:]:  # (another issue's number alone over a document: its masthead, the name lost)
        if (k := issue_number_over(content, s[0], front_keys)) is not None and not any(a <= k <= b for a, b in repeats):
            repeats.append((k, s[0] - 1))
    # A second copy without a masthead: a 目录 after the first document whose next lines are
    # contents entries (page numbers after leaders) and documents after them. Without documents
    # after them, and none before the first document, they are the issue's contents printed last.
    back_toc: int | None = None
    again: int | None = None  # the contents printed again after the documents (the back cover's 本期要目)
    for head in toc_heads:
        if head <= first_doc or any(a <= head <= b for a, b in repeats) or lists_chapters(content[head + 1: head + 1 + REPEAT_WINDOW]):
            continue  # (a plan's or a regulation's own contents, its chapters with their pages: the document's)
        window = content[head + 1: head + 1 + REPEAT_WINDOW]
        if sum(1 for line in window if toc_page(line.text, line.key) is not None or line.key in titled) >= 2:  # (entries without pages print the titles)
            next_doc = next((s[0] for s in starts if s[0] > head), None)
            if next_doc is not None:
                repeats.append((head, next_doc - 1))
            elif not any(h < first_doc for h in toc_heads) and not is_attachment_alone(content[head - 1].key) \
                    and _names_titles(window, titled):
                back_toc = head  # the contents printed after the documents (no copy follows them)
            elif any(h < first_doc for h in toc_heads) and _names_titles(window, titled):
                again = head  # (the issue's contents printed before its documents too: back matter)
    repeats = sorted((_cover_above(content, a, first_doc), b) for a, b in repeats)

    # Tables of contents: from a 目录 heading up to the next document (or repeat) start.
    tocs: list[tuple[int, int]] = []
    for head in toc_heads:
        if any(a <= head <= b for a, b in tocs) or any(a <= head <= b for a, b in repeats):
            continue  # the contents of a second copy belong to that copy
        if head > first_doc and head != back_toc:
            continue  # a 目录 inside a document (an attachment's own contents) stays there
        next_doc = next((s[0] for s in starts if s[0] > head), len(content))
        tocs.append((head, next_doc - 1))
    tocs = _without_highlights(content, tocs)

    # Documents: from their header to the line before the next boundary.
    boundaries = sorted({s[0] for s in starts} | {a for a, _ in repeats} | {len(content)}
                        | ({back_toc} if back_toc is not None else set()))
    docs: list[DocSpan] = []
    for first, header_last, title in starts:
        if any(a <= first <= b for a, b in repeats):
            continue
        nxt = next(b for b in boundaries if b > first)
        docs.append(DocSpan(first, nxt - 1, title, header_last))

    # Back matter: a colophon after the last document: a colophon heading, or a run of two or
    # more colophon lines (主办单位：…, 地址：…) that goes on to the end; or the issue's chronicle
    # (政务大事记), which comes last, before the colophon.
    back: list[tuple[int, int]] = []
    named = _entries(content, tocs)
    # The chronicle printed between two documents ends the one before it.
    for d, doc in enumerate(docs[:-1]):
        for i in range(doc.header_last + 1, doc.last + 1):
            if (_may_head_chronicle(content[i].key) and _chronicle_after(content, doc, i, named)
                    and (_dated_entries(content, i) or named_headline_under(content, i, named))) or (content[i].key[:1] in CORRECTION_OPENS and heads_a_correction(content, i) and _closed_before(content, doc, i)
                                                        and not listed_attachment(content[doc.header_last + 1:i], content[i].key)):
                if i - 1 > doc.header_last and is_section_line(content[i - 1]):
                    i -= 1  # (its section's heading over it: 四、大事记, 【政务动态】)
                back.append((i, doc.last))
                docs[d] = DocSpan(doc.first, i - 1, doc.title, doc.header_last)
                break
    if docs:
        last = docs[-1]
        outside = attachments_walk(content, last.header_last + 1, ends_a_document)  # (outside_attachments, read once)
        for i in range(last.header_last + 1, last.last + 1):
            key = content[i].key
            chronicle = _chronicle_after(content, last, i, named)
            closed = chronicle or (
                (is_back_heading(key) or is_editors_note(key)) and _closed_before(content, last, i)
                and back_matter_under(content[i + 1:last.last + 1], key)) \
                or ((i == again or (key[:1] in CORRECTION_OPENS and heads_a_correction(content, i) and not listed_attachment(content[last.header_last + 1:i], key)))
                    and _closed_before(content, last, i)) \
                or (speaks_of_itself(key, last.title.key) and outside(i) and _closed_before(content, last, i)
                    and back_matter_under(content[i + 1:last.last + 1], key)) \
                or (closes_the_issue(key) and _closed_before(content, last, i) and issue_closes_from(content, i, last.last)) \
                or (opens_own_staff(key) and ends_a_document(content[index_before(content, i)].key)
                    and staff_and_colophon(content[i:last.last + 1]))  # (right under the date: no attachment's list)
            if is_colophon_heading(key) or closed \
                    or ((is_colophon(key) or is_colophon_row(content[i]) or colophon_label_at(content, i)) and _colophon_to_the_end(content[i:last.last + 1])) \
                    or (colophon_fields(key) >= 3 and _closed_before(content, last, i)
                        and _colophon_to_the_end(content[i:last.last + 1])) \
                    or (is_issue_end(key) and _closed_before(content, last, i)
                        and all(is_colophon(x.key) or is_issue_end(x.key) for x in content[i:last.last + 1])):
                top = _over_the_colophon(content, i, last.header_last, masthead=True)
                if not any(_names_the_issue(x.key) for x in content[top:i]):
                    top = _over_the_colophon(content, i, last.header_last, masthead=False)
                if top - 1 > last.header_last and is_border(content[top - 1].text) and is_border(content[last.last].text):
                    top -= 1  # (the colophon boxed by two rules, ━━━ over and under it: its top rule)
                if chronicle and top - 1 > last.header_last and is_section_line(content[top - 1]):
                    top -= 1  # (the chronicle's or the news' section heading over it: 四、大事记 / …大事记)
                i = top  # (the back cover's slogans or masthead over its colophon: 发布政令　指导工作)
                back.append((i, last.last))
                docs[-1] = DocSpan(last.first, i - 1, last.title, last.header_last)
                break

    front_end = min(tocs[0][0] if tocs else first_doc, first_doc) - 1
    front = [(0, front_end)] if front_end >= 0 else []
    if not docs and not tocs:
        front = [(0, len(content) - 1)] if content else []
    return Layout(tuple(front), tuple(tocs), tuple(docs), tuple(back), tuple(repeats))


def _under_a_web_page_head(content: list[Line], first: int, floor: int, named: bool) -> int:
    """Where a document copied from a web page begins: over its fields and title, the head of
    its page (the trail of the site's sections, 首页 > 政务公开 > 政策文件 > 县政府办文件, a menu,
    the search box: ``heads_a_web_page``) and the page's chrome between it and the title
    (【字体：大 中 小】 打印本页 关闭窗口, the issue's name as the page's heading: 南浦县人民政府公报2024年
    第3期, past a document: ``named``; over the first, the issue's masthead); the chrome over the head
    (上一篇：…, 【关闭窗口】) ends the page above. ``floor``: the line under the header above."""
    top, k = first, first - 1
    while k >= floor and (is_web_chrome(content[k].key) or (named and is_running_head(content[k].key))):
        if heads_a_web_page(content[k].key):
            top = k
        k -= 1
    return top


def _without_highlights(content: list[Line], tocs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The cover's highlights (本期要目, its titles without pages) printed before the full
    contents (目录): the cover's, not a second contents (its entries would be read twice and its
    last title run into the contents' heading); the contents start at their own heading. With
    pages, 要目 are the contents, going on under 目录 on the next page: two parts of one."""
    if len(tocs) != 1:
        return tocs
    head, end = tocs[0]
    if "要目" not in content[head].key:
        return tocs
    full = next((i for i in range(head + 1, end + 1) if is_toc_heading(content[i].key)
                 and "要目" not in content[i].key), None)
    if full is None:
        return tocs
    if any(toc_page(line.text, line.key) is not None for line in content[head + 1:full]):
        return [(head, full - 1), (full, end)]
    return [(full, end)]


def _header_keys(content: list[Line], start: tuple[int, int, TitleBlock]) -> list[str]:
    """A document's header as printed (its numbers and title) and its first line: a copy prints
    them again word for word; a series (祁阳市人民政府公告 〔2024〕第1号, 第2号; 通告 after 通告)
    does not."""
    first, last, _ = start
    return [line.key for line in content[first:last + 2]]  # (and the first line under it)


def _names_titles(window: list[Line], titled: frozenset[str]) -> bool:
    """Two lines or more of ``window`` are contents entries naming titles of the issue's documents
    (not an attachment's own contents: 第一章　总则……1)."""
    named = 0
    for line in window:
        entry = toc_title(line.key) or line.key
        named += any(entry == key or key.endswith(entry) for key in titled)
    return named >= 2


def _back_cover_slogan(line: Line) -> bool:
    """Slogans of the back cover, two phrases or more: ``发布政令　指导工作``."""
    return is_slogan(line.text) and len(line.text.split()) >= 2


# The back cover's masthead over its colophon: the gazette's name, how often it appears (（季刊）),
# its issue alone or with the day it was published (2024年第2期　2024年6月30日出版).
_FREQUENCY = re.compile(r"\((?:月刊|半月刊|双月刊|季刊|旬刊)\)")
_PUBLISHED_DAY = re.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:出版|印发)$")


def _over_the_colophon(content: list[Line], i: int, floor: int, masthead: bool) -> int:
    """The first line of the back cover's slogans, QR prompts, page marks (and masthead) over ``i``."""
    while i - 1 > floor and (_back_cover_slogan(content[i - 1]) or is_page_mark(content[i - 1])
                             or is_follow_prompt(content[i - 1].key) or (masthead and _back_cover_masthead(content[i - 1].key))):
        i -= 1
    return i


def _names_the_issue(key: str) -> bool:
    """A masthead's line that only the gazette prints: its name, how often it appears, the day it
    was published. Issue numbers alone (2024年第3—4期) may end a document's list of issues."""
    return bool(_FREQUENCY.fullmatch(key) or _PUBLISHED_DAY.search(arabic(key))) \
        or (("公报" in key or "政报" in key) and _back_cover_masthead(key))


def _back_cover_masthead(key: str) -> bool:
    if _FREQUENCY.fullmatch(key):
        return True
    day = _PUBLISHED_DAY.search(arabic(key))
    issue = key[:day.start()] if day else key
    return bool(issue) and (is_issue_line(issue) or is_running_head(issue))


def _colophon_to_the_end(rest: list[Line]) -> bool:
    """Two colophon lines or more, and nothing long, from here to the end; or a line of three
    fields of the colophon or more (编辑：…　地址：…　电话：…), and nothing but the colophon after it.
    Not a document's 版记 naming the office that oversees its matter (主办单位：县水利局 / 督办单位：…
    / 抄送：… / …印发): a colophon names no 督办."""
    if any("督办" in x.key and handling_offices(x.key) for x in rest):
        return False
    if rest and colophon_fields(rest[0].key) >= 3 and all(is_colophon(x.key) or colophon_fields(x.key) >= 2
                                                           for x in rest[1:]):
        return True
    return len(rest) >= 2 and all(len(x.key) <= 40 and not is_date_line(x.key) for x in rest) \
        and sum(1 for k, x in enumerate(rest) if is_colophon(x.key) or is_colophon_row(x) or colophon_label_at(rest, k)) >= 2  # (a date under it: a signature, not yet the end)


def _cover_above(content: list[Line], i: int, first_doc: int) -> int:
    """Where a second copy of the issue starts whose masthead or contents is at ``i``: above it,
    the lines that print again what the issue's own front prints (its cover and colophon:
    平江县人民政府 / 公报 / 第 2 期 / 2023 / 发布政令 / 主办：… / 编辑委员会 …; another issue's number), no more of them
    than the front has; they are the copy's, not the last lines of the document before it, whose
    date or 印发 line ends the walk."""
    front = {line.key for line in content[:first_doc]}
    j = i
    while j - 1 >= first_doc and i - (j - 1) <= first_doc and (content[j - 1].key in front or is_issue_line(content[j - 1].key)) \
            and not ends_a_document(content[j - 1].key):  # (another issue's number: 2024年第2期（总第38期）, its name an image)
        j -= 1
    return j


def _may_head_chronicle(key: str) -> bool:
    """A quick check: the words a chronicle's (``_CHRONICLE``) or the news' heading (``NEWS_HEADING``) holds."""
    return "大事记" in key or "动态" in key or "要闻" in key or "活动" in key or "图片" in key or "政务" in key


def _chronicle_after(content: list[Line], doc: DocSpan, i: int, named: frozenset[str]) -> bool:
    """``content[i]`` heads the issue's chronicle after ``doc`` has been dated; or, named word
    for word by an entry of the issue's contents (``named``) and printed nowhere after, over its
    dated entries after a document that has no date at its end (a 统计公报 dated under its
    title). News (政务动态) head dated entries."""
    key = content[i].key
    if not _may_head_chronicle(key):
        return False
    chronicle = "大事记" in key and bool(_CHRONICLE.match(key))
    if not (chronicle or NEWS_HEADING.match(key)):
        return False
    dated = _dated_entries(content, i) or (not chronicle and named_headline_under(content, i, named))
    if not (chronicle or dated):
        return False
    # (the words printed again further on: a heading of the document's own, 政务动态 over its dated
    # lines in a report on the county's website, and the issue's section after it)
    return _closed_before(content, doc, i) or (
        key in named and dated and apart(content, i) and not _under_an_attachment(content, i)
        and all(line.key != key for line in content[i + 1:])
        and not any(numbering(x.key) for x in content[i + 1:doc.last + 1]))  # (the report goes on: 二、…)


def _entries(content: list[Line], tocs: list[tuple[int, int]]) -> frozenset[str]:
    """The titles the issue's contents print, folded (without leaders and pages; a page in
    brackets printed with no leader, ``2024年3月南浦县政府大事记（6）``, taken off too)."""
    return frozenset(without_bracketed_page(toc_title(line.key) or line.key)
                     for a, b in tocs for line in content[a + 1:b + 1])


def _closed_before(content: list[Line], doc: DocSpan, i: int) -> bool:
    """``doc`` has been dated (or its 印发 line printed) before ``content[i]``, and ``content[i]``
    does not head an attachment of it (印发《…大事记》: 附件, then the chronicle; an attachment's
    own 编辑委员会 or 《…公报》是…: an 附件 heading in the lines right above)."""
    closing = next((j for j in range(i - 1, doc.header_last, -1) if ends_a_document(content[j].key)), None)
    return closing is not None and not _under_an_attachment(content, i, floor=closing + 1)


def _under_an_attachment(content: list[Line], i: int, floor: int = 0) -> bool:
    """An 附件 heading in the lines right above ``content[i]`` (from ``floor`` on; the page's
    furniture between them not counted): it heads an attachment."""
    j, seen = i - 1, 0
    while j >= floor and seen < _ATTACHMENT_TITLE_LINES:
        if not page_mark_at(content, j):
            if is_attachment_alone(content[j].key) or attachment_heading(content[j].key)[0]:
                return True
            seen += 1
        j -= 1
    return False


_ATTACHMENT_TITLE_LINES = 2  # an 附件 heading and its title over what they head


def heads_dated_news(content: list[Line], i: int) -> bool:
    """``content[i]`` heads the issue's chronicle or news over its dated entries (2024年4月南浦县政府
    大事记 / 4月2日，县长…): back matter wherever the issue prints it (also after the contents,
    before the first document)."""
    key = content[i].key
    return _may_head_chronicle(key) and bool(_CHRONICLE.match(key) or NEWS_HEADING.match(key)) and _dated_entries(content, i)


__all__ = ["DocSpan", "Layout", "heads_dated_news", "layout"]
