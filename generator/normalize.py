"""Character normalisation.

Two different jobs, kept apart on purpose:

* ``clean`` prepares a line for display: it removes characters nobody can see (zero-width
  spaces, BOMs, form feeds), turns non-breaking and ideographic spaces into plain spaces and
  strips trailing whitespace. It changes no visible character but digits and Latin letters set in
  full width and radicals or compatibility ideographs extracted for characters (printed as the
  plain ones), a label OCR read with a look-alike character (``lookalikes``: 附仵：, 抄迭：, …日印友,
  printed as the label), the characters a PDF's fake bold doubled (``fakebold``: 关关于于… printed
  关于…) and a converter's inline math for text (``texmath``: ``$12.5\\%$`` printed 12.5%).
* ``fold`` produces a *matching key*. It is never published. It folds full-width forms, bracket
  and dash variants, traditional characters into the simplified ones (縣 县, 關於 关于, 號 号:
  ``traditional``), removes extraction markup (Markdown headings, bold, list bullets, stray
  HTML tags, HTML's character references decoded) and all whitespace, so that ``通 知``, ``**通知**`` and ``# 通知`` compare equal.

Guarantees (tested with hypothesis): ``fold`` is idempotent and never drops a Han character (a
traditional one is keyed as the simplified); ``clean`` is idempotent.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

from .fakebold import undoubled
from .letterspacing import letters_unspaced, may_be_letter_spaced
from .glyphs import COMPATIBILITY_TABLE, RADICAL_TABLE, WIDE_OR_RADICAL, WIDE_OR_RADICAL_TABLE
from .lookalikes import labels_read
from .traditional import TRADITIONAL
from .scripts import HAN, HAN_WIDE, NAME_CHAR, NAME_HAN, OTHER_CHARS, OTHER_LETTER, OTHER_SCRIPT, is_han_char  # noqa: F401 (given from here too)
from .mdmarkup import EMPHASIS, LEADING_MARKUP, printed, without_emphasis, without_links

# Invisible characters, removed: zero-width ones, the soft hyphen (U+00AD: a word processor's
# optional break point, left inside the words of a PDF's text layer, 松政\u00ad发〔20\u00ad24〕3号),
# form and line feeds of a page's end, the controls of bidirectional text (a right-to-left
# override turns the page's own words around the title: no Chinese gazette needs one), and
# Unicode's noncharacters (U+FFFE, U+FFFF, …: no text holds them, and XML forbids them).
_BIDI = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_NONCHARACTERS = [*map(chr, range(0xFDD0, 0xFDF0)), *(chr(plane + end) for plane in range(0, 0x110000, 0x10000)
                                                      for end in (0xFFFE, 0xFFFF))]
# (and the invisible operators and interlinear annotation marks a converter leaves, U+2061–U+2064,
# U+FFF9–U+FFFB)
_INVISIBLE = dict.fromkeys(map(ord, ["\ufeff", "\u200b", "\u00ad", "\u200c", "\u200d", "\u2060", "\x0c", "\x0b",
                                     "\u2061", "\u2062", "\u2063", "\u2064", "\ufff9", "\ufffa", "\ufffb",
                                     *_BIDI, *_NONCHARACTERS]), None)
# Spaces other than the plain one, printed as it: the non-breaking and ideographic spaces, every
# width of the typographic ones (U+2000–U+200A, U+205F, U+1680), and the line and paragraph
# separators a web page's or a word processor's copy leaves inside a line (U+2028, U+2029, and NEL,
# U+0085, of text read through a Windows code page).
_SPACES = dict.fromkeys(map(ord, "\xa0\u3000\u202f\u205f\u1680\u2028\u2029\x85"
                                 + "".join(map(chr, range(0x2000, 0x200B)))), " ")
# (with C1's controls, U+0080–U+009F: bytes of a Windows code page read as Latin-1)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")

# After NFKC, full-width ASCII is half-width; what remains are CJK-only variants.
_FOLD_TABLE = str.maketrans(
    {
        "〔": "(", "〕": ")", "［": "(", "］": ")", "[": "(", "]": ")",
        "【": "(", "】": ")", "﹝": "(", "﹞": ")", "〈": "〈", "〉": "〉",
        "〘": "(", "〙": ")",  # (the tortoise-shell brackets a font prints 〔〕 with: 松政发〘2024〙8号)
        "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-", "﹣": "-",
        "─": "-", "━": "-",
        "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'",
        "…": "...", "⋯": "...", "·": ".", "・": ".", "。": "。",
        "∙": ".", "⋅": ".", "‧": ".",  # (the dots of some fonts' contents leaders: …的通知∙∙∙∙∙∙3)
        "號": "号",  # (the traditional form a font or an input method gives a 发文字号: 南政发〔2024〕3號)
        **TRADITIONAL,  # (a page in traditional characters: 青溪縣人民政府關於…的通知 keyed 青溪县人民政府关于…的通知)
    }
)
# A web page's tags, and, saved whole, its page's (html, head, body, meta, a script or style on a
# line of its own with what it holds, or its tag alone, a comment, the doctype): markup, not text.
# (a script's tags among a line's words are text: …关于<script>alert(1)</script>的通知)
_HTML_TAG = re.compile(r"^\s*<(script|style)\b[^<>]{0,200}>[^<]{0,2000}</\1\s*>\s*$|^\s*</?(?:script|style)\b[^<>]{0,200}>\s*$"
                       r"|</?(?:p|div|br|span|td|tr|th|b|strong|em|i|u|h[1-6]|font|center|li|ul|ol|table|tbody|thead|"
                       r"section|article|header|footer|a|img|hr|sup|sub|small|big|html|head|body|meta|link|title|"
                       r"nav|main|aside|form|label|button|input|select|option|iframe|noscript)"
                       r"\b[^<>\u3400-\u9fff]{0,200}>|<!--[^<>]{0,200}-->|<!doctype\b[^<>]{0,200}>", re.I)
# HTML's character references left by a web page's extraction: &ldquo;, &nbsp;, &#8220;.
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _unescaped(match: re.Match) -> str:
    """The character a reference stands for; the reference itself when it is none, or when it
    stands for ``&`` (decoding could make another reference: decoding stays idempotent)."""
    char = html.unescape(match.group(0))
    return match.group(0) if "&" in char else char


def unescape_entities(text: str) -> str:
    """``&ldquo;双随机&rdquo;`` → ``“双随机”``: HTML's character references decoded."""
    return _ENTITY.sub(_unescaped, text) if "&" in text else text


