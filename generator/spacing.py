"""A text printed double-spaced: a blank line under every line, the wrapped lines of a paragraph
included, as some PDF and Word exports and web pages print a whole file (or two or three blank
lines under every line: such a text's line breaks doubled again, each ``\r\n`` read as two, or a
web page's paragraphs each a blank line apart with a blank line under every line). Those blank lines are
the layout's: two lines with one of them between are adjacent in the text, as two lines with none
are in a text printed single-spaced, and only a wider gap is a blank line the text prints (a
paragraph's end, a page's). Each line's ``Line.place`` says where it stands so read; the rules
that ask whether two lines are adjacent ask their places, never their numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .furniture import is_page_furniture
from .model import Line

# A text is double-spaced when at most this share of its consecutive lines (blank lines aside)
# have no blank line between them and at least LEAST_SPACED one, over at least LEAST_PAIRS. (A
# text printed single-spaced has its wrapped lines, its table's rows, its header's lines adjacent;
# one printed double-spaced has a paragraph's end, where the text prints a blank line, two blank
# lines apart: in a text of short paragraphs, more often than one.)
LEAST_SPACED = 1 / 4
MOST_ADJACENT = 1 / 10
LEAST_PAIRS = 12
# The widest step read as the layout's: every line three blank lines under the last at most.
WIDEST_STEP = 4
# At most this share of the steps narrower than the layout's are asked whether they are a page
# break's (a page's number and running head, printed adjacent).
MOST_FURNITURE = 1 / 3


def line_step(nos: list[int], furniture: Callable[[int], bool] | None = None) -> int:
    """The layout's step between two adjacent lines of the text whose non-blank lines are
    numbered ``nos``, in order: 2 where it is printed double-spaced, 3 or 4 where two or three
    blank lines stand under every line (at least LEAST_SPACED of the steps that wide, at most
    MOST_ADJACENT narrower), else 1. A narrower step into or out of a line ``furniture`` (asked
    of its index in ``nos``) says is a page's number or running head (which a PDF's text prints
    next to each other and to the text at every page break of a text otherwise double-spaced) is
    left out."""
    steps = [b - a for a, b in zip(nos, nos[1:])]
    if len(steps) < LEAST_PAIRS:
        return 1
    unit = next((step for step in range(2, WIDEST_STEP + 1) if steps.count(step) >= LEAST_SPACED * len(steps)),
                None)
    if unit is None:
        return 1
    narrower = [i for i, step in enumerate(steps) if step < unit]
    if len(narrower) > MOST_FURNITURE * len(steps):
        return 1  # (a text printed single-spaced: not a page break's lines)
    if furniture is not None and len(narrower) > MOST_ADJACENT * len(steps):
        asked: dict[int, bool] = {}  # (each line asked once: a step out of one is the step into the next)

        def once(k: int) -> bool:
            if k not in asked:
                asked[k] = furniture(k)
            return asked[k]
        left = 0  # (the narrower steps no page break's, counted until they are too many: the rest not asked)
        for i in narrower:
            if not once(i) and not once(i + 1):
                left += 1
                if left > MOST_ADJACENT * len(steps):
                    return 1
        return unit
    return unit if len(narrower) <= MOST_ADJACENT * len(steps) else 1


def double_spaced(nos: list[int]) -> bool:
    """Are the lines numbered ``nos`` (the text's non-blank lines, in order) printed
    double-spaced (or with two or three blank lines under every line)?"""
    return line_step(nos) > 1


def places(lines: list[Line] | tuple[Line, ...]) -> list[Line]:
    """The source's lines (blank ones included) with their places (``Line.at``): in a text
    printed double-spaced, a line one blank line under the last non-blank one (or none) is its
    very next line, and every two blank lines more are one blank line of the text's (which the
    layout doubled, as it doubled every line) — in a text whose layout's step is wider
    (``line_step``), as many blank lines as it adds under every line; otherwise each line's place
    is its number (``at`` left 0)."""
    content = [line for line in lines if line.key]  # (not blank: its key, asked without the property)
    unit = line_step([line.no for line in content], lambda i: is_page_furniture(content[i]))
    if unit == 1:
        return list(lines)
    out: list[Line] = []
    place, prev = 0, None
    for line in lines:
        if line.blank:
            out.append(line)
            continue
        # (the lines above the first halved as well: a text doubled from one printed single-spaced
        # reads with the places that text's lines had)
        place = (line.no + unit - 1) // unit if prev is None else place + (line.no - prev + unit - 1) // unit
        prev = line.no
        out.append(replace(line, at=place))
    return out


def right_under(above: Line, line: Line) -> bool:
    """Is ``line`` the very next line under ``above``, under the last source line ``above``
    holds when it was joined from two (``Line.joined``)?"""
    return line.place - above.place <= 1 + above.last - above.no


__all__ = ["double_spaced", "line_step", "places", "right_under"]
