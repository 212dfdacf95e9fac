"""The gazette's own facts, read from its cover and masthead (front matter).

Title ``平江县人民政府公报`` (sometimes split over two lines: ``平江县人民政府`` / ``公报``), the
issue as ``2024年第3期`` or ``第 2 期`` with the year on a line of its own (or only in the cover's
date), a combined issue (``第3—4期``, ``第3、4期（合刊）``) as its first and last numbers, a
monthly's (``公报（月刊）``, ``2024年10月第10期``), the part of an issue printed in parts
(``2024年第3期（下）``: issueparts), a supplement or special issue (``2024年增刊``, ``2024年第3期（增刊）``,
``2024年增刊第2期``: specialissues), the cumulative issue ``(总第56期)`` (a combined
issue's ``(总第62、63期)``: its first), a county named with its city (``永州市道县``: 道县 of 永州市),
and a publication date when the cover prints one (``2024年6月28日出版``, ``出版日期：2024-06-28``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .furniture import is_issue_line, is_running_head
from .identifiers import ChineseDate, arabic
from .issueparts import part_after_issue
from .specialissues import special_after_issue, special_issue
from .model import Diagnostic, Gazette, Line
from .numbering import cn_to_int
from .normalize import HAN, OTHER_SCRIPT, squeeze, strip_markup
from .patterns import is_org_only

FIRST_YEAR = 1949  # the gazettes are of the People's Republic's county governments
# (the issue may follow on the same line: 平江县人民政府公报 2024年第8期, or in brackets: …公报（2024年第8期）)
# A qualifier may follow in brackets (（月刊）, （县级）, （内部资料）, （汉文版）), and the name in another
# script, as a minority region's masthead prints it beside the Chinese (…公报　ᠠᠷᠤ ᠬᠣᠷᠴᠢᠨ…, …公报
# GAZETTE OF YANJI) or before it (연길시인민정부공보　延吉市人民政府公报: not part of the title).
_QUALIFIER = r"\((?:月刊|半月刊|双月刊|季刊|旬刊|县级|内部资料|内部刊物|电子版|试刊|[^()]{1,4}文版)\)"
# A county's people's congress standing committee publishes its own gazette, numbered as the
# national one numbers its issues (松岭县人大常委会公报 / 2024年第2号（总第31号）): its region read as a
# government's, the committee its publisher.
_CONGRESS = r"(?:人大常委会|人民代表大会常务委员会)"
# The rest of a cover an extraction collapsed onto the title's line, field after field: the issue
# (2024年第3期, （第3期）, 总第86期), the organ that edits it (南浦县人民政府办公室主办, 主办单位：…), the day
# it came out (2024年3月31日出版, 出版日期：…) — …公报2024年第3期（总第86期）南浦县人民政府办公室主办 2024年3月31日出版.
_ORGAN_EDITS = rf"[{HAN}()]{{2,30}}?[室府局会部心]"
# (each field atomic, the day before the year it opens with: a line that is no cover fails at once)
_COVER_FIELD = (r"(?>(?:(?:出版日期|出版时间|印发日期):?)?(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?(?:出版|印发|编印)?"
                r"|(?:出版日期|出版时间|印发日期):?(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}"  # (出版日期：2024-03-31)
                r"|[.·•・|]|\(?(?:19|20)\d{2}年度?(?:第\d{1,3}期)?\)?|\(?第\d{1,3}期\)?|\(?总第\d{1,5}期\)?"
                rf"|(?:主办单位|编印单位|出版单位|主办|编印|编辑出版):?{_ORGAN_EDITS}(?=出版|印发|编印|主办|\d|\(|$)"
                rf"|{_ORGAN_EDITS}(?:主办|编印|主编|编辑出版|编辑|编|出版))")
_COVER_LINE = re.compile(rf"{_COVER_FIELD}+")


def is_cover_line(key: str) -> bool:
    """A line of the cover's fields alone: the office that edits the gazette and the day
    (``青溪县人民政府办公室　编印　2024年4月30日``, ``2024年4月30日出版``; a folded key), with its day
    or 出版: no year alone (a title's line, 关于做好 / 2024年 / …), no organ alone."""
    return ("日" in key or "出版" in key) and bool(_COVER_LINE.fullmatch(key))


_TITLE = re.compile(rf"^(?P<gov>[{HAN}]{{2,20}}?(?:人民政府|政府|{_CONGRESS})|[{HAN}]{{1,10}}?(?:县|区|市|旗)(?=政报))(?:办公室)?(?:公报|政报)"
                    rf"(?:{_QUALIFIER})?{_COVER_FIELD}{{0,8}}+[^{HAN}\d]*$")
_NAME_BEFORE = re.compile(rf"^[{OTHER_SCRIPT}\s]+")  # the name in another script before the Chinese
# 2024年第3期, 2024第3期, 2024年度第3期; a combined issue (合刊) 2024年第3-4期, 第5、6期, 第1~2期,
# 第3至4期 is read as its first number and its last; so is one printing the second number with its
# own 第…期 (2024年第3期至第4期, 第1期-第2期, 第3期—第4期: the first 期 read only before 第).
_SECOND = r"(?:(?:期?[-~、,至/]第|[-~、,至/])(?P<last>\d{1,3}))?"
_YEAR_ISSUE = re.compile(rf"(?P<y>(?:19|20)\d{{2}})(?:年度?)?第?(?P<n>\d{{1,3}}){_SECOND}期")
# An issue numbered as the State Council's gazette numbers its own, on a line of its own: 2024年第3号.
# (with its cumulative number, as a congress's gazette prints it: 2024年第2号（总第31号）)
# A monthly numbered by its month, 2024年3月号 (2024年3月号（总第87期）): the month is the issue.
# (or 2024年3月刊, the issue of March)
_MONTH_ISSUE = re.compile(r"(?P<y>(?:19|20)\d{2})年(?P<n>\d{1,2})月[号刊]")
_YEAR_NUMBER = re.compile(r"(?P<y>(?:19|20)\d{2})年第(?P<n>\d{1,3})号(?:\(?总第(?P<c>\d{1,5})号\)?)?")
# 第3期 opening the line or after the year or month (2024.03 第3期, 2024年10月 第10期) or the gazette's name
# (…公报 第3期, a cover collapsed onto one line) or in
# brackets (2024年（第3期）) or after the day the cover prints first (2024年3月31日出版　　第3期); not inside
# words (第二期培训班)
_ISSUE = re.compile(rf"(?:^|(?<=[\d.年月])|(?<=公报|政报|出版|出刊|发行)|(?<=\d日))\(?第(?P<n>\d{{1,3}}){_SECOND}期")
# The issue's words stand alone: they open the line (or follow the title or a bracket), or the
# line ends after them or goes on with the cumulative issue or a date — not a headline that
# holds them (县委理论学习中心组2024年度第5期专题学习会召开).
_ISSUE_AFTER = re.compile(r"$|[()【】]|总|(?:19|20)\d{2}|出版|合刊|增刊|[.·•・|]")


def _standing(key: str, m: re.Match) -> bool:
    return m.start() == 0 or key[:m.start()].endswith(("公报", "(")) or bool(_ISSUE_AFTER.match(key, m.end()))
# The year on a line of its own, or as the cover prints a special issue (2024年增刊) or the month
# of the issue (2024年3月), alone or with the cumulative number of a gazette that prints no other
# (2024年6月　总第120期).
# (or a year's issues bound in one: 2024年汇编, 2024年度合订本 — a year, no issue)
_YEAR = re.compile(r"^(?P<y>(?:19|20)\d{2})(?:年(?:\d{1,2}月|增刊|特刊|专刊|合刊|度?(?:汇编|合订本))?)?(?:\(?总第\d{1,5}期\)?)?$")
# The cover's month as its year: after the office that edits it (南浦县人民政府办公室编印　2024年3月), or
# in figures (2024.03).
_COVER_MONTH = re.compile(rf"(?:[{HAN}()]{{2,30}}?(?:办公室|政府)(?:编印|编辑|编|主办|印)?)?(?P<y>(?:19|20)\d{{2}})(?:年\d{{1,2}}月|\.\d{{1,2}})")
# A year's issues bound in one named on its cover (2023年合订本, …公报　2024年度汇编): the file's year, and no
# issue — the issue, cumulative number and day read under it are the first bound issue's masthead.
_BOUND = re.compile(r"(?P<y>(?:19|20)\d{2})年度?(?:汇编|合订本)$")
_YEAR_ANY = re.compile(r"(?P<y>(?:19|20)\d{2})(?:年|\.\d{1,2}(?!\d))")  # 2024年, 2024.03
_CUMULATIVE = re.compile(r"总第(?P<n>\d{1,5})(?:[-~、,]\d{1,5})?期")  # (a combined issue's: 总第62、63期)
_CUMULATIVE_IN_WORDS = re.compile(r"总第(?P<n>[一二三四五六七八九十百千零〇两]{1,10})期")  # （总第一百二十期）
# (曰 for 日: OCR's misreading, read as a 成文日期's and a 印发's are: 2024年11月15曰出版)
_DAY = r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}[日曰]"
_DAY_ANY = r"(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}[日曰]|-\d{1,2}-\d{1,2}|\.\d{1,2}\.\d{1,2})"
_PUBLISHED = re.compile(rf"^\(?(?P<d>{_DAY})(?:出版|出刊|发行|印发)?\)?$")
# The publisher and the date on one line: ``南皮县人民政府办公室主办　二〇二四年八月三十日出版``;
# the date after the issue: ``2024年第2期（总第40期）　2024年6月28日``.
_PUBLISHED_AT_END = re.compile(rf"(?P<d>{_DAY})\)?(?:出版|出刊|发行|印发)\)?$")  # (…办公室编　2024年3月31日印发)
_AFTER_ISSUE = re.compile(rf"期\)?(?P<d>{_DAY})$")
# (or before it, the issue at the line's right: ``2024年3月31日出版　　　第3期（总第128期）``)
_BEFORE_ISSUE = re.compile(rf"^(?P<d>{_DAY})(?:出版|出刊|发行|印发)?\(?第\d{{1,3}}期\)?(?:$|\(|总)")
# The day after the office that edits the gazette, with no 出版 after it: ``…办公室编印　2024年6月28日``,
# ``…办公室编　二○○五年六月三十日``.
_AFTER_EDITOR = re.compile(rf"(?:办公室|政府)(?:编印|编辑|编|主办|印)(?P<d>{_DAY})$")
# (its label: 出版日期：2024-06-28, or 出版 alone before its colon, as a cover's list of 主管, 主办, 编辑 and
# 出版 prints it: 出版：2024年4月30日)
_PUBLISHED_LABEL = re.compile(rf"(?:出版|出刊|发行|印发|编印)(?:(?:日期|时间):?|:)(?P<d>{_DAY_ANY})")
_NUMERIC_DAY = re.compile(r"(?P<y>\d{4})[-.](?P<m>\d{1,2})[-.](?P<d>\d{1,2})")
# A county named with the city or prefecture above it, as some mastheads print it: 永州市道县,
# 湘西土家族苗族自治州泸溪县, 长沙市望城区, 阿克苏地区阿克苏市 (the shortest parent that leaves a
# county-level name after it; a name alone, 冷水江市, 市中区, 通州区, leaves none).
_COUNTY_LEVEL = r"(?:自治县|自治旗|林区|特区|县|区|市|旗)"
# A county's name alone over the rest of the masthead (上饶县 / 人民政府公报).
_PLACE_ALONE = re.compile(rf"[{HAN}]{{1,10}}{_COUNTY_LEVEL}")
_PREFIXED = re.compile(rf"(?P<parent>[{HAN}]{{2,}}?(?:自治州|地区|市|州|盟))(?P<region>[{HAN}]+?{_COUNTY_LEVEL})")
# The province printed before them (湖南省平江县, 湖南省永州市道县, 广西壮族自治区三江侗族自治县,
# 湖南省湘西土家族苗族自治州):
# no part of the county's name, nor its parent (the prefecture-level city).
_PROVINCE = re.compile(rf"[{HAN}]{{2,}}?(?:省|自治区)(?=[{HAN}]+?(?:{_COUNTY_LEVEL}|自治州|地区|州|盟)$)")
# An issue printed a glyph or two a line (第 / 3 / 期, 2024年第 / 3期): short lines read together.
_SHORT = 6


