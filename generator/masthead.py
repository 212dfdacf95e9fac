"""The gazette's own facts, read from its cover and masthead (front matter).

Title ``平江县人民政府公报`` (sometimes split over two lines: ``平江县人民政府`` / ``公报``), the
issue as ``2024年第3期`` or ``第 2 期`` with the year on a line of its own, the cumulative issue
``(总第56期)``, and a publication date when the cover prints one.
"""

from __future__ import annotations

import re

from .identifiers import ChineseDate, arabic
from .model import Diagnostic, Gazette, Line
from .normalize import HAN, squeeze, strip_markup

FIRST_YEAR = 1949  # the gazettes are of the People's Republic's county governments
# (the issue may follow on the same line: 平江县人民政府公报 2024年第8期)
_TITLE = re.compile(rf"^(?P<gov>[{HAN}]{{2,20}}?(?:人民政府|政府))(?:办公室)?公报"
                    r"(?:[.·•・|]?(?:19|20)\d{2}年(?:第\d{1,3}期)?(?:\(?总第\d{1,5}期\)?)?)?$")
_YEAR_ISSUE = re.compile(r"(?P<y>(?:19|20)\d{2})年(?:第)?(?P<n>\d{1,3})期")
_ISSUE = re.compile(r"^第(?P<n>\d{1,3})期(?:\(?总第\d{1,5}期\)?)?$")
_YEAR = re.compile(r"^(?P<y>(?:19|20)\d{2})(?:年)?$")
_CUMULATIVE = re.compile(r"总第(?P<n>\d{1,5})期")
_PUBLISHED = re.compile(r"^(?P<d>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?:出版|发行|印发)?$")
# The publisher and the date on one line: ``南皮县人民政府办公室主办　二〇二四年八月三十日出版``.
_PUBLISHED_AT_END = re.compile(r"(?P<d>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?:出版|发行)$")
_PUBLISHED_LABEL = re.compile(r"(?:出版|发行|印发)(?:日期|时间):?(?P<d>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)")


def read_masthead(front: list[Line]) -> tuple[Gazette, str | None, list[Diagnostic]]:
    """Gazette facts from the front-matter lines; also returns the masthead key (the folded
    title line) so that a repeated masthead can be recognised."""
    diagnostics: list[Diagnostic] = []
    title = gov = masthead_key = None
    year = issue = cumulative = None
    publish = None
    for i, line in enumerate(front):
        key = arabic(line.key)
        if title is None:
            m = _TITLE.match(key)
            if m:
                shown = squeeze(strip_markup(line.text))
                end = shown.find("公报")
                title, gov, masthead_key = shown[:end + 2] if end >= 0 else shown, m.group("gov"), key
            elif key == "公报" and i > 0 and front[i - 1].key.endswith("政府"):
                gov = front[i - 1].key
                title, masthead_key = gov + "公报", None
        m = _YEAR_ISSUE.search(key)
        if m and issue is None:
            year, issue = int(m.group("y")), int(m.group("n"))
        m = _ISSUE.match(key)
        if m and issue is None:
            issue = int(m.group("n"))
        m = _YEAR.match(key)
        if m and year is None:
            year = int(m.group("y"))
        m = _CUMULATIVE.search(key)
        if m and cumulative is None:
            cumulative = int(m.group("n"))
        m = _PUBLISHED.match(key) or _PUBLISHED_LABEL.search(key) or _PUBLISHED_AT_END.search(key)
        if m and publish is None:
            try:
                publish = str(ChineseDate.parse(m.group("d")))
            except ValueError:
                diagnostics.append(Diagnostic(
                    "date-invalid", "warning",
                    "publication date on the cover is not a real date; expected 年月日 of the "
                    "calendar", line.no, line.text.strip()))
    if masthead_key is None and title is not None:
        masthead_key = title
    # Numbers no gazette prints (第0期, a year before 1949) are misreadings: not taken.
    where = front[0].no if front else None
    year = _plausible("year", year, FIRST_YEAR, where, diagnostics)
    issue = _plausible("issue", issue, 1, where, diagnostics)
    cumulative = _plausible("cumulative issue", cumulative, 1, where, diagnostics)
    region = None
    if gov:
        region = re.sub(r"(?:人民政府|政府)$", "", gov) or None
    if title is None:
        diagnostics.append(Diagnostic(
            "gazette-title-missing", "warning",
            "no gazette title (…人民政府公报) found in the front matter",
            front[0].no if front else None, None))
    if issue is None:
        diagnostics.append(Diagnostic(
            "gazette-issue-missing", "warning",
            "no issue number (2024年第3期 or 第3期) found in the front matter",
            front[0].no if front else None, None))
    gazette = Gazette(title=title, region=region, government=gov, year=year, issue=issue,
                      cumulative_issue=cumulative, publish_date=publish)
    return gazette, masthead_key, diagnostics


def _plausible(name: str, value: int | None, least: int, line: int | None,
               diagnostics: list[Diagnostic]) -> int | None:
    """``value`` when it is ``least`` or more; otherwise none, and a diagnostic says so."""
    if value is None or value >= least:
        return value
    diagnostics.append(Diagnostic(
        "gazette-number-invalid", "warning",
        f"the front matter prints {value} as the {name}; expected {least} or later, so it is not taken",
        line, None))
    return None
