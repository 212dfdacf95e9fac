"""An issue's document's attachments (附件): the 附件说明 list under the body (numbered, one
line or several, a web page's 附件下载： files) merged with the attachment sections printed after
the document (附件1 / its title / its text), each with its number, title and lines."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from .identifiers import DocNumber
from .model import Attachment, Block
from .normalize import HAN, fold, join_wrapped, squeeze
from .numbering import cn_to_int
from .attachmentlines import attachment_heading

# Items of an 附件 list: 1. / 2、 / （1） / 一、 / ① / 附件1：. A digit after the dot is a decimal
# (1.5万元), unless it opens a year (1.2023年度重点工作任务清单).
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# A part of an attachment listed on its own (1-1．, 附件2-1：) is numbered by the attachment. (A
# figure after an item's number is a decimal's, 1.5, unless a year or months open its title: 1．7-9月…表.)
_ATTACHMENT_ITEM = re.compile(
    r"(?:^|\s|(?<=[：:。；;]))(?:附\s*件\s*(?P<a>[0-9一二三四五六七八九十]{1,3})(?:[-－](?P<ap>\d{1,2}))?\s*[:：]"
    r"|[（(](?P<p>\d{1,2})[)）]"
    rf"|(?P<c>[{_CIRCLED}])"
    r"|(?P<n>\d{1,2}(?:[-－](?P<np>\d{1,2}))?|[一二三四五六七八九十]{1,3})\s*[.、．]"
    r"(?:(?=(?:19|20)\d{2}年|\d{1,2}(?:[-－—~]\d{1,2})?月)|(?!\d)))\s*")


def _item_number(m: re.Match) -> int | None:
    """An item's number, in figures, Chinese numerals or a circled figure (② → 2)."""
    if m.group("c"):
        return _CIRCLED.index(m.group("c")) + 1
    return cn_to_int(m.group("a") or m.group("p") or re.split(r"[-－]", m.group("n"))[0])


# What a web page prints after an attachment's name when it offers it as a file to download:
# the file's extension, its size, the count of downloads (….docx（下载次数：35）, ….pdf（256.3 KB）).
_DOWNLOAD_TAIL = re.compile(r"\.(?:docx?|xlsx?|wps|et|pdf|ofd|zip|rar|7z|txt|jpe?g|png)"
                            r"(?:\s*[（(](?:下载次数[:：]?\s*\d+次?|\d+(?:\.\d+)?\s*[KMG]i?B|大小[:：].{1,12})[)）])?$",
                            re.IGNORECASE)


# What an 附件 line says instead of a title: where the attachment is, or that it is left out.
NO_TITLE = r"(?:详见|参见|略$|(?:请|可)(?:登录|到|在))"  # (not 略阳县…: a county)
_NO_TITLE = re.compile(NO_TITLE)


# An 附件 line that counts the attachments instead of naming them: 附件：3件, 附件：共2份.
_COUNT_ONLY = re.compile(r"共?[0-9一二三四五六七八九十两]{1,3}[件份个]")


def count_only(title: str) -> bool:
    """An 附件说明 that says how many attachments there are, not what they are (附件：3件, 共2份):
    no attachment's title; the attachments printed after the date are the document's."""
    return len(title) <= 6 and _COUNT_ONLY.fullmatch(title.replace(" ", "")) is not None


def _item_title(text: str) -> str:
    """An attachment's title as listed: wrapped lines joined, the closing punctuation, a
    download link's file extension, size or count, the mark of one left out (（略）) and the
    title marks around the whole title (《…》: ``unquoted``) left out."""
    return unquoted(without_left_out(_DOWNLOAD_TAIL.sub("", squeeze(join_wrapped(text.split("\n"))).rstrip("。；;，,"))))


def unquoted(title: str) -> str:
    """A listed title without the title marks a list prints around the whole of it
    (附件：《青溪县防汛工作方案》 lists 青溪县防汛工作方案); marks around a part of it are its words
    (《青溪县志》编纂委员会组成人员名单)."""
    if title[:1] == "《" and title[-1:] == "》" and title.count("《") == 1 and title.count("》") == 1 and len(title) > 2:
        return title[1:-1]
    return title


