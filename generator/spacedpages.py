"""The page's number, bare, between the rows of a table set with spaces (``pdftotext -layout``).

Where a page breaks inside a table set with spaces and the extraction prints no form feed, the
page's number stands alone on its line between two rows, centred on the page (``   3  城关镇…
125  100`` / ``                7`` / ``   4  青山乡…  210  170``). Indented as it is, it reads like
the end of a cell the wrap cut, joins the run of the table's lines and, standing under no column
or under one, leaves the run no table or puts itself in the row above. This rule tells it.
"""

from __future__ import annotations

import re

from .model import Line

_BARE = re.compile(r"[1-9]\d{0,2}")
_INDENT = 8  # spaces before the number at least: past a row's number, where a page centres it
_ROW_NUMBER = re.compile(r"\s*(\d{1,3})\s")


def page_number_between_rows(lines: list[Line], k: int) -> bool:
    """``lines[k]`` is the page's bare number between two rows of a table set with spaces: a
    number of one to three digits alone, indented (``_INDENT``) and no farther than the end of
    the lines around it (centred on the page), the line under it the next row (its number first,
    one more than that of the nearest row above, at most three lines up: ``3`` … ``7`` / ``4``).
    A figure under a row that printed none (``   3  城关镇小型农田水利工程  城关镇`` / ``     125``)
    has no row of the next number under it; a bare number over a row that does not go on the
    numbering (a second table's ``1``) is none either."""
    text = lines[k].text
    key = text.strip()
    if not _BARE.fullmatch(key) or k == 0 or k + 1 >= len(lines):
        return False
    indent = len(text) - len(text.lstrip(" \u3000"))
    if indent < _INDENT or len(text) > max(len(lines[k - 1].text), len(lines[k + 1].text)):
        return False
    after = _ROW_NUMBER.match(lines[k + 1].text)
    if after is None:
        return False
    for x in range(k - 1, max(-1, k - 4), -1):
        above = _ROW_NUMBER.match(lines[x].text)
        if above is not None:
            return int(after[1]) == int(above[1]) + 1
    return False


__all__ = ["page_number_between_rows"]
