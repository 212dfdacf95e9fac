"""A line read as several: what a scraper ran onto one line (a document, a contents page) parted
into the lines a careful reader sees, each part keeping the source line's number."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from .model import Diagnostic, Line
from .normalize import fold


def lines_parted(lines: list[Line], parts_of: Callable[[int], list[str] | None],
                 note: Callable[[Line, int], Diagnostic],
                 candidates: Iterable[int] | None = None) -> tuple[list[Line], list[Diagnostic]]:
    """``lines`` (non-blank, in order) with each line ``parts_of(k)`` parts (into its parts, in
    order, every character of the line in one) read as those parts: each keeping the line's
    number, the page's break on the first only, with places of their own (``Line.at``; the lines
    after shifted by as many places), and ``note(line, parts)`` for each line so parted.
    ``candidates``: the indices (in order) of the only lines ``parts_of`` may part, where the
    caller rules the others out cheaply (None: every line is asked)."""
    parted: dict[int, list[str]] = {}
    for k in range(len(lines)) if candidates is None else candidates:
        parts = parts_of(k)
        if parts is not None:
            parted[k] = parts
    if not parted:
        return list(lines), []  # (the common issue: no line parted, none shifted)
    out: list[Line] = []
    diagnostics: list[Diagnostic] = []
    shift = 0
    for k, line in enumerate(lines):
        parts = parted.get(k)
        if parts is None:
            out.append(replace(line, at=line.place + shift) if shift else line)
            continue
        for n, part in enumerate(parts):
            out.append(Line(line.no, part, fold(part), line.page_break and n == 0, at=line.place + shift + n))
        shift += len(parts) - 1
        diagnostics.append(note(line, len(parts)))
    return out, diagnostics


__all__ = ["lines_parted"]
