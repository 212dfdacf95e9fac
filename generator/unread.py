"""Elements with a grammar printed in a form not read: a warning naming the line and the form
expected, where the value would be and is not (the value itself stays unset); and a title holding
characters the extraction lost (U+FFFD, a private-use code point)."""

from __future__ import annotations

import bisect
import re

from .identifiers import DocNumber
from .model import Diagnostic, Document, Line
from .normalize import HAN, squeeze

# A line shaped as a 发文字号: a code of Han characters, a year, a serial and 号, with what a
# careless hand or extraction puts among them (南政发（2024年）三号, 南政发〔2024〕三号; the year
# and serial without brackets after no 机关代字, 县政府2024年3号), or the year in brackets with the serial lost (南政发〔2024〕号). Not an issue or
# an order numbered by the year (2024年第3号: a 令's, a gazette's).
_SERIAL = r"第?(?:\d{1,4}|[一二三四五六七八九十百〇零]{1,5})[号號]"
# (or its 号 read as another character after a serial in its place: 南政发〔2024〕4呈)
_DOC_NUMBER_SHAPED = re.compile(rf"[{HAN}]{{2,12}}\W{{0,2}}(?:19|20)\d{{2}}(?:年(?!第))?"
                                rf"(?:\W{{0,2}}{_SERIAL}|[)」〉〗>][号號]?|\)\d{{1,4}}[{HAN}])")


def doc_number_shaped(key: str) -> bool:
    """A folded line shaped as a 发文字号 (``_DOC_NUMBER_SHAPED``) that ``DocNumber`` does not
    read, with its brackets or without them (``DocNumber.parse_bare``: 南政发2024年3号 is read)."""
    return len(key) <= 30 and bool(_DOC_NUMBER_SHAPED.fullmatch(key)) and DocNumber.parse(key) is None \
        and DocNumber.parse_bare(key) is None


def unread_numbers(docs: list[Document], content: list[Line]) -> list[Diagnostic]:
    """For each document without a 发文字号, the line right above its first one when that is
    shaped as a number (``doc_number_shaped``): where GB/T 9704 prints the number, in a form not
    read (the line is left to what comes before the document: the front matter, the document
    before); else the line right under its title, where a gazette prints it too (the line is left
    to the text under it: 南政发〔2024〕4呈 run into the 主送)."""
    out = []
    starts = [line.no for line in content]
    for doc in docs:
        if doc.doc_number is not None:
            continue
        k = bisect.bisect_left(starts, doc.first)
        above = content[k - 1] if k > 0 else None
        if above is None or not doc_number_shaped(above.key):
            title = next((block.last for block in doc.blocks if block.kind == "title"), None)
            k = bisect.bisect_right(starts, title) if title is not None else len(content)
            above = content[k] if k < len(content) and content[k].no <= doc.last else None
        if above is not None and doc_number_shaped(above.key):
            out.append(Diagnostic(
                "doc-number-unreadable", "warning",
                f"{doc.id}: 发文字号 not read from {squeeze(above.text)}; expected 代字〔2024〕3号",
                above.no, above.text.strip()))
    return out


# What an extraction gives for a character it could not map: U+FFFD, or a code point of the private
# use area (a font's own glyph without its character, 关于做好\ue3a1季…, 关于做好�季…).
_LOST = re.compile("[\ue000-\uf8ff\ufffd]")


def lost_characters(docs: list[Document]) -> list[Diagnostic]:
    """For each document whose title holds characters the extraction lost (``_LOST``), a warning
    naming them: the title is published as extracted, and only the printed page tells what they
    were (the brackets of a 发文字号 so lost are read: ``identifiers.LOST_BRACKETS``)."""
    out = []
    for doc in docs:
        lost = _LOST.findall(doc.title) if not doc.title.isascii() else ()
        if lost:
            line = next((block.first for block in doc.blocks if block.kind == "title"), doc.first)
            out.append(Diagnostic(
                "title-characters-lost", "warning",
                f"{doc.id}: the title holds {len(lost)} character(s) the extraction lost "
                f"({', '.join(sorted({f'U+{ord(c):04X}' for c in lost}))}); compare it with the printed page",
                line, doc.title))
    return out
