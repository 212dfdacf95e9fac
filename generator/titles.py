"""Find the titles of documents in the body of an issue.

A document's title (标题) is issuer + 关于 + subject + 的 + document type, printed on one or
several lines (wrapped, sometimes with blank lines between, sometimes spaced out as ``通 知``,
sometimes in Markdown ``#`` or ``**``). A title alone is not enough: the same words appear in
tables of contents, in tables and in running text. A title is *confirmed* by what stands around
it (``titleconfirmation.title_confirmation``, strongest first):

* a 发文字号 or 登记号 on its own line right after it (not followed by another title: then the
  number belongs to that one) or right before it, or among a portal page's fields right above it;
* the 主送 line right after it, a 令 number (``第1号``), the note of a report or an adopted list, or
  the fields of a web page (``发布时间：…``);
* Markdown heading or bold markup around it;
* the title names its issuer and follows the end of something else (a finished sentence, a date,
  an 印发 line, a table), skipping page numbers and running heads, with body text after it.

A line right after a bare row number (``2``) is a cell of a table printed one cell per line, never
a title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .runs import page_mark_at
from .headerlines import is_order_number, is_portal_line, is_portal_value
from .masthead import is_cover_line
from .headerspan import before_furniture, past_furniture
from .model import Line
from .noticebanner import notice_subject
from .ordernotes import rule_over_its_order
from .pageheading import page_heading
from .patterns import (
    DOC_TYPES,
    REGULATION_LAST,
    doc_type_of,
    is_org_only,
    issuer_type_title,
    joint_issuers_parted,
    regulation_of,
    statistical_report,
    title_start,
)
from .listedcells import in_a_row_of_cells
from .tocpages import ends_a_title
from .tocyears import without_year_over
from .portal import news_info_line
from .keyscan import KeyScan
from .titlekinds import (
    LIST_TITLE,
    SUFFIX_LINE,
    SPEECH_TITLE,
    adopted_alone,
    approved_above,
    carried_by,
    dated_speech,
    dated_speech_stands,
    wrapped_speech_start,
    interpretation_start,
    interpretation_stands,
    minutes_subject,
    named_as_issued,
    news_item_stands,
    speech_main_title,
)
from .publicnotices import public_notice_alone, public_notice_named, public_notice_title
from .titlecontext import (
    above_its_issuer,
    after_a_boundary,
    after_a_row_number,
    apart,
    ends_a_document,
    org_cut,
    organ_over,
    signs_the_text_above,
    subtitle_under,
    type_word_cut,
)
from .titlenotes import has_note, speaker_under
from .titlecontents import contents_entries, contents_titles, dated_under_its_organ, listed_start, organ_over_a_dated_title, untyped_contents_titles, untyped_item_stands
from .titleline import (
    MAX_TITLE_CHARS,
    MAX_TITLE_LINES,
    NUMBER_ENDS,
    TRAILERS_LAST,
    goes_on_with_its_type,
    names_in_a_row_apart,
    quick_title_like,
    title_like,
    without_trailing_number,
)
from .sessions import is_session
from .spacing import right_under
from .subtitledash import subtitle_read
from .titleconfirmation import addressed_under_its_number, title_confirmation

MAX_GAP = 4  # places between two lines of one title (blank lines from page layout; Line.place)


@dataclass(frozen=True, slots=True)
class TitleBlock:
    start: int  # index into the content-line list
    end: int
    key: str  # joined folded key
    confirmed_by: str
    banner: int | None = None  # where the header starts: a 纪要's or 通告's banner, a web page's heading above it


# The last characters of the lines ``find_titles`` reads on (a quick check): a 文种's, a
# regulation's (措施, 办法, 答复 …: ``regulation_of``), a bracket closing a suffix (（试行）), an
# interpretation's (解读, 图解, 问答, 答记者问, 起草说明; 一图读懂《…》), a list's (名单, 任免国家工作人员) and a
# speech's (讲话, 致辞, 发言).
_TITLE_LAST = frozenset(t[-1] for t in DOC_TYPES) | REGULATION_LAST | frozenset(")读解答问明单员话辞言》")


def may_end_a_title(key: str) -> bool:
    """The line may end a title ``find_titles`` looks for: it ends as one does, is a 文种's last
    character alone (通 / 知) or has a subtitle after a dash (…的通报——表扬先进单位; the dash cut
    by the wrap: —表扬先进单位)."""
    return key[-1:] in _TITLE_LAST or len(key) == 1 or "-" in key[:1] or "--" in key or key[:2] == "一一"


def _under(content: list[Line], k: int) -> Line | None:
    """The line under ``content[k]``, past the page's furniture (…的批复（南政函〔2024〕18号） /
    ~ 23 ~ / the running head / 县商务局：)."""
    j = past_furniture(content, k + 1)
    return content[j] if j < len(content) else None


def _read_as_titles(content: list[Line]) -> list[Line]:
    """Every line as a title is read (``without_trailing_number``); a line whose last character
    and brackets that rule cannot change (``TRAILERS_LAST``, 【】) is kept as it is, uncalled."""
    read = []
    for k, line in enumerate(content):
        text = line.text
        if text.rstrip()[-1:] in TRAILERS_LAST or "【" in text or "】" in text:
            line = without_trailing_number(line, _under(content, k) if text.rstrip().endswith(NUMBER_ENDS) else None)
        read.append(line)
    return read


def find_titles(content: list[Line]) -> list[TitleBlock]:
    """All confirmed title blocks, in order, not overlapping."""
    raw, content = content, _read_as_titles(content)
    scan = KeyScan([line.key for line in content])
    entries = contents_entries(content, scan)
    contents = contents_titles(content, entries)
    untyped = untyped_contents_titles(content, entries)
    found: list[TitleBlock] = []
    last_end = -1
    liked: dict[int, bool] = {}  # (title_like by line, asked once: _title_start asks it again of the lines over each title)
    # (a portal's news items stand over info lines; an info line holds 来源: or 时间:)
    news = any(news_info_line(content[i].key) for i in scan.holding(*_NEWS_WORDS))
    for end in range(len(content)) if news else _ends_to_ask(content, untyped):
        if end <= last_end:
            continue
        line = content[end]
        key = line.key
        if news and news_item_stands(content, end):  # a portal's news item: its title over its info line
            found.append(TitleBlock(end, end, key, "portal-fields"))
            last_end = end
            continue
        if end + 1 < len(content) and content[end + 1].key[:1] in "-一" \
                and (opening := speech_main_title(content, end, last_end)) is not None:
            # 坚定信心　真抓实干… / ——在全县经济工作会议上的讲话: a speech's main title over its note
            found.append(TitleBlock(opening, end, "".join(x.key for x in content[opening:end + 1]), "speech-note"))
            last_end = end
            continue
        if key[:1] in "-一" and end >= 2 and page_mark_at(content, end - 1) \
                and (main := before_furniture(content, end - 1)) > last_end \
                and (opening := speech_main_title(content, main, last_end)) is not None:
            # 凝心聚力　实干争先 / — 9 — / the running head / ——在全县经济工作会议上的讲话: the page broke
            # between a speech's main title and its note
            found.append(TitleBlock(opening, main, "".join(x.key for x in content[opening:main + 1]), "speech-note"))
            last_end = main
            continue
        if not may_end_a_title(key) and not (end > 0 and content[end - 1].key.endswith("-")):  # (…的通报—— / 表扬先进单位)
            if key in untyped and untyped[key] < end and untyped_item_stands(content, end):
                # 南浦县2024年上半年经济运行情况 after the last document's date, named by the contents
                found.append(TitleBlock(end, end, key, "contents"))
                last_end = end
            continue  # (most lines: a sentence's end)
        if not quick_title_like(line):
            continue  # (every title below is asked title_like of this line: its quick part first)
        if key.endswith(("公报", "政报")) and is_org_only(key[:-2]):
            continue  # the gazette's own name (秦都区人民政府公报 over 2024年第3号) titles no document
        if line.running_head:
            continue  # a page's mark (a browser's head naming the gazette, 2024/3/5 10:21⇥某县人民政府公报)
        if end + 1 < len(content) and (subtitle_under(content, end) or (
                goes_on_with_its_type(content[end + 1].key) and right_under(line, content[end + 1]))):
            continue  # (the title goes on with its subtitle on the next line, or with its 文种 after
            # a wrap right after the name of what it issues, …年度报告 / 的通知: that line ends it)
        doc_type = doc_type_of(key) or (type_word_cut(content, end) if len(key) == 1 else None)
        if doc_type is None and end > 0 and subtitle_under(content, end - 1):  # (…工作的 / 通报——表扬先进单位)
            doc_type = doc_type_of(content[end - 1].key + subtitle_read(key))
        regulation = not doc_type and bool(regulation_of(key) or (len(key) == 1 and type_word_cut(content, end, regulation_of)))
        # (…若干措施, …提案的答 / 复: confirmed more strictly)
        opening = None if doc_type else interpretation_start(content, end, last_end)
        regulation = regulation and opening is None  # (关于《…办法》的起草说明 explains one: no 说明 of its own)
        typed = bool(doc_type) or regulation
        interpretation = opening is not None
        # (a speech's title the wrap cut: 在…会议暨…考核 / 表彰大会上的讲话)
        wrapped = None if SPEECH_TITLE.match(key) or typed else wrapped_speech_start(content, end, last_end + 1)
        spoken = wrapped is not None or SPEECH_TITLE.match(key) is not None
        listed = not typed and not interpretation and bool(LIST_TITLE.search(key) or spoken)
        if not (typed or interpretation or listed) or not _title_like_at(content, end, liked) or is_portal_line(line):
            continue  # (a portal's field that prints the title, 标题⇥…的通知, is not the title)
        # (a speech's day printed on its title's line, …的讲话（2024年5月8日）: the note under it)
        dated = listed and dated_speech(raw[end], line)
        # (or the speaker's office and name under it, no day: 在…上的讲话 / 县长　王明 / 同志们：)
        dated = dated or (listed and spoken and speaker_under(content, end))
        if listed and not (dated or has_note(content, end)):
            continue
        if interpretation:
            # 政策解读 of a policy, printed after it as an item of its own: one line or two, after
            # the end of something (a document, a section heading, a field line), a body after it
            if interpretation_stands(content, opening, end):
                found.append(TitleBlock(opening, end, "".join(x.key for x in content[opening:end + 1]),
                                        "interpretation"))
                last_end = end
            continue
        start = _title_start(content, end, floor=last_end + 1, liked=liked)
        # (a note under the title, asked only where its start is not found; a list or a speech
        # comes here with its own)
        noted = start is None and (listed or has_note(content, end))
        numbered = end + 1 < len(content) and is_order_number(content[end + 1].key)
        if start is None and (noted or numbered or (regulation and adopted_alone(content, end, end, key, found))) \
                and apart(content, end):
            # 政府工作报告 over ——2024年1月8日在…大会上, 任免名单 over （…常委会第十九次会议通过）,
            # …主要数据公报 over （第一号）: titled without issuer or 关于, confirmed by the note
            # or the number under it (its organ alone on the line over it, the title's too)
            start = organ_over(content, end, last_end) if noted else end
            start = wrapped if listed and wrapped is not None else start
        listed = None
        if noted and start == end and typed and not regulation and (
                wrapped := listed_start(content, end, contents, floor=last_end + 1)) is not None and wrapped < end:
            start = listed = wrapped  # (its note under it, the contents' title wrapped over two lines)
        if start is None and typed and not regulation:
            # 平江县人民政府2023年政府信息公开工作年度报告: titled as no pattern foresees, but
            # named word for word by an entry of the issue's contents above it
            start = listed = listed_start(content, end, contents, floor=last_end + 1)
        if start is None and typed:  # (“十四五”…规划 / 南政发〔2024〕3号 / 各乡镇人民政府：: no issuer, no 关于)
            start = addressed_under_its_number(content, end, floor=last_end + 1)
        if start is None and statistical_report(key):  # (青溪县统计局 / …统计公报 / 2024年3月20日: its organ
            # over it, its day under it; its title on its line or wrapped from the line above)
            start = next((k for k in (end, end - 1) if k > last_end and _title_like_at(content, k, liked)
                          and dated_under_its_organ(content, end, k)), None)
        if start is None:
            continue
        key = "".join(content[i].key for i in range(start, end + 1) if not page_mark_at(content, i))
        if len(key) > MAX_TITLE_CHARS or key.count("《") > key.count("》"):
            continue  # too long, or it ends inside a quoted name: the title goes on
        if after_a_row_number(content, start) or in_a_row_of_cells(content, start):
            continue  # a cell of a table printed one cell per line
        stop = end + 1 if end + 1 < len(content) and SUFFIX_LINE.match(content[end + 1].key) else end
        # (（试行） on a line of its own is the title's)
        confirmation = title_confirmation(content, start, stop, listed is not None)
        if confirmation is None and dated and dated_speech_stands(content, end, last_end + 1):
            confirmation = "speech-note"  # the speaker's line or the text by the dated title
        if confirmation is None and listed is None and typed and contents.get(key, end) < start \
                and (after_a_boundary(content, start) or dated_under_its_organ(content, end, start)) and apart(content, start):
            confirmation = title_confirmation(content, start, stop, True)  # named by the contents above
        if confirmation is None and regulation and start == end and approved_above(content, start, key, found):
            confirmation = "approved-above"  # a plan right after the 决议 that approves it, no note between
        if confirmation is None or (regulation and confirmation not in _STRONG
                                    and not adopted_alone(content, start, stop, key, found)
                                    and not public_notice_alone(content, found[-1].start if found else 0, start, key, confirmation)) \
                or (not regulation and public_notice_named(content, found[-1].start if found else 0, start, key, confirmation)):
            continue  # (an attached 办法 follows the date of the notice that issues it: not a title)
        if found and carried_by(found[-1].key, content, found[-1].end + 1, start, key):
            continue  # the text a 转发 notice forwards, or a document attached whole: part of that notice
        if found and statistical_report(key) and named_as_issued(content, found[-1].start, start, key):
            continue  # a 统计公报 the notice above 印发: its attachment
        key += content[stop].key if stop > end else ""
        title = minutes_subject(content, TitleBlock(start, stop, key, confirmation))
        title = page_heading(content, notice_subject(content, title, last_end + 1), last_end + 1)
        title = organ_over_a_dated_title(content, title)  # (青溪县统计局 over it, its day under it)
        title = rule_over_its_order(content, title)  # (青溪县…管理办法 / 青溪县人民政府令 / 第5号 / 《…》已经…)
        found.append(title)
        last_end = title.end
    return found


# What ``news_info_line`` asks a line to hold first.
_NEWS_WORDS = ("来源:", "时间:")


def _ends_to_ask(content: list[Line], untyped: dict[str, int]) -> list[int]:
    """The lines ``find_titles`` asks more of where no news item stands (every other line it
    passes over at its first checks): a line that ``may_end_a_title``, opens with a dash or 一
    (or is empty), or lies over such a line or under one ending with a dash; a line an untyped
    contents entry names."""
    last, keys = _TITLE_LAST, [line.key for line in content]
    opens = [key[:1] in "-一" for key in keys]  # (with "-" in key[:1]: may_end_a_title's own)
    opens.append(False)
    return [i for i, key in enumerate(keys)
            if key[-1:] in last or len(key) == 1 or opens[i] or "--" in key or opens[i + 1]
            or (i and keys[i - 1].endswith("-")) or (untyped and key in untyped)]


# What a title that names no issuer opens with (关于…, 印发…, 转发…): its issuer is the organ over it.
_NO_ISSUER = ("关于", "印发", "转发")


def _title_like_at(content: list[Line], i: int, liked: dict[int, bool]) -> bool:
    """``title_like(content[i])``, kept in ``liked`` for the parse (the same lines are asked again)."""
    like = liked.get(i)
    if like is None:
        like = liked[i] = title_like(content[i])
    return like


def _title_start(content: list[Line], end: int, floor: int, liked: dict[int, bool] | None = None) -> int | None:
    liked = {} if liked is None else liked
    best = first = None  # (first: the shortest whole title)
    joined = ""
    below = end  # the title line under this one (page marks between are skipped)
    used = 0  # title lines taken
    i = end + 1
    while i - 1 >= floor and used < MAX_TITLE_LINES:
        i -= 1
        line = content[i]
        if i < end and page_mark_at(content, i):
            if best is not None and not joined.startswith(_NO_ISSUER):
                k = max(before_furniture(content, i), floor)
                if is_org_only(content[k].key) and _IN_COLUMNS.search(content[k].text.strip()):
                    return first  # (organs in columns ending the page above: the organ under the
                    # page break is the list's last, as without the break)
                cut = content[k].key
                if not (is_org_only(cut) and k - 1 >= floor and ends_a_document(content[k - 1].key)) \
                        and not (cut.endswith("、") and joint_issuers_parted(cut)):
                    break  # a whole title, its issuer named, under the page break: what ends the page
                    # above is not its (a list's last names in the attachment before it) — but an organ
                    # alone after a document's end, or organs ending in 、, are its first issuers
            continue  # a page break inside the title: — 3 — and the running head
        if not _title_like_at(content, i, liked) or (i < end and (is_portal_value(content, i) or is_cover_line(line.key))):
            break  # (a portal field's value under its label: 发布机构 / 云溪县人民政府; the cover's editor and day)
        if i < end and ((is_org_only(line.key) and _IN_COLUMNS.search(line.text.strip()))
                        or (best is not None and names_in_a_row_apart(content, i, below))):
            return first  # organs set out in columns (县公安局　　　　县财政局): a list's rows, and
            # the organs under them its last (the title is whole without them)
        if i < end and content[below].place - line.place > MAX_GAP + 4 * (below - i - 1):
            break
        if i < end and (doc_type_of(without_year_over(line.key, content[below].key)) or (line.key.endswith(")") and ends_a_title(line.key))  # (…的通知（…号）; …的通知 2024)
                        or (regulation_of(line.key) and title_start(content[below].key))) \
                and not is_org_only(line.key) and line.key.count("《") <= line.key.count("》") \
                and not subtitle_read(content[below].key).startswith("--") and not goes_on_with_its_type(content[below].key):
            # (a subtitle after a dash, wrapped: ——表扬先进单位; the 文种 after the name it issues, …实施意见 / 的通知)
            # The previous line is itself a complete title-shaped line: a different title
            # (unless it leaves a 《 open: the title wraps inside the quoted name); or a
            # regulation's name over a line that opens a title of its own (a web page's link,
            # 株洲市户外广告设置管理办法, over the next document's 攸县人民政府关于…的决定).
            break
        if i < end and best is not None and is_org_only(line.key) and not joined.startswith(_NO_ISSUER) \
                and signs_the_text_above(content, i, joined):
            break  # the organ that signs the document above (its date lost), no issuer of this title
        if i < end and best is not None and above_its_issuer(line.key, content[best].key) and not is_session(line.key):
            break  # (the last cells of a table's row over 南浦县林业局关于…: no part of its title)
        joined = line.key + joined
        below = i
        used += 1
        if title_start(joined) and (is_org_only(line.key) or title_start(line.key) or org_cut(line.key, joined)
                                    or joint_issuers_parted(line.key)):
            best = i
        elif (issuer_type_title(joined) and (is_org_only(line.key) or issuer_type_title(line.key))) \
                or public_notice_title(joined):  # (青溪县2024年第一批…名单公示: no 关于)
            best = i
        elif is_session(line.key) and joined.startswith("关于", len(line.key)):
            best = i  # (青溪县第十八届人民代表大会第四次会议 / 关于政府工作报告的决议: the meeting issues it)
        first = best if first is None else first
    return best


# Words set apart by a wide gap, as a list printed in columns sets them.
_IN_COLUMNS = re.compile(r"\S[ \u3000]{3,}\S")
# What confirms the title of a regulation issued as a document: its numbers or its 主送.
_STRONG = frozenset({"number-after", "number-before", "recipients"})


__all__ = ["TitleBlock", "find_titles"]
