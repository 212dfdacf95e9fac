"""Link: every reference in a document's text to another document.

County documents cite others as 《title》 followed by its 发文字号 in brackets
(``《关于印发〈…〉的通知》（湘建建〔2022〕228 号）``), by title alone, or by number alone. Each
citation keeps the cited title, the cited 发文字号, the issuer the number's 机关代字 names (from the
documents of the corpus, then from the reviewed table of codes in datasets/agency_codes.csv) and
the cited document's id when it is in the corpus.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .identifiers import DocNumber
from .model import Document
from .normalize import fold, squeeze
from .patterns import doc_type_of, regulation_of

# 《…》 with nested 〈…〉 allowed inside, then optionally the number in brackets right after: in
# （…）, or as an extraction or a typist prints them, (…), […] or 【…】, the year's own brackets
# inside perhaps of the same kind (（青政发（2022）6号）, [青政办发[2022]8号], 【青政发【2021】9号】).
_OPEN, _CLOSE = "（(\\[【〔", "）)\\]】〕"
_CITED = re.compile(rf"《(?P<title>[^《》]{{2,120}})》(?P<after>\s*[（(\[【](?:[^{_OPEN}{_CLOSE}]"
                    rf"|[{_OPEN}][^{_OPEN}{_CLOSE}]{{1,8}}[{_CLOSE}]){{2,60}}[)）\]】])?")
# A list's entry naming a document by its title without book-title marks and its number in brackets
# after it, nothing else (3.青溪县城市管理实施细则（青政发〔2022〕6号）, a 废止 list's; its title's suffix in
# brackets perhaps, …办法（试行）; a notice's title naming in marks what it issues, 关于印发《…》的通知):
# the title is cited.
_LISTED = re.compile(r"\s*+(?:(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[.．、])\s*+)?"
                     r"(?P<title>(?:[^，。；：:;,《》（）()\[\]【】〔〕]|[（(][^（）()，。]{1,8}[)）]|《[^《》]{2,80}》(?=的)){4,120}?)\s*+"
                     rf"(?P<after>[（(\[【](?:[^{_OPEN}{_CLOSE}]|[{_OPEN}][^{_OPEN}{_CLOSE}]{{1,8}}[{_CLOSE}]){{2,40}}[)）\]】])"
                     r"[。；;]?\s*+")
_ENTRY_NUMBER = re.compile(r"\s*+(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[.．、])")
# A short name the text defines for a title it cites (（以下简称《办法》）): its later uses are
# the same citation, not another document.
_SHORT_NAME = re.compile(r"简称[“\"]?《(?P<short>[^《》]{1,30})》")
# Titles of publications, not of documents: a newspaper, a journal, the gazette itself.
_PUBLICATION_ENDS = ("日报", "晚报", "时报", "杂志", "周刊", "月刊", "政府公报")
# A title naming what it issues (关于印发《…》的通知, 公布《…清单》): the 《…》 is the document's own
# attachment, part of it, not another document; a title that forwards (转发) names another's.
_ISSUES_OWN = re.compile(r"(?:印发|公布|发布|颁布)(?P<titles>(?:《[^《》]+》[和及、与]?)+)")
_TOP_TITLE = re.compile(r"《([^《》]+)》")
# The text saying the same: 现将《…》印发给你们 (a notice titled without 《》), 现将《…》予以公布 (a list it
# publishes), 《…》已经…通过，现予公布 (a 令).
_ISSUED_HERE = re.compile(r"现将(?P<titles>(?:《[^《》]+》[、和及与]?)+)(?:（[^（）]*）)?(?:[^。；《》]{0,12}?印发|予以(?:公布|发布))"
                          r"|《(?P<title>[^《》]+)》[^《》。；]{0,60}?现予(?:公布|发布|印发)")
_SKIP_BLOCKS = frozenset({"title", "doc_number", "registration_number", "signer", "banner", "section",
                          "order_number", "metadata", "table", "furniture"})


@dataclass(frozen=True, slots=True)
class Citation:
    document: str
    ordinal: int
    title: str | None
    doc_number: str | None
    issuer: str | None
    cited_document: str | None
    line: int

    def to_dict(self) -> dict:
        return {"document": self.document, "ordinal": self.ordinal, "title": self.title,
                "doc_number": self.doc_number, "issuer": self.issuer,
                "cited_document": self.cited_document, "line": self.line}


def agency_issuers(documents: list[Document], known: dict[str, str]) -> dict[str, str]:
    """机关代字 → issuer: the corpus's own documents first, then the reviewed table."""
    table = dict(known)
    for doc in documents:
        parts = doc.doc_number_parts
        if parts and len(doc.issuer) == 1:
            table.setdefault(parts["prefix"], doc.issuer[0])
    return table