_WS = re.compile(r"\s+")

_HAN_RE = re.compile(f"[{HAN}]")
_CJK_PUNCT = "，。、；：？！“”‘’（）《》〈〉【】〔〕「」『』…—－·"
_SPACE_BETWEEN = re.compile(
    rf"(?<=[{HAN}{_CJK_PUNCT}])[ \t]+(?=\S)|(?<=\S)[ \t]+(?=[{HAN}{_CJK_PUNCT}])"
)
# (the same over words single spaces set apart, as squeeze sets them: searched from the space, fast)
_SPACE_BETWEEN_WORDS = re.compile(rf" (?:(?=[{HAN}{_CJK_PUNCT}])|(?<=[{HAN}{_CJK_PUNCT}] ))")


# Quick checks that let the common line skip the slower passes.
_ODD_SPACE = re.compile("[" + "".join(map(chr, {**_INVISIBLE, **_SPACES})) + r"\x00-\x08\x0e-\x1f\x7f-\x9f]")


# Digits and Latin letters set in full width, radicals and compatibility ideographs for characters
# (``glyphs``): what ``clean`` prints as the plain characters, found by one search.
_WIDE_OR_RADICAL, _WIDE_OR_RADICAL_TABLE = WIDE_OR_RADICAL, WIDE_OR_RADICAL_TABLE
_RADICAL_TABLE, _COMPATIBILITY_TABLE = RADICAL_TABLE, COMPATIBILITY_TABLE  # (the tests count them)


def printable_but_tabs(text: str) -> bool:  # (every character printable, tabs taken as spaces)
    return (text.replace("\t", " ") if "\t" in text else text).isprintable()