# The mark after an attachment's title that the gazette does not print it: （略）, (略), 〔略〕, 【略】.
_LEFT_OUT = re.compile(r"\s*[（(〔【\[]\s*略\s*[）)〕】\]]$")


def without_left_out(title: str | None) -> str | None:
    """An attachment's title without the mark that it is not printed (清单（略） → 清单): the mark
    says where the attachment is not, it is no word of its title."""
    if not title or "略" not in title:
        return title  # (most titles: the character answers)
    return _LEFT_OUT.sub("", title) or title


# An item's number printed without its point at the start of a line (5 新邵县…规则).
_BARE_ITEM = re.compile(r"\n[ \u3000]*(?P<n>\d{1,2})[ \u3000]+(?=[" + HAN + "《])")


def _with_bare_numbers(body: str, found: list[tuple[int, int, int | None]]) -> list[tuple[int, int, int | None]]:
    """The items of a list, with those whose number lost its point: taken only where the number
    is the next of the list's (4. … / 5 … / 6. …)."""
    if not found:
        return found
    bare = [(m.start(), m.end(), int(m.group("n"))) for m in _BARE_ITEM.finditer(body)
            if not any(a <= m.start("n") < b for a, b, _ in found)]
    if not bare:
        return found
    out: list[tuple[int, int, int | None]] = []
    for item in sorted(found + bare):
        if item in bare:
            above = body[out[-1][1]:item[0]] if out else ""
            if not (out and out[-1][2] is not None and item[2] == out[-1][2] + 1) \
                    or above.count("（") + above.count("(") > above.count("）") + above.count(")") \
                    or body[item[1]:item[1] + 1] in _MEASURE_WORDS:
                continue  # (涉及城区 / 3 个街道: a number inside the item above, cut by the wrap)
        out.append(item)
    return out


_MEASURE_WORDS = set("个张项件家户人名所座条份批类次号期月轮届")


def _printed_under_their_titles(blocks: tuple[Block, ...], listed: list[tuple[int | None, str]]
                                ) -> dict[int, tuple[int | None, str]]:
    """Attachments printed after the date under their titles alone, with no 附件 heading (附：
    县乡村振兴工作领导小组成员名单 / … / 2024年2月8日 / 县乡村振兴工作领导小组成员名单 / 组  长：…):
    headings (or lines of their own) after the date that say a listed title word for word, when
    no attachment section is headed 附件 — or, for the titles none says so, that say it a little
    otherwise (a word dropped, another word: …2024年度…分解表 listed, …2024年…分工表 printed),
    in the list's order (``alike_titles``; an item or two not printed passed over). Where some are headed 附件N, the items no heading
    numbers or titles are looked for so (附件1 / …方案 / … / …责任分解表, printed without its 附件2).
    Returns, by the id of each heading, the listed item (number, title) it prints."""
    headed = [b for b in blocks if b.kind == "attachment"]
    if headed:
        numbers = {attachment_heading(fold(b.marker or ""))[1] for b in headed}
        titles = {fold(b.text) for b in headed if b.text}
        listed = [(number, title) for number, title in listed
                  if number is not None and number not in numbers and fold(title) not in titles]
    if not listed:
        return {}
    closing = next((k for k, b in enumerate(blocks) if b.kind == "date"), None)
    if closing is None:
        return {}
    items = {fold(title): (number, title) for number, title in reversed(listed)}
    found = {id(b): items[fold(b.text)] for b in blocks[closing + 1:]
             if b.kind in ("heading", "paragraph") and fold(b.text) in items}
    said = {fold(title) for number, title in found.values()}
    rest = [(number, title) for number, title in listed if fold(title) not in said]
    k = 0
    for b in blocks[closing + 1:] if rest else ():
        if k < len(rest) and id(b) not in found and b.kind in ("heading", "paragraph"):
            # (the next listed item, or one of the two after it where those over it are not printed)
            j = next((j for j in range(k, min(k + _SKIPPED + 1, len(rest))) if alike_titles(b.text, rest[j][1])), None)
            if j is not None:
                found[id(b)] = rest[j]
                k = j + 1
    return found


_SKIPPED = 2  # listed items an attachment printed under its title alone may come after, not printed


_FIGURES = re.compile(r"\d+|(?<=第)[一二三四五六七八九十百零〇两]+")  # (an ordinal in words: 第二批)


