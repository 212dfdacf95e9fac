"""A file whose lines are in two encodings, UTF-8 and GB18030 (GBK): documents exported by
different offices or systems and put into one file, a UTF-8 masthead over an issue saved as GBK.
Read whole in either encoding, such a file is refused (the other encoding's bytes do not decode)
or, worse, read without an error as mojibake: UTF-8's three-byte characters are valid GBK pairs
(``南浦县人民政府`` read as GBK is ``鍗楁郸鍘夸汉姘戞斂搴``).

Each line is read in the encoding in which it holds more common characters (GB2312's first
level, 3,755 characters: 99.8–100% of the Han characters of the four sample gazettes), each byte the encoding
cannot read counting two less. Mojibake holds few: UTF-8's lead bytes E4–E9 read as GBK open
second-level and extension characters, and GBK's pairs read as UTF-8 are Latin, Cyrillic or
bytes it cannot read (一, D2 BB in GBK, is the UTF-8 of ``һ``). A line that holds as many either
way (digits, Latin) is read in the encoding of most lines; a line readable in neither keeps each
byte its encoding cannot read as U+FFFD (``ingest`` lists it as damaged). A file whose every line
reads at least as well in one encoding is that encoding's, perhaps damaged (``ingest``).
"""

from __future__ import annotations

import re

_LINE_END = re.compile(rb"\r\n|\r|\n")
_ASCII = bytes(range(128))
# GB2312's first level: the common characters, rows B0–D7 (D7FA–D7FE are unassigned).
_COMMON = re.compile("[" + "".join(
    bytes((lead, trail)).decode("gb2312") for lead in range(0xB0, 0xD8) for trail in range(0xA1, 0xFF)
    if not (lead == 0xD7 and trail > 0xF9)) + "]")
ENCODINGS = ("utf-8", "gb18030")


def common_characters(text: str) -> int:
    """How many of ``text``'s characters are common ones (GB2312's first level)."""
    return len(_COMMON.findall(text))


def _score(raw: bytes, codec: str) -> tuple[str, int, int]:
    """``raw`` read in ``codec`` (each byte it cannot read as U+FFFD), how much it reads as
    Chinese text (its common characters, less two for each byte it could not read), and how many
    bytes it could not read."""
    text = raw.decode(codec, errors="replace")
    unread = text.count("\ufffd")
    return text, common_characters(text) - 2 * unread, unread


def _split(data: bytes):
    """The lines of ``data``, as ``_LINE_END.split`` gives them, one at a time (noise is given up
    after a few lines, not split whole). A line's end is the same byte in both encodings."""
    start = 0
    for end in _LINE_END.finditer(data):
        yield data[start:end.start()]
        start = end.end()
    yield data[start:]


def mixed_text(data: bytes, damage_ratio: int) -> tuple[str, str, tuple[int, ...]] | None:
    """``data`` read a line at a time, each line in the encoding in which it reads as more
    Chinese text (``_score``): (the text, its encodings named main first, ``utf-8+gb18030``, the
    numbers of the lines read in the other), when some lines read better in each; None when
    every line reads as well in one of them (the file is in one encoding, perhaps damaged: read
    as a whole), or when more than one byte in ``damage_ratio`` non-ASCII characters is read in
    neither (noise)."""
    budget = len(data.translate(None, _ASCII)) // damage_ratio  # (bad bytes at most: noise stops early)
    lines: list[bytes] = []
    readings: list[tuple[tuple[str, int, int], ...] | None] = []
    better: list[str | None] = []
    bad = 0
    for raw in _split(data):
        lines.append(raw)
        if raw.isascii():
            readings.append(None)
            better.append(None)
            continue
        both = tuple(_score(raw, codec) for codec in ENCODINGS)
        readings.append(both)
        (_, first, unread_first), (_, second, unread_second) = both
        better.append(None if first == second else ENCODINGS[0] if first > second else ENCODINGS[1])
        bad += min(unread_first, unread_second)
        if bad > budget:
            return None
    counts = {codec: better.count(codec) for codec in ENCODINGS}
    if not all(counts.values()):
        return None
    main = max(ENCODINGS, key=lambda codec: counts[codec])  # (a tie: UTF-8)
    other = ENCODINGS[1 - ENCODINGS.index(main)]
    out, second_lines = [], []
    for no, (raw, codec, both) in enumerate(zip(lines, better, readings), start=1):
        if both is None:
            out.append(raw.decode("ascii"))
            continue
        codec = codec or main  # (as much text either way: the main encoding)
        out.append(both[ENCODINGS.index(codec)][0])
        if codec == other:
            second_lines.append(no)
    text = "\n".join(out)
    if text.count("\ufffd") * damage_ratio > len(text) - len(text.encode("ascii", "ignore")):
        return None  # (the lines in neither encoding: more than a little damage)
    return text, f"{main}+{other}", tuple(second_lines)


def line_spans(numbers: tuple[int, ...]) -> str:
    """Line numbers as their runs: (5, 6, 7, 12) → ``5–7, 12``."""
    runs: list[list[int]] = []
    for no in numbers:
        if runs and no == runs[-1][1] + 1:
            runs[-1][1] = no
        else:
            runs.append([no, no])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in runs)


__all__ = ["common_characters", "line_spans", "mixed_text"]
