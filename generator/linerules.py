"""The rules that give a line its kind from the line alone, before linekinds.py settles the kinds
that the lines around decide: an ordered registry of small rules (``LINE_RULES``), what a line
must show for each to take it (``SHOWS``), and the first rule that takes a line (``line_kind``),
asking only the rules whose quick check the line passes (``may_take``)."""

from __future__ import annotations

import re
from typing import Callable, NamedTuple

from .attachmentlines import ATTACHMENT_LABELS, attachment_heading, is_attachment_list
from .closing import imprint_line
from .furniture import is_page_mark, is_web_chrome
from .grids import BARS, is_box_row
from .rulelines import ORNAMENTS, is_border
from .imprintlines import handling_offices
from .model import Line
from .namelists import name_then_unit
from .notelines import is_cc, is_note, is_subject_words
from .numbering import NUMBERING_FIRST, numbering
from .patterns import DATE_LINE_ENDS, ORG_LAST, is_date_line, is_org_only, is_table_row, signed
from .personlines import PERSON_SIGNATURE_FIRST, PERSON_SIGNATURE_FIRST_TRADITIONAL, is_person_signature, person_signed
from .sealwords import without_seal


class Rule(NamedTuple):
    name: str
    test: Callable[[Line], object]


_BULLET = re.compile(r"\s*[-*+]\s+\S")


def _bullet(line: Line) -> bool:
    """A Markdown list item (``- 加强组织领导``); not a page number between hyphens (``- 13 -``)."""
    return bool(_BULLET.match(line.text)) and numbering(line.key) is None and not is_page_mark(line)


def _organ(key: str) -> bool:
    """An organ's name alone, the seal's mark perhaps after it (``资兴市人民政府办公室(印)``)."""
    if key.endswith(")") and not key.endswith(("印)", "章)")):
        return False  # (a bracket that closes no seal's mark: without_seal leaves it, and no organ's name ends so)
    return is_org_only(without_seal(key))


LINE_RULES: tuple[Rule, ...] = (
    # (a web page's menu is no table, nor a browser's head or foot of a page with a tab in it:
    # 2024/3/5 10:21⇥…的通知, https://…html⇥2/5, marked by printstamps)
    Rule("furniture", lambda line: is_web_chrome(line.key) or (line.running_head and "\t" in line.text)),
    Rule("box_row", lambda line: is_box_row(line.text) or is_border(line.text)),
    Rule("table_row", lambda line: is_table_row(line.text)),
    Rule("cc", lambda line: is_cc(line.key)),
    Rule("subject_words", lambda line: is_subject_words(line.key)),  # 主题词：安全生产　春节　通知
    # (…2024年3月5日印发（共印60份）; 主办：县农业农村局　　督办：县政府督查室, a line of the 版记 too)
    Rule("imprint", lambda line: imprint_line(line.key) or handling_offices(line.key)),
    Rule("note", lambda line: is_note(line.key)),
    Rule("attachment_list", lambda line: is_attachment_list(line.key)),
    Rule("attachment", lambda line: attachment_heading(line.key)[0]),
    Rule("date", lambda line: is_date_line(line.key)),
    Rule("signed", lambda line: signed(line.key)),
    # (资兴市人民政府办公室（印）; not a list's row, a name and its unit: 刘　芳　　城关镇卫生院)
    Rule("org", lambda line: _organ(line.key) and not name_then_unit(line.text)),
    Rule("person_signed", lambda line: person_signed(line.text)),  # 县长  陈建国    2024年1月5日
    Rule("person", lambda line: is_person_signature(line.text)),
    Rule("numbered", lambda line: numbering(line.key)),
    Rule("bullet", _bullet),
)


class Shows(NamedTuple):
    """What a line must show for a rule to take it: its key's first or last character, its
    text's first or last character past the spaces, a character in its key or in its text (any
    one of them will do); or asked of every line. Each rule's own quick check, gathered here: a
    line is looked at once, and only the rules it may answer are asked."""
    first: str = ""
    last: str = ""
    text_first: str = ""
    text_last: str = ""
    in_key: str = ""
    in_text: str = ""
    always: bool = False


# What a drawn table's row or rule shows somewhere (grids.is_box_row, is_border): a bar, a rule's
# character, the * or _ of Markdown's thematic break, or an ornament (a line of ★ or ◆ is a rule).
DRAWN = BARS + "-=─━═*_" + ORNAMENTS

