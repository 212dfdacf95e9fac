"""A first cell merged over a group of rows and printed where it is centred: the group's name on
the middle row of its group, the first cells above and below it empty, as a ruled table's merged
cell comes out of a PDF's text or a web page copied as tab rows::

    类别⇥项目名称⇥建设单位⇥总投资
    ⇥县城污水管网改造工程⇥县住建局⇥12600
    基础设施⇥城南大道改造工程⇥县交通局⇥8800
    ⇥农村公路提质改造工程⇥县交通局⇥5200
    ⇥县第三中学教学楼⇥县教育局⇥6400
    社会事业⇥县人民医院住院综合楼⇥县卫健局⇥26000
    ⇥县社会福利中心⇥县民政局⇥4300

Filling each empty cell from the row above (a merged cell printed on its first row) gives the
first row no category and the last row of each group the next group's. Where the table's first
row leaves its first cell empty (a name printed on its group's first row leaves none) and the
names split the rows into groups each of which has as many rows above its name as below it (one
more on either side where it has an even number), each group's rows take its name. So too in
the second column beside the rows' numbers (``1⇥⇥县城污水管网改造工程`` / ``2⇥基础设施⇥…``).

Where the rows' numbers start again at 1 in each group (``类别⇥序号⇥…``: 1 / 1, 2, 3 / 1, 2, 3),
the numbers say where each group starts, whatever the first row prints: a group of one row prints
its name on that row, and the next names stand on their groups' middle rows. Where each group so
numbered holds one name, printed on any of its rows, its rows take that name
(``numbered_groups``). So too where a 小计 row closes each group: the subtotals say where the
groups end.
"""

from __future__ import annotations

import re

_NAME = re.compile(r"[^\d\s.,%()（）-][^\d]*")  # words (a category), not a row's number or a figure
_NUMBER = re.compile(r"\d{1,3}")  # a row's number (序号 in the first column: the names in the second)


def centred_names(data: list[list[str | None]], lines: list[int], printed: dict[int, str | None],
                  between: list[int] | None = None) -> None:
    """Give each data row the name of the group it is centred in (``data`` changed in place):
    ``lines`` are the rows' lines, ``printed`` each line's first cell as printed (None: empty). Where
    every row prints its number first (序号⇥类别⇥…), the names stand in the second column. Nothing changes unless the first row's first cell is empty as printed, two names at least
    are printed, and ``groups`` finds their groups. ``between``: the lines of the rows left out
    between the data rows that close a group (小计): where they part the rows into groups each
    printing one name, those are the groups (``_named_by_totals``)."""
    if len(data) < 3 or any(no not in printed for no in lines):
        return
    if "1" in data[0][:2] and _named_by_numbers(data, lines, printed):
        return  # (the rows' numbers start again in each group: 1 / 1, 2, 3 / 1, 2, 3)
    if between and _named_by_totals(data, lines, printed, between):
        return  # (a 小计 closing each group)
    if lines and printed[lines[0]] is not None and (len(data[0]) <= 2 or data[0][1] is not None):
        return  # (the first row's first cell printed, in either column: the scan of the numbers spared)
    column = 1 if all(len(row) > 2 and _NUMBER.fullmatch(row[0] or "") for row in data) else 0
    firsts = [row[1] for row in data] if column else [printed[no] for no in lines]
    named = [r for r, v in enumerate(firsts) if v is not None]
    if firsts[0] is not None or len(named) < 2 or not all(_NAME.fullmatch(firsts[r] or "") for r in named):
        return
    spans = groups(named, len(data))
    if spans is None:
        return
    for (first, last), r in zip(spans, named):
        for k in range(first, last + 1):
            data[k][column] = firsts[r]


def _named_by_numbers(data: list[list[str | None]], lines: list[int], printed: dict[int, str | None]) -> bool:
    """Give each row its group's name where the rows' numbers start again at 1 in each group
    (``numbered_groups``) and each group prints one name on one of its rows: the names as
    printed in the first column beside the numbers in the second, or in the second beside the
    numbers in the first. False (``data`` unchanged) where the numbers or the names do not so
    group the rows."""
    for number, column in ((1, 0), (0, 1)):
        if len(data[0]) <= max(number, column) + 1 or data[0][number] != "1":
            continue
        numbers = [row[number] for row in data]
        if "1" not in numbers[1:]:
            continue  # (numbered once through: most tables, said at once)
        starts = numbered_groups(numbers)
        if starts is None:
            continue
        names = [printed[no] for no in lines] if column == 0 else [row[1] for row in data]
        return _named_groups(data, starts, names, column)
    return False


