"""The kinds of a document's lines, before they are grouped into blocks (blocks.py).

An ordered registry of small rules (``LINE_RULES``, linerules.py) gives each line its kind from the line alone;
``line_kinds`` then settles the kinds that the lines around decide: a tab between an organ and its
date, a 令's head signing over two lines, a seal's mark beside the signature, the issue's running
head set off by a tab where a page begins, a signature dated in figures, and what the lines above
and under the document's date are (a 附注, an attachment's heading, the list of attachments, a web
page's fields)."""

from __future__ import annotations

import re

from .attachments import NO_TITLE
from .closing import (DISTRIBUTION, handling_over_the_imprint, office_over_name, ranked_distribution,
                      recipients_in_the_imprint, signature_after_its_date, signature_in_figures)
from .furniture import is_page_mark, is_running_head, names_sites
from .grids import BARS
from .rulelines import is_border
from .headerlines import interpretation_credit, is_interpretation
from .imprintlines import handling_field, handling_offices
from .unwordedimprint import unworded_imprint
from .linerules import LINE_RULES, SHOWS, Rule, Shows, line_kind, may_take
from .model import Line
from .namelists import heads_names, names_of
from .patterns import is_doc_number_line
from .normalize import strip_markup
from .headerspan import past_furniture
from .runs import page_mark_at
from .sealmarks import seal_pieces
from .signaturelines import head_under_its_organ_at, town_signs, wrapped_organ_at
from .sealwords import is_seal_letters, is_seal_mark, ring_fragments
from .tablerows import looks_like_header
from .townissuers import TOWN_LAST
from .underlines import underlines_a_tab_header
from .pagemarks import PAGE_MARK, PAGE_NUMBER
from .notelines import cc_without_colon, contact_lines_under, is_contact_note, is_contact_person, is_contact_phone, is_publicity
from .marklines import is_validity_term
from .attachmentlines import attachment_heading, gap_listed, is_titled_attachment_heading
from .portal import page_fields_after
from .wechat import FLOW_ARROWS, arrow_between_steps, credits_at_the_end

# 附件：and one title, no number (not a list, 附件：1.…; not a web page's file, ….pdf).
INLINE_TITLED = re.compile(rf"^附件:(?!{NO_TITLE})(?P<title>[^\d一二三四五六七八九十(][^:。;]{{1,48}}"
                           r"(?<!\.pdf)(?<!\.doc)(?<!\.docx)(?<!\.xls)(?<!\.xlsx)(?<!\.wps))$")

# 附件3　　联络员名单 after the date: an attachment's mark and its title on one line, set apart by a
# gap (two spaces or more, a tab, an ideographic space) where others print a colon.
GAP_TITLED = re.compile(r"^\s*(?P<mark>附[件表]\s?[0-9一二三四五六七八九十]{1,3}(?:-\d{1,2})?)(?:[ \u3000]{2,}|\t+|\u3000)\s*"
                        r"(?P<title>[^\s，。；：:,;\t][^，。；：:,;\t]{1,48})$")


def _past_title_tail(lines: list[Line], kinds: list[str], k: int) -> int:
    """The first line after ``附件：…`` (``lines[k]``) that is not its title's wrapped tail (附件：
    …工作目标任务分 / 解表: a line of text right under it, or first past the page's furniture where
    the page breaks under it, shorter than the line it goes on from, no sentence's end), nor a
    page mark."""
    nxt = past_furniture(lines, k + 1)
    if nxt < len(lines) and kinds[nxt] == "text" and (nxt > k + 1 or lines[nxt].place == lines[k].place + 1) \
            and len(lines[nxt].key) < len(lines[k].key) and not lines[nxt].key.endswith(("。", "；", ";", "：", ":")):
        nxt = past_furniture(lines, nxt + 1)
    return nxt


