"""A subtitle's dash (——) as OCR and text layers give it at the start of its line, under its
title: two 一 for the two dashes (OCR: 一一表扬先进单位), or one dash where a text layer set the two
apart (— —表扬先进单位, folded to one). Read as the dash, so that the title goes on with it."""

from __future__ import annotations

from .scripts import is_han_char


def _han(char: str) -> bool:
    return is_han_char(char)


def subtitle_read(key: str) -> str:
    """The folded key of a line under a title, its opening dash read (``一一表扬先进单位`` →
    ``--表扬先进单位``, ``-表扬先进单位`` → ``--表扬先进单位``); other keys as they are (a third 一,
    ``一一一``, or no word after the dash). Asked only of the line under a line that may end a
    title: the first character answers most."""
    first = key[:1]
    if first == "一":
        if key[1:2] == "一" and key[2:3] != "一" and _han(key[2:3]):
            return "--" + key[2:]
    elif first == "-" and _han(key[1:2]):
        return "-" + key
    return key


__all__ = ["subtitle_read"]
