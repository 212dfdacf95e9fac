"""Characters a font, a PDF's text layer or an input method gives for others, printed as the
characters they stand for (``normalize.clean``): digits and Latin letters set in full width,
radicals and CJK compatibility ideographs extracted for characters."""

from __future__ import annotations

import re
import unicodedata

# Digits and Latin letters set in full width (２０２４年, 第１号, ＰＪＤＲ): a word processor's
# input; printed as the plain ones, so that what is read from them (years, numbers, figures,
# codes) and what is shown agree. Full-width punctuation and the ideographic space stay.
WIDE_ALNUM_TABLE = {c: c - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
                    for c in range(r[0], r[1] + 1)}


# Radicals for characters (⼈⺠政府, 南浦县⼈⺠政府⽂件): a PDF whose font maps a character's glyph
# to the radical's code point (the Kangxi radicals, U+2F00–U+2FD5, and the radicals supplement,
# U+2E80–U+2EF3) extracts them in place of the characters; a gazette prints no radical as such.
# Printed as the characters, so that titles, organs and dates are read from them and shown as they
# read: a Kangxi radical as NFKC gives it (⼈ → 人), a radical of the supplement as the character it
# is the form of (⺠ → 民, ⻓ → 长, ⻔ → 门; the table of Unicode's EquivalentUnifiedIdeograph.txt
# for those with a character of the basic block).
RADICAL_TABLE = {
    **{c: unicodedata.normalize("NFKC", chr(c)) for c in range(0x2F00, 0x2FD6)},
    **{ord(radical): char for radical, char in zip(
        "⺁⺅⺆⺉⺊⺌⺎⺒⺓⺕⺖⺗⺘⺙⺝⺟⺠⺡⺣⺦⺨⺩⺬⺭⺰⺳⺶⺼⺾⻁⻂⻄⻅⻆⻈⻉⻋⻌⻏⻐⻓⻔⻖⻗⻘⻙⻚⻛⻜⻝⻠⻢⻣⻤⻥⻦⻨⻩⻬⻮⻰⻳",
        "厂亻冂刂卜小兀巳幺彐忄心扌攵月母民氵灬丬犭王示礻纟网羊肉艹虎衤西见角讠贝车辶阝钅长门阝雨青韦页风飞食饣马骨鬼鱼鸟麦黄齐齿龙龟",
        strict=True)},
}
# CJK compatibility ideographs for characters (年 U+F98E, 行 U+FA08, 理 U+F9E4, 六 U+F9D1): a
# PDF's font that carries a second glyph of a character under the compatibility code point (made
# for Korean readings of one character) extracts it there; Unicode holds each the same character
# as the unified one (a canonical equivalent: NFC gives it), and a Chinese text means no other.
# Printed as the unified character, so that the site's text, its search and the datasets carry
# the character every reader types (年度, 管理). The compatibility block's own characters (﨎 﨏
# 﨑 …, no equivalent) stay.
COMPATIBILITY_TABLE = {code: unicodedata.normalize("NFC", chr(code))
                       for first, last in ((0xF900, 0xFAFF), (0x2F800, 0x2FA1F)) for code in range(first, last + 1)
                       if unicodedata.normalize("NFC", chr(code)) != chr(code)}
# Digits and Latin letters set in full width, radicals and compatibility ideographs for
# characters: what ``clean`` prints as the plain characters, found by one search.
WIDE_OR_RADICAL = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u2e80-\u2fd5\uf900-\ufaff"
                             "\U0002f800-\U0002fa1f]")
WIDE_OR_RADICAL_TABLE = {**WIDE_ALNUM_TABLE, **RADICAL_TABLE, **COMPATIBILITY_TABLE}


__all__ = ["COMPATIBILITY_TABLE", "RADICAL_TABLE", "WIDE_ALNUM_TABLE", "WIDE_OR_RADICAL", "WIDE_OR_RADICAL_TABLE"]
