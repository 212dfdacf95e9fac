"""A year printed after a contents entry's title (``…2024年度重点项目计划的通知 2024``, or with the
page after it, ``…的通知 2024　　1``): the year a portal's list or a scraper left beside the title,
not the entry's page, and no part of the title the body prints."""

from __future__ import annotations

import re
from dataclasses import replace

from .model import TocEntry
from .patterns import DOC_TYPES

_YEAR = re.compile(r"(?:19|20)\d{2}")

# The year after the title's 文种, a space or none between them, the page perhaps after a gap.
_YEAR_AFTER_TITLE = re.compile(r"^(?P<title>.*?(?:" + "|".join(DOC_TYPES) + r"))[ \u3000]*+(?:19|20)\d{2}"
                               r"(?:[ \u3000]{2,}+\d{1,4})?[ \u3000]*$")

_FAR = 4  # a year is far beyond the issue's pages when the other entries' pages are all below a fourth of it


def is_year(page: int | None) -> bool:
    return page is not None and _YEAR.fullmatch(str(page)) is not None


def without_year_after_title(text: str) -> str:
    """The entry's text without a bare year after its 文种 and the page after it (``…的通知 2024``,
    ``…的通知 2024　　1`` → ``…的通知``)."""
    if not text[-1:].isdigit():
        return text
    m = _YEAR_AFTER_TITLE.match(text)
    return m.group("title") if m else text


# What goes on with a year the line above ends with: its 年 (…政府工作报告2024 / 年重点任务…), a span, a list.
_YEAR_GOES_ON = ("年", "-", "—", "至", "~", "～", "、", "版")


def without_year_over(text: str, below: str) -> str:
    """``without_year_after_title`` of a line over the line ``below``, unless that line goes on with
    the year (a hard wrap between the year and its 年: …落实政府工作报告2024 / 年重点任务分工方案的通知,
    the year the title's own): then ``text`` as it is."""
    return text if below.startswith(_YEAR_GOES_ON) else without_year_after_title(text)


def years_not_pages(entries: list[TocEntry]) -> list[TocEntry]:
    """The entries with a year read as a page taken back: a page that is a year (1900–2099) while
    the issue's other entries' pages are all far below it (``…的通知 2024`` among entries on pages
    3, 5 and 8), or the same year on every entry that has a page (a list printing each title's
    year): no page. Pages running on through a year's issues (1980, 2024, 2031) stay."""
    years = [k for k, e in enumerate(entries) if is_year(e.page)]
    if not years:
        return entries
    others = [e.page for e in entries if e.page is not None and not is_year(e.page)]
    if others:
        far = [k for k in years if max(others) * _FAR < entries[k].page]
    else:
        far = years if len(years) > 1 and len({entries[k].page for k in years}) == 1 else []
    if not far:
        return entries
    out = list(entries)
    for k in far:
        out[k] = replace(out[k], page=None)
    return out
