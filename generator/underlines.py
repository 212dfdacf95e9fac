"""A table's header underlined by a rule of dashes, one run a column, the runs a space apart: what
a document converted to plain text (pandoc's simple tables, a word processor's text export)
prints under the titles of a table set with spaces or tabs::

      序号   乡镇       完成率
      ------ ---------- --------
      1      城关镇     85%
      2      河口镇     72%

The rule is a line of dashes alone, which the parser took for a drawn table's border: it cut the
table in two, the titles a table of no rows and the rows a table without titles. Under a header
and over the rows it underlines, it is the page's ink between them (furniture), and a table set
with spaces runs on across it.
"""

from __future__ import annotations

import re

from .model import Line

# Two runs of dashes at least, a space or more between them, nothing else (no + or | of a grid).
_UNDERLINE = re.compile(r"^\s*[-=─━]{2,}(?:[ \u3000]+[-=─━]{2,})+\s*$")
_RUN = re.compile("[-=─━]{2}")  # (two of a rule's characters in a row: what an underline holds first)
_RULE_CHARS = "-=─━"


def _holds_a_run(text: str) -> bool:
    """``_RUN.search(text)``, asked of a whole document: substring tests of the rule's characters
    that stand in the text, two by two, which scan it many times faster than the regex does."""
    present = [c for c in _RULE_CHARS if c in text]
    return any(a + b in text for a in present for b in present)


def is_header_underline(text: str) -> bool:
    """A rule of dash runs set a space apart: ``------ ---------- --------``. Not a grid's border
    (``+----+----+``, ``|---|---|``), nor one unbroken rule (``----------``)."""
    return ("-" in text or "=" in text or "─" in text or "━" in text) and bool(_UNDERLINE.match(text))


def runs(text: str) -> int:
    """How many runs of dashes the rule has: the columns it underlines."""
    return len(text.split())


def underlines_a_tab_header(lines: list[Line], kinds: list[str], k: int) -> bool:
    """``lines[k]`` is a rule of dash runs between a row of tab cells and the next row of them,
    a run for each cell of the row above (序号⇥乡镇⇥完成率 / ------ ------ ------ / 1⇥城关镇⇥85%):
    that row's underline. Near misses: a rule with another number of runs, a rule under a
    sentence or over one."""
    if not (0 < k < len(lines) - 1 and kinds[k - 1] == "table_row" and kinds[k + 1] == "table_row"
            and is_header_underline(lines[k].text)):
        return False
    cells = [cell for cell in lines[k - 1].text.split("\t") if cell.strip()]
    return runs(lines[k].text) == len(cells)


def _underlines_spaced_titles(lines: list[Line], k: int) -> bool:
    """``lines[k]`` is a rule of dash runs under a line of titles set a space apart, a run for each
    title, over a line of words set apart (序号   乡镇   完成率 / ------ ------ ------ / 1   城关镇   85%)."""
    if not is_header_underline(lines[k].text):
        return False
    titles, below = lines[k - 1].text.strip(), lines[k + 1].text.strip()
    return (" " in titles and " " in below and "\t" not in titles + below
            and len(titles.split()) == runs(lines[k].text))


def read_across_underlines(read, lines: list[Line], keep: frozenset[int]) -> list[Line]:
    """``read(lines, keep)`` (``spacedtables.as_tab_rows``) with each rule of dash runs under a
    line of titles set with spaces taken out while the table is read, so that the titles and
    the rows under the rule make one run, and put back where it stood (between the titles' tab
    row and the first row's, where ``underlines_a_tab_header`` makes it the page's furniture)."""
    if not _holds_a_run("\n".join(line.text for line in lines)):
        return read(lines, keep)  # (no rule anywhere: most documents)
    rules = [k for k in range(1, len(lines) - 1) if _RUN.search(lines[k].text) and _underlines_spaced_titles(lines, k)]
    if not rules:
        return read(lines, keep)
    taken = {lines[k].no for k in rules}
    out = read([line for line in lines if line.no not in taken], keep)
    for k in rules:
        at = next((x for x, line in enumerate(out) if line.no > lines[k].no), len(out))
        out.insert(at, lines[k])
    return out


__all__ = ["is_header_underline", "read_across_underlines", "runs", "underlines_a_tab_header"]
