"""A document's head as blocks (``blocks.build_blocks``): its title, over one line or several, and
the 主送 its body opens with, on a line of its own, wrapped over several, or run into the body's
first words on one line."""

from __future__ import annotations

from .addressees import (addressed, person_addressed, recipients_then_text, recipients_without_colon, wrapped_recipients_end,
                         wrapped_recipients_then_text)
from .headertext import display
from .issuers import issuers_apart, issuers_over_lines
from .model import Block, Line
from .normalize import fold, join_wrapped, spaced_line_digits_joined, squeeze, squeeze_title
from .patterns import is_recipients, labelled_recipients
from .runs import page_mark_at
from .scripts import OTHER_CHARS, translation_after
from .titleline import title_text, trailing_order_number


def title_block(lines: list[Line], kinds: list[str], i: int, blocks: list[Block]) -> int:
    """The title that opens at ``lines[i]`` (its lines of kind ``title``) appended to ``blocks``,
    with the 令's number printed on its line after it; the index after the title's last line."""
    n = len(lines)
    j = i
    while j + 1 < n and (kinds[j + 1] == "title"
                         or (kinds[j + 1] == "furniture"  # (a title under the page's furniture, not a header's line)
                             and next((x for x in kinds[j + 2:j + 6] if x != "furniture"), None) == "title")):
        j += 1  # (a page break inside the title leaves its page mark out of the text)
    # (a page's buttons after a line; a line set apart character by character, its digits one number)
    parts = [spaced_line_digits_joined(title_text(display(lines[k]))) for k in range(i, j + 1) if kinds[k] == "title"]
    joined = join_wrapped(parts)  # (joint issuers printed apart, or a line each: one space)
    text = issuers_apart(joined) or (issuers_over_lines(parts) if j > i else None) or squeeze_title(joined)
    order = trailing_order_number(text)
    blocks.append(Block("title", order[0] if order else text, lines[i].no, lines[j].no))
    if order:  # 洛川县人民政府令（第3号）: the 令's number printed on its title's line
        blocks.append(Block("order_number", squeeze(order[1]), lines[j].no, lines[j].no))
    for k in range(i, j + 1):  # (its translation in another script after it on its line: its subtitle)
        shown = display(lines[k])
        if kinds[k] == "title" and shown.rstrip()[-1:] in OTHER_CHARS and (at := translation_after(shown)) is not None:
            blocks.append(Block("subtitle", " ".join(shown[at:].split()), lines[k].no, lines[k].no))
    return j + 1


def opening_recipients(lines: list[Line], kinds: list[str], i: int, blocks: list[Block]) -> int | None:
    """The 主送 that opens the body at ``lines[i]`` appended to ``blocks``, and the index of the
    line after it; None when the body opens otherwise. A 主送 run into the body's first words
    leaves those words in ``lines[i]`` (or in the line its wrap ends on), read on as the body's."""
    line, kind = lines[i], kinds[i]
    if (kind == "text" and (is_recipients(line.key) or labelled_recipients(line.key) or person_addressed(lines, i))) \
            or (kind in ("text", "org") and recipients_without_colon(line.key)
                and wrapped_recipients_end(lines, kinds, i) is None  # (not a wrapped 主送's first line)
                and addressed(blocks)):
        blocks.append(Block("recipients", squeeze(display(line)), line.no, line.no))
        return i + 1
    split = recipients_then_text(line) if kind == "text" else None
    if split is not None:
        # 各镇人民政府、街道办事处，县府直属各单位：“五一”劳动节将至，… on one line: the 主送, then
        # the first paragraph, which opens with the rest of the line
        blocks.append(Block("recipients", squeeze(split[0]), line.no, line.no))
        lines[i] = Line(line.no, split[1], fold(split[1]), line.page_break, at=line.at)
        return None
    if kind != "text":
        return None
    j = wrapped_recipients_end(lines, kinds, i)
    if j is None and (wrapped := wrapped_recipients_then_text(lines, kinds, i)) is not None:
        j, head, rest = wrapped  # (各乡镇人民政府，县直 / 各单位：为深入推进…: the body after the colon)
        text = squeeze(join_wrapped([display(lines[x]) for x in range(i, j)] + [head]))
        blocks.append(Block("recipients", text, line.no, lines[j].no))
        lines[j] = Line(lines[j].no, rest, fold(rest), False, at=lines[j].at)
        return j
    if j is not None:
        # 主送 wrapped onto more lines: 各乡镇人民政府，县直各单位， / 中央、省驻县各单位：
        text = squeeze(join_wrapped([display(lines[x]) for x in range(i, j + 1) if not page_mark_at(lines, x)]))
        blocks.append(Block("recipients", text, line.no, lines[j].no))
        return j + 1
    return None


__all__ = ["opening_recipients", "title_block"]
