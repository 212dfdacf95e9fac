"""Words a PDF prints on every page beside the page's number (generator/pagestamps.py)."""

import pytest

from generator.model import Line
from generator.normalize import fold
from generator.pagestamps import marked_page_stamps

TEXT = ["县农业农村局要加大秸秆还田推广力度，", "各乡镇要扶持培育秸秆收储运服务组织，", "确保全县秸秆综合利用率稳定在90%以上。"]


def _pages(stamp, pages=3, over=True, elsewhere=()):
    lines = []
    for page in range(2, 2 + pages):
        lines += TEXT
        lines += [stamp, f"— {page} —"] if over else [f"— {page} —", stamp]
    lines += TEXT + list(elsewhere)
    return [Line(no, text, fold(text)) for no, text in enumerate(lines, start=1)]


def _marked(lines):
    return [line.text for line in marked_page_stamps(lines) if line.running_head]


@pytest.mark.parametrize("stamp, over", [
    ("内部资料　注意保存", True),
    ("扫一扫　查看原文", True),
    ("南浦县人民政府门户网站　www.nanpu.gov.cn", False),  # (longer than a section's running head)
    ("南浦县人民政府门户网站　www.nanpu.gov.cn", True),
])
def test_words_beside_each_pages_number_are_the_pages(stamp, over):
    assert _marked(_pages(stamp, over=over)) == [stamp] * 3


@pytest.mark.parametrize("lines", [
    _pages("内部资料　注意保存", pages=2),  # two pages only
    _pages("长期坚持", elsewhere=["长期坚持"] * 3),  # a table's cell ending rows over the page's number, and rows elsewhere
    _pages("确保全县秸秆综合利用率稳定在90%以上。"),  # a sentence's end
    _pages("松岭县人民政府办公室"),  # an organ (a signature over the page's number)
    _pages("2024年9月20日"),  # a date
    _pages("一、总体目标"),  # a heading
    _pages("【规范性文件】", over=False),  # a section's name: sectionheads' (its heading over a title)
    # a table's titles printed again under each page's number, and first over its rows
    _pages("    序号    乡镇        隐患点数    受威胁人数", pages=4, over=False, elsewhere=["    序号    乡镇        隐患点数    受威胁人数"]),
    _pages("序号 乡镇 隐患点数 受威胁人数", pages=4, over=False, elsewhere=["序号 乡镇 隐患点数 受威胁人数"]),
])
def test_near_misses_are_not_marked(lines):
    assert _marked(lines) == []


def test_the_same_words_off_their_place_are_the_pages_too():
    lines = _pages("内部资料　注意保存", pages=4, elsewhere=["内部资料　注意保存"])
    assert _marked(lines) == ["内部资料　注意保存"] * 5


@pytest.mark.parametrize("text, titles", [
    ("    序号    乡镇        隐患点数    受威胁人数", True), ("序号　乡镇　隐患点数", True),
    ("乡镇        隐患点数    受威胁人数", True),
    # near misses: a watermark, a QR code's prompt, the portal's name and address (two words at most)
    ("内部资料　注意保存", False), ("扫一扫　　查看原文", False), ("南浦县人民政府门户网站　www.nanpu.gov.cn", False),
])
def test_column_titles(text, titles):
    from generator.pagestamps import column_titles

    assert column_titles(Line(1, text, fold(text))) is titles
