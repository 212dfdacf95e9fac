"""A web page's HTML run onto one line: a page whose source a site minified, or a tool saved with
its tags but without line ends (``<h1>…公报</h1><p>2024年第3期</p><h2>…的通知</h2><p>青政办发〔2024〕12号
</p><p>各乡镇人民政府，县直各单位：</p>…``). Read as one line, its tags stripped, the whole issue is one
run of text and no document is found in it.

Such a line is parted before each block a page shows on a line of its own (a paragraph, a
heading, a division, a list's item, a table and each of its rows, the page's title, a script or a
style) and after each line break (``<br>``) and each script's or style's end, each part keeping the
line's number with a place of its own (``partedlines``); ``normalize`` takes the tags and what a
script or style holds out of each part, and ``htmltables`` reads the rows. Only a line that opens
with a tag and holds ``MIN_BLOCKS`` such blocks at least is parted; not a line of text naming a
tag or two, nor a table's row (its cells apart by tabs, a cell's paragraphs in ``<div>``s: the
table's own), nor a line that is one table whole (a converter's: ``htmltables`` reads its rows).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import islice

from .model import Diagnostic, Line
from .partedlines import lines_parted

# Where a part opens: before a block's opening tag, after a line break or a script's or style's end.
_CUT = re.compile(r"(?=<(?:p|h[1-6]|div|li|dt|dd|table|tr|caption|title|blockquote|pre|section|article|center|"
                  r"script|style)\b[^<>]{0,300}>)|(?<=<br>)|(?<=<br/>)|(?<=<br />)|(?<=</script>)|(?<=</style>)", re.I)
_CELL = re.compile(r"<t[dh]\b[^<>]{0,300}>.{0,20000}?</t[dh]\s*>", re.I)  # (a table's cell, the paragraphs it holds)
_BLOCK_OPEN = re.compile(r"<(?:p|h[1-6]|div|li|tr|br)\b", re.I)
MIN_BLOCKS = 3  # blocks on a line, at least, for it to be a page run onto one line
MIN_LENGTH = 80  # characters a line holds, at least, to be asked


def html_lines_parted(lines: list[Line]) -> tuple[list[Line], list[Diagnostic]]:
    """``lines`` with each line holding a web page's blocks run together parted into a line a
    block (see the module), and an info diagnostic for each line so parted."""
    candidates = [k for k, line in enumerate(lines)
                  if len(line.text) >= MIN_LENGTH and line.text.lstrip()[:1] == "<" and "\t" not in line.text
                  and _blocks(line.text) >= MIN_BLOCKS and not _one_table(line.text)]
    if not candidates:
        return list(lines), []  # (the common text: no line holds a page's blocks)

    def parts_of(k: int) -> list[str] | None:
        text = lines[k].text
        cells = [m.span() for m in _CELL.finditer(text)] if "<t" in text or "<T" in text else []
        cuts = sorted({0, *(m.start() for m in _CUT.finditer(text) if not _inside(m.start(), cells)), len(text)})
        parts = [text[a:b] for a, b in zip(cuts, cuts[1:]) if text[a:b]]
        return parts if len(parts) > 1 else None

    return lines_parted(lines, parts_of, lambda line, count: Diagnostic(
        "html-run-on-one-line", "info",
        f"line {line.no} holds a web page's HTML run onto one line (its line ends lost): read as {count} lines, "
        f"one for each of its blocks (paragraphs, headings, table rows)", line.no, line.text.strip()[:60]), candidates)


_TABLE_OPEN = re.compile(r"<table\b", re.I)


def _one_table(text: str) -> bool:
    """``text`` is one table whole (``<table><tr><td>…</td></tr>…</table>``), as a PDF-to-Markdown
    converter writes each table on a line of its own: no page run onto one line (its rows are read a
    row a line by ``htmltables``, as before; parting it only said so in a diagnostic)."""
    stripped = text.strip()
    return stripped[:6].lower() == "<table" and stripped[-8:].lower() == "</table>" \
        and len(_TABLE_OPEN.findall(stripped)) == 1


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    """``at`` falls inside one of ``spans`` (a table's cells, in order and apart, as ``finditer``
    gives them: their paragraphs are the cell's). The span opening last before ``at`` is the only
    one that can hold it."""
    k = bisect_left(spans, (at,)) - 1
    return k >= 0 and spans[k][0] < at < spans[k][1]


def _blocks(text: str) -> int:
    """How many blocks (paragraphs, headings, divisions, items, rows, line breaks) ``text`` opens,
    counted up to ``MIN_BLOCKS``."""
    return sum(1 for _ in islice(_BLOCK_OPEN.finditer(text), MIN_BLOCKS))


__all__ = ["html_lines_parted"]
