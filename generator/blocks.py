"""A document's lines → body blocks.

Each line is first given a *kind* (linekinds.py: an ordered registry of small rules, then what the
lines around decide); lines are then grouped into blocks: paragraphs cut by a page break or a hard
wrap are rejoined (rejoin.py), signature lines are grouped with the date after them, a 抄送 runs
until the 印发 line, a table is a run of tab-separated rows. Every line of the document lands in
exactly one block; the one text left out of a block is a page number or running head printed
inside a sentence cut by the page break (the paragraph spans it; the document's page text keeps it).
Each block is read by the rule of its first line's kind: the title and the opening 主送
(``blockheads``), tables (``blocktables``), the signature, 抄送, 印发 and 版记 (``blockclosing``),
attachments (``blockattachments``), headings, list items and paragraphs (``blockparagraphs``).

Block kinds: header lines (section, banner, registration_number, doc_number, signer, title,
order_number, metadata of a portal page, subtitle, byline), recipients, heading, article, list_item, paragraph,
table, rule, attachment_list, attachment, signature, date, note, cc, imprint, furniture (a page
number or running head between blocks: kept in the model, not rendered).
"""

from __future__ import annotations

from .blockattachments import attachment_block, attachment_list_block
from .blockclosing import (cc_block, imprint_block, printer_block, run_block, signature_block, signed_blocks,
                           subject_words_block)
from .blockheads import opening_recipients, title_block
from .blockparagraphs import text_block
from .blocktables import box_block, flat_table_block, headed_table_block, tab_table_block
from .closing import copies_at_end
from .closingrunon import split_closing_run_on
from .furniture import is_page_mark
from .grids import HEADER_STARTS
from .headedcells import is_column_name
from .headertext import display, header_parts
from .linekinds import FLOW_ARROWS, LINE_RULES, line_kind, line_kinds
from .markrunon import attachment_under_its_sentence, marks_apart
from .stackedletters import run_text, script_run_end, stack_end
from .model import Block, Line
from .normalize import squeeze
from .numbered import chapters_listed
from .runs import another_issue, listed_issue, page_number_at_a_break
from .signaturelines import organ_over_its_head
from .attachmenttitles import titles_apart
from .wraps import wrap_width

_HEADER_KINDS = frozenset(("registration_number", "doc_number", "signer", "order_number", "metadata",
                           "subtitle", "byline", "banner", "section"))
_STACKED_KINDS = frozenset(("subtitle", "banner", "text"))


