"""A section's running head beside a bare page number, facing the issue's (generator/pairedheads.py),
from the cases' excerpts."""

import pytest

from generator.model import Line
from generator.normalize import fold
from generator.pairedheads import marked_paired_heads, section_beside_bare_page

_GAP = "　" * 12


def _heads(*texts):
    lines = [Line(no, text, fold(text)) for no, text in enumerate(texts, 1)]
    return [line.no for line in marked_paired_heads(lines) if line.running_head]


@pytest.mark.parametrize("texts,heads", [
    # the head on page 2, the section's on page 3 (the number left or right), or on page 5 after page 4
    ((f"2{_GAP}青溪县人民政府公报", "基本建立。", f"县政府文件{_GAP}3", "提升城区环境卫生水平。"), [3]),
    ((f"青溪县人民政府公报{_GAP}4", "基本建立。", f"5{_GAP}【县政府办公室文件】"), [3]),
    # the section's page first, the after it
    ((f"县政府文件{_GAP}1", "现将…印发给你们。", f"2{_GAP}青溪县人民政府公报"), [1]),
    # a table's row naming a section beside a count, far from the pages' numbers; no issue's head with a bare number
    ((f"2{_GAP}青溪县人民政府公报", f"规范性文件{_GAP}36"), []),
    ((f"县政府文件{_GAP}3", "提升城区环境卫生水平。", "— 4 —"), []),
    # a title ending in 文件 beside a number: no section's name
    ((f"2{_GAP}青溪县人民政府公报", f"关于清理规范性文件{_GAP}3"), []),
    # the gazette's name before the section, or the issue beside it: a head wherever it stands
    ((f"青溪县人民政府公报·县政府文件{_GAP}3", "提升城区环境卫生水平。"), [1]),
    ((f"2024年第4期{_GAP}县政府文件{_GAP}3",), [1]), ((f"3{_GAP}2024年第4期{_GAP}县政府文件",), [1]),
    # a table's rows of counts, a section's name beside each, one of them the page after the head
    ((f"2{_GAP}青溪县人民政府公报", "主动公开政府信息情况如下：", f"县政府文件{_GAP}12", f"规范性文件{_GAP}3", f"部门文件{_GAP}5"), []),
    # the section's head right under the at the foot of the page before: still a head
    ((f"2{_GAP}青溪县人民政府公报", f"县政府文件{_GAP}3", "提升城区环境卫生水平。"), [2]),
    # a table's row of three cells is none
    ((f"2{_GAP}青溪县人民政府公报", f"规范性文件{_GAP}12{_GAP}3"), []),
])
def test_marked_paired_heads(texts, heads):
    assert _heads(*texts) == heads


@pytest.mark.parametrize("text,name", [
    (f"县政府文件{_GAP}1", "县政府文件"), (f"【县政府办公室文件】{_GAP}4", "县政府办公室文件"), (f"4{_GAP}人事任免", "人事任免"),
    (f"青溪县人民政府关于印发方案的通知{_GAP}1", None), (f"规范性文件{_GAP}12{_GAP}3", None), ("县政府文件", None),
])
def test_section_beside_bare_page(text, name):
    assert section_beside_bare_page(text) == name
