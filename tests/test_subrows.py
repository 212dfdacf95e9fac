"""The 其中 rows of a table (subrows): the breakdown of the row above, which the total does not add
again; the check of the total reads them so and still warns where the figures do not add up."""

from pathlib import Path

import pytest

from generator.columns import check_total
from generator.pipeline import parse_bytes
from generator.subrows import (best_reading, breakdown_readings, is_parts_mark, is_parts_mark_alone, join_parts_marks, merged_down,
                               parts_runs, with_parts_mark, first_level_by_indent, label_indent, label_indents)
from generator.tables import Column

CASE = Path(__file__).parent / "cases" / "tables" / "parts_of_a_row_marked_qizhong_not_added_to_the_total.txt"
COLUMNS = [Column("xiang_mu", "项目", "string"), Column("yu_suan_shu", "预算数", "integer"),
           Column("zhi_xing_shu", "执行数", "integer")]
ROWS = [["税收收入", "52,340", "48,100"], ["其中：增值税", "21,500", "19,800"], ["企业所得税", "8,200", "7,600"],
        ["非税收入", "12,660", "13,400"], ["其中：专项收入", "6,200", "6,900"], ["行政事业性收费收入", "2,800", "2,500"]]


@pytest.mark.parametrize("label,marks", [
    ("其中：增值税", True), ("其中:增值税", True), ("其中", True), ("　其中　专项收入", True),
    ("税收收入（其中含增值税）", False), ("增值税", False), (None, False),
])
def test_is_parts_mark(label, marks):
    assert is_parts_mark(label) is marks


@pytest.mark.parametrize("text,alone", [
    ("其中：", True), ("其中", True), ("  其中: ", True),
    ("其中：增值税", False), ("其中：全县共有规模以上企业86家。", False), ("其中省级", False),
])
def test_is_parts_mark_alone(text, alone):
    assert is_parts_mark_alone(text) is alone


@pytest.mark.parametrize("cells,marked", [
    (["农副食品加工业", "21", "38.2"], ["其中：农副食品加工业", "21", "38.2"]),
    (["3", "纺织业", "14"], ["3", "其中：纺织业", "14"]),  # (the row's number stays as it is)
    (["21", "38.2"], ["21", "38.2"]),  # (no cell of words: as it is)
])
def test_with_parts_mark(cells, marked):
    assert with_parts_mark("其中：", cells) == marked


@pytest.mark.parametrize("rows,single,joined", [
    ([["制造业", "86"], ["其中："], ["纺织业", "14"]], [False, True, False],
     [["制造业", "86"], [None], ["其中：纺织业", "14"]]),  # on its line
    ([["制造业", "86"], ["其中：", None], ["纺织业", "14"]], [False, False, False],
     [["制造业", "86"], [None], ["其中：纺织业", "14"]]),  # in a row of its own (tabs, spaces)
    # near misses: the mark with its first part, a mark over a line without tabs, a mark last
    ([["制造业", "86"], ["其中：纺织业", "14"]], [False, False], [["制造业", "86"], ["其中：纺织业", "14"]]),
    ([["其中："], ["— 3 —"]], [True, True], [["其中："], ["— 3 —"]]),
    ([["制造业", "86"], ["其中："]], [False, True], [["制造业", "86"], ["其中："]]),
])
def test_join_parts_marks(rows, single, joined):
    join_parts_marks(rows, single, 0)
    assert rows == joined


@pytest.mark.parametrize("key,ends", [
    ("现将有关情况通报如下:", True), ("各乡镇人民政府;", True),
    ("其中:", False), ("制造业", False),  # (其中： over its parts: a row of the table)
])
def test_clause_end(key, ends):
    from generator.spacedbounds import clause_end
    assert clause_end(key) is ends


def test_a_table_set_with_spaces_keeps_its_parts_mark_alone_on_its_line():
    path = CASE.parent / "spaced_columns_parts_mark_alone_on_its_line.txt"
    result = parse_bytes(path.read_bytes(), path.name)
    assert [len(t.rows) for d in result.documents for t in d.tables] == [5]
    assert "table-total-mismatch" not in [d.code for d in result.diagnostics]


def test_parts_end_where_their_sum_would_pass_the_row_above_or_at_a_first_level_row():
    labels = ["税收收入", "其中：增值税", "企业所得税", "非税收入", "二、转移性收入"]
    numbers = [[100.0], [60.0], [30.0], [20.0], [5.0]]
    assert parts_runs(labels, numbers) == [(1, [1, 2])]  # (60 + 30 + 20 > 100)
    numbers = [[100.0], [10.0], [10.0], [10.0], [5.0]]
    assert parts_runs(labels, numbers) == [(1, [1, 2, 3])]  # (二、 ends them)
    assert breakdown_readings(["税收收入", "增值税"], [[1.0], [1.0]]) == []  # no mark: no reading


