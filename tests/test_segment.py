"""Segmentation of whole (small) issues made from real lines."""

import pytest

from generator.pipeline import parse_bytes

ISSUE = """攸县人民政府公报

2023 年第 1 期

目 录

- 1.攸县人民政府办公室关于印发《攸县“攸惠贷”风险补偿资金管理
办法》的通知.....1
- 2.攸县人民政府办公室关于印发《攸县打好“发展六仗”总体方案》
的通知.....8

攸政办发〔2023〕1号

**攸县人民政府办公室
关于印发《攸县“攸惠贷”风险补偿资金
管理办法》的通知**

各乡镇人民政府、街道办事处，县直各单位：

《攸县“攸惠贷”风险补偿资金管理办法》已经县人民政府同意，现印发给你们，请认真遵照执行。

攸县人民政府办公室

2023年1月31日

攸政办发〔2023〕2号

**攸县人民政府办公室
关于印发《攸县打好“发展六仗”总体方案》的
通 知**

各乡镇人民政府、街道办事处，县直各单位：

《攸县打好“发展六仗”总体方案》已经县人民政府同意，现印发给你们，请认真遵照执行。

攸县人民政府办公室

2023年4月13日
"""


def kinds(result):
    return [(s.kind, s.first, s.last) for s in result.segments]


def test_single_copy():
    result = parse_bytes(ISSUE.encode(), "issue.txt")
    assert kinds(result) == [("front", 1, 3), ("toc", 5, 10), ("document", 12, 24), ("document", 26, 38)]
    assert [d.doc_number for d in result.documents] == ["攸政办发〔2023〕1号", "攸政办发〔2023〕2号"]
    assert all(e.document for e in result.toc)


def test_issue_extracted_twice_with_its_masthead():
    text = ISSUE + "\n" + ISSUE
    result = parse_bytes(text.encode(), "twice.txt")
    offset = ISSUE.count("\n") + 1
    assert kinds(result) == [
        ("front", 1, 3), ("toc", 5, 10), ("document", 12, 24), ("document", 26, 38),
        ("duplicate", 1 + offset, 10 + offset), ("duplicate", 12 + offset, 24 + offset),
        ("duplicate", 26 + offset, 38 + offset)]
    assert [d.duplicate for d in result.documents] == [(12 + offset, 24 + offset), (26 + offset, 38 + offset)]
    assert [d.code for d in result.diagnostics].count("duplicate-copy") == 2
    assert "another-issue-in-file" not in [d.code for d in result.diagnostics]  # the same issue again


def test_issue_extracted_twice_without_masthead():
    body = ISSUE.split("目 录", 1)[1]
    text = ISSUE + "\n目 录" + body
    result = parse_bytes(text.encode(), "twice.txt")
    assert [s.kind for s in result.segments] == ["front", "toc", "document", "document", "duplicate",
                                                 "duplicate", "duplicate"]
    assert len(result.documents) == 2


def test_copies_that_differ_are_reported():
    second = ISSUE.replace("请认真遵照执行", "请认真贯彻执行", 1)
    result = parse_bytes((ISSUE + "\n" + second).encode(), "twice.txt")
    differs = [d for d in result.diagnostics if d.code == "duplicate-copy-differs"]
    assert len(differs) == 1 and "1 line" in differs[0].message


def test_text_without_documents_is_all_front_matter_with_an_error():
    result = parse_bytes("平江县人民政府公报\n\n第 2 期\n".encode(), "cover.txt")
    assert kinds(result) == [("front", 1, 3)]
    assert "no-documents" in [d.code for d in result.diagnostics]


def test_region_from_the_issuers_when_the_masthead_names_none():
    text = ISSUE.replace("攸县人民政府公报", "公报").replace("攸县", "平江县")
    result = parse_bytes(text.encode(), "no-masthead.txt")
    assert (result.gazette.region, result.gazette.government) == ("平江县", "平江县人民政府")
    assert "region-from-issuers" in [d.code for d in result.diagnostics]


