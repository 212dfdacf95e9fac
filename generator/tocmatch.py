"""Contents entries matched with the documents they name: by 发文字号, then by title (the very
title, the title without its issuer or with its occasion, then the most alike), each document
taken by one entry at most. An entry left over may name what a document prints inside it (the
rule a 令 promulgates, the 办法 a notice issues, an attachment): it is linked to that document.
What is left over on either side is a diagnostic."""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from .model import Diagnostic, TocEntry
from .normalize import HAN, fold
from .numbering import cn_to_int
from .patterns import ISSUING, regulation_of
from .personlines import is_byline, speaker_named_alone
from .titlekinds import forwarded_by


@dataclass(frozen=True, slots=True)
class DocRef:
    """What reconciliation needs to know of a document."""

    id: str
    title: str
    doc_number: str | None
    registration_number: str | None
    first: int
    parts: tuple[str, ...] = ()  # what it prints inside it under a title of its own (printed text)
    issued: tuple[str, ...] = ()  # what its title says it issues (关于印发《…》的通知)
    order: str | None = None  # a 令's or 公告's number as its header prints it (第5号, 2024年第1号)
    date: str | None = None  # its 成文日期 (2024-03-05), which an entry's day in brackets must not contradict


# A 令's or 公告's number: its year perhaps, its serial (第5号, 2024年第1号, 〔2024〕第3号, (2024)3号).
_ORDER_NUMBER = re.compile(r"(?:(?P<year>(?:19|20)\d{2})[年)〕\]]?)?第?(?P<serial>\d{1,5})号\)?$")


def _order_of(key: str) -> tuple[str | None, int] | None:
    m = _ORDER_NUMBER.search(key) if key.endswith(("号", "号)")) else None
    return (m.group("year"), int(m.group("serial"))) if m else None


def orders_agree(entry_title: str, order: str | None) -> bool:
    """A contents entry naming a 令 or 公告 by its number (县政府令（第4号）) and a document whose header
    prints its number (第5号) name the same one only with the same serial (and year, where both
    print one): a 令 missing from the body is not its neighbour's entry. Either without a number:
    they agree."""
    if order is None or "号" not in entry_title:
        return True
    mine, theirs = _order_of(fold(entry_title)), _order_of(fold(order))
    if mine is None or theirs is None:
        return True
    return mine[1] == theirs[1] and (mine[0] is None or theirs[0] is None or mine[0] == theirs[0])


# A 令's or 公告's number in brackets at an entry's end: （第1号）, （2024年第1号）, （〔2024〕第3号）;
# or after a space right after the 令 or 公告 (南浦县人民政府令　第8号: the key has no space).
_ORDER_SUFFIX = re.compile(r"\((?:\((?:19|20)\d{2}\)第?|(?:(?:19|20)\d{2}年)?第)[\d一二三四五六七八九十百零〇]{1,5}号\)$"
                           r"|(?<=[令告])(?:\((?:19|20)\d{2}\)第?|(?:(?:19|20)\d{2}年)?第)[\d一二三四五六七八九十百零〇]{1,5}号$")
# The speaker a contents entry prints after a speech's or report's title (在…上的讲话　刘振华, …讲话　县委
# 副书记、县长　陈建华, 政府工作报告　县长　陈建华), the space between kept or not (the key has none), also
# after the day or occasion in brackets (在…上的讲话（2024年1月10日）　县长　陈志明).
_SPEAKER_AFTER = re.compile(r"(?<=讲话|致辞|发言|报告)(?P<occasion>\([^()]{3,}\))?(?P<speaker>[^()]{2,40})$")
# Words printed after a speech's title that name no speaker: 讲话精神, 讲话摘要, 报告全文.
_NO_SPEAKER = re.compile(r"精神|摘要|全文|节选|要点|提纲|解读|原文")


# The numbers a title holds: figures (a year, a count) and ordinals in words (第一批, 第三次).
_TITLE_NUMBER = re.compile(r"\d+|第[一二三四五六七八九十百零〇]+")


