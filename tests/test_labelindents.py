"""A row's label indented in a table set with spaces or drawn with bars (labelindents): kept in
the raw cells beyond the least indented label of its column, as a tab table keeps it."""

import pytest

from generator.labelindents import (box_labels_indented, cell_leads, delimited_rows, indents_over_least, label_column,
                                    spaced_indents, with_indent)
from generator.spacedrows import label_starts


@pytest.mark.parametrize("cells,column", [
    (["一般公共服务支出", "12000", "11800"], 0),
    (["3", "　人大事务", "820"], 1),  # (after the row's number)
    (["（3）", "公安", "3,700"], 1),
    (["项目", "预算数", "决算数"], None),  # (a header: no figure after its first title)
    (["其中：", "", ""], None),  # (a 其中 alone)
    (["", "", ""], None),
])
def test_the_label_of_a_row(cells, column):
    assert label_column(cells) == column


@pytest.mark.parametrize("labels,indents", [
    ([(0, 2), (0, 4), (0, 6), (0, 4), (0, 2)], [0, 2, 4, 2, 0]),
    ([(None, None), (1, 10), (1, 12)], [0, 0, 2]),  # (a row without a label)
    ([(0, 3), (1, 10), (1, 10)], [0, 0, 0]),  # (labels in two columns: each its own least)
])
def test_indents_over_the_least_of_the_column(labels, indents):
    assert indents_over_least(labels) == indents


# pdftotext -layout: a budget's levels by spaces before the label.
SPACED = ["  项目                    预算数    决算数",
          "  一般公共服务支出         12000     11800",
          "    人大事务                 820       815",
          "      行政运行               600       600"]


def test_the_indentation_of_labels_set_with_spaces():
    from generator.spacedtables import _words
    words = [_words(t) for t in SPACED]
    spans = [(2, 20), (27, 33), (37, 43)]
    starts = {k: label_starts(words[k], 3, spans) for k in range(len(SPACED))}
    rows = [(k, [w[2] for w in words[k]]) for k in range(len(SPACED))]
    assert spaced_indents(rows, starts) == [0, 0, 2, 4]
    assert with_indent(["人大事务", "820", "815"], 2) == ["  人大事务", "820", "815"]
    assert with_indent(["人大事务", "820", "815"], 0) == ["人大事务", "820", "815"]


@pytest.mark.parametrize("text,leads", [
    ("| 　人大事务 | 820 |", [" 　", " "]),
    ("│　　行政运行│600│", ["　　", ""]),
    ("一般公共服务支出 | 12000", ["", " "]),  # (no bars at the ends)
])
def test_the_whitespace_each_cell_opens_with(text, leads):
    assert cell_leads(text) == leads


def test_box_labels_keep_their_indentation_beyond_the_padding():
    lines = ["| 项目 | 预算数 |", "| 一般公共服务支出 | 12000 |", "| 　人大事务 | 820 |", "| 　　行政运行 | 600 |"]
    rows = [("项目", "预算数"), ("一般公共服务支出", "12000"), ("人大事务", "820"), ("行政运行", "600")]
    assert box_labels_indented(rows, [cell_leads(t) for t in lines]) == [
        ("项目", "预算数"), ("一般公共服务支出", "12000"), ("　人大事务", "820"), ("　　行政运行", "600")]
    flat = [("项目", "预算数"), ("县城供水工程", "1200"), ("水厂扩建", "300")]  # (no label indented: as they are)
    assert box_labels_indented(flat, [["", ""]] * 3) is flat


def test_labels_of_cells_set_apart_by_runs_of_spaces():
    texts = ["项目  预算数", "税收收入  41200", " 增值税  16800", "  教育费附加收入  1900"]
    cells = [["项目", "预算数"], ["税收收入", "41200"], ["增值税", "16800"], ["教育费附加收入", "1900"]]
    assert delimited_rows(texts, cells) == ["项目\t预算数", "税收收入\t41200", " 增值税\t16800", "  教育费附加收入\t1900"]


@pytest.mark.parametrize("markup,lead", [
    ("&nbsp;&nbsp;罚没收入", 2),
    ("&emsp;&emsp;教育费附加收入", 2),
    ("  人大事务", 2),  # (spaces on the cell's own line)
    ("\n        罚没收入\n      ", 0),  # (the markup's indentation: no level)
    ("罚没收入", 0),
    ("&amp;其他", 0),
])
def test_how_far_a_web_tables_cell_is_indented(markup, lead):
    from generator.labelindents import html_lead
    assert html_lead(markup) == lead


# An editor's indent button (padding-left: 30px on a paragraph in the cell), a cell's own style
# (text-indent:2em), two for each em; near miss: a style that indents nothing.
@pytest.mark.parametrize("markup,attrs,lead", [
    ('<p style="padding-left: 30px;">增值税</p>', "", 4),
    ('<p style="padding-left: 60px;">教育费附加收入</p>', "", 8),
    ("增值税", ' style="text-indent:2em"', 4),
    ("增值税", ' style="text-indent:1em"', 2),
    ('<span style="padding-left:12pt">契税</span>', "", 2),
    ('<p style="text-align:center">合计</p>', ' style="width:120px"', 0),
])
def test_how_far_a_style_indents_a_web_tables_cell(markup, attrs, lead):
    from generator.labelindents import html_lead
    assert html_lead(markup, attrs) == lead


def test_a_web_tables_label_indented_as_its_cell():
    from generator.htmltables import html_rows
    from generator.model import Line
    from generator.normalize import fold

    texts = ["<tr><td>项目</td><td>预算数</td></tr>", "<tr><td>税收收入</td><td>41200</td></tr>",
             "<tr><td>&nbsp;&nbsp;增值税</td><td>16800</td></tr>", "<tr><td>&nbsp;</td><td>&nbsp;</td></tr>"]
    rows = html_rows([Line(no, t, fold(t)) for no, t in enumerate(texts, start=1)])
    assert [line.text for line in rows] == ["项目\t预算数", "税收收入\t41200", "  增值税\t16800", "\t"]
