"""What confirms a title ``find_titles`` has read: the lines around it (its numbers under or over
it, its 主送, a note, a web page's fields, markup, the end of something before it and a body after
it), or that it is no document's title (a contents entry, an attachment's, a list's entry)."""

from __future__ import annotations

import re

from .attachmentlines import is_attachment_alone
from .headerlines import (
    is_month_note,
    is_order_number,
    is_section_line,
    is_speech_note,
    is_subtitle,
    is_urgency_line,
)
from .headstrays import past_page_lines
from .headerspan import (
    bare_number,
    before_furniture,
    bracketed_number,
    listed_under_a_title,
    minutes_number,
    past_furniture,
    wrapped_note,
)
from .portalfields import fields_under, portal_number_above
from .model import Line
from .noticebanner import banner_opens, banner_over
from .numbering import numbering
from .patterns import (doc_type_of, is_header_number_line, is_issuer_line, is_org_only, is_recipients, is_registration_line,
                       is_signer_line)
from .runs import page_mark_at
from .toclines import is_toc_heading
from .sessions import opens_with_a_session
from .entrynumbers import number_under_its_entry
from .titlecontents import dated_under_its_organ, entry_of_contents, entry_under_the_number
from .titlecontext import (
    addressed_under,
    after_a_boundary,
    after_a_document,
    apart,
    at_the_lists_spacing,
    body_follows,
    index_before,
    names_issuer,
    older_than_the_date_above,
    opens_an_item,
    signs_the_text_above,
)
from .titlenotes import has_note, list_over_its_day, speaker_under
from .titleline import opens_title
from .toclines import is_other_script


def title_confirmation(content: list[Line], start: int, end: int, listed: bool = False) -> str | None:
    nxt = past_furniture(content, end + 1)  # (page furniture, a web page's buttons under the title skipped)
    while nxt < len(content) and (is_urgency_line(content[nxt].key) or is_signer_line(content[nxt].key)
                                  or is_other_script(content[nxt].key)):
        nxt = past_furniture(content, nxt + 1)  # (a reply's class under its title: （A类）, 答复类别：A类; its 签发人 alone;
        # the title's translation in a minority region's script: …的通知 / 연길시인민정부판공실 … 통지 / 延市政办发〔2024〕12号)
    nxt = past_page_lines(content, nxt)  # (a post's byline split over lines, the page's day alone, its fields over the 发文字号)
    after = content[nxt] if nxt < len(content) else None
    before = content[start - 1] if start > 0 else None
    if entry_of_contents(content, nxt):
        return None  # a contents entry: its title, perhaps its 文号, then the leader to its page
    if before is not None and is_attachment_alone(before.key):
        return None  # a document printed as an attachment of the one before (转发, 印发)
    above = before_furniture(content, start - 1)  # (the page may end between the numbers and the title)
    if after is not None and bare_number(after) and above >= 1 and bare_number(content[above]) \
            and at_the_lists_spacing(content, start, above) and listed_under_a_title(content, above) \
            and not addressed_under(content, nxt):
        return None  # the next entry of a list of titles, each with its 文号 under it (a body's list)
    if after is not None and bare_number(after):
        # The number may instead open the header of a title that follows it.
        k = nxt
        while k < len(content) and (bare_number(content[k]) or is_signer_line(content[k].key)
                                    or page_mark_at(content, k)):
            k += 1  # (the numbers under the title, the page's furniture where a page breaks among them: 9号 / \f107 / QYDR…)
        if k + 1 < len(content) and re.fullmatch(r"\d{1,4}", content[k].key) \
                and (opens_title(content[k + 1]) or is_section_line(content[k + 1]) or bare_number(content[k + 1])):
            return None  # a contents entry: title, 文号, its page on a line of its own, what follows
        if entry_of_contents(content, k):
            return None  # a contents entry: title, 文号, the leader to its page on the next line
        if k < len(content) and (is_attachment_alone(content[k].key) or is_section_line(content[k])):
            return None  # an entry of a list of documents (title, 文号, 登记号) before 附件2 or a heading
        if k >= len(content) or not opens_title(content[k]):
            return "number-after"
    under = past_furniture(content, nxt + 1)  # (what the number stands over, a page break between)
    if after is not None and under < len(content) and bracketed_number(after) \
            and is_registration_line(content[under].key):
        under = past_furniture(content, under + 1)  # (its 登记号 under it, bare or in brackets: （…〔2024〕22号） / NPDR-2024-00006)
    if after is not None and bracketed_number(after) and under < len(content) \
            and is_recipients(content[under].key):
        # A portal's layout: （青府发〔2024〕14号） under the title, then the addressees (a
        # contents entry's bracketed number is followed by the next entry, never by 主送).
        return "number-after"
    if after is not None and bracketed_number(after) and under < len(content) \
            and names_issuer(content, start) and body_follows(content[under]) \
            and (opens_an_item(content, start) or after_an_end_a_sentence_under(content, start, end, under)) \
            and not older_than_the_date_above(content, start, after):
        # a 通告 under its issuer's title, （东政通〔2024〕1号）, then its text: after a document's end,
        # or after the end of something with a sentence under the number (the last row or sentence
        # of the attachment closing the document before, a section's heading after a 抄送, the cover)
        return "number-after"
    if above >= 0 and (bare_number(content[above]) or is_signer_line(content[above].key)) \
            and not number_under_its_entry(content, above):  # (…的通知……14 / 青政任〔2024〕2号: the contents')
        banner = banner_over(content, start, 0)
        if (banner is None and not listed_under_a_title(content, above)) or (banner is not None and body_follows(after)):
            return "number-before"  # (a 通告's banner over the number is no title of a list; one
            # with no text under its subject is an entry of contents without pages)
    if portal_number_above(content, start):
        return "number-before"  # a portal's fields above the title, its 发文字号 among them
    if after is not None and is_recipients(after.key):
        return "recipients"
    if after is not None and fields_under(content, nxt) >= 2:
        return "portal-fields"  # a web page's 发布时间, 来源 … under its title (one field is a list's)
    if after is not None and (is_speech_note(after.key) or (speaker_under(content, end) and has_note(content, end))
                              or (wrapped_note(content, nxt) and is_speech_note(after.key + content[nxt + 1].key))):
        return "speech-note"  # (or the speaker's line, then the note)
    if after is not None and is_issuer_line(after.key) and has_note(content, end) and after_a_boundary(content, start):
        return "issuers-note"  # a 统计公报 under its title: the organs that issue it, then its day
    if doc_type_of(content[end].key) == "公报" and dated_under_its_organ(content, end, start):
        return "issuers-over"  # or over its title, its day under it
    if after is not None and (is_subtitle(after.key) or wrapped_note(content, nxt)
                              or (is_month_note(after.key) and has_note(content, end))
                              or list_over_its_day(content, end, nxt)) \
            and not doc_type_of(content[end].key):
        return "note"  # 任免名单 under （…会议通过）, a speech under （2024年2月5日）, a monthly list, a list over its day
    if after is not None and ((is_order_number(after.key) and not entry_under_the_number(content, nxt))
                              or minutes_number(content[end], after)):
        return "order-number"
    raw = content[start].text.lstrip()
    if raw.startswith("#") or (raw.startswith("**") and content[end].text.rstrip().endswith("**")):
        return "markup"
    if (names_issuer(content, start) or opens_with_a_session(content[start].key)) \
            and after_a_boundary(content, start) and apart(content, start) and body_follows(after):
        return "after-boundary"  # (not after …以下文件： — a title the sentence quotes; a 决议's
        # session over its 关于… line: sessions)
    if after_a_document(content, start) and body_follows(after):
        return "after-document"  # 关于…的通告 without issuer, right after the last one's date
    if body_follows(after) and banner_opens(content, start):
        return "banner"  # 关于…的通告 under its banner (某县人民政府通告) and no number, after a document
    if listed and body_follows(after):
        return "contents"  # named by an entry of the contents (listed_start)
    if body_follows(after) and names_issuer(content, start) and _named_by_contents_above(content, start, end):
        return "contents"  # the first title under contents without pages that name it, its text under it (no number)
    return None