# What an issue line is made of: its year, 第 and 期 and what OCR reads for them (弟; 朗, 其),
# figures and the letters OCR reads for them, the cumulative issue in brackets.
_ISSUE_CHARS = frozenset("0123456789OolI年度第弟期朗其总()-~、")


def issue_shaped(key: str) -> bool:
    """A folded line that is an issue line in a form not read: the year and what stands for
    第…期 with a character lost or misread (2024年第期, 2024年弟3朗, 第3其); not a year alone
    (2024年), nor a date."""
    return (len(key) <= 16 and key[:1] in "12第弟" and any(c in key for c in "第弟期朗其")
            and all(c in _ISSUE_CHARS for c in key))


_OTHER_ISSUES = ("上一期", "下一期", "上一篇", "下一篇", "上一条", "下一条")


def read_masthead(front: list[Line]) -> tuple[Gazette, str | None, list[Diagnostic]]:
    """Gazette facts from the front-matter lines; also returns the masthead key (the folded
    title line) so that a repeated masthead can be recognised."""
    diagnostics: list[Diagnostic] = []
    title = gov = masthead_key = title_at = None
    year = issue = last = cumulative = part = special = None
    publish = None
    bound = None  # (where the cover names a year's issues bound in one, and what was read before it)
    for i, line in enumerate(front):
        key = arabic(line.key)
        if bound is None and key[-1:] in "编本" and (m := _BOUND.search(key)) is not None:
            bound = (int(m.group("y")), issue, last, cumulative, publish)
        if key.startswith(_OTHER_ISSUES):
            continue  # a web page's links to the issues before and after it: 上一期：…公报2024年第2期
        if title is None:
            # (the cover may print it as a book's name: 《道县人民政府公报》)
            m = _TITLE.match(_NAME_BEFORE.sub("", key).strip("《》"))
            if m:
                shown = _NAME_BEFORE.sub("", squeeze(strip_markup(line.text))).strip("《》")
                end = next((shown.find(name) for name in ("公报", "政报") if name in shown), -1)
                title, gov, masthead_key = shown[:end + 2] if end >= 0 else shown, m.group("gov"), key
                title_at = i
                if gov in ("人民政府", "政府") and i > 0 and _PLACE_ALONE.fullmatch(front[i - 1].key):
                    # 上饶县 / 人民政府公报: the name of the place on the line above
                    title, gov = front[i - 1].key + title, front[i - 1].key + gov
            elif key == "公报" and i > 0 and front[i - 1].key.endswith("政府"):
                gov = front[i - 1].key
                title, masthead_key = gov + "公报", None
        if special is None and issue is None and "刊" in key and (printed := special_issue(key)) is not None:
            year, special, issue = printed  # 2024年增刊, 2024年增刊第2期: a supplement, numbered or not
        m = _YEAR_ISSUE.search(key)
        if m and issue is None and _standing(key, m):
            year, issue = int(m.group("y")), int(m.group("n"))
            last, part = combined_last(m), part_after_issue(key[m.end():])
            special = special or special_after_issue(key[m.end():])  # 2024年第3期（增刊）
        m = _MONTH_ISSUE.search(key) if issue is None and ("月号" in key or "月刊" in key) else None
        if m and _standing(key, m) and 1 <= int(m.group("n")) <= 12:
            year, issue = int(m.group("y")), int(m.group("n"))
        m = _ISSUE.search(key)
        if m and issue is None and _standing(key, m):
            issue = int(m.group("n"))
            last, part = combined_last(m), part_after_issue(key[m.end():])
            special = special or special_after_issue(key[m.end():])
            on_line = _YEAR_ANY.search(key)  # (第2期（总第40期）　2024年)
            year = year if year is not None or on_line is None else int(on_line.group("y"))
        m = _YEAR.match(key) or _COVER_MONTH.fullmatch(key)
        if m and year is None:
            year = int(m.group("y"))
        m = _CUMULATIVE.search(key) or _CUMULATIVE_IN_WORDS.search(key)
        if m and cumulative is None:
            cumulative = int(m.group("n")) if m.group("n").isdigit() else _in_words(m.group("n"))
        m = (_PUBLISHED.match(key) or _PUBLISHED_LABEL.search(key) or _PUBLISHED_AT_END.search(key)
             or _AFTER_ISSUE.search(key) or _AFTER_EDITOR.search(key) or _BEFORE_ISSUE.match(key))
        if m and publish is None and not _closes_a_text(front, i):
            try:
                publish = str(ChineseDate.parse(_NUMERIC_DAY.sub(r"\g<y>年\g<m>月\g<d>日", m.group("d"))))
            except ValueError:
                diagnostics.append(Diagnostic(
                    "date-invalid", "warning",
                    "publication date on the cover is not a real date; expected 年月日 of the "
                    "calendar", line.no, line.text.strip()))
    if bound is not None:  # 2023年合订本 / …公报 / 2023年第1期（总第117期）: the compilation's year alone
        year, issue, last, cumulative, publish = bound
        part = special = None
    if issue is None and title_at is not None and title_at + 1 < len(front) and bound is None:
        # (right under the masthead: a 令's or 公告's number stands over its own title)
        numbered = _YEAR_NUMBER.fullmatch(arabic(front[title_at + 1].key))
        if numbered is not None:
            year, issue = int(numbered.group("y")), int(numbered.group("n"))
            cumulative = cumulative if numbered.group("c") is None else int(numbered.group("c"))
    if issue is None and bound is None and special is None:
        year, issue, last = _issue_in_pieces(front, year)
    # (an issue line not read still prints the year: 2024年弟3朗)
    unread = next((line for line in front if issue_shaped(arabic(line.key))), None) \
        if issue is None and bound is None and special is None else None
    if year is None and unread is not None and (printed := _YEAR_ANY.match(arabic(unread.key))):
        year = int(printed.group("y"))
    if masthead_key is None and title is not None:
        masthead_key = title
    # Numbers no gazette prints (第0期, a year before 1949) are misreadings: not taken.
    where = front[0].no if front else None
    year = _plausible("year", year, FIRST_YEAR, where, diagnostics)
    issue = _plausible("issue", issue, 1, where, diagnostics)
    last = last if issue is not None else None
    part = part if issue is not None else None
    cumulative = _plausible("cumulative issue", cumulative, 1, where, diagnostics)
    region = parent = None
    if gov:
        region = re.sub(rf"(?:人民政府|政府|{_CONGRESS})$", "", gov) or None
        province = _PROVINCE.match(region or "")
        if province:
            region, gov = region[province.end():], gov[province.end():]
        prefixed = _PREFIXED.fullmatch(region or "")
        if prefixed:  # 永州市道县: the county 道县 of the city 永州市
            parent, region = prefixed.group("parent"), prefixed.group("region")
            gov = gov[len(parent):]
    if title is None:
        diagnostics.append(Diagnostic(
            "gazette-title-missing", "warning",
            "no gazette title (…人民政府公报) found in the front matter",
            front[0].no if front else None, None))
    if issue is None and special is None:  # (a supplement printed without a number has none to read)
        if unread is None:
            diagnostics.append(Diagnostic(
                "gazette-issue-missing", "warning",
                "no issue number (2024年第3期 or 第3期) found in the front matter" if bound is None else
                "the file is a year's issues bound in one (合订本, 汇编): its year is read and no issue; "
                "expected one issue a file (split the file at each issue's masthead)", front[0].no if front else None, None))
        else:
            diagnostics.append(Diagnostic(
                "gazette-issue-missing", "warning",
                f"the issue number is not read from {squeeze(unread.text)}; expected 2024年第3期 or 第3期",
                unread.no, unread.text.strip()))
    gazette = Gazette(title=title, region=region, government=gov, year=year, issue=issue, issue_last=last,
                      part=part, special=special, cumulative_issue=cumulative, publish_date=publish, parent_region=parent)
    return gazette, masthead_key, diagnostics


