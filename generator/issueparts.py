"""An issue printed in parts, each part a file of its own: 2024年第3期（上） and 2024年第3期（下）, 第3期（上册）,
第3期之二, 第3期（第二部分）. Which part a file is, read from right after its issue's 期 on the
masthead. The part tells the files apart: without it the two parts of one issue share one id, and
the second would be taken for a copy of the first and not published.

A part is kept as its one printed character: 上, 中 or 下 for an issue printed in halves or thirds,
or a numeral 一 … 九 for one printed in numbered parts."""

from __future__ import annotations

import re

_NUMERALS = "一二三四五六七八九"
_HALVES = "上中下"
PARTS = _HALVES + _NUMERALS

# What may follow what an issue line prints after its 期 (a part, a supplement's word): the
# cumulative issue, a date, a gap or the line's end — not words running on (上半月, 下旬, 下发…).
LINE_GOES_ON = r"(?=$|\(?总|\s|(?:19|20)\d{2}|[.·|])"
# A part as an issue line prints it after its 期, in brackets or not (folded): （上）, 上册, 之二, （第二部分）.
PART_PRINTED = r"\(?(?:[上中下][册卷篇]?|之[一二三四五六七八九\d]|第?[一二三四五六七八九\d](?:部分|分册|册))\)?"

# (on the folded key, brackets are ASCII and digits half-width; the part is what follows 期 or the
# bracket closing the issue, in brackets or not, and nothing but the cumulative issue, a date or
# the line's end follows it: not 上半月 or 下旬, which name a time, nor 下发…, words running on)
_PART = re.compile(
    r"\)?\s*\(?(?:(?P<half>[上中下])(?:册|卷|篇)?|之(?P<of>[一二三四五六七八九1-9])"
    r"|第?(?P<n>[一二三四五六七八九1-9])(?:部分|分册|册)|(?<=\()(?P<b>[一二三四五六七八九]))\)?"
    + LINE_GOES_ON)
_DIGITS = {str(i): c for i, c in enumerate(_NUMERALS, start=1)}


def part_after_issue(rest: str) -> str | None:
    """The part printed right after an issue's 期 (``rest``: the folded key after it): 上, 中, 下
    or a numeral 一 … 九; None when none is printed.

    >>> part_after_issue("(下)(总第128期)"), part_after_issue("之2"), part_after_issue("上半月")
    ('下', '二', None)
    """
    m = _PART.match(rest)
    if m is None or m.end() == 0:
        return None
    if m.group("half"):
        return m.group("half")
    numeral = m.group("of") or m.group("n") or m.group("b")
    return _DIGITS.get(numeral, numeral)


# (a folded issue line's part at its end, right after its 期)
_PART_END = re.compile(rf"(?<=期){PART_PRINTED}$")


def issue_without_part(key: str) -> str:
    """A folded issue line without the part printed after its 期, as a body's list of the issues
    names each part (2024年第3期(上) → 2024年第3期); the line as it is when it ends with none.

    >>> issue_without_part("2024年第3期(上)"), issue_without_part("2024年第3期之2"), issue_without_part("2024年第3期")
    ('2024年第3期', '2024年第3期', '2024年第3期')
    """
    return _PART_END.sub("", key) if key.endswith((")", *"上中下册卷篇分二三四五六七八九", *"123456789")) else key


def part_rank(part: str | None) -> int:
    """Where a part stands among its issue's: 上 1, 中 2, 下 3, a numeral its number; 0 for none."""
    if not part:
        return 0
    return (_HALVES.index(part) + 1) if part in _HALVES else _NUMERALS.index(part) + 1


_ID_WORDS = {"上": "shang", "中": "zhong", "下": "xia"}


def part_id(part: str | None) -> str:
    """The part in a gazette's id, letters and digits only: ``-xia``, ``-part2``; empty for none."""
    if not part:
        return ""
    return f"-{_ID_WORDS[part]}" if part in _ID_WORDS else f"-part{part_rank(part)}"


def part_shown(part: str | None) -> str:
    """The part as a label prints it after the issue: （下）, （二）; empty for none."""
    return f"（{part}）" if part else ""


_ENGLISH = {"上": "first part", "中": "middle part", "下": "last part"}


def part_english(part: str | None) -> str:
    """The part in English after the issue's number: ``, last part``, ``, part 2``; empty for none."""
    if not part:
        return ""
    return f", {_ENGLISH[part]}" if part in _ENGLISH else f", part {part_rank(part)}"


__all__ = ["LINE_GOES_ON", "PARTS", "PART_PRINTED", "issue_without_part", "part_after_issue", "part_english", "part_id", "part_rank", "part_shown"]
