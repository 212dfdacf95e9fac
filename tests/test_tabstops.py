"""Tabs an exporter made runs of spaces, made tabs again (generator/tabstops.py)."""

import pytest

from generator.tabstops import tabs_restored

# Tab rows as printed, each exported with one rule: its lines are made with ``str.expandtabs``
# (stops of 8, a character a column), with stops of 8 counting a Chinese character as two
# columns, or with 4 spaces a tab.
ROWS = [
    "序号\t乡镇\t项目名称\t里程（公里）\t补助资金（万元）\t备注",
    "1\t城关镇\t城北至石门村道路\t4.2\t126\t",
    "2\t\t石门至枫树湾道路\t3.5\t105\t续建",
    "3\t青溪镇\t青溪至龙潭村道路（含桥梁两座）\t6.8\t204\t",
    "4\t桐木乡\t桐木至下洞村道路\t2.9\t\t待定",
    "\t合计\t\t17.4\t435\t",
]


def _wide(line: str, stop: int = 8) -> str:
    out = ""
    for part in line.split("\t")[:-1]:
        out += part
        width = sum(2 if "\u3000" <= c <= "\uffef" else 1 for c in out)
        out += " " * (stop - width % stop)
    return out + line.split("\t")[-1]


EXPORTS = {
    "four-spaces-a-tab": lambda line: line.replace("\t", "    "),
    "eight-spaces-a-tab": lambda line: line.replace("\t", " " * 8),
    "stops-of-8": lambda line: line.expandtabs(8),
    "stops-of-8-chinese-two-columns": _wide,
}


@pytest.mark.parametrize("how", sorted(EXPORTS))
def test_every_tab_comes_back_empty_cells_too(how):
    assert tabs_restored([EXPORTS[how](line) for line in ROWS]) == ROWS


def test_a_tab_made_one_space_is_a_tab_where_the_row_lacks_a_cell():
    """杨柳湖湿地公园 ends a column before the stop: its tab is one space. A space inside a
    cell that ends on a stop too (县发展和改革局 县财政局) in a row that has all its cells stays
    a space."""
    rows = ["序号\t项目名称\t联系领导\t牵头单位\t配合单位",
            "1\t南浦县第二水厂扩建工程\t王建军\t县住建局\t县发展和改革局 县财政局",
            "2\t杨柳湖湿地公园\t李晓红\t县林业局\t县文旅广体局",
            "3\t南浦大道东延项目\t张伟\t县交通运输局\t县财政局 县发改局"]
    exported = [line.expandtabs(8) for line in rows]
    assert "杨柳湖湿地公园 李晓红" in exported[2] and exported[1].index("县财政局") % 8 == 0
    assert tabs_restored(exported) == rows


NEAR_MISSES = {
    # pdftotext -layout: each gap ends where the column under it starts (a stop of 8 here)
    "columns-set-with-spaces": [" 乡镇 建设面积 补助资金 备注", "城关镇 4,698 706   推进中",
                                "南江镇 2,936 478   推进中", "长寿镇 8,566 740   推进中",
                                "梅仙镇 8,487 365   推进中", "安定镇 4,639 296   推进中",
                                "伍市镇 8,504 653   推进中"],
    # runs of spaces of any length: no rule fits them all
    "gaps-of-any-length": ["序号   单位     户籍人口  参保任务", "1 城关镇            85,320    80,100",
                           "2 南江镇     31,007     29,950", "3 长寿镇          20,411  19,800"],
    # a file that keeps a tab: nothing was expanded
    "a-tab-kept": ["序号\t乡镇    里程", "1    城关镇    4.2", "2    青溪镇    6.8", "3    桐木乡    2.9"],
    # too few runs to tell a rule
    "two-runs": ["松岭县人民政府公报    2024年第6期", "松岭县人民政府办公室    2024年5月20日"],
}


@pytest.mark.parametrize("name", sorted(NEAR_MISSES))
def test_spaces_no_exporter_made_of_tabs_stay(name):
    assert tabs_restored(NEAR_MISSES[name]) == NEAR_MISSES[name]


def test_an_indent_away_from_the_rows_stays_and_a_sentence_under_them_keeps_its_space():
    """A paragraph indented with four spaces is no row with its first cell empty; a sentence
    under the table whose space ends on a stop is no row lacking cells."""
    four = ["    现将计划下达给你们，请抓紧组织实施。", ""] + [line.replace("\t", "    ") for line in ROWS]
    assert tabs_restored(four) == ["    现将计划下达给你们，请抓紧组织实施。", ""] + ROWS
    note = "注：项目名单表 按开工时间排列。"
    stops = [line.expandtabs(8) for line in ROWS] + [note]
    assert tabs_restored(stops) == ROWS + [note]