def from_the_back_cover(back: list[Line], gazette: Gazette, diagnostics: list[Diagnostic]) -> tuple[Gazette, list[Diagnostic]]:
    """The masthead printed on the back cover only (a file opening with its contents, no cover: the
    gazette's name, its issue and day over the colophon at the end), read from the gazette's name on
    in ``back`` (the issue's last back matter) where the front named neither title nor issue; else
    ``gazette`` and ``diagnostics`` as they were."""
    at = next((k for k, line in enumerate(back) if line.key[-2:] in ("公报", "政报")
               and _TITLE.match(arabic(line.key).strip("《》"))), None)
    if at is None:
        return gazette, diagnostics
    again, _, said = read_masthead(back[at:])
    return (again, said) if again.title is not None and again.issue is not None else (gazette, diagnostics)


def issue_from_running_heads(content: list[Line], gazette: Gazette, diagnostics: list[Diagnostic]) -> tuple[Gazette, list[Diagnostic]]:
    """The issue a cover lost (an image, or no cover) read from the issue's running heads, where they
    all name one (…公报　　2024年第4期 over each page): taken with its year when the front printed
    none or the same, and said as info in place of the issue missing; else as they were."""
    read = {(int(m.group("y")), int(m.group("n")), combined_last(m)) for line in content
            if ("报" in line.key and "期" in line.key) and is_running_head(line.key)
            and (m := _YEAR_ISSUE.search(arabic(line.key))) is not None}
    if len(read) != 1 or gazette.year not in (next(iter(read))[0], None):
        return gazette, diagnostics
    year, issue, last = next(iter(read))
    said = [d for d in diagnostics if d.code != "gazette-issue-missing"] + [Diagnostic(
        "gazette-issue-from-running-heads", "info", f"no issue number read in the front matter: "
        f"{year}年第{issue}期 taken from the issue's running heads", content[0].no if content else None, None)]
    return replace(gazette, year=year, issue=issue, issue_last=last), said


