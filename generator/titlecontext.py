"""What stands around a title: what ends before it (a document's end, a finished sentence, the
cover, the contents' last entry), what follows it (a body; the note under a report or a list and
the organs that issue a 统计公报: titlenotes), whether its first line names its issuer (also cut by
the wrap).
titles.py asks these of each candidate title; segment.py asks ``ends_a_document``."""

from __future__ import annotations

import re
from collections.abc import Callable

from .furniture import is_issue_line, is_page_furniture, is_page_mark, is_running_head, is_web_chrome
from .identifiers import arabic
from .imprintlines import imprint
from .runs import ROW_LINES, page_mark_at, page_number_at_a_break
from .headerlines import is_section_line
from .headerspan import bare_number, before_furniture, past_furniture, wrapped_note
from .masthead import is_cover_line
from .model import Line
from .numbering import numbering
from .patterns import (
    CLOSERS,
    ORG_ONE,
    ORG_ONLY,
    TERMINAL,
    doc_type_of,
    is_date_line,
    is_header_number_line,
    is_issuer_line,
    is_org_only,
    is_recipients,
    is_slogan,
    is_table_row,
    issuer_type_title,
    joint_issuers_parted,
    signed,
    title_start,
)
from .personlines import is_person_signature
from .signedabove import signs_the_text_above
from .subtitledash import subtitle_read
from .notelines import is_note
from .toclines import ends_in_leader, is_toc_heading, numbers_and_leader, titled_with_its_brackets, toc_page
from .tocpages import page_of_the_entry_above
from .titleline import opens_title, title_like
from .wraps import opens_an_attendance_line


def org_cut(top: str, joined: str) -> bool:
    """The wrap cut the issuer's name or the 关于 after it (江华瑶族自治县人民政府办 / 公室关于…,
    …办公室关 / 于…): the top line is all organ names, but for the first character of what
    follows them."""
    if not _REGION_IN.search(top):
        return False  # (an organ's name opens with its place: 江华瑶族自治县…)
    m = ORG_ONLY.match(joined)
    return m is not None and (m.end() == len(top) - 1 or 0 < m.end() - len(top) <= _ORG_CUT_MAX)


_REGION_IN = re.compile(r"[县市区州旗镇乡]")
_ORG_CUT_MAX = 6  # characters of the organ's name under the cut (…人民政 / 府办公室关于)


def organ_over(content: list[Line], end: int, floor: int) -> int:
    """Where a title confirmed by its note starts (任免名单 over （…会议通过）): the organ printed
    alone on the line over it (青石县人民代表大会常务委员会 / 任免名单), when what stands above
    the organ ends something — nothing, a section heading, a finished sentence, or the 成文日期
    of a document signed above it (an organ under a date whose document is not signed yet is that
    document's signature, ``closing.under_the_date``); else ``end``, the title's one line."""
    k = index_before(content, end)
    if k <= floor or not is_org_only(content[k].key) or content[end].place - content[k].place > 3:
        return end
    note = past_furniture(content, end + 1)  # (a page break between the title and its note)
    if not _adopted_by(content[k].key, note_whole(content, note)):
        return end  # (青石县人民政府, the signature of the notice above, over a list 人大常委会 adopted)
    j = index_before(content, k)
    if j < 0 or is_section_line(content[j]):
        return k
    above = content[j].key
    if is_date_line(above):
        i = index_before(content, j)
        signed_above = i >= 0 and (is_org_only(content[i].key) or is_person_signature(content[i].text))
        return k if signed_above else end
    return k if above.endswith(TERMINAL) and not above.endswith((":", ";")) else end


def note_whole(content: list[Line], note: int) -> str:
    """The note at ``note`` read whole, one a hard wrap cut (…委员会第 / 二十次会议通过）) with its next line."""
    key = content[note].key if note < len(content) else ""
    return key + content[note + 1].key if key.startswith("(") and wrapped_note(content, note) else key


# The kinds of body whose meeting adopts a list (政协 first: its 常务委员会 is no 人大's).
_BODIES = tuple(re.compile(p) for p in (r"政协|政治协商", r"人民代表大会|人大|常务委员会|常委会", r"政府"))


