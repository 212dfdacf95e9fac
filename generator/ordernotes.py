"""A 令 and the regulation it promulgates, where the gazette prints them otherwise than a 令 over
its rule.

A regulation printed after a 令 whose note names another 令: the note under its title names the
令 that published it (（2024年4月2日青溪县人民政府令第6号公布）, （青溪县人民政府令第6号）), and the 令
printed above prints another number under its title (青溪县人民政府令 / 第5号): that 令 promulgated
another rule, and this regulation is an item of its own, not the 令's text.

A regulation's title printed over the 令 that promulgates it (青溪县城市道路挖掘管理办法 / 青溪县人民政府令 /
第5号 / 《青溪县城市道路挖掘管理办法》已经…通过，现予公布…), as a portal heads the page: the first line of
the 令's header, not the document above's last heading."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dataclasses import replace

from .headerlines import is_order_number
from .headerspan import past_furniture
from .model import Line
from .numbering import cn_to_int
from .patterns import ISSUING, doc_type_of, regulation_of
from .titlecontext import index_before

if TYPE_CHECKING:
    from .titles import TitleBlock

# The note of the 令 that published a regulation, under its title: （2024年4月2日青溪县人民政府令第6号公布）,
# （青溪县人民政府令第6号）.
_ORDER_NOTE = re.compile(r"^\([^()]{0,30}政府令第[\d一二三四五六七八九十百]{1,5}号(?:公布|发布)?\)$")
_NAMED = re.compile(r"令第([\d一二三四五六七八九十百]{1,5})号")
_OWN = re.compile(r"第([\d一二三四五六七八九十百]{1,5})号")


def _number(figures: str) -> int | None:
    return int(figures) if figures.isdigit() else cn_to_int(figures)


def order_note(key: str) -> bool:
    """A regulation's note naming the 令 that published it (a folded key)."""
    return "令第" in key and _ORDER_NOTE.match(key) is not None


def issued_above(content: list[Line], found: "list[TitleBlock]", note: str) -> bool:
    """The title found last (``found``) issues the regulation under it: a notice that 印发 or
    公布 something, or a 令, unless the regulation's ``note`` names another 令 (``another_order``)."""
    if not found or not (re.search(ISSUING, found[-1].key) or doc_type_of(found[-1].key) in ("令", "命令")):
        return False
    return not another_order(content, found[-1], note)


def another_order(content: list[Line], above: "TitleBlock", note: str) -> bool:
    """``note`` (a folded key under a regulation's title) names the 令 that published it by its
    number, and the 令 titled ``above`` prints another number (on its title's line or under it)."""
    named = _NAMED.search(note) if "令第" in note else None
    if named is None or doc_type_of(above.key) not in ("令", "命令") and "令第" not in above.key:
        return False
    own = _OWN.search(above.key)
    if own is None:
        k = past_furniture(content, above.end + 1)
        own = _OWN.search(content[k].key) if k < len(content) and is_order_number(content[k].key) else None
    return own is not None and _number(own.group(1)) != _number(named.group(1))


_NAMING_LINES = 3  # lines of the 令 under its title that may name the rule (its number, its text)


def rule_over_its_order(content: list[Line], title: "TitleBlock") -> "TitleBlock":
    """``title``, a 令's, its header starting at the regulation's title printed right over it when
    the 令's text under its number names that regulation in 《》; else ``title`` as it is."""
    if title.banner is not None or doc_type_of(title.key) not in ("令", "命令"):
        return title
    k = index_before(content, title.start)
    if k < 0 or content[title.start].place - content[k].place != 1 or not regulation_of(content[k].key):
        return title
    named = f"《{content[k].key}》"
    if not any(named in content[j].key for j in range(title.end + 1, min(len(content), title.end + 1 + _NAMING_LINES))):
        return title
    return replace(title, banner=k)


def rule_lines(content: list[Line], first: int, title: "TitleBlock") -> range:
    """The regulation's title over a 令's (``rule_over_its_order``) from the header's ``first``
    line: the header's heading, as a portal's heading over the title is; empty for any other."""
    over = first == title.start - 1 or first == index_before(content, title.start)
    return range(first, first + 1) if over and doc_type_of(title.key) in ("令", "命令") and regulation_of(content[first].key) \
        else range(0)


__all__ = ["another_order", "issued_above", "order_note", "rule_lines", "rule_over_its_order"]