@pytest.mark.parametrize("cover, year, issue, cumulative, invalid", [
    ("2023年第2期（总第56期）", 2023, 2, 56, 0),
    ("2023年第0期", 2023, None, None, 1),          # no issue 0: not taken, and said
    ("1900年第3期", 2023, 3, None, 1),             # before 1949: a misreading (the documents' year taken)
    ("2023年第3期（总第0期）", 2023, 3, None, 1),
])
def test_numbers_no_gazette_prints_are_not_taken(cover, year, issue, cumulative, invalid):
    text = f"平江县人民政府公报\n\n{cover}\n\n" + ISSUE.split("目 录", 1)[1]
    result = parse_bytes(text.encode("utf-8"), "x.txt")
    g = result.gazette
    assert (g.year, g.issue, g.cumulative_issue) == (year, issue, cumulative)
    assert [d.code for d in result.diagnostics].count("gazette-number-invalid") == invalid


@pytest.mark.parametrize("cover, published", [
    ("2023年7月28日出版", "2023-07-28"),
    ("出版日期：2023年7月28日", "2023-07-28"),
    ("攸县人民政府办公室主办　　　　　二〇二三年七月二十八日出版", "2023-07-28"),  # publisher and date on one line
    ("攸县人民政府办公室编　　　　2023年7月28日出版", "2023-07-28"),
    ("攸县人民政府办公室主办", None),
    ("出版日期：2023-07-28", "2023-07-28"), ("出版时间：2023.07.28", "2023-07-28"),  # numeric forms
    ("编印日期：2023年7月28日", "2023-07-28"), ("（2023年7月28日出版）", "2023-07-28"),
    # 曰 for 日, as OCR reads it (probe of the eighth session); not a month alone
    ("攸县人民政府办公室编　　　　2023年7月28曰出版", "2023-07-28"), ("出版日期：2023年7月28曰", "2023-07-28"),
    ("2023年7月曰出版", None),
    # 出版 alone before its colon, among the cover's 主管, 主办, 编辑 (probe review 8)
    ("出版：2023年7月28日", "2023-07-28"), ("出版：攸县人民政府办公室", None),
])
def test_the_publication_date_on_the_cover(cover, published):
    head, rest = ISSUE.split("目 录", 1)
    result = parse_bytes(f"{head}{cover}\n\n目 录{rest}".encode("utf-8"), "x.txt")
    assert result.gazette.publish_date == published


