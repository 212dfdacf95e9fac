"""HTML tables a web page's extraction left in the text, read as tab rows (``htmltables``)."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.htmltables import html_rows
from generator.model import Line
from generator.normalize import fold


def lines_of(text: str) -> list[Line]:
    return [Line(no, t, fold(t)) for no, t in enumerate(text.split("\n"), start=1)]


def shown(lines: list[Line]) -> list[tuple[int, int, str]]:
    return [(line.no, line.last, line.text) for line in lines]


@pytest.mark.parametrize("text,rows", [
    # a row on one line
    ("<tr><td>1</td><td>南浦县人民医院门诊楼</td><td>12000</td></tr>", [(1, 1, "1\t南浦县人民医院门诊楼\t12000")]),
    # the cells on lines of their own between <tr> and </tr>: one row, holding the lines
    ("<tr>\n<th>项&nbsp;目</th>\n<th>预算数</th>\n</tr>", [(1, 4, "项&nbsp;目\t预算数")]),
    # a cell spanning columns, then empty cells; a row of one cell is text (a caption)
    ("<tr><td colspan=\"2\">合计</td><td>20500</td></tr>", [(1, 1, "合计\t\t20500")]),
    ("<tr><td colspan=\"3\">2023年南浦县一般公共预算收入表</td></tr>", [(1, 1, "2023年南浦县一般公共预算收入表")]),
    # markup around the table stays (its lines are blank to the parser)
    ("<table>\n<tr><td>a</td><td>b</td></tr>\n</table>", [(1, 1, "<table>"), (2, 2, "a\tb"), (3, 3, "</table>")]),
    # near misses, left as they are: text beside the row's markup, a row never closed, a cell without a row
    ("附件1<table><tr><td>a</td><td>b</td></tr></table>", None),
    ("<tr><td>a</td><td>b</td></tr>（单位：万元）", None),
    ("<tr><td>a</td><td>b</td>", None),
    ("<tr>\n<td>a</td>\n<tr><td>b</td><td>c</td></tr>", [(1, 1, "<tr>"), (2, 2, "<td>a</td>"), (3, 3, "b\tc")]),
    ("<td>a</td><td>b</td>", None),
    ("<tr>之前的文字<td>a</td><td>b</td></tr>", None),
    ("正文中提到<td>标签", None),
])
def test_html_rows(text, rows):
    lines = lines_of(text)
    assert shown(html_rows(lines)) == (rows if rows is not None else shown(lines))


_MARKUP = st.sampled_from(["<tr>", "</tr>", "<td>", "</td>", "<th colspan=\"2\">", "<table>", "\n", " "])
_WORDS = st.sampled_from(["序号", "南浦县", "12,000", "合计", "（一）", "附件1"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_MARKUP, _WORDS), max_size=40))
def test_no_text_is_lost(parts):
    """Whatever the markup, every word outside the tags is in the lines that come out, once, in
    order, and each source line is held by one line out."""
    lines = lines_of("".join(parts))
    out = html_rows(lines)

    def words(ls):
        return re.sub(r"<[^<>]*>|\s", "", "".join(line.text for line in ls))

    assert words(out) == words(lines)
    held = [n for line in out for n in range(line.no, line.last + 1)]
    held = [n for k, n in enumerate(held) if k == 0 or n != held[k - 1]]  # (a table on one line: a line a row)
    assert held == [line.no for line in lines]


@pytest.mark.parametrize("text,rows", [
    ("<td>序号</td><td>乡镇</td><td>补贴台数</td>\n<td>1</td><td>城关镇</td><td>36</td>",
     ["序号\t乡镇\t补贴台数", "1\t城关镇\t36"]),
    # near misses: a line of cells alone; one cell a line; text outside the cells
    ("公示如下：\n<td>联系人：王强</td><td>电话：7721234</td>\n特此公示。", []),
    ("<td>序号</td>\n<td>乡镇</td>", []),
    ("见下表<td>序号</td><td>乡镇</td>\n<td>1</td><td>城关镇</td>网站", []),
])
def test_rows_without_their_tr_tags(text, rows):
    assert [line.text for line in html_rows(lines_of(text)) if "\t" in line.text] == rows


# A cell spanning rows (rowspan) leaves an empty cell at its columns in the rows under it, as a ruled
# table's merged cell does (its leading cells, which tables fill from the row above; a header's
# titles) — but a data row's cell spanning rows past the row's first cells is printed again in each
# row it covers (县住建局 beside row 2: an empty cell there reads as none); near misses: a row of
# one cell without a cell above spanning it (a caption: text), a table after text under a cell
# still spanning rows (the span does not go on).
@pytest.mark.parametrize("text,rows", [
    ("<tr><th rowspan=\"2\">项目</th><th colspan=\"2\">本年预算</th></tr>\n<tr><th>金额</th><th>占比</th></tr>",
     ["项目\t本年预算\t", "\t金额\t占比"]),
    ("<tr><td rowspan='3'>安定镇</td><td>村道硬化</td><td>120</td></tr>\n<tr><td>饮水安全</td><td>80</td></tr>\n"
     "\n<tr><td>农田水利</td></tr>\n<tr><td>板江乡</td><td>道路</td><td>150</td></tr>",
     ["安定镇\t村道硬化\t120", "\t饮水安全\t80", "", "\t农田水利", "板江乡\t道路\t150"]),
    ("<tr><td>1</td><td rowspan=\"2\">县住建局</td><td>停车场</td></tr>\n<tr><td>2</td><td>老旧小区</td></tr>",
     ["1\t县住建局\t停车场", "2\t县住建局\t老旧小区"]),
    ("<tr><td>1</td><td>停车场</td><td rowspan=\"2\">2024年10月底前</td></tr>\n<tr><td>2</td><td>老旧小区</td></tr>",
     ["1\t停车场\t2024年10月底前", "2\t老旧小区\t2024年10月底前"]),
    # (a figure spanning rows is one amount for them together: on its first row only, its words beside)
    ("<tr><td>1</td><td>城关镇至南江镇公路</td><td rowspan=\"2\">800</td><td rowspan=\"2\">县交通运输局</td></tr>\n"
     "<tr><td>2</td><td>南江镇至石门乡公路</td></tr>",
     ["1\t城关镇至南江镇公路\t800\t县交通运输局", "2\t南江镇至石门乡公路\t\t县交通运输局"]),
    ("<tr><th>序号</th><th rowspan=\"2\">任务</th><th colspan=\"2\">责任单位</th></tr>\n"
     "<tr><th></th><th>牵头</th><th>配合</th></tr>",  # (a header's title spanning rows: left empty)
     ["序号\t任务\t责任单位\t", "\t\t牵头\t配合"]),
    ("<tr><td colspan=\"3\">南浦县重点项目表</td></tr>\n<tr><td>1</td><td>停车场</td><td>120</td></tr>",
     ["南浦县重点项目表", "1\t停车场\t120"]),
    ("<tr><td rowspan=\"3\">安定镇</td><td>村道</td></tr>\n注：单位为万元。\n<tr><td>合计</td></tr>",
     ["安定镇\t村道", "注：单位为万元。", "合计"]),
])
def test_a_cell_spanning_rows_leaves_its_columns_empty_under_it(text, rows):
    assert [line.text for line in html_rows(lines_of(text))] == rows


@pytest.mark.parametrize("text,rows", [
    # a converter's whole table on one line (MinerU, Doc2X): a line a row, each keeping the line's number
    ("<table><tr><td rowspan=2>序号</td><td colspan=2>建设任务</td></tr><tr><td>新建</td><td>改造</td></tr>"
     "<tr><td>1</td><td>1.2</td><td>0.8</td></tr></table>",
     [(1, 1, "序号\t建设任务\t"), (1, 1, "\t新建\t改造"), (1, 1, "1\t1.2\t0.8")]),
    ("<table><tr><td>项目</td><td>资金</td></tr><tr><td>中央补助</td><td>3300</td></tr></table>",
     [(1, 1, "项目\t资金"), (1, 1, "中央补助\t3300")]),
    # one row on the line, or rows never closed: as before
    ("<table><tr><td>项目</td><td>资金</td></tr></table>", [(1, 1, "项目\t资金")]),
    ("<tr><td>a</td><td>b</td><tr><td>c</td><td>d</td>", None),
])
def test_a_table_on_one_line_is_read_a_row_a_line(text, rows):
    lines = lines_of(text)
    assert shown(html_rows(lines)) == (rows if rows is not None else shown(lines))


def test_rows_parted_keep_every_character_and_shift_the_places_after():
    from generator.htmltables import rows_parted

    lines = lines_of("表1\n<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>\n以上")
    out = rows_parted(lines)
    assert "".join(line.text for line in out[1:3]) == lines[1].text
    assert [(line.no, line.place) for line in out] == [(1, 1), (2, 2), (2, 3), (3, 4)]
