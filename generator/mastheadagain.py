"""The gazette's name printed again after the first document: the masthead of a second copy of
the issue in the file (its cover, then its contents or its documents again), or the running head
a page prints over the text of a document (``麻阳苗族自治县人民政府公报`` alone at a page's top)."""

from __future__ import annotations

import re

from .furniture import is_issue_line
from .model import Line


def another_issues_cover(between: list[Line]) -> bool:
    """The lines between the masthead printed again and the next document print an issue on a
    line of their own (桐溪县人民政府公报 / 2024年第2期 / （总第34期） / …主办　2024年4月30日出版 / a
    document other than the first): the cover of a second issue in the file, without its contents
    (a running head printing the masthead's words over a document prints no issue's line under them)."""
    return any("期" in line.key and is_issue_line(line.key) for line in between)


def text_under(content: list[Line], i: int, head: int, starts: list[int]) -> bool:
    """The masthead's words at ``i`` stand over a document's text before the contents at ``head``:
    a document opens between them (``starts``: each document's first line), or a line between
    them ends a sentence (…现就有关事项通知如下。), which no cover prints. The page's running head
    (a page broke inside the last document), not a second copy's masthead over its contents."""
    return any(i < start < head for start in starts) or any(line.key.endswith("。") for line in content[i + 1:head])


def issue_number_over(content: list[Line], start: int, front: frozenset[str]) -> int | None:
    """Right over the document opening at ``start`` (past a rule under the document before), an
    issue's number alone that the front does not print (2024年第2期（总第38期）): a second issue's
    masthead whose name, an image, is lost — its index, or None."""
    k = start - 1
    if k < 1 or "期" not in content[k].key or content[k].key in front or not is_issue_line(content[k].key):
        return None
    return k if all(_numbered_along(content[k].key, key) for key in front if "总第" in key) else None


_NUMBERS = re.compile(r"((?:19|20)\d{2})年第(\d{1,3})期.*?总第(\d{1,5})期")


def _numbered_along(key: str, front: str) -> bool:
    """The issue's number ``key`` follows the front's own (``front``, a key of its lines) as another
    issue of the gazette: in the same year, as many issues on in the year as in all (2024年第1期（总第37期）
    then 2024年第2期（总第38期）), not another periodical's (a 简报's 2024年第5期（总第115期）, its name lost
    over it). True where either prints no such pair of numbers, or another year."""
    mine, theirs = _NUMBERS.search(key), _NUMBERS.search(front)
    if mine is None or theirs is None or mine.group(1) != theirs.group(1):
        return True
    return int(mine.group(2)) - int(theirs.group(2)) == int(mine.group(3)) - int(theirs.group(3))


__all__ = ["another_issues_cover", "issue_number_over", "text_under"]
