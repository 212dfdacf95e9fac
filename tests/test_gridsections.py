"""gridsections: a grid of small tables one under another, each under its caption's row."""

import pytest

from generator.gridsections import caption_row_over_a_header, first_title
from generator.model import Line
from generator.normalize import fold


def _lines(*texts: str) -> list[Line]:
    return [Line(k + 1, t, fold(t)) for k, t in enumerate(texts)]


@pytest.mark.parametrize("texts, kind, title", [
    (("第二十条第（一）项\t\t\t", "信息内容\t本年制发件数\t本年废止件数"), "table_row", "信息内容"),
    (("| 第二十条第（一）项 | | |", "| --- | --- | --- |", "| 信息内容 | 本年制发件数 | 本年废止件数 |"), "box_row", "信息内容"),
    (("信息内容\t本年制发件数\t本年废止件数", "规章\t0\t0"), "table_row", "信息内容"),
])
def test_the_first_title_past_a_caption_row(texts, kind, title):
    assert first_title(_lines(*texts), [kind] * len(texts), 0) == title


@pytest.mark.parametrize("texts, kind, caption", [
    (("第二十条第（五）项\t\t\t", "信息内容\t本年处理决定数量\t\t"), "table_row", True),
    (("| 第二十条第（五）项 | | | |", "| 信息内容 | 本年处理决定数量 | | |"), "box_row", True),
    # near misses: a group's row over rows of figures, a header opening with another title, a
    # row of two cells, a caption row that is a figure
    (("城区\t\t\t", "信息内容\t1286\t\t"), "table_row", False),
    (("第二十条第（五）项\t\t\t", "项目名称\t本年处理决定数量\t\t"), "table_row", False),
    (("第二十条第（五）项\t说明\t\t", "信息内容\t本年处理决定数量\t\t"), "table_row", False),
    (("2024\t\t\t", "信息内容\t本年处理决定数量\t\t"), "table_row", False),
])
def test_a_caption_row_over_a_header(texts, kind, caption):
    assert caption_row_over_a_header(_lines(*texts), [kind] * len(texts), 0, "信息内容") is caption


def test_a_row_opening_with_the_first_title_over_a_sentence_is_no_header():
    # (a page's garbled header: 职责分工⇥ over 成员单位⇥承担县重污染天气应急…, a row of data)
    texts = ("职责分工\t\t", "成员单位\t承担县重污染天气应急响应期间的组织协调工作，督促各成员单位落实。\t")
    assert not caption_row_over_a_header(_lines(*texts), ["table_row"] * 2, 0, "成员单位")