def clean(text: str) -> str:
    """Remove invisible characters and normalise space characters; full-width digits and Latin
    letters as the plain ones (``_WIDE_ALNUM_TABLE``), radicals and compatibility ideographs as the
    characters (``_RADICAL_TABLE``, ``_COMPATIBILITY_TABLE``), a label OCR read
    with a look-alike character as the label (``labels_read``), a line extracted with a space
    between every two characters as printed (``letters_unspaced``), a converter's math and escapes as printed (``printed``);
    strip trailing spaces; characters a fake bold doubled printed once (``undoubled``). Tabs are kept: a trailing tab is an empty last cell of a table row."""
    # Each character ``_ODD_SPACE`` finds is a control, a format character, a space other than
    # the plain one or unassigned, which ``str.isprintable`` says no to (tested over all of
    # Unicode); a tab is none of them, but not printable either: looked past. Many times faster
    # than the pattern's search over the common line, which holds none.
    if not text.isprintable() and not printable_but_tabs(text) and _ODD_SPACE.search(text):  # (most lines: printable)
        text = text.translate(_INVISIBLE).translate(_SPACES)
        text = _CONTROL.sub("", text)
    if may_be_letter_spaced(text):
        text = letters_unspaced(text)  # (a line extracted with a space between every two characters;
        # its odd spaces, ideographic ones, made plain spaces above)
    if _WIDE_OR_RADICAL.search(text):
        text = text.translate(_WIDE_OR_RADICAL_TABLE)
    return labels_and_bold(text)


