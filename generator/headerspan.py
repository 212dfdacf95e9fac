"""How far a document's header reaches around its title: the 发文字号, 登记号, 签发人 lines,
the 发文机关标志, a section heading of the issue and the fields of a portal page before it; the
numbers, 令 and 纪要 numbers, notes and portal fields after it. Also what tells a list of titles,
each with its 文号, from a document's header."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .imprintlines import imprint
from .runs import before_furniture, page_mark_at, past_furniture  # (the page's furniture: also given from here)
from .headerlines import (
    codeless_number,
    is_banner,
    is_copy_number,
    is_interpretation_label,
    is_minutes_number,
    is_month_note,
    is_order_number,
    org_and_date,
    is_portal_line,
    is_section_line,
    is_urgency_line,
    is_validity_term,
    is_subtitle,
)
from .entrynumbers import number_under_its_entry
from .model import Line
from .redheads import (MAX_BANNER_ORGANS, bare_number, day_over_a_number, opens_after_an_end, organs_over_a_number, organs_over_a_title,
                       separator_rule)
from .patterns import (
    doc_type_of,
    is_date_line,
    is_doc_number_line,
    is_header_number_line,
    is_issuer_line,
    is_org_only,
    is_registration_line,
    is_signer_line,
    statistical_report,
)
from .personlines import codeless_signed_number, is_byline, signers_wrapped, speaker_named_alone
from .toclines import is_other_script, toc_page
from .portal import web_info_fields
from .titleline import SPEECH_TITLE, opens_title, title_like
from .footnumbers import number_at_the_foot
from .portalfields import is_portal_at
from .headstrays import page_lines_end
from .stackedletters import script_run_end

if TYPE_CHECKING:
    from .titles import TitleBlock

MAX_HEADER_EXTRA = 3  # number, 登记号, 签发人 lines around a title


def minutes_number(title_line: Line, line: Line) -> bool:
    """第6期 under a title that ends in 纪要 (常务会议纪要 are numbered by the issue)."""
    return doc_type_of(title_line.key) == "纪要" and is_minutes_number(line.key)


def bracketed_number(line: Line) -> bool:
    """A 发文字号 printed in brackets on a line of its own: （青府发〔2024〕14号）; or a 登记号 in
    brackets of either kind: （TXDR-2024-01003）, 〔规范性文件登记号：TXDR-2024-01004〕."""
    stripped = line.text.strip()
    return stripped.startswith(("(", "（", "〔")) and is_header_number_line(line.key) \
        and toc_page(line.text, line.key) is None


def listed_under_a_title(content: list[Line], k: int) -> bool:
    """Is the number line ``content[k]`` printed under a title above it, on the very next
    source lines (an entry of a list of documents: title / 文号 / 登记号), or a paragraph a line
    with a blank line between (a web page's list: title / blank / 文号), or a page break between
    any two of them (its furniture: — 23 —, the running head)? An entry prints its 发文字号 (one, or
    its joint issuers' one under another): one after its 登记号 or a page break opens what follows
    (the next document's, over its title)."""
    gap = None  # the list's spacing: 1, or 2 (a blank line between), as its first two lines have it
    j = k
    while True:
        above = before_furniture(content, j - 1)
        if above < 0:
            return False
        if above == j - 1:  # (a page's furniture between them: whatever the spacing)
            step = content[j].place - content[above].place
            gap = gap or (1 if step == 1 else 2)
            if step != gap:
                return False
        if not bare_number(content[above]):
            return _title_ends_at(content, above) and not _next_documents_number(content, above, k) \
                and not _listed_without_numbers(content, above)
        j = above


_ENTRY_LINES = 3  # lines a list's entry wraps over, at most


def _listed_without_numbers(content: list[Line], end: int) -> bool:
    """The title ending on line ``end`` is a list's entry right under another entry's title, no
    number between them (nor over that one, a section's heading perhaps between): a list that
    prints no numbers with its entries (contents without pages, …的通知 / …会议纪要 / …的通知),
    whose last entry the first document's numbers follow (青政发〔2024〕7号 / QXDR-2024-00004 /
    the first entry's title again): not the entry's."""
    start = end
    while start >= 1 and end - start < _ENTRY_LINES - 1 and content[start].place == content[start - 1].place + 1 \
            and doc_type_of(content[start - 1].key) is None and title_like(content[start - 1]) \
            and not is_section_line(content[start - 1]) and not bare_number(content[start - 1]):
        start -= 1  # (its lines the wrap cut, its issuer over 关于…, its page perhaps before it: 5　青溪县人民政府办公室)
    prev = before_furniture(content, start - 1)
    if prev >= 1 and prev == start - 1 and is_section_line(content[prev]):
        start, prev = prev, before_furniture(content, prev - 1)  # (the first entry of a section: the last of the one before)
    return prev >= 0 and prev == start - 1 and not bare_number(content[prev]) \
        and (_title_ends_at(content, prev) or (doc_type_of(content[prev].key) is not None and title_like(content[prev]))) \
        and not any(bare_number(content[x]) for x in range(max(0, prev - _ENTRY_LINES), prev))  # (nor over it)


def _title_ends_at(content: list[Line], k: int) -> bool:
    """A title ends on line ``k``: one line that opens a title and ends with its 文种, or its last
    line, a hard wrap having cut it (…管理养护办法》的 / 通知): the line right over it opens the title."""
    line = content[k]
    if opens_title(line):
        return bool(doc_type_of(line.key))
    top = content[k - 1] if k >= 1 else None
    return top is not None and line.place == top.place + 1 and len(line.key) < len(top.key) \
        and opens_title(top) and not doc_type_of(top.key) and bool(doc_type_of(top.key + line.key))


def _next_documents_number(content: list[Line], title: int, k: int) -> bool:
    """Of the 发文字号 lines from under the entry's ``title`` to ``content[k]``, the last is the next
    document's: a line that is none (the entry's 登记号, a page's furniture) stands between it and
    the entry's first, or it is of another year. Numbers of one year right under one another are
    one entry's, issued jointly (青政发〔2023〕15号 / 青财发〔2023〕21号)."""
    numbers = [x for x in range(title + 1, k + 1) if is_doc_number_line(content[x].key)]
    if len(numbers) < 2:
        return False
    years = {m.group() if (m := _YEAR.search(content[x].key)) else None for x in numbers}
    return numbers[-1] - numbers[0] + 1 > len(numbers) or len(years) > 1


_YEAR = re.compile(r"(?:19|20)\d{2}")  # (a 发文字号's year: 〔2023〕, [2023])


def boxed_registration(line: Line) -> bool:
    """A 登记号 printed in a box over the 发文字号, as some counties set it at the top of a
    normative document: 【NPDR—2024—01003】, 【规范性文件登记号：NPDR-2024-01003】 (round and
    tortoise-shell brackets are the contents' way with an entry's numbers, under its title, and
    stay ``bracketed_number``'s)."""
    return line.text.strip().startswith("【") and is_registration_line(line.key)


def _header_line_before(line: Line) -> bool:
    return (bare_number(line) or boxed_registration(line) or is_signer_line(line.key) or is_banner(line.key)
            or codeless_signed_number(line.key) or is_section_line(line) or is_portal_line(line)
            or is_urgency_line(line.key) or is_interpretation_label(line.key) or is_copy_number(line.key)
            or is_validity_term(line.key))


def number_under_a_red_head(content: list[Line], k: int) -> bool:
    """A number that prints no 机关代字 right under the red head (南浦县人民政府文件 / 〔2024〕3号 /
    title): the header's number line. Not such a number alone over a title (a 令's or 公告's,
    printed under its own title: the document before's)."""
    above = before_furniture(content, k - 1)
    return above >= 0 and codeless_number(content[k].key) and is_banner(content[above].key)


def copy_number_over(content: list[Line], k: int, first: int) -> bool:
    """The 份号 (000126) right over the header's first line taken so far, its 密级, 紧急程度, red
    head or 发文字号: the top of the 版头, however many lines the header already holds."""
    return is_copy_number(content[k].key) and before_furniture(content, first - 1) == k and (
        is_urgency_line(content[first].key) or is_banner(content[first].key) or bare_number(content[first]))


def registration_under_a_number(content: list[Line], k: int) -> bool:
    """A 登记号 in brackets under the 发文字号 in a document's header, over the title
    (禾政办规〔2024〕2号 / 〔HFDR-2024-01003〕 / title): the header's, as one without brackets is.
    Alone in brackets it is not: a contents entry's under its title, or the document's above
    after its date (…2024年5月20日 / （登记号：SLDR-2024-01008））."""
    line = content[k]
    if not (bracketed_number(line) and is_registration_line(line.key)):
        return False
    j = before_furniture(content, k - 1)
    return j >= 0 and bare_number(content[j]) and not is_registration_line(content[j].key)


def speaker_over(content: list[Line], k: int, title: TitleBlock) -> bool:
    """The speaker's office and name on the line right over a speech's title (县长　李建国 /
    在全县防汛抗旱工作会议上的讲话（2024年5月8日））: the speech's byline, printed first; not a line
    over any other title."""
    return k == before_furniture(content, title.start - 1) and is_byline(content[k].key) \
        and SPEECH_TITLE.match(title.key) is not None


def header_line_after(line: Line) -> bool:
    return (bare_number(line) or bracketed_number(line) or is_signer_line(line.key)
            or is_order_number(line.key) or is_urgency_line(line.key) or is_validity_term(line.key)
            or is_subtitle(line.key) or is_month_note(line.key) or is_portal_line(line) or web_info_fields(line.key) > 0
            or is_byline(line.key))


def _issuers_over_note(content: list[Line], k: int, report: bool = False) -> bool:
    """``content[k]`` is an organ's name over another one or over a note (（2024年3月28日）);
    under a 公报's title (``report``), over the day without brackets too."""
    day = past_issuers(content, k)  # (a page break between the organs, or over the note)
    return day > k and day < len(content) and (is_subtitle(content[day].key) or (report and is_date_line(content[day].key)))


def past_issuers(content: list[Line], k: int, most: int = 2) -> int:
    """The first index past the issuing organs' names from ``k`` on (at most ``most``: 隆回县统计局 /
    国家统计局隆回调查队), and past the page's furniture after each (a page break among them); ``k``
    when none stands there."""
    j, organs = k, 0
    while j < len(content) and organs < most and is_issuer_line(content[j].key):
        j, organs = past_furniture(content, j + 1), organs + 1
    return j


def banner_above(content: list[Line], k: int) -> bool:
    """``content[k - 1]`` is the first part of the 发文机关标志 at ``content[k]``: an organ's name
    over 文件 alone or over the banner of another organ (a joint red head)."""
    above, line = content[k - 1], content[k]
    if above.place < line.place - 2 or not is_org_only(above.key):
        return False
    if line.key == "文件":
        return True
    if is_org_only(line.key) and (under := _stack_end(content, k)) + 1 < len(content) \
            and content[under + 1].key == "文件" and content[under + 1].place <= content[under].place + 2:
        # (organs stacked over 文件 alone: 中共…委办公室 / …办公室 / 文件; three or more, an organ a line)
        top = k - 1
        while not opens_after_an_end(content, top, banner=True):
            if top == 0 or k - top >= MAX_BANNER_ORGANS or content[top - 1].place < content[top].place - 2 \
                    or not is_org_only(content[top - 1].key):
                return False
            top -= 1
        return True
    # a joint red head: the organ's line opens it, after a document's end (not the last of a list
    # of organs, a signature without its date, a cover's publisher)
    return is_banner(line.key) and k >= 2 and (is_date_line(content[k - 2].key) or bool(imprint(content[k - 2].key)))


def wrapped_note(content: list[Line], k: int) -> bool:
    """A note wrapped onto the next line: （2024年6月18日…常务委员会 / 第二十次会议通过）, or a
    report's after its dash (——2024年1月9日在梅岗县第十八届人民代表大会 / 第四次会议上)."""
    if k + 1 >= len(content) or content[k + 1].place > content[k].place + 2:
        return False
    key = content[k].key
    if key.startswith("("):
        return ")" not in key and is_subtitle(key + content[k + 1].key)
    return key.startswith("--") and not is_subtitle(key) and is_subtitle(key + content[k + 1].key)


def translation_in_header(content: list[Line], k: int, below: bool, taken: bool = True) -> bool:
    """A line wholly in another script inside a minority region's header: the red head's or the
    title's translation, printed under the red head over the 发文字号 (峨溪彝族自治县人民政府文件 /
    ꆈꌠꉢꁧꎔꀕꃅꌠꁱꋨꊂꇁ / 峨府发〔2024〕18号) or under the title over its number (…的通告 / ꃅꂷꆹꌠꉢ /
    峨府告〔2024〕2号). ``below``: the line under the title, taken only over a header line; the
    line over the title, only under the red head or with header lines already taken under it
    (``taken``), or over the red head (its own translation, no figures in it: not a date of a text
    in that script before), or right over the title under its 发文字号 (延市政发〔2024〕8号 / 연길시인민정부 … 통지 /
    延吉市人民政府关于…的通知: the title's translation printed first). Not a text in that script after the Chinese (its body):
    nothing of the header stands on its other side."""
    if not is_other_script(content[k].key):
        return False
    if below:
        nxt = past_furniture(content, k + 1)
        return nxt < len(content) and header_line_after(content[nxt])
    above = before_furniture(content, k - 1)
    if above >= 0 and (is_banner(content[above].key) or (not taken and bare_number(content[above]))):
        return True
    under = k + 1  # (the red head's translation printed right over it, a name without figures:
    return under < len(content) and is_banner(content[under].key) \
        and not any(char.isdigit() for char in content[k].key)  # 연길시인민정부문건 / 延吉市人民政府文件)


def _lines_between(content: list[Line], k: int, start: int) -> int:
    """The lines from ``k`` up to ``start`` (``k`` counted, ``start`` not) but the page's
    furniture among them (a page break, or two where a page was left blank, between the
    numbers and the title: the header's lines are counted, not the page's)."""
    return sum(1 for x in range(k, start) if not page_mark_at(content, x))


def _stack_end(content: list[Line], k: int) -> int:
    """The last of the organs' names stacked a line each from ``content[k]`` down (a joint red head's)."""
    j = k
    while j + 1 < len(content) and j - k < MAX_BANNER_ORGANS and is_org_only(content[j + 1].key) \
            and content[j + 1].place <= content[j].place + 2:
        j += 1
    return j

def _rule_under_a_head(content: list[Line], k: int) -> bool:
    """``content[k]`` is the 版头's rule printed as text (``redheads.separator_rule``) right under its
    发文字号 or red head (青溪县人民政府文件 / 青政发〔2024〕5号 / ━━━━ / the title; a 信函格式's organ / ━━━━ /
    its number)."""
    if not separator_rule(content[k]) or k == 0:
        return False
    above = content[k - 1]
    return above.place >= content[k].place - 2 and (bare_number(above) or is_banner(above.key) or is_org_only(above.key))

def header_numbers(content: list[Line], title: TitleBlock, titled: frozenset[str] = frozenset()) -> tuple[int, int]:
    """Extend a title to the header lines printed right before it (发文字号, 登记号, 签发人,
    发文机关标志, a section heading of the issue, the fields of a portal page) and after it
    (发文字号, 登记号, 签发人, 令 number, 题注, portal fields). ``titled``: the keys of the issue's
    titles.

    Returns (first, last) content indices of the whole header."""
    first = organs_over_a_title(content, title.start) if title.banner is None else title.banner
    # (a page may end between the numbers and the title: its number and running head skipped — unless the
    # title prints its number under it: a 文号 at the page's foot is the last page's, a list item's; footnumbers)
    numbered_below = (j := past_furniture(content, title.end + 1)) < len(content) and bare_number(content[j])
    while (k := before_furniture(content, first - 1)) >= 0 \
            and not (k < first - 1 and numbered_below) and not number_at_the_foot(content, k, title.end) \
            and (_header_line_before(content[k]) or is_portal_at(content, k) or (k >= 1 and banner_above(content, k))
                 or _rule_under_a_head(content, k)
                 or (k >= 1 and content[k - 1].place == content[k].place - 1
                     and signers_wrapped(content[k - 1].key, content[k].text))
                 or registration_under_a_number(content, k) or speaker_over(content, k, title)
                 or number_under_a_red_head(content, k)
                 or translation_in_header(content, k, below=False, taken=first < title.start)) \
            and (_lines_between(content, first, title.start) <= MAX_HEADER_EXTRA or is_portal_at(content, k)
                 or copy_number_over(content, k, first)):
        if k - 2 >= 0 and bare_number(content[k]) and opens_title(content[k - 1]) \
                and re.fullmatch(r"\d{1,4}", content[k - 2].key) and not page_mark_at(content, k - 2):
            break  # a list printed cell by cell: row number, title, 文号 — not this header (a page's
            # number over the title is no row's: the last entry of contents without pages)
        if bare_number(content[k]) and number_under_its_entry(content, k):
            break  # the contents' last entry's number under its page (…的通知……14 / 青政任〔2024〕2号)
        if listed_under_a_title(content, k) and (content[before_furniture(content, k - 1)].key not in titled or any(
                bare_number(content[j]) for j in range(first, title.start))):
            break  # a list of titles, each with its numbers: those belong to the title above
            # (unless the title above is a document's of the issue: a copy's contents without pages,
            # whose last entry's title stands over the next document's number — while this title
            # has no number of its own yet; with one, the number is the entry's: 石府办发〔2024〕30号
            # under the contents' last title, then this document's 石府办规〔2024〕6号)
        first = organs_over_a_number(content, k)
        while first - 1 >= 0 and banner_above(content, first):
            first -= 1  # the red head wrapped (青溪县人民政府 / 文件) or joint (中共…委办公室 / …文件)
    last = title.end
    if last + 1 < len(content) and minutes_number(content[title.end], content[last + 1]):
        last += 1
    taken = last - title.end  # header lines after the title (page furniture between them not counted)
    monthly = False  # a monthly list's note taken (（2024年2月）): the lines of offices under it are its entries
    while (k := past_furniture(content, last + 1)) < len(content):
        strays = page_lines_end(content, k)  # (a post's byline split over lines, 青溪发布 / 2024-03-05 18:30; the page's day: the page's)
        portal = strays > k or is_portal_at(content, k, under=True)  # (a web page's fields: not counted, taken however many)
        if taken >= MAX_HEADER_EXTRA and not portal:
            break
        stacked = script_run_end(content, k)  # (a translation in Mongolian extracted a letter or a word a line: one line)
        if strays > k:
            last = strays - 1
        elif stacked > k and (last == title.end or translation_in_header(content, stacked, below=True)):
            last = stacked
        elif wrapped_note(content, k):
            last = k + 1
        elif last == title.end and day_over_a_number(content, k):
            last = past_furniture(content, k + 1)  # (the day between the title and the number: its date)
            taken += 1
        elif _issuers_over_note(content, k, statistical_report(title.key)):
            last = k  # the organs that issue it, over its note: 隆回县统计局 / （2024年3月28日）
        elif last == title.end and org_and_date(content[k].key) and statistical_report(title.key):
            last = k  # its organ and its day on one line under a 公报's title: 青溪县水利局　2024年3月25日
        elif monthly and is_byline(content[k].key):
            break  # a list's entries under its month (县委副书记、县长　周建国, …): its body
        elif translation_in_header(content, k, below=True) or (last == title.end and is_other_script(content[k].key)):
            last = k  # (the title's translation over its number: the number taken next; or right under the
            # title over its 主送: …的通知 / قەشقەر … ئۇقتۇرۇشى / 各乡（镇）人民政府…：)
        elif header_line_after(content[k]) or portal or (
                last == title.end and (note := past_furniture(content, k + 1)) < len(content)
                and is_subtitle(content[note].key)
                and speaker_named_alone(content[title.end].key, content[k].key, content[note].key)):
            last = k  # (the speaker named alone under a speech's title, over its day: 刘振华 / （2024年3月5日）)
        else:
            break
        monthly = monthly or is_month_note(content[last].key)
        if not portal:
            taken += 1 if stacked > k else last - k + 1  # (a web page's fields, however many, leave room for the numbers under them)
    return first, last


__all__ = ["MAX_HEADER_EXTRA", "banner_above", "bare_number", "bracketed_number", "header_line_after",
           "header_numbers", "listed_under_a_title", "minutes_number", "before_furniture", "past_furniture", "past_issuers",
           "wrapped_note"]
