"""The title of an attachment printed after a document: where its lines end (a blank line, a
文号, a list's or a table's heading ending in 名单, 清单, 表), an 附件：… line whose title the
wrap carried onto the next line, and a list's or a 公示's title under its mark run into its first
paragraph on one line."""

from __future__ import annotations

import re
from dataclasses import replace

from .attachmentlines import attachment_heading, is_titled_attachment_heading
from .headerspan import past_furniture
from .model import Line
from .normalize import fold
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




# A list's or a notice's title (…名单, …公示, perhaps with its batch: …名单（第一批）) set apart by
# a gap from the text that follows it on its line.
_TITLE_THEN_TEXT = re.compile(r"^(?P<title>[^。，；：:;,!?！？\s]{6,50}?(?:名单|名录|清单|公示|公告|通告)"
                              r"(?:[（(][^）)\s]{1,8}[）)])?)(?:\u3000+| {2,}|\u3000? \u3000?)(?P<rest>\S.*)$")
_TITLE_RUN_ENDS = ("名单", "名录", "清单", "公示", "公告", "通告")


def title_run_on(line: Line) -> tuple[str, str] | None:
    """The title and the text of a line that prints an attachment's title and its first
    paragraph (``青溪县第一批…拟命名名单公示　　根据…，现予公示。``); None for any other line."""
    text = line.text.strip()
    if not any(end in text for end in _TITLE_RUN_ENDS):
        return None
    m = _TITLE_THEN_TEXT.match(text)
    if m is None or len(m.group("rest")) < 6 or m.group("rest")[:1] in "（(":
        return None  # (its batch or a short tail set apart: …名单　（第一批）, the title's own)
    return m.group("title"), m.group("rest")


def titles_apart(lines: list[Line]) -> list[Line]:
    """``lines`` with the line under an attachment's mark alone (附件, 附件2) that prints the
    attachment's title and its first paragraph read as two on its place: the title, then the
    text (``title_run_on``), as a web page copied without the break between them prints them."""
    apart = {}  # (only a line opening with 附 or under one is asked: few, or none)
    for k in sorted({x for k, line in enumerate(lines) if line.key[:1] == "附" for x in (k, k + 1) if x < len(lines)}):
        if (parts := _title_apart(lines, k)) is not None:
            apart[k] = parts
    if not apart:
        return lines  # (no attachment's title run into its text: most documents)
    out: list[Line] = []
    for k, line in enumerate(lines):
        out += apart.get(k, (line,))
    return out


def _title_apart(lines: list[Line], k: int) -> list[Line] | None:
    """``lines[k]`` read as its mark, title and text, or its title and text (``titles_apart``); None
    when it runs no title into its text."""
    line = lines[k]
    marked = _MARK_THEN_TITLE.match(line.text) if line.key[:1] == "附" else None
    under = marked is None and k > 0 and lines[k - 1].key[:1] == "附" and attachment_heading(lines[k - 1].key)[0] \
        and not is_titled_attachment_heading(lines[k - 1].key)
    split = title_run_on(replace(line, text=marked.group("rest"))) if marked else title_run_on(line) if under else None
    if split is None:
        return None
    parts = ([marked.group("mark")] if marked else []) + list(split)
    # (附件2　…名单　…。: the mark, the title and the text, each a line on the line's place)
    return [replace(line, text=text, key=fold(text), **({} if n == 0 else _GOES_ON)) for n, text in enumerate(parts)]


# An attachment's mark first on a line, a gap after it (附件2　青溪县…名单　青溪县红旗…。).
_MARK_THEN_TITLE = re.compile(r"^\s*(?P<mark>附件[0-9一二三四五六七八九十]{0,3})(?:\u3000+|\s{2,}|\u3000? \u3000?)(?P<rest>\S.*)$")
# What a line read as several keeps for its first part only (the page's break over it, a cut line joined).
_GOES_ON = {"page_break": False, "joined": 0, "running_head": False}


__all__ = ["attachment_title_ends", "label_and_title_begun", "title_run_on", "title_wrapped", "titles_apart"]