@pytest.mark.parametrize("cover, year, issue, cumulative, published", [
    ("2023年第3—4期（总第87期）", 2023, 3, 87, None),  # a combined issue: its first number
    ("2023年第5、6期", 2023, 5, None, None), ("2023年第1～2期合刊", 2023, 1, None, None),
    ("2023年度第2期", 2023, 2, None, None), ("2023第2期", 2023, 2, None, None),
    ("2023年增刊", 2023, None, None, None),
    ("第3期\n2023年7月", 2023, 3, None, None),
    ("第2期（总第40期）　2023年", 2023, 2, 40, None),
    ("2023.07　第3期", 2023, 3, None, None),
    ("第3期（总第45期）\n攸县人民政府办公室主办　　2023年7月28日出版", 2023, 3, 45, "2023-07-28"),  # year: the date's
    ("2023年第2期（总第40期）　2023年7月28日", 2023, 2, 40, "2023-07-28"),
    ("第\n3\n期\n2023", 2023, 3, None, None), ("2023年第\n3期", 2023, 3, None, None),  # a glyph or two a line
    ("2023年第2期\n总第四十期", 2023, 2, 40, None),
    ("本期导读\n县政府举办第二期乡村振兴专题培训班\n2023年第5期\n（总第127期）", 2023, 5, 127, None),  # 第二期 in a word
    ("2023年第5、6期合刊\n（总第62、63期）", 2023, 5, 62, None),  # a combined issue's cumulative numbers
    ("2023年10月  第10期  总第200期", 2023, 10, 200, None),  # a monthly's month before its number
    ("县委举办2023年10月第10期读书班", None, None, None, None),  # inside a headline
    # the number in brackets, under the year or beside it (probe review 3)
    ("2023年\n（第3期）", 2023, 3, None, None), ("2023年（第3期）", 2023, 3, None, None),
    ("县委举办（第3期）读书班", None, None, None, None),
    ("二〇二三年第三期\n（总第一百二十期）", 2023, 3, 120, None),  # the cumulative number in words, over 99
    ("2023年7月　总第120期", 2023, None, 120, None),  # a monthly numbered only in all (the year was lost)
    ("2023年7月（总第120期）", 2023, None, 120, None),
    # the day after the office that edits it, no 出版 after it (an older cover's 二○○五年…)
    ("2023年第3期\n平江县人民政府办公室编印　　2023年6月30日", 2023, 3, None, "2023-06-30"),
    ("二○○五年第三期\n平江县人民政府办公室编　　二○○五年六月三十日", 2005, 3, None, "2005-06-30"),
    ("2023年第3期\n平江县人民政府办公室主办　2023年6月30日", 2023, 3, None, "2023-06-30"),
    ("2023年第3期\n县政府办公室召开2023年6月30日", 2023, 3, None, None),  # (no editor's word before the day)
])
def test_issue_lines_in_their_printed_forms(cover, year, issue, cumulative, published):
    head, rest = ISSUE.split("目 录", 1)
    masthead = head.split("\n")[0]
    result = parse_bytes(f"{masthead}\n{cover}\n\n目 录{rest}".encode("utf-8"), "x.txt")
    g = result.gazette
    assert (g.year, g.issue, g.cumulative_issue, g.publish_date) == (year, issue, cumulative, published)


@pytest.mark.parametrize("cover, issue, last", [
    ("2023年第3—4期（总第87期）", 3, 4), ("2023年第5、6期", 5, 6), ("2023年第1～2期合刊", 1, 2),
    ("2023年第5－6期", 5, 6), ("第3、4期（合刊）\n2023年", 3, 4), ("2023年第3至4期", 3, 4),
    ("2023年第10-12期", 10, 12), ("第\n3-4\n期\n2023", 3, 4),  # a glyph or two a line
    ("2023年第5期", 5, None),  # a single issue: no last
    ("2023年第5-3期", 5, None),  # a second number not after the first: a misprint, not taken
    ("2023年第5、6期合刊\n（总第62、63期）", 5, 6),  # the cumulative pair is not the issue's
    ("2023年第3期至第4期", 3, 4), ("第1期-第2期\n2023年", 1, 2), ("2023年第3期—第4期", 3, 4),  # 第…期 twice
    ("2023年第5期—第3期", 5, None),  # 第…期 twice, the second not after the first: not taken
    ("2023年第5期（总第4期）", 5, None),  # a single issue and its cumulative number
])
def test_a_combined_issue_keeps_its_last_number(cover, issue, last):
    head, rest = ISSUE.split("目 录", 1)
    masthead = head.split("\n")[0]
    g = parse_bytes(f"{masthead}\n{cover}\n\n目 录{rest}".encode("utf-8"), "x.txt").gazette
    assert (g.issue, g.issue_last) == (issue, last)
    assert g.issue_shown() == (f"{issue}–{last}" if last else str(issue))


def test_a_section_heads_the_documents_after_it():
    """■ 县政府文件 printed once, above the first of two documents: both are in it, up to the next
    heading."""
    text = """祁东县人民政府公报
2024年第4期

■ 县政府文件

祁政发〔2024〕10号

祁东县人民政府关于加强耕地保护和粮食生产工作的意见

各乡镇人民政府、街道办事处，县直各单位：

为进一步加强耕地保护，现提出如下意见。

祁东县人民政府

2024年8月1日

祁政发〔2024〕11号

祁东县人民政府关于做好秋季森林防火工作的通知

各乡镇人民政府、街道办事处，县直各单位：

现将有关事项通知如下。

祁东县人民政府

2024年8月5日

·人事任免·

祁政人〔2024〕9号

祁东县人民政府关于王强等同志职务任免的通知

各乡镇人民政府、街道办事处，县直各单位：

经县人民政府研究决定：王强任县财政局副局长。

祁东县人民政府

2024年8月26日
"""
    from generator.pipeline import parse_bytes

    result = parse_bytes(text.encode("utf-8"), "sections.txt")
    assert [d.section for d in result.documents] == ["县政府文件", "县政府文件", "人事任免"]


