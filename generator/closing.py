"""The lines that close a document: its 抄送 list (cut by a page break inside an organ's name,
or printed with the 印发 on its line), the 印发 under the office that printed it, an organ
printed under the 成文日期."""

from __future__ import annotations

import re

from .datefirst import date_then_organ
from .furniture import is_page_mark
from .headerspan import before_furniture
from .imprintlines import handling_field, handling_offices, imprint, imprint_unworded
from .model import Block, Line
from .normalize import NAME_CHAR, NAME_HAN, fold, join_wrapped, squeeze, strip_markup
from .notelines import CC_LABELS, fields_apart  # (CC_LABELS: a 抄送 label alone on its line, its names after a page break)
from .patterns import HAN, TERMINAL, doc_type_of, is_org_only, labelled_recipients, signed_in_figures
from .runs import page_mark_at


# A 纪要's distribution (or a 简报's 报送), its 抄送 where it ends the document (after its date, or with no date).
DISTRIBUTION = ("分送:", "发送:", "报送:")
_NAME_PARTS = re.compile(r"[,、。;]")
_NAME_MAX = 12  # characters of an organ's name in a 抄送 list


def name_cut(above: str, key: str) -> bool:
    """The page break cut an organ's name of a 抄送 list: the last name above and the first word
    of the next page make one (县人民法 / 院，县人民检察院。), which neither is alone."""
    last = _NAME_PARTS.split(above.rstrip(",、。;"))[-1]
    first = _NAME_PARTS.split(key)[0]
    return bool(last and first) and len(last) + len(first) <= _NAME_MAX and is_org_only(last + first) \
        and not is_org_only(first)


# The level a name of a 抄送 list opens with (县委办, 市人力资源和社会保障局, 省…, 中共…, 各乡镇…).
_NAME_OPENS = ("县", "市", "区", "省", "州", "旗", "中共", "各")


def names_whole_at_wrap(above: str, below: str) -> bool:
    """A 抄送 list wrapped between two whole names with no separator at the line's end
    (抄送：市人力资源和社会保障局 / 县委办，县人大办，…): the last name above and the first below are
    each an organ's name, the one below opening with its level (县, 市, 中共 …) — the two are kept
    apart. Not a name cut by the wrap (县农业农村 / 局，…; 县委 / 组织部，…; 县人民政府 / 办公室)."""
    if not above or above[-1] in ",、。;:":
        return False
    last = _NAME_PARTS.split(above.split(":")[-1])[-1]
    first = _NAME_PARTS.split(below)[0]
    return bool(last) and first.startswith(_NAME_OPENS) and is_org_only(last) and is_org_only(first)


def cc_joined(texts: list[str]) -> str:
    """The lines of a 抄送 list joined as one: a space where the wrap parts two whole names that no
    separator parts (``names_whole_at_wrap``), else as any wrapped text."""
    out = ""
    for text in texts:
        if out and names_whole_at_wrap(fold(out), fold(text)):
            out += " "
        out = join_wrapped([out, text]) if out and not out.endswith(" ") else out + text.strip()
    return out


# The place an organ's name opens with (中共桐柏县委员会, 桐柏县人民政府办公室: 桐柏县; 县财政局: 县).
_PLACE = re.compile(rf"^(?:中共)?(?P<place>[{HAN}]{{0,8}}?[县市区旗])")
# A joint office of the party and the government (中共桐柏县委桐柏县人民政府信访局) is one organ.
_GOVERNMENTS_OFFICE = re.compile(r"(?:人民)?政府(?!办公室$|办公厅$).+$")


def organs_run_together(name: str) -> list[str]:
    """Two or more signers printed as one word when a fold lost the space between them
    (桐柏县人民政府办公室桐柏县财政局, 中共桐柏县委员会桐柏县人民政府): each part opens with the
    place the first opens with and is an organ's name whole; else ``[name]`` (县人民政府办公室,
    县财政局国库支付中心, 县委县政府督查室 are one organ)."""
    m = _PLACE.match(name)
    if m is None or len(fold(name)) != len(name) or len(name) < 8:
        return [name]
    place = m.group("place")
    cuts = sorted({*_starts(name, place, m.end(), len(name) - 3), *_starts(name, "中共" + place, m.end(), len(name) - 3)})
    cuts = [k for n, k in enumerate(cuts) if n == 0 or k > cuts[n - 1] + 2]  # (中共 before the place: one cut)
    parts = [name[a:b] for a, b in zip([0, *cuts], [*cuts, len(name)])]
    if len(parts) < 2 or not all(len(p) >= 4 and is_org_only(fold(p)) for p in parts) \
            or any(_GOVERNMENTS_OFFICE.fullmatch(p[len(place):]) for p in parts[1:]):
        return [name]
    return parts


