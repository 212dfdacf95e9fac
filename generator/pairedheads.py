"""A section's running head beside a bare page number, on the pages facing the issue's own: a
gazette whose even pages print ``2　　　　青溪县人民政府公报`` and whose odd pages print the
section's name and the number (``县政府文件　　　　3``). Beside a bare number, a section's name may
be a table's row (规范性文件　　36: a count), so it is a running head only where the issue's heads
print bare numbers too and the page it numbers follows the last of them (page 3 after page 2,
or page 5 after page 3 when a page printed no head): such lines are marked ``Line.running_head``,
page marks from then on (``furniture.is_page_mark``). A section's head that prints the issue beside
it (县政府文件　　2024年第4期　　3) or the gazette's name before it (青溪县人民政府公报·县政府文件　　3)
is one wherever it stands."""

from __future__ import annotations

import re
from dataclasses import replace

from .furniture import COLUMN_GAP, is_issue_line, is_running_head
from .model import Line
from .normalize import fold
from .patterns import SECTION_NAME

_MARKS = "【】[]◆◇■□★☆〖〗·• "
# (what a section's name or a gazette's holds: 文件, 任免, 纪要, 解读, 问答, 大事记, 公告, 通告, 公报, 政报)
_HINT = re.compile("文件|任免|纪要|解读|问答|大事记|告|报")
MAX_STEP = 2  # pages from the issue's head before it (a page between may print no head)


def _bare_page(text: str) -> tuple[int, str, str | None] | None:
    """A line of two or three parts a gap apart, the first or the last a bare page number: the
    number, the part beside it, and the issue between (县政府文件　　2024年第4期　　3); else None."""
    parts = COLUMN_GAP.split(text.strip())
    if not 2 <= len(parts) <= 3:
        return None
    if parts[-1].isdecimal() and len(parts[-1]) <= 3:
        page, words = parts[-1], parts[:-1]
    elif parts[0].isdecimal() and len(parts[0]) <= 3:
        page, words = parts[0], parts[:0:-1]
    else:
        return None
    if len(words) == 2 and is_issue_line(fold(words[0])):
        words = words[::-1]  # (2024年第4期　　县政府文件　　3: the issue on either side)
    if len(words) == 2 and not is_issue_line(fold(words[1])):
        return None  # (a table's row of three cells: 规范性文件　　12　　3)
    return int(page), words[0], (words[1] if len(words) == 2 else None)


def _sure(name: str, words: str, issue: str | None) -> bool:
    """A section's head that says it is one: the issue beside it (县政府文件　　2024年第4期), or the
    gazette's name before it (青溪县人民政府公报·县政府文件)."""
    if issue is not None:
        return True
    cut = max(words.rfind("·"), words.rfind("｜"), words.rfind("|"))
    return cut > 0 and is_running_head(fold(words[:cut]))


def section_beside_bare_page(text: str) -> str | None:
    """The section's name of a line printing it beside a bare page number (县政府文件　　　　1, as
    contents print a section with the page it opens on), or None."""
    if not text or not (text.rstrip()[-1:].isdigit() or text.lstrip()[:1].isdigit()):
        return None
    found = _bare_page(text)
    if found is None or found[2] is not None:
        return None
    name = found[1].strip(_MARKS)
    return name if SECTION_NAME.fullmatch(name) is not None and "关于" not in name else None


def marked_paired_heads(lines: list[Line]) -> list[Line]:
    """``lines`` with each section's running head beside a bare number marked (see the module)."""
    out = list(lines)
    pages: list[tuple[int, int]] = []  # (index, page) of the issue's heads beside a bare number
    sections: list[tuple[int, int]] = []  # (index, page) of a section's name beside one
    for k, line in enumerate(lines):
        key = line.key
        if not key or not (key[0].isdigit() or key[-1].isdigit()) or len(key) > 40 or _HINT.search(key) is None:
            continue  # (the first check: a figure at either end of the line, a section's or a gazette's word)
        found = _bare_page(line.text)
        if found is None:
            continue
        page, words, issue = found
        name = words[max(words.rfind("·"), words.rfind("｜"), words.rfind("|")) + 1:].strip(_MARKS)
        if SECTION_NAME.fullmatch(name) is not None and "关于" not in name:
            if _sure(name, words, issue):
                out[k] = replace(line, running_head=True)  # (the issue or the gazette's name beside it)
            else:
                sections.append((k, page))
        elif issue is None and is_running_head(key.strip("0123456789")):
            pages.append((k, page))
    heads = {i for i, _ in pages}
    for k, page in sections if pages else ():
        if any(0 <= x < len(lines) and x not in heads and _bare_page(lines[x].text) is not None for x in (k - 1, k + 1)):
            continue  # (a table's row of counts among its like: 县政府文件　　12 / 规范性文件　　3 / 部门文件　　5)
        before = [p for i, p in pages if i < k]
        after = [p for i, p in pages if i > k]
        if (before and 0 < page - before[-1] <= MAX_STEP) or (not before and after and 0 < after[0] - page <= MAX_STEP):
            out[k] = replace(lines[k], running_head=True)
    return out


__all__ = ["marked_paired_heads", "section_beside_bare_page"]
