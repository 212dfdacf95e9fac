"""tocyears: a year printed after a contents entry's title is neither its page nor its title's."""

import pytest

from generator.model import TocEntry
from generator.toclines import toc_page
from generator.normalize import fold
from generator.tocyears import without_year_after_title, without_year_over, years_not_pages


@pytest.mark.parametrize("text,expected", [
    ("县人民政府关于印发青溪县2024年度重点项目计划的通知 2024", "县人民政府关于印发青溪县2024年度重点项目计划的通知"),
    ("县人民政府关于公布2024年度政府集中采购目录的通知 2024　　7", "县人民政府关于公布2024年度政府集中采购目录的通知"),
    ("县人民政府关于表彰先进单位的决定2024", "县人民政府关于表彰先进单位的决定"),
    # near misses: a year inside the title, a page, a 发文字号's year
    ("县人民政府关于2024年度重点项目的通知", "县人民政府关于2024年度重点项目的通知"),
    ("县人民政府关于做好防汛工作的通知 12", "县人民政府关于做好防汛工作的通知 12"),
    ("青溪县2024年度重点项目计划 2024", "青溪县2024年度重点项目计划 2024"),
])
def test_without_year_after_title(text, expected):
    assert without_year_after_title(text) == expected


@pytest.mark.parametrize("text,below,expected", [
    ("县人民政府关于表彰先进单位的决定2024", "县人民政府关于印发方案的通知", "县人民政府关于表彰先进单位的决定"),
    # a hard wrap between the year and its 年, or inside a span of years: the year the title's own
    ("青溪县人民政府办公室关于印发落实政府工作报告2024", "年重点任务分工方案的通知", "青溪县人民政府办公室关于印发落实政府工作报告2024"),
    ("青溪县人民政府关于贯彻落实省委意见2024", "-2026年行动计划的通知", "青溪县人民政府关于贯彻落实省委意见2024"),
])
def test_without_year_over(text, below, expected):
    assert without_year_over(fold(text), fold(below)) == fold(expected)


def test_page_after_a_year_after_the_title():
    text = "县人民政府关于公布2024年度政府集中采购目录的通知 2024    7"  # (the line as cleaned: spaces)
    assert toc_page(text, fold(text)) == 7


def _entries(*pages):
    return [TocEntry(f"关于第{k}项的通知", None, None, None, page, k, k) for k, page in enumerate(pages)]


@pytest.mark.parametrize("pages,expected", [
    ((2024, 5, 8), (None, 5, 8)),               # a year among pages far below it
    ((1, 5, 2024), (1, 5, None)),
    ((2024, 2024, 2024), (None, None, None)),   # the same year on every entry
    ((2024, None, None), (2024, None, None)),   # nothing to compare it with: kept
    ((1980, 2024, 2031), (1980, 2024, 2031)),   # pages running on through a year's issues
    ((3, 5, 8), (3, 5, 8)),
    ((600, 2024), (600, 2024)),                 # not far beyond
])
def test_years_not_pages(pages, expected):
    assert tuple(e.page for e in years_not_pages(_entries(*pages))) == expected
