"""A text printed double-spaced: a blank line under every line, the wrapped lines of a paragraph
included, as some PDF and Word exports and web pages print a whole file. Those blank lines are
the layout's: two lines with one of them between are adjacent in the text, as two lines with none
are in a text printed single-spaced, and only a wider gap is a blank line the text prints (a
paragraph's end, a page's). Each line's ``Line.place`` says where it stands so read; the rules
that ask whether two lines are adjacent ask their places, never their numbers.
"""

from __future__ import annotations

from dataclasses import replace

from .model import Line

# A text is double-spaced when at most this share of its consecutive lines (blank lines aside)
# have no blank line between them and at least LEAST_SPACED one, over at least LEAST_PAIRS. (A
# text printed single-spaced has its wrapped lines, its table's rows, its header's lines adjacent;
# one printed double-spaced has a paragraph's end, where the text prints a blank line, two blank
# lines apart: in a text of short paragraphs, more often than one.)
LEAST_SPACED = 1 / 4
MOST_ADJACENT = 1 / 10
LEAST_PAIRS = 12


def double_spaced(nos: list[int]) -> bool:
    """Are the lines numbered ``nos`` (the text's non-blank lines, in order) printed
    double-spaced?"""
    steps = [b - a for a, b in zip(nos, nos[1:])]
    return len(steps) >= LEAST_PAIRS and steps.count(2) >= LEAST_SPACED * len(steps) \
        and steps.count(1) <= MOST_ADJACENT * len(steps)


def places(lines: list[Line] | tuple[Line, ...]) -> list[Line]:
    """The source's lines (blank ones included) with their places (``Line.at``): in a text
    printed double-spaced, a line one blank line under the last non-blank one (or none) is its
    very next line, and every two blank lines more are one blank line of the text's (which the
    layout doubled, as it doubled every line); otherwise each line's place is its number (``at``
    left 0)."""
    nos = [line.no for line in lines if not line.blank]
    if not double_spaced(nos):
        return list(lines)
    out: list[Line] = []
    place, prev = 0, None
    for line in lines:
        if line.blank:
            out.append(line)
            continue
        # (the lines above the first halved as well: a text doubled from one printed single-spaced
        # reads with the places that text's lines had)
        place = (line.no + 1) // 2 if prev is None else place + (line.no - prev + 1) // 2
        prev = line.no
        out.append(replace(line, at=place))
    return out


def right_under(above: Line, line: Line) -> bool:
    """Is ``line`` the very next line under ``above``, under the last source line ``above``
    holds when it was joined from two (``Line.joined``)?"""
    return line.place - above.place <= 1 + above.last - above.no


__all__ = ["double_spaced", "places", "right_under"]