def labels_and_bold(text: str) -> str:
    """``clean``'s last steps: a converter's math and escapes read, a look-alike label read, trailing spaces stripped,
    a fake bold's doubled characters printed once."""
    text = printed(text) if "$" in text or "<su" in text or "\\" in text else text  # (a converter's $…$, <sup>, \.)
    if "仵" in text or "迭" in text or "友" in text or "午" in text \
            or ("入" in text and ("入民" in text or "入大" in text or "入 " in text)) \
            or (("；" in text or ";" in text) and text.lstrip()[:1] in ("附", "抄")) or "一一一" in text:
        text = labels_read(text)  # (what each of its rules asks first: the common line holds none)
    text = text.rstrip(" ")
    if len(text) >= 4 and text[-1] == text[-2] and "\t" not in text:
        text = undoubled(text)  # (a line a fake bold doubled ends with a character twice: few others do)
    return text


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Matching key: width-, bracket-, dash- and markup-insensitive, without whitespace.
    Cached: table cells and lines are folded again and again by the rules that compare them."""
    key = _fold_once(clean(text))
    if _settled(key):
        return bracketed_year_in_figures(key)
    # Removing markup or spaces can bring together characters that NFKC composes or markup
    # that becomes a line start: iterate to a fixed point (two passes at most in practice).
    for _ in range(8):
        again = _fold_once(key)
        if again == key:
            break
        key = again
    return bracketed_year_in_figures(key)


# A year in Chinese numerals between brackets, as older 发文字号 print it: 桐政办发〔二〇〇三〕11号,
# 南政发〔一九九九〕12号 (folded: (二〇〇三)); a year 1900–2099 (一九…, 二〇…), the zero as 〇, ○ or 零.
# (the zero also as OCR and fonts give it among numerals, as a date's is read: ◯, a Latin O or o, a
# digit 0: 〔二O〇三〕)
_BRACKETED_CN_YEAR = re.compile(r"\((一九|二[〇○◯零Oo0])([〇○◯零Oo0一二三四五六七八九]{2})\)")
CN_FIGURES = str.maketrans("〇○◯零Oo一二三四五六七八九", "000000123456789")  # (a year in Chinese numerals as figures)


def bracketed_year_in_figures(key: str) -> str:
    """A folded key with a year in Chinese numerals between brackets written in figures, as a
    发文字号's year is matched: ``桐政办发(二〇〇三)11号`` → ``桐政办发(2003)11号``; any other key as
    it is (a year not in brackets, 二〇〇三年, and four numerals that are no year, (一二三四),
    stay)."""
    if ")" not in key or ("(一" not in key and "(二" not in key):
        return key  # (the year opens its bracket with 一九 or 二: most keys hold no bracket so opened)
    return _BRACKETED_CN_YEAR.sub(lambda m: "(" + (m.group(1) + m.group(2)).translate(CN_FIGURES) + ")", key)


# Circled numbers mark list items (①工业源减排措施); NFKC would turn them into plain digits.
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# (kept through NFKC as noncharacters, U+FDD0…, which clean takes out of every text fold is given:
# no character of the text is taken for one; a private-use character lost for a character,
# 关于\ue001做好, is no circled number)
_PROTECT = str.maketrans({c: chr(0xFDD0 + i) for i, c in enumerate(_CIRCLED)})
_RESTORE = str.maketrans({chr(0xFDD0 + i): c for i, c in enumerate(_CIRCLED)})


_CIRCLED_RE = re.compile(f"[{_CIRCLED}]")
# The characters the table changes (it maps 〈, 〉 and 。 to themselves: a sentence's full stop
# is no reason to replace characters, nor to fold a key again).
_FOLDED_CHARS = re.compile("[" + re.escape("".join(chr(code) for code, to in _FOLD_TABLE.items() if to != chr(code))) + "]")


_FULL_WIDTH = re.compile("[\uff01-\uff5e]")  # ！…～: NFKC gives the ASCII character 0xFEE0 below
_COMMON_FULL_WIDTH = tuple((char, chr(ord(char) - 0xFEE0)) for char in "（），；：")


def _replace_each(text: str, found: re.Pattern, to) -> str:
    """Each distinct character ``found`` in ``text`` replaced by ``to(character)``: what
    ``str.translate`` does, several times faster on Chinese text, which holds few distinct
    characters to change (translate looks up every character of the line)."""
    for char in set(found.findall(text)):
        text = text.replace(char, to(char))
    return text


def _nfkc(text: str) -> str:
    """NFKC with circled numbers kept. A Chinese line is rarely normalised only for its
    full-width punctuation (，（）；：): those are mapped to ASCII first, which changes nothing
    NFKC gives (it maps each to that ASCII character), and the whole normalisation, slow on
    Chinese text, runs only when something else is left."""
    if unicodedata.is_normalized("NFKC", text):
        return text
    for wide, ascii_char in _COMMON_FULL_WIDTH:  # (most lines' only ones, each asked faster than found by the pattern)
        if wide in text:
            text = text.replace(wide, ascii_char)
    if _FULL_WIDTH.search(text):
        text = _replace_each(text, _FULL_WIDTH, lambda char: chr(ord(char) - 0xFEE0))
    if unicodedata.is_normalized("NFKC", text):
        return text
    if _CIRCLED_RE.search(text):
        return unicodedata.normalize("NFKC", text.translate(_PROTECT)).translate(_RESTORE)
    return unicodedata.normalize("NFKC", text)


def _fold_once(text: str) -> str:
    key = _nfkc(unescape_entities(text))
    if "](" in key:
        key = without_links(key)
    if _FOLDED_CHARS.search(key):
        key = _replace_each(key, _FOLDED_CHARS, lambda char: _FOLD_TABLE[ord(char)])
    if "<" in key:
        key = _HTML_TAG.sub("", key)
    if "**" in key or "__" in key:
        key = EMPHASIS.sub("", key)
    if not key.isprintable() or " " in key:  # (whitespace other than the space is not printable)
        key = " ".join(key.split())  # runs of whitespace are single spaces now (split's are \s's)
    if LEADING_MARKUP.match(key):
        key = LEADING_MARKUP.sub("", key)
    if key[-1:] == "\\" and _hard_break(key):
        key = key[:-1]
    return printed(key.replace(" ", "")) if "$" in key or "\\" in key else key.replace(" ", "")  # (math a space set apart)


def _hard_break(text: str) -> bool:
    r"""Markdown's hard line break at a line's end, a backslash (pandoc writes one where a
    document broke a line inside a paragraph: ``各乡镇人民政府，县直各单位：\``); not an escaped
    backslash (two)."""
    return text.endswith("\\") and not text.endswith("\\\\")


def _settled(key: str) -> bool:
    """``_fold_once`` would give ``key``, a key it gave, back (a key has no whitespace): nothing
    in it to normalise, fold or strip. Checked before a second pass, which most lines never need.
    (A key it gave holds no character its table folds, nor so a link's "](": not asked.)"""
    return (unicodedata.is_normalized("NFKC", key) and "<" not in key
            and "**" not in key and "__" not in key and "$" not in key and "\\" not in key
            and not LEADING_MARKUP.match(key) and not (key[-1:] == "\\" and _hard_break(key))
            and ("&" not in key or unescape_entities(key) == key))


@lru_cache(maxsize=1 << 14)
def strip_markup(text: str) -> str:
    """Display text without extraction markup (Markdown markers, HTML tags and character
    references); spacing kept."""
    text = clean(unescape_entities(text))
    # (each pattern only over a text holding what it must find: most hold none)
    if "<" in text:
        text = _HTML_TAG.sub(" ", text)
    if "](" in text:
        text = without_links(text)
    if "**" in text or "__" in text:
        text = without_emphasis(text)
    text = LEADING_MARKUP.sub("", text.strip())
    if text[-1:] == "\\" and _hard_break(text):
        text = text[:-1]
    return text.strip()


@lru_cache(maxsize=1 << 14)
def squeeze(text: str) -> str:
    """Remove whitespace next to Chinese characters or punctuation (``通 知`` → ``通知``,
    ``2024 年`` → ``2024年``); collapse other runs of whitespace to one space."""
    text = " ".join(text.split())  # (split's whitespace is \s's)
    return _SPACE_BETWEEN_WORDS.sub("", text) if " " in text else text


def letter_spaced(text: str) -> bool:
    """Chinese set out with a space between every character, as OCR reads a line printed with
    its letters spaced (``松 岭 县 人 民 政 府``, ``附 件 ： 松 岭 县 县 级 …``): four Han
    characters or more, each a word of its own (not names set apart, 县长　陈建国; not Latin)."""
    if text.count(" ") < 3:
        return False
    han = 0  # (stopped at the first Han word longer than a character: most lines' first)
    for word in filter(_HAN_RE.search, text.split()):
        if len(word) != 1:
            return False
        han += 1
    return han >= 4


def unspaced(text: str) -> str:
    """Each line of ``text`` that is ``letter_spaced`` squeezed (松岭县人民政府; 1 . 松岭县… is
    1.松岭县…; 1 2 项 is 12项: a number is one word); the others, and the spaces between Latin words
    or figures, as they are."""
    if text.count(" ") < 3:
        return text  # (no line holds the three spaces at least a letter-spaced line has: most texts)
    return "\n".join(_SPACED_DIGITS.sub("", _SPACED_MARK.sub("", squeeze(line))) if letter_spaced(line) else line
                     for line in text.split("\n"))


# A figure and the full stop of a list's number, set apart as every character was (1 . 松岭县…).
_SPACED_MARK = re.compile(r"(?<=\d) (?=\.)")
_SPACED_DIGITS = re.compile(r"(?<=\d) (?=\d)")


def squeeze_title(text: str) -> str:
    """A title squeezed (``squeeze``); when every character was set apart (关 于 印 发 … 2 0 2 4
    年), the spaces between its digits go too (a number is one word)."""
    squeezed = squeeze(text)
    if _letter_spaced(text):
        squeezed = _SPACED_DIGITS.sub("", squeezed)
    return squeezed


def _letter_spaced(text: str) -> bool:
    chars = len(text) - text.count(" ")
    return chars >= 4 and text.count(" ") * 2 >= chars


def spaced_line_digits_joined(text: str) -> str:
    """One line of a title with the spaces between its digits taken out when every character of
    the line was set apart (（ 2 0 2 3 年 版 ） 》 的 通 知, the title's other lines not: judged line
    by line, as ``squeeze_title`` judges the whole title); other spaces stay."""
    return _SPACED_DIGITS.sub("", text) if " " in text and _letter_spaced(text) else text


_OPENERS, _CLOSERS = "([{<", ")]}>,.;:!?%"

# A person's name in a list of names set apart by spaces (出席：刘振华　陈志军　王卫平).
_NAME_WORD = re.compile(f"[{NAME_HAN}]{{2,4}}")


def names_set_apart(text: str, least: int = 1) -> bool:
    """``text`` is nothing but names of two to four Han characters set apart by spaces
    (``张文斌　赵小兵``), ``least`` of them or more (not a sentence, not one long word)."""
    words = text.split()
    return len(words) >= least and all(_NAME_WORD.fullmatch(word) for word in words)


def names_run_on(before: str, after: str) -> bool:
    """A list of names set apart by spaces wrapped onto the next line: what ``before`` lists
    after its label (出席：刘振华　陈志军…王卫平) and ``after`` (张文斌　赵小兵) are names;
    joined, a space keeps the last name apart from the next (not 王卫平张文斌)."""
    return names_set_apart(after) and names_set_apart(re.split("[:：]", before)[-1], 2)


def join_wrapped(parts: list[str]) -> str:
    """Join the pieces of a wrapped line: no space across Chinese text, one space otherwise
    (and between two names of a list set apart by spaces: ``names_run_on``)."""
    out = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if out and names_run_on(out, part):
            out += " "
        elif out and not (_HAN_RE.match(part[0]) or _HAN_RE.match(out[-1]) or part[0] in _CJK_PUNCT
                        or out[-1] in _CJK_PUNCT or (out[-1].isdigit() and part[0].isdigit())
                        or out[-1] in _OPENERS or part[0] in _CLOSERS):
            # (a number cut by the wrap, 共计1 / 360万元, is one number; nor is a space put after
            # an opening bracket or before a closing one or a comma: 预案( / 2024修订版))
            out += " "
        out += part
    return out


def han_chars(text: str) -> list[str]:
    return _HAN_RE.findall(text)

