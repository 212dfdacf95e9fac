"""The numbers a contents entry prints, its 发文字号 and 登记号: read (canonical), and taken off the
entry's title as printed, with their brackets."""

from __future__ import annotations

import re

from .identifiers import CLOSING_BRACKETS, DASHES, LOST_BRACKETS, OPENING_BRACKETS, DocNumber, RegistrationNumber
from .normalize import CN_FIGURES
from .patterns import REGISTRATION_PATTERN

UNREAD = object()  # (a number not read yet by the caller: read here)


# A 发文字号 printed without the brackets around its year, in brackets last in an entry
# (…的通知（南政发2024年3号）) or alone on the entry's line of numbers.
_BARE_NUMBER_LAST = re.compile(r"(?:^|\()(?P<number>[^()]{4,24}号)\)?$")
_BRACKETED_LAST = re.compile(r"[(（](?P<number>[^()（）]{4,30})[)）]\s*$")


def entry_numbers(key: str, number: DocNumber | None | object = UNREAD) -> tuple[str | None, str | None]:
    """The 发文字号 and 登记号 printed in a contents entry, canonical (the 发文字号 also without the
    brackets around its year, in brackets last: ``_BARE_NUMBER_LAST``). ``number``: the key's
    ``DocNumber.search``, where the caller read it already."""
    doc_number = DocNumber.search(key) if number is UNREAD else number
    if doc_number is None and key.endswith(("号", "号)")) and (m := _BARE_NUMBER_LAST.search(key)):
        doc_number = DocNumber.parse_bare(m.group("number"))
    found = REGISTRATION_PATTERN.search(key)
    reg = RegistrationNumber.parse(found.group(0)) if found else None
    return (str(doc_number) if doc_number else None), (str(reg) if reg else None)


# No run of spaces before the number's first letter (the bracket's own aside): a match tried at
# each space of a long run would scan the run again each time.
# (OCR's letters for digits in the year and serial, as the number reads them: PJDR—2O23—O1004)
# (a private-use character or U+FFFD for the dashes: identifiers.LOST_BRACKETS)
_REG_TEXT = re.compile(rf"(?:[(（]\s*)?[A-Z]{{2,10}}\s*[{re.escape(DASHES)}{LOST_BRACKETS}]\s*(?:19|2[0Oo])[0-9OoIl]{{2}}\s*"
                       rf"[{re.escape(DASHES)}{LOST_BRACKETS}]\s*[0-9OoIl]{{3,6}}\s*[)）]?")


# A 发文字号's year in any bracket print (a font or OCR gives 〔〕 [] 【】 ﹝﹞ ［］ 〖〗) and its serial, which
# ``_printed_span`` reads back to the prefix printed before them (one pattern for every entry: a pattern
# made for each entry's number cost its compiling, ~0.5 ms, every time).
_OPENING, _CLOSING = f"[{re.escape(OPENING_BRACKETS)}]", f"[{re.escape(CLOSING_BRACKETS)}]"
# (the brackets a font kept in its private use area or a lost byte gave: 青政发\ue0012024\ue0027号)
# (and as a number may print them: the year's 年 inside the bracket, 第, leading zeros: 〔2024年〕8号, 〔2024〕第015号)
_YEAR_AND_SERIAL = re.compile(rf"(?<!\s)\s*+(?:{_OPENING}|[{LOST_BRACKETS}])\s*+(?P<year>\d{{4}}|[〇○◯零Oo0一二三四五六七八九]{{4}})\s*+年?\s*+"
                              rf"(?:{_CLOSING}|[{LOST_BRACKETS}])\s*+第?\s*+"  # (a run of spaces from its start only, whole: linear)
                              rf"(?P<serial>\d+)\s*+号?\s*+{_CLOSING}?")


def _printed_span(text: str, number: DocNumber) -> tuple[int, int] | None:
    """Where ``text`` prints ``number``: its prefix (spaces between its characters allowed), the year
    in brackets, the serial and 号, with a bracket around the whole; None when it prints it otherwise."""
    for m in _YEAR_AND_SERIAL.finditer(text):
        if m.group("year").translate(CN_FIGURES) != str(number.year) or int(m.group("serial")) != number.serial:
            continue
        i = m.start()
        for char in reversed(number.prefix):
            while i > 0 and text[i - 1].isspace():
                i -= 1
            if i == 0 or text[i - 1] != char:
                break
            i -= 1
        else:
            j = i
            while j > 0 and text[j - 1].isspace():
                j -= 1
            return (j - 1 if j > 0 and text[j - 1] in OPENING_BRACKETS else i), m.end()
    return None


def without_numbers(text: str, number: DocNumber | None | object = UNREAD) -> str:
    """Remove the printed 发文字号/登记号 (with their brackets) from an entry's text. ``number``: the
    text's ``DocNumber.search``, where the caller read it already."""
    if number is UNREAD:
        number = DocNumber.search(text)
    if number is not None:
        span = _printed_span(text, number)
        if span is not None:
            text = text[:span[0]] + " " + text[span[1]:]
    elif (m := _BRACKETED_LAST.search(text)) and DocNumber.parse_bare(m.group("number")) is not None:
        text = text[:m.start()]  # (…的通知（南政发2024年3号）: the number without its year's brackets)
    text = _REG_TEXT.sub(" ", text)
    text = _EMPTY_BRACKETS.sub(" ", text)
    return text.strip().rstrip("（(").strip()


_EMPTY_BRACKETS = re.compile(r"[(（]\s*[)）]")  # (the brackets a number stood in, left empty)


__all__ = ["UNREAD", "entry_numbers", "without_numbers"]
