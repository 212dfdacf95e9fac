"""An issue's contents a scraper ran onto one line: several entries, each its title, its leader
and its page, one after the other (``…的通知（南府发〔2024〕5号）……………1南浦县人民政府关于…的通知……3``),
perhaps with the contents' heading first and the sections' headings between them (``目录　【县政府
文件】…的通知……1　…``), or without leaders, each page a space apart (``…的通知 1 南浦县…的决定 3``).

``contents_parts`` parts such a line after each entry's page, and the heading (目录) and a section's
heading in 【】 off the entry they open, as the page printed them; only where two entries at least end as
titles do (their 文种, a regulation's kind, their numbers in brackets) and the pages go on in order.
Each part keeps the source line's number, every character of the line is in one part (the spaces
between them apart), and each part has a place of its own (``Line.at``). A diagnostic names each line
so parted.
"""

from __future__ import annotations

import re

from .model import Diagnostic, Line
from .normalize import HAN, fold
from .partedlines import lines_parted
from .patterns import SECTION_NAME, doc_type_of, issuer_type_title, regulation_of, title_start
from .toclines import NUMBERS_IN_BRACKETS, is_toc_heading

_DOTS = re.escape("．.·・…⋯‥∙⋅‧")
_RULES = re.escape("-_—－─━")
# A leader (a run of dots, or of three dashes at least; each run from its start only, possessive: linear;
# its first character first, the cheapest scan) and the page after it, in brackets perhaps; its figures
# end where a figure no longer follows, or where the next entry's title opens with a year (……52024年…: 5).
_LEADER_PAGE = re.compile(rf"[{_DOTS}{_RULES}](?:(?<=[{_DOTS}])(?<![{_DOTS}][{_DOTS}])[{_DOTS}]++"
                          rf"|(?<=[{_RULES}])(?<![{_RULES}][{_RULES}])[{_RULES}]{{2,}}+)[ \u3000]*+"
                          r"(?:[(（〔【［][ \u3000]*)?(?:第[ \u3000]*)?(?P<page>\d{1,3}?)(?=\D|(?:19|20)\d{2}年|$)"
                          r"(?:[ \u3000]*[-–—－~～][ \u3000]*\d{1,3}?(?=\D|(?:19|20)\d{2}年|$))?"  # (a range: 1-3)
                          r"(?:[ \u3000]*页)?(?:[ \u3000]*[)）〕】］])?[ \u3000\t]*+")
# Without leaders: the page a space apart from the title's end and from the next entry.
# (asked only of the line that opens with the contents' heading or comes right under it)
# (one space after the title's last character: asked only there, not again from each space of a run)
_SPACED_PAGE = re.compile(rf"(?<=[{HAN})）》〕])[ \u3000](?P<page>\d{{1,3}})(?:[ \u3000\t]++|$)")
_PAGE_FIRST = re.compile(r"[ \u3000]*\d{1,3}[ \u3000]+(?!\d)")
# The contents' heading opening the line, and a section's heading in 【】 opening an entry.
# (after the masthead perhaps, run onto the line too: 南浦县人民政府公报 2024年第4期 目录 …)
_HEADING = re.compile(r"(?:^|(?<=[ \u3000]))(?:本期)?(?:目[ \u3000]*录|要[ \u3000]*目)(?:[ \u3000]+|(?=【))")
# An entry's 发文字号 in brackets after the page of the entry above (…的通知……1（兰政发〔2024〕3号）兰溪县…):
# the number the contents print under that entry's page, a line of its own.
_NUMBER_FIRST = re.compile(r"[(（][^()（）]{1,30}?[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d{1,5}\s*号\s*[)）]")
_SECTION = re.compile(r"^【[^【】]{2,20}】[ \u3000]*")
_GAP = re.compile(r"[ \u3000\t]{2,}$")  # (the next entry a gap of spaces away: the second column's)
_LONG = 40  # characters at least of two entries on a line


# A section named without marks before its first entry's title (县政府文件兰溪县人民政府关于…, 政府令 兰溪县…令).
_SECTION_FIRST = re.compile(rf"(?:{SECTION_NAME.pattern}|(?:[县区市旗]?政府|[县区市旗]长)令)[ \u3000]*")


def _named_section(part: str) -> re.Match | None:
    """A section's name opening ``part``, a title opening right after it (its issuer named, or 关于)."""
    m = _SECTION_FIRST.match(part)
    if m is None:
        return None
    leader = _LEADER_PAGE.search(part, m.end())
    rest = _BRACKETS_LAST.sub("", fold(part[m.end():leader.start() if leader else len(part)]))  # (…令（第5号）)
    return m if title_start(rest) or issuer_type_title(rest) else None


_BRACKETS_LAST = re.compile(r"\([^()]*\)$")


def _ends_as_a_title(title: str) -> bool:
    """An entry's words end as a title does: its 文种 or a regulation's kind, after its numbers in
    brackets perhaps (…的通知（南府发〔2024〕5号））."""
    key = fold(_SECTION.sub("", title))
    if key.endswith(")") and (m := NUMBERS_IN_BRACKETS.search(key)):
        key = key[:m.start()]
    return bool(doc_type_of(key) or regulation_of(key))