def issue_year(published: str | None, number: int | None, dates: list[str]) -> int | None:
    """The year of an issue whose cover prints its number without the year (第 4 期 alone): the
    cover's date's year (``published``), but the year before where the issue is the year's last
    and is dated the next January: not the first (``number`` over 1), the cover dated in January
    and every document (成文日期, ``2024-12-20``) of the year before (第 4 期, 2025年1月1日). With
    no date on the cover, the year of the latest document (one more than a year ahead of every
    other is a misprint: 二〇四二年 for 二〇二四年); with neither, none. A year before 1949 dates no
    issue (a misprint or a date cited from history): not taken."""
    years = sorted({int(day[:4]) for day in dates} - set(range(FIRST_YEAR)))
    if len(years) > 1 and years[-1] > years[-2] + 1:
        years.pop()
    if published is None:
        return years[-1] if years else None
    cover = int(published[:4])
    if cover < FIRST_YEAR:
        return years[-1] if years else None
    if number is not None and number > 1 and published[5:7] == "01" and years and years[-1] == cover - 1:
        return cover - 1
    return cover


_INDEX = re.compile(r"总目录|全年目录|年度目录|总索引|目录索引")
_ISSUE_NUMBER = re.compile(r"第(\d{1,3})期")
INDEX_HEAD_LINES = 6  # lines of a masthead again, with the heading of a year's index under it