def own_titles(title: str) -> frozenset[str]:
    """The titles (folded) of what a document's title says it issues: 关于印发《A》《B》的通知 gives
    A and B; a title that forwards another's (转发) gives none."""
    if "《" not in title or "转发" in title:
        return frozenset()
    return frozenset(fold(t) for m in _ISSUES_OWN.finditer(title)
                     for t in _TOP_TITLE.findall(m.group("titles")))


def issued_here(texts) -> frozenset[str]:
    """The titles (folded) a document's text says it issues: 现将《…》印发给你们, 《…》…现予公布."""
    found = set()
    for text in texts:
        if "现" in text and "《" in text:
            for m in _ISSUED_HERE.finditer(text):
                titles = _TOP_TITLE.findall(m.group("titles")) if m.group("titles") else [m.group("title")]
                found.update(fold(t) for t in titles)
    return frozenset(found)


def issued_by(doc: Document, texts: list[str]) -> frozenset[str]:
    """The titles (folded) a document issues, as its title or its text (``texts``: its blocks'
    that may cite) says, and its attachments' (附件2 printed as 《…标准》, named so in its text): its
    own, never a citation; a citation of one by name is of this document."""
    return own_titles(doc.title) | issued_here(texts) | frozenset(
        fold(a.title).strip("《》") for a in doc.attachments if a.title)


def short_names(texts) -> frozenset[str]:
    """The short names (folded) a document's text defines for what it cites (以下简称《办法》)."""
    return frozenset(fold(m.group("short")) for text in texts if "简称" in text
                     for m in _SHORT_NAME.finditer(text))


def is_publication(title: str) -> bool:
    """《青溪日报》, 《…人民政府公报》: a publication's name, not a document's title."""
    return title.endswith(_PUBLICATION_ENDS)


def find_citations(doc: Document, by_number: dict[str, str], by_title: TitleIndex,
                   issuers: dict[str, str]) -> list[Citation]:
    out: list[Citation] = []
    blocks = [b for b in doc.blocks if b.kind not in _SKIP_BLOCKS]
    # Not citations: what the document issues (its title or its text says so), a short name for a
    # title cited in full.
    texts = [b.text for b in blocks]
    seen: set[tuple] = {(key, None) for key in issued_by(doc, texts) | short_names(texts)}
    for block in blocks:
        text = block.text
        spans: list[tuple[int, int]] = []
        listed = _listed(text)
        if listed is not None:
            title, number, span = listed
            spans.append(span)
            _add(out, seen, doc, title, number, block.first, by_number, by_title, issuers)
        for m in _CITED.finditer(text):
            if listed is not None and m.start() >= listed[2][0] and m.end() <= listed[2][1]:
                continue  # (关于印发《…》的通知（…号）, an entry: the notice is cited, not what it issues apart)
            title = squeeze(m.group("title"))
            spans.append(m.span())
            numbers = list(DocNumber.finditer(m.group("after"))) if m.group("after") else []
            if is_publication(title) and not numbers:
                continue
            _add(out, seen, doc, title, numbers[0] if numbers else None, block.first, by_number, by_title,
                 issuers)
            for number in numbers[1:]:  # （湘政发〔2023〕1号、湘政办发〔2023〕2号）: each number cited
                _add(out, seen, doc, None, number, block.first, by_number, by_title, issuers)
        # Numbers cited on their own, outside any 《title》（number） already taken.
        rest = text
        for a, b in reversed(spans):
            rest = rest[:a] + " " * (b - a) + rest[b:]
        for number in DocNumber.finditer(rest):
            _add(out, seen, doc, None, number, block.first, by_number, by_title, issuers)
    return out