def _entries(text: str, above: str) -> list[tuple[int, int, str]] | None:
    """Where each entry ends (its title's end, its page's end) and its page, by leaders; or by spaces,
    on the line that opens with the contents' heading or comes right under it (``above``: its key)."""
    first = _LEADER_PAGE.search(text)  # (asked of every long line: one scan from a leader's first character)
    if first is not None:
        found = [(m.start(), m.end(), m.group("page")) for m in _LEADER_PAGE.finditer(text, first.start())]
        if len(found) >= 2:
            return found
    if (len(above) <= 12 and is_toc_heading(above)) or (text.find("目", 0, 80) >= 0 and _HEADING.search(text, 0, 80)):
        heading = _HEADING.search(text, 0, 80)
        if _PAGE_FIRST.match(text, heading.end() if heading else 0):  # (1　…的通知　4　…的批复: each page before its title)
            return [(m.start(), m.start(), m.group("page")) for m in _SPACED_PAGE.finditer(text)] or None
        found = [(m.start(), m.end(), m.group("page")) for m in _SPACED_PAGE.finditer(text)]
        if len(found) >= 2:
            return found
    return None


def _numbers_apart(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Entries numbered 1. 2. 3. run on with no space: the figures after a leader are the page and
    the next entry's number (……12.…: page 1, entry 2; ……126.…: page 12, entry 6), by the numbers' order."""
    if not _FIRST_NUMBER.match(text):
        return found
    out = []
    for k, (start, end, page) in enumerate(found):
        number = str(k + 2)
        if text[end:end + 1] in ".、．" and end < len(text) and len(page) > len(number) and page.endswith(number):
            start, end, page = start, end - len(number), page[:-len(number)]
        out.append((start, end, page))
    return out


_FIRST_NUMBER = re.compile(r"[ \u3000]*1[.、．]")


def contents_parts(text: str, above: str = "") -> list[str] | None:
    """The parts of contents run onto one line, as printed (their concatenation is the line without
    the spaces between them), or None for any other line. ``above``: the key of the line above (entries
    without leaders are looked for only under the contents' heading, or after it on its line)."""
    if len(text) < _LONG:
        return None
    found = _entries(text, above)
    if found is None:
        return None
    found = _numbers_apart(text, found)
    pages = [int(page) for _, _, page in found]
    if pages != sorted(pages) or any(end < len(text) and _GAP.search(text, start, end) for start, end, _ in found):
        return None  # (two entries a gap apart are contents set in two columns: toccolumns)
    parts: list[str] = []
    titled = 0
    at = 0
    for start, end, _ in found:
        title = text[at:start].strip()
        if not title:
            return None
        heading = _HEADING.search(title) if not parts else None
        titled += _ends_as_a_title(title[heading.end():] if heading else title)
        parts.append(text[at:end].strip())
        at = end
    if titled < 2:
        return None
    rest = text[at:].strip()
    if rest:
        parts.append(rest)  # (the last entry, its page not printed)
    out: list[str] = []
    for k, part in enumerate(parts):
        heading = _HEADING.search(part) if k == 0 else None
        if heading is not None:  # (the masthead before it, a part of its own)
            out.extend(x for x in (part[:heading.start()].strip(), part[heading.start():heading.end()].strip()) if x)
            part = part[heading.end():]
        number = _NUMBER_FIRST.match(part) if k else None
        if number is not None and number.end() < len(part):  # (the entry above's, printed under its page)
            out.append(part[:number.end()].strip())
            part = part[number.end():]
        section = _SECTION.match(part) or _named_section(part)
        if section is not None and section.end() < len(part):
            out.append(part[:section.end()].strip())
            part = part[section.end():]
        out.append(part)
    return out


def split_run_on_contents(lines: list[Line]) -> tuple[list[Line], list[Diagnostic]]:
    """``lines`` (non-blank, in order) with contents run onto one line parted into the lines a careful
    reader sees (``contents_parts``), each keeping the line's number, with places of their own (the
    lines after shifted by as many places), and a diagnostic for each line so parted."""
    def parts_of(k: int) -> list[str] | None:
        text, above = lines[k].text, lines[k - 1].key if k else ""  # (the key of the line above)
        # (a quick check first: a long line with a leader, under a short one, or with 目 early)
        return contents_parts(text, above) if text.find("目", 0, 80) >= 0 or (len(above) <= 12 and is_toc_heading(above)) \
            or _LEADER_PAGE.search(text) is not None else None

    return lines_parted(lines, parts_of, lambda line, count: Diagnostic(
        "contents-run-on-one-line", "warning",
        f"line {line.no} prints several contents entries on one line (its line ends lost): read as "
        f"{count} lines, an entry a line after each page", line.no, line.text.strip()[:60]),
        [k for k, line in enumerate(lines) if len(line.text) >= _LONG])  # (only a long line is asked: contents_parts)


__all__ = ["contents_parts", "split_run_on_contents"]
