"""合计 rows that close groups of a table's rows (generator/grouptotals.py)."""

import pytest

from generator.grouptotals import closes_the_last_group

TITLES = ["乡镇", "项目", "金额"]
DATA = [["安定镇", "石门村机耕道", "60"], ["安定镇", "东山村渠道", "45"],
        ["南江镇", "长寿村便民桥", "80"], ["南江镇", "新塘村山塘整治", "35"]]
LINES = [10, 11, 13, 14]


# The last 合计 after a group's 合计 (line 12): the last group's when it adds the rows since;
# near misses: the table's total (every row), no subtotal before it, a total agreeing with neither,
# a rate's column (not summed) only.
@pytest.mark.parametrize("titles,total,subtotals,closes", [
    (TITLES, ["合计", None, "115"], [12], True),
    (TITLES, ["合计", None, "220"], [12], False),
    (TITLES, ["合计", None, "115"], [], False),
    (TITLES, ["合计", None, "120"], [12], False),
    (["乡镇", "项目", "完成率（%）"], ["合计", None, "115"], [12], False),
])
def test_the_last_total_closes_the_last_group(titles, total, subtotals, closes):
    assert closes_the_last_group(titles, DATA, LINES, total, subtotals) is closes


def test_a_groups_total_in_the_middle_is_a_subtotal_and_the_total_is_checked():
    text = ("类别\t项目\t金额\n产业发展\t茶叶\t300\n产业发展\t油茶\t200\n合计\t\t500\n基础设施\t公路\t800\n"
            "合计\t\t800\n总计\t\t1300\n")
    from tests.test_tables import tables_of
    [table], diags = tables_of(text)
    assert [why for _, why in table.dropped] == ["subtotal", "subtotal"] and table.total[-1] == "1300"
    assert "table-total-mismatch" not in [d.code for d in diags]
