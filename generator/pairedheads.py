"""A section's running head beside a bare page number, on the pages facing the issue's own: a
gazette whose even pages print ``2　　　　青溪县人民政府公报`` and whose odd pages print the
section's name and the number (``县政府文件　　　　3``). Beside a bare number, a section's name may
be a table's row (规范性文件　　36: a count), so it is a running head only where the issue's heads
print bare numbers too and the page it numbers follows the last of them (page 3 after page 2,
or page 5 after page 3 when a page printed no head): such lines are marked ``Line.running_head``,
page marks from then on (``furniture.is_page_mark``)."""

from __future__ import annotations

from dataclasses import replace

from .furniture import COLUMN_GAP, is_running_head
from .model import Line
from .patterns import SECTION_NAME

_MARKS = "【】[]◆◇■□★☆〖〗·• "
MAX_STEP = 2  # pages from the head before it (a page between may print no head)


def _bare_page(text: str) -> tuple[int, str] | None:
    """A line of two parts a gap apart, one of them a bare page number: the number, and the
    other part; else None."""
    parts = COLUMN_GAP.split(text.strip())
    if len(parts) != 2:
        return None
    first, second = parts
    if first.isdecimal() and len(first) <= 3:
        return int(first), second
    if second.isdecimal() and len(second) <= 3:
        return int(second), first
    return None


def marked_paired_heads(lines: list[Line]) -> list[Line]:
    """``lines`` with each section's running head beside a bare number marked (see the module)."""
    pages: list[tuple[int, int]] = []  # (index, page) of the heads beside a bare number
    sections: list[tuple[int, int]] = []  # (index, page) of a section's name beside one
    for k, line in enumerate(lines):
        key = line.key
        if not key or not (key[0].isdigit() or key[-1].isdigit()) or len(key) > 40:
            continue  # (the first check: a figure at either end of the line)
        found = _bare_page(line.text)
        if found is None:
            continue
        page, words = found
        name = words.strip(_MARKS)
        if SECTION_NAME.fullmatch(name) is not None and "关于" not in name:
            sections.append((k, page))
        elif is_running_head(key.strip("0123456789")):
            pages.append((k, page))
    if not pages or not sections:
        return lines
    out = list(lines)
    for k, page in sections:
        before = [p for i, p in pages if i < k]
        after = [p for i, p in pages if i > k]
        if (before and 0 < page - before[-1] <= MAX_STEP) or (not before and after and 0 < after[0] - page <= MAX_STEP):
            out[k] = replace(lines[k], running_head=True)
    return out


__all__ = ["marked_paired_heads"]
