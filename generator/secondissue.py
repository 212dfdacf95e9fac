"""A file holding a second issue after the first (第1期 then 第2期, each under its masthead and
contents): what the second issue's contents say of the documents printed after them."""

from __future__ import annotations

from dataclasses import replace

from .model import Document, Line
from .normalize import fold
from .segment import DocSpan
from .toc import parse_toc
from .toclines import is_toc_heading


def later_contents(content: list[Line], repeats: tuple[tuple[int, int], ...]) -> list:
    """Each masthead printed again over contents of its own: the contents' entries, and the span of
    content indices (after the contents, before the next masthead) whose documents they list (read
    once, for ``sections_named_again`` and ``listed_again``)."""
    starts = sorted(a for a, _ in repeats)
    out = []
    for a, b in repeats:
        head = next((i for i in range(a, b + 1) if is_toc_heading(content[i].key)), None)
        if head is not None:
            out.append((parse_toc(content, head, b).entries, b, next((s for s in starts if s > b), len(content))))
    return out


def _entry_of(entries, doc: Document):
    """The entry naming ``doc`` by its title or its 发文字号."""
    title = fold(doc.title)
    return next((e for e in entries if fold(e.title) == title
                 or (e.doc_number is not None and e.doc_number == doc.doc_number)), None)


def sections_named_again(later: list, docs: list[Document], spans: list[DocSpan]) -> list[Document]:
    """Documents printed after a masthead printed again over contents of their own (a second
    issue in the file: 桐溪县人民政府公报 / 2024年第2期 / 目　　录 / 【人事任免】 / …的通知……2): the
    section those contents list each under, matched by its title or its 发文字号 (the first
    issue's contents name none of them, and its sections head none of them). A document that has
    a section of its own keeps it; those contents are still the second issue's (a duplicate
    segment), no entries of this issue's."""
    out = list(docs)
    for entries, b, until in later:  # (``later_contents``)
        entries = [e for e in entries if e.section]
        for k, span in enumerate(spans):
            if not b < span.first < until or out[k].section is not None:
                continue
            entry = _entry_of(entries, out[k])
            if entry is not None:
                out[k] = replace(out[k], section=entry.section)
    return out


def listed_again(later: list, docs: list[Document], spans: list[DocSpan]) -> set[str]:
    """The ids of the documents that a second issue's contents list (an annual compilation, one
    issue after the other, each under its masthead and contents: 2024年第1期 … 2024年第2期 …),
    printed after them: no document the file's first contents leave out."""
    named = set()
    for entries, b, until in later:  # (``later_contents``)
        named.update(doc.id for doc, span in zip(docs, spans) if b < span.first < until and _entry_of(entries, doc))
    return named


__all__ = ["later_contents", "listed_again", "sections_named_again"]
