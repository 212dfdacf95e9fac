"""Find the titles of documents in the body of an issue.

A document's title (标题) is issuer + 关于 + subject + 的 + document type, printed on one or
several lines (wrapped, sometimes with blank lines between, sometimes spaced out as ``通 知``,
sometimes in Markdown ``#`` or ``**``). A title alone is not enough: the same words appear in
tables of contents and in running text. A title is *confirmed* when it stands in a header: a
发文字号 or 登记号 on its own line right before or after it, the 主送 line right after it, or
Markdown heading/bold markup around it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Line
from .patterns import (
    ORG_ONE,
    doc_type_of,
    is_date_line,
    imprint,
    is_header_number_line,
    is_note,
    is_org_only,
    issuer_type_title,
    is_recipients,
    numbering,
    title_start,
    toc_page,
)

MAX_TITLE_LINES = 5
MAX_GAP = 4  # source lines between two lines of one title (blank lines from page layout)
MAX_TITLE_CHARS = 160


@dataclass(frozen=True, slots=True)
class TitleBlock:
    start: int  # index into the content-line list
    end: int
    key: str  # joined folded key
    confirmed_by: str


def title_like(line: Line) -> bool:
    """Could this line be part of a title?"""
    key = line.key
    return (
        "\t" not in line.text
        and 0 < len(key) <= 70
        and "。" not in key
        and ";" not in key
        and not key.endswith(":")
        and toc_page(line.text, key) is None
        and not is_header_number_line(key)
        and not is_date_line(key)
        and numbering(key) is None
        and not key.startswith("附件")
    )


def find_titles(content: list[Line]) -> list[TitleBlock]:
    """All confirmed title blocks, in order, not overlapping."""
    found: list[TitleBlock] = []
    last_end = -1
    for end, line in enumerate(content):
        if end <= last_end or not doc_type_of(line.key) or not title_like(line):
            continue
        start = _title_start(content, end, floor=last_end + 1)
        if start is None:
            continue
        key = "".join(content[i].key for i in range(start, end + 1))
        if len(key) > MAX_TITLE_CHARS:
            continue
        confirmation = _confirmation(content, start, end)
        if confirmation is None:
            continue
        found.append(TitleBlock(start, end, key, confirmation))
        last_end = end
    return found


def _title_start(content: list[Line], end: int, floor: int) -> int | None:
    best = None
    joined = ""
    lowest = max(floor, end - MAX_TITLE_LINES + 1)
    for i in range(end, lowest - 1, -1):
        line = content[i]
        if not title_like(line):
            break
        if i < end and content[i + 1].no - line.no > MAX_GAP:
            break
        if i < end and doc_type_of(line.key) and not is_org_only(line.key):
            # The previous line is itself a complete title-shaped line: a different title.
            break
        joined = line.key + joined
        if title_start(joined) and (is_org_only(line.key) or title_start(line.key)):
            best = i
        elif issuer_type_title(joined) and (is_org_only(line.key) or issuer_type_title(line.key)):
            best = i
    return best


def _confirmation(content: list[Line], start: int, end: int) -> str | None:
    after = content[end + 1] if end + 1 < len(content) else None
    before = content[start - 1] if start > 0 else None
    if after is not None and _bare_number(after):
        return "number-after"
    if before is not None and _bare_number(before):
        return "number-before"
    if after is not None and is_recipients(after.key):
        return "recipients"
    raw = content[start].text.lstrip()
    if raw.startswith("#") or (raw.startswith("**") and content[end].text.rstrip().endswith("**")):
        return "markup"
    if before is not None and _ends_document(before) and _opens_with_issuer(content, start):
        return "after-document"
    return None


def _ends_document(line: Line) -> bool:
    """The last line of a document: its 印发 line, its 成文日期 or its 附注."""
    return bool(imprint(line.key)) or is_date_line(line.key) or is_note(line.key)


def _opens_with_issuer(content: list[Line], start: int) -> bool:
    first = content[start].key
    return is_org_only(first) or bool(ORG_ONE.match(first))


def _bare_number(line: Line) -> bool:
    """A 发文字号/登记号 line as printed in a document header: not in brackets (tables of
    contents put them in brackets) and without a page number."""
    stripped = line.text.strip().lstrip("#*- ").rstrip("*")
    return (
        is_header_number_line(line.key)
        and not stripped.startswith(("(", "（", "[", "【", "〔"))
        and toc_page(line.text, line.key) is None
    )


def header_numbers(content: list[Line], title: TitleBlock) -> tuple[int, int]:
    """Extend a title to the 发文字号/登记号 lines printed right before and after it.

    Returns (first, last) content indices of the whole header."""
    first = title.start
    while first - 1 >= 0 and _bare_number(content[first - 1]) and title.start - first < 3:
        first -= 1
    last = title.end
    while last + 1 < len(content) and _bare_number(content[last + 1]) and last - title.end < 3:
        last += 1
    return first, last


__all__ = ["TitleBlock", "find_titles", "header_numbers", "title_like"]