def _body(key: str) -> int | None:
    return next((n for n, body in enumerate(_BODIES) if body.search(key)), None)


def _adopted_by(organ: str, note: str) -> bool:
    """Could ``organ`` be the body whose meeting the adoption note under the title names
    (青石县人民代表大会常务委员会 over （…人民代表大会常务委员会第二十次会议通过））? A note that
    adopts nothing, or names no body, or an organ of no such kind, leaves it open."""
    if not note.endswith("通过)"):
        return True
    named, kind = _body(note), _body(organ)
    return named is None or kind is None or named == kind


def apart(content: list[Line], end: int) -> bool:
    """A title without issuer or 关于 (政府工作报告, …任免名单), confirmed by the note under it,
    stands apart unless a sentence introduces it (…学习以下材料：): then it is quoted."""
    prev = line_before(content, end)
    return prev is None or not prev.key.endswith(":")


def names_issuer(content: list[Line], start: int) -> bool:
    first = content[start].key
    return is_org_only(first) or bool(ORG_ONE.match(first) and title_start(first)) \
        or issuer_type_title(first) \
        or (start + 1 < len(content) and org_cut(first, first + content[start + 1].key))


def above_its_issuer(top: str, first: str) -> bool:
    """A line ``top`` over a title's first line ``first`` that opens with its issuer and 关于
    (印发, 转发), which is no part of the title: neither an organ's name (joint issuers,
    县财政局 / 南浦县林业局关于…) nor a line that opens a title itself (南浦县人民政府办公室转发 /
    县财政局关于…). What stands there is what ends the text above, the last row of a table
    printed one cell a line (县市场监管局 / 长期坚持 / 南浦县林业局关于…) or a sentence — or organs
    parted by 、 whose last has none after it (县应急管理局、县财政局、城关镇人民政府 / 南浦县人民政府
    办公室关于…): joint issuers wrapped there end their line with 、 (``issuers_parted_over``), so
    these are a list's (an attachment's 名单 of units) ending over the next title."""
    return bool(ORG_ONE.match(first)) and title_start(first) and not (
        is_org_only(top) or issuers_parted_over(top) or title_start(top) or org_cut(top, top + first))


def issuers_parted_over(top: str) -> bool:
    """Joint issuers parted by 、 on a line over a title's line that names an issuer of its own:
    the line ends with the 、 before that issuer (南浦县农业农村局、南浦县财政局、 / 南浦县林业局关于…).
    Organs parted by 、 whose last has none after it are no issuers of that title."""
    return top.endswith("、") and joint_issuers_parted(top)


def index_before(content: list[Line], start: int) -> int:
    """The index of the line above ``content[start]``, page numbers and running heads skipped
    (-1: none)."""
    k = start - 1
    while k >= 0 and is_page_furniture(content[k]):
        k -= 1
    return k


def line_before(content: list[Line], start: int) -> Line | None:
    """The line above ``content[start]``, page numbers and running heads skipped."""
    k = index_before(content, start)
    return content[k] if k >= 0 else None


def ends_a_document(key: str) -> bool:
    """The last line of a document: its date, 印发 line or 附注."""
    return is_date_line(key) or bool(imprint(key)) or is_note(key)


def after_a_boundary(content: list[Line], start: int) -> bool:
    """What precedes the title ends something: a finished sentence, the end of a document, a
    table row (of tabs or pipes), the last entry of the contents, the cover's slogans or its
    last field (2024年3月31日出版, 出版日期：…, the office that edits it); page numbers and
    running heads in between are skipped, and a section's heading (政府文件, 【规范性文件】) when what
    precedes it ends something (not a sentence the page cut, the section's running head over its
    rest); a 纪要's attendance line (出席：…, 参加：…负责同志), which closes it. The first line of
    the text counts too (a gazette without contents)."""
    k = index_before(content, start)
    if k >= 0 and is_section_line(content[k]):
        k = index_before(content, k)
    prev = content[k] if k >= 0 else None
    if prev is None:
        return True
    key = prev.key
    return (key.endswith(TERMINAL) or (key.endswith(CLOSERS) and not titled_with_its_brackets(key)) or ends_a_document(key)
            or opens_an_attendance_line(key)  # (a 纪要's attendance closes it: 参加：…负责同志)
            or is_table_row(prev.text) or _pipe_row(prev.text) or is_running_head(key) or toc_page(prev.text, key) is not None
            or (k + 1 < start and content[k + 1].key.isdecimal() and page_of_the_entry_above(content, k + 1))
            or ((_cover_slogans(prev) or is_issue_line(key) or is_cover_line(key)) and _on_the_cover(content, start)))


