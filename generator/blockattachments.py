"""A document's attachments as blocks (``blocks.build_blocks``): the list of them under 附件：
after the body, and the mark that heads each (附件1) with its title, on the mark's line or under
it."""

from __future__ import annotations

import re

from .attachmentlines import is_titled_attachment_heading, page_number_among_items
from .attachmenttitles import attachment_title_ends, label_and_title_begun, title_wrapped
from .grids import HEADER_STARTS
from .headerspan import past_furniture
from .headerlines import is_section_line
from .headertext import display
from .furniture import is_page_mark
from .linekinds import GAP_TITLED, INLINE_TITLED
from .model import Block, Line
from .normalize import join_wrapped, squeeze, unspaced
from .patterns import TERMINAL
from .runs import page_mark_at, page_number_at_a_break
from .tablerows import UNIT_LINE

# Words set apart as cells: a run of spaces between two of them.
_CELLS_APART = re.compile(r"\S(?: {2,}|\u3000{2,})\S")
MAX_LISTED = 12  # lines of an attachments' list under its 附件：, at most (the page's furniture not counted)


def attachment_list_block(lines: list[Line], kinds: list[str], i: int, blocks: list[Block]) -> int:
    """The list of attachments that opens at ``lines[i]`` (附件：1.… / 2.…) appended to ``blocks``;
    the index after it."""
    n = len(lines)
    j = i
    marks = 0  # (the page's furniture and the items' wrapped ends: not counted among its lines)
    while j + 1 < n and kinds[j + 1] in ("numbered", "text", "bullet") and j - i - marks < MAX_LISTED \
            and len(lines[j + 1].key) <= 60 and not _closes(lines[j]) \
            and not (kinds[j + 1] == "text" and "，" in lines[j + 1].text and _closes(lines[j + 1])):
        # (a sentence under 附件：title, ，…。, is the body's: 票价调整自…执行，原票价同时废止。)
        j += 1
        marks += page_mark_at(lines, j) or (kinds[j] == "text" and kinds[j - 1] != "text")
    # (a page break inside the list leaves its page number and running head out, a bare page
    # number too where the page breaks: 1.…工作方案 / \f105 / 2.…)
    # (nor a section's name the next page prints at its top, its running head: 3.…计划表 / ·1· / 县政府文件)
    text = unspaced("\n".join(display(lines[x]) for x in range(i, j + 1) if not is_page_mark(lines[x]) and not (
        x > i and (page_number_at_a_break(lines, x) or page_number_among_items(lines[x].key, lines[x + 1].key if x < j else None)
                   or _section_head_at_a_break(lines, x)))))
    blocks.append(Block("attachment_list", text, lines[i].no, lines[j].no))
    return j + 1


def _section_head_at_a_break(lines: list[Line], x: int) -> bool:
    """``lines[x]`` names a section of the issue (县政府文件, 【县政府办文件】) right under a page's
    mark: the running head of the page the list goes on on."""
    return page_mark_at(lines, x - 1) and len(lines[x].key) <= 20 and is_section_line(lines[x])


def attachment_block(lines: list[Line], kinds: list[str], i: int, width: int | None, blocks: list[Block]) -> int:
    """The attachment whose mark is ``lines[i]`` (附件：title on one line, 附件3　　title a gap
    apart, or the mark over its title's lines) appended to ``blocks``; the index after its
    title."""
    n = len(lines)
    line = lines[i]
    if INLINE_TITLED.match(line.key):
        # 附件：城区公交线路票价调整表 after the date: the attachment under its title
        j = title_wrapped(lines, kinds, i, width) or i  # (its tail, the page's furniture perhaps between)
        parts = [display(line)] + ([display(lines[j])] if j > i else [])
        title = re.split(r"[:：]", squeeze(join_wrapped(parts)), maxsplit=1)[-1].strip()
        blocks.append(Block("attachment", title, line.no, lines[j].no, marker="附件"))
        return j + 1
    if gap := GAP_TITLED.match(display(line)):
        # 附件3　　联络员名单 after the date: the mark, then the title, on one line
        blocks.append(Block("attachment", squeeze(gap.group("title")), line.no, line.no, marker=squeeze(gap.group("mark"))))
        return i + 1
    marker = squeeze(display(line))
    title_lines: list[Line] = []
    titled = is_titled_attachment_heading(line.key)  # (附件1：桐溪县…方案: its title begun on its line)
    j = past_furniture(lines, i + 1) - 1  # (附件 last on its page: its title on the next, the page's furniture between)
    while (j + 1 < n and kinds[j + 1] in ("text", "org") and len(title_lines) < 3
           and not page_mark_at(lines, j + 1)  # (the page's furniture under the title: none of it)
           and len(lines[j + 1].key) <= 50 and not lines[j + 1].key.endswith(TERMINAL)
           and lines[j + 1].key not in HEADER_STARTS and not UNIT_LINE.match(lines[j + 1].key)
           and not (title_lines and attachment_title_ends(title_lines[-1], lines[j + 1]))
           and not (titled and j == i and attachment_title_ends(line, lines[j + 1]))  # (附件2：…名单 / 组　长：…)
           and not _CELLS_APART.search(lines[j + 1].text)):  # (a table's header: 序  文件名称  文号)
        j += 1
        title_lines.append(lines[j])
    marker, words = label_and_title_begun(line, display(line), [display(x) for x in title_lines], marker)
    blocks.append(Block("attachment", squeeze(join_wrapped(words)), line.no, lines[j].no, marker=marker))
    return j + 1


def _closes(line: Line) -> bool:
    return line.key.endswith("。")


__all__ = ["attachment_block", "attachment_list_block"]
