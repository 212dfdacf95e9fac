"""Table of contents (目录): its entries parsed (matched with the documents by ``tocmatch``).

An entry is one or more lines of title, possibly with a list marker (``- 1.``), with the
发文字号/登记号 on the same or the next line, ending with a page number after a dot leader or a
tab. Section headings (``【县政府文件】``, ``### 市政府文件``, ``县 政 府 办 文 件``) group
entries; cover slogans (``发布政令``) may stand between an entry's lines and are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .furniture import is_page_mark, section_head
from .grids import box_cells, is_box_row
from .rulelines import is_border
from .headerlines import is_interpretation, section_name
from .identifiers import DocNumber
from .model import Line, TocEntry
from .normalize import HAN, fold, join_wrapped, squeeze, strip_markup
from .patterns import (
    DOC_NUMBER_PATTERN,
    doc_type_of,
    is_header_number_line,
    regulation_of,
    is_slogan,
)
from .pairedheads import section_beside_bare_page
from .toclines import (PAGE_TEXT, has_leader, is_other_script, is_toc_column_titles, without_listed_day, is_toc_continued, is_toc_heading, is_toc_running_head,
                       strip_toc_tail, toc_page, day_after, without_day, without_other_script)
from .backmatter import CORRECTION_OPENS, heads_a_correction, is_year_index
from .colophon import is_colophon
from .tocsections import LIST_MARKER, MARKS, SECTION_NUMBER, is_section_heading, names_a_section, section_with_its_page
from .tocnumbers import UNREAD, entry_numbers, without_numbers
from .toccolumns import columns_apart, heading_beside_an_entry, heading_then_entry, in_second_column, two_entries, two_headings, wrapped_second_title
from .tocyears import without_year_after_title, years_not_pages
from .tocentries import order_under_the_rule, issuer_after_title, issuer_over_entries, last_numbered, notices_under_banners, numbered_next, starts_entry
from .tocpages import (PAGE_ALONE, PAGE_FIRST, page_after_title, page_as_the_entry_above, page_number_between_entries,
                       rest_of_the_page, without_bare_page)

# A leader that ends a line, its page on the next: …PJDR—2023—01005..... over (7)
# A leader of dots, ellipses, middle dots, dashes or underscores (each run possessive, matched from
# its start: ``toclines.PAGE_TEXT``); the text is not folded, so the full-width dots (．．．．３), the midline
# ellipsis (⋯⋯ １), two-dot leaders (‥‥), katakana middle dots (・・・) and other fonts' dots (∙∙∙∙, ⋅⋅⋅⋅, ‧‧‧‧)
# are leaders too (the key folds them all to dots and finds the page: the title kept them), and so are rules
# of three dashes or more of any width (——————3, －－－－3: folded to -) and dots or dashes a space apart.
_LEADER = (r"(?<!\.)\.{2,}+|(?<!…)…++|(?<!·)·{2,}+|(?<!-)-{3,}+|(?<!_)_{3,}+|(?<!⋯)⋯++|(?<!．)．{2,}+|(?<!‥)‥++"
           r"|(?<!・)・{2,}+|(?<!—)—{3,}+|(?<!－)－{3,}+|(?<!─)─{3,}+|(?<!━)━{3,}+|(?<![∙⋅‧])[∙⋅‧]{2,}+"
           r"|(?<![.·．_-] )(?:[.·．_-] ){3,}+[.·．_-]?")  # (spaced: . . . . 3, - - - 3, _ _ _ 3)
_LEADER_AT_END = re.compile(rf"(?<!\s)\s*+(?:{_LEADER})\s*+$")  # (from a run of spaces' start only: linear)
_LEADER_LAST = "._-…·⋯．‥・—－─━∙⋅‧"  # (what each of _LEADER's ends with, spaces after it aside)


_PAGE_LAST = "OolI页)）〕】］"  # (what PAGE_TEXT ends with but a figure, spaces after it aside)


def _without_leader_and_page(text: str) -> str:
    """``text`` without the leader and the page that end it; its last character asked first (a figure,
    a page's bracket), which answers the lines of a title the entry wraps over."""
    last = text.rstrip()[-1:]
    return _LEADER_TEXT.sub("", text) if last.isdecimal() or last in _PAGE_LAST else text


def _without_leader_at_end(text: str) -> str:
    """``text`` without the leader that ends it; its last character asked first, which answers most lines."""
    return _LEADER_AT_END.sub("", text) if text.rstrip()[-1:] in _LEADER_LAST else text
# Each leader possessive and starting where its run starts (``toclines.PAGE_TEXT``).
# (a speech's or report's speaker between the leader and the page, 政府工作报告……县长　王明（1）: the
# entry's, not its title's: toclines._SPEAKER)
_LEADER_TEXT = re.compile(
    rf"(?:(?<!\s)\s*+(?:{_LEADER})\s*+"
    r"|(?<!\t)\t++\s*+|(?<!\s)\s{3,}+|(?<!\s)\s++/\s*+)" + rf"(?:[{HAN}、]{{2,16}}+(?:[ \u3000]++[{HAN}]{{1,4}}+){{0,3}}+\s*+)?" + PAGE_TEXT)
# The titles of the columns of contents printed as a table.
@dataclass(frozen=True, slots=True)
class TocParse:
    entries: tuple[TocEntry, ...]
    last: int  # content index of the last line that belongs to the contents


# An entry's leader to a cover's page, where a gazette prints its pictures (……封二, …… 封三, ……（封底）).
_COVER_PAGE = re.compile(r"(?:\.{2,}|…+|-{3,}|·{3,})\s*[(（]?封[二三四底][)）]?\s*$")


def parse_toc(content: list[Line], head: int, end: int) -> TocParse:
    """Parse the contents between the 目录 heading at ``head`` and ``end`` (inclusive)."""
    apart = columns_apart(content[head + 1:end + 1]) if end - head >= 3 else None
    if apart is not None:  # (contents in two columns whose titles wrap side by side: a column after the other)
        parsed = parse_toc(content[:head + 1] + apart + content[end + 1:], head, head + len(apart))
        seen = max(line.no for line in apart[:parsed.last - head]) if parsed.last > head else content[head].no
        return replace(parsed, last=_index_of(content, Line(seen, "", ""), head, end))
    entries: list[TocEntry] = []
    section: str | None = None
    column: str | None = None  # the second column's section, in contents set in two columns under two headings
    pending: list[Line] = []
    pending_page: int | None = None  # a page number printed before the title
    last = head
    last_key = ""  # the key of the line the last entry ended on

    def flush(page: int | None, second: bool = False) -> None:  # (second: an entry of the second column)
        nonlocal pending, last, pending_page, last_key
        if pending:
            second = second or (column is not None and in_second_column(pending[0].text))  # (only the second's on its line)
            entry = _entry(pending, column if second and column else section, page if page is not None else pending_page)
            if entry is not None:
                entries.append(entry)
                last_key = pending[-1].key
                last = max(last, _index_of(content, pending[-1], head, end))
        pending = []
        pending_page = None

    i = head + 1
    while i <= end:
        line = content[i]
        shown = without_listed_day(without_other_script(line.text))  # (…的通知　　2024-02-18: a portal's list)
        if is_box_row(shown):  # (contents printed as a drawn or Markdown table, | 1 | …的通知 | 青政发〔2024〕5号 | 2 |:
            shown = "\t".join(cell.strip() for cell in box_cells(shown))  # read as its row of tabs is)
        if shown != line.text:
            line = Line(line.no, shown, fold(shown), line.page_break, at=line.at)
        key = line.key
        if is_colophon(key) or is_year_index(key) or (key[:1] in CORRECTION_OPENS and heads_a_correction(content, i)):
            break  # the colophon (编辑出版, 赠阅范围), the year's index or a correction (更正) follows: they have ended
        named = section_head(line.text) or section_beside_bare_page(line.text)  # (县政府文件　　　1 too)
        if named is not None:  # 县政府文件　　·1·: a section with the page it starts on
            flush(None)
            section, column = squeeze(named), None
            last = i
            i += 1
            continue
        if is_page_mark(line) or is_toc_continued(key) or is_toc_column_titles(line.text) or is_toc_heading(key) \
                or is_toc_running_head(key) or is_border(line.text) or is_border(key) \
                or is_other_script(key) or page_number_between_entries(content, i, end, bool(pending), entries):
            if not (is_other_script(key) and i > head and is_page_mark(content[i - 1])):
                last = i  # (a line in another script first on a new page is the next page's: the red head's translation)
            # — 1 —, the running head and 目录（续） where the contents go on over a page;
            i += 1    # contents printed as a table: its header (序号⇥标题⇥文号⇥页码); the heading
            continue  # in English under the Chinese (目　录 / CONTENTS); a line in another script; a rule
            # (Markdown's ---, a line of ═ or ——) between the entries or under the last: no entry's text
        both = two_headings(line.text)
        if both is not None:  # 【县政府文件】　　　【县政府办公室文件】: each column's section over its entries
            flush(None)
            section, column = squeeze(both[0]), squeeze(both[1])
            last = i
            i += 1
            continue
        ahead = heading_then_entry(line.text)
        if ahead is not None:  # (【县政府办公室文件】　　　…会议 …… 7: the first column's section, the second's entry)
            flush(None)
            section = squeeze(ahead[0])
            pending.append(Line(line.no, ahead[1], fold(ahead[1]), line.page_break, at=line.at))
            flush(toc_page(ahead[1], fold(ahead[1])), True)
            last = i
            i += 1
            continue
        pair = two_entries(line.text)
        if pair is not None:  # contents set in two columns: two entries on the line, each with its page
            for half in pair:
                pending.append(Line(line.no, half, fold(half), line.page_break, at=line.at))
                flush(toc_page(half, fold(half)), half is pair[1])
            last = i
            i += 1
            continue
        groups = wrapped_second_title(line.text, content[i + 1].text) if i < end else None
        if groups is not None:  # (the second column's title wraps: its opening read with its rest)
            for n, group in enumerate(groups):
                for at, half in group:
                    src = content[i + at]
                    pending.append(Line(src.no, half, fold(half), src.page_break, at=src.at))
                flush(toc_page(group[-1][1], fold(group[-1][1])), n == 1)
            if len(groups) == 1:  # (…的通知 …… 1　　【县政府常务会议纪要】: the second column's section opens)
                column = squeeze(heading_beside_an_entry(line.text) or "") or column
            last = i + max(at for group in groups for at, _ in group)  # (the line below, or this one alone)
            i = last + 1
            continue
        cover = _COVER_PAGE.search(line.text) if "封" in key and has_leader(key) else None
        if cover is not None:  # (图片新闻…………封三: an entry printed on a cover's page, no page's number)
            flush(None)
            pending.append(Line(line.no, line.text[:cover.start()], fold(line.text[:cover.start()]), line.page_break, at=line.at))
            flush(None)
            last = i
            i += 1
            continue
        page = toc_page(line.text, key)
        if page is not None and not pending and section_with_its_page(content, i, end, page):
            section, column = squeeze(section_name(_without_leader_and_page(line.text).strip())), None
            last = i  # (县政府文件…………1 over its entries: the section's heading and the page it opens on)
            i += 1
            continue
        if page is None:
            page = page_after_title(key)
        if page is None and not pending and entries:
            page = page_as_the_entry_above(key, last_key, entries[-1].page)
        if page is None and _is_slogan_line(content, i, end):
            i += 1
            continue
        # (a section's name, 县政府办文件, after an entry that is whole though no number or page
        # ended it — a 通告's subject, its number listed above it with the banner — opens a section)
        closed = bool(pending) and names_a_section(SECTION_NUMBER.sub("", key).strip(MARKS)) \
            and _complete(pending)  # (二、县政府办公室文件; the section's name asked first, the cheaper)
        if page is None and is_section_heading(line, bool(pending) and not closed, content[i + 1] if i < end else None):
            flush(None)
            name = squeeze(section_name(strip_markup(_without_leader_at_end(line.text))))  # (县政府文件……, no page)
            if column is not None and in_second_column(line.text):
                column = name  # (in contents set in two columns: the second column's heading, indented into it,
            else:              # or the first column's at its left)
                section = name
            i += 1  # (the contents' last only with an entry under it: 政务动态 heading the news
            continue  # after the contents, no entry of its own, opens the back matter they print)
        if page is None and not pending and entries and (_number_of_previous(line, entries[-1])
                                                         or _bare_number_under(content, head, end, i, entries[-1])):
            # ``（平政办发〔2023〕15号）`` under an entry that already ended with its page
            entries[-1] = _with_number(entries[-1], line)
            last = i
            i += 1
            continue
        rest = rest_of_the_page(content, i, entries) if page is None and not pending and entries else None
        if rest is not None:
            # (the entry's page the wrap cut: …（2 / 2）, ……6 / 1)
            entries[-1] = replace(entries[-1], page=int(f"{entries[-1].page}{rest}"), last=line.last)
            last = i
            i += 1
            continue
        alone = PAGE_ALONE.fullmatch(key) if page is None else None
        if alone and (pending or (entries and entries[-1].page is None)):
            # the entry's page on a line of its own (after its bracketed 文号, which ended it)
            if pending:
                under, count = content[i - 1] is pending[-1], len(entries)
                flush(int(alone.group("page")))
                if under and len(entries) > count:  # (right under the entry: the page's line is the entry's)
                    entries[-1] = replace(entries[-1], last=line.last)
            else:
                entries[-1] = replace(entries[-1], page=int(alone.group("page")), last=line.last)
            last = i
            i += 1
            continue
        first_page = PAGE_FIRST.match(line.text) if page is None else None
        starts_new = bool(pending) and page is None and (
            first_page is not None or (starts_entry(line, content[i + 1] if i < end else None)
                                   and (_complete(pending) or numbered_next(pending[0], line))))
        if starts_new:
            flush(None)
        if first_page is not None:
            pending_page = int(first_page.group("page"))
        pending.append(line)
        if page is not None or (is_header_number_line(key.strip("()")) and
                                line.text.strip().startswith(("(", "（")) and key.count("(") == key.count(")")):
            flush(page)  # (a bracketed number the wrap cut goes on, with the leader and page, on the next line)
        elif pending_page is not None and _complete(pending):
            flush(None)
        i += 1
    if pending and (_complete(pending) or last_numbered(content[head:end + 1], entries, pending)):
        flush(None)
    firsts = {entry.first for entry in entries if entry.first < entry.last}  # (an issuer over its entries)
    keys = {line.no: line.key for line in content[head:last + 1] if line.no in firsts}
    return TocParse(issuer_over_entries(notices_under_banners(years_not_pages(entries)), keys), last)


def _number_of_previous(line: Line, previous: TocEntry) -> bool:
    """A bracketed 发文字号/登记号 alone on a line, for an entry that has none yet."""
    return (line.text.strip().startswith(("(", "（")) and is_header_number_line(line.key.strip("()"))
            and previous.doc_number is None and previous.registration_number is None) or order_under_the_rule(line.key, previous)


def _bare_number_under(content: list[Line], head: int, end: int, i: int, previous: TocEntry) -> bool:
    """A 发文字号 or 登记号 alone on line ``i`` without brackets, under an entry that ended with its
    page and has no such number yet (…的通知……1 / 青政发〔2024〕5号, a 登记号 under that): the entry's, where the contents print no
    number over an entry's title (one right under the heading or a section's heading: 目录 /
    青政发〔2024〕5号 / …的通知……1, each number the entry's under it)."""
    key = content[i].key
    if previous.page is None or key[:1] == "(" or not is_header_number_line(key):
        return False
    doc_number, reg = entry_numbers(key)  # (a 登记号 under the 发文字号 taken so: the entry's too)
    if (doc_number is None or previous.doc_number is not None) and (reg is None or previous.registration_number is not None):
        return False
    return not any(is_header_number_line(content[j].key) and (
        is_toc_heading(content[j - 1].key) or content[j - 1].key[:1] == "【" or is_section_heading(content[j - 1], False))
        for j in range(head + 1, end + 1))


def _with_number(entry: TocEntry, line: Line) -> TocEntry:
    doc_number, reg = entry_numbers(line.key)
    return replace(entry, doc_number=doc_number or entry.doc_number, registration_number=reg or entry.registration_number,
                   last=line.last)


def _index_of(content: list[Line], line: Line, lo: int, hi: int) -> int:
    for i in range(hi, lo - 1, -1):
        if content[i] is line or content[i].no == line.no:
            return i  # (or a line shown otherwise: without its translation, or its listed day)
    return lo


def _is_slogan_line(content: list[Line], i: int, end: int) -> bool:
    """A slogan between entries: several phrases on the line, or a phrase on a line of its
    own next to another such line (a lone four-character line may be a wrapped title)."""
    line = content[i]
    if not is_slogan(line.text):
        return False
    if len(line.key) > 4:
        return True
    neighbours = [content[j] for j in (i - 1, i + 1) if 0 <= j <= end]
    return any(is_slogan(n.text) and len(n.key) == 4 for n in neighbours)


def _complete(lines: list[Line]) -> bool:
    """The pending entry is whole: it ends as a title with its 文种 or a regulation's name does,
    or with its number; or it is an interpretation's title (《…》政策解读, 一图读懂《…》) or a
    chronicle's (2024年3月…政务大事记), which name no 文种."""
    key = without_day(strip_toc_tail("".join(line.key for line in lines)).rstrip("0123456789"))  # (…（2024年3月1日）)
    return bool(doc_type_of(key) or doc_type_of(key.rstrip(")")) or doc_type_of(_ORDER_NUMBER_AT_END.sub("", key))
                or regulation_of(key)) or bool(DOC_NUMBER_PATTERN.search(key)) or is_interpretation(key) \
        or key.endswith("大事记")  # (2024年3月青溪县政务大事记: the chronicle's entry, last and without its page)


# A 令's or 公告's number in brackets after its title, in an entry without a page: 南浦县人民政府令（第3号）,
# 南浦县人民政府公告（2024年第1号）.
_ORDER_NUMBER_AT_END = re.compile(r"\((?:(?:19|20)\d{2}年)?第\d{1,4}号\)$")


def _entry(lines: list[Line], section: str | None, page: int | None) -> TocEntry | None:
    texts = [_without_leader_at_end(_without_leader_and_page(strip_markup(line.text))) for line in lines]
    texts[0] = PAGE_FIRST.sub("", texts[0])
    texts[-1] = without_year_after_title(without_bare_page(texts[-1], page))  # (…的通知 2024　　1)
    joined = join_wrapped(texts)
    text = without_day(joined)  # (the day in brackets after the title: the document's)
    text = issuer_after_title(text) if page is not None else text  # (关于…的通知……南浦县人民政府……3)
    key = fold(text)
    number = DocNumber.search(text)  # (read once: it reads the text's key, the key's own where folding it again keeps it)
    doc_number, reg = entry_numbers(key, number if fold(key) == key else UNREAD)
    title = without_numbers(text, number)
    title = LIST_MARKER.sub("", title, count=1).strip()
    title = squeeze(title)
    if not title and doc_number is None:
        return None
    return TocEntry(
        title=title,
        doc_number=doc_number,
        registration_number=reg,
        section=section,
        page=page,
        first=lines[0].no,
        last=lines[-1].last,
        day=day_after(joined) if text != joined else None,
    )


__all__ = ["TocParse", "parse_toc"]
