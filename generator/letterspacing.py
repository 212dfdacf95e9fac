"""A line a PDF's text layer extracted with a space between every two characters, as it does
for a line set with its letters spaced (a title, a banner, a header: ``中 共 沅 陵 县 委 办 公 室``)
and as some extractions do for every line: printed without those spaces. A wider gap between
two words (a run of spaces, an ideographic space, each also set apart: ``办 公 室 　 沅 陵``)
stays a gap, as the line printed it (``办公室　沅陵``): every second character of the run.

Only lines whose every word is one character (four Han characters at least among them, or three
among six words: 2 0 2 4 年 4 月 1 2 日) are so read; a line of names or cells set apart (县长　陈建国, 1 城关镇 36) is not. Only spaces go:
every other character stays, in order.
"""

from __future__ import annotations

import re

# A run of white space between two characters of the line.
_RUN = re.compile(r"[ \u3000\u00a0]+")
_HAN = re.compile(r"[\u3400-\u9fff]")


def may_be_letter_spaced(text: str) -> bool:
    """The cheap test ``clean`` asks of a line before ``letters_unspaced``: a space at its start,
    or as its second or fourth character (a letter-spaced line's body has one there)."""
    return " " in text and (text[1:2] == " " or text[3:4] == " " or text[:1] == " ")


def letters_unspaced(text: str, short: bool = False) -> str:
    """``text`` (one line) with the single spaces between its characters taken out, each wider
    run of white space kept as every second character of it (the gap the line printed), its
    indentation as it is, where every word of the line is one character; else ``text``. With
    ``short`` (a line of a text whose lines are so set apart: ``spaced_text``), any such line of
    two words or more (a page's number, 2 1; 附 件 1; the rest of a number a wrap cut, 1 8 号 ）)."""
    body = text.strip(" \u3000\u00a0")
    if body[1:2] != " " or "\t" in body or (not short and (body[3:4] != " " or body[5:6] != " ")):
        return text  # (the cheap test first: most lines have no space after their first character)
    words = _RUN.split(body)
    if any(len(word) != 1 for word in words):
        return text
    if not short:
        han = sum(1 for word in words if _HAN.match(word))
        if han < 4 and not (han == 3 and len(words) >= 6):
            return text
    out = _RUN.sub(lambda m: "" if len(m.group()) == 1 else m.group()[1::2], body)
    return text[:len(text) - len(text.lstrip(" \u3000\u00a0"))] + out


# Lines set apart so (``letters_unspaced``) that make a text's lines read so, the shortest too:
# three at least, and no fewer than the lines of prose as long printed otherwise (a text whose headings
# alone are spaced for display, 政 府 文 件 / 部 门 文 件 / 人 事 任 免, is printed otherwise: a row
# of figures 1 2 3 4 under them is a row's cells).
LEAST_SPACED_LINES = 3
_SHORTEST_SPACED = 7  # (four characters apart: 政 府 文 件)


def spaced_text(raw_lines: list[str]) -> bool:
    """Are LEAST_SPACED_LINES of ``raw_lines`` (a text's lines as read) or more set apart
    character by character, as a PDF's text layer extracted with a space between every two
    characters prints them, and no fewer than its lines of prose as long printed otherwise (a
    table's rows, apart by tabs, gaps or bars, not counted)?"""
    spaced = [" " in raw and (raw[1:2] == " " or raw[3:4] == " " or raw[:1] in " \u3000\u00a0")  # (a space
              and raw.strip() != "" and letters_unspaced(raw) != raw for raw in raw_lines]  # first: most lines have none)
    found = spaced.count(True)
    if found < LEAST_SPACED_LINES:
        return False  # (most texts: their lines of prose not counted)
    others = 0
    for raw, apart in zip(raw_lines, spaced):
        body = raw.strip() if not apart else ""
        if len(body) >= _SHORTEST_SPACED and "\t" not in body and "  " not in body and "|" not in body:
            others += 1  # (a line of prose; a table's row, its cells apart by tabs, gaps or bars, left out)
    return found >= others


__all__ = ["LEAST_SPACED_LINES", "letters_unspaced", "may_be_letter_spaced", "spaced_text"]