def test_the_masthead_printed_as_a_books_name():
    """《道县人民政府公报》 on the cover is the gazette's title."""
    head, rest = ISSUE.split("目 录", 1)
    text = "《攸县人民政府公报》" + head[len("攸县人民政府公报"):] + "目 录" + rest
    g = parse_bytes(text.encode("utf-8"), "x.txt").gazette
    assert (g.title, g.region) == ("攸县人民政府公报", "攸县")


@pytest.mark.parametrize("masthead", ["东湖区人民政府政报", "东湖区政报"])
def test_a_district_gazette_called_zhengbao(masthead):
    """…区人民政府政报 or …区政报, as some districts name their gazette, is the title (probe
    review 3)."""
    head, rest = ISSUE.split("目 录", 1)
    text = masthead + head[len("攸县人民政府公报"):] + "目 录" + rest
    g = parse_bytes(text.encode("utf-8"), "x.txt").gazette
    assert (g.title, g.region) == (masthead, "东湖区")


@pytest.mark.parametrize("masthead", [
    "攸县人民政府公报（县级）", "攸县人民政府公报（内部资料）", "攸县人民政府公报（汉文版）",
    "攸县人民政府公报　GAZETTE OF YOUXIAN", "攸县人民政府公报　ᠶᠣᠤ ᠰᠢᠶᠠᠨ", "연길시인민정부공보　攸县人民政府公报",
])
def test_a_masthead_with_a_qualifier_or_its_name_in_another_script(masthead):
    """A qualifier in brackets, or the name in another script beside the Chinese, as a minority
    region prints it, leaves the title (probe review 4: the title was lost)."""
    head, rest = ISSUE.split("目 录", 1)
    text = masthead + head[len("攸县人民政府公报"):] + "目 录" + rest
    g = parse_bytes(text.encode("utf-8"), "x.txt").gazette
    assert (g.title, g.region) == ("攸县人民政府公报", "攸县")


@pytest.mark.parametrize("masthead, year, issue", [
    ("攸县人民政府公报（2023年第3期）", 2023, 3), ("攸县人民政府公报(2023年第3期)", 2023, 3),
    ("攸县人民政府公报　2023年第3期", 2023, 3),
])
def test_a_masthead_with_its_issue_in_brackets_on_its_line(masthead, year, issue):
    """攸县人民政府公报（2023年第3期）, as a web copy's heading prints it: the title and the issue
    (the title was lost: the brackets were read as part of it)."""
    head, rest = ISSUE.split("目 录", 1)
    text = masthead + "\n\n目 录" + rest
    g = parse_bytes(text.encode("utf-8"), "x.txt").gazette
    assert (g.title, g.region, g.year, g.issue) == ("攸县人民政府公报", "攸县", year, issue)


def test_a_masthead_with_the_countys_name_on_a_line_of_its_own():
    """上饶县 / 人民政府公报: the title is the whole name (probe review 3; it was 人民政府公报)."""
    head, rest = ISSUE.split("目 录", 1)
    text = "上饶县\n人民政府公报" + head[len("攸县人民政府公报"):] + "目 录" + rest
    g = parse_bytes(text.encode("utf-8"), "x.txt").gazette
    assert (g.title, g.region) == ("上饶县人民政府公报", "上饶县")


