"""The appointments a list of them prints (任命张明为青溪县发展和改革局副局长；, 免去李华的青溪县农业农村局
副局长职务。), in the form contents entries under 人事任免 name each of them (张明任青溪县发展和改革局
副局长, 李华免去青溪县农业农村局副局长职务): what the list prints inside it, which such an entry names
instead of the list (``tocmatch``'s parts)."""

from __future__ import annotations

import re

from .model import Document
from .normalize import HAN, NAME_HAN, fold

# (a person named in two to four characters, 同志 perhaps after the name)
_APPOINTED = re.compile(rf"任命([{NAME_HAN}]{{2,4}}?)(?:同志)?为([^;。,:]{{4,40}}?)[;。,]?$")
_REMOVED = re.compile(rf"免去([{NAME_HAN}]{{2,4}}?)(?:同志)?的([^;。,:]{{4,40}}?职务)[;。,]?$")
_KINDS = ("paragraph", "list_item")


def appointments_of(doc: Document) -> tuple[str, ...]:
    """Each appointment a list of them prints on a line of its own (its title a list's or its
    section 人事任免), as a contents entry names it: the person, 任 and the post; the person, 免去
    and the post left."""
    if doc.section != "人事任免" and "任免" not in doc.title:
        return ()
    out = []
    for block in doc.blocks:
        if block.kind not in _KINDS or block.text.lstrip()[:2] not in ("任命", "免去"):
            continue
        key = fold(block.text)
        m = _APPOINTED.match(key) or _REMOVED.match(key)
        if m is not None:
            out.append(f"{m.group(1)}任{m.group(2)}" if key[:2] == "任命" else f"{m.group(1)}免去{m.group(2)}")
    return tuple(out)


__all__ = ["appointments_of"]
