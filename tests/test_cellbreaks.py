"""cellbreaks: a table's header whose cells hold line breaks (a Word or web table saved as text),
its lines one tab row."""

import pytest

from generator.cellbreaks import broken_headers_joined
from generator.model import Line
from generator.normalize import fold


def _lines(text: str) -> list[Line]:
    return [Line(k + 1, t, fold(t)) for k, t in enumerate(text.split("\n"))]


@pytest.mark.parametrize("text, header, last", [
    # cells broken inside, a tab where each ends: one row
    ("序号\t乡镇\t新改建\n农村公路\n（公里）\t危桥改造\n任务\n（座）\t安全防护\n设施\n（公里）\n1\t城关镇\t12.5\t2\t8.0",
     "序号\t乡镇\t新改建农村公路（公里）\t危桥改造任务（座）\t安全防护设施（公里）", 7),
    ("序号\t单位\t计划\n投资\t完成\n投资\n1\t县住建局\t1200\t800", "序号\t单位\t计划投资\t完成投资", 3),
    # near misses: the header's last title wrapped alone (tables reads it), a unit line under the
    # header, a second header row opening with a tab, rows of figures
    ("指标\t绝对数\t比上年增长\n（%）\n地区生产总值\t152.3\t5.6", "指标\t绝对数\t比上年增长", 1),
    ("序号\t乡镇\t任务数\n单位：人\n1\t城关镇\t100", "序号\t乡镇\t任务数", 1),
    ("乡镇\t一般公共预算\t\t政府性基金\n\t收入\t支出\t收入\n城关镇\t1200\t900\t300", "乡镇\t一般公共预算\t\t政府性基金", 1),
    ("1\t城关镇\t12.5\n2\t南江镇\t20.3\n3\t长寿镇\t15.0", "1\t城关镇\t12.5", 1),
])
def test_a_header_broken_inside_its_cells_is_one_row(text, header, last):
    out = broken_headers_joined(_lines(text))
    assert out[0].text == header and out[0].last == last
    assert out[0].key == fold(out[0].text)
