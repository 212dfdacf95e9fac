"""An attachment's mark run onto the end of the sentence above it, as a web page copied without
its line breaks prints it: ``…（湘阴政办发〔2019〕61号）文同时废止。附件`` over the attachment's title
(``县重污染天气应急响应各相关单位职责分工表``) and its table. Read as the sentence's last word, the
mark was no heading: the title was joined to the sentence as its wrapped rest, and the document
had no attachment.

Such a line is read as two on its place: the sentence, then the mark alone (``附件``, ``附件2``,
``附件三``), which opens the attachment over the title under it (``blocks``); the line is the
sentence's, the attachment's block starts under it (``attachment_under_its_sentence``).

Near misses: the mark inside a sentence (…详见附件, …按附件1要求), a sentence after the mark's line
(a long line, or one ending as a sentence ends: no title under it), 附件： listing the attachments.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Block, Line
from .normalize import fold
from .patterns import TERMINAL

_MARK_AT_END = re.compile(r"^(?P<text>.*[。！；])\s*(?P<mark>附件\s*[0-9一二三四五六七八九十]{0,3})\s*$")
LONGEST_TITLE = 50  # characters of the title's line under the mark at most


def mark_run_on(text: str) -> tuple[str, str] | None:
    """``text`` split into its sentence and the attachment's mark run onto its end; else None."""
    if not text.rstrip().endswith(("件", *"0123456789一二三四五六七八九十")) or "附件" not in text:
        return None
    m = _MARK_AT_END.match(text)
    return (m.group("text"), m.group("mark")) if m else None


def _titles(line: Line) -> bool:
    """``line`` may be an attachment's title (short, no sentence's end)."""
    return 0 < len(line.key) <= LONGEST_TITLE and not line.key.endswith(TERMINAL) and "\t" not in line.text


_MARK_ENDS = ("件", *"0123456789一二三四五六七八九十")  # (the last character of a line the mark ends)


def marks_apart(lines: list[Line]) -> list[Line]:
    """``lines`` with each line whose attachment's mark ran onto its sentence read as two: the
    sentence, then the mark (see the module), when a title stands under it."""
    apart = {}  # (only the lines ending as a mark does, the mark in them, are asked: few, or none)
    for k, line in enumerate(lines):
        if "附件" in line.key and line.key.endswith(_MARK_ENDS) and (split := mark_run_on(line.text)) is not None \
                and k + 1 < len(lines) and _titles(lines[k + 1]):
            text, mark = split
            apart[k] = (replace(line, text=text, key=fold(text)),
                        replace(line, text=mark, key=fold(mark), page_break=False, joined=0, running_head=False))
    if not apart:
        return lines  # (no mark run on anywhere: most documents)
    out: list[Line] = []
    for k, line in enumerate(lines):
        out += apart.get(k, (line,))
    return out


def attachment_under_its_sentence(blocks: list[Block]) -> list[Block]:
    """``blocks`` with an attachment whose mark shared its line with the sentence above (the block
    over it ends on the line the attachment's starts on) starting under that line: each line is
    one block's."""
    out = list(blocks)
    for k in range(1, len(out)):
        b = out[k]
        if b.kind == "attachment" and b.last > b.first == out[k - 1].last:
            out[k] = replace(b, first=b.first + 1)
    return out


__all__ = ["attachment_under_its_sentence", "mark_run_on", "marks_apart"]