def _pipe_row(text: str) -> bool:
    """A table's row set with pipes, as Markdown prints one (| 2 | 县财政局 | … |): it ends what it
    closes as a row of tabs does."""
    text = text.strip()
    return len(text) > 2 and text[0] == "|" and text[-1] == "|"


def _cover_slogans(prev: Line) -> bool:
    """The cover's slogans, two or more on the line (发布政令　公开政务　指导工作　服务社会); a
    four-character heading alone is a body's (宣布失效)."""
    return is_slogan(prev.text) and len(prev.text.split()) >= 2


def _on_the_cover(content: list[Line], start: int) -> bool:
    """``content[start]`` may follow the cover: no document has opened (文号, 主送) or ended before
    it and no contents follow it (a headline on the cover over the 目录 is no document; a year in
    a body is no cover)."""
    return not any(ends_a_document(line.key) or is_header_number_line(line.key) or is_recipients(line.key)
                   for line in content[:start]) \
        and not any(is_toc_heading(line.key) for line in content[start:])


def _closes_a_document(content: list[Line], start: int) -> bool:
    """What precedes ``content[start]`` is a document's end: its 印发 line, its 附注, or its date
    under its signature (a date alone in a body ends nothing)."""
    k = index_before(content, start)
    if k < 0:
        return False
    key = content[k].key
    if imprint(key) or is_note(key) or signed(key):
        return True
    return is_date_line(key) and k >= 1 and (is_org_only(content[k - 1].key) or is_issuer_line(content[k - 1].key))


def opens_an_item(content: list[Line], start: int) -> bool:
    """The title stands where an item of the issue starts: after a document's end, or before the
    first document (after the masthead, the contents, the cover's slogans) — not after a
    sentence, which may quote a title with its 文号 (…印发以下通告： / 《…的通告》 / （…号））."""
    prev = line_before(content, start)
    if prev is None or _closes_a_document(content, start):
        return True
    return (is_running_head(prev.key) or toc_page(prev.text, prev.key) is not None or is_slogan(prev.text)) \
        and not any(ends_a_document(line.key) for line in content[:start])


def after_a_document(content: list[Line], start: int) -> bool:
    """What precedes the title is the end of a document: its date, 印发 line or 附注, or the organ
    that signs it under the date printed before it (…如下。 / 2024年3月5日 / 青溪县人民政府办公室)."""
    k = index_before(content, start)
    if k < 0:
        return False
    return ends_a_document(content[k].key) or (k >= 1 and is_date_line(content[k - 1].key) and is_org_only(content[k].key)
                                                and signs_the_text_above(content, k, ""))


def body_follows(after: Line | None) -> bool:
    """The line after the title opens a body: a sentence or a numbered paragraph, not another
    title or a list of contents."""
    if after is None:
        return False
    if toc_page(after.text, after.key) is not None or ends_in_leader(after.key) or opens_title(after) \
            or is_header_number_line(after.key) or is_section_line(after) or numbers_and_leader(after.key):
        return False
    return len(after.key) >= 6 or numbering(after.key) is not None


def after_a_row_number(content: list[Line], start: int) -> bool:
    """The line ``start`` is a cell of a table printed one cell per line, after its row's
    number: a bare number stands above it that is not the page's (``page_number_at_a_break``:
    南丰县人民政府 / 2024年3月5日 / 2 / the next title; …6号 / \\f136 / the title at the top of
    the next page); the page's marks between them passed (the row's number last on its page:
    3 / 第 25 页 共 240 页 / running head / the title)."""
    k = start - 1
    while k >= 0 and is_page_mark(content[k]) and not is_web_chrome(content[k].key):
        k -= 1  # (the page's number and running head; a web page's buttons are no page's end)
    if k < 0 or not content[k].key.isdecimal() or len(content[k].key) > 4:
        return False
    if page_of_the_entry_above(content, k):
        return False  # (the contents' last entry's page alone over the title, a page break between perhaps)
    if not page_number_at_a_break(content, k):
        return True
    # (where the page prints its number in a mark of its own, a bare number last on the page is
    # a row's when the number of the row before stands a few lines above it)
    numbered = any(any(c.isdigit() for c in content[x].key) and not is_running_head(content[x].key)
                   for x in range(k + 1, start))
    row = str(int(content[k].key) - 1)
    return numbered and any(content[x].key == row and not page_mark_at(content, x)  # (no page's number)
                            for x in range(max(0, k - ROW_LINES), k))