def _named_by_totals(data: list[list[str | None]], lines: list[int], printed: dict[int, str | None],
                     between: list[int]) -> bool:
    """Give each row its group's name where the rows left out ``between`` the data rows (小计
    closing each group: their lines) part them into groups each printing one name in the first
    column (in the second, where every row prints its number first), on any of its rows (a group
    of one row on that row, the next centred on its rows).
    False (``data`` unchanged) otherwise."""
    closes = sorted(between)
    starts, c = [0], 0
    for r in range(1, len(data)):
        while c < len(closes) and closes[c] < lines[r - 1]:
            c += 1
        if c < len(closes) and closes[c] < lines[r]:
            starts.append(r)  # (a 小计 between the row above and this one)
    if len(starts) < 2:
        return False
    if all(len(row) > 2 and _NUMBER.fullmatch(row[0] or "") for row in data):  # (序号⇥类别⇥…: the names second)
        return _named_groups(data, starts, [row[1] for row in data], 1)
    return _named_groups(data, starts, [printed[no] for no in lines], 0)


def _named_groups(data: list[list[str | None]], starts: list[int], names: list[str | None], column: int) -> bool:
    """Give the rows of each group (from each of ``starts`` to the next) the one name of ``names``
    printed on one of its rows, in ``column``; False (``data`` unchanged) where a group prints
    none or more than one, or a name is no word (a figure, a row's number)."""
    named = [r for r, v in enumerate(names) if v is not None]
    ends = starts[1:] + [len(data)]
    if len(named) != len(starts) or not all(a <= r < b for a, b, r in zip(starts, ends, named)) \
            or not all(_NAME.fullmatch(names[r] or "") for r in named):
        return False
    for a, b, r in zip(starts, ends, named):
        for k in range(a, b):
            data[k][column] = names[r]
    return True


def numbered_groups(numbers: list[str | None]) -> list[int] | None:
    """The rows where each group starts, where the rows are numbered 1, 2, 3 … and the numbers
    start again at 1 at least once (1, 2 / 1, 2, 3 / 1): each row's number 1 or the one above's
    next; None otherwise."""
    starts: list[int] = []
    before = 0
    for r, v in enumerate(numbers):
        if v is None or not _NUMBER.fullmatch(v):
            return None
        n = int(v)
        if n == 1:
            starts.append(r)
        elif n != before + 1:
            return None
        before = n
    return starts if len(starts) >= 2 else None


def groups(named: list[int], count: int) -> list[tuple[int, int]] | None:
    """The rows (first, last) of each group whose name is printed on row ``named[i]`` of ``count``
    rows, every group with as many rows above its name as below it or one more on either side,
    the most even such split; None when there is none (the names are not centred). Linear in
    the rows: each name's choices are kept by the rows left above the next (at most as many as
    the rows between them), each with the choice it came from, and the split read back once."""
    above = named[0]  # (the rows over the first name are its group's)
    gaps = [b - a - 1 for a, b in zip(named, named[1:])] + [count - 1 - named[-1]]
    best: dict[int, int] = {above: 0}  # rows above the current name: the least unevenness so far
    back: list[dict[int, tuple[int, int]]] = []  # each name's choices: rows above the next → (rows above it, below it)
    for i, gap in enumerate(gaps):
        step: dict[int, int] = {}
        chosen: dict[int, tuple[int, int]] = {}
        for up, cost in best.items():
            for below in _belows(up, gap, i == len(gaps) - 1):
                nxt, entry = gap - below, cost + abs(below - up)
                if nxt not in step or entry < step[nxt]:
                    step[nxt], chosen[nxt] = entry, (up, below)
        if not step:
            return None
        back.append(chosen)
        best = step
    nxt = min(best, key=best.__getitem__)
    belows: list[int] = []
    for chosen in reversed(back):
        nxt, below = chosen[nxt]
        belows.append(below)
    spans, first = [], 0
    for r, below in zip(named, reversed(belows)):
        spans.append((first, r + below))
        first = r + below + 1
    return spans


