"""Corpus: one issue read from more than one file.

An office may hold an issue twice under two file names: the text of its PDF and of its web page,
or a corrected copy beside the first. Each file parses on its own to the same gazette id (place,
year, issue: ``pipeline.gazette_id``), and the datasets, the pages and the links key on that id,
so only one of them can be published. ``collate`` keeps the copy with the most documents (a
truncated copy gives way to a whole one), then the one with the most lines, then the first in
file-name order, and records each other copy on it (``ParseResult.copies``) with a diagnostic
that names the file and what it prints that the published copy does not. The other copy's text
stays in its own source file; no file is refused.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from pathlib import Path

from .model import Diagnostic, ParseResult
from .copies import same_document
from .pipeline import gazette_id

LISTED = 3  # titles named in a diagnostic before "and N more"


def _fullness(result: ParseResult) -> tuple[int, int]:
    return len(result.documents), result.source.line_count


def _name(result: ParseResult) -> str:
    return Path(result.source.shown).name


def _noted(kept: ParseResult, copy: ParseResult, gid: str) -> list[Diagnostic]:
    """What the kept result says of one other copy of its issue."""
    extra = [d for d in copy.documents if not any(same_document(k, d) for k in kept.documents)]
    notes = [Diagnostic(
        "duplicate-file", "warning",
        f"{_name(copy)} carries issue {gid} again ({len(copy.documents)} document(s), "
        f"{len(copy.documents) - len(extra)} of them also here); {_name(kept)} is published and "
        f"{_name(copy)} is listed as a copy of it", None, _name(copy))]
    if extra:
        titles = "；".join(d.title for d in extra[:LISTED]) + (f" and {len(extra) - LISTED} more"
                                                              if len(extra) > LISTED else "")
        notes.append(Diagnostic(
            "duplicate-file-adds-documents", "warning",
            f"{_name(copy)} prints {len(extra)} document(s) that {_name(kept)} lacks: {titles}; they are "
            f"not published (their text is in {_name(copy)})", None, _name(copy)))
    return notes


def collate(results: list[ParseResult]) -> tuple[list[ParseResult], int]:
    """The results with one per gazette id, in their order (``results`` come in file-name order);
    returns them and how many files were found to repeat an issue."""
    groups: dict[str, list[ParseResult]] = defaultdict(list)
    ids = [gazette_id(r.gazette, r.source.sha256) for r in results]
    for gid, result in zip(ids, results):
        groups[gid].append(result)
    out: list[ParseResult] = []
    for gid, result in zip(ids, results):
        group = groups[gid]
        if len(group) == 1:
            out.append(result)
            continue
        kept = max(group, key=_fullness)  # the first of the fullest: file-name order breaks ties
        if result is not kept:
            continue
        copies = [r for r in group if r is not result]
        notes = [n for c in copies for n in _noted(result, c, gid)]
        out.append(replace(result, diagnostics=result.diagnostics + tuple(notes),
                           copies=result.copies + tuple(c.source.without_lines() for c in copies)))
    return out, len(results) - len(out)