@lru_cache(maxsize=1 << 12)
def _title_numbers(title: str) -> frozenset[int]:
    """The title's numbers as integers (第三批 and 第3批 the same), 0 for one above 999 in words."""
    return frozenset(int(n) if n.isdigit() else (cn_to_int(n[1:]) or 0) for n in _TITLE_NUMBER.findall(_title_key(title)))


def numbers_differ(a: str, b: str) -> bool:
    """Two titles alike but for a number each prints in the other's place (…公布2024年第一批…名录 and
    …第二批…, …2023年度… and …2024年度…): two documents, not one printed two ways. A number one of
    them leaves out (the entry without the title's year) is no difference."""
    na, nb = _title_numbers(a), _title_numbers(b)
    return bool(na - nb) and bool(nb - na)


def _without_speaker(key: str) -> str:
    """A contents entry's key without the speaker printed after the speech's title: the speaker's
    line (office and name), or a name alone after a speech's (not a report's: 政府工作报告摘要)."""
    m = _SPEAKER_AFTER.search(key) if "话" in key or "辞" in key or "言" in key or "告" in key else None
    if m is None or _NO_SPEAKER.search(m.group("speaker")):
        return key
    speaker, words = m.group("speaker"), key[:m.start()]
    spoken = words.endswith(("讲话", "致辞", "发言"))
    kept = key[:m.start("speaker")]  # (with the occasion, which _with_occasion reads)
    return kept if is_byline(speaker) or (spoken and speaker_named_alone(words, speaker, "")) else key


def title_similarity(a: str, b: str) -> float:
    """How alike two titles are (0–1); a contents entry of a 令 or a 公告 may carry its number:
    ``平江县人民政府令（第1号）`` is the title ``平江县人民政府令``, ``南浦县人民政府公告（〔2024〕第3号）``
    ``南浦县人民政府公告``."""
    return _key_similarity(_title_key(a), _title_key(b))


_QUOTES = str.maketrans({"〈": "《", "〉": "》", "<": "《", ">": "》"})  # (inner quotes as outer ones)


# A 令's number, in brackets or not, with the rule it promulgates after it, as one contents entry prints
# them (南浦县人民政府令（第5号）南浦县城镇燃气管理办法), the rule perhaps in 《》 or after a dash or a colon
# (…令第5号《南浦县城镇燃气管理办法》, …令（第5号）——…办法): the entry names the 令.
_ORDER_AND_RULE = re.compile(r"(?<=令)\(?(?:(?:19|20)\d{2}年)?第[\d一二三四五六七八九十百零〇]{1,5}号\)?(?P<rule>[^()]{4,60})$")


def _without_rule(key: str) -> str:
    """An entry's key without the 令's number and the rule printed after it (``南浦县人民政府令(第5号)
    南浦县城镇燃气管理办法`` → ``南浦县人民政府令``), the rest ending in a rule's name (办法, 规定, 条例,
    细则); else as it is (…令(第5号)的通知 names no rule)."""
    m = _ORDER_AND_RULE.search(key) if "令" in key else None
    return key[:m.start()] if m and regulation_of(m.group("rule").lstrip("-:").strip("《》")) else key


# A title opening with a government or its office named in full or short (青溪县人民政府令, 县政府令,
# 县人民政府办公室关于…, 县政府办关于…): the place before the level and 人民 are left out, the office
# named as 政府办公室, so that a contents entry naming the issuer short names the document's title.
# The place names no act: a title opening 转发市人民政府关于… (or 关于, 印发, 批转) keeps its verb, no
# match for the government's own 市人民政府关于….
_GOVERNMENT_FIRST = re.compile(rf"^(?:(?!关于|转发|印发|批转)(?![委府局室会部厅])[{HAN}]){{0,10}}?(?P<level>[省市州县区旗])(?:人民)?政府"
                               r"(?P<office>办公室|办(?![法理事]))?")


