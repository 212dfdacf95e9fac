"""boxmerges: a box's first cells merged over rows, the rules between those rows stopping at them."""

import pytest

from generator.boxmerges import merged_over_the_rules, open_cells
from generator.grids import is_border


@pytest.mark.parametrize("text, cells", [
    ("│设施├──────────┼─────┤", ["设施"]),  # the merged cell's name printed on the rule
    ("│    ├──────────┼─────┤", [""]),
    ("│基础│项目├────┼─────┤", ["基础", "项目"]),  # two merged cells
    ("├────┼──────────┼─────┤县住建局│", [None, None, None, "县住建局"]),  # the last cell merged
    ("├────┼──────────┤    │      │", [None, None, "", ""]),  # the last two
    ("├────┼──────────┼─────┤", None),  # a rule across the box
    ("│设施│城南大道改造工程│8800│", None),  # a row
])
def test_the_merged_cells_a_rule_passes(text, cells):
    assert open_cells(text) == cells
    assert is_border(text) is (cells is not None or text.startswith("├"))


def test_a_merged_cells_name_read_down_its_rows_and_rules():
    rows = [("", "县城污水管网改造工程", "12600"), ("基础", "城南大道改造工程", "8800"), ("", "农村公路提质改造工程", "5200"),
            ("社会", "县人民医院住院综合楼", "26000"), ("", "县社会福利中心", "4300"), ("产业", "农贸市场", "3800")]
    before = [None, [""], ["设施"], None, ["事业"], None]
    assert [r[0] for r in merged_over_the_rules(rows, before)] == ["基础设施"] * 3 + ["社会事业"] * 2 + ["产业"]


def test_cells_merged_over_fewer_rows_beside_one_merged_over_more():
    # 类别 over four rows, 子类 over two each: the rule between the 子类's groups passes 类别 alone
    rows = [("", "", "县城污水管网改造工程", "12600"), ("", "", "城南大道改造工程", "8800"),
            ("设施", "", "农村公路提质改造工程", "5200"), ("", "", "县城公交站场建设", "3300"),
            ("社会", "教育", "县第三中学教学楼", "6400"), ("", "卫生", "县人民医院住院综合楼", "26000")]
    before = [None, ["", "市政"], ["基础"], ["", "交通"], None, ["事业"]]
    got = merged_over_the_rules(rows, before)
    assert [r[:2] for r in got] == [("基础设施", "市政")] * 2 + [("基础设施", "交通")] * 2 \
        + [("社会事业", "教育"), ("社会事业", "卫生")]


def test_a_last_cell_merged_over_rows_read_beside_each():
    rows = [("1", "县城污水管网改造工程", "12600", ""), ("2", "城南大道改造工程", "8800", ""),
            ("3", "县第三中学教学楼", "6400", "县教育局")]
    before = [None, [None, None, None, "县住建局"], None]
    assert [r[3] for r in merged_over_the_rules(rows, before)] == ["县住建局", "县住建局", "县教育局"]