def test_a_prefecture_after_its_province():
    text = "湖南省湘西土家族苗族自治州人民政府公报\n2024年第1期\n\n湘西土家族苗族自治州人民政府关于做好春季森林防火工作的通知\n\n州政发〔2024〕5号\n\n各县市人民政府：\n\n现将有关事项通知如下。\n\n湘西土家族苗族自治州人民政府\n2024年4月2日\n"
    gazette = parse_bytes(text.encode(), "m.txt").gazette
    assert (gazette.region, gazette.parent_region) == ("湘西土家族苗族自治州", None)


def test_a_province_alone_is_the_region():
    text = "湖南省人民政府公报\n2024年第1期\n\n湖南省人民政府关于做好春季森林防火工作的通知\n\n湘政发〔2024〕5号\n\n各市州人民政府：\n\n现就有关事项通知如下。\n\n湖南省人民政府\n2024年4月2日\n"
    gazette = parse_bytes(text.encode(), "m.txt").gazette
    assert (gazette.region, gazette.government, gazette.parent_region) == ("湖南省", "湖南省人民政府", None)


@pytest.mark.parametrize("title, region, parent", [
    ("永州市道县人民政府公报", "道县", "永州市"),  # the city printed before the county
    ("长沙市望城区人民政府公报", "望城区", "长沙市"),
    ("湘西土家族苗族自治州泸溪县人民政府公报", "泸溪县", "湘西土家族苗族自治州"),
    ("阿拉善盟阿拉善左旗人民政府公报", "阿拉善左旗", "阿拉善盟"),
    ("荆州市沙市区人民政府公报", "沙市区", "荆州市"),  # 市 inside the district's own name
    ("枣庄市市中区人民政府公报", "市中区", "枣庄市"),
    ("道县人民政府公报", "道县", None),  # a name alone
    ("冷水江市人民政府公报", "冷水江市", None),
    ("满洲里市人民政府公报", "满洲里市", None),
    ("新市县人民政府公报", "新市县", None),
    # the province printed before them: no part of the name, nor its parent
    ("湖南省平江县人民政府公报", "平江县", None),
    ("湖南省永州市道县人民政府公报", "道县", "永州市"),
    ("广西壮族自治区三江侗族自治县人民政府公报", "三江侗族自治县", None),
    ("新疆维吾尔自治区阿克苏地区库车市人民政府公报", "库车市", "阿克苏地区"),
])
def test_a_county_named_with_its_city(title, region, parent):
    text = f"{title}\n2024年第1期\n\n关于做好春季森林防火工作的通知\n\n道政办发〔2024〕5号\n\n各乡镇人民政府：\n\n现就有关事项通知如下。\n\n{region}人民政府办公室\n2024年4月2日\n"
    gazette = parse_bytes(text.encode(), "m.txt").gazette
    assert (gazette.title, gazette.region, gazette.government, gazette.parent_region) == (
        title, region, f"{region}人民政府", parent)


# The last issue of a year ends with the year's index under the masthead again.
ANNUAL_INDEX = """青禾县人民政府公报
2024年第12期
目　　录
青禾县人民政府办公室关于做好2025年元旦春节期间有关工作的通知……1
青禾县人民政府办公室关于做好2025年元旦春节期间有关工作的通知
青政办发〔2024〕65号
各乡镇人民政府，县直各单位：
2025年元旦、春节即将到来，现就有关事项通知如下。
青禾县人民政府办公室
2024年12月20日
青禾县人民政府公报
2024年全年总目录
目　　录
2024年第1期（总第57期）
青禾县人民政府关于公布2024年县级河长名单的通知……………1
2024年第2期（总第58期）
青禾县人民政府办公室关于做好春季森林防火工作的通知…………1
"""


def test_a_years_index_after_the_last_issue_is_no_other_issue():
    result = parse_bytes(ANNUAL_INDEX.encode("utf-8"), "index.txt")
    assert "another-issue-in-file" not in [d.code for d in result.diagnostics]
    assert (result.gazette.year, result.gazette.issue) == (2024, 12)


