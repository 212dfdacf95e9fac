"""A document's lines → body blocks.

Each line is first given a *kind* (linekinds.py: an ordered registry of small rules, then what the
lines around decide); lines are then grouped into blocks: paragraphs cut by a page break or a hard
wrap are rejoined (rejoin.py), signature lines are grouped with the date after them, a 抄送 runs
until the 印发 line, a table is a run of tab-separated rows. Every line of the document lands in
exactly one block; the one text left out of a block is a page number or running head printed
inside a sentence cut by the page break (the paragraph spans it; the document's page text keeps it).

Block kinds: header lines (section, banner, registration_number, doc_number, signer, title,
order_number, metadata of a portal page, subtitle, byline), recipients, heading, article, list_item, paragraph,
table, rule, attachment_list, attachment, signature, date, note, cc, imprint, furniture (a page
number or running head between blocks: kept in the model, not rendered).
"""

from __future__ import annotations

import re

from .grids import HEADER_STARTS, between_box_pieces, box_goes_on, box_rows, flat_table, tab_cells
from .headerspan import past_furniture
from .imprintlines import imprint
from .issuers import issuers_apart, issuers_over_lines
from .model import Block, Line
from .rejoin import carried_on
from .gridsections import caption_row_over_a_header, first_title
from .runs import MAX_BETWEEN_ROWS, another_issue, listed_issue, page_mark_at, page_number_at_a_break, table_run_end
from .furniture import is_page_mark, is_web_chrome
from .headerlines import interpretation_credit
from .normalize import fold, join_wrapped, spaced_line_digits_joined, squeeze, squeeze_title, unspaced
from .notelines import contact_fields, contact_note_text, is_contact_person
from .numbering import numbering
from .patterns import (
    TERMINAL,
    is_recipients,
    labelled_recipients,
)
from .personlines import person_shown, person_signed
from .signaturelines import organ_over_its_head, signature_text
from .sealwords import is_seal, seal_between_signers
from .wraps import caption_qualifier, cut_at_the_width, is_caption, sentence_cut_at_a_word, titles_printed, wrap_width
from .attachmentlines import is_titled_attachment_heading, page_number_among_items
from .attachmenttitles import attachment_title_ends, label_and_title_begun, title_wrapped, titles_apart
from .addressees import (addressed, person_addressed, recipients_then_text, recipients_without_colon, wrapped_recipients_end,
                         wrapped_recipients_then_text)
from .closingrunon import split_closing_run_on
from .markrunon import attachment_under_its_sentence, marks_apart
from .closing import (CC_LABELS, cc_joined, copies_at_end, copies_under, imprint_after, imprint_blocks, name_cut, printer_line,
                      head_signs_undated, kind_run_end, subject_words_end, under_the_date)
from .tablerows import UNIT_LINE
from .linekinds import FLOW_ARROWS, GAP_TITLED, INLINE_TITLED, LINE_RULES, line_kind, line_kinds
from .titleline import title_text, trailing_order_number
from .headertext import display, header_parts
from .numbered import (chapters_listed, clause_heading_among_headings, decimal_top, heading_rest_over_a_page, is_heading, item_among_items,
                       names_a_document, number_under_the_title, with_words, words_under_the_number)


# Words set apart as cells: a run of spaces between two of them.
_CELLS_APART = re.compile(r"\S(?: {2,}|\u3000{2,})\S")


