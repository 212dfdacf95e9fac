"""A date line (成文日期) alone, with its 附注 or what OCR left of the seal after it (patterns re-exports
these: the rules ask it of every line)."""

from __future__ import annotations

import re

from .identifiers import DATE_PATTERN, arabic


# The 附注 after the day: the publication note (（此件主动公开）) or a 请示's or a 函's contact, as a web
# page's copy runs it onto the date's line (2024年3月6日（联系人：李明，电话：…）), or both, one
# after the other (notelines reads a contact alone on its line by this form: CONTACT_NOTE; extract's
# _INLINE_NOTE is its form as printed).
_PUBLICATION_NOTE = r"\((?:此件|本件)[^()]{1,20}\)"
# (the person or the office with the telephone under one label: （联系单位及电话：县卫生健康局医政股　0745-…）)
CONTACT_NOTE = _CONTACT = r"\((?:(?:此件|本件)[^()。,;:]{1,12}[。,;])?(?:联系人|联系单位|联系方式|联系电话)(?:及(?:联系)?电话)?[:,][^()]{2,60}\)"
_DATE_NOTE = re.compile(rf"(?:{_PUBLICATION_NOTE}|{_CONTACT}){{1,2}}$")


def is_date_line(key: str) -> bool:
    """A date alone (成文日期), possibly with its 附注 on the same line:
    ``2023年7月28日（此件主动公开）``; or the same date under each organ of a joint document
    (``2023年11月6日　　　2023年11月6日``); or a date in figures alone (``2024.4.18``)."""
    if key[:2] not in ("19", "20") and ("年" not in key or not key.endswith(DATE_LINE_ENDS)):
        return False  # (asked of every line: a date written in words ends so, or with its note or seal)
    return bool(DATE_PATTERN.fullmatch(arabic(without_date_note(key))))


# The last character of a date line's key: the date's (arabic keeps it; only a date in figures,
# 2024.4.18, is made to end so; 号, the day as it is spoken, is made 日), its 附注's bracket, or the
# seal OCR left after it.
DATE_LINE_ENDS = ("日", "曰", "号", ")", "印")


def without_date_note(key: str) -> str:
    """A folded date line without the 附注 printed after it: ``2023年7月28日(此件主动公开)``
    → ``2023年7月28日``; without what OCR left of the seal over it (``2023年7月28日印``) or a copy's
    word for it (``2024年6月3日(盖章)``); once
    when printed under each of several organs."""
    if key.endswith(")") and ("(此件" in key or "(本件" in key or "(联系" in key):  # (what each note opens with)
        key = _DATE_NOTE.sub("", key)
    if key.endswith(("印", "印)", "章)")) and (m := _DATE_SEAL.search(key)):
        key = key[:-len(m.group(0))]
    if key.endswith("日") and len(key) >= 2 * _SHORTEST_DATE:
        for times in (2, 3):
            part = len(key) // times
            if len(key) == part * times and key == key[:part] * times:
                return key[:part]
    return key


_SHORTEST_DATE = len("2024年1月1日")


# (the seal's mark after the date: 印 as OCR leaves it, or a copy's word for it in brackets,
# 2024年6月3日（盖章）)
_DATE_SEAL = re.compile(r"(?<=日)(?:\(?印\)?|\((?:盖章|公章|印章)\))$")


__all__ = ["CONTACT_NOTE", "DATE_LINE_ENDS", "is_date_line", "without_date_note"]