def after_an_end_a_sentence_under(content: list[Line], start: int, end: int, under: int) -> bool:
    """A title over its bracketed 文号 (its 登记号 perhaps under it) standing after the end of
    something — the last row or finished sentence of the attachment closing the document before,
    a document's 抄送, the cover, a section's heading after one (…分配表 / 5⇥县财政局⇥… / 青溪县人民政府
    / 关于…的公告 / （青政告〔2024〕22号） / 为…，现公告如下：) — with a sentence opening its text
    under the number: a new document. (A body's list of the documents it cites goes on with its
    next item or a numbered heading under each number, never a sentence; a sentence introducing
    the title, …如下：, quotes it.) So does one right after contents without pages that name it
    word for word (目录 / 青溪县人民政府关于…的公告 / … / the last entry / the first title again)."""
    if numbering(content[under].key) is not None or len(content[under].key) < 6:
        return False
    return (after_a_boundary(content, start) and apart(content, start)) or _named_by_contents_above(content, start, end)


_CONTENTS_REACH = 120  # lines over a title looked over for the contents naming it


def _named_by_contents_above(content: list[Line], start: int, end: int) -> bool:
    """The title on lines ``start``–``end`` is printed word for word (its wrap aside) on the lines
    above it, under a contents heading (目录) with no 发文字号 between: contents naming it, whose
    last entry it follows."""
    top = next((k for k in range(start - 1, max(-1, start - _CONTENTS_REACH), -1)
                if is_toc_heading(content[k].key) or is_header_number_line(content[k].key)), None)
    if top is None or not is_toc_heading(content[top].key):
        return False
    return "".join(line.key for line in content[start:end + 1]) in "".join(line.key for line in content[top + 1:start])


def addressed_under_its_number(content: list[Line], end: int, floor: int = 0) -> int | None:
    """Where a title printed without issuer or 关于 starts (“十四五”南浦县生态环境保护规划, 2024年南浦县
    国民经济…执行情况的报告, …局 / 对…提案的答复), its 发文字号 alone under it and the 主送 under that
    (各乡镇人民政府…：; a 签发人 alone between them),
    after the end of something (a document's date, the contents' last entry) and not under a
    sentence that introduces it: its line, or its organ's alone over it (南浦县人民政府办公室 /
    2024年南浦县政务公开工作要点); None when it stands otherwise. A document's header, as a careful
    reader takes it; asked only of a typed line no issuer's start was found for."""
    nxt = past_furniture(content, end + 1)
    if nxt >= len(content) or not bare_number(content[nxt]):
        return None
    under = past_furniture(content, nxt + 1)
    if under < len(content) and is_signer_line(content[under].key):
        under = past_furniture(content, under + 1)  # (its 签发人 on a line of its own under the number)
    if under >= len(content) or not is_recipients(content[under].key):
        return None
    k = index_before(content, end)
    start = k if k >= floor and is_org_only(content[k].key) and not signs_the_text_above(content, k, "") else end
    # (its organ over it, not the signature of the text above whose date was lost)
    return start if after_a_boundary(content, start) and apart(content, start) else None


__all__ = ["addressed_under_its_number", "after_an_end_a_sentence_under", "title_confirmation"]