def test_an_odd_registration_code_only_against_a_more_common_one():
    """A 登记号 whose code differs from the issue's most common one is said; with no code more
    common than another (one each), none is said, whatever the order (the parse is the same at
    every run)."""
    from types import SimpleNamespace

    from generator.pipeline import _registration_codes

    def doc(n, number):
        return SimpleNamespace(id=f"d{n}", first=n, registration_number=number)

    assert _registration_codes([doc(1, "ZJJC15-2024-0003"), doc(2, "YSDR-2024-0010003")]) == []
    [odd] = _registration_codes([doc(1, "PJDR-2023-01004"), doc(2, "PJDR-2023-01005"), doc(3, "ZYXDR-2023-01001")])
    assert (odd.code, odd.line) == ("registration-code-odd", 3)


@pytest.mark.parametrize("text,masthead", [
    # the back cover's masthead over its colophon (probe review 6)
    ("安平县人民政府公报", True), ("（季刊）", True), ("2024年第2期　2024年6月30日出版", True),
    ("2024年第11—12期（合刊）", True), ("安平县人民政府公报　2024年第2期", True),
    ("2024年6月30日出版", False), ("本办法自2024年6月30日起施行。", False), ("（试行）", False),
    ("2024年第2期培训班于2024年6月30日出版", False),
])
def test_the_back_covers_masthead(text, masthead):
    from generator.normalize import fold
    from generator.segment import _back_cover_masthead

    assert _back_cover_masthead(fold(text)) is masthead


@pytest.mark.parametrize("trail,issue", [
    ("首页 > 政务公开 > 政府公报 > 2024年第3期", (2024, 3)),
    ("当前位置：首页 > 政务公开 > 县政府公报 > 2024年第3期", (2024, 3)),
    # near misses: a trail that goes on after the issue, or names none (probe review hO)
    ("首页 > 政府公报 > 2024年第3期 > 县政府文件", (None, None)),
    ("首页 > 政务公开 > 政策文件 > 县政府文件", (None, None)),
])
def test_a_web_pages_trail_naming_the_issue(trail, issue):
    """A page copied from a portal prints no masthead; the trail of sections heading its document
    may name the issue, as its last step."""
    from pathlib import Path

    case = Path(__file__).parent / "cases" / "documents" / "web_page_trail_naming_the_issue.txt"
    text = case.read_text(encoding="utf-8").replace("首页 > 政务公开 > 政府公报 > 2024年第3期", trail)
    result = parse_bytes(text.encode("utf-8"), "x.txt")
    g = result.gazette
    assert (g.year, g.issue) == issue
    assert ("gazette-issue-missing" in {d.code for d in result.diagnostics}) is (issue == (None, None))
    assert "gazette-title-missing" in {d.code for d in result.diagnostics}  # the site names no gazette


@pytest.mark.parametrize("published, number, dates, year", [
    ("2024-06-28", 2, ["2024-05-08", "2024-06-02"], 2024),  # the cover's date
    ("2025-01-06", 4, ["2024-11-02", "2024-12-20"], 2024),  # the year's last issue dated the next January
    ("2025-01-06", 1, ["2024-12-20"], 2025),  # a first issue: its December documents are of the year before
    ("2025-02-10", 4, ["2024-12-20"], 2025),  # past January: the cover's year
    ("2025-01-06", 4, ["2024-12-20", "2025-01-03"], 2025),  # a document of the cover's year
    (None, 2, ["2023-05-08", "2023-04-01"], 2023),  # no cover date: the latest document's year
    (None, 2, ["2023-05-08", "2042-04-01"], 2023),  # … not one misprinted years ahead of the others
    (None, 2, [], None),
    # a year before 1949 dates no issue (found by a property test: a date renumbered 1900年8月12日)
    (None, 2, ["1900-08-12"], None), (None, 2, ["1900-08-12", "2023-05-08"], 2023),
    ("1900-06-28", 2, ["2024-05-08"], 2024), ("1900-06-28", 2, [], None),
])
def test_the_year_of_an_issue_printed_without_it(published, number, dates, year):
    from generator.masthead import issue_year
    assert issue_year(published, number, dates) == year