def subtitle_under(content: list[Line], end: int) -> bool:
    """The title on line ``end`` goes on with its subtitle after a dash on the very next line, the wrap falling at the
    dash (…的通报 / ——表扬先进单位, its dash as OCR gives it: 一一表扬…; …的通报—— / 表扬先进单位; …的通报— / —表扬先进单位)
    or inside the 文种 before it (…工作的 / 通报——表扬先进单位, a narrower page's wrap): the dash a few characters from it."""
    key, nxt, under = content[end].key, content[end + 1], subtitle_read(content[end + 1].key)
    if not (key.endswith("-") or "-" in under[:4]) or nxt.place != content[end].place + 1:
        return False  # (asked of every line that may end a title: the dash near the wrap first)
    dash = (key + under).find("--", max(0, len(key) - 2))
    return 0 <= dash <= len(key) + 2 and doc_type_of(key + under) is not None and title_like(nxt)


def type_word_cut(content: list[Line], end: int, kind: Callable[[str], str | None] = doc_type_of) -> str | None:
    """The 文种 of a title wrapped inside it, its last character alone on the line ``end``
    (``…关于开展安全生产大检查的通`` / ``知``), a page break perhaps between them (its
    furniture): the 文种, or None. With ``kind`` ``regulation_of``: the word that ends a
    regulation's or a reply's title so cut (…第15号提案的答 / 复)."""
    key = content[end].key
    if len(key) != 1 or end == 0:
        return None
    k = before_furniture(content, end - 1)
    above = content[k] if k >= 0 else None
    if above is None or (k == end - 1 and content[end].place - above.place > 2) or doc_type_of(above.key) \
            or kind(above.key) or not title_like(above):
        return None
    return kind(above.key + key)


def at_the_lists_spacing(content: list[Line], start: int, number: int) -> bool:
    """The title at ``start`` stands under the number at ``number`` as that number stands under
    the line above it (a list's entries, evenly spaced: one line or one blank line apart), or a
    page break parts the title from the number or the number from the line above it (its
    furniture: whatever the spacing)."""
    if number < start - 1:
        return True
    step = content[start].place - content[number].place
    return step <= 2 and (page_mark_at(content, number - 1)
                          or step == content[number].place - content[number - 1].place)


_BRACKET_YEAR = re.compile(r"\((?P<y>(?:19|20)\d{2})\)")


def older_than_the_date_above(content: list[Line], start: int, number: Line) -> bool:
    """A bracketed 文号 of a year before the last date printed above it: a document cited in a
    list after a notice's date (废止 …（道政发〔2018〕12号）), not a new one's number."""
    m = _BRACKET_YEAR.search(number.key)
    if m is None:
        return False
    above = next((arabic(content[k].key) for k in range(start - 1, -1, -1) if is_date_line(content[k].key)), None)
    return above is not None and int(m.group("y")) < int(above[:4]) - 1


def addressed_under(content: list[Line], k: int) -> bool:
    """The 主送 stands under the number lines from ``content[k]`` on (a page's furniture perhaps
    among them or under them): a document's header."""
    k = past_furniture(content, k)
    while k < len(content) and bare_number(content[k]):
        k = past_furniture(content, k + 1)
    return k < len(content) and is_recipients(content[k].key)


__all__ = ["addressed_under", "after_a_boundary", "after_a_document", "after_a_row_number", "apart",
           "at_the_lists_spacing", "body_follows", "ends_a_document", "index_before", "line_before",
           "names_issuer", "older_than_the_date_above", "opens_an_item", "org_cut", "signs_the_text_above",
           "subtitle_under", "type_word_cut"]
