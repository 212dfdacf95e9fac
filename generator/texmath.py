"""Inline LaTeX math a PDF-to-Markdown converter (MinerU, marker, Doc2X) wrote for what the page
prints as text: ``$12.5\\%$``, ``$5 . 2 \\%$``, ``$\\textcircled{1}$`` for ①, ``$100 \\mathrm{km}^{2}$``,
``$\\geq$``, ``$25 ^ { \\circ } \\mathrm { C }$``, a date's or a 发文字号's figures (``2024 年 $3$ 月``,
``〔2024〕$12$ 号``). Read as the text a careful reader reads on the page (12.5%, ①, 100km², ≥,
25°C, 3, 12), by a small named vocabulary: figures, Latin letters, plain punctuation, the
symbols below, text and roman type (``\\mathrm``, ``\\text``), superscripts that have a character
of their own (², ³, °) and subscripts read inline (PM₂.₅ as PM2.5). A span holding anything else
(``\\frac``, ``\\sqrt``, a command not named here, a superscript of letters) is left exactly as
printed: nothing is lost. The spaces the converter set around a span read are taken off where
Chinese text or punctuation stands beyond them (``控制在 $35$ 以下`` → 控制在35以下), kept between
Latin words and figures.

A span is opened by ``$`` before a character that is no space and closed by ``$`` after one and
before no digit (pandoc's rule for inline math: ``$5 and $6`` is money, no math).

The same for the HTML a converter (marker) writes for a superscript or a subscript:
``12.5km<sup>2</sup>`` is 12.5km², ``SO<sub>2</sub>`` SO2 (a superscript only where each of its
characters has one; anything else, ``<sup>注</sup>``, as printed)."""

from __future__ import annotations

import re

# $…$ (not $$): opening before no space, closing after no space and before no digit.
INLINE_MATH = re.compile(r"(?<!\$)\$(?=[^\s$])([^$]{0,200}?[^\s$\\])\$(?![\d$])|(?<!\$)\$([^\s$\\])\$(?![\d$])")

# Commands standing for a character.
SYMBOLS = {
    "%": "%", "#": "#", "&": "&", "$": "$", "_": "_", "{": "{", "}": "}",
    "geq": "≥", "ge": "≥", "geqslant": "≥", "leq": "≤", "le": "≤", "leqslant": "≤",
    "times": "×", "pm": "±", "mp": "∓", "sim": "～", "cdot": "·", "circ": "°", "degree": "°",
    "div": "÷", "neq": "≠", "ne": "≠", "approx": "≈", "infty": "∞", "prime": "′",
    "to": "→", "rightarrow": "→", "leftarrow": "←", "ldots": "…", "cdots": "⋯", "bullet": "•",
    "mu": "μ", "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "Delta": "Δ", "pi": "π",
    "lambda": "λ", "sigma": "σ", "omega": "ω", "Omega": "Ω", "theta": "θ", "rho": "ρ", "phi": "φ",
    "varphi": "φ", "epsilon": "ε", "varepsilon": "ε", "eta": "η", "tau": "τ",
    # (marks a gazette prints: the 密级's star, 机密★1年; a section's or a form's boxes and circles; ‰; ↑ ↓)
    "bigstar": "★", "star": "★", "blacksquare": "■", "square": "□", "Box": "□", "bigcirc": "○",
    "triangle": "△", "blacktriangle": "▲", "Diamond": "◇", "diamond": "◇", "blacklozenge": "◆",
    "checkmark": "✓", "textperthousand": "‰", "permil": "‰", "uparrow": "↑", "downarrow": "↓",
    "Rightarrow": "⇒",
}
# Spacing commands and size or style switches: nothing of the text.
EMPTY = {",", ";", ":", "!", " ", "quad", "qquad", "left", "right", "rm", "bf", "it", "displaystyle",
         "scriptsize", "small", "normalsize"}