# The place a title's first issuer opens with (青溪 of 青溪县财政局, 湖南 of 湖南省…): two to six characters
# before the level, no organ's among them, naming no act (转发市人民政府关于…, 印发县…: no place, the verb kept,
# as _GOVERNMENT_FIRST keeps it).
_PLACE_FIRST = re.compile(rf"^(?:中共)?(?P<place>(?:(?!关于|{ISSUING})(?![委府局室会部厅办])[{HAN}]){{2,6}}?)(?=[省市州县区旗])")


def _places_dropped(key: str) -> str:
    """The issuers before 关于 without the place each opens with (青溪县财政局青溪县农业农村局关于… →
    县财政局县农业农村局关于…), as a contents entry may name them."""
    at = key.find("关于", 0, 60)
    m = _PLACE_FIRST.match(key) if at > 0 else None
    if m is None:
        return key
    return re.sub(re.escape(m.group("place")) + "(?=[省市州县区旗])", "", key[:at]) + key[at:]


def _government_short(key: str) -> str:
    """``青溪县人民政府令`` → ``县政府令``; ``县政府办关于…`` → ``县政府办公室关于…``; the issuers' place
    left out before 关于 (``_places_dropped``)."""
    key = _places_dropped(key)
    m = _GOVERNMENT_FIRST.match(key) if "政府" in key[:16] else None
    if m is None:
        return key
    return m.group("level") + "政府" + ("办公室" if m.group("office") else "") + key[m.end():]


@lru_cache(maxsize=1 << 12)
def _title_key(title: str) -> str:
    """Cached: a contents page's entries are each compared with every document's title."""
    return _government_short(_without_speaker(_ORDER_SUFFIX.sub("", _without_rule(fold(title)))).translate(_QUOTES))


@lru_cache(maxsize=1 << 12)
def _char_counts(key: str) -> Counter:
    return Counter(key)


def _key_similarity(ka: str, kb: str, floor: float = 0.0) -> float | None:
    """``title_similarity`` of two titles' keys; None when difflib's quick upper bounds show
    it is below ``floor`` (its ratio is not worked out). The bounds are worked out as difflib's
    real_quick_ratio and quick_ratio do (the lengths; the characters both hold, counted), from
    each key's counts made once, before a matcher is made."""
    if not ka or not kb:
        return 0.0
    if _same_title(ka, kb):
        return 1.0
    if ("转发" in ka or "批转" in ka or "转发" in kb or "批转" in kb) and (_forwards(ka, kb) or _forwards(kb, ka)):
        return 0.0  # (a 批转 notice and what it forwards: alike, two documents)
    if floor:
        length = len(ka) + len(kb)
        if 2.0 * min(len(ka), len(kb)) / length < floor \
                or 2.0 * sum((_char_counts(ka) & _char_counts(kb)).values()) / length < floor:
            return None
    return difflib.SequenceMatcher(None, ka, kb, autojunk=False).ratio()


def _same_title(ka: str, kb: str) -> bool:
    """Two titles' keys name the same title: equal, one the other without its issuer (not without
    its issuer and the verb that forwards the other, ``_forwards``), or one the other with its
    occasion (``_with_occasion``)."""
    return bool(ka) and bool(kb) and (ka == kb or (ka.endswith(kb) and not _forwards(ka, kb))
                                      or (kb.endswith(ka) and not _forwards(kb, ka))
                                      or _with_occasion(ka, kb) or _with_occasion(kb, ka))


def _forwards(notice: str, title: str) -> bool:
    """``notice`` is the title of a notice that forwards (转发, 批转) the document titled ``title``,
    itself no notice that forwards: 县政府批转县发展改革局关于2024年国民经济和社会发展计划的通知 (one 的通知
    for both) and 县发展改革局关于2024年国民经济和社会发展计划的通知, …转发县财政局关于…的通知的通知 and
    县财政局关于…的通知 — two documents however alike, as ``titlekinds.forwarded_by`` tells them.
    A contents entry printing the notice without its issuer (批转县发展改革局关于…) forwards as it does."""
    return ("转发" in notice or "批转" in notice) and "转发" not in title and "批转" not in title \
        and forwarded_by(notice, title)


