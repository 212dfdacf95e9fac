"""The masthead's rules on the cover's lines (generator/masthead.py), from the cases' excerpts."""

import pytest

from generator.masthead import is_cover_line, read_masthead
from generator.model import Line
from generator.normalize import fold


@pytest.mark.parametrize("cover,published", [
    (("南浦县人民政府公报", "2024年第3期　总第58期", "南浦县人民政府办公室编　2024年3月31日印发"), "2024-03-31"),
    (("南浦县人民政府公报", "2024年第3期", "2024年3月31日出版"), "2024-03-31"),
    (("南浦县人民政府公报", "2024年第3期", "南浦县人民政府办公室主办　2024年3月31日出版"), "2024-03-31"),
    (("南浦县人民政府公报", "2024年第3期", "2024年3月"), None),  # a month alone: no day
])
def test_publication_date_on_the_cover(cover, published):
    gazette, _, _ = read_masthead([Line(no, text, fold(text)) for no, text in enumerate(cover, 1)])
    assert gazette.publish_date == published


@pytest.mark.parametrize("cover,issue", [
    # a web page's links to the issues before and after it, over the masthead: not its issue
    (("上一期：南浦县人民政府公报2024年第2期", "南浦县人民政府公报 2024年第3期（总第58期）"), 3),
    (("上一期：南浦县人民政府公报2024年第2期　下一期：南浦县人民政府公报2024年第4期", "南浦县人民政府公报", "2024年第3期"), 3),
])
def test_links_to_other_issues_are_not_the_issue(cover, issue):
    gazette, _, _ = read_masthead([Line(no, text, fold(text)) for no, text in enumerate(cover, 1)])
    assert gazette.issue == issue


@pytest.mark.parametrize("cover,year", [
    # the issue without its year, the cover's month after the office that edits it or in figures
    (("南浦县人民政府公报", "第1期", "南浦县人民政府办公室编印　2025年1月"), 2025),
    (("南浦县人民政府公报", "第3期", "2024.03"), 2024),
    (("南浦县人民政府公报", "第3期", "2024年3月"), 2024),
    (("南浦县人民政府公报", "第3期"), None),
])
def test_the_covers_month_gives_the_year(cover, year):
    gazette, _, _ = read_masthead([Line(no, text, fold(text)) for no, text in enumerate(cover, 1)])
    assert gazette.year == year


@pytest.mark.parametrize("text,expected", [
    ("青溪县人民政府办公室　编印　2024年4月30日", True),
    ("青溪县人民政府办公室编　2024年4月30日", True),
    ("2024年4月30日出版", True),
    ("主办：青溪县人民政府办公室　2024年4月30日出版", True),
    ("青溪县人民政府", False),  # (a title's issuer over 关于…)
    ("青溪县人民政府办公室", False),
    ("2024年4月30日", True),  # (a day alone: never a title's line)
    ("2024年", False),  # (a year alone: a title's line may be, 关于做好 / 2024年 / …)
    ("青溪县人民政府办公室　2024年4月30日印发", False),  # (a document's 印发 line: the imprint)
])
def test_cover_line(text, expected):
    assert is_cover_line(fold(text)) is expected


@pytest.mark.parametrize("cover,year,issue", [
    # a monthly numbered by its month: the month is the issue
    (("青溪县人民政府公报", "2024年3月号（总第87期）", "青溪县人民政府办公室主办"), 2024, 3),
    (("青溪县人民政府公报　2024年11月号",), 2024, 11),
    # … or as 月刊 (fourteenth session's probes); an issue and its cumulative number in financial numerals
    (("青溪县人民政府公报", "2024年3月刊（总第45期）"), 2024, 3), (("青溪县人民政府公报", "（月刊）", "2024年第3期"), 2024, 3),
    (("青溪县人民政府公报", "二〇二四年第叁期（总第肆拾伍期）"), 2024, 3), (("青溪县人民政府公报", "2024年　第拾贰期"), 2024, 12),
    # the month of the issue alone gives the year only; a month no calendar has, nothing
    (("青溪县人民政府公报", "2024年3月"), 2024, None),
    (("青溪县人民政府公报", "2024年13月号"), None, None),
    # a year's issues bound in one: the year, no issue
    (("青溪县人民政府公报", "2024年汇编", "青溪县人民政府办公室　编印"), 2024, None),
    (("青溪县人民政府公报", "2023年度合订本"), 2023, None),
    # … its first bound issue's masthead under its cover: still the year alone (not that issue's number)
    (("青溪县人民政府公报", "2023年合订本", "青溪县人民政府办公室编印", "青溪县人民政府公报", "2023年第1期（总第117期）"), 2023, None),
    (("青溪县人民政府公报　2024年度汇编", "青溪县人民政府公报", "2024年第1期", "2024年1月31日出版"), 2024, None),
    # a cover naming an issue, under a heading that holds 汇编 in a sentence: the issue
    (("青溪县人民政府公报", "2024年第3期", "本期汇编了各乡镇的经验做法"), 2024, 3),
])
def test_a_monthlys_month_and_a_years_compilation(cover, year, issue):
    gazette, _, _ = read_masthead([Line(no, text, fold(text)) for no, text in enumerate(cover, 1)])
    assert (gazette.year, gazette.issue) == (year, issue)


