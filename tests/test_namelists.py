"""Lists of names set out in columns (generator/namelists.py): which words are names, which
grids are lists of names, which runs of spaced lines are rewritten as tab rows."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import namelists
from generator.model import Line
from generator.namelists import heads_names, is_personal_name, name_grid, names_as_tab_rows, names_of
from generator.normalize import fold


def lines_of(*texts: str) -> list[Line]:
    return [Line(no, t, fold(t)) for no, t in enumerate(texts, start=1)]


@pytest.mark.parametrize("word,name", [
    ("王建国", True), ("李娟", True), ("欧阳明辉", True), ("阿依古丽·买买提", True), ("张志强（女）", True),
    ("姓名", False), ("县长", False), ("副主任", False), ("县财政局", False), ("城关镇", False),
    ("王建国为", False), ("张三，", False), ("2024年", False), ("王", False), ("李明辉华", False),
])
def test_personal_name(word, name):
    assert is_personal_name(word) is name


@pytest.mark.parametrize("rows,names", [
    ([["王建国", "李娟", "张志强"], ["陈明", "刘海波", None]], ["王建国", "李娟", "张志强", "陈明", "刘海波"]),
    ([["王建国", "李娟", "张志强", "陈明"]], ["王建国", "李娟", "张志强", "陈明"]),  # one tab row of four
    ([["县应急管理局", "王建国", "城关镇", "李娟"], ["石门乡", "张志强"]], ["王建国", "李娟", "张志强"]),
    ([["姓名", "性别", "民族"], ["王建国", "男", "汉族"]], None),  # a header and a row: a table
    ([["王建国", "李娟", "张志强"]], None),  # one line of three: a table's row as likely
    ([["城关镇", "王建国"], ["石门乡", "李娟", "张志强"]], None),  # units and names not by turns
    ([["县长", "王建国"], ["副县长", "李娟"]], None),  # offices and their holders
    ([["王建国", "县财政局", "局长"], ["李娟", "县教育局", "副局长"]], None),  # a table of names with their posts
    ([["王建国"], ["李娟", "张志强"]], None),  # a name alone first: no grid
])
def test_name_grid(rows, names):
    got = name_grid(rows)
    assert (None if got is None else [n for _, n in got]) == names


@pytest.mark.parametrize("texts,rows", [
    (("王建国　　李　娟　　张志强", "陈　明　　刘海波　　赵丽华", "孙　伟"),
     ["王建国\t李娟\t张志强", "陈明\t刘海波\t赵丽华", "孙伟\t\t"]),
    (("王建国    李  娟    张志强", "陈  明    刘海波"), ["王建国\t李娟\t张志强", "陈明\t刘海波"]),  # pdftotext -layout
    (("王建国\t李　娟\t张志强\t陈　明", "罗小平"), ["王建国\t李　娟\t张志强\t陈　明", "罗小平\t\t"]),  # a tab grid's last name
    (("县应急管理局　王建国　　　　县公安局　李　娟", "城关镇　刘海波"),
     ["县应急管理局\t王建国\t县公安局\t李娟", "城关镇\t刘海波"]),
    # near misses: left as printed
    (("王建国　　李　娟　　张志强　　陈　明",), None),  # one spaced line: a paragraph's wrapped line
    (("县　长　　王建国", "副县长　　李　娟"), None),  # offices and their holders
    (("通　　知", "王建国　李　娟"), None),  # a heading spaced out
    (("南浦县财政局　　　　南浦县教育局", "2024年3月1日"), None),  # a joint signature
    (("出席：王建国　李　娟　张志强", "列席：陈　明　刘海波"), None),  # labelled lines
    (("张  三    李  四    王  五", "赵  六    钱  七    孙  八"), ["张三\t李四\t王五", "赵六\t钱七\t孙八"]),
])
def test_names_as_tab_rows(texts, rows):
    lines = lines_of(*texts)
    got = [line.text for line in names_as_tab_rows(lines)]
    assert got == (rows if rows is not None else list(texts))


@pytest.mark.parametrize("key,heads", [
    ("县应急管理局(3名)", True), ("一、先进个人(10名)", True), ("南浦县2023年度先进个人名单", True), ("城关镇(2人)", True),
    ("出席:", False), ("县应急管理局", False), ("(2024年)", False), ("第(3)名", False),
])
def test_heads_names(key, heads):
    assert heads_names(key) is heads


@pytest.mark.parametrize("texts,rows", [
    (("城关镇（2名）", "陈　明　　刘海波"), ["城关镇（2名）", "陈明\t刘海波"]),  # one line under its count
    (("出席：王建国　李　娟", "陈　明　　刘海波"), None),  # a paragraph's wrapped line
    (("城关镇（2名）", "县财政局　　县教育局"), None),  # organs: no names
])
def test_one_line_of_names_under_its_heading(texts, rows):
    got = [line.text for line in names_as_tab_rows(lines_of(*texts))]
    assert got == (rows if rows is not None else list(texts))


def test_two_names_under_their_heading_stay_a_row():
    from generator.linekinds import line_kinds
    kinds, _ = line_kinds(lines_of("城关镇（2名）", "陈　明\t刘海波"), {})
    assert kinds[1] == "table_row"
    kinds, _ = line_kinds(lines_of("附件说明", "南浦县人民政府办公室\t2024年5月3日"), {})
    assert kinds[1] != "table_row"  # an organ beside its date
    assert name_grid([["陈明", "刘海波"]]) is None and name_grid([["陈明", "刘海波"]], headed=True) is not None


def _words_of_every_cell(text):
    """_row_words' answer for a tab row, every cell's word read before names_of is asked (no first check)."""
    stripped = text.strip()
    if "\t" not in stripped or not ("\u4e00" <= stripped[:1] <= "\u9fff") or len(fold(text)) > 120 \
            or len(namelists._GAP.split(stripped, 1)[0]) > 24:
        return None
    cells = stripped.split("\t")
    if any(len(c) > 24 for c in cells):
        return None
    words = ["".join(c.split()) for c in cells if c.strip()]
    return words if len(words) >= 2 and names_of(words) is not None else None


_CELLS = ["王建国", "李　娟", "欧阳明辉", "张志强（女）", "县财政局", "城关镇", "县长", "姓名", "序号", "1", "合计",
          "石门乡中心小学", "县应急管理局负责统筹管辖范围内", "阿依古丽·买买提", "", " ",
          "负责统筹管辖范围内海绵城市建设完成海绵城市任务目标", "王建国 负责统筹管辖范围内海绵城市建设完成海绵城市任务目标"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_CELLS), min_size=1, max_size=6), st.sampled_from(["", "\t", " "]))
def test_a_tab_rows_first_word_check_is_names_of(cells, lead):
    """_row_words asks the first word of a tab row before the others: the same answer as reading them all."""
    text = lead + "\t".join(cells)
    assert namelists._row_words(Line(1, text, fold(text))) == _words_of_every_cell(text)


@pytest.mark.parametrize("text,row", [
    ("刘　芳　　城关镇卫生院", True), ("欧阳明辉　　石门镇中心卫生院", True), ("张伟  县统计局  主任", True),
    ("青溪县财政局　　　　青溪县农业农村局", False),  # (organs signing jointly on one line)
    ("青溪县人民政府", False), ("刘芳城关镇卫生院", False),  # (no gap: one word)
    ("县长　　王建国", False), ("刘　芳　　县统计局副局长职务", False),  # (a signer; a post, no unit)
    ("城关镇卫生院　　刘　芳", False),  # (the unit first: names_of's pairs)
])
def test_a_name_then_its_unit_is_a_lists_row(text, row):
    """A row of a list printing a person's name and then the unit after a gap (over a 表彰
    decision's signature) is no organ's name (``linerules``' org rule asks it)."""
    from generator.namelists import name_then_unit

    assert name_then_unit(text) is row