def _starts(text: str, word: str, start: int, end: int):
    """Each place from ``start`` to before ``end`` where ``word`` starts in ``text`` (found, not asked at each place)."""
    at = text.find(word, start)
    while 0 <= at < end:
        yield at
        at = text.find(word, at + 1)


# Where a 抄送 list may end before the 印发 printed on its line: after its full stop, or a space.
_LIST_END = re.compile(r"[。;；](?=\s*\S)|(?<=\S)\s+(?=\S)")
# How many copies were printed, after the 印发 or on the line under it: （共印120份）, 印数：50份.
_COPIES = re.compile(r"[(（]?\s*(?:共印|印数\s*[:：]?)\s*\d{1,6}\s*[份册]\s*[)）]?$")


def copies_at_end(text: str) -> int | None:
    """Where ``text`` ends with the count of copies printed (``…印发　共印50份``): its start."""
    if "共印" not in text and "印数" not in text:
        return None  # (asked of every line: the pattern's words answer most, before its search)
    m = _COPIES.search(text)
    return m.start() if m else None


# A 纪要's or a 简报's distribution in its 版记, by rank: 报 to the organs above, 送 to the leaders,
# 发 to the units below (报：市人民政府办公室。 / 送：县委常委，… / 发：各乡镇人民政府，…).
_RANKED = ("报:", "送:", "发:")
_WRAPS_IN_A_RANK = 2  # the lines a rank's names wrap onto


def ranked_distribution(lines: list[Line], kinds: list[str]) -> list[int]:
    """The lines of a distribution printed by rank (``_RANKED``) right over the 印发 line (rules
    and page furniture between; the lines a rank's names wrap onto passed): their indices, for the
    抄送's kind. Not such a line with no 印发 under the run (发：… in a body), nor the lines over
    the run's first label (出席：…, 列席：… of a 纪要)."""
    found: list[int] = []
    for k, kind in enumerate(kinds):
        if kind != "imprint":
            continue
        j = k - 1
        while j >= 0 and kinds[j] in ("furniture", "box_row", "cc"):
            j -= 1  # (the 版记's rules; a 抄送 under the ranks: 发：… / 抄送：… / 印发, as older 版记 print them)
        pending: list[int] = []
        while j >= 0 and kinds[j] == "text" and len(pending) <= _WRAPS_IN_A_RANK:
            if lines[j].key.startswith(_RANKED) and len(lines[j].key) > 2:
                found.append(j)  # (the lines its names wrap onto join it as a 抄送's do)
                pending = []
            else:
                pending.append(j)
            j -= 1
    return sorted(found)


def imprint_line(key: str) -> tuple[str, str] | None:
    """The 印发 of a line (``imprint``), the count of copies printed after it or not
    (``2024年3月5日印发（共印60份）``)."""
    if "印" not in key:
        return None  # (asked of every line: 印发, 共印 and 印数 all hold it)
    found = imprint(key)
    cut = copies_at_end(key) if found is None else None
    return imprint(key[:cut].rstrip()) if cut else found


def imprint_blocks(text: str, first: int, last: int, tidy=squeeze) -> list[Block]:
    """The 印发 line's block, and the copies printed after it on its line a block of their own
    (``…2024年3月5日印发（共印60份）``). The organ and the day printed as two labelled fields
    (印发机关：…　　印发日期：…) stay apart (``fields_apart``)."""
    if text.lstrip().startswith(("印发机关", "印发单位")) or handling_offices(fold(text)):
        tidy = fields_apart
    cut = copies_at_end(text)
    if not cut:
        return [Block("imprint", tidy(text), first, last)]
    return [Block("imprint", tidy(text[:cut].rstrip()), first, last), Block("imprint", squeeze(text[cut:]), last, last)]


# The proofreader of the copies printed, on a line of the 版记 under the 印发 (校对：王小明, 校对人：王小明、
# 李华), the count of copies perhaps after the names: one to three names, nothing else.
_PROOFREAD = re.compile(rf"^校对人?:(?:{NAME_CHAR}|·){{2,4}}(?:[、,]?(?:{NAME_CHAR}|·){{2,4}}){{0,2}}$")