def other_issues(content: list[Line], repeats: tuple[tuple[int, int], ...], gazette: Gazette) -> list[Diagnostic]:
    """A masthead again after the first document that names another issue (a file holding two
    issues, or a year's issues bound in one): said, since its documents are read as this
    issue's; the file wants splitting into one file an issue. ``repeats``: where the masthead is
    printed again (the layout's spans of lines)."""
    out = []
    for a, b in repeats:
        region = content[a:b + 1]
        numbers = {m.group(1) for line in region if is_issue_line(line.key)
                   for m in [_ISSUE_NUMBER.search(arabic(line.key))] if m}
        if len(numbers) > 1 or any(_INDEX.search(line.key) for line in region[:INDEX_HEAD_LINES]):
            continue  # a year's index (全年总目录), its issues one after the other: no issue of its own
        again, _, _ = read_masthead(region)
        if None in (gazette.year, gazette.issue, again.year, again.issue):
            continue
        if (again.year, again.issue) != (gazette.year, gazette.issue):
            out.append(Diagnostic(
                "another-issue-in-file", "warning",
                f"the masthead at line {content[a].no} names {again.year}年第{again.issue}期, the file's first "
                f"{gazette.year}年第{gazette.issue}期: its documents are read as the first issue's; expected "
                f"one issue a file (split the file at that line)", content[a].no, content[a].text.strip()[:60]))
    return out


