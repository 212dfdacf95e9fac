"""The header printed again among a table's rows (a page break repeats it): which rows print one
of its keys whole, worked out in one pass over the body with what the loop over the rows asks of
each row first, its first filled cell folded."""

from __future__ import annotations

from .normalize import fold
from .tablerows import first_filled, key_of


def header_keys(header: list[str | None], header2: list[str | None], levels: tuple) -> set[str]:
    """The keys a row printing the header again has: the header's rows' (a header of three
    levels' first two too)."""
    keys = {key_of(header)} if header else set()
    keys |= {key_of(level) for level in levels}  # (a header of three levels printed again)
    if header2:
        keys.add(key_of(header2))
    return keys


def printed_again(rows: list[list[str | None]], single: list[bool], start: int, keys: set[str]
                  ) -> tuple[dict[int, bool], dict[int, str]]:
    """Which of the rows from ``start`` (lines without tabs aside) print the header again, their
    whole key one of ``keys``; and each one's first filled cell folded ("" for none). A row's whole
    key is folded only when a header's key starts as the row does: its first cell folded is one of
    the keys' prefixes (a set of them, not a walk over the keys for each row)."""
    prefixes = {key[:n] for key in keys for n in range(len(key) + 1)}
    again: dict[int, bool] = {}
    firsts: dict[int, str] = {}
    for k in range(start, len(rows)):
        if single[k]:
            continue
        cells = rows[k]
        first = firsts[k] = fold(first_filled(cells) or "")
        again[k] = first in prefixes and key_of(cells) in keys
    return again, firsts


__all__ = ["header_keys", "printed_again"]
