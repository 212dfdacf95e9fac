"""A text's lines cleaned for display (``normalize.clean``) all at once, as ``ingest`` reads them:
the searches ``clean`` makes of every line made once of the whole text where it can."""

from __future__ import annotations

from .glyphs import WIDE_OR_RADICAL
from .letterspacing import letters_unspaced, may_be_letter_spaced
from .normalize import clean, labels_and_bold, printable_but_tabs


def clean_lines(lines: list[str]) -> list[str]:
    """``[clean(line) for line in lines]``. A text every character of which is printable, but
    tabs (so holding no invisible character nor odd space: ``clean``'s first step), and holding no
    full-width letter, radical or compatibility ideograph (its third: ``letters_unspaced``, the
    second, only takes spaces out) has neither step to take in any line; an empty line is clean."""
    joined = " ".join(lines)
    if not printable_but_tabs(joined) or WIDE_OR_RADICAL.search(joined):
        return [clean(line) if line else line for line in lines]
    return [_clean_plain(line) if line else line for line in lines]


def _clean_plain(text: str) -> str:
    """``clean`` of a line holding only printable characters and tabs, and no full-width letter,
    radical or compatibility ideograph."""
    if may_be_letter_spaced(text):
        text = letters_unspaced(text)
    return labels_and_bold(text)


__all__ = ["clean_lines"]
