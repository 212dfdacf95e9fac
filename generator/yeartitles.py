"""Years printed bare as a table's column titles (statistics that compare years).

A table comparing years heads its columns of figures with the years alone (``序号`` / ``乡镇`` /
``2022`` / ``2023``, or ``序号⇥乡镇⇥2022⇥2023``). A bare year reads like a figure, and a header
holding figures is taken for a row (or, one cell a line, for no header at all). These rules tell
such years from figures and from a page's bare number.
"""

from __future__ import annotations

import re

_BARE_YEAR = re.compile(r"(?:19[5-9]|20\d)\d")


def year_titles(keys: list[str | None]) -> set[int]:
    """The indices of ``keys`` (a header's titles, in order) that are years printed bare as
    column titles: two or more side by side, each later than the one before and at most five
    years on (``2022`` / ``2023``; ``2020`` / ``2025`` / ``2030`` for a plan's targets). A year
    alone (``2024``), years out of order (``2023`` / ``2021``), figures that are no years
    (``125600``, ``7``, ``1870``) or far apart (``1986`` / ``2035``, figures of a row) are
    none."""
    found: set[int] = set()
    run: list[int] = []
    for k, key in enumerate(keys + [None]):
        if key and _BARE_YEAR.fullmatch(key) and (not run or 0 < int(key) - int(keys[run[-1]]) <= 5):
            run.append(k)
            continue
        if len(run) >= 2:
            found.update(run)
        run = [k] if key and _BARE_YEAR.fullmatch(key) else []
    return found


__all__ = ["year_titles"]