@pytest.mark.parametrize("heading, chronicle", [
    ("2024年1月政务大事记", True),
    ("2024年1—3月枫源县政务大事记", True),   # a span of months
    ("2024年1月—3月枫源县政务大事记", True),
    ("枫源县2024年10月至12月政务大事记", True),
    ("2024年4-6月大事记", True),
    ("枫源县政务大事记（2024年1—3月）", True),
    ("2024年1—3月全县经济运行情况", False),  # near misses: no chronicle's word, a sentence, a notice
    ("2024年1—3月枫源县政务大事记已报送市政府办公室。", False),
    ("关于报送2024年1—3月政务大事记的通知", False),
    ("2024年13大事记", False),
])
def test_the_heading_of_a_chronicle(heading, chronicle):
    from generator.normalize import fold
    from generator.segment import _CHRONICLE
    assert bool(_CHRONICLE.match(fold(heading))) == chronicle


@pytest.mark.parametrize("lines, dated", [
    (["2024年7—9月县政府大事记", "7月2日　县长主持召开县政府第21次常务会议。"], True),
    # the month on a line of its own over entries that print the day alone
    (["2024年7—9月县政府大事记", "七月", "2日　县长主持召开县政府第21次常务会议。"], True),
    (["【大事记】", "2024年7—9月县政府大事记", "7月", "15日　全县防汛抢险应急演练举行。"], True),
    # near misses: a month alone over a sentence, a day alone with no month over it
    (["2024年7—9月县政府大事记", "七月", "全县完成造林1.2万亩。"], False),
    (["2024年7—9月县政府大事记", "2日召开常务会议。"], False),
    # a bullet before each entry
    (["政务动态", "●2月1日，县长张三主持召开县人民政府第10次常务会议。"], True),
    (["政务动态", "◆3月26日，县长张三到城关镇调研。"], True), (["政务动态", "·3月26日，县长张三到城关镇调研。"], True),
    (["2024年2月大事记", "2月", "●6日　副县长李四带队走访慰问困难群众。"], True),
    # days alone under a heading naming the month (its section's name over it)
    (["大事记", "青溪县2024年3月大事记", "1日　县长王建国主持召开县政府第12次常务会议。"], True),
    (["2024年3月青溪县政务大事记", "8日　县人民政府印发实施方案"], True),
    (["大事记", "8日　县人民政府印发实施方案"], False),  # (no month named: a day of what?)
    # near misses: bullets over undated lines, a bullet before a number that is no day
    (["政务动态", "●县长张三主持召开县人民政府第10次常务会议。"], False),
    (["政务动态", "◆2024年全县粮食总产量再创新高。"], False), (["政务动态", "●3项重点工作按期推进。"], False),
])
def test_a_chronicles_dated_entries(lines, dated):
    from generator.model import Line
    from generator.normalize import fold
    from generator.segment import _dated_entries
    content = [Line(no=k + 1, text=t, key=fold(t)) for k, t in enumerate(lines)]
    assert _dated_entries(content, 0) is dated


@pytest.mark.parametrize("lines, news", [
    (["2024年4月南浦县政府大事记", "4月2日，县长张三主持召开全县安全生产工作会议。"], True),
    (["政务动态", "●4月2日，县长张三主持召开全县安全生产工作会议。"], True),
    (["政务信息", "县政府召开第16次常务会议", "4月10日，县长王建国主持召开县政府第16次常务会议。"], True),
    # near misses: the heading over undated text, a heading of another kind over dated lines
    (["2024年4月南浦县政府大事记", "本月全县完成固定资产投资12亿元。"], False),
    (["发布政令　指导工作", "4月2日，县长张三主持召开全县安全生产工作会议。"], False),
])
def test_the_chronicle_or_news_over_its_dated_entries(lines, news):
    from generator.model import Line
    from generator.normalize import fold
    from generator.segment import heads_dated_news
    content = [Line(no=k + 1, text=t, key=fold(t)) for k, t in enumerate(lines)]
    assert heads_dated_news(content, 0) is news


