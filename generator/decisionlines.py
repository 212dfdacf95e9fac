"""A line that opens a list of appointments with the decision that makes it: the day and the
meeting that decided, as a sentence (``2024年3月25日，县人民政府第15次常务会议决定：``, ``经2024年3月25日
县人民政府第15次常务会议研究，决定：``). Under the list's title (…任免国家工作人员) it stands for the
note a list prints in brackets (（2024年3月25日县人民政府第15次常务会议决定）): the list's day and its
confirmation as an item of its own."""

from __future__ import annotations

import re

from .identifiers import ChineseDate
from .model import Block
from .normalize import fold

# The day first (after 经 perhaps), then the meeting that decided (会议, or its 研究), then 决定 and
# its colon ending the line.
_DECISION = re.compile(r"经?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日,?[^。;]{2,40}?(?:会议|研究)[^。;]{0,12}?决定:?")


def decides_the_list(key: str) -> bool:
    """The folded ``key`` is the sentence of a meeting's decision opening a list: its day first,
    its 决定 last (not a sentence going on after the decision: …会议决定，任命张明为…)."""
    return key[-1:] in ":定" and key[:1] in "经12" and _DECISION.fullmatch(key) is not None


def decision_day(blocks: tuple[Block, ...]) -> str | None:
    """The list's day from its first paragraph when that is its decision's sentence (the day its
    meeting decided), for a list that prints no date of its own."""
    first = next((b for b in blocks if b.kind == "paragraph"), None)
    key = fold(first.text) if first is not None else ""
    if not decides_the_list(key):
        return None
    try:
        parsed = ChineseDate.parse(key[key.index("2") if key[:1] == "经" else 0:key.index("日") + 1])
    except ValueError:
        return None
    return str(parsed) if parsed else None


__all__ = ["decides_the_list", "decision_day"]
