"""Lines decoded twice: gazette text whose bytes (UTF-8 or GB18030) a tool read one byte a
character, as Latin-1 or Windows-1252, and wrote out again as UTF-8.

Such a line holds no Chinese at all, only Latin letters with accents and signs
(``æ¡æºªå¿äººæ°æ¿åºå¬æ¥`` for 桐溪县人民政府公报, ``Í©ÏªÏØÈËÃñÕþ¸®`` for the same in GB18030). Its characters
are the bytes of the text as printed: each Latin-1 character is its byte, each Windows-1252 sign
(€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ) the byte that code page gives it. Those
bytes, read as UTF-8 without a bad byte (Latin-1 text hardly ever is), or failing that as
GB18030 where what they read is common Chinese characters (``25°C`` is ``25癈``: no), are the
line as printed. A line that holds Chinese already, or whose bytes read as no
Chinese (French, a name with accents, ``© 2024``), or one sign repeated (leaders ·········, a
placeholder ××××), is left as it is. Once lines are read so, a
dash or a single character decoded twice (``â€”``, too few bytes to tell by themselves) is read
in the same encoding. The parse names the lines read again (``SourceText.repaired``).
"""

from __future__ import annotations

import re

from .mixedlines import common_characters

# Each byte as Latin-1 shows it, and the bytes 0x80–0x9F as Windows-1252 shows them too (the five
# it leaves undefined, 0x81 0x8D 0x8F 0x90 0x9D, pass as their Latin-1 controls in either).
_CP1252 = {bytes([b]).decode("cp1252"): b for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
_BYTE_OF = {**{chr(b): b for b in range(0x100)}, **_CP1252}

# A character of a line decoded twice: a byte ≥ 0xA0 shown as Latin-1 (the bytes that open a
# Chinese character in UTF-8, and most in GB18030, are these; a line of Windows-1252's signs alone,
# ——— or ……, is no such line: a gazette prints them).
_SUSPECT = re.compile("[\u00a0-\u00ff]")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
MIN_SUSPECTS = 4  # characters of the line that are bytes ≥ 0xA0 (two Chinese characters' worth at least)
# Of the characters past ASCII a GB18030 reading gives, the common ones (GB2312's first level) at
# least: GB18030 reads almost any pair as a character (°C, B0 43, is 癈), a gazette's are common.
COMMON_SHARE = 0.5


def _as_bytes(line: str) -> bytes | None:
    """The bytes the line's characters stand for, one a character; None when a character stands
    for no byte (it was never a byte read as Latin-1 or Windows-1252)."""
    out = bytearray()
    for char in line:
        byte = _BYTE_OF.get(char)
        if byte is None:
            return None
        out.append(byte)
    return bytes(out)


def read_again(line: str, codec: str | None = None) -> tuple[str, str] | None:
    """The line as printed and the codec its bytes read in, when it is one decoded twice (see
    the module), else None. With ``codec`` (the one other lines of the text read in), any line
    whose bytes read in it is one: a dash or a single character holds too few bytes to tell."""
    if _HAN.search(line) or (codec is None and len(_SUSPECT.findall(line)) < MIN_SUSPECTS):
        return None
    if len({char for char in line if char > "\x7f"}) < 2:
        return None  # (a run of one sign, a contents' leaders ····· or a name's placeholder ××××: no bytes of text)
    data = _as_bytes(line)
    if data is None:
        return None
    for each in (codec,) if codec else ("utf-8", "gb18030"):
        try:
            text = data.decode(each)
        except UnicodeDecodeError:
            continue
        wide = sum(1 for char in text if ord(char) > 0x7f)
        if codec or (wide and (each == "utf-8" or common_characters(text) >= COMMON_SHARE * wide)):
            return text, each  # (bytes past ASCII that are valid UTF-8 are hardly ever chance; any pair is GB18030)
    return None


def _places(text: str, char: str):
    """Where ``char`` stands in ``text``, each place."""
    at = text.find(char)
    while at >= 0:
        yield at
        at = text.find(char, at + 1)


def _lines_holding(text: str, places: list[int]) -> list[int]:
    """The numbers (from 0) of the lines of ``text`` that hold the ``places`` (in order), each
    once: the line ends counted between one place and the next."""
    out: list[int] = []
    line = last = 0
    for at in places:
        line += text.count("\n", last, at)
        last = at
        if not out or out[-1] != line:
            out.append(line)
    return out


def lines_read_again(lines: list[str], whole: str | None = None) -> tuple[list[str], tuple[int, ...]]:
    """The lines, each decoded twice read as printed, and those lines' numbers (from 1). A line
    is one by its own bytes (``read_again``); once lines are, every line whose bytes read in the
    codec most of them read in is read in it. Only lines holding a character in the Latin-1
    range are asked: the text encoded to Latin-1 leaving the rest out tells which characters
    those are (ten times faster than a search for the range; most gazettes hold none, or a few
    ·, × or ° in their tables), and each is found where it stands. ``whole``: the text the
    lines were split from, when at hand (a text without such a character is then not joined)."""
    latin = (whole if whole is not None else "\n".join(lines)).encode("latin-1", "ignore")
    if latin.isascii():
        return lines, ()
    text = "\n".join(lines)
    asked = _lines_holding(text, sorted(at for char in {chr(b) for b in set(latin) if b >= 0xA0}
                                        for at in _places(text, char)))
    found = {no: again for no in asked if (again := read_again(lines[no])) is not None}
    if not found:
        return lines, ()
    codecs = [codec for _, codec in found.values()]
    codec = max(set(codecs), key=codecs.count)
    for no in asked:
        if found.get(no, ("", None))[1] != codec and (again := read_again(lines[no], codec)) is not None:
            found[no] = again  # (a short line, or one read in the other codec by chance: 目录's bytes are valid UTF-8)
    out = [found[no][0] if no in found else line for no, line in enumerate(lines)]
    return out, tuple(sorted(no + 1 for no in found))


__all__ = ["lines_read_again", "read_again"]