def _over_a_page(lines: list[Line], kinds: list[str], k: int) -> bool:
    """Line ``k`` comes right after a table's rows and the page's number and running head between
    them (``⇥合计⇥940000`` first on the next page: the table's last row; the page's number may be
    printed bare, ``\\f140``)."""
    j = k - 1
    while j >= 0 and k - j <= 3 and page_mark_at(lines, j):
        j -= 1
    return j < k - 1 and j >= 0 and kinds[j] == "table_row"


def _header_over_a_page(lines: list[Line], kinds: list[str], k: int) -> bool:
    """Line ``k`` is titles (``looks_like_header``, no label with its value) right before the
    page's number and running head, and a table's rows of as many cells under them (成员单位⇥
    职责分工 last on its page: the header of the rows on the next)."""
    j = k + 1
    while j < len(lines) and j - k <= 3 and page_mark_at(lines, j):
        j += 1
    if not (k + 1 < j < len(lines) and kinds[j] == "table_row"):
        return False
    cells = [c.strip() or None for c in lines[k].text.strip("\t ").split("\t")]
    return len(cells) == len(lines[j].text.strip("\t ").split("\t")) and looks_like_header(cells) \
        and ":" not in lines[k].key  # (联系人：王强⇥联系电话：…: fields, not titles)


def attachment_label_again(lines: list[Line], kinds: list[str], k: int) -> bool:
    """``lines[k]``, an attachment's heading alone (``附件``, ``附件2``), printed again at the top of
    a page over the table it heads: the page's number and running head over it and a table's
    last row over them, the table's header again or its next row under it, and the attachment
    heading nearest above it of the same number (``3⇥城乡居民医保参保⇥…`` / ``7`` / running head /
    ``附件`` / ``序号⇥项目名称⇥…``). An attachment of another number (``附件2`` under 附件1's table)
    opens the next attachment, whatever its table's header; so does one over another table's
    header, or over no table row."""
    if k + 1 >= len(lines) or kinds[k + 1] != "table_row" or is_titled_attachment_heading(lines[k].key) \
            or not (_over_a_page(lines, kinds, k) or bare_page_number_over(lines, kinds, k)):
        return False
    number = attachment_heading(lines[k].key)[1]
    above = next((j for j in range(k - 1, -1, -1) if kinds[j] == "attachment"), None)
    if above is None or attachment_heading(lines[above].key) != (True, number):
        return False
    last = k - 1
    while page_mark_at(lines, last):
        last -= 1  # (the table's last row, over the page's number and running head)
    first = last
    while first > 0 and (kinds[first - 1] in ("table_row", "furniture") or page_mark_at(lines, first - 1)):
        first -= 1  # (the table's first row: its header, over the pages it went on)
    head, nxt = (lines[x].text.strip().split("\t")[0] for x in (last, k + 1))
    return lines[k + 1].key == lines[first].key or (head.isdigit() and nxt == str(int(head) + 1))


def bare_page_number_over(lines: list[Line], kinds: list[str], k: int) -> bool:
    """Line ``k`` comes right under the page's number printed bare (``7``) and a table's last row
    over it, no running head between (``3⇥城乡居民医保参保⇥县医保局⇥2024年12月底`` / ``7`` / ``附件``):
    a number of one to three figures that is not the next row's (``4`` under row 3 may be one)."""
    if k < 2 or kinds[k - 2] != "table_row" or not re.fullmatch(r"\d{1,3}", lines[k - 1].key):
        return False
    head = lines[k - 2].text.strip().split("\t")[0]
    return not (head.isdigit() and int(lines[k - 1].key) == int(head) + 1)