SHOWS = {
    # (what a web page's marks look for may be anywhere in the line: it asks faster than a search
    # for them all would)
    "furniture": Shows(always=True),
    "box_row": Shows(in_text=DRAWN),
    "table_row": Shows(in_text="\t"),
    "cc": Shows(first="抄分发报"),
    "subject_words": Shows(first="主"),
    "imprint": Shows(in_key="印督"),
    "note": Shows(first="(此本"),  # (（此件…）, or 此件主动公开 without its brackets)
    "attachment_list": Shows(first="".join({label[0] for label in ATTACHMENT_LABELS})),
    "attachment": Shows(first="附"),
    "date": Shows(first="12", last="".join(DATE_LINE_ENDS)),
    "signed": Shows(last="日曰)印"),
    "org": Shows(last="".join(ORG_LAST) + "印)章"),  # (without_seal changes only a key ending so)
    "person_signed": Shows(text_last="日曰"),
    "person": Shows(text_first="".join(PERSON_SIGNATURE_FIRST | PERSON_SIGNATURE_FIRST_TRADITIONAL) + "#"),  # (# 县长　张建国: a converter's heading; 縣長)
    "numbered": Shows(first="".join(NUMBERING_FIRST) + "0123456789"),  # (and any decimal digit)
    "bullet": Shows(text_first="-*+"),
}


def _masks(side: str) -> dict[str, int]:
    """Character → the bits of the rules that may take a line showing it on ``side``."""
    masks: dict[str, int] = {}
    for bit, rule in enumerate(LINE_RULES):
        for char in getattr(SHOWS[rule.name], side):
            masks[char] = masks.get(char, 0) | 1 << bit
    return masks


_BY_FIRST, _BY_LAST = _masks("first"), _masks("last")
_BY_TEXT_FIRST, _BY_TEXT_LAST = _masks("text_first"), _masks("text_last")
_DECIMAL = _BY_FIRST["0"]  # (numbering asks isdecimal: a digit of any script)
_IN_KEY = tuple((char, 1 << bit) for bit, rule in enumerate(LINE_RULES) for char in SHOWS[rule.name].in_key)
_IN_TEXT = tuple((char, 1 << bit) for bit, rule in enumerate(LINE_RULES) for char in SHOWS[rule.name].in_text)
_IN_TEXT_ANY = re.compile("[" + re.escape("".join(char for char, _ in _IN_TEXT)) + "]")
_ALWAYS = sum(1 << bit for bit, rule in enumerate(LINE_RULES) if SHOWS[rule.name].always)
_TESTS_BY_MASK: dict[int, tuple] = {}


def may_take(line: Line) -> int:
    """The bits (1 << the rule's place in LINE_RULES) of the rules that may take ``line``: no
    other can (tests/test_quick_checks_lines.py holds each rule to its bit)."""
    key, text = line.key, line.text
    first = key[:1]
    shown = text.strip()  # (the text itself when it has no spaces at its ends: no copy)
    mask = (_BY_FIRST.get(first, 0) | _BY_LAST.get(key[-1:], 0)
            | _BY_TEXT_FIRST.get(shown[:1], 0) | _BY_TEXT_LAST.get(shown[-1:], 0))
    if first.isdecimal():
        mask |= _DECIMAL
    for char, bit in _IN_KEY:
        if char in key:
            mask |= bit
    if _IN_TEXT_ANY.search(text):  # (most lines show none of them: one search, not one a character)
        for char, bit in _IN_TEXT:
            if char in text:
                mask |= bit
    return mask | _ALWAYS


def _tests_for(mask: int) -> tuple:
    tests = tuple((rule.test, rule.name) for bit, rule in enumerate(LINE_RULES) if mask >> bit & 1)
    _TESTS_BY_MASK[mask] = tests
    return tests


_TESTS = tuple((rule.test, rule.name) for rule in LINE_RULES)
_UNDRAWN_TESTS = tuple((rule.test, rule.name) for rule in LINE_RULES if rule.name != "box_row")
_DRAWN_ANY = re.compile("[" + re.escape(DRAWN) + "]")


def line_kind(line: Line) -> str:
    """The first of LINE_RULES that takes the line (only those ``may_take`` are asked; a line
    with a tab, most often a table's row, which the third rule takes, is asked them all, but the
    drawn table's when it shows none of its marks)."""
    if "\t" in line.text:
        tests = _TESTS if _DRAWN_ANY.search(line.text) else _UNDRAWN_TESTS
    else:
        mask = may_take(line)
        tests = _TESTS_BY_MASK.get(mask) or _tests_for(mask)
    for test, name in tests:
        if test(line):
            return name
    return "text"


__all__ = ["LINE_RULES", "SHOWS", "Rule", "Shows", "line_kind", "may_take"]