def _numbers(title: str) -> list[int | None]:
    """A title's numbers in order, in figures or as an ordinal in words (第二批 and 第2批 the same)."""
    return [cn_to_int(n) for n in _FIGURES.findall(title)]
_ALIKE = 0.85  # how much of two titles' characters must match, in order (difflib's ratio)


def alike_titles(printed: str, listed: str) -> bool:
    """An attachment's title as printed over it and as its 附件说明 item lists it, differing a
    little (南浦县2024年重点民生实事项目实施方案 printed, …2024年度… listed; …责任分工表 for
    …责任分解表): both a title's length (8 to 60 characters, no sentence's end), most of their
    characters the same in the same order, and the same numbers. Not two titles of one series
    (…2023年… and …2024年…, …第一批… and …第二批…: their numbers differ)."""
    a, b = fold(printed), fold(listed)
    if not (8 <= len(a) <= 60 and 8 <= len(b) <= 60) or a.endswith(("。", ";", ":")) or abs(len(a) - len(b)) > 4 \
            or _numbers(a) != _numbers(b):
        return False
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= _ALIKE


# The gazette's issue as a file: 南浦县人民政府公报2024年第1期, 《南浦县人民政府公报》2024年第3-4期（总第58期）.
_ISSUE_FILE = re.compile(rf"《?[{HAN}]{{2,30}}(?:公报|政报)》?[(（]?(?:19|20)\d{{2}}年?第?[\d一二三四五六七八九十]{{1,3}}"
                         rf"(?:[-—－~～][\d一二三四五六七八九十]{{1,3}})?[期号][)）]?(?:[(（]总第\d{{1,4}}期[)）])?")


def _issue_file(title: str) -> bool:
    """A web page's file to download that is the gazette's issue the document is printed in
    (附件下载：南浦县人民政府公报2024年第1期.pdf, under the issue's last document on the page that
    prints the whole issue): no attachment of the document. A file naming the gazette with other
    words (…公报征订单, …公报2024年第1期目录) is one."""
    return ("公报" in title or "政报" in title) and _ISSUE_FILE.fullmatch(squeeze(title).replace(" ", "")) is not None


# A file's name after the document's 发文字号: nothing (the document itself), or its attachments (附件, 附件1, 的附件).
_OWN_FILE_REST = re.compile(r"(?:的?附件(?:\d{1,2}|[一二三四五六七八九十])?)?")


def _own_file(title: str, doc_number: DocNumber, listed_otherwise: bool = True) -> bool:
    """A web page's file to download named by the document's own 发文字号 (附件下载：松政发〔2024〕1号.pdf):
    the document itself as a file, no attachment of it; named so with 附件 after the number
    (桐政办发〔2024〕18号附件.xlsx), the file of the attachments the 附件说明 lists
    (``listed_otherwise``), where it names any, else the attachment itself (its title unknown).
    A file named by another document's number, or by a title, is an attachment."""
    key = fold(title)
    end = key.find("号") + 1
    number = DocNumber.parse(key[:end]) if end else None
    if number is None or (number.prefix, number.year, number.serial) != (doc_number.prefix, doc_number.year, doc_number.serial):
        return False
    rest = key[end:]
    return rest == "" or (listed_otherwise and _OWN_FILE_REST.fullmatch(rest) is not None)


# An unnumbered item of an 附件说明 printed whole in title marks on its line (《青溪县防汛工作方案》；).
_WHOLE_QUOTED = re.compile(r"《[^《》]+》[。；;，,、]?")