def _beside_page_mark(lines: list[Line], kinds: list[str], k: int) -> bool:
    """A page's mark (its number, ``— 17 —``) right above or right under line ``k``, outside a
    table's rows: the page's top prints the running head over its number or under it
    (``南浦县人民政府公报⇥2024年第4期`` / ``— 17 —``, or a bare ``17``). Not a row among rows that name issues too
    (a list of the issues printed, 平江县人民政府公报⇥2023年第4期 / …第5期, over a page's number)."""
    near = [x for x in (k - 1, k + 1) if 0 <= x < len(lines)]
    return any(kinds[x] != "table_row" and (is_page_mark(lines[x]) or PAGE_NUMBER.match(lines[x].text.strip()))
               for x in near) and not any(kinds[x] == "table_row" and is_running_head(lines[x].key) for x in near)


def _names_under_their_heading(lines: list[Line], k: int) -> bool:
    """A tab row of two names under the line heading them (城关镇（2名） / 陈　明⇥刘海波): a list
    of names, not an organ beside its date."""
    return k > 0 and heads_names(lines[k - 1].key) \
        and names_of(["".join(c.split()) or None for c in lines[k].text.split("\t")]) is not None


def _prints_its_page(line: Line) -> bool:
    """A tab row one of whose cells is the page's mark (``南浦县人民政府公报⇥2024年第4期⇥·17·``)."""
    return any(PAGE_MARK.match(c.strip()) for c in line.text.split("\t") if c.strip())


def _site_links(lines: list[Line], kinds: list[str], k: int) -> list[int]:
    """The heading of a web page's links, ``相关链接：``, with the sites they name after it or on
    the lines under it (南浦县人民政府网　南浦县林业局), down to the next line that names none
    (after the document's date: a page prints its links under its text):
    the indices of these lines, or none when it names no site (a list of titles under it, 攸县人民
    政府关于…的决定, …管理办法: text)."""
    rest = re.split("[:：]", strip_markup(lines[k].text), maxsplit=1)[-1]  # (**相关链接：**[中国政府网](http://…))
    if rest.strip():
        return [k] if names_sites(rest) else []
    taken = [k]
    while taken[-1] + 1 < len(lines) and kinds[taken[-1] + 1] in ("text", "org") and names_sites(lines[taken[-1] + 1].text):
        taken.append(taken[-1] + 1)
    return taken if len(taken) > 1 else []


def may_be_running_head(key: str) -> bool:
    """What furniture.is_running_head needs of a key to say yes: the gazette's name (…公报, …政报)
    or the issue's number (第…期). Most table rows have neither (tests/test_quick_checks_lines.py)."""
    return "报" in key or "第" in key


def _where(kinds: list[str], kind: str) -> list[int]:
    """The indices of the lines of ``kind``, in order (list.count and list.index scan in C: a
    kind most lines are not is found without a Python step a line)."""
    found, k = [], -1
    for _ in range(kinds.count(kind)):
        k = kinds.index(kind, k + 1)
        found.append(k)
    return found


def _over_a_date(kinds: list[str]) -> list[int]:
    """The indices one or two above a line of kind date, in order (no other line's signature
    rules can take: each asks for the date under it; none of them makes or unmakes a date)."""
    return sorted({k for d in _where(kinds, "date") for k in (d - 2, d - 1) if k >= 0})


def _beside(kinds: list[str], named: tuple[str, ...]) -> list[int]:
    """The indices right above or right under a line of one of the kinds ``named``, in order."""
    return sorted({k for kind in named for x in _where(kinds, kind) for k in (x - 1, x + 1) if 0 <= k < len(kinds)})


def _by_the_signature(kinds: list[str], k: int) -> bool:
    """The line at ``k`` stands right over or under the signature (an organ signing), or beside the
    date with the signature on the date's other side (the seal's other marks between them perhaps)."""
    for step in (-1, 1):
        x = k + step
        if not 0 <= x < len(kinds):
            continue
        if kinds[x] in ("org", "signed"):
            return True
        if kinds[x] == "date":
            y = x + step
            while 0 <= y < len(kinds) and kinds[y] == "furniture" and abs(y - x) <= 2:
                y += step
            if 0 <= y < len(kinds) and kinds[y] in ("org", "signed"):
                return True
    return False


