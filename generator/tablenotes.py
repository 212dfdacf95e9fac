"""A note under a table whose parts are numbered, printed a part a line::

    合计⇥⇥12⇥300
    注：1.奖补资金按项目实际投资的30%核定。
    2.各乡镇须于2024年6月30日前完成项目建设。
    3.资金使用情况纳入年度绩效考核。

The lines under the note's label are its parts, not a list of the document's text: the note is one
paragraph holding them (注：1.… 2.… 3.…), as a note of one line under a table is. The label may
stand alone on its line over the parts numbered from 1 (注： / 1.… / 2.…); the parts number on
from the one the label's line prints (``注：1.`` over ``2.``, ``说明：（1）`` over ``（2）``), each
numbered as the one before, and the note ends at the first line that does not.
"""

from __future__ import annotations

from dataclasses import replace

from .model import Block
from .normalize import fold, join_wrapped
from .numbering import ordinal

_LABELS = ("注：", "注:", "说明：", "说明:", "备注：", "备注:")


def notes_with_their_parts(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """``blocks`` with each note right under a table (a paragraph opening with 注：, 说明： or
    备注：) and the numbered items under it that are its parts made one paragraph."""
    if not any(b.kind == "table" for b in blocks):
        return blocks
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        end = _parts_end(blocks, i) if out and out[-1].kind == "table" else i
        if end > i:
            text = join_wrapped([b.text for b in blocks[i:end + 1]])
            out.append(replace(block, text=text, last=blocks[end].last))
            i = end + 1
            continue
        out.append(block)
        i += 1
    return tuple(out)


def _parts_end(blocks: tuple[Block, ...], i: int) -> int:
    """The index of the last numbered item under the note ``blocks[i]`` that is its part; ``i``
    when ``blocks[i]`` is no note or no item under it is."""
    note = blocks[i]
    if note.kind != "paragraph" or not note.text.startswith(_LABELS):
        return i
    rest = note.text[len(next(label for label in _LABELS if note.text.startswith(label))):].strip()
    # (after the label's own colon: 注:1.… may print a full-width one further on, 时间：…)
    first = ordinal(fold(rest)) if rest else None
    if rest and first is None:
        return i  # (a note of words: the items under it are the document's)
    kind, expected = (first[:2], first[2] + 1) if first else (None, 1)  # (the numbers' kind and level)
    j = i
    while j + 1 < len(blocks) and blocks[j + 1].kind == "list_item":
        found = ordinal(fold(blocks[j + 1].text))
        if found is None or found[2] != expected or (kind is not None and found[:2] != kind):
            break
        kind, expected, j = found[:2], expected + 1, j + 1
    return j


__all__ = ["notes_with_their_parts"]
