"""Markdown a web page's text was saved as, read as the text it shows: links and images by their
text, strong emphasis without its marks, a line's leading markup (headings, list marks, quotes);
a converter's inline math for text read as the text it prints (``texmath``)."""

from __future__ import annotations

import re

from .texmath import read_math

# [text](#target) with an ASCII target; an image ![alt](a.png) leaves its alt text. The target may
# hold brackets of its own, one level (a page's buttons: [打印本页](javascript:window.print()),
# 【字体：[大](javascript:void(0)) …】); a link around an image ([![](a.png)](http://…)) is read
# from the inside out (``without_links``).
URL_CHARS = r"[\x21-\x27\x2a-\x7e]"
MD_LINK = re.compile(rf"!?\[([^\[\]]*)\]\((?:{URL_CHARS}|\({URL_CHARS}*\))*\)")


# The word a PDF-to-Markdown converter or an editor writes for an image it cut out, as its alt text
# (![image](images/3f2a….jpg), ![Figure 2](…), ![img_003](…)): no text the page prints. (An alt
# text in Chinese, a web page's ![图片](…), is kept as the page's.)
PLACEHOLDER_ALT = re.compile(r"(?i)(?:image|img|picture|pic|figure|fig|photo|graph|chart)[\s_-]*\d{0,4}")


def _shown(m: re.Match) -> str:
    """A link's text; an image's alt text, but a converter's placeholder for it."""
    return "" if m.group(0)[0] == "!" and PLACEHOLDER_ALT.fullmatch(m.group(1)) else m.group(1)


def without_links(text: str) -> str:
    """Markdown's links and images replaced by their text, a link around an image too (nested four
    deep at most: each level is read again over the whole line, never as often as brackets ask); an
    image whose alt text is a converter's placeholder (``PLACEHOLDER_ALT``) by none."""
    for _ in range(4):  # (what was inside a link's text is gone: its outer link now matches)
        text, found = MD_LINK.subn(_shown, text)
        if not found or "](" not in text:
            break
    return text


# Markdown's backslash escapes a converter or a web page's copy writes before punctuation that
# would be markup (1\. 加强组织领导, \- 3 \-, \*, \#, \[…\]): the character the page prints. Not
# before a backslash, $ or < (an escape read could make math or a tag the next reading reads), nor
# after a backslash (\\. is an escaped backslash, then the stop).
_ESCAPED = re.compile(r"(?<!\\)\\([!-#%&'()*+,\-./:;=>?@\[\]^_`{|}~])")


def printed(text: str) -> str:
    """What a converter's markup for printed characters stands for: inline math and HTML's
    superscripts (``read_math``), Markdown's backslash escapes (not inside math left as printed)."""
    if "$" in text or "<su" in text:
        text = read_math(text)
    if "\\" in text and "$" not in text:
        text = _ESCAPED.sub(r"\1", text)
    return text


LEADING_MARKUP = re.compile(r"^(?:#{1,6}\s*|[-*+]\s+|>\s*)+")
EMPHASIS = re.compile(r"\*\*|__")
# Markdown's strong emphasis by underscores, __text__, opening and closing outside a word (as
# Markdown reads it): not the blanks a form prints to be filled in (申请单位（盖章）：________,
# 填报日期：____年__月__日), which the text shows as printed.
_UNDERSCORE_EMPHASIS = re.compile(r"(?<![\w_])__(?=[^\s_])(.+?)(?<=[^\s_])__(?![\w_])")
_CLOSING = re.compile(r"(?<=[^\s_])__(?![\w_])")  # (where emphasis by underscores may close)


def without_emphasis(text: str) -> str:
    """Display text without Markdown's strong emphasis (**…**, __…__); a form's blanks of
    underscores kept. The emphasis is looked for only up to its last place to close: an opening
    after it closes nowhere, and each such would have been read on to the line's end again
    (`` __月`` 4,000 times over: 1.5 s), quadratic in the line."""
    if "**" in text:
        text = text.replace("**", "")
    if "__" not in text:
        return text
    end = max((m.end() for m in _CLOSING.finditer(text)), default=0)
    return _UNDERSCORE_EMPHASIS.sub(r"\1", text[:end]) + text[end:] if end else text


__all__ = ["EMPHASIS", "LEADING_MARKUP", "printed", "read_math", "without_emphasis", "without_links"]