@pytest.mark.parametrize("stated,best", [
    ([70.0, 66.0], {1, 2}),  # the rows 0 and 3 add up to the total
    ([100.0, 96.0], set()),  # every row does
    ([1.0, 1.0], set()),  # none does: the first reading
])
def test_best_reading(stated, best):
    numbers = [[40.0, 38.0], [20.0, 19.0], [10.0, 9.0], [30.0, 28.0]]
    assert best_reading([set(), {1}, {1, 2}], numbers, stated) == best


def test_no_warning_where_the_rows_add_up_without_their_parts():
    assert check_total("t", COLUMNS, ROWS, ["合计", "65,000", "61,500"], 9) == []


def test_a_warning_where_they_do_not_add_up_either_way():
    out = check_total("t", COLUMNS, ROWS, ["合计", "65,000", "62,500"], 9)
    assert [d.code for d in out] == ["table-total-mismatch"] and "执行数" in out[0].message


def test_the_case_reads_without_a_mismatch_and_warns_when_a_figure_is_off():
    text = CASE.read_bytes()
    codes = [d.code for d in parse_bytes(text, CASE.name).diagnostics]
    assert "table-total-mismatch" not in codes
    off = text.replace("合计\t70,000\t66,100".encode(), "合计\t70,000\t66,600".encode())
    assert [d.code for d in parse_bytes(off, CASE.name).diagnostics].count("table-total-mismatch") == 1


@pytest.mark.parametrize("prev,cells,filled", [
    # a 其中 row under a numbered row: the parts are not numbered
    (["1", "城乡社区支出", "12000"], [None, "其中：土地出让收入安排的支出", "9000"], [None, "其中：土地出让收入安排的支出", "9000"]),
    (["2、", "农林水支出", "3000"], [None, "其中：大中型水库移民后期扶持基金支出", "1200"],
     [None, "其中：大中型水库移民后期扶持基金支出", "1200"]),
    (["（3）", "其他支出", "500"], [None, "　其中　专项支出", "120"], [None, "　其中　专项支出", "120"]),
    # the part under it copies its empty number
    ([None, "其中：大中型水库移民后期扶持基金支出", "1200"], [None, "小型水库移民扶助基金支出", "300"],
     [None, "小型水库移民扶助基金支出", "300"]),
    # a merged cell of words is copied, over a 其中 row too
    (["一般公共预算", "税收收入", "48100"], [None, "其中：增值税", "19800"], ["一般公共预算", "其中：增值税", "19800"]),
    # a 其中 right of the row above's label: a part of its cell, under its merged cells and number
    (["2", "教育提质", "新增公办幼儿园学位", None], [None, None, "其中：新建幼儿园", "200"],
     ["2", "教育提质", "其中：新建幼儿园", "200"]),
    # a row that opens no 其中: a merged cell, its number copied as before
    (["1", "县城供水工程", "管网改造"], [None, None, "水厂扩建"], ["1", "县城供水工程", "水厂扩建"]),
])
def test_a_parts_row_takes_no_number_from_the_row_above(prev, cells, filled):
    assert merged_down(prev, cells) == filled


# A row whose label is indented more than the row above's is its part (a level printed by
# indentation): the number above is not copied; near misses: a row as indented keeps the merged
# number, a deeper row right of the label (a cell of the row above broken down) too.
@pytest.mark.parametrize("prev,cells,deeper,filled", [
    (["1", "教育支出", "5200"], [None, "普通教育", "3000"], True, [None, "普通教育", "3000"]),
    (["1", "教育支出", "5200"], [None, "普通教育", "3000"], False, ["1", "普通教育", "3000"]),
    ([None, "普通教育", "3000"], [None, "职业教育", "2200"], False, [None, "职业教育", "2200"]),
    (["2", "教育提质", "新增学位"], [None, None, "新建幼儿园"], True, ["2", "教育提质", "新建幼儿园"]),
])
def test_a_row_indented_under_a_numbered_row_takes_no_number(prev, cells, deeper, filled):
    assert merged_down(prev, cells, deeper) == filled


@pytest.mark.parametrize("raw,indent", [
    (("1", "教育支出", "5200"), 0), (("", "　　普通教育", "3000"), 2), (("", "    职业教育", "2200"), 4), (("3",), 0),
])
def test_the_indentation_of_a_rows_label(raw, indent):
    assert label_indent(raw) == indent


INDENTED = Path(__file__).parent / "cases" / "tables" / "budget_levels_by_indentation_alone_total_adds_the_first_level.txt"


# A budget whose levels are printed by indentation alone: the total adds the rows least indented;
# near misses: a total that agrees with no reading still warns; every row as indented is one level.
@pytest.mark.parametrize("old,new,mismatches", [
    ("", "", 0),
    ("支出合计\t52250", "支出合计\t52350", 1),
    ("　", "", 2),  # (no indentation: the rows are of one level, their sum is no total)
])
def test_a_total_of_levels_printed_by_indentation_adds_the_first_level(old, new, mismatches):
    text = INDENTED.read_text(encoding="utf-8").replace(old, new) if old else INDENTED.read_text(encoding="utf-8")
    codes = [d.code for d in parse_bytes(text.encode(), INDENTED.name).diagnostics]
    assert codes.count("table-total-mismatch") == mismatches