def combined_last(m: re.Match) -> int | None:
    """The last number of a combined issue (合刊) printed with its first: 6 of 2024年第5—6期, 4 of
    第3、4期（合刊）, 4 of 2024年第3至4期; none for a single issue (第3期) or a second number not
    after the first (第5-3期, a misprint: the issue is its first number alone)."""
    printed = m.group("last")
    return int(printed) if printed is not None and int(printed) > int(m.group("n")) else None


def _closes_a_text(front: list[Line], i: int) -> bool:
    """The line ``i`` is the date under the organ that signs a text ending above it (…情况。 /
    青溪县人民政府 / 2024年3月1日): the close of a document an issue's part before began, printed
    first in the file of its second part (2024年第3期（下）), not the day the cover says it came out."""
    return i >= 2 and front[i - 2].key[-1:] == "。" and is_org_only(front[i - 1].key)


def _in_words(numeral: str) -> int | None:
    """A number in Chinese numerals: counted (一百二十八) or a digit a character, as a year is
    written (一二八, 二〇五: 128, 205), where it holds no 十, 百 or 千."""
    if len(numeral) > 1 and not any(c in numeral for c in "十百千"):
        return int("".join(str(cn_to_int(c) or 0) for c in numeral))
    return cn_to_int(numeral)


def _issue_in_pieces(front: list[Line], year: int | None) -> tuple[int | None, int | None, int | None]:
    """The year, issue and a combined issue's last number of a cover that prints the issue a
    glyph or two a line (第 / 3 / 期, 2024年第 / 3期): runs of two or three short lines read as one."""
    keys = [arabic(line.key) for line in front]
    for i in range(len(keys)):
        for size in (2, 3):
            piece = keys[i:i + size]
            if len(piece) < size or any(len(k) > _SHORT for k in piece):
                continue
            joined = "".join(piece)
            m = _YEAR_ISSUE.search(joined)
            if m:
                return year if year is not None else int(m.group("y")), int(m.group("n")), combined_last(m)
            m = _ISSUE.fullmatch(joined)
            if m:
                return year, int(m.group("n")), combined_last(m)
    return year, None, None


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
