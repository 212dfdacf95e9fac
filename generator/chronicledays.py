"""The entries of an issue's chronicle (大事记) or news under their heading, told by their days: what
tells the chronicle, between two documents or after the last, from a heading of the document before
(``segment``)."""

from __future__ import annotations

import re

from .identifiers import arabic
from .model import Line

# An entry of the chronicle: its day first (10月12日　县长…, 2024年1月5日…).
# (a bullet may mark each entry: ●2月1日，县长…, ◆3月26日，…, ·2日…)
_ENTRY_BULLET = r"[●◆■▲★○◇□•.\-]?"
_DATED_ENTRY = re.compile(rf"^{_ENTRY_BULLET}(?:(?:19|20)\d{{2}}年)?\d{{1,2}}月\d{{1,2}}日")
# …or its month on a line of its own (七月, 7月, 七月份) over entries that print the day alone (2日　县长…).
_MONTH_ALONE = re.compile(r"(?:[一二三四五六七八九十]{1,3}|\d{1,2})月份?")
_DAY_ENTRY = re.compile(rf"^{_ENTRY_BULLET}\d{{1,2}}日\S")


def dated_entries(content: list[Line], i: int) -> bool:
    """Under the heading at ``content[i]``, the chronicle's dated entries (what tells it, between
    two documents, from a heading of the document before): 7月2日　…, or a month alone over its
    days (七月 / 2日　县长…), or days alone under a heading naming the month (…2024年3月大事记 / 1日　…)."""
    return any(_DATED_ENTRY.match(arabic(line.key)) or (
        _MONTH_ALONE.fullmatch(line.key) and k + 1 < len(content) and _DAY_ENTRY.match(arabic(content[k + 1].key)))
        or (_DAY_ENTRY.match(arabic(line.key)) and any(_MONTHS_CHRONICLE.search(arabic(content[j].key)) for j in range(i, k)))
        for k, line in enumerate(content[i + 1:i + 4], start=i + 1))


# (or the days alone under a heading naming one month, after its year: 青溪县2024年3月大事记 / 1日　县长…;
# a span of months, 2024年7—9月…大事记, leaves a day alone no month)
_MONTHS_CHRONICLE = re.compile(r"年\d{1,2}月[^。,;]{0,12}大事记")


__all__ = ["dated_entries"]