def line_kinds(lines: list[Line], header: dict[int, str]) -> tuple[list[str], int]:
    """The kind of each of the document's lines (``header``: line place → kind, for the lines
    already known to be header), and the index of the line that dates the document (its
    length when none does)."""
    heads = [header.get(line.place) for line in lines]  # (each line's place looked up once)
    kinds = [head or line_kind(line) for head, line in zip(heads, lines)]
    for k in range(1, len(lines) - 1):
        if kinds[k] == "box_row" and underlines_a_tab_header(lines, kinds, k):
            kinds[k] = "furniture"  # a rule of dash runs under a table's titles: the table goes on under it
    for k, line in enumerate(lines):
        if kinds[k] == "table_row" and (k == 0 or kinds[k - 1] != "table_row") \
                and (k + 1 == len(lines) or kinds[k + 1] != "table_row") \
                and not _over_a_page(lines, kinds, k):  # (a tab row alone, not a table's last row on its next page)
            # pdftotext puts a tab between an organ and its date: 湘阴县人民政府办公室⇥2024年5月3日;
            # or between a 抄送 list, the office and the day it was printed (抄送：…⇥…⇥…印发)
            flat = line_kind(Line(line.no, line.text.replace("\t", " "), line.key, at=line.at))
            if ((line.text.strip("\t ").count("\t") == 1 and not _names_under_their_heading(lines, k))
                    or flat in ("cc", "imprint")) and not (flat == "text" and _header_over_a_page(lines, kinds, k)):
                kinds[k] = flat  # (words over a page break and rows on the next page: their header)
        elif kinds[k] == "box_row" and (k == 0 or kinds[k - 1] != "box_row") \
                and (k + 1 == len(lines) or kinds[k + 1] != "box_row") and line.text.strip()[:1] not in BARS \
                and not is_border(line.text):
            kinds[k] = "text"  # a line with bars between words, alone: a web page's trail (首页 | 政务公开)
        elif kinds[k] == "furniture" and line.key in FLOW_ARROWS and arrow_between_steps(lines, kinds, k):
            kinds[k] = "text"  # 申请 / ↓ / 受理 / ↓ / 办结: a flowchart's arrows between its steps, no post's
    for k in _over_a_date(kinds):  # (each rule asks for the date one or two lines under)
        dated = "date" in kinds[k + 1:k + 3]  # (the two rules after the first ask for the date under)
        if kinds[k] == "text" and office_over_name(lines, kinds, k):
            kinds[k] = kinds[k + 1] = "person"  # 县  长 / 陈建国 over the date
        elif dated and wrapped_organ_at(lines, kinds, k):
            kinds[k] = kinds[k + 1] = "org"  # 青溪县…领导小组 / 办公室 over the date: one organ's name
        elif dated and head_under_its_organ_at(lines, kinds, k):
            kinds[k] = "person"  # 青溪县人民政府　　县长　张建国 over the date: the organ and its head
        elif kinds[k] == "text" and kinds[k + 1] == "date" and lines[k].key.endswith(TOWN_LAST) \
                and town_signs(lines[k].key, "".join(x.key for x, head in zip(lines, heads) if head == "title")):
            kinds[k] = "org"  # 城关街道 over the date, the town its title names bare as its issuer
    for k in _beside(kinds, ("org", "date", "signed")):
        if is_seal_mark(lines[k].key) and any(kinds[x] in ("org", "date", "signed") for x in (k - 1, k + 1) if 0 <= x < len(lines)):
            kinds[k] = "furniture"  # what OCR left of the seal beside the signature or the date (a form's 盖章 is text)
        elif kinds[k] == "text" and is_seal_letters(lines[k].key) and _by_the_signature(kinds, k):
            kinds[k] = "furniture"  # Latin letters OCR read of the seal over the signature (ee, Ny ie)
    for k in seal_pieces(lines, kinds):
        kinds[k] = "furniture"  # the seal's star and its ring's characters between the signature and the date
    for k in ring_fragments(lines, kinds):
        kinds[k] = "furniture"  # the ring's words OCR read in a piece (溪县人民, 专用章) by the signature
    for k, line in enumerate(lines):
        if kinds[k] == "table_row" and may_be_running_head(line.key) and is_running_head(line.key) \
                and (line.page_break or _beside_page_mark(lines, kinds, k) or _prints_its_page(line)):
            kinds[k] = "furniture"  # the running head set off by a tab, where a page begins
    signed_at = signature_in_figures(lines, kinds)
    if signed_at is None:
        signed_at = signature_after_its_date(lines, kinds)  # (2024年11月5日　　青溪县人民政府办公室)
    if signed_at is not None:
        kinds[signed_at] = "signed"  # 松岭县人民政府　　2024.4.20 where the signature stands
    closing = next((k for k, kind in enumerate(kinds) if kind in ("date", "signed", "person_signed")), len(kinds))
    printed_after = {line.key for line in lines[closing + 1:]}
    rows_end = closing  # (a joint signature's rows under the first, each organ over its date)
    while rows_end + 2 < len(kinds) and kinds[rows_end + 1] == "org" and kinds[rows_end + 2] == "date":
        rows_end += 2
    for k in range(closing + 1, len(lines)):
        if kinds[k] == "text" and (is_publicity(lines[k].key) or (
                (k in (closing + 1, rows_end + 1) or kinds[k - 1] == "note")  # (where it stands, asked first: cheaper)
                and (is_contact_note(lines[k].key) or is_validity_term(lines[k].key) or _contact_over_lines(lines, kinds, k)))):
            # 信息公开选项：主动公开 under the date, （联系人：…，电话：…） right under it, or the
            # contact without brackets (联系人：张丽　　联系电话：…), （有效期至2029年6月12日）: the 附注
            # (an attachment's or a forwarded text's contact further down is theirs)
            kinds[k] = "note"
        elif kinds[k] == "attachment_list" and INLINE_TITLED.match(lines[k].key) \
                and (nxt := _past_title_tail(lines, kinds, k)) < len(lines) \
                and kinds[nxt] in ("table_row", "box_row", "text", "numbered"):
            kinds[k] = "attachment"  # 附件：… after the date, over its text: the attachment's heading
        elif kinds[k] == "text" and k in (closing + 1, rows_end + 1) and "号" in lines[k].key \
                and is_doc_number_line(lines[k].key.strip("()")) \
                and (k + 1 == len(lines) or kinds[k + 1] in ("note", "cc", "imprint", "furniture")):
            kinds[k] = "doc_number"  # the 发文字号 under the 成文日期, the document's last (some counties print it at
            # the foot; not a forwarded text's over its title)
        elif kinds[k] == "text" and lines[k].key.startswith(("抄送", "抄报")) and cc_without_colon(lines[k].text):
            kinds[k] = "cc"  # 抄送　县委办，县人大办。 under the date: the 抄送 list, a gap for its colon
        elif kinds[k] in ("text", "table_row") and "附" in lines[k].key[:2] and GAP_TITLED.match(lines[k].text):
            kinds[k] = "attachment"  # 附件3　　联络员名单 after the date: the heading and the title
    for k in range(closing + 1, len(lines)):
        if kinds[k] == "text" and (end := recipients_in_the_imprint(lines, kinds, k, closing)) is not None:
            kinds[k: end + 1] = ["furniture" if page_mark_at(lines, x) else "recipients" for x in range(k, end + 1)]
            # (the 主送 moved to the 版记; a page break's furniture inside it)
        elif kinds[k] == "attachment" and attachment_label_again(lines, kinds, k):
            kinds[k] = "furniture"  # 附件 printed again at a page's top, over its table's header again
            if bare_page_number_over(lines, kinds, k):
                kinds[k - 1] = "furniture"  # (and the page's number over it, printed bare)
        elif lines[k].key.startswith("相关链接:") and kinds[k] == "text":
            for x in _site_links(lines, kinds, k):
                kinds[x] = "furniture"  # a web page's links to other sites, under their heading, after the text
    last = next((k for k in range(len(lines) - 1, -1, -1)
                 if kinds[k] != "furniture" and not page_mark_at(lines, k)), None)
    if last is not None and kinds[last] == "text" and interpretation_credit(lines[last].key, bare=is_interpretation(
            "".join(line.key for line, head in zip(lines, heads) if head == "title"))):  # (asked only here)
        kinds[last] = "note"  # （县财政局供稿）, （来源：…） closing an interpretation: who wrote it
        # (the page's number and running head under it, at the foot of its page, skipped)
    for k in page_fields_after(lines, kinds, closing):
        kinds[k] = "furniture"  # 责任编辑：… / 浏览次数：… under the date: the web page's, after its text
    for k in credits_at_the_end(lines, kinds, closing if closing < len(kinds) else 0):
        kinds[k] = "furniture"  # 编辑：… / 审核：… closing a post's text (its attachment's too): the page's
        # (a document dated under its title, a 统计公报 a post copies, has no closing: its text's end)
    for k in range(closing):
        if kinds[k] == "attachment" and is_titled_attachment_heading(lines[k].key):
            kinds[k] = "attachment_list"  # 附件1：… above the signature lists; it heads nothing
        elif kinds[k] == "text" and lines[k].key.startswith("附件") and gap_listed(lines[k].text):
            kinds[k] = "attachment_list"  # 附件　1．…, a gap for its colon, above the signature: the list
        elif kinds[k] == "text" and lines[k].key.startswith("附:") and len(lines[k].key) >= 6 \
                and lines[k].key[2:] in printed_after:
            kinds[k] = "attachment_list"  # 附：X above the signature, X printed after the date
        elif kinds[k] == "cc" and lines[k].key.startswith(DISTRIBUTION) and closing < len(kinds):
            kinds[k] = "text"  # 发送：… above the date says where to send something: a sentence
    for k, line in enumerate(lines):
        if kinds[k] in ("furniture", "text") and handling_field(line.key) and (any(
                0 <= x < len(lines) and kinds[x] == "imprint" and handling_offices(lines[x].key) for x in (k - 1, k + 1))
                or handling_over_the_imprint(lines, kinds, k, closing)):
            kinds[k] = "imprint"  # 主办：县农业农村局 / 督办：县政府督查室, the 版记's fields on two lines
            # (or 主办：县发展和改革局 alone over the 抄送 or the 印发 line)
    for k in ranked_distribution(lines, kinds):
        kinds[k] = "cc"  # 报：… / 送：… / 发：… over the 印发 line: a 纪要's distribution
    if (at := unworded_imprint(lines, kinds, closing)) is not None:
        kinds[at] = "imprint"  # 抄送：… / 青溪县人民政府办公室　2024年3月6日: the 印发 line, its word lost
    return kinds, closing


__all__ = ["GAP_TITLED", "INLINE_TITLED", "LINE_RULES", "SHOWS", "Rule", "Shows", "line_kind", "line_kinds", "may_take"]


def _contact_over_lines(lines: list[Line], kinds: list[str], k: int) -> bool:
    """``lines[k]`` is a contact printed without brackets under the date: on its line
    (联系人：张丽　　联系电话：…), or over lines from it on (联系单位：… / 联系人：王磊 / 联系电话：…:
    ``contact_lines_under``), or the telephone under its person's line read as a note."""
    key = lines[k].key
    if key.startswith("联系") and contact_lines_under([line.key for line in lines[k:k + 3]], 0):
        return True
    return kinds[k - 1] == "note" and is_contact_phone(key) and is_contact_person(lines[k - 1].key)
