"""Items of an issue that are titled but are no 文种's document, or whose title needs more than
the usual confirmation: interpretations of a policy (…政策解读, 一图读懂《…》), the document a 转发
notice forwards, a regulation printed alone under its adoption note or its number, lists adopted
by a meeting (…任免名单) and speeches (在…上的讲话)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .attachmentlines import is_attachment_alone
from .headerlines import (interpretation_credit, is_banner, is_interpretation, is_interpretation_label, is_minutes_number,
                          is_order_number, is_section_line, is_speech_note, org_and_date)
from .headerspan import past_furniture
from .runs import before_furniture, page_mark_at
from .model import Line
from .numbering import numbering
from .ordernotes import issued_above, order_note
from .patterns import (HAN, ISSUING, TERMINAL, doc_type_of, is_date_line, is_header_number_line, is_org_only, is_signer_line,
                       title_start)
from .personlines import is_byline
from .portal import news_info_line
from .titlecontext import after_a_boundary, apart, body_follows, ends_a_document, index_before
from .titlenotes import speaker_under
from .titleline import LIST_TITLE, MAX_TITLE_LINES, SPEECH_TITLE, title_like
from .toclines import toc_page
from .wraps import opens_an_attendance_line

if TYPE_CHECKING:
    from .titles import TitleBlock


_FIELD = re.compile(rf"^[{HAN}]{{2,6}}:\S")


def interpretation_start(content: list[Line], end: int, last_end: int) -> int | None:
    """Where the title of an interpretation that ends at ``end`` starts: this line, or the one
    above when it wraps (关于《宜章县城区养犬管理办法》 / 的政策解读, the wrap inside its last
    word too: …的决定》解 / 读), a page's furniture between when a page break cut it (关于《…办法》的 /
    — 12 — / the running head / 起草说明); None when it is none."""
    key = content[end].key
    if not key.endswith(_INTERPRETATION_ENDS) and not (
            len(key) <= 2 and end > 0 and (content[end - 1].key + key).endswith(_INTERPRETATION_ENDS)):
        return None
    if is_interpretation(content[end].key) or named_under_its_kind(content, end, last_end):
        return end
    k = before_furniture(content, end - 1)  # (a page break between its lines: — 12 — / the running head)
    if k > last_end and (content[end].place <= content[k].place + 2 or k < end - 1) and title_like(content[k]) \
            and is_interpretation(content[k].key + content[end].key):
        return k
    return None


_INTERPRETATION_ENDS = ("解读", "图解", "问答", "说明", "记者问", "》")
# The policy's name alone in 《》, and the word over it saying it is interpreted (政策解读, 文件解读：,
# 【政策解读】).
_QUOTED_ALONE = re.compile(r"^《[^《》]{4,60}》$")
_INTERPRETED = re.compile(r"^(?:政策|文件|政策文件)?(?:解读|图解):?$|^\((?:政策|文件|政策文件)?(?:解读|图解)\)$")


def named_under_its_kind(content: list[Line], end: int, last_end: int) -> bool:
    """The title of an interpretation printed as the policy's name alone, under the word that says
    what it is, after the end of something (a document's date or note): ``政策解读`` /
    ``《南浦县城区停车收费管理办法》`` / 一、出台背景. Not a name in 《》 under other words, nor the word
    and the name inside a text (…相关材料如下 / 政策解读 / 《…》)."""
    if not content[end].key.startswith("《") or not _QUOTED_ALONE.match(content[end].key):
        return False
    k = index_before(content, end)
    return k > last_end and bool(_INTERPRETED.match(content[k].key)) and after_a_boundary(content, k) \
        and not content[index_before(content, k)].key.endswith((":", "："))


def interpretation_stands(content: list[Line], start: int, end: int) -> bool:
    """An interpretation's title stands apart: after a section heading, the end of a document,
    a finished sentence, a field line (联系电话：… closing the interpretation before) or the
    contents' last entry (its leader and page: ``《…》政策解读……1``, the interpretation the
    issue's first item), with a body after it — not in a list a sentence introduces
    (…作品通报如下：)."""
    k = index_before(content, start)
    if k >= 0 and is_interpretation_label(content[k].key):  # 文字解读： over the title
        k = index_before(content, k)
    prev = content[k] if k >= 0 else None
    j = past_furniture(content, end + 1)  # (the page's furniture under the title: the body is on the next page)
    after = content[j] if j < len(content) else None
    if prev is not None and is_interpretation(prev.key):
        return False  # a list of interpretations (一图读懂《…》 / 图解：《…》 under …主要有：), no body between
    ends = prev is None or is_section_line(prev) or ends_a_document(prev.key) or bool(_FIELD.match(prev.key)) \
        or interpretation_credit(prev.key) is not None or toc_page(prev.text, prev.key) is not None \
        or (prev.key.endswith(TERMINAL) and not prev.key.endswith((":", ";")))
    return ends and after is not None and not is_interpretation(after.key) \
        and (body_follows(after) or numbering(after.key) is not None or heading_over_a_body(content, j))


_MAIN_TITLE_MAX = 40  # characters of a speech's main title (坚定信心　真抓实干　奋力推动全县经济高质量发展)


def speech_main_title(content: list[Line], end: int, last_end: int) -> int | None:
    """Where the main title of a speech (or report) starts that ends at ``end``, over the note
    after a dash on the next line that says where it was given (坚定信心　真抓实干　奋力推动… /
    ——在全县经济工作会议上的讲话, the dash as OCR reads it too: 一一在…; a page's furniture perhaps
    between): its two lines or its one
    after the end of something (a document's date, a finished sentence, a section's heading). Not a
    line that ends a sentence, a numbered heading, an organ or a date (a document's end), a title
    with a 文种 (read as such), nor a line a sentence introduces; None when it is none."""
    j = past_furniture(content, end + 1)  # (a page break between the title and its note: its furniture)
    if j >= len(content) or content[j].key[:1] not in "-一" or (j == end + 1 and content[j].place > content[end].place + 2) \
            or not is_speech_note(content[j].key) or not _main_title_line(content[end]):
        return None
    for start in (end - 1, end):
        if start <= last_end or (start < end and content[end].place > content[start].place + 2) \
                or not _main_title_line(content[start]):
            continue
        if after_a_boundary(content, start) and apart(content, start) \
                and not doc_type_of("".join(x.key for x in content[start:end + 1])):
            return start
    return None


def _main_title_line(line: Line) -> bool:
    """A line that may be (a line of) a speech's main title: not a 纪要's attendance line either
    (出席：…, the minutes' last line, over the speech's main title)."""
    key = line.key
    return title_like(line) and not key.endswith(TERMINAL) and numbering(key) is None and not doc_type_of(key) \
        and len(key) <= _MAIN_TITLE_MAX and not is_org_only(key) and not is_date_line(key) and not ends_a_document(key) \
        and not opens_an_attendance_line(key)

_HEADING_MAX = 10  # characters of a heading printed without a number (起草背景, 【主要内容】)


def heading_over_a_body(content: list[Line], j: int) -> bool:
    """``content[j]`` is a short heading printed without a number over a body (起草背景 / 为贯彻落实…,
    制定本细则。, or in brackets, 【起草背景】): a sentence's mark in it, a second short line under
    it or no body under it make it none."""
    line = content[j]
    if not 2 <= len(line.key) <= _HEADING_MAX or any(mark in line.key for mark in "。,;:、"):
        return False
    k = past_furniture(content, j + 1)
    return k < len(content) and len(content[k].key) > _HEADING_MAX and body_follows(content[k])


_RED_HEAD_LINES = 5  # the red head's lines, the 签发人 and the numbers between the 附件 label and the title


def attached_whole(content: list[Line], start: int, floor: int, key: str) -> bool:
    """A document printed whole as the attachment of the one above, under its 附件 label, its red
    head and number over its title (附件 / 南浦县教育局文件 / 南教发〔2024〕30号 / 南浦县教育局关于…的通知),
    its title (``key``, from ``content[start]``) named word for word in that document's text from
    ``floor`` on (its 附件说明: 附件：南浦县教育局关于…的通知, wrapped or not, a page break in it or
    not): part of that document, not one of the issue's. Under a 附件 label the title names no
    attachment above it: this is not."""
    k, passed = start - 1, 0
    while k >= floor and passed < _RED_HEAD_LINES and (
            page_mark_at(content, k) or is_header_number_line(content[k].key) or is_banner(content[k].key)
            or content[k].key == "文件" or is_org_only(content[k].key) or is_signer_line(content[k].key)):
        k, passed = k - 1, passed + 1
    if not (k > floor and is_attachment_alone(content[k].key)):
        return False
    return key in "".join(x.key for x in content[floor:k]) \
        or key in "".join(content[j].key for j in range(floor, k) if not page_mark_at(content, j))
    # (the 附件说明's title wrapped over a page break: its number and running head between)


_FORWARDS = re.compile(r"(?:转发|批转)(?P<inner>.+?)(?:的)?(?:通知|意见)$")


def forwarded_by(notice: str, title: str) -> bool:
    """Is ``title`` the document that the 转发/批转 notice titled ``notice`` forwards
    (…转发衡阳市人民政府办公室关于…的通知的通知, or with one 的通知 → 衡阳市人民政府办公室关于…的通知)?"""
    m = _FORWARDS.search(notice)
    if not m:
        return False
    inner = m.group("inner").strip("《》")
    whole = notice[m.start("inner"):].strip("《》")  # …转发X关于…的通知: the forwarded title whole
    about = title[title.find("关于"):] if "关于" in title else title
    return any(title in (inner, whole) or (len(about) >= 8 and (inner.endswith(about) or whole.endswith(about)))
               for title, about in ((title, about), (_without_de(title), _without_de(about))))


def forwarded_as_quoted(notice: str, content: list[Line], floor: int, start: int, key: str) -> bool:
    """Is ``key`` (the title at ``content[start]``) the document a 转发 notice titled ``notice``
    forwards, its title shortened in the notice's (…转发县财政局关于加强财政资金管理意见的通知) but
    quoted whole in its text from ``floor`` on (县财政局《关于进一步加强财政资金管理的意见》已经县人民
    政府同意，现转发给你们), with its issuer or from 关于? A title quoted by a notice that forwards
    nothing is not."""
    if not _FORWARDS.search(notice):
        return False
    about = key[key.find("关于"):] if "关于" in key else key
    text = "".join(x.key for x in content[floor:start])
    return any(len(name) >= 8 and f"《{name}》" in text for name in (key, about))


def carried_by(notice: str, content: list[Line], floor: int, start: int, key: str) -> bool:
    """Is the title ``key`` at ``content[start]`` a text the document titled ``notice`` above
    carries after its closing (from ``floor`` on): the document a 转发 notice forwards, named in
    its title or quoted in its text, or a document attached whole under its 附件 label?"""
    return forwarded_by(notice, key) or forwarded_as_quoted(notice, content, floor, start, key) \
        or attached_whole(content, start, floor, key)


def _without_de(title: str) -> str:
    """A title without the 的 before its 文种 (or the words its 文种 ends, 实施意见, 工作方案), as a
    转发 notice names it so as not to say 的 twice: …关于做好汛期安全生产工作的意见 → …工作意见
    (转发县应急管理局关于做好汛期安全生产工作意见的通知); …管理的实施意见 → …管理实施意见."""
    kind = doc_type_of(title)
    de = title.rfind("的")
    if kind is None or not title.endswith(kind) or de < 0 or len(title) - de - 1 > len(kind) + 4:
        return title
    return title[:de] + title[de + 1:]


# The note of the meeting that adopted a regulation: （2024年3月20日市人民政府第38次常务会议审议通过）.
_ADOPTED = re.compile(r"^\(.{0,40}(?:会议|常委会).{0,10}(?:通过|批准)\)$")  # (a 纲要 the congress approved: …会议批准）)


# A title's bracketed suffix printed on a line of its own: （试行）, （2024年修订）, （更正稿）.
SUFFIX_LINE = re.compile(r"^\((?:(?:19|20)\d{2}年)?(?:试行|暂行|修订|修订稿|征求意见稿|草案|送审稿|更正|更正稿|更正版|修正稿)\)$")


def adopted_alone(content: list[Line], start: int, stop: int, key: str, found: list[TitleBlock]) -> bool:
    """A regulation printed as an item of its own: its title over the note of the meeting that
    adopted it, or over its number and its first chapter or article; not after a 令 or a notice
    that issues something (关于印发…等两个规范性文件的通知), and nothing above that issues it (a 令
    that names it in 《》, a notice that 印发 it, with or without 《》, its name wrapped over two
    lines or not): then it is their part."""
    if approved_above(content, start, key, found):
        return True  # (a plan printed right after the 决议 that approves it, no note between)
    k = stop + 1
    if k < len(content) and SUFFIX_LINE.match(content[k].key):
        k += 1  # (its suffix on a line of its own: 青溪县城区户外广告设置管理办法 / （试行） / 青政发〔2024〕6号)
    numbered = k < len(content) and is_header_number_line(content[k].key)
    if numbered:
        k += 1  # its 发文字号 or 登记号 under the title (永政发〔2024〕3号, YXDR-2024-00003)
    k = past_furniture(content, k)  # (the page's furniture before its note or first chapter)
    if k >= len(content) or not (_ADOPTED.match(content[k].key) or order_note(content[k].key)
                                 or (numbered and _FIRST_RULE.match(content[k].key))):
        return False
    if issued_above(content, found, content[k].key):  # (the 令 or notice above, not another 令 its note names)
        return False
    return not named_as_issued(content, 0, start, key)


_PLANS = ("纲要", "规划")
_APPROVING = ("决议", "决定")


def approved_above(content: list[Line], start: int, key: str, found: list[TitleBlock]) -> bool:
    """A plan (…规划纲要, …规划, its suffix perhaps: …纲要（2024年修订）) printed right after the 决议
    or 决定 that approves it, with no note of the session between (…决定批准这个调整方案和修订后的规划纲要。 /
    — 1 — / 青溪县…规划纲要（2024年修订） / 本纲要…): an item of its own, as it is under such a note. The
    resolution, the title found last, names the plan in its title or in 《》 (with its suffix or
    a 草案's) and approves it (批准); what it names it does not issue."""
    if not found or not found[-1].key.endswith(_APPROVING):
        return False
    base = key[:key.index("(")] if key.endswith(")") else key
    if not base.endswith(_PLANS):
        return False
    above = "".join(line.key for line in content[found[-1].end + 1:start])
    return "批准" in above and (base in found[-1].key or f"《{base}》" in above or f"《{base}(" in above)


def named_as_issued(content: list[Line], first: int, start: int, key: str) -> bool:
    """The lines from ``first`` to the title at ``start`` name it as what they issue: in 《》, or
    after 印发, 转发, 公布… (with or without 《》, its name wrapped over two lines or not)."""
    above = "".join(line.key for line in content[first:start])
    return f"《{key}》" in above or re.search(f"(?:{ISSUING})《?{re.escape(key)}", above) is not None


_FIRST_RULE = re.compile(r"^第一[章条]")
# The name of the meeting a 纪要 records, as its subject's title: 县人民政府第三十二次常务会议纪要.
_MEETING_MINUTES = re.compile(r"^[^,.。;:!?()]{4,36}会议纪要$")


def names_its_meeting(key: str) -> bool:
    """The subject's title of a 纪要 under its banner names the meeting it records, without 关于:
    ``县人民政府第三十二次常务会议纪要``, ``2024年第5次县长办公会议纪要`` (not a sentence, nor the
    banner's words alone: 会议纪要)."""
    return key.endswith("会议纪要") and bool(_MEETING_MINUTES.match(key))


_SPEECH_ENDS = ("上的讲话", "上的致辞", "上的发言")


def wrapped_speech_start(content: list[Line], end: int, floor: int) -> int | None:
    """Where a speech's title starts that a wrap cut over two or three lines, ending at ``end`` (在全县经济
    工作会议暨2023年度目标考核 / 表彰大会上的讲话): the lines right over its last, from the one opening with 在,
    none ending a sentence, that make ``SPEECH_TITLE`` together (not under ``floor``); else None."""
    key = content[end].key
    if not key.endswith(_SPEECH_ENDS) or key.startswith("在"):
        return None
    for k in range(end - 1, max(floor, end - MAX_TITLE_LINES + 1) - 1, -1):
        if content[k + 1].place - content[k].place != 1 or content[k].key.endswith(TERMINAL) or not title_like(content[k]):
            return None
        key = content[k].key + key
        if key.startswith("在"):
            return k if SPEECH_TITLE.match(key) else None
    return None


def dated_speech(raw: Line, line: Line) -> bool:
    """A speech's title printed with the day it was given in brackets on its line, where a speech
    prints it in a note under the title: ``在全县防汛抗旱工作会议上的讲话（2024年5月8日）`` (``raw``
    as printed, ``line`` as a title is read, the day taken off: ``trailing_day``)."""
    return raw.key != line.key and SPEECH_TITLE.match(line.key) is not None


def dated_speech_stands(content: list[Line], end: int, floor: int) -> bool:
    """A speech titled with its day (``dated_speech``) is an item of its own: the speaker's line
    over it (县长　李建国, under the document before) or under it, or its text under it, past the
    salutation (同志们：); not a title a sentence introduces (…以下讲话：)."""
    above = index_before(content, end)
    if above >= floor and is_byline(content[above].key):
        return True
    if above >= 0 and content[above].key.endswith(":"):
        return False
    nxt = past_furniture(content, end + 1)
    if nxt < len(content) and content[nxt].key.endswith(":") and len(content[nxt].key) <= 12:
        nxt = past_furniture(content, nxt + 1)  # (同志们：, 各位代表：)
    return speaker_under(content, end) or (nxt < len(content) and body_follows(content[nxt]))


def news_item_stands(content: list[Line], end: int) -> bool:
    """A news item a portal's copy prints without 文种, its title over its info line and its text
    (松岭县人民政府第12次常务会议召开 / 发布时间：2024-07-03 09:15　信息来源：县政府办 / 7月2日，…),
    after the end of something (a document's date, a finished sentence); not a title with a 文种
    (read as any), a sentence, nor a line under a sentence that introduces it (…如下：)."""
    info = past_furniture(content, end + 1)
    if info >= len(content) or not news_info_line(content[info].key):
        return False
    line = content[end]
    if not 6 <= len(line.key) <= 60 or not title_like(line) or doc_type_of(line.key) or news_info_line(line.key):
        return False
    text = past_furniture(content, info + 1)
    return after_a_boundary(content, end) and apart(content, end) \
        and body_follows(content[text] if text < len(content) else None)


def minutes_subject(content: list[Line], title: TitleBlock) -> TitleBlock:
    """A 纪要 printed in its own layout: the banner (桂东县人民政府专题会议纪要), its number
    (〔2024〕第18次), the office and date (on one line or two), then the subject's title
    (关于研究…的会议纪要, or the meeting's name: 县人民政府第三十二次常务会议纪要), which is the
    title; the lines above it are its header. Any other title
    is returned as it is."""
    if doc_type_of(title.key) != "纪要" or "关于" in title.key:
        return title
    k = title.end + 1
    taken = 0  # (the header's lines; the page's furniture between them is not counted)
    while k < len(content) and (page_mark_at(content, k) or taken < 4 and (
            is_minutes_number(content[k].key) or is_order_number(content[k].key)
            or org_and_date(content[k].key) or is_date_line(content[k].key) or is_org_only(content[k].key))):
        taken += not page_mark_at(content, k)
        k += 1
    if taken == 0 or k >= len(content) or not (
            title_like(content[k]) and (title_start(content[k].key) or names_its_meeting(content[k].key))):
        return title
    joined = ""
    for j in range(k, min(len(content), k + MAX_TITLE_LINES)):
        if not title_like(content[j]):
            break
        joined += content[j].key
        if doc_type_of(joined) == "纪要":
            return type(title)(k, j, joined, "minutes-banner", banner=title.start)
    return title
