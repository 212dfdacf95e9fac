"""The title of an attachment printed after a document: where its lines end (a blank line, a
文号, a list's or a table's heading ending in 名单, 清单, 表), and an 附件：… line whose title the
wrap carried onto the next line."""

from __future__ import annotations

import re
from dataclasses import replace

from .attachmentlines import is_titled_attachment_heading
from .headerspan import past_furniture
from .model import Line
from .patterns import TERMINAL, is_header_number_line
from .normalize import squeeze
from .wraps import cut_at_the_width


def attachment_title_ends(last: Line, nxt: Line) -> bool:
    """An attachment's title wraps onto the very next line only; after a blank line, or
    before a 文号, what follows is its content (the first entry of a list, say); so it does after
    a title that ends as a list's or a table's does (…名单, …清单, …表: the list's heading, 项目名称,
    follows) unless the next line goes on with its words (（第一批）, 的…, 及…)."""
    return nxt.place > last.place + 1 or is_header_number_line(nxt.key) or (
        last.key.endswith(_LIST_TITLE_ENDS) and not nxt.key.startswith(_TITLE_GOES_ON))


_LIST_TITLE_ENDS = ("名单", "清单", "目录", "名录", "表")


_TITLE_GOES_ON = ("(", "的", "及", "和", "与", "暨")


def title_wrapped(lines: list[Line], kinds: list[str], i: int, width: int | None) -> int | None:
    """Where the title of ``附件：…`` (``lines[i]``) ends when it goes on on the next line: the
    line fills the width the text is wrapped at and the next is a short tail of text, no sentence
    of its own (附件：祁阳市2025年度城乡居民基本医疗保险参保缴费工作目标任务分 / 解表) — the next
    past the page's furniture where the page breaks after it; None when the title is whole."""
    k = past_furniture(lines, i + 1)
    if k >= len(lines) or kinds[k] != "text" or lines[k].key.endswith(TERMINAL):
        return None
    # (the tail on the next page: read as if the page had not broken there)
    tail = lines[k] if k == i + 1 else replace(lines[k], at=lines[i].place + 1)
    return k if cut_at_the_width(lines[i], tail, width) else None


# An attachment's label and the title after its colon (附件1：桐溪县…).
_LABELLED = re.compile(r"^\s*(附[件表][^:：]{0,6}?)\s*[:：]\s*(\S.*)$")


def label_and_title_begun(line: Line, shown: str, under: list[str], marker: str) -> tuple[str, list[str]]:
    """The mark and the title's words of an attachment's heading ``line`` (``shown`` as displayed)
    over the title's lines ``under``: the title begun after the label and wrapped onto the lines
    under it is one title, the label alone the mark (附件1：桐溪县2024年城乡居民医疗保险 /
    参保缴费工作方案), with no line under it too (附件1：桐溪县2024年城乡环境整治工作方案 over its text);
    otherwise the heading whole is the mark (附件1) and the lines under it the title."""
    labelled = _LABELLED.match(shown) if is_titled_attachment_heading(line.key) else None
    if labelled is None:
        return marker, under
    return squeeze(labelled.group(1)), [labelled.group(2), *under]


__all__ = ["attachment_title_ends", "label_and_title_begun", "title_wrapped"]