def proofread(key: str) -> bool:
    """``校对：王小明``, ``校对：王小明　　（共印50份）``, ``校对人：王小明、李华``: who proofread the copies
    printed (and how many were printed), a line of the 版记. Not a sentence about proofreading
    (校对：请各单位于3月5日前完成…; 校对工作由县政府办公室负责), nor a label over no name (校对：)."""
    if not key.startswith(("校对:", "校对人:")):
        return False
    cut = copies_at_end(key)
    return _PROOFREAD.match(key[:cut] if cut else key) is not None


_GAP = re.compile(r"\s{2,}")


def _names_apart(text: str) -> str:
    """A proofreader's line as shown: one space between two names set apart (校对：王小明　李华;
    校对：李　华　　张　敏, each name padded to three characters and a wider gap between them: 李华 张敏),
    none at the colon."""
    label, colon, names = text.partition("：") if "：" in text else text.partition(":")
    groups = [group.split() for group in _GAP.split(names.strip())]
    shown = ["".join(g) if all(len(w) == 1 for w in g) else " ".join(g) for g in groups]
    return "".join(label.split()) + colon + " ".join(w for w in shown if w)


def is_imprint_extra(key: str) -> bool:
    """A line of the imprint that is not the 印发 itself: the copies printed (（共印120份）, 印数：50份),
    who proofread them (校对：王小明) or the offices that handle the matter (主办：…　督办：…)."""
    return copies_at_end(key) == 0 or proofread(key) or handling_field(key)


def copies_under(lines: list[Line], i: int, blocks: list[Block]) -> int:
    """The lines of the 版记 under the 印发, from the line ``i`` on, added to ``blocks`` as the
    imprint's: how many copies were printed (（共印120份）, 共印　60　份) and who proofread them
    (校对：王小明, the copies perhaps after the name on its line, a block of their own:
    校对：王小明　　　　（共印50份）), each once, in either order; the index of the line after."""
    seen: set[str] = set()
    while i < len(lines):
        key = lines[i].key
        if copies_at_end(key) == 0 and "copies" not in seen:
            seen.add("copies")
            blocks.append(Block("imprint", squeeze(strip_markup(lines[i].text)), lines[i].no, lines[i].no))
        elif proofread(key) and "proofread" not in seen:
            seen.add("proofread")
            text = strip_markup(lines[i].text).strip()
            cut = copies_at_end(text)
            blocks.append(Block("imprint", _names_apart(text[:cut] if cut else text), lines[i].no, lines[i].no))
            if cut:
                seen.add("copies")
                blocks.append(Block("imprint", squeeze(text[cut:]), lines[i].no, lines[i].no))
        else:
            return i
        i += 1
    return i


def imprint_after(text: str) -> str | None:
    """The 印发 printed after a 抄送 list on its line (after the list's full stop or a space, the
    office and the day, and maybe the copies printed): that part of ``text``, or None. The last
    place where an office and a day follow is taken (the names of the list are set apart by
    spaces too: …县人武部 县法院 县人民政府办公室 2024年6月21日印发)."""
    cut = copies_at_end(text)
    head = text[:cut].rstrip() if cut is not None else text
    if not head.endswith("印发"):
        return None
    for m in reversed(list(_LIST_END.finditer(head))):
        found = imprint(fold(head[m.end():]))
        if found and found[0]:
            return text[m.end():].strip()
    return None


_WORDS_ONLY = re.compile(r"[^,。;:()]{1,16}")


def subject_words_end(lines: list[Line], kinds: list[str], i: int) -> int:
    """The last line of the 主题词 opened at ``i``: its words wrapped onto the next line
    (主题词：防汛　抗旱　会议 / 　　　　请示), a few words with no sentence's punctuation, the 抄送,
    the 印发 or nothing under them; else ``i`` (a paragraph under a 主题词 stays the body's)."""
    j = i + 1
    if j < len(lines) and kinds[j] == "text" and _WORDS_ONLY.fullmatch(lines[j].key) \
            and (j + 1 >= len(lines) or kinds[j + 1] in ("cc", "imprint", "org")):
        return j
    return i


# What may follow a document's closing lines: its 附注, 主题词, 抄送 and 印发, its attachments, page furniture.
_AFTER_CLOSING = ("note", "subject_words", "cc", "imprint", "attachment_list", "attachment", "furniture")


OFFICE = re.compile(r"(?:代理|代)?副?(?:县长|市长|区长|州长|旗长|镇长|乡长)")
_NAME = re.compile(f"[{NAME_HAN}·]{{2,4}}")