def _belows(up: int, gap: int, last: bool) -> list[int]:
    """The rows a name with ``up`` rows of its group above it may have below it, of the ``gap``
    rows before the next name (all of them under the last name)."""
    return [below for below in (up, up + 1, up - 1) if 0 <= below <= gap and (not last or below == gap)]


def name_between_rows(value: str, above: str | None, below: list[str | None] | None) -> bool:
    """A line of one word between two rows, the row above and the row under it printing no first
    cell (``⇥4⇥县第三中学教学楼⇥…`` / ``社会事业`` / ``⇥5⇥县人民医院住院综合楼⇥…``): a category merged
    over a group of an even number of rows, centred between its two middle rows (``names_between``
    tells whether the names so read group the rows)."""
    return above is None and below is not None and len(below) > 2 and below[0] is None \
        and len(value) <= 12 and _NAME.fullmatch(value) is not None


def names_between(data: list[list[str | None]], lines: list[int], printed: dict[int, str | None],
                  between: dict[int, str]) -> bool:
    """Give each data row its group's name where some names stand alone between two rows
    (``between``: the row each stands over) and the others on rows (``printed`` first cells), each
    centred on its group: a name between rows on a group of an even number of rows, its two
    middle rows on either side; a name on a row on its group's middle row (or one of its two).
    False (``data`` unchanged) where the names so read do not part the rows into groups."""
    if not between or len(data) < 3 or any(no not in printed for no in lines):
        return False
    if any(r > 0 and cut_at_its_width(data, r - 1) for r in between):
        return False  # (…⇥县人民医院门诊楼改扩⇥8000 / 建工程: the line is that cell's rest, not a centred name)
    onrow = {2 * r: printed[no] for r, no in enumerate(lines) if printed[no] is not None}
    if not all(_NAME.fullmatch(v or "") for v in onrow.values()):
        return False
    names = sorted({**onrow, **{2 * r - 1: v for r, v in between.items()}}.items())
    spans = _spans([p for p, _ in names], len(data)) if len(names) >= 2 else None  # (two names at least)
    if spans is None:
        return False
    for (first, last), (_, name) in zip(spans, names):
        for r in range(first, last + 1):
            data[r][0] = name
    return True


def cut_at_its_width(data: list[list[str | None]], r: int) -> bool:
    """Row ``r`` holds a cell of words (not its first, the category's) longer than every other cell
    of its column: the column's width, where a cell is cut and its rest printed on the line under it
    (⇥3⇥县人民医院门诊楼改扩⇥8000 / 建工程 / ⇥4⇥…), so the line under the row may be that rest."""
    for c, value in enumerate(data[r]):
        if c and value and _NAME.fullmatch(value) is not None \
                and all(len(row[c] or "") < len(value) for k, row in enumerate(data) if k != r and c < len(row)):
            return True
    return False


def _spans(places: list[int], count: int) -> list[tuple[int, int]] | None:
    """The rows (first, last) of each group, the names at ``places`` (row ``r`` at ``2r``, between
    rows ``r - 1`` and ``r`` at ``2r - 1``), each centred on its group (a name between rows exactly,
    one on a row within half a row), the least off-centre such split; None when there is none."""
    states: dict[int, tuple[int, tuple[int, int] | None]] = {0: (0, None)}  # a group's first row: cost, (first, last)
    history = []
    for i, p in enumerate(places):
        step: dict[int, tuple[int, tuple[int, int] | None]] = {}
        for first, (cost, _) in states.items():
            for last in (p - first - 1, p - first, p - first + 1):
                off = abs(p - first - last)
                if last < first or last >= count or 2 * last < p or 2 * first > p or (p % 2 and off) \
                        or (i == len(places) - 1 and last != count - 1):
                    continue
                if last + 1 not in step or cost + off < step[last + 1][0]:
                    step[last + 1] = (cost + off, (first, last))
        if not step:
            return None
        history.append(step)
        states = step
    if count not in states:
        return None
    spans, at = [], count
    for step in reversed(history):
        first, last = step[at][1]
        spans.append((first, last))
        at = first
    return spans[::-1]


__all__ = ["centred_names", "cut_at_its_width", "groups", "name_between_rows", "names_between", "numbered_groups"]
