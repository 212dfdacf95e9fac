"""Where an entry of the issue's contents opens and where it ends, its page aside: a line that
opens an entry, entries numbered 1. 2. 3. that end at the next number or at the contents' end."""

from __future__ import annotations

import re

from .model import Line, TocEntry
from .patterns import issuer_type_title, regulation_of, title_start


def starts_entry(line: Line) -> bool:
    """The line opens an entry (after one that is whole): numbered, a title naming its issuer
    (after a bullet too: ·南浦县人民政府关于…的通知), or a regulation's name alone
    (南浦县集贸市场管理暂行办法, the rule the 令 over it promulgates)."""
    raw = line.text.strip()
    key = line.key.lstrip(_BULLETS)  # (·南浦县人民政府关于…: a portal's list, each title after a dot)
    return (bool(re.match(r"^(?:[-*+]\s+|\d{1,3}\s*[.、．])", raw)) or title_start(key)
            or issuer_type_title(key) or regulation_of(key) is not None)


_BULLETS = ".•●"  # (as the key folds them: · and ・ are .)


_ENTRY_NUMBER = re.compile(r"^\s*(\d{1,3})\s*[.、．]")


def numbered_next(first: Line, line: Line) -> bool:
    """Entries numbered 1. 2. 3.: ``line`` opens with the number after the one the pending
    entry's ``first`` line opens with (6.《…》政策解读 / 7.…的批复), so that entry has ended though
    it does not end as a title with its 文种 does."""
    a, b = _ENTRY_NUMBER.match(first.text), _ENTRY_NUMBER.match(line.text)
    return a is not None and b is not None and int(b.group(1)) == int(a.group(1)) + 1


def last_numbered(lines: list[Line], entries: list[TocEntry], pending: list[Line]) -> bool:
    """The contents' last entry numbered after the entry above, no page (3.…的通知 / 三、政策解读 /
    4.《…》政策解读, then the first document): whole, though it does not end as a title with its
    文种 does (three lines at most: an entry's title wrapped, no more). ``lines``: the contents'."""
    if not entries or len(pending) > 3:
        return False
    above = next((line for line in lines if line.no == entries[-1].first), None)
    return above is not None and numbered_next(above, pending[0])


__all__ = ["last_numbered", "numbered_next", "starts_entry"]
