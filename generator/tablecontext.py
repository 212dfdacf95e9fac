"""Where a table stands among a document's blocks: its caption (the heading, attachment title or
short line right above it, or the attachment's title it stands in), the number of the attachment
section it stands in, and a unit printed on a line of its own right above it (单位：万元)."""

from __future__ import annotations

import re

from .model import Attachment, Block
from .normalize import fold, squeeze
from .tablerows import FORM_LINE, looks_like_header, unit_of


def table_context(blocks: tuple[Block, ...], index: int, attachments: tuple[Attachment, ...]
             ) -> tuple[str | None, int | None, tuple[str, int] | None]:
    """Caption: the heading, attachment title or short line right above the table (or above its
    unit line), else a numbered caption printed under it (``caption_under``).
    Attachment: the number of the attachment section the table stands in.
    Unit: what a unit line of its own right above the table says, and its line."""
    caption = None
    unit = None
    above = index - 1
    if above > 0 and blocks[above].kind == "rule":
        above -= 1  # (the top rule of a box drawn around the table, bars at its sides only)
    if above > 0 and blocks[above].kind == "paragraph" and (FORM_LINE.match(fold(blocks[above].text))
                                                          or holds_blanks(blocks[above].text)):
        said = unit_of(blocks[above].text)
        unit = (said, blocks[above].first) if said else None
        above -= 1  # a unit or form line of its own between the caption and the table (单位：万元)
    if above >= 0:
        prev = blocks[above]
        if prev.kind == "attachment" and prev.text:
            caption = prev.text
        elif prev.kind in ("heading", "list_item") and len(fold(prev.text)) <= 60:
            caption = squeeze(prev.text)
        elif prev.kind == "paragraph" and len(fold(prev.text)) <= 50 and not fold(prev.text).endswith(
                ("。", ";", ":")):
            caption = squeeze(prev.text)
    if caption is None:
        caption = caption_under(blocks, index)
    attachment = None
    line = blocks[index].first
    for att in attachments:
        if att.first is not None and att.first <= line <= (att.last or line):
            attachment = att.number if att.number is not None else 1
    if caption is None and attachment is not None:
        att = next((a for a in attachments if a.number == attachment or
                    (a.number is None and attachment == 1)), None)
        caption = att.title if att else None
    return caption, attachment, unit


def holds_blanks(text: str) -> bool:
    """A line printing a form's blanks to fill in (申请单位（盖章）：________　填报日期：____年__月__日):
    a form's line over its table, no caption."""
    return "___" in text or "＿＿" in text


# A table's caption by its number, printed under the table: 表1　2024年一季度全县主要经济指标.
_NUMBERED = re.compile(r"^附?表\s*\d{1,2}(?!\d)")


def caption_under(blocks: tuple[Block, ...], index: int) -> str | None:
    """The caption printed under a table that has none above it: the heading right under it
    that numbers it (``表1　2024年一季度全县主要经济指标``, read as a caption by
    wraps.is_caption), unless a table follows that heading (then it is the next table's caption,
    printed over it). An unnumbered heading under a table (二、…) is none."""
    below = index + 1
    if below >= len(blocks) or blocks[below].kind != "heading" or not _NUMBERED.match(squeeze(blocks[below].text)):
        return None
    if below + 1 < len(blocks) and blocks[below + 1].kind == "table":
        return None
    return squeeze(blocks[below].text)


def caption_row(rows: list[list[str | None]], single: list[bool], k: int) -> bool:
    """Row ``k`` prints a caption across the grid: its first cell alone, no figure, over a header of titles."""
    row = rows[k]
    return (not single[k] and len(row) > 2 and bool(row[0]) and not any(row[1:])
            and k + 1 < len(rows) and not single[k + 1] and looks_like_header(rows[k + 1])
            and sum(1 for c in rows[k + 1] if c) >= 2 and not re.fullmatch(r"[\d.,%\s-]+", row[0] or ""))


__all__ = ["caption_row", "caption_under", "holds_blanks", "table_context"]
