"""A table printed one cell a line under a header of column names, no 序号 (generator/headedcells.py)."""

import pytest

from generator.headedcells import headed_table, is_column_name
from generator.normalize import fold
from tests.excerpts import content


@pytest.mark.parametrize("text, name", [
    ("项目名称", True), ("建设单位", True), ("完成时限", True), ("总投资（万元）", True), ("责任单位", True),
    ("姓名", True), ("备注", True),
    # a cell's words, a heading, a sentence
    ("城区污水管网改造", False), ("县住建局", False), ("2024年10月", False), ("一、工作任务", False),
    ("请各单位按照完成时限", False), ("县人民政府研究确定的重点项目", False),
])
def test_is_column_name(text, name):
    assert is_column_name(fold(text)) is name


_TABLE = """项目名称
建设单位
建设内容
完成时限
城区污水管网改造
县住建局
改造管网12公里
2024年10月
农村公路提质
县交通运输局
提质改造公路35公里
2024年11月
- 3 -
中小学校舍维修
县教育局、县财政局
维修校舍8所
2024年8月底前
"""


@pytest.mark.parametrize("text, rows", [
    (_TABLE, [("项目名称", "建设单位", "建设内容", "完成时限"),
              ("城区污水管网改造", "县住建局", "改造管网12公里", "2024年10月"),
              ("农村公路提质", "县交通运输局", "提质改造公路35公里", "2024年11月"),
              ("中小学校舍维修", "县教育局、县财政局", "维修校舍8所", "2024年8月底前")]),
    # a signature and its date under it: fewer lines than a row, not the table's
    (_TABLE + "青溪县发展和改革局\n2024年3月4日\n", 4),
    (_TABLE.replace("县教育局、县财政局\n", "县教育局\n").replace("2024年8月底前\n", "长期坚持\n"), 4),
    # figures under 总投资（万元）, organs under 责任单位
    ("项目名称\n总投资（万元）\n责任单位\n城区污水管网改造\n3200\n县住建局\n农村公路提质\n5600.5\n县交通运输局\n", 3),
    # a cell the wrap cut in two: the rows out of step, the table stays text
    (_TABLE.replace("提质改造公路35公里\n", "提质改造公路35公里，新建\n桥梁2座\n"), None),
    # a header naming no column of a kind; a row not holding its kind; fewer than three names; one row
    ("项目名称\n建设内容\n备注\n城区污水管网改造\n改造管网12公里\n无\n农村公路提质\n提质改造公路35公里\n无\n", None),
    ("项目名称\n建设单位\n完成时限\n城区污水管网改造\n县住建局\n尽快\n农村公路提质\n县交通运输局\n年内完成\n", None),
    ("项目名称\n完成时限\n城区污水管网改造\n2024年10月\n农村公路提质\n2024年11月\n", None),
    ("项目名称\n建设单位\n完成时限\n城区污水管网改造\n县住建局\n2024年10月\n", None),
    # sentences and numbered items under the names
    ("项目名称\n建设单位\n完成时限\n一、城区污水管网改造\n县住建局\n2024年10月\n二、农村公路提质\n县交通运输局\n2024年11月\n", None),
])
def test_headed_table(text, rows):
    found = headed_table(content(text), 0)
    if rows is None or isinstance(rows, int):
        assert (found is None) if rows is None else len(found[0]) == rows
    else:
        assert found is not None and found[0] == rows


def test_the_header_printed_again_over_the_next_page_is_no_row():
    text = _TABLE.replace("- 3 -\n", "- 3 -\n项目名称\n建设单位\n建设内容\n完成时限\n")
    found = headed_table(content(text), 0)
    assert found is not None and len(found[0]) == 4 and found[0][3][0] == "中小学校舍维修"
    assert found[2] == len(content(text)) - 1
