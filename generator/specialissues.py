"""A special issue: a supplement (增刊) or a special issue (特刊, 专刊) a gazette prints beside its
numbered issues, on its masthead as 2024年增刊, 2024年第3期（增刊） or 2024年增刊第2期. It tells the
file apart from the numbered issue of the same number (without it, a supplement to issue 3 and
issue 3 share one id, and one would be taken for a copy of the other and not published), and an
unnumbered supplement is no issue whose number was lost."""

from __future__ import annotations

import re

from .issueparts import LINE_GOES_ON

SPECIAL = ("增刊", "特刊", "专刊")

# (on the folded key: brackets ASCII, digits half-width, numerals in figures)
# 2024年增刊, 2024年增刊第2期, 2024年增刊(2), 2024年特刊 — the year, the kind, its own number perhaps,
# and then nothing but the cumulative issue, a date or the line's end
_YEAR_SPECIAL = re.compile(
    r"(?P<y>(?:19|20)\d{2})年度?(?P<s>增刊|特刊|专刊)(?:第?(?P<n>\d{1,2})期|\((?P<b>\d{1,2})\)|之(?P<o>\d{1,2}))?"
    + LINE_GOES_ON)
# the kind after an issue's 期: 2024年第3期（增刊）, 第3期增刊
_AFTER_ISSUE = re.compile(r"\)?\s*\(?(?P<s>增刊|特刊|专刊)\)?" + LINE_GOES_ON)


def special_after_issue(rest: str) -> str | None:
    """The special issue's kind printed right after an issue's 期 (``rest``: the folded key after
    it): 增刊, 特刊 or 专刊; None when none is printed.

    >>> special_after_issue("(增刊)(总第130期)"), special_after_issue("增刊征订")
    ('增刊', None)
    """
    m = _AFTER_ISSUE.match(rest)
    return m.group("s") if m else None


def special_issue(key: str) -> tuple[int, str, int | None] | None:
    """A masthead line naming a year's special issue (2024年增刊第2期): its year, its kind and its
    own number (None for one printed without); None for any other line.

    >>> special_issue("2024年增刊第2期"), special_issue("2024年增刊"), special_issue("2024年增刊征订启事")
    ((2024, '增刊', 2), (2024, '增刊', None), None)
    """
    m = _YEAR_SPECIAL.search(key)
    if m is None or (m.start() and not key[:m.start()].endswith(("公报", "(", " "))):
        return None
    number = m.group("n") or m.group("b") or m.group("o")
    return int(m.group("y")), m.group("s"), int(number) if number else None


_ID_WORDS = {"增刊": "zengkan", "特刊": "tekan", "专刊": "zhuankan"}
_ENGLISH = {"增刊": "supplement", "特刊": "special issue", "专刊": "special issue"}


def special_id(special: str | None) -> str:
    """The kind in a gazette's id, letters only: ``-zengkan``; empty for a numbered issue."""
    return f"-{_ID_WORDS[special]}" if special else ""


def special_english(special: str | None) -> str:
    """The kind in English: ``supplement``, ``special issue``; empty for a numbered issue."""
    return _ENGLISH[special] if special else ""


__all__ = ["SPECIAL", "special_after_issue", "special_english", "special_id", "special_issue"]
