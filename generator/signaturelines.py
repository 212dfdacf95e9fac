"""What the lines of a signature make together: an organ's name the wrap cut over two lines
(青溪县农村人居环境整治工作领导小组 / 办公室, …领导小组办 / 公室, over the date), one name; and an
organ over its head, who signs with the day on his line (青溪县人民政府 / 县长　张建国　　2024年4月8日),
one signature, or both on one line (青溪县人民政府　　县长　张建国 over the date); the issuers its
title names, a town among them bare (城关街道, 青溪县应急管理局　城关街道), over the date.

Near misses: two organs a line each (joint signers: each a name alone), a word under an organ that
makes no organ's name with it, a tail longer than an organ's last words."""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Block, Line
from .normalize import HAN, fold
from .patterns import is_org_only, title_start
from .personlines import is_person_signature, person_shown
from .townissuers import TOWN_LAST, is_bare_town

_TAIL_MAX = 7  # characters of an organ's name the wrap carries down (领导小组办公室)


# An organ's name cut before its last words, which are a name alone (领导小组办公室, 委员会办公室):
# its first words open with the place (青溪县乡村振兴工作, 中共青溪县委全面深化改革), no sentence's.
_PLACE_FIRST = re.compile(rf"(?:中共)?(?:[{HAN}]{{1,4}}?|[{HAN}]{{1,6}}自治)[省市县区旗州盟][{HAN}]{{2,}}")


def organ_wrapped(top: str, tail: str) -> bool:
    """``tail`` (a folded key) is the rest of the organ's name on the line ``top`` over it, cut by
    the wrap: neither a name alone, the two one organ's name; or the tail a name alone under the
    place's first words of the name, which are none (青溪县乡村振兴工作 / 领导小组办公室)."""
    return 0 < len(tail) <= _TAIL_MAX and is_org_only(top + tail) and not is_person_signature(tail) \
        and (not is_org_only(tail) or (_PLACE_FIRST.fullmatch(top) is not None and not is_org_only(top)
                                       and _PLACE_FIRST.match(tail) is None))
    # (a tail that opens with a place is an organ's whole name: 青溪县人民政府 under a list's last row,
    # 刘　芳　　县统计局副局长职务, whose name and post read as a place's first words)


def wrapped_organ_at(lines: list[Line], kinds: list[str], k: int) -> bool:
    """``lines[k]`` (an organ's name, or its beginning) and the line under it are one organ's name
    cut by the wrap, right over the date: the signature's two lines (the line under a name alone
    where the line over it is none: 青溪县乡村振兴工作 / 领导小组办公室)."""
    return k + 2 < len(lines) and kinds[k + 2] == "date" \
        and (kinds[k + 1] == "text" and kinds[k] in ("org", "text") or kinds[k + 1] == "org" and kinds[k] == "text") \
        and lines[k + 1].place == lines[k].place + 1 and organ_wrapped(lines[k].key, lines[k + 1].key)


def organ_and_head(text: str) -> bool:
    """The organ and its head who signs on one line, a gap between (``青溪县人民政府　　县长　张建国``),
    as a copy that lost the line's end prints them."""
    words = text.split()
    if len(words) < 2 or not is_org_only(fold(words[0])):
        return False
    return is_person_signature(" ".join(words[1:]))


def head_under_its_organ_at(lines: list[Line], kinds: list[str], k: int) -> bool:
    """``lines[k]``, text right over the date, is an organ and its head signing (``organ_and_head``)."""
    return kinds[k] == "text" and k + 1 < len(lines) and kinds[k + 1] == "date" and organ_and_head(lines[k].text)


def signature_text(parts: list[str]) -> str:
    """A signature's lines as its text, one a line, but an organ's name cut by the wrap whole
    (``organ_wrapped``), and the organ and its head on one line each (``organ_and_head``: the
    organ over its head, as the two print them on lines of their own)."""
    out: list[str] = []
    for part in parts:
        if out and organ_wrapped(fold(out[-1]), fold(part)):
            out[-1] += part.strip()
        elif organ_and_head(part):
            organ, head = part.split(maxsplit=1)
            out += [organ, person_shown(head) or head]
        else:
            out.append(part)
    return "\n".join(out)


def organ_over_its_head(blocks: list[Block]) -> list[Block]:
    """``blocks`` with an organ's signature right over its head's, who signs with the day on his
    line (``person_signed``), made one signature (the organ over the head), as a head signing
    under the organ over the date on its own line is."""
    out: list[Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        if b.kind == "signature" and prev is not None and prev.kind == "signature" and prev.last + 1 == b.first \
                and "\n" not in b.text and is_person_signature(b.text) and not is_person_signature(prev.text.split("\n")[-1]):
            out[-1] = replace(prev, text=f"{prev.text}\n{b.text}", last=b.last)
        else:
            out.append(b)
    return out


# What stands before the verb of a title's issuers.
_TITLE_HEAD = re.compile(r"(.+?)(?:关于|印发|转发|批转)")


def town_signs(key: str, title_key: str) -> bool:
    """A line over the document's date that names the issuers its title names before its verb,
    run together, the last a town bare (城关街道 under 城关街道关于…的通知; 青溪县应急管理局　城关街道
    under 青溪县应急管理局、城关街道关于…): its organs signing. A town's name the title does not
    open with is no signature (a list's last place, a table's cell)."""
    if not key.endswith(TOWN_LAST) or not title_key.startswith(key[:2]):
        return False
    head = _TITLE_HEAD.match(title_key)
    return head is not None and head.group(1).replace("、", "") == key and title_start(title_key) \
        and any(is_bare_town(key[k:]) for k in range(max(0, len(key) - 16), len(key) - 1))


__all__ = ["head_under_its_organ_at", "organ_and_head", "organ_over_its_head", "organ_wrapped", "signature_text",
           "town_signs", "wrapped_organ_at"]