def build_blocks(lines: list[Line], header: dict[int, str],
                 issue: tuple[int | None, int | None] = (None, None)) -> tuple[Block, ...]:
    """``lines``: the document's non-blank lines in order; ``header``: line place (``Line.place``) → block kind
    for the lines already known to be header (registration_number, doc_number, title);
    ``issue``: the gazette's year and number (a bare issue line naming another is text)."""
    blocks: list[Block] = []
    lines = titles_apart(marks_apart(list(lines)))  # (a line that opens with the 主送 is read on without it; 。附件 at a line's end: markrunon)
    kinds, closing = line_kinds(lines, header)
    width = wrap_width(lines)
    i = 0
    n = len(lines)
    body_started = False
    # 2024年第2期 alone in issue 4: a body's words, not a running head left bare by a page break
    others = frozenset(k for k, x in enumerate(lines)  # ("年第": another_issue's own first check, here before the call)
                       if "年第" in x.key and x.place not in header and another_issue(x.key, issue))
    listed = chapters_listed(lines, kinds)  # (a regulation's own contents: its chapters, a list)
    # Each block is read by the rule of its first line's kind (blockheads, blocktables,
    # blockclosing, blockattachments, blockparagraphs), which gives the index after it.
    while i < n:
        line, kind = lines[i], kinds[i]
        if kind in _STACKED_KINDS and (kind != "text" or "\u1800" <= line.key[:1] <= "\u18af") \
                and (j := (stack_end(lines, i) if kind == "text" else script_run_end(lines, i))) > i \
                and len(set(kinds[i:j + 1])) == 1:
            # (Mongolian extracted a letter a line: one line of the script, text in the body; in the header a
            # translation's letters or words a line)
            blocks.append(Block("paragraph" if kind == "text" else kind, run_text(lines[i:j + 1]), line.no, lines[j].no))
            i = j + 1
            continue
        if kind in _HEADER_KINDS:
            blocks += [Block(part, text, line.no, line.no) for part, text in header_parts(line, kind)]
            i += 1
            continue
        if kind == "title":
            i = title_block(lines, kinds, i, blocks)
            continue
        if kind in ("text", "furniture") and body_started and "年第" in line.key and listed_issue(lines, i):  # (its first check)
            # 2022年第1期 / 2022年第2期 / …, each under the other (after the gazette's name too, as
            # a running head prints it): a list of issues, no running head
            blocks.append(Block("paragraph", squeeze(display(line)), line.no, line.no))
            i += 1
            continue
        if kind == "furniture" or (kind == "text" and i not in others  # (a flowchart's arrow the kinds keep: text)
                                   and ((is_page_mark(line) and line.key not in FLOW_ARROWS) or page_number_at_a_break(lines, i))):
            # a page number or running head standing between blocks: kept, never rendered
            blocks.append(Block("furniture", squeeze(display(line)), line.no, line.no))
            i += 1
            continue
        if not body_started and kind != "date":  # (a 公告's day over its number: the 主送 may follow)
            body_started = True
            if (j := opening_recipients(lines, kinds, i, blocks)) is not None:
                i = j
                continue
            line = lines[i]  # (the 主送 run into the body's first words: those words)
        if kind == "table_row":
            i = tab_table_block(lines, kinds, i, blocks)
            continue
        if kind == "box_row":
            i = box_block(lines, kinds, i, blocks)
            continue
        if line.key in HEADER_STARTS and kind == "text" and (j := flat_table_block(lines, i, blocks)) is not None:
            i = j
            continue
        if kind == "text" and is_column_name(line.key) and (j := headed_table_block(lines, i, blocks)) is not None:
            i = j  # (项目名称 / 建设单位 / … over rows one cell a line, no 序号: headedcells)
            continue
        if kind == "cc":
            i = cc_block(lines, kinds, i, blocks)
            continue
        if kind == "org" and (j := printer_block(lines, kinds, i, blocks)) is not None:
            i = j  # the office over the day it printed
            continue
        if kind in ("org", "person"):
            if (j := signature_block(lines, kinds, i, closing, blocks)) is not None:
                i = j
                continue
            kind = "text"
        if kind in ("signed", "person_signed"):
            blocks += signed_blocks(line, kind)
            i += 1
            continue
        if kind == "text" and blocks and blocks[-1].kind == "cc" and copies_at_end(line.key) == 0:
            kind = "imprint"  # 印数：50份 between the 抄送 and the 印发 line
        if kind == "imprint":
            i = imprint_block(lines, i, blocks)
            continue
        if kind == "subject_words":  # 主题词：安全生产　春节　通知, of the 版记: a field, not the body's text
            i = subject_words_block(lines, kinds, i, blocks)
            continue
        if kind in ("note", "date", "recipients"):
            i = run_block(lines, kinds, i, blocks)
            continue
        if kind == "attachment_list":
            i = attachment_list_block(lines, kinds, i, blocks)
            continue
        if kind == "attachment":
            i = attachment_block(lines, kinds, i, width, blocks)
            continue
        # Paragraph-like: numbered, bullet or plain text, rejoined across page breaks.
        i = text_block(lines, kinds, i, kind, width, listed, others, blocks)
    # (…执行。南浦县人民政府2024年3月5日: closingrunon; …废止。附件 over a title: markrunon)
    return tuple(organ_over_its_head(split_closing_run_on(attachment_under_its_sentence(blocks))))


__all__ = ["LINE_RULES", "build_blocks", "line_kind"]