SPACED_LEVELS = Path(__file__).parent / "cases" / "tables" / "budget_levels_by_indentation_in_columns_set_with_spaces.txt"
PIPED_LEVELS = Path(__file__).parent / "cases" / "tables" / "budget_levels_by_indentation_in_markdown_pipe_cells.txt"


def _boxed(text):  # the Markdown table's rows drawn between box bars, its rule left out
    lines = [line for line in text.splitlines() if not line.startswith("| ---")]
    return "\n".join("│" + line[2:-2].replace(" | ", "│") + "│" if line.startswith("| ") else line for line in lines) + "\n"


def _delimited(text):  # the Markdown table's cells set apart by two ideographic spaces, as web pages join them
    lines = [line for line in text.splitlines() if not line.startswith("| ---")]
    return "\n".join(line[2:-2].replace(" | ", "\u3000\u3000") if line.startswith("| ") else line for line in lines) + "\n"


def _web(text):  # the Markdown table's rows as a web page's HTML rows, each label's 　 as &emsp;
    lines = [line for line in text.splitlines() if not line.startswith("| ---")]
    rows = ["<tr>" + "".join(f"<td>{c.replace('　', '&emsp;')}</td>" for c in line[2:-2].split(" | ")) + "</tr>"
            if line.startswith("| ") else line for line in lines]
    return "\n".join(rows) + "\n"


def _styled(text):  # the web rows with each label indented by a style, as an editor's indent button sets it
    rows = _web(text).replace("<td>&emsp;&emsp;", '<td style="padding-left:48px">')
    return rows.replace("<td>&emsp;", '<td><p style="padding-left: 24px;">')


WEB_LEVELS = Path(__file__).parent / "cases" / "tables" / "budget_levels_by_indentation_in_web_table_cells.txt"
STYLED_LEVELS = Path(__file__).parent / "cases" / "tables" / "budget_levels_by_indentation_in_web_cells_indented_by_a_style.txt"


# The same levels printed by indentation alone in a table set with spaces (pdftotext -layout, the
# header printed again over a page break), in Markdown pipes, between box bars, with its cells set
# apart by ideographic spaces, in a web page's HTML cells (&nbsp;, &emsp;): the total adds the rows least indented; a total that agrees with no
# reading still warns; the indentation taken out, every row is of one level.
@pytest.mark.parametrize("path,layout,old,new,mismatches", [
    (SPACED_LEVELS, None, "", "", 0),
    (SPACED_LEVELS, None, "13770       13520", "13770       13620", 1),
    (SPACED_LEVELS, None, "\n      ", "\n  ", 2),
    (PIPED_LEVELS, None, "", "", 0),
    (PIPED_LEVELS, None, "| 收入合计 | 57000", "| 收入合计 | 57100", 1),
    (PIPED_LEVELS, None, "　", "", 2),
    (PIPED_LEVELS, _boxed, "", "", 0),
    (PIPED_LEVELS, _boxed, "　", "", 2),
    (PIPED_LEVELS, _delimited, "", "", 0),
    (PIPED_LEVELS, _delimited, "| 　", "| ", 2),
    (PIPED_LEVELS, _web, "", "", 0),
    (PIPED_LEVELS, _styled, "", "", 0),
    (WEB_LEVELS, None, "", "", 0),
    (WEB_LEVELS, None, "<td>57000", "<td>57100", 1),
    (WEB_LEVELS, None, "&nbsp;", "", 2),
    (STYLED_LEVELS, None, "", "", 0),
    (STYLED_LEVELS, None, "padding-left: ", "width: ", 2),
])
def test_levels_by_indentation_in_tables_set_with_spaces_or_bars(path, layout, old, new, mismatches):
    text = path.read_text(encoding="utf-8").replace(old, new)
    text = layout(text) if layout else text
    result = parse_bytes(text.encode(), path.name)
    assert [len(t.rows) for d in result.documents for t in d.tables] == [15]
    assert [d.code for d in result.diagnostics].count("table-total-mismatch") == mismatches


@pytest.mark.parametrize("indents,top", [
    ([0, 1, 2, 2, 1, 0, 0, 1], [0, 5, 6]),
    ([1, 2, 3, 1], [0, 3]),  # (a cell's padding: the least indented are the first level)
    ([0, 0, 0], None),  # (one level)
    ([], None),
    (None, None),  # (the rows' lines not known)
])
def test_the_first_level_by_indentation(indents, top):
    assert first_level_by_indent(indents) == top


@pytest.mark.parametrize("raw,lines,indents", [
    ((("项目", "预算数"), ("一般公共服务支出", "12000"), (" 人大事务", "820"), ("  行政运行", "600")), [2, 3, 4], [0, 1, 2]),
    ((("序号", "项目"), ("1", "教育支出"), ("", "　普通教育")), [2, 3], [0, 1]),  # (the label after the row's number)
    ((("项目", "金额"), ("公安", "300")), [9], None),  # (a line the rows do not start on)
])
def test_the_indentation_of_each_rows_label(raw, lines, indents):
    assert label_indents(raw, tuple(range(1, len(raw) + 1)), lines) == indents
