"""A document's closing printed with its 成文日期 before the organ that signs, on one line under
the text (a web page, or a PDF whose right-aligned signature and date the extraction set on one
line in the other order)::

    二、加强火源管控。严禁野外违规用火。
    2024年11月5日　　　青溪县人民政府办公室     <- 成文日期, then the signature

A body prints days and organs so too (a schedule: 2024年11月5日　县财政局 牵头): only where the
line closes the document does it sign (``closing.signature_after_its_date``).
"""

from __future__ import annotations

import re

from .identifiers import arabic
from .patterns import ORG

_DATE_FIRST = re.compile(rf"^(?P<date>(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}[日曰])(?P<org>(?:{ORG}){{1,4}})$")  # (曰: OCR's 日)
# The date before the organ on a signature line as printed, in Arabic or Chinese numerals.
DATE_BEFORE = re.compile(r"^\s*(?:(?:19|20)\d{2}|[〇○零OＯ一二三四五六七八九]{4})\s*年[^日曰]{1,8}[日曰]\s*")


def date_then_organ(key: str) -> tuple[str, str] | None:
    """The organ and the 成文日期 of a folded line that prints the date first and the organ (or
    organs) after it (``2024年11月5日青溪县人民政府办公室``, the date in Chinese numerals too), as
    ``patterns.signed`` gives them: (organ, date); else None. Near misses: a date and words that
    are no organ (2024年11月5日召开…会议), an organ then its date (``patterns.signed``'s)."""
    if not key[:1].isdecimal() and key[:1] not in "〇○零一二":
        return None  # (asked of one line a document: cheap all the same)
    m = _DATE_FIRST.match(arabic(key))
    return (m.group("org"), m.group("date")) if m else None


__all__ = ["DATE_BEFORE", "date_then_organ"]