def _with_occasion(entry: str, title: str) -> bool:
    """A contents entry that adds the occasion or the speaker to the title after a dash or in
    brackets: 政府工作报告——2024年1月9日在…会议上, 政府工作报告（市长　肖群）."""
    if len(title) < 4 or not entry.startswith(title):
        return False
    rest = entry[len(title):]
    return rest.startswith("-") or bool(_OCCASION_BRACKET.fullmatch(rest))


# What a bracket after the title says when it names the occasion or the speaker: three
# characters or more, no numeral of a part (（二）, (2)) nor (节选), (试行).
_OCCASION_BRACKET = re.compile(r"\((?![一二三四五六七八九十\d]{1,3}\))[^()]{3,}\)")


SIMILAR = 0.8  # title_similarity at which a contents entry is taken to name a document


def _most_similar(title: str, docs: list[DocRef]) -> tuple[float, DocRef | None]:
    """The first of the documents whose title is most like ``title`` (``title_similarity``),
    with its score. A contents page is matched against every document of its issue: a ratio
    is worked out only where it could reach SIMILAR and the best so far."""
    best, found = 0.0, None
    key = _title_key(title)
    for doc in docs:
        score = _key_similarity(key, _title_key(doc.title), max(SIMILAR, best))
        if score is not None and (found is None or score > best):
            best, found = score, doc
            if best == 1.0:
                break
    return best, found


def _sure_matches(entries: tuple[TocEntry, ...], docs: list[DocRef], taken: set[str]) -> dict[int, DocRef]:
    """The entries that name a document for sure, by their place: in passes, each entry taking the
    first document not yet taken that has its 文号, then its very title, then its title without
    the issuer or with the occasion (``_same_title``). ``taken`` gets the documents matched."""
    keys = {d.id: _title_key(d.title) for d in docs}

    def same_number(entry: TocEntry, key: str, doc: DocRef) -> bool:
        return bool(entry.doc_number) and entry.doc_number in (doc.doc_number, doc.registration_number)

    def very_title(entry: TocEntry, key: str, doc: DocRef) -> bool:
        return key == keys[doc.id]

    def same_title(entry: TocEntry, key: str, doc: DocRef) -> bool:
        return _same_title(key, keys[doc.id])

    sure: dict[int, DocRef] = {}
    for names in (same_number, very_title, same_title):
        for n, entry in enumerate(entries):
            if n in sure:
                continue
            key = _title_key(entry.title)
            match = next((d for d in docs if d.id not in taken and names(entry, key, d)
                          and orders_agree(entry.title, d.order)
                          and (entry.day is None or d.date is None or entry.day == d.date)), None)  # (two 任免 of one title, each entry with its day)
            if match is not None:
                sure[n] = match
                taken.add(match.id)
    return sure


def _holding(title: str, docs: list[DocRef]) -> DocRef | None:
    """The first document that prints ``title`` inside it as one of its parts (``DocRef.parts``:
    the very title, or with or without its issuer), else the first whose title says it issues it
    (a document that prints the rule wins over one that names it)."""
    key = _title_key(title)
    if len(key) < MIN_PART:
        return None  # (an entry 实施方案 alone would end many parts)
    for field in ("parts", "issued"):
        found = next((d for d in docs if any(len(part_key) >= MIN_PART and _same_title(key, part_key)
                                             for part in getattr(d, field) for part_key in [_title_key(part)])), None)
        if found is not None:
            return found
    # (the document a 转发 or 批转 notice forwards, printed inside it: titlekinds.carried_by)
    return next((d for d in docs if ("转发" in d.title or "批转" in d.title) and _forwards(_title_key(d.title), key)), None)


# The instruments a title says the document issues: 关于印发《…办法》的通知, 印发《A》《B》 or 《A》和《B》
# (not 关于废止《…》的决定), or without their marks, all between the verb and 的通知 (关于印发青溪县…实施方案的通知;
# not what 转发 forwards).
_ISSUED = re.compile(rf"(?:{ISSUING})((?:《[^《》]{{2,80}}》[、和及与,]?){{1,8}})|(?:印发|发布|公布|颁布)([^《》]{{4,80}}?)的(?:通知|决定|通告|公告)$")
_QUOTED = re.compile(r"《([^《》]{2,80})》")


