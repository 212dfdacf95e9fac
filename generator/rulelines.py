"""A line that is a rule, not text: a drawn table's border (``┌──┬──┐``, ``|---|---|``, ``+----+``,
a rule that closes only some of its cells: ``boxmerges``), Markdown's thematic break (``---``, ``***``,
``* * *``, ``___``), and a line of one ornament a gazette sets between its documents (``★★★★★★``)."""

from __future__ import annotations

import re

from .boxmerges import PARTIAL_RULE, PARTIAL_RULE_RIGHT

_BORDER = re.compile(r"^[\s┌┬┐├┼┤└┴┘─━═│┃|+\-:=╔╦╗╠╬╣╚╩╝║]+$")
_MD_BREAK = re.compile(r"(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}")  # Markdown's thematic break: ***, * * *, ___

# A line of one ornament printed again and again, a rule a gazette sets between its documents or
# under its contents (★★★★★★, ◆◆◆◆◆◆, ※※※※※※, ＊＊＊＊): three at least, spaces between them perhaps.
# Not □: a line of hollow boxes is a form's boxes to fill in (身份证号码： / □□□□□□□□□□□□□□□□□□, a
# postcode's six) or the glyphs a font lost, never a rule.
ORNAMENTS = "★☆◆◇■●○◎※▲△▼▽♦◊✦✧❖✿❀＊~～"
_ORNAMENT_RULE = re.compile(rf"([{ORNAMENTS}])(?:\s*\1){{2,}}")
# A star's rule is six at least: five stars or fewer alone on a line are a rating (星级 ★★★, ★★★★★),
# a table's cell an extraction put on a line of its own, never more than five.
_RATING = "★☆"
_RATING_MOST = 5


def is_border(text: str) -> bool:
    """A rule of a drawn table: ``┌──┬──┐``, ``|---|---|``, ``+----+``; a Markdown rule (``---``, ``* * *``);
    a line of one ornament (``★★★★★★``)."""
    if "-" not in text and "=" not in text and "─" not in text and "━" not in text and "═" not in text:
        # (asked of every line of a body: no rule character, no rule; but Markdown's other breaks, *** and ___,
        # and a line of ornaments, which opens with one)
        if ("*" in text or "_" in text) and _MD_BREAK.fullmatch(text.strip()):
            return True
        stripped = text.lstrip()
        if not stripped or stripped[0] not in ORNAMENTS or not _ORNAMENT_RULE.fullmatch(stripped.rstrip()):
            return False
        return stripped[0] not in _RATING or stripped.count(stripped[0]) > _RATING_MOST
    stripped = text.strip()
    return len(stripped) >= 3 and bool(_BORDER.match(stripped) or PARTIAL_RULE.match(stripped)
                                       or PARTIAL_RULE_RIGHT.match(stripped))  # (boxmerges)


__all__ = ["ORNAMENTS", "is_border"]
