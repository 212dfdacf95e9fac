"""What OCR leaves of an organ's seal over its signature: （印）, 印, （盖章） on a line of its own or
after the organ's name (资兴市人民政府办公室（印）; an office sealing for its government, （代章））;
the ring's words OCR reads in a piece, a part of the organ's name or the seal's kind (专用章), alone
under the signature. The ring's characters and star a PDF keeps line by line are
``sealmarks``'s."""

from __future__ import annotations

import re

from .model import Line
from .sealmarks import is_seal_piece
from .normalize import HAN
from .patterns import is_org_only

_SEAL = re.compile(r"\(?(?:印|盖章|公章|代章|印章)\)?")
_SEAL_AFTER = re.compile(r"\(?(?:印|盖章|公章|代章|印章)\)?$")
_SEAL_MAX = len("(盖章)")  # the longest key _SEAL takes


def is_seal(key: str) -> bool:
    """The seal's mark alone: ``(印)``, ``印``, ``(盖章)``, ``(代章)``, ``(印章)``."""
    return len(key) <= _SEAL_MAX and bool(_SEAL.fullmatch(key))


# What OCR makes of a seal's image stamped over a signature: its ring drawn as a mark (◎, ⊙), or
# its words read as a run of 印 and 章 (印 印 章, 章印) — never ○ or ●, a table's marks for yes and no.
_SEAL_NOISE = frozenset("印章◎⊙")
_NOISE_MAX = 6


# The marks of joint signers' seals on one line under their names (（盖章）　　　（盖章）).
_SEALS_APART = re.compile(r"(?:\((?:印|盖章|公章|代章|印章)\)){2,3}")


def is_seal_mark(key: str) -> bool:
    """The seal's mark alone (``is_seal``), or what OCR made of its image: ``◎``, ``印印章``; or the
    marks of joint signers' seals on one line (``(盖章)(盖章)``)."""
    return is_seal(key) or (0 < len(key) <= _NOISE_MAX and key[0] in _SEAL_NOISE and set(key) <= _SEAL_NOISE) \
        or (key[:1] == "(" and _SEALS_APART.fullmatch(key) is not None)


_LETTERS_MAX = 6  # letters OCR reads of a seal's image (ee, Ny ie, oe)


def is_seal_letters(key: str) -> bool:
    """What OCR trained on Chinese (Tesseract's chi_sim) reads of a red seal over the signature: a
    few Latin letters and nothing else (``ee``, ``Ny ie``, folded ``Nyie``), six at most. Asked only of
    a line beside the signature (``linekinds``): a table's unit or a name in Latin elsewhere is text."""
    return 0 < len(key) <= _LETTERS_MAX and key.isascii() and key.isalpha()


def without_seal(key: str) -> str:
    """An organ's name without the seal's mark after it: ``资兴市人民政府办公室(印)``."""
    if not key.endswith(("印", ")", "章")):
        return key  # (the common line: nothing to look at)
    m = _SEAL_AFTER.search(key, max(0, len(key) - _SEAL_MAX - 1))  # (a mark ends the key: searched from its last characters only)
    return key[:m.start()] if m and m.start() > 0 and is_org_only(key[:m.start()]) else key


_MARKS_MAX = 4  # lines of a seal's marks between two organs (the ring's characters and its star)


def seal_between_signers(lines: list[Line], kinds: list[str], k: int) -> bool:
    """The line at ``k`` is a seal's mark (``is_seal_mark``, read as furniture) between two organs
    signing jointly, each over its seal: 青溪县民政局 / （盖章） / 青溪县财政局 / （盖章） / the date;
    the seal's star alone there too (★), or the ring's characters and star a line each (青溪县财政局 /
    溪 / ★ / 政 / 青溪县民政局: ``sealmarks.seal_pieces``'s), the next organ under them."""
    if kinds[k] != "furniture" or kinds[k - 1] not in ("org", "person", "furniture"):
        return False
    j = k
    while j < len(kinds) and j - k < _MARKS_MAX and kinds[j] == "furniture" \
            and (is_seal_mark(lines[j].key) or is_seal_piece(lines[j])):  # (a star alone is a piece)
        j += 1
    return k < j < len(kinds) and kinds[j] in ("org", "person")


# What OCR reads of the ring's words in one piece: the kind of seal (专用章, 财务专用章, 行政审批专用章).
_SEAL_KIND = re.compile(f"[{HAN}]{{0,5}}专用章")
_SIGNING = ("org", "signed")
_FRAGMENTS = 3  # lines of the ring's words OCR leaves at most


def ring_fragment(key: str, organ: str) -> bool:
    """A line OCR made of the ring's words of the seal of ``organ`` (the signature's key): a part of
    its name cut at both ends or at one (``溪县人民``, ``县人民政府办`` under 青溪县人民政府办公室), or
    the seal's kind (``专用章``). Not the organ's name whole, nor an organ whose name opens it (青溪县人民政府
    under 青溪县人民政府办公室: a second organ signing), nor one character (``sealmarks.seal_pieces``'s)."""
    if key.endswith("专用章"):
        return _SEAL_KIND.fullmatch(key) is not None
    return 2 <= len(key) < len(organ) and key in organ and not (organ.startswith(key) and is_org_only(key))


def ring_fragments(lines: list[Line], kinds: list[str]) -> list[int]:
    """The indices of the lines of the ring's words (``ring_fragment``) alone under an organ's
    signature: between it and its date (青溪县人民政府 / 溪县人民 / 2024年5月20日), or right under the
    date (青溪县财政局 / 2024年5月22日 / 专用章), with no date under them (a second organ's); the
    seal's pieces already found among them (furniture: ``sealmarks.seal_pieces``)."""
    more: list[int] = []
    for a in [a for a, kind in enumerate(kinds) if kind in _SIGNING]:  # (the signatures, found in one pass)
        kind, organ, start = kinds[a], lines[a].key, a + 1
        if kind == "org":  # (an organ over its date; ``signed``: the organ and the date on one line)
            j = _past_fragments(lines, kinds, start, organ)
            if j >= len(lines) or kinds[j] != "date":
                continue
            more.extend(x for x in range(start, j) if kinds[x] != "furniture")  # between the two
            start = j + 1
        j = _past_fragments(lines, kinds, start, organ)
        if j == len(lines) or kinds[j] != "date":
            more.extend(x for x in range(start, j) if kinds[x] != "furniture")  # under the date
    return more


def _past_fragments(lines: list[Line], kinds: list[str], start: int, organ: str) -> int:
    """The first index from ``start`` on past the ring's words (and the seal's pieces found)."""
    j = start
    while j < len(lines) and j - start < _FRAGMENTS and (kinds[j] == "furniture" or (
            kinds[j] in ("text", "org") and ring_fragment(lines[j].key, organ))):
        j += 1
    return j


__all__ = ["is_seal", "is_seal_letters", "is_seal_mark", "seal_between_signers", "ring_fragment", "ring_fragments", "without_seal"]
