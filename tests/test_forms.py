"""Forms to fill in printed as a table (generator/forms.py): which grids are forms."""

import pytest

from generator.forms import form_cells, is_form_grid, is_form_row


@pytest.mark.parametrize("rows,form", [
    ([["姓名", None, "性别", None, "出生年月", None], ["身份证号码", None, None, "联系电话", None],
      ["申请事项"], ["乡镇（街道）审核意见", None, None, "（盖章）年月日"]], True),
    ([["申请人", None, "联系电话", None], ["申请理由", None, None, None]], True),
    # near misses
    ([["项目", "2023年", None, "2024年", None], [None, "预算数", "决算数", "预算数", "决算数"],
      ["税收收入", "52000", "51230", "54000", "53810"]], False),  # a two-level header over figures
    ([["单位：安定镇", "联系人：李国强", "职务：副镇长"], ["单位：南江镇", "联系人：王建华", "职务：副镇长"]], False),
    ([["姓名", "性别", "出生年月"], ["王建国", "男", "1975.03"]], False),  # a header over rows, no blanks
    ([["工作任务", None, "责任单位"], ["完善制度", None, "县财政局"]], False),  # nothing a form asks for
    ([["姓名", None, "性别", None]], False),  # one line: too little to tell
])
def test_form_grid(rows, form):
    assert is_form_grid(rows) is form


@pytest.mark.parametrize("text,form", [
    ("姓名\t\t性别\t\t出生年月\t", True),
    ("乡镇（街道）审核意见\t\t\t（盖章）年　月　日", True),
    ("项目\t2023年\t\t2024年\t", False),
    ("序号\t姓名\t联系电话", False),
    ("姓名\t\t13907301234", False),
])
def test_form_row(text, form):
    assert is_form_row(text) is form


def test_form_cells_keep_every_label():
    titles, rows = form_cells([["姓名", None, "性别", None, "出生年月", None], [], ["申请事项"]])
    assert titles == ["列1", "列2", "列3", "列4", "列5"]
    assert rows == (("姓名", None, "性别", None, "出生年月"), ("申请事项", None, None, None, None))


@pytest.mark.parametrize("text, blanks", [
    ("申请单位（盖章）：____________　填报日期：____年__月__日", True),
    ("负责人签字：＿＿＿＿＿＿", True),
    ("南浦县2024年度农业保险保费补贴申请表", False),
    ("单位：万元", False),
    ("snake_case__x", False),
])
def test_a_line_of_blanks_over_a_form(text, blanks):
    from generator.tablecontext import holds_blanks
    assert holds_blanks(text) is blanks


@pytest.mark.parametrize("rows, form", [
    ([["单位名称", None, "联系人", None], ["联系电话", None, "投保险种", None], ["投保面积（亩）", None, "保费总额（元）", None]], True),
    ([["企业名称", None, "法定代表人", None], ["统一社会信用代码", None, None, None]], True),
])
def test_an_organs_form(rows, form):
    from generator.forms import is_form_grid
    assert is_form_grid(rows) is form
