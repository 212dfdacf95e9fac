"""Which script a character is written in: Han characters (the class every rule's regular
expressions read names, organs and titles with), and the scripts a minority region prints beside
the Chinese."""

from __future__ import annotations

import re

# Han characters: the basic block, Extension A, the compatibility block's own (﨑 …), and the
# supplementary planes' extensions B–I (𠮷, 𡌶, 𨭉: names of people, villages and towns, and the
# 机关代字 made of them; a font with the character gives it, 𡌶政发〔2024〕3号).
HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U000323af"
# A person's name's characters: Han characters and the private use area's, where a typesetter's
# font keeps the rare characters it made for names (县长　王\ue0a1, 签发人：陈\ue0a2: a character the
# text layer lost, read in its place). (Not ``HAN``'s: between a 发文字号's figures such a
# character is a lost bracket, identifiers.LOST_BRACKETS.)
NAME_HAN = HAN + r"\ue000-\uf8ff"
# A name's character as a text may print one its font lacked: an ideographic description sequence
# (李⿰氵吉, as a web page writes it) or an image's placeholder (刘[图片]华, folded 刘(图片)华).
NAME_CHAR = rf"(?:[{NAME_HAN}]|[\u2ff0-\u2ffb][\u2ff0-\u2ffb{HAN}]{{2,4}}|[(\[（【]图片[)\]）】])"
# The scripts a minority region prints beside the Chinese: Arabic (Uyghur, Kazakh), Tibetan,
# Mongolian, Hangul (Korean), Yi. (Not Latin, full-width or accented, nor Greek: a Chinese text
# quotes them.)
OTHER_SCRIPT = "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff\u0f00-\u0fff\u1800-\u18af" \
    "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\ua000-\ua4cf"
OTHER_LETTER = re.compile(f"[{OTHER_SCRIPT}]")
# (their characters, for a line's last character asked without a regular expression)
OTHER_CHARS = frozenset(chr(code) for first, last in zip(OTHER_SCRIPT[::3], OTHER_SCRIPT[2::3])
                        for code in range(ord(first), ord(last) + 1))
# A translation in another script after the Chinese on its line, after a gap (…的通知　قەشقەر … ئۇقتۇرۇشى):
# the line's last run without a Han character or figure (matched from its start only: linear), from its
# first gap on. (No script's class in the pattern: a class of their ranges takes milliseconds to compile.)
_TAIL = re.compile(rf"(?<![^{HAN}\d])[^{HAN}\d]++$")
_GAP = re.compile(r"[ \t\u3000]")


def translation_after(text: str) -> int | None:
    """Where a translation in another script printed after the Chinese on the line begins (its
    gap), or None: asked of a line whose last character is of such a script (``OTHER_CHARS``)."""
    text = text.rstrip()
    m = _TAIL.search(text)
    if m is None or not HAN_CHAR.search(text, 0, m.start()):
        return None
    gap = _GAP.search(text, m.start())
    if gap is None or OTHER_LETTER.search(text, m.start(), gap.start()) or not OTHER_LETTER.search(text, gap.end()):
        return None
    return gap.start()
# Han characters in the widest sense: with 〇, for checks that no Chinese is left in a rendering.
HAN_WIDE = HAN + r"\u3007"
HAN_CHAR = re.compile(f"[{HAN}]")


def is_han_char(char: str) -> bool:
    """``char`` (one character, or none) is a Han character of ``HAN``: asked of a line's first or
    last character without a regular expression (王𠮷's 𠮷 too)."""
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf" or "\uf900" <= char <= "\ufaff" \
        or "\U00020000" <= char <= "\U000323af"


__all__ = ["HAN", "HAN_CHAR", "HAN_WIDE", "NAME_CHAR", "NAME_HAN", "OTHER_CHARS", "OTHER_LETTER", "OTHER_SCRIPT", "is_han_char",
           "translation_after"]