_HEADER_KINDS = frozenset(("registration_number", "doc_number", "signer", "order_number", "metadata",
                           "subtitle", "byline", "banner", "section"))


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
    while i < n:
        line, kind = lines[i], kinds[i]
        if kind in _HEADER_KINDS:
            blocks += [Block(part, text, line.no, line.no) for part, text in header_parts(line, kind)]
            i += 1
            continue
        if kind == "title":
            j = i
            while j + 1 < n and (kinds[j + 1] == "title"
                                 or (kinds[j + 1] == "furniture" and j + 2 < n and kinds[j + 2] in
                                     ("title", "furniture"))):
                j += 1  # (a page break inside the title leaves its page mark out of the text)
            # (a page's buttons after a line; a line set apart character by character, its digits one number)
            parts = [spaced_line_digits_joined(title_text(display(lines[k]))) for k in range(i, j + 1) if kinds[k] == "title"]
            joined = join_wrapped(parts)  # (joint issuers printed apart, or a line each: one space)
            text = issuers_apart(joined) or (issuers_over_lines(parts) if j > i else None) or squeeze_title(joined)
            order = trailing_order_number(text)
            blocks.append(Block("title", order[0] if order else text, line.no, lines[j].no))
            if order:  # 洛川县人民政府令（第3号）: the 令's number printed on its title's line
                blocks.append(Block("order_number", squeeze(order[1]), lines[j].no, lines[j].no))
            i = j + 1
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
        if not body_started:
            body_started = True
            if (kind == "text" and (is_recipients(line.key) or labelled_recipients(line.key)
                                    or person_addressed(lines, i))) \
                    or (kind in ("text", "org") and recipients_without_colon(line.key)
                        and wrapped_recipients_end(lines, kinds, i) is None  # (not a wrapped 主送's first line)
                        and addressed(blocks)):
                blocks.append(Block("recipients", squeeze(display(line)), line.no, line.no))
                i += 1
                continue
            split = recipients_then_text(line) if kind == "text" else None
            if split is not None:
                # 各镇人民政府、街道办事处，县府直属各单位：“五一”劳动节将至，… on one line: the
                # 主送, then the first paragraph, which opens with the rest of the line
                blocks.append(Block("recipients", squeeze(split[0]), line.no, line.no))
                line = lines[i] = Line(line.no, split[1], fold(split[1]), line.page_break, at=line.at)
            j = wrapped_recipients_end(lines, kinds, i) if kind == "text" and split is None else None
            if j is None and kind == "text" and split is None \
                    and (wrapped := wrapped_recipients_then_text(lines, kinds, i)) is not None:
                j, head, rest = wrapped  # (各乡镇人民政府，县直 / 各单位：为深入推进…: the body after the colon)
                text = squeeze(join_wrapped([display(lines[x]) for x in range(i, j)] + [head]))
                blocks.append(Block("recipients", text, line.no, lines[j].no))
                lines[j] = Line(lines[j].no, rest, fold(rest), False, at=lines[j].at)
                i = j
                continue
            if j is not None:
                # 主送 wrapped onto more lines: 各乡镇人民政府，县直各单位， / 中央、省驻县各单位：
                text = squeeze(join_wrapped([display(lines[x]) for x in range(i, j + 1) if not page_mark_at(lines, x)]))
                blocks.append(Block("recipients", text, line.no, lines[j].no))
                i = j + 1
                continue
        if kind == "table_row":
            j = table_run_end(lines, kinds, i, frozenset(titles_printed(blocks)))
            run = lines[i:j + 1]
            # (page furniture inside the run, a running head set off by a tab among it, is one
            # cell: the table drops it as such)
            rows = tuple((" ".join(x.text.split()),) if kinds[i + m] == "furniture" else tab_cells(x.text)
                         for m, x in enumerate(run))
            blocks.append(Block("table", "", line.no, lines[j].no, rows=rows,
                                row_lines=tuple(x.no for x in run),
                                breaks=tuple(x.no for x in run if x.page_break),
                                furniture=tuple(x.no for m, x in enumerate(run)
                                                if x.running_head or kinds[i + m] == "furniture")))
            i = j + 1
            continue
        if kind == "box_row":
            j = i
            top = first_title(lines, kinds, i)  # (a caption's row over a header opening so: another table, gridsections)
            while True:
                while j + 1 < n and kinds[j + 1] == "box_row" \
                        and not (top and j > i + 1 and caption_row_over_a_header(lines, kinds, j + 1, top)):
                    j += 1
                k = j + 1
                while k < n and k - j <= MAX_BETWEEN_ROWS + 1 and between_box_pieces(lines, kinds, k):
                    k += 1  # the box closed at a page's end and opened again on the next: one table
                    # (its number, the running head, 续表 and the unit: one line more than between rows)
                if k > j + 1 and k < n and kinds[k] == "box_row" and box_goes_on(lines, kinds, i, j, k):
                    j = k
                    continue
                break
            rows, nos = box_rows([lines[x] for x in range(i, j + 1) if kinds[x] == "box_row"])
            if rows:
                blocks.append(Block("table", "", line.no, lines[j].no, rows=tuple(rows),
                                    row_lines=tuple(nos), marker="box"))
            else:  # rules without cells: a horizontal rule (Markdown ---, a line of ═)
                blocks.append(Block("rule", "", line.no, lines[j].no))
            i = j + 1
            continue
        if line.key in HEADER_STARTS and kind == "text":
            flat = flat_table(lines, i)
            if flat is not None:
                marker = "flat-uncertain" if flat.uncertain else "flat"
                blocks.append(Block("table", "", line.no, lines[flat.end].no, rows=tuple(flat.rows),
                                    row_lines=tuple(flat.row_lines), marker=marker))
                i = flat.end + 1
                continue
        if kind == "cc":
            taken = [i]  # the list's lines; a page break inside it leaves its page mark out
            while True:
                k = taken[-1] + 1
                while k < n and (kinds[k] == "furniture" or (kinds[k] == "text" and is_page_mark(lines[k]))):
                    k += 1
                if k >= n or kinds[k] not in ("text", "org") or printer_line(lines, kinds, k):
                    break
                if copies_at_end(lines[k].key) == 0 or imprint(lines[k].key):
                    break  # 印数：50份, 编印：…印发 under the list: no organ of it
                above = display(lines[taken[-1]]).rstrip()
                goes_on = above.endswith(("，", ",", "、")) or lines[taken[-1]].key.rstrip(":") in CC_LABELS
                if kinds[k] == "org" and not goes_on:
                    break
                if k > taken[-1] + 1 and not (goes_on or name_cut(lines[taken[-1]].key, lines[k].key)) \
                        or any(is_web_chrome(lines[x].key) for x in range(taken[-1] + 1, k)):
                    break  # over a page break the list goes on after ，、 or inside a name cut (…县人民法 / 院)
                taken.append(k)
            text = cc_joined([_unspaced(display(lines[k])) for k in taken])
            printed = imprint_after(text)
            last = lines[taken[-1]].no
            blocks.append(Block("cc", text[:len(text) - len(printed)].rstrip() if printed else text, line.no, last))
            i = taken[-1] + 1
            if printed:  # 抄送：…。  宁海县人民政府办公室  2024年6月3日印发: the 印发 on the list's last line
                blocks += imprint_blocks(printed, last, last)
                i = copies_under(lines, i, blocks)  # (the copies, the proofreader under it)
            continue
        if kind == "org" and printer_line(lines, kinds, i):  # the office over the day it printed
            blocks += imprint_blocks(join_wrapped([display(line), display(lines[i + 1])]), line.no, lines[i + 1].no,
                                     tidy=str.strip)
            i = copies_under(lines, i + 2, blocks)
            continue
        if kind in ("org", "person"):
            j = i
            while j + 1 < n and (kinds[j + 1] in ("org", "person") or seal_between_signers(lines, kinds, j + 1)):
                j += 1  # (organs signing jointly, each under its seal's mark: 青溪县民政局 / （盖章） / 青溪县财政局)
            k = j + 1
            while k < n and ((k - j <= MAX_BETWEEN_ROWS and (page_mark_at(lines, k) or is_seal(lines[k].key)))
                             or kinds[k] == "furniture"):
                k += 1  # a page break between the signature and its date, or the seal's mark (its pieces: sealmarks)
            if (k < n and kinds[k] in ("date", "person_signed")) or (kind == "org" and under_the_date(lines, kinds, i, j, closing)) \
                    or (kind == "person" and head_signs_undated(blocks, i, j)) \
                    or (kind == "org" and k >= n and j - i <= 2 and (last := _last_text(blocks)) is not None
                        and last.kind in ("paragraph", "list_item") and last.text.endswith(("。", "！"))):
                # (or the organs that end the document under its last sentence, its date lost)
                text = signature_text([person_shown(display(x)) or _unspaced(" ".join(display(x).split()))
                                       for x, kind_x in zip(lines[i:j + 1], kinds[i:j + 1]) if kind_x != "furniture"])
                blocks.append(Block("signature", text, line.no, lines[j].no))
                i = j + 1
                continue
            kind = "text"
        if kind == "signed":
            blocks.append(Block("signature", _unspaced(" ".join(display(line).split())), line.no, line.no))
            i += 1
            continue
        if kind == "person_signed":  # the head who signs and the day: a signature and a date
            person, day = person_signed(display(line))
            blocks += [Block("signature", person_shown(person) or " ".join(person.split()), line.no, line.no),
                       Block("date", day, line.no, line.no)]
            i += 1
            continue
        if kind == "text" and blocks and blocks[-1].kind == "cc" and copies_at_end(line.key) == 0:
            kind = "imprint"  # 印数：50份 between the 抄送 and the 印发 line
        if kind == "imprint":
            blocks += imprint_blocks(display(line), line.no, line.no)
            i = copies_under(lines, i + 1, blocks)
            continue
        if kind == "subject_words":  # 主题词：安全生产　春节　通知, of the 版记: a field, not the body's text
            j = subject_words_end(lines, kinds, i)  # (its words wrapped onto the next line)
            blocks.append(Block("metadata", " ".join(" ".join(display(lines[x]).split()) for x in range(i, j + 1)), line.no, lines[j].no))
            i = j + 1
            continue
        if kind in ("note", "date", "recipients"):
            # (an interpretation's credit keeps the gap between its fields: …教育局　解读人：…)
            j = kind_run_end(kinds, i)  # (the 主送 in the 版记 wrapped onto lines of its kind)
            if kind == "note" and j + 1 < n and kinds[j + 1] == "note" and is_contact_person(line.key):
                j += 1  # (a contact over two lines, 联系人：王磊 / 联系电话：…: one note, its fields a space apart)
            text = " ".join(display(line).split()) if kind == "note" and interpretation_credit(line.key) \
                else (kind == "note" and (contact_fields(display(line)) or (j == i and contact_note_text(display(line)))
                                          or (j > i and is_contact_person(line.key) and " ".join(
                                              squeeze(display(lines[x])) for x in range(i, j + 1))))) \
                or (squeeze_title if kind == "date" else squeeze)(
                    join_wrapped([display(lines[x]) for x in range(i, j + 1) if kinds[x] != "furniture"]))
            blocks.append(Block(kind, text, line.no, lines[j].no))  # (a date set apart: 2 0 2 4 年 → 2024年)
            i = j + 1
            continue
        if kind == "attachment_list":
            j = i
            marks = 0  # (the page's furniture and the items' wrapped ends: not counted among its 12 lines)
            while j + 1 < n and kinds[j + 1] in ("numbered", "text", "bullet") and j - i - marks < 12 \
                    and len(lines[j + 1].key) <= 60 and not _closes(lines[j]) \
                    and not (kinds[j + 1] == "text" and "，" in lines[j + 1].text and _closes(lines[j + 1])):
                # (a sentence under 附件：title, ，…。, is the body's: 票价调整自…执行，原票价同时废止。)
                j += 1
                marks += page_mark_at(lines, j) or (kinds[j] == "text" and kinds[j - 1] != "text")
            # (a page break inside the list leaves its page number and running head out, a bare
            # page number too where the page breaks: 1.…工作方案 / \f105 / 2.…)
            text = _unspaced("\n".join(display(lines[x]) for x in range(i, j + 1) if not is_page_mark(lines[x]) and not (
                x > i and (page_number_at_a_break(lines, x) or page_number_among_items(lines[x].key, lines[x + 1].key if x < j else None)))))
            blocks.append(Block("attachment_list", text, line.no, lines[j].no))
            i = j + 1
            continue
        if kind == "attachment" and INLINE_TITLED.match(line.key):
            # 附件：城区公交线路票价调整表 after the date: the attachment under its title
            j = title_wrapped(lines, kinds, i, width) or i  # (its tail, the page's furniture perhaps between)
            parts = [display(line)] + ([display(lines[j])] if j > i else [])
            title = re.split(r"[:：]", squeeze(join_wrapped(parts)), maxsplit=1)[-1].strip()
            blocks.append(Block("attachment", title, line.no, lines[j].no, marker="附件"))
            i = j + 1
            continue
        if kind == "attachment" and (gap := GAP_TITLED.match(display(line))):
            # 附件3　　联络员名单 after the date: the mark, then the title, on one line
            blocks.append(Block("attachment", squeeze(gap.group("title")), line.no, line.no,
                                marker=squeeze(gap.group("mark"))))
            i += 1
            continue
        if kind == "attachment":
            marker = squeeze(display(line))
            j = i
            title_lines: list[Line] = []
            titled = is_titled_attachment_heading(line.key)  # (附件1：桐溪县…方案: its title begun on its line)
            j = past_furniture(lines, j + 1) - 1  # (附件 last on its page: its title on the next, the page's furniture between)
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
            text = squeeze(join_wrapped(words))
            blocks.append(Block("attachment", text, line.no, lines[j].no, marker=marker))
            i = j + 1
            continue
        # Paragraph-like: numbered, bullet or plain text, rejoined across page breaks.
        marker = None
        level = None
        block_kind = "paragraph"
        found = numbering(line.key) if kind == "numbered" else None  # (asked once of the line)
        words = words_under_the_number(lines, kinds, i, found) if kind == "numbered" else None
        if words is not None:
            # 第一章 / 总　　则, 一、 / 工作目标: a centred or bold heading whose number the
            # extraction put on a line of its own; read as one line
            line = with_words(line, lines[words], found)
            # (1. over 2024年…: on one line the figures read as a decimal, 1.2024; the number is the one found)
            found = numbering(line.key) or found
        rest = heading_rest_over_a_page(lines, kinds, i, width) if kind == "numbered" and words is None else None
        if kind == "numbered":
            num_kind, level, marker = found
            if i in listed:
                block_kind = "list_item"
            elif num_kind == "chapter" or num_kind == "section" or rest is not None:
                block_kind = "heading"  # (a heading's rest under a page break: one heading)
            elif num_kind == "article":
                block_kind = "article"
            elif is_heading(line.key, marker, line.text, lines[i + 1] if i + 1 < n else None) \
                    and not cut_at_the_width(line, lines[i + 1] if i + 1 < n else None, width) \
                    and not item_among_items(lines, kinds, i, width) \
                    and not names_a_document(line.key[len(marker):], lines[i + 1] if i + 1 < n else None):
                block_kind = "heading"
            elif clause_heading_among_headings(lines, kinds, i, width):
                block_kind = "heading"  # 一、提高站位，深刻认识…, its siblings so printed
            else:
                block_kind = "list_item"
        elif kind == "bullet":
            block_kind, marker = "list_item", "-"
        elif is_caption(line.key) and not (i + 1 < n and kinds[i + 1] == "text"
                                           and sentence_cut_at_a_word(line, lines[i + 1], width)):
            block_kind, level = "heading", 0
        elif kind == "text" and (top := decimal_top(lines, kinds, i)) is not None:
            block_kind, level, marker = "heading", 1, top  # 1　总则 over 1.1　编制目的
        j = rest if rest is not None else (i if words is None else words)
        parts = [line] if rest is None else [line, lines[rest]]  # (the page's furniture between: spanned)
        if level == 0 and block_kind == "heading" and j + 1 < n and kinds[j + 1] == "text" \
                and caption_qualifier(lines[j + 1].key):
            parts, j = [*parts, lines[j + 1]], j + 1  # its years or status under it: …方案 / （2024—2026年）
        if block_kind == "list_item" and j + 1 < n and kinds[j + 1] == "text" \
                and number_under_the_title(line.key[len(marker):], lines[j + 1]):
            parts, j = [*parts, lines[j + 1]], j + 1  # 2.关于…的通知 / （桐建发〔2019〕30号）
        if block_kind != "heading" and i not in listed:  # (a contents line is whole)
            parts, j = carried_on(lines, kinds, j, parts, width, others, blocks)  # (across page breaks: rejoin)
        # (one line: its display text, which join_wrapped would give back as it is, stripped)
        text = join_wrapped([_unspaced(display(x)) for x in parts]) if len(parts) > 1 else _unspaced(display(line))
        if block_kind == "paragraph" and j > i and is_caption(fold(text)):
            # A caption that wrapped: 湘阴县 2025 年度城乡居民基本医疗保险参保 / 缴费工作方案
            block_kind, level = "heading", 0
        if block_kind == "heading":
            text = squeeze(text)
        blocks.append(Block(block_kind, text, line.no, lines[j].no, level=level, marker=marker))
        i = j + 1
    # (…执行。南浦县人民政府2024年3月5日: closingrunon; …废止。附件 over a title: markrunon)
    return tuple(organ_over_its_head(split_closing_run_on(attachment_under_its_sentence(blocks))))


def _unspaced(text: str) -> str:
    """``normalize.unspaced``, not asked of a text with fewer than three spaces (most lines), which
    it gives back as it is: a line is letter-spaced with three spaces at least (``letter_spaced``)."""
    return unspaced(text) if text.count(" ") >= 3 else text


def _last_text(blocks: list[Block]) -> Block | None:
    """The last block that is not the page's furniture (a page break over a signature)."""
    return next((b for b in reversed(blocks) if b.kind != "furniture"), None)


def _closes(line: Line) -> bool:
    return line.key.endswith("。")


__all__ = ["LINE_RULES", "build_blocks", "line_kind"]
