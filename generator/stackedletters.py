"""Traditional Mongolian extracted a letter a line: a PDF's text layer of a vertical line of
Mongolian (a title's or a red head's translation in a minority region's gazette) gives each letter
on a line of its own (…的通知 / ᠠ / ᠷ / ᠤ / ᠭ / … / 各苏木镇人民政府…：), or each word (ᠬᠣᠲᠠ / ᠶᠢᠨ /
ᠨᠣᠭᠣᠭᠠᠷᠢᠭᠤᠯᠬᠤ). The run is one line of the script as printed: read as one piece, its letters
joined as they stood, its words a space apart."""

from __future__ import annotations

import re

from .model import Line
from .toclines import is_other_script

# Mongolian's letters (the block U+1800–U+18AF, its free variation selectors and vowel separator
# among them): the one script printed vertically beside the Chinese.
_MONGOLIAN = re.compile("[\u1800-\u18af]{1,2}")
MIN_STACK = 3  # lines of a letter at least (two letters alone could be a short word set apart)


def lone_letter(key: str) -> bool:
    """A line holding one Mongolian letter (or a letter and its variation selector), nothing else."""
    return 0 < len(key) <= 2 and "\u1800" <= key[0] <= "\u18af" and _MONGOLIAN.fullmatch(key) is not None


def stack_end(lines: list[Line], k: int) -> int:
    """The index of the last line of the run of lone letters that opens at ``lines[k]`` (``MIN_STACK``
    lines at least), or ``k - 1`` when none opens there."""
    if k >= len(lines) or not lone_letter(lines[k].key):
        return k - 1
    j = k
    while j + 1 < len(lines) and lone_letter(lines[j + 1].key) and lines[j + 1].place <= lines[j].place + 1:
        j += 1
    return j if j - k + 1 >= MIN_STACK else k - 1


def stacked_text(lines: list[Line]) -> str:
    """The letters of a run, joined as one line of the script (ᠠ / ᠷ / ᠤ → ᠠᠷᠤ)."""
    return "".join(line.text.strip() for line in lines)


MAX_WORD = 16  # characters of a line of such a run (a word or a letter: lines of text in the script are no run)


def script_run_end(lines: list[Line], k: int) -> int:
    """The index of the last of the lines wholly in another script that follow each other from
    ``lines[k]``, each a word or a letter (a translation's words or letters a line), or ``k`` for a
    line of its own, ``k - 1`` when ``lines[k]`` is none."""
    if k >= len(lines) or not is_other_script(lines[k].key):
        return k - 1
    j = k
    while j + 1 < len(lines) and len(lines[j].key) <= MAX_WORD and len(lines[j + 1].key) <= MAX_WORD \
            and lines[j + 1].place <= lines[j].place + 1 and is_other_script(lines[j + 1].key):
        j += 1
    return j


def run_text(lines: list[Line]) -> str:
    """A run's lines as one line of the script: letters joined as they stood, words a space apart."""
    return stacked_text(lines) if all(lone_letter(line.key) for line in lines) \
        else " ".join(" ".join(line.text.split()) for line in lines)


__all__ = ["MAX_WORD", "MIN_STACK", "lone_letter", "run_text", "script_run_end", "stack_end", "stacked_text"]