def _listed(text: str) -> tuple[str, DocNumber, tuple[int, int]] | None:
    """A list's entry that is a document's title without book-title marks and its 发文字号 in brackets
    (``_LISTED``): the title (ending with its 文种 or a rule's kind), the number, their span."""
    if "号" not in text[-5:] or ("《" in text and "》的" not in text):
        return None  # (its first checks: a number closing the text, no title in marks but one a notice issues)
    m = _LISTED.fullmatch(text)
    if m is None:
        return None
    number = DocNumber.parse(m.group("after"))
    title = squeeze(m.group("title"))
    if "《" in title and _ENTRY_NUMBER.match(text) is None:
        return None  # (a notice's title naming what it issues: a numbered list's entry only, no sentence)
    key = fold(title)
    if number is None or (doc_type_of(key) is None and regulation_of(key) is None):
        return None
    return title, number, m.span()


def _add(out, seen, doc, title, number, line, by_number, by_title, issuers) -> None:
    canonical = str(number) if number else None
    if canonical and canonical == doc.doc_number:
        return  # a document naming itself
    folded = fold(title) if title else None
    key = (folded, canonical)
    if key in seen or (canonical is None and ("titled", folded) in seen) \
            or (folded is None and ("numbered", canonical) in seen):
        return  # (cited again: a title or a number cited whole before, 《…》（…号） then 《…》 or …号文件)
    seen.add(key)
    cited = None
    if canonical and canonical in by_number:
        cited = by_number[canonical]
    elif title and folded in by_title:
        cited = by_title[folded]
        if canonical and by_title.numbers.get(folded, canonical) != canonical:
            # 《关于…的意见》（湘政发〔2023〕9号）: another organ's document of the same title without
            # its issuer, not the corpus's own one bearing another number
            cited = None
    if cited == doc.id:
        return
    issuer = issuers.get(number.prefix) if number else None
    if folded and canonical:
        seen.update({("titled", folded), ("numbered", canonical)})
        # the title or the number cited alone before, whole now: that citation, at its place
        earlier = next((k for k, c in enumerate(out) if (c.doc_number is None and c.title and fold(c.title) == folded)
                        or (c.title is None and c.doc_number == canonical)), None)
        if earlier is not None:
            out[earlier] = Citation(doc.id, earlier + 1, title, canonical, issuer, cited, out[earlier].line)
            return
    out.append(Citation(doc.id, len(out) + 1, title, canonical, issuer, cited, line))


class TitleIndex(dict):
    """Folded title → document id, knowing the 发文字号 of the document each title (with or
    without its issuer) is the title of (``numbers``: key → number): a title cited with another
    number is another organ's document of that title, not this one. (A policy's name has no number
    of its own here: the same 方案 may come under another organ's number, a joint notice's.)"""

    def __init__(self) -> None:
        super().__init__()
        self.numbers: dict[str, str] = {}


def corpus_indexes(documents: list[Document]) -> tuple[dict[str, str], TitleIndex]:
    """Documents of the corpus by 发文字号 and by title (the title with and without its issuer,
    since citations often print 《关于…的通知》 without the issuer, then the name of each policy a
    notice issues, cited as 《…办法》)."""
    by_number = {d.doc_number: d.id for d in documents if d.doc_number}
    by_title = TitleIndex()
    for d in documents:
        key = fold(d.title)
        keys = [key] + [key[len(fold(issuer)):] for issuer in d.issuer if key.startswith(fold(issuer))]
        for k in keys:
            if k not in by_title:
                by_title[k] = d.id
                if d.doc_number:
                    by_title.numbers[k] = d.doc_number
    for d in documents:  # a policy cited by its own name: the notice (or 令) that issued it
        for own in issued_by(d, [b.text for b in d.blocks if b.kind not in _SKIP_BLOCKS]):
            by_title.setdefault(own, d.id)
    return by_number, by_title
