"""The text a block shows of its lines: the line without its markup (``display``), and a header
line's text with the cells of a portal's fields, or a 签发人 printed beside the 发文字号, kept apart
(``header_text``)."""

from __future__ import annotations

import re

from .headerlines import signer_before
from .model import Line
from .normalize import squeeze, strip_markup
from .portal import portal_row, printed_cells


def display(line: Line) -> str:
    return strip_markup(line.text)


def header_text(line: Line, kind: str) -> str:
    """A header line's text; a portal's fields printed in cells keep a space between cells
    (``索引号　431626000/2023-00123　分类　综合政务``), which squeezing would run together."""
    text = display(line)
    if kind in ("doc_number", "metadata") and portal_row(line.text) is not None:
        return "\u3000".join(squeeze(cell) for cell in printed_cells(text))
    if kind == "doc_number" and (split := signer_before(text)) is not None:
        # (签发人 before the number: kept apart; whatever follows the number too: another's number)
        before, number = split
        rest = text[text.index(number, len(before)) + len(number):]
        return "\u3000".join(squeeze(part) for part in (before, number, rest) if part.strip())
    signer = _SIGNER_AFTER.search(text) if kind == "doc_number" else None
    if signer is not None and text[:signer.start()].strip():
        # (签发人 after the number on its line, as a 请示 prints it: kept apart too)
        return squeeze(text[:signer.start()]) + "\u3000" + squeeze(signer.group(1))
    return squeeze(text)


_SIGNER_AFTER = re.compile(r"\s*(签\s*发\s*人\s*[:：].*)$")


__all__ = ["display", "header_text"]
