"""What OCR leaves of an organ's seal over its signature: （印）, 印, （盖章） on a line of its own or
after the organ's name (资兴市人民政府办公室（印）). The ring's characters and star a PDF keeps line by
line are ``sealmarks``'s."""

from __future__ import annotations

import re

from .patterns import is_org_only

_SEAL = re.compile(r"\(?(?:印|盖章|公章)\)?")
_SEAL_AFTER = re.compile(r"\(?(?:印|盖章|公章)\)?$")
_SEAL_MAX = len("(盖章)")  # the longest key _SEAL takes


def is_seal(key: str) -> bool:
    """The seal's mark alone: ``(印)``, ``印``, ``(盖章)``."""
    return len(key) <= _SEAL_MAX and bool(_SEAL.fullmatch(key))


def without_seal(key: str) -> str:
    """An organ's name without the seal's mark after it: ``资兴市人民政府办公室(印)``."""
    if not key.endswith(("印", ")", "章")):
        return key  # (the common line: nothing to look at)
    m = _SEAL_AFTER.search(key)
    return key[:m.start()] if m and m.start() > 0 and is_org_only(key[:m.start()]) else key


__all__ = ["is_seal", "without_seal"]