def issued_titles(title: str) -> tuple[str, ...]:
    """The titles of what ``title`` says its document issues (``_ISSUED``), in its order."""
    if "《" not in title and "的" not in title:
        return ()
    return tuple(t for quoted, bare in _ISSUED.findall(title) for t in (_QUOTED.findall(quoted) if quoted else [bare]))


MIN_PART = 6  # characters of a part's title and of an entry naming one (实施方案 alone ends many titles)


def reconcile(
    entries: tuple[TocEntry, ...], docs: list[DocRef], back: frozenset[str] = frozenset()
) -> tuple[tuple[TocEntry, ...], dict[str, TocEntry], list[Diagnostic]]:
    """Match entries to documents: by 发文字号, then by title. Returns the entries with their
    ``document`` set, the entry for each matched document id, and diagnostics. ``back``: the
    keys of the back matter's headings (the chronicle's), which an entry left over may name."""
    diagnostics: list[Diagnostic] = []
    by_doc: dict[str, TocEntry] = {}
    out: list[TocEntry] = []
    taken: set[str] = set()
    named: set[str] = set()  # documents an entry names by what they print inside them
    # Sure matches first (the 发文字号, the same title), then the most alike of what is left: an
    # entry whose document is missing must not take the document a later entry names exactly.
    sure = _sure_matches(entries, docs, taken)
    for n, entry in enumerate(entries):
        match = sure.get(n)
        if match is None:
            score, candidate = _most_similar(entry.title, [d for d in docs if d.id not in taken
                                                           and orders_agree(entry.title, d.order)
                                                           and not numbers_differ(entry.title, d.title)])
            if candidate is not None and score >= SIMILAR and not (
                    entry.doc_number and candidate.doc_number
                    and entry.doc_number not in (candidate.doc_number, candidate.registration_number)):
                # (the contents may cite a document by its 规 number, its registration)
                match = candidate
        if match is None:
            holder = _holding(entry.title, docs)
            if holder is not None:
                named.add(holder.id)
                diagnostics.append(Diagnostic(
                    "toc-entry-names-a-part", "info",
                    f"table-of-contents entry {entry.title} names what {holder.id} prints inside it "
                    f"({holder.title}); linked to it", entry.first, entry.title))
                out.append(replace(entry, document=holder.id))
                continue
            if _names_back_matter(entry.title, back):
                diagnostics.append(Diagnostic(
                    "toc-entry-names-back-matter", "info",
                    f"table-of-contents entry {entry.title} names the issue's back matter (its chronicle "
                    f"or news), no document", entry.first, entry.title))
                out.append(entry)
                continue
            diagnostics.append(Diagnostic(
                "toc-entry-unmatched", "warning",
                f"table-of-contents entry has no document in the body: {entry.title}",
                entry.first, entry.title))
            out.append(entry)
            continue
        taken.add(match.id)
        entry = replace(entry, document=match.id)
        by_doc[match.id] = entry
        out.append(entry)
    if entries:
        for doc in docs:
            if doc.id not in taken and doc.id not in named:
                diagnostics.append(Diagnostic(
                    "document-not-in-toc", "warning",
                    f"document has no entry in the table of contents: {doc.title}",
                    doc.first, doc.title))
    return tuple(out), by_doc, diagnostics


def _names_back_matter(title: str, back: frozenset[str]) -> bool:
    """A contents entry names a heading of the back matter (2024年1—3月枫源县政务大事记, printed
    over the chronicle after the last document): its very words, or words alike enough."""
    key = _title_key(title)
    return any(_same_title(key, _title_key(head)) or (_key_similarity(key, _title_key(head), SIMILAR) or 0.0) >= SIMILAR
               for head in back if head)


__all__ = ["DocRef", "SIMILAR", "issued_titles", "numbers_differ", "orders_agree", "reconcile", "title_similarity"]