# Commands whose one argument is their text: roman, bold, italic type, text in math.
TEXT_WRAPPERS = {"text", "textrm", "textnormal", "mbox"}  # (spaces inside kept)
MATH_WRAPPERS = {"mathrm", "mathbf", "mathit", "mathsf", "boldsymbol", "bm", "textbf", "textit", "operatorname",
                 "mathnormal", "mathup"}  # (math inside: spaces dropped)
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
SUPERSCRIPT = str.maketrans("0123456789+-=()n°′", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ°′")
_SUPERSCRIBED = set("0123456789+-=()n°′")
# Characters a span may print as they are: figures, Latin letters, plain punctuation.
_LITERAL = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.,/:;()[]+-=<>|!?'*%@")
_COMMAND = re.compile(r"\\([A-Za-z]+|.)")
HAN_OR_CJK_PUNCT = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


class _Unknown(Exception):
    """A span holding what the vocabulary does not name: left as printed."""


_SCRIPT = re.compile(r"<(sup|sub)>([0-9A-Za-z.+\-=()]{1,8})</\1>")


def _script(m: re.Match) -> str:
    inner = m.group(2)
    if m.group(1) == "sub":
        return inner
    return inner.translate(SUPERSCRIPT) if all(c in _SUPERSCRIBED for c in inner) else m.group(0)


def read_math(text: str) -> str:
    """``text`` with each inline math span it holds that the vocabulary reads replaced by the text
    it prints (see the module), and each superscript or subscript in HTML; every other character
    as it is."""
    if "<su" in text:
        text = _SCRIPT.sub(_script, text)
    if "$" not in text:
        return text
    out: list[str] = []
    end = 0
    for m in INLINE_MATH.finditer(text):
        shown = math_text(m.group(1) if m.group(1) is not None else m.group(2))
        if shown is None:
            continue
        before = text[end:m.start()]
        if before.endswith(" ") and not _latin_beyond(before[:-1][-1:]):
            before = before[:-1]  # (the converter's space before the span)
        out.append(before)
        out.append(shown)
        end = m.end()
        if text[end:end + 1] == " " and not _latin_beyond(text[end + 1:end + 2]):
            end += 1  # (and after it)
    if not out:
        return text
    out.append(text[end:])
    return "".join(out)


def unread_math(lines) -> tuple[int, ...]:
    """The numbers of the lines (cleaned: their math read) still holding an inline math span: what
    the vocabulary does not name (``\\frac``, ``\\sqrt``), left as printed."""
    return tuple(line.no for line in lines if "$" in line.text and INLINE_MATH.search(line.text))


def _latin_beyond(char: str) -> bool:
    """A space beside a span stays where a figure or a Latin letter stands beyond it (``PM2.5 $\\leq$
    35``); it goes before Chinese, punctuation, a tag, another span and the line's ends."""
    return char.isascii() and char.isalnum()


def math_text(source: str) -> str | None:
    """The text a span's LaTeX prints (``5 . 2 \\%`` → ``5.2%``), or None where it holds anything
    the vocabulary does not name."""
    try:
        shown, at = _read(source, 0, math=True)
    except _Unknown:
        return None
    return shown if at == len(source) and shown.strip() else None


def _read(source: str, at: int, math: bool, words: bool = False, closing: bool = False) -> tuple[str, int]:
    """The text from ``at`` to the group's end (``}`` when ``closing``, else the span's end) and
    where it stopped. ``math``: spaces are layout, dropped (in ``\\text{…}`` they are the text's);
    ``words``: Chinese may stand in it (inside ``\\text{万元}``, ``\\mathrm{亩}``)."""
    parts: list[str] = []
    n = len(source)
    while at < n:
        char = source[at]
        if char == "}":
            if not closing:
                raise _Unknown
            return "".join(parts), at + 1
        if char == " ":
            if not math:
                parts.append(" ")
            at += 1
        elif char == "{":
            inner, at = _read(source, at + 1, math, words, closing=True)
            parts.append(inner)
        elif char == "\\":
            shown, at = _command(source, at, math, words)
            parts.append(shown)
        elif char in "^_" and math:
            arg, at = _argument(source, at + 1, math, words)
            parts.append(_superscript(arg) if char == "^" else arg)
        elif char in _LITERAL or words and HAN_OR_CJK_PUNCT.match(char):
            parts.append(char)
            at += 1
        else:
            raise _Unknown
    if closing:
        raise _Unknown
    return "".join(parts), at


def _command(source: str, at: int, math: bool, words: bool) -> tuple[str, int]:
    m = _COMMAND.match(source, at)
    if m is None:
        raise _Unknown
    name, at = m.group(1), m.end()
    if name in SYMBOLS:
        return SYMBOLS[name], at
    if name in TEXT_WRAPPERS or name in MATH_WRAPPERS:
        return _argument(source, at, math=name in MATH_WRAPPERS, words=True)
    if name == "textcircled":
        figure, at = _argument(source, at, math=True, words=False)
        if figure.isdigit() and 1 <= int(figure) <= len(CIRCLED):
            return CIRCLED[int(figure) - 1], at
        raise _Unknown
    if name in EMPTY:
        return "", at
    raise _Unknown


def _argument(source: str, at: int, math: bool, words: bool) -> tuple[str, int]:
    """A command's or a script's argument: a group ``{…}``, a command, or one character (spaces
    before it skipped)."""
    while at < len(source) and source[at] == " ":
        at += 1
    if at >= len(source):
        raise _Unknown
    char = source[at]
    if char == "{":
        return _read(source, at + 1, math, words, closing=True)
    if char == "\\":
        return _command(source, at, math, words)
    if char in _LITERAL:
        return char, at + 1
    raise _Unknown


def _superscript(arg: str) -> str:
    """A superscript as its characters (², ³, ⁴, °, ′): only where each has one."""
    if arg and all(c in _SUPERSCRIBED for c in arg):
        return arg.translate(SUPERSCRIPT)
    raise _Unknown


__all__ = ["INLINE_MATH", "math_text", "read_math", "unread_math"]