def _list_items(b: Block, printed: frozenset[str] = frozenset()) -> list[tuple[int | None, str, int | None]]:
    """The items of one 附件 list block: (number, title, part: 2 for 1-2．, else None); unnumbered
    lines each the title of an attachment printed after the date (``printed``: their folded
    titles) an item each."""
    body = " " + re.sub(r"^\s*[-*+]?\s*(?:相关)?附\s*(?:[件表]\s*(?:下载|列表)?)?(?:\s*[:：]|(?<=件)[ \u3000\t]+)\s*", "", b.text)
    matches = list(_ATTACHMENT_ITEM.finditer(body))
    found = _with_bare_numbers(body, [(m.start(), m.end(), _item_number(m)) for m in matches])
    if found:
        parts = {m.start(): int(p) for m in matches if (p := m.group("ap") or m.group("np"))}
        return [(number, _item_title(body[start:found[k + 1][0] if k + 1 < len(found) else len(body)]), parts.get(at))
                for k, (at, start, number) in enumerate(found)]
    if len(files := [x for x in body.split("\n") if x.strip()]) > 1 and all(_DOWNLOAD_TAIL.search(x.strip()) for x in files):
        return [(None, _item_title(x), None) for x in files]  # a web page's files, one a line
    if len(files) > 1 and "》" in body and all(_WHOLE_QUOTED.fullmatch(x.strip()) for x in files):
        return [(None, _item_title(x), None) for x in files]  # 《…》 a line, each a title whole: an item each
    if len(files) > 1 and printed and all(fold(_item_title(x)) in printed for x in files):
        return [(None, _item_title(x), None) for x in files]  # 附件：…名单 / …区域, each printed under its title
    return [(None, _item_title(body), None)] if squeeze(body) else []


def _attachments_own_lists(blocks: tuple[Block, ...]) -> tuple[set[int], set[int]]:
    """The 附件 lists of an attachment that has attachments of its own, and their sections (a notice's
    附件：南浦县…实施方案 / … / 附件 / 南浦县…实施方案 / … / 附件：1．…任务分解表 2．…联系人名单 / 附件1 / …任务分解表 /
    … / 附件2 / …): a list after the first attachment section, none of its titles the document's
    list names, and the sections after it that it names are the parts of the attachment they stand
    in, not the document's. Returns the ids of those lists and of those sections."""
    sections = [b for b in blocks if b.kind == "attachment"]
    own = {fold(title) for b in blocks if b.kind == "attachment_list" and sections and b.first < sections[0].first
           for _, title, _ in _list_items(b)}
    inner: set[int] = set()
    nested: set[int] = set()
    for b in blocks:
        if b.kind != "attachment_list" or not own or b.first < sections[0].first:
            continue
        titles = {fold(title) for _, title, _ in _list_items(b)}
        if titles and not titles & own:
            inner.add(id(b))
            nested |= {id(x) for x in sections if x.first > b.first and fold(x.text or "") in titles}
    return inner, nested


# A rule printed as a line of dashes or box-drawing lines (the furniture a line of —— is read as).
_RULE_CHARS = "—─━-－_＿=＝ \u3000"


def imprint_rules(blocks: tuple[Block, ...]) -> list[Block]:
    """The rules a 版记 prints over its 抄送 or 印发 (a line of ─, or of —— read as the page's
    furniture), where an attachment printed before the 版记 ends: 附件2 / …its table / ──── /
    抄送：… / ──── / …印发. Not a rule inside the attachment's text, with no 抄送 or 印发 right under it."""
    rules: list[Block] = []
    for i, b in enumerate(blocks):
        j = i - 1
        while b.kind in ("cc", "imprint") and j >= 0 and (blocks[j].kind == "rule" or (
                blocks[j].kind == "furniture" and blocks[j].text and not blocks[j].text.strip(_RULE_CHARS))):
            rules.append(blocks[j])
            j -= 1
    return rules


_VERSO = ("cc", "imprint", "rule", "furniture", "note")


def notes_after_the_attachments(blocks: tuple[Block, ...]) -> list[Block]:
    """The document's 附注 printed after its attachments, with nothing after it but the 版记
    (附件2 / … / （此件公开发布） / 抄送：… / …印发): the document's, where the last attachment ends.
    Not a 附注 with text after it (an attached document's own, under its date)."""
    out: list[Block] = []
    for b in reversed(blocks):
        if b.kind not in _VERSO:
            break
        if b.kind == "note":
            out.append(b)
    return out


def _last_before(blocks, ends, b: Block) -> int:
    """The last line of the blocks before the first end (an attachment, cc, imprint) after ``b``:
    where the section ``b`` opens ends. (The end is found once, not once a block.)"""
    stop = min((e.first for e in ends if e.first > b.first), default=10**9)
    return max(x.last for x in blocks if x.first < stop)