@pytest.mark.parametrize("cover,facts", [
    # the day first, the issue at the line's right (a cover's two sides on one line)
    (("青溪县人民政府公报", "2024年3月31日出版　　　　　　　第3期（总第128期）"), (2024, 3, 128, "2024-03-31")),
    (("青溪县人民政府公报", "2024年3月31日　　　　　　第3期"), (2024, 3, None, "2024-03-31")),
    # the day it came out printed 出刊
    (("青溪县人民政府公报", "2024年第3期", "2024年3月31日出刊"), (2024, 3, None, "2024-03-31")),
    (("青溪县人民政府公报", "2024年第3期", "出刊日期：2024年3月31日"), (2024, 3, None, "2024-03-31")),
    (("青溪县人民政府公报", "2024年3月31日出刊　　第3期（总第128期）"), (2024, 3, 128, "2024-03-31")),
    # the cover collapsed onto the title's line, its day in figures after its label
    (("青溪县人民政府公报 2024年第3期（总第128期） 出版日期：2024-03-31",), (2024, 3, 128, "2024-03-31")),
    (("青溪县人民政府公报 2024年第3期 出版日期：2024.03.31",), (2024, 3, None, "2024-03-31")),
    # the cumulative number in words, counted or a digit a character
    (("青溪县人民政府公报", "2024年第三期", "（总第一二八期）"), (2024, 3, 128, None)),
    (("青溪县人民政府公报", "2024年第三期", "（总第一百二十八期）"), (2024, 3, 128, None)),
    (("青溪县人民政府公报", "2024年第三期", "（总第二〇五期）"), (2024, 3, 205, None)),
    # not an issue: a headline holding a day and a class's number
    (("青溪县人民政府公报", "2024年第3期", "2024年3月31日第2期培训班开班"), (2024, 3, None, None)),
])
def test_a_covers_fields_in_other_orders_and_forms(cover, facts):
    gazette, _, _ = read_masthead([Line(no, text, fold(text)) for no, text in enumerate(cover, 1)])
    assert gazette.title == "青溪县人民政府公报"
    assert (gazette.year, gazette.issue, gazette.cumulative_issue, gazette.publish_date) == facts


@pytest.mark.parametrize("cover,published", [
    # an issue's second part opening with the close of a document its first part began
    (("青溪县人民政府公报", "2024年第3期（下）", "　　四、加强宣传引导。各责任单位要宣传项目进展成效。", "青溪县人民政府", "2024年3月1日"), None),
    # the cover's editor over its day, no text above: the day it came out
    (("青溪县人民政府公报", "2024年第3期", "青溪县人民政府办公室", "2024年3月31日"), "2024-03-31"),
    (("青溪县人民政府公报", "2024年第3期（下）", "2024年3月31日出版"), "2024-03-31"),
])
def test_a_documents_close_is_no_covers_day(cover, published):
    gazette, _, _ = read_masthead([Line(no, text, fold(text)) for no, text in enumerate(cover, 1)])
    assert gazette.publish_date == published



@pytest.mark.parametrize("back,facts", [
    # the back cover's masthead over its colophon, after the chronicle
    (("3月28日，县人民政府召开一季度经济运行分析会。", "青溪县人民政府公报", "2024年第3期（总第128期）", "2024年3月31日出版",
      "编辑出版：青溪县人民政府办公室"), ("青溪县人民政府公报", 2024, 3, 128, "2024-03-31")),
    # the colophon naming the gazette, no issue: nothing taken
    (("编辑出版：青溪县人民政府办公室", "《青溪县人民政府公报》编辑部"), (None, None, None, None, None)),
])
def test_the_masthead_on_the_back_cover(back, facts):
    from generator.masthead import from_the_back_cover
    from generator.model import Gazette

    gazette, _ = from_the_back_cover([Line(no, text, fold(text)) for no, text in enumerate(back, 1)], Gazette(), [])
    assert (gazette.title, gazette.year, gazette.issue, gazette.cumulative_issue, gazette.publish_date) == facts



@pytest.mark.parametrize("lines,year,issue", [
    # the running heads all naming one issue
    (("青溪县人民政府公报", "目　　录", "·2·　　青溪县人民政府公报　　2024年第4期", "青溪县人民政府公报　　2024年第4期　　·3·"), 2024, 4),
    # near misses: heads naming two issues (a year's issues bound in one), a sentence citing an issue
    (("青溪县人民政府公报", "青溪县人民政府公报　2024年第1期　·2·", "青溪县人民政府公报　2024年第2期　·3·"), None, None),
    (("青溪县人民政府公报", "本文件刊登于青溪县人民政府公报2024年第4期。"), None, None),
])
def test_the_issue_from_the_running_heads(lines, year, issue):
    from generator.masthead import issue_from_running_heads
    from generator.model import Gazette

    gazette, _ = issue_from_running_heads([Line(no, text, fold(text)) for no, text in enumerate(lines, 1)],
                                          Gazette(title="青溪县人民政府公报"), [])
    assert (gazette.year, gazette.issue) == (year, issue)