def is_office(text: str) -> bool:
    """The office of a 令's head alone (``县  长``), printed over the name."""
    return OFFICE.fullmatch("".join(text.split())) is not None


def office_over_name(lines: list[Line], kinds: list[str], k: int) -> bool:
    """A 令's head signing over two lines, the office over the name, the date under them
    (``县  长`` / ``陈建国`` / ``2024年1月5日``): the line ``k`` opens such a signature."""
    return k + 2 < len(lines) and kinds[k] == kinds[k + 1] == "text" and kinds[k + 2] == "date" \
        and is_office(lines[k].text) \
        and _NAME.fullmatch("".join(lines[k + 1].text.split())) is not None


def under_the_date(lines: list[Line], kinds: list[str], i: int, j: int, closing: int) -> bool:
    """Organs ``i``–``j`` printed under the 成文日期 (the text around a seal may come out in that
    order): the document's first date right above them, after the end of a sentence or the
    附件 list, and nothing after them but what follows a closing (a table's cells one a line,
    …2024年7月12日 / 县财政局, or a list of dates and organs are no signature)."""
    above = before_furniture(lines, i - 1)
    if above != closing or kinds[above] != "date":
        return False
    before = before_furniture(lines, above - 1)
    label = before
    while label >= 0 and kinds[label] == "numbered":
        label -= 1  # (the items of an 附件 list on lines of their own, up to its label)
    if label >= 0 and label < before and kinds[label] == "attachment_list":
        before = label
    if before < 0 or not (lines[before].key.endswith(TERMINAL) or kinds[before] == "attachment_list"):
        return False
    for k in range(j + 1, len(lines)):  # up to the attachments, whose text follows them
        if kinds[k] in ("attachment", "attachment_list"):
            return True
        if kinds[k] not in _AFTER_CLOSING and not is_page_mark(lines[k]):
            return False
    return True


def printer_line(lines: list[Line], kinds: list[str], i: int) -> bool:
    """An organ name directly followed by a ``…印发`` date (and maybe the copies printed): the
    印发机关 of the imprint over two lines."""
    return kinds[i] == "org" and i + 1 < len(lines) and kinds[i + 1] == "imprint" \
        and (found := imprint_line(lines[i + 1].key) or imprint_unworded(lines[i + 1].key)) is not None and found[0] == ""


def signature_in_figures(lines: list[Line], kinds: list[str]) -> int | None:
    """The line where an organ and its date in figures sign (松岭县人民政府　　2024.4.20): the
    last line of text before the attachments, with nothing but what follows a closing under it
    (a body's list of organs and days does not sign)."""
    last = _last_text(kinds)
    return last if last is not None and signed_in_figures(lines[last].key) else None


def signature_after_its_date(lines: list[Line], kinds: list[str]) -> int | None:
    """The line where the 成文日期 and then the organ sign (2024年11月5日　　　青溪县人民政府办公室,
    ``datefirst.date_then_organ``): the last line of text before the attachments, as for
    ``signature_in_figures`` (a schedule's day and organ in a body does not sign)."""
    last = _last_text(kinds)
    return last if last is not None and date_then_organ(lines[last].key) else None


def _last_text(kinds: list[str]) -> int | None:
    """The last line before the attachments with nothing but what follows a closing under it, if
    it is a line of text."""
    attached = kinds.index("attachment") if "attachment" in kinds else len(kinds)
    last = next((k for k in reversed(range(attached)) if kinds[k] not in _AFTER_CLOSING), None)
    return last if last is not None and kinds[last] == "text" else None


def head_signs_undated(blocks: list[Block], first: int, last: int) -> bool:
    """A 令 signed by its head at the end of its text with no date under the name, its day printed
    under its number instead (南浦县人民政府令 / 第5号 / （2024年7月1日） / …现予公布，自2024年9月1日起施行。 /
    县长　王建国 / the rule it promulgates): the head's line (``first``–``last``, one line) right under
    a finished sentence, no date or signature printed before it, is the signature; so is the head's
    line under the document's only date, itself under a finished sentence (…起施行。 / 2024年7月10日 /
    县长　王建国), printed in that order — in a 令 only (its title typed 令). Under a sentence that runs
    on (…分工调整如下： / 县长　王建国) it is not, nor in a notice listing its leaders' duties, each
    leader's line under the duties of the one before (…负责县人民政府常务工作。 / 副县长　张华 / 负责…工作。)."""
    shown = [b for b in blocks if b.kind != "furniture"]
    if shown and shown[-1].kind == "date" and sum(b.kind == "date" for b in shown) == 1:
        shown = shown[:-1]  # (the head printed under the date: 2024年7月10日 / 县长　王建国)
    above = shown[-1] if shown else None
    title = "".join(b.text for b in blocks if b.kind == "title")
    return last == first and above is not None and above.kind == "paragraph" and above.text.endswith("。") \
        and not any(b.kind == "signature" for b in blocks) and not any(b.kind == "date" for b in shown) \
        and doc_type_of(fold(title)) in ("令", "命令")