def attachments_of(blocks: tuple[Block, ...], doc_number: DocNumber | None = None) -> tuple[Attachment, ...]:
    """附件说明 items merged with the attachment sections printed after the document (a web page's
    file named by the document's own 发文字号 left out: ``_own_file``)."""
    if not any(b.kind == "attachment_list" or b.kind == "attachment" for b in blocks):
        return ()  # (no list and no section: nothing below is listed or found; most documents)
    inner, nested = _attachments_own_lists(blocks)
    printed = frozenset(fold(b.text) for b in blocks if b.kind == "attachment" and b.text)
    items = [item for b in blocks if b.kind == "attachment_list" and id(b) not in inner for item in _list_items(b, printed)]
    part_of = {(n, title): part for n, title, part in items if part is not None}  # (附件1-2: part 2 of 1)
    listed = [(n, title) for n, title, _ in items]
    listed = [(n, title) for n, title in listed if not _issue_file(title)]
    if doc_number is not None and any("号" in title for _, title in listed):
        others = [title for _, title in listed if not _own_file(title, doc_number)]
        listed = [(n, title) for n, title in listed if not _own_file(title, doc_number, bool(others))]
    # (where the attachment is, not its title: 附件：详见县人民政府门户网站, 附件：略; or how many: 附件：3件)
    listed = [(number, title) for number, title in listed if not _NO_TITLE.match(title) and not count_only(title)]
    # (the same files listed twice, in the 附件说明 and under a web page's 附件下载： below: once)
    # (numbered in both: 1．X in the 附件说明 and 1．X.xlsx（15.2KB） under 附件下载：)
    named = {fold(title) for number, title in listed if number is not None}
    listed = [(number, title) for number, title in listed if number is not None or fold(title) not in named]
    seen: set[tuple[int | None, str]] = set()
    listed = [(number, title) for number, title in listed
              if (number, fold(title)) not in seen and not seen.add((number, fold(title)))]
    sections: list[tuple[int | None, str | None, int, int]] = []
    titled = _printed_under_their_titles(blocks, listed)
    # 附表 under an 附件 heading is a table of that attachment, not an attachment of the document
    headed = any(b.kind == "attachment" and (b.marker or "").startswith("附件") for b in blocks)
    parts = {id(b) for b in blocks if headed and b.kind == "attachment" and (b.marker or "").startswith("附表")} | nested
    ends = [b for b in blocks if (b.kind in ("attachment", "cc", "imprint") and id(b) not in parts) or id(b) in titled]
    ends += imprint_rules(blocks) + notes_after_the_attachments(blocks)
    claimed: dict[int, str] = {}  # (a section under its title printed a little otherwise: the item it prints)
    for b in blocks:
        if id(b) in titled:
            number, claimed[len(sections)] = titled[id(b)]
            last = _last_before(blocks, ends, b)
            sections.append((number, without_left_out(b.text), b.first, last))
            continue
        if b.kind != "attachment" or id(b) in parts:
            continue
        number = attachment_heading(fold(b.marker or ""))[1]
        last = _last_before(blocks, ends, b)
        if sections and number is not None and sections[-1][0] == number \
                and sum(n == number for n, _ in listed) < 2:
            # 附件2-1, 附件2-2: the parts of one attachment, under its first heading (each its own
            # section where the list names them one by one: 1-1．… / 1-2．…)
            sections[-1] = (*sections[-1][:3], last)
            continue
        sections.append((number, without_left_out(b.text) or None, b.first, last))
    out: list[Attachment] = []
    used: set[int] = set()
    for number, title in listed:
        match = None
        for k, sec in enumerate(sections):
            if k in used:
                continue
            if (number is not None and sec[0] == number) or (sec[1] is not None and fold(sec[1]) == fold(title)) \
                    or claimed.get(k) == title or (
                    number is None and len(listed) == 1 and len(sections) == 1):
                match = k
                break
        if match is None:
            out.append(Attachment(number, title, part=part_of.get((number, title))))
        else:
            used.add(match)
            sec = sections[match]
            out.append(Attachment(number, title or sec[1], sec[2], sec[3], part_of.get((number, title))))
    for k, sec in enumerate(sections):
        if k not in used:
            out.append(Attachment(sec[0], sec[1], sec[2], sec[3]))
    return tuple(out)
