"""A grid of small tables one under another, each opening with its caption in a row of its own
over its header, as the 主动公开政府信息情况 table of a 政府信息公开工作年度报告 prints them (tab rows,
pipes)::

    第二十条第（一）项⇥⇥⇥
    信息内容⇥本年制发件数⇥本年废止件数⇥现行有效件数
    规章⇥0⇥0⇥0
    第二十条第（五）项⇥⇥⇥
    信息内容⇥本年处理决定数量⇥⇥
    行政许可⇥1286⇥⇥

Each caption's row over a header that opens with the first table's first title (信息内容) opens
another table (``runs.table_run_end`` ends the one above it); the caption is the new table's,
printed in its grid (``tablecontext.caption_row``)."""

from __future__ import annotations

import re

from .model import Line
from .normalize import fold
from .tablerows import HEADER_CELL_MAX, looks_like_header

_RULE = re.compile(r"[\s|｜:：\-—]+")  # (a Markdown table's rule under its first row: | --- | --- |)


def _cells(text: str) -> list[str]:
    body = text.strip(" \u3000")  # (not its tabs: a caption's row ends with the empty cells it spans)
    if body[:1] in "|｜":
        return [part.strip() for part in re.split("[|｜]", body.strip("|｜"))]
    parts = body.split("\t")
    return [part.strip() for part in parts]


def first_title(lines: list[Line], kinds: list[str], i: int) -> str | None:
    """The first title of the table whose first row is ``i``, folded: its first cell, or the next
    row's where row ``i`` prints its caption alone (past a Markdown rule)."""
    cells = _cells(lines[i].text)
    if len(cells) > 1 and cells[0] and not any(cells[1:]):
        k = i + 1
        if k < len(lines) and kinds[k] == kinds[i] and _RULE.fullmatch(lines[k].text):
            k += 1
        if k >= len(lines) or kinds[k] != kinds[i]:
            return None
        cells = _cells(lines[k].text)
    return fold(cells[0]) if cells and cells[0] else None


def caption_row_over_a_header(lines: list[Line], kinds: list[str], k: int, top: str) -> bool:
    """Row ``k`` prints a caption alone in its first cell (words, no figure) over a row of titles
    (short, no figure, no sentence) that opens with ``top``, the first title of the table above:
    another table's caption."""
    if k + 1 >= len(lines) or kinds[k + 1] != kinds[k] or not lines[k + 1].key.lstrip("|｜").startswith(top):
        return False  # (asked of every row: most rows are followed by no such header)
    cells = _cells(lines[k].text)
    if len(cells) < 2 or not cells[0] or any(cells[1:]) or cells[0][:1].isdigit():
        return False  # (row k a caption alone in its first cell asked before the header under it is split)
    under = _cells(lines[k + 1].text)
    return fold(under[0]) == top and sum(1 for c in under if c) >= 2 and not any(ch.isdigit() for ch in "".join(under)) \
        and all(len(c) <= HEADER_CELL_MAX for c in under) and looks_like_header([c or None for c in under])


__all__ = ["caption_row_over_a_header", "first_title"]