_RECIPIENTS_LABELLED = re.compile(r"^主送(?:机关|单位)?:")
_IN_THE_IMPRINT = ("cc", "imprint", "furniture", "note", "subject_words")


def recipients_in_the_imprint(lines: list[Line], kinds: list[str], k: int, closing: int) -> int | None:
    """The 主送 moved to the 版记, as GB/T 9704 moves a list of addressees too long for the first
    page, labelled over the 抄送 (…2024年12月20日 / 主送：各乡镇人民政府，县直各单位，县属各国有企业。 /
    抄送：…): the index of its last line (wrapped onto three at most), or None. Only after the
    document's date, with nothing but the 附注 or the page's furniture between (the 版记 printed on a
    page of its own: the page's number and the next page's running head), and over the 版记's
    lines (抄送, 印发, the page's furniture) or its end; a page break inside it (after a comma or the
    label, or inside a name: 县检察 / — 8 — / the running head / 院，县总工会。) leaves its furniture out. A 主送
    label in an attachment (a form's 主送单位：…) or over a sentence is not this."""
    if k <= closing or kinds[k] != "text" or not _RECIPIENTS_LABELLED.match(lines[k].key) \
            or any(kinds[x] not in _IN_THE_IMPRINT and not page_mark_at(lines, x) for x in range(closing + 1, k)):
        return None  # (under an attachment's heading, a form's 主送单位： is its text)
    j, taken = k, 0
    while not lines[j].key.endswith(("。", ".")) and taken < 2:
        nxt = _over_a_page_break(lines, kinds, j)
        if nxt >= len(lines) or kinds[nxt] != "text" or _RECIPIENTS_LABELLED.match(lines[nxt].key) \
                or (nxt > j + 1 and not (lines[j].key.endswith((",", "、", ":")) or name_cut(lines[j].key, lines[nxt].key))):
            break  # (over a page break the list goes on after its comma, or inside a name cut: 县检察 / 院，…)
        j, taken = nxt, taken + 1
    if labelled_recipients("".join(lines[x].key for x in range(k, j + 1) if not page_mark_at(lines, x)).rstrip("。.")) is None:
        return None  # (names, not a sentence)
    return j if j + 1 == len(lines) or kinds[j + 1] in _IN_THE_IMPRINT or page_mark_at(lines, j + 1) else None


def _over_a_page_break(lines: list[Line], kinds: list[str], j: int) -> int:
    """The index of the line after ``lines[j]``, past a page break's furniture (its number and the
    next page's running head)."""
    k = j + 1
    while k < len(lines) and (kinds[k] == "furniture" or page_mark_at(lines, k)):
        k += 1
    return k


def handling_over_the_imprint(lines: list[Line], kinds: list[str], k: int, closing: int) -> bool:
    """A field naming the office that handles the matter (``imprintlines.handling_field``: 主办：县发展和改革局)
    after the document's date, printed without the 督办 beside it, over the 版记's 抄送 or 印发 line (the
    page's furniture between): a line of the 版记 — a web page's footer (主办：…　承办：…) stands
    under the text, never over a 抄送 or 印发 line."""
    j = _over_a_page_break(lines, kinds, k)
    return k > closing and j < len(lines) and kinds[j] in ("cc", "imprint")

def kind_run_end(kinds: list[str], i: int) -> int:
    """The last index of the 主送 moved to the 版记 from ``i`` on, wrapped onto lines of its kind
    (``recipients_in_the_imprint``), a page break's furniture between; ``i`` for a line of any other
    kind (a note, a date: one line)."""
    j = k = i
    while kinds[i] == "recipients" and k + 1 < len(kinds) and kinds[k + 1] in ("recipients", "furniture"):
        k += 1
        j = k if kinds[k] == "recipients" else j
    return j
