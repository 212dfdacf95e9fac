"""A document's running text as blocks (``blocks.build_blocks``): headings (a number's, a
caption's, a decimal outline's), articles, list items and paragraphs, each rejoined across the
page breaks and hard wraps that cut it (``rejoin``)."""

from __future__ import annotations

from .headertext import display
from .model import Block, Line
from .normalize import fold, join_wrapped, squeeze, unspaced
from .numbered import (clause_heading_among_headings, decimal_top, heading_rest_over_a_page, is_heading, item_among_items,
                       names_a_document, number_under_the_title, with_words, words_under_the_number)
from .numbering import numbering
from .rejoin import carried_on
from .wraps import caption_qualifier, cut_at_the_width, is_caption, is_glossary_heading, sentence_cut_at_a_word


def text_block(lines: list[Line], kinds: list[str], i: int, kind: str, width: int | None, listed: frozenset[int] | set[int],
               others: frozenset[int], blocks: list[Block]) -> int:
    """The numbered, bulleted or plain text that opens at ``lines[i]`` (read as ``kind``)
    appended to ``blocks`` as a heading, an article, a list item or a paragraph; the index after
    its last line. ``listed``: the indices of a regulation's own contents (list items, each line
    whole); ``others``: the lines naming another issue (a body's words, never a running head)."""
    n = len(lines)
    line = lines[i]
    marker = None
    level = None
    block_kind = "paragraph"
    found = numbering(line.key) if kind == "numbered" else None  # (asked once of the line)
    words = words_under_the_number(lines, kinds, i, found) if kind == "numbered" else None
    if words is not None:
        # 第一章 / 总　　则, 一、 / 工作目标: a centred or bold heading whose number the extraction
        # put on a line of its own; read as one line
        line = with_words(line, lines[words], found)
        # (1. over 2024年…: on one line the figures read as a decimal, 1.2024; the number is the one found)
        found = numbering(line.key) or found
    rest = heading_rest_over_a_page(lines, kinds, i, width) if kind == "numbered" and words is None else None
    nxt = lines[i + 1] if i + 1 < n else None
    if kind == "numbered":
        num_kind, level, marker = found
        if i in listed:
            block_kind = "list_item"
        elif num_kind == "chapter" or num_kind == "section" or rest is not None:
            block_kind = "heading"  # (a heading's rest under a page break: one heading)
        elif num_kind == "article":
            block_kind = "article"
        elif is_heading(line.key, marker, line.text, nxt) and not cut_at_the_width(line, nxt, width) \
                and not item_among_items(lines, kinds, i, width) and not names_a_document(line.key[len(marker):], nxt):
            block_kind = "heading"
        elif clause_heading_among_headings(lines, kinds, i, width):
            block_kind = "heading"  # 一、提高站位，深刻认识…, its siblings so printed
        else:
            block_kind = "list_item"
    elif kind == "bullet" or i in listed:  # (a plan's part among its contents' chapters: 前　　言……1)
        block_kind, marker = "list_item", "-" if kind == "bullet" else None
    elif (is_caption(line.key) or is_glossary_heading(line.key)) \
            and not (i + 1 < n and kinds[i + 1] == "text" and sentence_cut_at_a_word(line, nxt, width)):
        block_kind, level = "heading", 0
    elif kind == "text" and (top := decimal_top(lines, kinds, i)) is not None:
        block_kind, level, marker = "heading", 1, top  # 1　总则 over 1.1　编制目的
    j = rest if rest is not None else (i if words is None else words)
    parts = [line] if rest is None else [line, lines[rest]]  # (the page's furniture between: spanned)
    if level == 0 and block_kind == "heading" and j + 1 < n and kinds[j + 1] == "text" and caption_qualifier(lines[j + 1].key):
        parts, j = [*parts, lines[j + 1]], j + 1  # its years or status under it: …方案 / （2024—2026年）
    if block_kind == "list_item" and j + 1 < n and kinds[j + 1] == "text" \
            and number_under_the_title(line.key[len(marker or ""):], lines[j + 1]):
        parts, j = [*parts, lines[j + 1]], j + 1  # 2.关于…的通知 / （桐建发〔2019〕30号）
    notes: list[tuple[int, int]] | tuple[()] = ()  # (footnotes at a page's foot inside the sentence: blocks after it)
    if block_kind != "heading" and i not in listed:  # (a contents line is whole)
        parts, j, notes = carried_on(lines, kinds, j, parts, width, others, blocks)  # (across page breaks: rejoin)
    # (one line: its display text, which join_wrapped would give back as it is, stripped)
    text = join_wrapped([unspaced(display(x)) for x in parts]) if len(parts) > 1 else unspaced(display(line))
    if block_kind == "paragraph" and j > i and is_caption(fold(text)):
        # A caption that wrapped: 湘阴县 2025 年度城乡居民基本医疗保险参保 / 缴费工作方案
        block_kind, level = "heading", 0
    if block_kind == "heading":
        text = squeeze(text)
    blocks.append(Block(block_kind, text, line.no, lines[j].no, level=level, marker=marker))
    if notes:
        blocks.extend(Block("paragraph", join_wrapped([unspaced(display(x)) for x in lines[a:b + 1]]), lines[a].no, lines[b].no)
                      for a, b in notes)
    return j + 1


__all__ = ["text_block"]
