"""A document's closing run onto the end of its last sentence, as a web page copied without its
line breaks prints it: ``…请认真遵照执行。南浦县人民政府办公室2024年3月5日``, or with spaces between
(``…执行。　　南浦县人民政府　　2024年3月5日``), several organs signing one after the other
(``…执行。中共南浦县委办公室　南浦县人民政府办公室　2024年3月5日``). Read as the paragraph's last
words, the document had no signature and no 成文日期.

Such a paragraph (or list item) is read as three blocks on its line: its text to its last
sentence's end, the organs signing (a line each where spaces part them), and the date — when the
document has no signature and no date of its own.

Near misses: a day at a paragraph's end after an organ but no sentence's end before them (…经
南浦县人民政府2024年3月5日 in a sentence), words between the sentence's end and the date that
are no organ's name (…。截至2024年3月5日), a day followed by more (…2024年3月5日印发).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Block
from .normalize import fold
from .patterns import is_date_line, is_org_only

_NUMERAL = "〇○零O0一二三四五六七八九十"
_DAY_AT_END = re.compile(rf"(?:\d{{4}}|[{_NUMERAL}]{{4}})年[\d{_NUMERAL}]{{1,3}}月[\d{_NUMERAL}]{{1,3}}日$")
_SENTENCE_ENDS = ("。", "！")
_TEXT_KINDS = ("paragraph", "list_item")


def closing_run_on(text: str) -> tuple[str, tuple[str, ...], str] | None:
    """``text`` (a paragraph's) split into its text to the last sentence's end, the organs signing
    and the date run on after it; None when it ends otherwise."""
    text = text.rstrip()
    if not text.endswith("日") or "年" not in text[-14:]:
        return None  # (the common paragraph: a sentence's end)
    end = max(text.rfind(mark) for mark in _SENTENCE_ENDS)
    if end < 0:
        return None
    words = text[end + 1:].split()
    tail = "".join(words)
    m = _DAY_AT_END.search(tail)
    if m is None or m.start() == 0 or not is_date_line(fold(m.group(0))):
        return None
    organs = tail[:m.start()]
    if not is_org_only(fold(organs)):
        return None
    # (organs set apart by spaces: one a line, as a signature prints them)
    parted = [w for w in words if fold(w) and not _DAY_AT_END.search(w)]
    named = tuple(parted) if "".join(parted) == organs and all(is_org_only(fold(w)) for w in parted) else (organs,)
    return text[:end + 1], named, m.group(0)


def split_closing_run_on(blocks: list[Block]) -> list[Block]:
    """``blocks`` with the last paragraph whose closing ran onto it read as its text, the signature
    and the date (see the module), when no block signs or dates the document."""
    if any(b.kind in ("signature", "date") for b in blocks):
        return blocks
    for k in range(len(blocks) - 1, -1, -1):
        block = blocks[k]
        if block.kind not in _TEXT_KINDS:
            continue
        split = closing_run_on(block.text)
        if split is None:
            continue
        body, organs, day = split
        return [*blocks[:k], replace(block, text=body),
                Block("signature", "\n".join(organs), block.last, block.last),
                Block("date", day, block.last, block.last), *blocks[k + 1:]]
    return blocks


__all__ = ["closing_run_on", "split_closing_run_on"]
