"""Lines made ready before a document's tables are read: a list's number set off from its words by
a tab is no table's row (``untab_markers``), and a text box drawn with rules is text, not a table of
one cell (``unframe_text_boxes``)."""

from __future__ import annotations

import re
from dataclasses import replace

from .furniture import is_page_mark
from .rulelines import is_border
from .model import Line
from .normalize import fold

# A list's number set off from its words by a tab, as a word processor copies its numbering
# (一、⇥总体要求, （一）⇥指导思想。…, 1.⇥科学规划。…, 第一条⇥…, the first of the attachments'
# list after its label, 附件：1．⇥…分解表): one cell, no table.
_MARKER_TAB = re.compile(r"^( *(?:附\s*件\s*[:：]\s*)?(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．]|[①-⑳]"
                         r"|第[一二三四五六七八九十百零〇\d]{1,5}[条章节])) *\t+ *(?=\S)([^\t]*)$")


def untab_markers(lines: list[Line]) -> list[Line]:
    """The lines with a tab after a list's number made a space (``_MARKER_TAB``), unless they are
    rows of a table whose header or first row came before them (序号⇥重点任务 / 1.⇥…: a numbered
    column of two; page furniture between rows does not end the table). The key, which has no
    whitespace, stays as it is."""
    if not any("\t" in line.text for line in lines):  # (stops at the first tab; no text joined)
        return list(lines)  # (no tab anywhere: no number set off by one)
    out = []
    table = False  # inside a run of tab rows that a row of another kind opened
    for line in lines:
        if "\t" in line.text:
            # (the number is asked only outside a run: inside one every tab row stays a row)
            m = None if table else _MARKER_TAB.match(line.text)
            if m is None:
                table = True
            else:
                line = replace(line, text=f"{m.group(1)} {m.group(2)}")
        elif table and not is_page_mark(line):
            table = False  # (asked only inside a run: outside one there is nothing to end)
        out.append(line)
    return out


# A line framed by a bar at each end and none between: one cell, a text box's line (专栏 …).
_FRAMED = re.compile(r"^\s*[│┃║|｜](?P<text>[^│┃║|｜]*[^│┃║|｜\s][^│┃║|｜]*)[│┃║|｜]\s*$")


def unframe_text_boxes(lines: list[Line]) -> list[Line]:
    """The lines of a text box drawn with rules (``┌────┐`` / ``│专栏1　重点工程│`` / ``│1.…│`` /
    ``└────┘``: a plan's 专栏, one cell a line) without their frame, read as the text they hold;
    the rules stay. A table's rows, which bars divide into cells, are left as they are."""
    text = "\n".join([line.text for line in lines])  # (one text: five scans of it cost less than five tests a line)
    if not ("│" in text or "|" in text or "┃" in text or "║" in text or "｜" in text) or not any(
            _FRAMED.match(line.text) for line in lines if "│" in line.text or "|" in line.text
            or "┃" in line.text or "║" in line.text or "｜" in line.text):
        return list(lines)  # (no framed line anywhere: no bar in the whole text, asked first)
    out = list(lines)
    i = 0
    while i < len(out):
        if not is_border(out[i].text):
            i += 1
            continue
        j = i + 1
        while j < len(out) and _FRAMED.match(out[j].text):
            j += 1
        if j > i + 1 and j < len(out) and is_border(out[j].text):
            texts = [_FRAMED.match(out[k].text).group("text").rstrip() for k in range(i + 1, j)]
            # (a table set with spaces in the box, its cells apart: each line keeps its indentation
            # beyond the box's margin, which tells a row whose first cell is empty)
            spaced = any("  " in t.strip() for t in texts)
            margin = min(len(t) - len(t.lstrip()) for t in texts) if spaced else 0
            for k, text in zip(range(i + 1, j), texts):
                text = text[margin:] if spaced else text.strip()
                out[k] = replace(out[k], text=text, key=fold(text))
        i = j
    return out


__all__ = ["unframe_text_boxes", "untab_markers"]
