"""What a PDF's text keeps of an organ's red seal stamped over its signature and date: the star in
its middle (``★``) and the characters of the ring of words around it, each extracted as a line of
its own and out of order (``南`` / ``浦`` / ``府``), between the signature and the date; or the ring's
words whole, the organ's name again under its signature (``南浦县人民政府`` / ``南浦县人民政府`` / the
date). Read as a paragraph each, the pieces parted the organ from its date: the signature was read as
a paragraph too; the name again was read as a second organ signing.
``linekinds`` takes (``（印）``, ``（盖章）``) beside the signature as the seal's already; these are
the seal's marks too (the page's furniture, never the document's words).

Near misses: such a line elsewhere (a title's last character the wrap cut, …的通 / 知; a table's
cell, 是 / 否), a line of four characters or more, a line already read as a person's (县长 /
陈建国 over the date); two organs signing (中共南浦县委办公室 / 南浦县人民政府办公室); words not of
the organ's name between it and a date (a table's row a cell a line: 县教育局 / 王芳 / 2024年8月31日).
"""

from __future__ import annotations

import re

from .model import Line
from .normalize import HAN

SEAL_STARS = ("★", "☆")  # a seal's star, alone on its line as a text layer gives it
_RING_PIECE = re.compile(f"[{HAN}]{{1,3}}|[{''.join(SEAL_STARS)}]")
SIGNING = ("org", "signed")


def is_seal_piece(line: Line) -> bool:
    """A piece of a seal alone on its line: one to three characters of its ring (``浦``,
    ``政府``), or its star (``★``)."""
    return len(line.key) <= 3 and _RING_PIECE.fullmatch(line.key) is not None


def ring_of(organ: str, pieces: list[str]) -> bool:
    """The pieces (``溪`` / ``★`` / ``府`` / ``桐``) are of the ring of the seal of ``organ`` (the
    signature's key over them, 桐溪县人民政府): more than half their characters, the star aside, are
    in the organ's name, which the ring prints. A person's name between an organ and a date (a
    table's row printed a cell a line: 县教育局 / 王芳 / 2024年8月31日) is none."""
    chars = [c for piece in pieces for c in piece if c not in SEAL_STARS]
    return sum(c in organ for c in chars) * 2 > len(chars) if chars else True


def seal_pieces(lines: list[Line], kinds: list[str]) -> list[int]:
    """The indices of the lines that are pieces of a seal: a run of them read as text between an
    organ's signature and the date under it (or the next organ signing jointly), of the organ's name (``ring_of``); a star alone right under the signature or the
    date, or right over the date; the organ's name again right under its signature, over the date."""
    found: list[int] = []
    runs: set[int] = set()  # the first line of each run of pieces beside a signature or a date
    for k in [k for k, kind in enumerate(kinds) if kind in _BESIDE]:  # (each rule asks for one beside the pieces)
        if kinds[k] == "org" and k > 0 and kinds[k - 1] == "org" and lines[k].key == lines[k - 1].key \
                and k + 1 < len(lines) and kinds[k + 1] == "date":
            found.append(k)  # the organ's name again under its signature, over the date: the ring's words
        if k + 1 < len(lines) and _piece(lines, kinds, k + 1):
            runs.add(k + 1)  # (a run under it)
        if kinds[k] == "date" and k > 0 and _piece(lines, kinds, k - 1):
            start = k - 1  # (a run over the date)
            while start > 0 and _piece(lines, kinds, start - 1):
                start -= 1
            runs.add(start)
    for k in sorted(runs):
        j = k
        while j + 1 < len(lines) and _piece(lines, kinds, j + 1):
            j += 1
        above = kinds[k - 1] if k > 0 else None
        under = kinds[j + 1] if j + 1 < len(lines) else None
        stars = all(lines[x].key in SEAL_STARS for x in range(k, j + 1))
        if (above in SIGNING and under in ("date", "org") and ring_of(lines[k - 1].key, [lines[x].key for x in range(k, j + 1)])) \
                or (stars and (above in (*SIGNING, "date") or under == "date")):
            found.extend(range(k, j + 1))
    return sorted(found)


_BESIDE = (*SIGNING, "date")


def _piece(lines: list[Line], kinds: list[str], k: int) -> bool:
    return kinds[k] == "text" and is_seal_piece(lines[k])


# The seal's mark between the organ and the day (a scanned page's stamp OCR'd as （印）, or a form's
# （盖章）, on the signature's line): 南浦县人民政府（印）　2025年9月3日.
_SEAL_BEFORE_DAY = re.compile(r"\((?:印|盖章|公章)\)(?=(?:19|20|[12lI][09Oo]|二[〇○零])[0-9OolI〇○零一二三四五六七八九]{2}年)")


def seal_between(key: str) -> str:
    """A signature's folded line without the seal's mark between its organ and its day
    (``南浦县人民政府(印)2025年9月3日`` → ``南浦县人民政府2025年9月3日``); a mark elsewhere stays."""
    return _SEAL_BEFORE_DAY.sub("", key, count=1)


__all__ = ["SEAL_STARS", "is_seal_piece", "ring_of", "seal_between", "seal_pieces"]