@pytest.mark.parametrize("cover, title, day", [
    ("南浦县人民政府公报2024年第3期（总第86期）南浦县人民政府办公室主办 2024年3月31日出版", "南浦县人民政府公报", "2024-03-31"),
    ("南浦县人民政府公报 2024年第3期 南浦县人民政府办公室编印 2024年3月31日出版", "南浦县人民政府公报", "2024-03-31"),
    ("南浦县人民政府公报2024年第3期（总第86期）南浦县人民政府办公室主办", "南浦县人民政府公报", None),
    ("南浦县人民政府公报 2024年第3期（总第86期） 主办单位：南浦县人民政府办公室 出版日期：2024年3月31日",
     "南浦县人民政府公报", "2024-03-31"),
    ("南浦县人民政府公报（2024年第3期） 南浦县人民政府办公室编 2024年3月31日", "南浦县人民政府公报", "2024-03-31"),
    ("南浦县人民政府公报 第3期 2024年3月31日出版", "南浦县人民政府公报", "2024-03-31"),
    ("南浦县人民政府公报编辑部", None, None),
    # near miss: a sentence naming the gazette is no cover
    ("南浦县人民政府公报2024年第3期刊登了县政府文件三件", None, None),
])
def test_a_cover_collapsed_onto_the_title_line(cover, title, day):
    """The gazette's name, its issue, the office that edits it and the day it came out on one
    line (an extraction that lost the cover's line breaks): the title is read (probe R3)."""
    text = cover + "\n\n南浦县人民政府关于做好春耕生产工作的通知\n南府发〔2024〕5号\n\n各乡镇人民政府：\n现就有关事项通知如下。\n\n南浦县人民政府\n2024年3月5日\n"
    g = parse_bytes(text.encode("utf-8"), "x.txt").gazette
    assert (g.title, g.publish_date and str(g.publish_date)) == (title, day)


def test_the_issue_after_the_gazettes_name_on_a_collapsed_cover():
    """…公报 第3期 2024年3月31日出版: the issue printed right after the gazette's name is read."""
    text = "南浦县人民政府公报 第3期 2024年3月31日出版\n\n南浦县人民政府关于做好春耕生产工作的通知\n南府发〔2024〕5号\n\n各乡镇人民政府：\n现就有关事项通知如下。\n\n南浦县人民政府\n2024年3月5日\n"
    g = parse_bytes(text.encode("utf-8"), "x.txt").gazette
    assert (g.year, g.issue) == (2024, 3)


@pytest.mark.parametrize("lines, at, start", [
    # over a second issue's contents, its number (the name an image, lost): the copy's
    (["青溪县人民政府公报", "2024年第1期（总第37期）", "目　　录", "青溪县人民政府任免工作人员", "任命王立为青溪县交通运输局局长。",
      "2024年第2期（总第38期）", "目　　录"], 6, 5),
    # the front's own lines again, back to a sentence that ends the document before
    (["青溪县人民政府公报", "2024年第1期", "目　　录", "青溪县人民政府任免工作人员", "任命王立为青溪县交通运输局局长。",
      "青溪县人民政府公报", "2024年第1期", "目　　录"], 7, 5),
    # a line of the document's own above: no part of the copy
    (["青溪县人民政府公报", "2024年第1期", "目　　录", "青溪县人民政府任免工作人员", "任命王立为青溪县交通运输局局长。", "目　　录"], 5, 5),
])
def test_a_copys_cover_above_its_contents(lines, at, start):
    from generator.model import Line
    from generator.normalize import fold
    from generator.segment import _cover_above
    content = [Line(no=k + 1, text=t, key=fold(t)) for k, t in enumerate(lines)]
    assert _cover_above(content, at, 3) == start
