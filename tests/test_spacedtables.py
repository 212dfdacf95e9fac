"""Tables printed with spaces (pdftotext -layout): which runs of lines are tables, and the tab rows
they become. The excerpts are pdftotext -layout output of PDFs printed from ruled tables."""

import re
from pathlib import Path
from collections import Counter

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.model import Line
from generator.normalize import fold
from generator.spacedtables import as_tab_rows


def lines_of(text: str, first: int = 1) -> list[Line]:
    return [Line(no, t, fold(t)) for no, t in enumerate(text.split("\n"), start=first)]


LAYOUT = """\
 序      单位         户籍人口      参保任务 完成率
 号                  （人）       （人）    （%）
1 城关镇            85,320    80,100  95.5
2 南江镇            42,118    39,900  94.7
3 县自然资源和规划局（含下
   属事业单位）        1,205     1,150   —
4 长寿镇            31,007            96.2
合计               169,520   130,450"""

LAYOUT_ROWS = [
    "序\t单位\t户籍人口\t参保任务\t完成率",
    "号\t\t（人）\t（人）\t（%）",
    "1\t城关镇\t85,320\t80,100\t95.5",
    "2\t南江镇\t42,118\t39,900\t94.7",
    "3\t县自然资源和规划局（含下属事业单位）\t1,205\t1,150\t—",  # (one row over two lines: its cell wrapped first)
    "4\t长寿镇\t31,007\t\t96.2",  # (an empty cell: a wider gap)
    "合计\t\t169,520\t130,450\t",
]

ONE_SPACE = """\
 乡镇 建设面积 补助资金 备注
城关镇 4,698 706   推进中
三墩乡 1,873 720
上塔市镇 7,946 897  推进中
合计 48,307 4,464"""

ONE_SPACE_ROWS = [
    "乡镇\t建设面积\t补助资金\t备注",
    "城关镇\t4,698\t706\t推进中",
    "三墩乡\t1,873\t720\t",
    "上塔市镇\t7,946\t897\t推进中",
    "合计\t48,307\t4,464\t",
]


@pytest.mark.parametrize("text,rows", [(LAYOUT, LAYOUT_ROWS), (ONE_SPACE, ONE_SPACE_ROWS)])
def test_spaced_tables_become_tab_rows(text, rows):
    lines = lines_of(text)
    got = as_tab_rows(lines)
    assert [line.text for line in got] == rows
    # every line is in one row, in order, with all its words
    assert [n for line in got for n in range(line.no, line.last + 1)] == [line.no for line in lines]
    assert "".join(line.key for line in got) == "".join(line.key for line in lines)


NOT_TABLES = {
    # text extracted with a space around each number: single spaces, no columns
    "spaced_numbers_in_prose": "经 2024 年 3 月 20 日县人民政府第 5 次常务会议研究同意，现将\n"
                               "《实施方案》印发给你们，请于 2024 年 4 月 10 日前报送。\n"
                               "联系人：张三，电话：0731 - 8888 1234。",
    # names set in columns hold no figure
    "names_in_columns": "张  三    李  四    王  五\n赵  六    钱  七    孙  八\n周  九    吴  十    郑十一",
    # two organs side by side over their date: two columns
    "joint_signature": "平江县人民政府        中共平江县委员会\n2024年3月20日         2024年3月20日\n"
                       "平江县财政局          平江县教育局",
    # a tab table and a box table are read as such
    "tab_rows": "序号\t单位\t任务\n1\t城关镇\t85,320\n2\t南江镇\t42,118",
    "box_rows": "│序号│单位  │任务  │\n│1   │城关镇│85,320│\n│2   │南江镇│42,118│",
    # appointments set in columns: sentences (；。 at their ends), no figures
    "appointments": "  任命  张三  为县发展和改革局局长（试用期1年）；\n  任命  李四  为县财政局副局长（试用期1年）；\n"
                    "  免去  王五  县教育局副局长职务（2024年退休）。",
    # figures in the first line: a list without titles, not a table
    "contacts": "  第一组  张三  13907301234\n  第二组  李四  13907305678\n  第三组  王五  13907309012",
    # votes with their unit: no figure as a table prints one
    "election": "  张三  当选主任  1250票\n  李四  当选副主任  1180票\n  王五  当选委员  1002票",
    # the words do not line up: a figure stands where another row has its name
    "words_out_of_line": "1  城关镇  85,320  甲\n城关镇第二网格片区  2  3  乙\n3  南江镇  42,118  丙",
    # cells set apart but out of line (no common positions): names of people under their unit, no figure
    "names_under_units_out_of_line": "城关镇　　张建国　　李红梅　　王小军\n石门乡　　刘志强　　陈丽　　赵海涛\n"
                                     "大坪镇　　周文华　　吴敏　　郑伟",
    # out of line, numbered but not from 1 under titles: a list
    "out_of_line_numbered_wrongly": "序号    文号    标题\n2    松政发〔2019〕3号    关于加强耕地保护工作的通知\n"
                                    "5    松政发〔2020〕7号    关于规范农村宅基地管理的通知\n9    松政发〔2021〕1号    关于做好春耕工作的通知",
}


@pytest.mark.parametrize("text,rows", [
    # figures in two rows at least under titles
    ("序号　　乡镇　　耕地保有量（亩）\n1　　城关镇　　35210\n2　　石门乡　　28733",
     ["序号\t乡镇\t耕地保有量（亩）", "1\t城关镇\t35210", "2\t石门乡\t28733"]),
    # no figure, but the rows numbered 1, 2, 3 under the titles, which a page break prints again
    ("序号    文号    标题\n1    松政发〔2019〕3号    关于加强耕地保护工作的通知\n2    松政发〔2020〕7号    关于规范宅基地管理的通知\n"
     "序号    文号    标题\n3    松政发〔2021〕1号    关于做好春耕工作的通知",
     ["序号\t文号\t标题", "1\t松政发〔2019〕3号\t关于加强耕地保护工作的通知", "2\t松政发〔2020〕7号\t关于规范宅基地管理的通知",
      "序号\t文号\t标题", "3\t松政发〔2021〕1号\t关于做好春耕工作的通知"]),
])
def test_cells_set_apart_by_spaces_out_of_line(text, rows):
    """A table whose cells stand apart at no common positions (an editor's tabs made spaces, a web
    table joined with ideographic spaces): a row a line where the lines agree."""
    from generator.normalize import clean

    got = as_tab_rows(lines_of("\n".join(clean(t) for t in text.split("\n"))))  # (ingest makes 　 a space)
    assert [line.text for line in got] == rows


@pytest.mark.parametrize("name", sorted(NOT_TABLES))
def test_runs_that_are_not_tables_are_left_alone(name):
    from generator.normalize import clean

    lines = lines_of("\n".join(clean(t) for t in NOT_TABLES[name].split("\n")))  # (as ingest reads them)
    assert as_tab_rows(lines) == lines


def test_sentences_and_the_closing_lines_around_a_table_stay_as_printed():
    """pdftotext -layout prints the prose, the signature and the date around a table with spaces
    too: they are no rows of it."""
    text = ("  现将 2024 年森林防火目标任务下达给你们，请认真抓好落实。\n"
            " 序号   乡镇      林地面积（亩）   目标任务\n"
            " 1      城关镇    12,000           零火灾\n"
            " 2      南江镇    35,600           零火灾\n"
            " 3      长寿镇    28,900           零火灾\n"
            "                                 青溪县人民政府\n"
            "                              2024 年 3 月 5 日")
    lines = lines_of(text)
    got = as_tab_rows(lines)
    assert [line.text for line in got[1:5]] == ["序号\t乡镇\t林地面积（亩）\t目标任务", "1\t城关镇\t12,000\t零火灾",
                                                "2\t南江镇\t35,600\t零火灾", "3\t长寿镇\t28,900\t零火灾"]
    assert got[0] == lines[0] and got[5:] == lines[5:]


def test_the_imprint_line_under_a_table_stays_as_printed():
    """A document with no 抄送 prints its 印发 line right under its last attachment's table, the
    office and the day apart by a gap: no row of the table, nor a table of its own."""
    text = ("类别          2023年标准      2024年标准      增长\n"
            "城市低保      680             710             30\n"
            "农村低保      480             510             30\n"
            "\n"
            "青岭彝族自治县人民政府办公室　　　　　　2024年4月3日印发")
    from tests.excerpts import content

    lines = content(text)  # (the blank line left out, as a document's lines are)
    got = as_tab_rows(lines)
    assert [line.text for line in got[:3]] == ["类别\t2023年标准\t2024年标准\t增长", "城市低保\t680\t710\t30",
                                               "农村低保\t480\t510\t30"]
    assert got[3:] == lines[3:]


def test_a_documents_header_lines_are_never_part_of_a_run():
    lines = lines_of(LAYOUT)
    kept = frozenset(line.no for line in lines[:4])
    got = as_tab_rows(lines, kept)
    assert got[:4] == lines[:4]  # (the rest is three rows: not a table either)
    assert got == lines


_CELL = st.text(alphabet="城关镇南江县局1234567890,.%（）—", min_size=1, max_size=8)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.tuples(_CELL, st.integers(1, 6)), min_size=1, max_size=6), min_size=1, max_size=10),
       st.integers(0, 3))
@example(rows=[[("—", 1)] * 5, [("0", 1), ("0", 1), ("0", 1), ("0", 2), ("0", 1)],
               [("0", 1), ("00", 1), ("0", 1), ("0", 1), ("0", 1)], [("000关", 1)]], indent=1)
def test_every_word_stays_in_order(rows, indent):
    """Whatever the spacing, every line's words are kept: in order on a line of its own (only
    spaces become tabs); a row printed over several lines is one line that holds them all, each
    under the column it stands under (a cell of the middle column wrapped onto the next line
    comes before the last column's words)."""
    text = "\n".join(" " * indent + "".join(cell + " " * gap for cell, gap in row).rstrip() for row in rows)
    lines = lines_of(text)
    got = as_tab_rows(lines)
    assert [n for line in got for n in range(line.no, line.last + 1)] == [line.no for line in lines]
    for after in got:
        held = lines[after.no - 1:after.last]
        printed = "".join(re.sub(r"\s", "", x.text) for x in held)
        if len(held) == 1:
            assert re.sub(r"\s", "", after.text) == printed
            assert after.key == held[0].key
        else:
            assert Counter(re.sub(r"\s", "", after.text)) == Counter(printed)
            assert Counter(after.key) == Counter("".join(x.key for x in held))
        assert after.text == held[0].text or "\t" in after.text


def test_words_by_characters_or_by_the_width_a_page_shows():
    from generator.spacedtables import _words

    assert _words("单位  12") == [(0, 2, "单位"), (4, 6, "12")]
    assert _words("单位  12", wide=True) == [(0, 4, "单位"), (6, 8, "12")]


# A page set with Chinese characters two columns wide, each row's names of unlike lengths: both
# counts find the columns in as many lines, the display width lines them up exactly (its header's
# second line, 性质 under 建设, under the right titles); near miss: rows lined up by characters.
WIDE_SET = """\
  序号   项目名称                   建设     总投资     2025年计划     责任单位
                                    性质    （万元）    投资（万元）
   1     县城污水管网改造工程       续建      12600         4500       县住建局
   2     城南农贸市场建设项目       新建       3800         2000       县商务局
   4     福寿山景区游客中心         新建       5600         2100       县文旅局"""


def test_rows_lined_up_by_display_width_or_by_characters():
    from generator.spacedtables import _lined_up

    run = lines_of(WIDE_SET)
    assert _lined_up(run, True) > _lined_up(run, False)
    assert [line.text for line in as_tab_rows(run) if "\t" in line.text][:2] == [
        "序号\t项目名称\t建设性质\t总投资（万元）\t2025年计划投资（万元）\t责任单位",
        "1\t县城污水管网改造工程\t续建\t12600\t4500\t县住建局"]
    narrow = lines_of("乡镇              人口        面积\n城关镇           5200       120\n白石乡           3100        98\n黄土铺镇          2500       105")
    assert _lined_up(narrow, False) > _lined_up(narrow, True)


# A title set with its letters apart (项    目, 序  号) is one title; near miss: single-character
# titles each over a column of their own (男  女).
@pytest.mark.parametrize("text,rows", [
    ("项    目          年初预算      调整数      调整后预算\n一、税收收入        52000        -1800        50200\n"
     "二、非税收入        18000         1200        19200\n收入合计           70000         -600        69400",
     ["项目\t年初预算\t调整数\t调整后预算", "一、税收收入\t52000\t-1800\t50200", "二、非税收入\t18000\t1200\t19200",
      "收入合计\t70000\t-600\t69400"]),
    ("乡镇        男        女       合计\n城关镇      520      480      1000\n白石乡      310      290       600\n"
     "黄土铺镇    250      270       520",
     ["乡镇\t男\t女\t合计", "城关镇\t520\t480\t1000", "白石乡\t310\t290\t600", "黄土铺镇\t250\t270\t520"]),
])
def test_a_title_set_with_its_letters_apart(text, rows):
    assert [line.text for line in as_tab_rows(lines_of(text))] == rows


def test_cells_out_of_line_with_an_empty_cell_stay_text():
    """Out of line, an empty cell is one gap like any other: the row splits into fewer cells and
    where it goes cannot be told, so the lines are no table of this kind (the aligned reading,
    which places each word by its position, may still read them)."""
    from generator.spacedcells import delimited as _delimited

    text = ("序号    单位    任务    完成\n1    城关镇    85320    80100\n2    县自然资源和规划局    1205\n"
            "3    南江镇    42118    39900")
    assert _delimited(lines_of(text)) == []


# A table set with spaces whose rows go on after a page break without its header (pdftotext
# -layout: the page's number, a form feed, the running head); what the next page prints instead.
_FIRST_PAGE = """\
  序号          项目名称              建设地点      总投资     以工代赈资金
   1     龙溪乡产业路硬化工程          龙溪乡         180          150
   2     石桥镇灌溉渠道修复工程        石桥镇          96           80
   3     城关镇小型农田水利工程        城关镇         125          100
                                   — 7 —
桐溪县人民政府公报                                        2024年第8期
"""


@pytest.mark.parametrize("next_page,rows", [
    ("   4     青山乡村组道路建设工程        青山乡         210          170\n"
     "   5     白沙镇河堤加固工程            白沙镇          88           70",
     ["4\t青山乡村组道路建设工程\t青山乡\t210\t170", "5\t白沙镇河堤加固工程\t白沙镇\t88\t70"]),
    # near misses: names set in columns (no figure); words that stand under no column of the table
    ("   县水利局          刘洋          赵亮          陈静", []),
    ("负责人：刘洋    联系电话：7745678    邮箱：twx@163.com", []),
])
def test_rows_set_with_spaces_go_on_under_the_columns_of_the_page_before(next_page, rows):
    out = as_tab_rows(lines_of(_FIRST_PAGE + next_page))
    assert [line.text for line in out[6:] if "\t" in line.text] == rows


@pytest.mark.parametrize("text, rows", [
    # a 序号 grid one full-width space apart, its total one word short (merged 序号 and name cells)
    ("序号　乡镇　任务数　完成数\n1　城关镇　1200　1150\n2　青山乡　850　832\n合计　2050　1982",
     ["序号\t乡镇\t任务数\t完成数", "1\t城关镇\t1200\t1150", "2\t青山乡\t850\t832", "合计\t\t2050\t1982"]),
    ("编号 项目名称 类别\n1 松岭山歌 传统音乐\n2 竹编技艺 传统技艺", ["编号\t项目名称\t类别", "1\t松岭山歌\t传统音乐",
                                                       "2\t竹编技艺\t传统技艺"]),
    # a page's number between two rows (left as it is, the page's furniture)
    ("序号 乡镇 任务数\n1 城关镇 1200\n— 3 —\n2 青山乡 850", ["序号\t乡镇\t任务数", "1\t城关镇\t1200", "— 3 —",
                                                      "2\t青山乡\t850"]),
    # bars a PDF's ruling was read into, here and there: no words
    ("| 序号 乡镇 项目名称 里程\n| 1 安定镇 安定至石门公路 12.5 |\n|2 南江镇 南江至长寿公路 8.2\n3 福寿镇 福寿至虹桥公路 | 6.0|",
     ["序号\t乡镇\t项目名称\t里程", "1\t安定镇\t安定至石门公路\t12.5", "2\t南江镇\t南江至长寿公路\t8.2",
      "3\t福寿镇\t福寿至虹桥公路\t6.0"]),
    # a total printing its figures only: under the columns of figures, when as many
    ("序号 乡镇 项目名称 里程 投资\n1 安定镇 石门公路 12.5 860\n2 南江镇 长寿公路 8.2 540\n合计 20.7 1400",
     ["序号\t乡镇\t项目名称\t里程\t投资", "1\t安定镇\t石门公路\t12.5\t860", "2\t南江镇\t长寿公路\t8.2\t540",
      "合计\t\t\t20.7\t1400"]),
    ("序号 乡镇 桥梁 座数 投资 完成时限\n1 安定镇 石门桥 1 120 9月底\n2 南江镇 长寿桥 2 260 10月底\n合计 3 380",
     ["序号\t乡镇\t桥梁\t座数\t投资\t完成时限", "1\t安定镇\t石门桥\t1\t120\t9月底", "2\t南江镇\t长寿桥\t2\t260\t10月底",
      "合计\t\t\t3\t380\t"]),
    # near misses: a total whose figures are fewer than the columns of figures (left as text)
    ("序号 乡镇 项目名称 里程 投资\n1 安定镇 石门公路 12.5 860\n2 南江镇 长寿公路 8.2 540\n合计 1400",
     ["序号\t乡镇\t项目名称\t里程\t投资", "1\t安定镇\t石门公路\t12.5\t860", "2\t南江镇\t长寿公路\t8.2\t540", "合计 1400"]),
    # a line ruled between every two words (a drawn table's: grids), or a bar between two words with no space: text
    ("序号 | 乡镇 | 任务数\n1 | 城关镇 | 1200\n2 | 青山乡 | 850", None),
    ("序号 乡镇 任务数\n1 城关镇|1200\n2 青山乡 850\n3 石门镇 900", None),
    # a cell the wrap cut, its rest a word alone between two rows numbered in turn: left as it is
    # under its row (the tab table reads it into the cell it goes on)
    ("序号 项目名称 建设内容 牵头单位\n1 老旧小区改造 改造小区12个，涉及 县住建局\n居民2300户\n2 饮水安全提升 新建水厂3处 县水利局",
     ["序号\t项目名称\t建设内容\t牵头单位", "1\t老旧小区改造\t改造小区12个，涉及\t县住建局", "居民2300户",
      "2\t饮水安全提升\t新建水厂3处\t县水利局"]),
    # …not two words (two cells' rests), a sentence, nor a word under the last row (no row under it)
    ("序号 项目名称 建设内容 牵头单位\n1 老旧小区改造 改造小区12个，涉及 县住建局\n居民2300户 住建局\n2 饮水安全提升 新建水厂3处 县水利局", None),
    ("序号 项目名称 建设内容 牵头单位\n1 老旧小区改造 改造小区12个，涉及 县住建局\n以下为山区乡镇。\n2 饮水安全提升 新建水厂3处 县水利局", None),
    ("序号 项目名称 建设内容 牵头单位\n1 老旧小区改造 改造小区12个 县住建局\n农村民生项目\n2 饮水安全提升 新建水厂3处 县水利局", None),
    ("序号 项目名称 建设内容 牵头单位\n1 老旧小区改造 改造小区12个 县住建局\n二、农村\n2 饮水安全提升 新建水厂3处 县水利局", None),
    ("序号 项目名称 建设内容\n1 老旧小区改造 改造小区12个\n2 饮水安全提升 新建水厂3处\n县水利局",
     ["序号\t项目名称\t建设内容", "1\t老旧小区改造\t改造小区12个", "2\t饮水安全提升\t新建水厂3处", "县水利局"]),
    # near misses: text as it is
    ("序号 乡镇 任务数\n1 城关镇 1200\n以下为山区乡镇。\n2 青山乡 850\n3 石门镇 900", None),  # a sentence between
    ("序号　乡镇　任务数\n1　城关镇　1200", None),  # one row
    ("序号 姓名 单位\n1 王建国 城关镇\n2 李 娟 青山乡\n3 张志强 石门镇", None),  # a name padded with a space
    ("序号 乡镇 任务数\n1 城关镇 1200\n3 青山乡 850", None),  # not numbered in turn
    ("序号 说明，见下 单位\n1 城关镇 1200\n2 青山乡 850", None),  # a clause in the header
    ("序号  乡镇  任务数\n1  城关镇  1200\n2  青山乡  850", None),  # runs of spaces: spacedtables lines them up
    ("序号为本表所列项目的编号。\n1 城关镇 1200\n2 青山乡 850", None),
])
def test_numbered_grids_set_apart_by_single_spaces(text, rows):
    """A 序号 grid whose cells stand a single space apart becomes tab rows; anything less strict
    stays text (numberedgrids)."""
    from generator.numberedgrids import numbered_grids_as_tab_rows
    lines = lines_of(text)
    out = numbered_grids_as_tab_rows(lines)
    assert [line.no for line in out] == [line.no for line in lines]
    assert [line.text for line in out] == (rows if rows is not None else [line.text for line in lines])


# A first cell merged over rows and printed on its first row only: the lines under it are rows
# of their own with that cell empty; near misses stay text or carry on the row above.
_MERGED_HEADER = "  类别        姓名        单位及职务                联系电话\n"


@pytest.mark.parametrize("body,rows", [
    ("  副主任      李卫东      县委常委、常务副县长      6321002\n"
     "              王海燕      副县长                    6321005\n"
     "  成员        刘洋        县政府办公室主任          6321010",
     ["副主任\t李卫东\t县委常委、常务副县长\t6321002", "\t王海燕\t副县长\t6321005",
      "成员\t刘洋\t县政府办公室主任\t6321010"]),
    # near miss: the first row under the header prints no first cell (a merged cell centred on the
    # rows' middle line): which row is whose cannot be told, the lines stay text
    ("              李卫东      县委常委、常务副县长      6321002\n"
     "  副主任      王海燕      副县长                    6321005\n"
     "              陈志强      副县长、县公安局局长      6321108\n"
     "  成员        刘洋        县政府办公室主任          6321010", []),
    # near miss: a cell wrapped onto the next line, no figures of its own: it carries on the row
    ("  主任        张建国      县委副书记、县长          6321001\n"
     "  副主任      李卫东      县委常委、常务副县长、    6321002\n"
     "                          县政府党组副书记\n"
     "  成员        刘洋        县政府办公室主任          6321010",
     ["主任\t张建国\t县委副书记、县长\t6321001",
      "副主任\t李卫东\t县委常委、常务副县长、县政府党组副书记\t6321002",
      "成员\t刘洋\t县政府办公室主任\t6321010"]),
])
def test_rows_under_a_first_cell_merged_down_and_printed_on_its_first_row(body, rows):
    out = as_tab_rows(lines_of(_MERGED_HEADER + body))
    assert [line.text for line in out[1:] if "\t" in line.text] == rows


@pytest.mark.parametrize("body,rows", [
    # the first group's name, the column's longest, wrapped onto the next row's line: 项目 is its end
    # or the next group's name, which cannot be told: text
    ("  省重点民生  王海燕      副县长                    6321005\n"
     "  项目        陈志强      副县长、县公安局局长      6321108\n"
     "              刘洋        县政府办公室主任          6321010\n"
     "  县重点项目  赵红梅      县发展和改革局局长        6321220\n"
     "              孙立新      县应急管理局局长          6321350", []),
    # near miss: names of one row each shorter than the column's longest are told apart
    ("  主任        张建国      县委副书记、县长          6321001\n"
     "  副主任      李卫东      县委常委、常务副县长      6321002\n"
     "              王海燕      副县长                    6321005",
     ["主任\t张建国\t县委副书记、县长\t6321001", "副主任\t李卫东\t县委常委、常务副县长\t6321002",
      "\t王海燕\t副县长\t6321005"]),
])
def test_a_merged_first_cells_name_wrapped_onto_the_next_rows_line(body, rows):
    out = as_tab_rows(lines_of(_MERGED_HEADER + body))
    assert [line.text for line in out[1:] if "\t" in line.text] == rows


# A group's row under the titles and between the rows, printed in the names' column with the row
# numbers' column empty: a row of its own; a wrapped cell's end carries on the row above.
_GROUPS_HEADER = "  序号      乡镇            隐患数        已整改\n"


@pytest.mark.parametrize("body,rows", [
    ("            一、平原乡镇\n"
     "   1        城关镇            128           128\n"
     "   2        白沙镇             75            72\n"
     "            （二）山区乡镇\n"
     "   3        龙溪乡             42            42",
     ["\t一、平原乡镇\t\t", "1\t城关镇\t128\t128", "2\t白沙镇\t75\t72", "\t（二）山区乡镇\t\t",
      "3\t龙溪乡\t42\t42"]),
    # near miss: a name's wrapped end, not numbered as a heading, carries on the row above
    ("   1        城关镇            128           128\n"
     "   2        县自然资源局（含     75            72\n"
     "            下属单位）\n"
     "   3        龙溪乡             42            42",
     ["1\t城关镇\t128\t128", "2\t县自然资源局（含下属单位）\t75\t72", "3\t龙溪乡\t42\t42"]),
])
def test_group_rows_beside_an_empty_number(body, rows):
    out = as_tab_rows(lines_of(_GROUPS_HEADER + body))
    assert [line.text for line in out[1:] if "\t" in line.text] == rows


# A group's row printing its sums: its name in the names' column beside an empty number, figures
# under the figures' columns; the name goes into the number's column, as a tab table prints it.
@pytest.mark.parametrize("text,rows", [
    ("  序号        项目名称                  总投资      年度计划\n"
     "         一、基础设施                    26600        9500\n"
     "   1     县城污水管网改造工程            12600        4500\n"
     "   2     城南大道改造工程                 8800        3000\n"
     "         二、社会事业                    36700       12000\n"
     "   3     县第三中学教学楼                 6400        2500",
     ["一、基础设施\t\t26600\t9500", "1\t县城污水管网改造工程\t12600\t4500", "2\t城南大道改造工程\t8800\t3000",
      "二、社会事业\t\t36700\t12000", "3\t县第三中学教学楼\t6400\t2500"]),
])
def test_group_row_printing_its_sums_beside_an_empty_number(text, rows):
    out = as_tab_rows(lines_of(text))
    assert [line.text for line in out[1:] if "\t" in line.text] == rows


# A group's name centred alone over the table between its rows (under a later column, or beside
# names with no numbers): the group's row, its name in the first cell.
@pytest.mark.parametrize("text,rows", [
    ("  序号        项目名称                  建设单位        总投资\n"
     "                              一、基础设施\n"
     "   1     县城污水管网改造工程           县住建局         12600\n"
     "   2     城南大道改造工程               县交通局          8800\n"
     "                              二、社会事业\n"
     "   3     县第三中学教学楼               县教育局          6400",
     ["一、基础设施\t\t\t", "1\t县城污水管网改造工程\t县住建局\t12600", "2\t城南大道改造工程\t县交通局\t8800",
      "二、社会事业\t\t\t", "3\t县第三中学教学楼\t县教育局\t6400"]),
    ("      乡镇（街道）          户籍人口        参保任务\n"
     "                        （一）街道\n"
     "      城关街道              85320           80100\n"
     "      东城街道              41250           39600\n"
     "                        （二）乡镇\n"
     "      白沙镇                31007           29800",
     ["（一）街道\t\t", "城关街道\t85320\t80100", "东城街道\t41250\t39600", "（二）乡镇\t\t", "白沙镇\t31007\t29800"]),
])
def test_group_name_centred_between_rows(text, rows):
    out = as_tab_rows(lines_of(text))
    assert [line.text for line in out[1:] if "\t" in line.text] == rows


@pytest.mark.parametrize("text,caption", [
    ("  表1  2023年末全县行政事业性国有资产分类情况                单位：万元", True),
    ("  2024年各乡镇耕地保护目标任务表        （计量单位：亩）", True),
    ("                                                    单位：万元", False),  # the unit alone
    ("  项目                  单位          2022年          2023年", False),  # 单位, a column's title
    ("  填报单位：县农业农村局        填报人：李明", False),  # who filled the form in
])
def test_a_caption_with_its_unit_at_the_right(text, caption):
    from generator.spacedbounds import caption_with_its_unit
    assert caption_with_its_unit(text) is caption


@pytest.mark.parametrize("words,heading", [
    (["二、企业国有资产情况"], True),
    (["（一）城市建设类企业"], True),
    (["下属单位）"], False),  # a wrapped cell's end
    (["二、山区乡镇", "42"], False),  # words in more cells: a row
    (["1,250"], False),
])
def test_a_heading_under_the_rows(words, heading):
    from generator.spacedbounds import heading_under_the_rows
    assert heading_under_the_rows(words) is heading


@pytest.mark.parametrize("text,alone", [
    ("                                                           单位：万元", True),
    ("          （单位：人）", True), ("   金额单位：万元", True), ("  单位： 万元、公里", True),
    # near misses: who filled a form in (an organ), titles with the word, a caption with its unit
    ("          单位：县财政局", False), ("  责任单位", False), ("  单位名称", False),
    ("  2024年项目计划表        单位：万元", False), ("          县财政局", False),
])
def test_a_unit_alone(text, alone):
    from generator.spacedbounds import unit_alone
    assert unit_alone(text) is alone


@pytest.mark.parametrize("text,heading", [
    ("        一、城区基础设施及市政公用设施提升改造项目", True),
    ("（二）教育卫生养老等社会事业补短板项目", True),  # (flush left too)
    ("                              三、产业发展", True),
    # near misses: a cell's wrapped end, words set apart, a sentence, figures, too long for a line's heading
    ("            属事业单位）", False), ("    一、基础设施    12600", False), ("    二、保障措施。各单位要按时完成。", False),
    ("    1,250", False), ("    一、" + "城区基础设施及市政公用设施提升改造项目" * 3, False),
])
def test_a_group_heading(text, heading):
    from generator.spacedbounds import group_heading
    assert group_heading(text) is heading


def test_a_unit_alone_under_a_spaced_caption_is_no_title_of_the_table():
    """附件1    …计划表 / (spaces) 单位：万元 / 序号    项目名称 …: the unit bounds the run, so the caption
    and the unit are not read as the titles' first two lines (单位：万元/年度计划)."""
    from generator.pipeline import parse_bytes

    path = Path(__file__).parent / "cases" / "tables" / "spaced_columns_unit_alone_over_the_last_title_under_a_spaced_caption.txt"
    tables = [t for d in parse_bytes(path.read_bytes(), path.name).documents for t in d.tables]
    assert [(t.caption, t.unit, t.columns[-1].title) for t in tables] == [
        ("2024年农村公路建设项目计划表（第一批）", "万元", "年度计划")]


@pytest.mark.parametrize("text, caption", [
    ("表1　2023年主要农产品产量及增长速度", True), ("附表2  2024年重点项目情况", True),
    ("表 3-1  全县人口情况统计", True), ("表一　主要指标完成情况", True),
    # near misses: a row opening with 表 and a figure (three words), a short word after the number,
    # no title, a word opening with 表
    ("表1    粮食    24.8", False), ("表1  合计", False), ("表1", False), ("表格填报说明", False),
])
def test_numbered_caption(text, caption):
    """A table's numbered caption over its titles is no row of the table (its caption, read by tablecontext)."""
    from generator.spacedbounds import numbered_caption

    assert numbered_caption(text) is caption


def test_numbered_caption_is_the_tables_caption():
    from generator.pipeline import parse_bytes

    path = Path(__file__).parent / "cases" / "tables" / "numbered_caption_over_a_table_set_with_spaces.txt"
    tables = [t for d in parse_bytes(path.read_bytes(), path.name).documents for t in d.tables]
    assert [t.caption for t in tables] == ["表1 2023年主要农产品产量及增长速度", "表2 2023年社会消费品零售总额分行业情况"]


# Every row wrapped under its number: rows told apart by their numbers and figures (spacedwraps);
# near misses where a cell is centred on the row's lines stay text.
_WRAPPED_HEADER = "  序号    项目名称                  总投资      年度计划\n"


@pytest.mark.parametrize("body,rows", [
    ("   1      城区老旧小区改造          12,600        4,500\n"
     "          项目\n"
     "   2      农村饮水安全巩固          8,400         3,000\n"
     "          提升工程\n"
     "   3      普惠托育服务中心          3,200         1,600\n"
     "          建设项目",
     ["1\t城区老旧小区改造项目\t12,600\t4,500", "2\t农村饮水安全巩固提升工程\t8,400\t3,000",
      "3\t普惠托育服务中心建设项目\t3,200\t1,600"]),
    # near miss: the name's first line printed over the row's number (the number centred)
    ("          城区老旧小区改造\n"
     "   1                                12,600        4,500\n"
     "          项目\n"
     "          农村饮水安全巩固\n"
     "   2                                8,400         3,000\n"
     "          提升工程\n"
     "          普惠托育服务中心\n"
     "   3                                3,200         1,600\n"
     "          建设项目", []),
    # near miss: figures on a line of their own under the row's first line
    ("   1      城区老旧小区改造\n"
     "          项目                      12,600        4,500\n"
     "          （一期）\n"
     "   2      农村饮水安全巩固\n"
     "          提升工程                  8,400         3,000\n"
     "          （二期）\n"
     "   3      普惠托育服务中心\n"
     "          建设项目                  3,200         1,600\n"
     "          （三期）", []),
])
def test_rows_each_wrapped_under_their_number(body, rows):
    out = as_tab_rows(lines_of(_WRAPPED_HEADER + body))
    assert [line.text for line in out[1:] if "\t" in line.text] == rows


@pytest.mark.parametrize("text,row", [
    ("   1    城关镇    改造老旧小区3个，惠及居民420户    1,260    860", True),
    ("   1    城关镇    改造老旧小区3个，惠及居民420户。    1,260    860", False),  # 。: a sentence
    ("   1    城关镇    改造老旧小区3个，    1,260    惠及居民：", False),  # ending as a sentence's part
    ("   城关镇    改造老旧小区3个，惠及居民420户    1,260    860    —", False),  # no row number first
    ("   1    城关镇    改造老旧小区3个，惠及居民420户    已完成    —", False),  # no figure
    ("   1    改造老旧小区3个，惠及居民420户    1,260", False),  # fewer words than columns
])
def test_a_row_with_a_comma_in_a_cell(text, row):
    import re
    from generator.spacedwraps import row_with_a_comma
    words = re.split(r"\s{2,}", text.strip())
    assert row_with_a_comma(text, words, 5, re.compile(r"[\d,]+").fullmatch) is row


# Rows each wrapped under their number going on after a page break without the header, the last
# row's wrapped end printed first on the next page (spacedwraps: numbered on from the page before).
_WRAPPED_FIRST_PAGE = (
    "  序号    项目名称                    建设内容及规模                    总投资      年度计划\n"
    "   1      南浦县城区老旧小区改造      改造老旧小区12个                     12,600        4,500\n"
    "          项目\n"
    "   2      南浦县农村饮水安全巩固      新建改造供水工程8处                   8,400        3,000\n"
    "          提升工程\n"
    "   3      南浦县普惠托育服务中心      新建托育中心1处                       3,200        1,600\n"
    "          建设项目\n"
    "                                      — 7 —\n"
    "\x0c南浦县人民政府公报                                             2024年第2期\n")


@pytest.mark.parametrize("next_page,rows", [
    ("          （一期）\n"
     "   4      南浦县城乡公交一体化        购置新能源公交车40辆                  2,800        2,800\n"
     "          项目\n"
     "   5      南浦县全民健身中心          新建体育馆1座                         5,600        2,000\n"
     "          建设工程",
     ["\t（一期）\t\t\t", "4\t南浦县城乡公交一体化项目\t购置新能源公交车40辆\t2,800\t2,800",
      "5\t南浦县全民健身中心建设工程\t新建体育馆1座\t5,600\t2,000"]),
    # near misses: the rows not numbered on from the page before; figures on the wrapped end
    ("          （一期）\n"
     "   7      南浦县城乡公交一体化        购置新能源公交车40辆                  2,800        2,800\n"
     "          项目\n"
     "   8      南浦县全民健身中心          新建体育馆1座                         5,600        2,000\n"
     "          建设工程", []),
    ("          （一期）                                                         500\n"
     "   4      南浦县城乡公交一体化        购置新能源公交车40辆                  2,800        2,800\n"
     "          项目\n"
     "   5      南浦县全民健身中心          新建体育馆1座                         5,600        2,000\n"
     "          建设工程", []),
])
def test_wrapped_rows_going_on_after_a_page_break(next_page, rows):
    out = as_tab_rows(lines_of(_WRAPPED_FIRST_PAGE + next_page))
    assert [line.text for line in out if line.no >= 10 and "\t" in line.text] == rows


def test_the_next_rows_number():
    from generator.spacedwraps import next_number
    assert next_number([(0, 0, "序号\t项目"), (1, 2, "4\t城乡公交一体化项目\t2,800")]) == 5
    assert next_number([(0, 0, "序号\t项目"), (1, 1, "\t合计\t2,800")]) is None
    assert next_number([]) is None


# A header set with spaces over two lines, the first line's titles each over a group of columns
# (本年预算 over 金额 and 占比), a title over one column with its unit under it (增长 / （%））; near
# misses: titles wrapped onto the second line (新增参保 / 人数（人））, a
# second line holding figures or printing the first column, a first line as wide as the columns.
_SPANS = [(2, 18), (26, 30), (38, 42), (50, 54), (62, 66)]


@pytest.mark.parametrize("upper,lower,head", [
    ([(2, 4, "项目"), (30, 38, "本年预算"), (54, 62, "上年决算")], [[], ["金额"], ["占比"], ["金额"], ["占比"]],
     "项目\t本年预算\t\t上年决算\t"),
    ([(2, 4, "项目"), (26, 34, "本年预算"), (50, 58, "上年决算")], [[], ["金额"], ["占比"], ["金额"], ["占比"]],
     "项目\t本年预算\t\t上年决算\t"),
    ([(2, 4, "项目"), (26, 28, "合计"), (42, 50, "本年预算"), (62, 66, "备注")], [[], [], ["金额"], ["占比"], []],
     "项目\t合计\t本年预算\t\t备注"),
    ([(2, 4, "项目"), (30, 38, "本年预算"), (50, 54, "增长"), (62, 66, "备注")], [[], ["金额"], ["占比"], ["（%）"], []],
     "项目\t本年预算\t\t增长\t备注"),
    ([(2, 4, "项目"), (30, 38, "本年预算"), (50, 56, "新增参保"), (62, 66, "备注")], [[], ["金额"], ["占比"], ["人数（人）"], []],
     None),
    ([(2, 4, "项目"), (30, 38, "本年预算"), (54, 62, "上年决算")], [[], ["金额"], ["占比"], ["金额"], []], None),
    ([(2, 4, "项目"), (30, 38, "本年预算"), (54, 62, "上年决算")], [[], ["8600"], ["78.2%"], ["8100"], ["76.4%"]], None),
    ([(2, 4, "项目"), (30, 38, "本年预算"), (54, 62, "上年决算")], [["小计"], ["金额"], ["占比"], ["金额"], ["占比"]], None),
    ([(2, 4, "项目"), (26, 28, "金额"), (38, 40, "占比"), (50, 52, "金额"), (62, 64, "占比")],
     [[], ["（万元）"], ["（%）"], ["（万元）"], ["（%）"]], None),
])
def test_titles_over_groups_of_columns_on_a_headers_first_line(upper, lower, head):
    from generator.spacedheads import parents_over_titles
    assert parents_over_titles(upper, lower, _SPANS) == head


# A table set with spaces whose first page holds its header over two lines and one row: too
# few lines to read alone; with the rows the next page goes on with, one table.
_SHORT_FIRST_PAGE = """\
  序号    项目                   本年预算                    上年执行
                            金额          增长          金额          增长
  1     税收收入                21300       5.2%        20250       3.9%
                                — 7 —
"""


@pytest.mark.parametrize("next_page, rows", [
    ("  2     非税收入                4800        -2.0%       4900        1.2%\n"
     "  3     转移性收入               36100       3.4%        34900       2.8%",
     ["1\t税收收入\t21300\t5.2%\t20250\t3.9%", "2\t非税收入\t4800\t-2.0%\t4900\t1.2%",
      "3\t转移性收入\t36100\t3.4%\t34900\t2.8%"]),
    # near misses: text set apart by spaces on the next page, or names in columns: no table
    ("负责人：刘洋    联系电话：7745678    邮箱：twx@163.com", []),
    ("   县水利局          刘洋          赵亮          陈静", []),
])
def test_a_first_page_too_short_to_read_alone_is_read_with_the_next(next_page, rows):
    out = as_tab_rows(lines_of(_SHORT_FIRST_PAGE + next_page))
    assert [line.text for line in out if "\t" in line.text and line.text[:1].isdigit()] == rows
    assert [line.text for line in out if "—" in line.text] == ["                                — 7 —"]


THREE_LINE_HEADER = """\
序号 乡镇     新改建     危桥改造   安全防护
             农村公路   任务       设施
             （公里）   （座）     （公里）
1    城关镇    12.5       2          8.0
2    南江镇    20.3       1          10.5
3    长寿镇    15.0       3          6.2"""


@pytest.mark.parametrize("text,rows", [
    (THREE_LINE_HEADER, ["序号\t乡镇\t新改建农村公路（公里）\t危桥改造任务（座）\t安全防护设施（公里）",
                         "1\t城关镇\t12.5\t2\t8.0", "2\t南江镇\t20.3\t1\t10.5", "3\t长寿镇\t15.0\t3\t6.2"]),
    # near miss: as many lines carrying on a data row (a cell wrapped twice) leave the rows unsure
    ("乡镇       新改建     危桥改造   安全防护\n城关镇     12.5       2          8.0\n"
     "           （城区             \n           片区）           \n南江镇     20.3       1          10.5\n"
     "长寿镇     15.0       3          6.2", None),
])
def test_a_header_over_three_lines_over_few_rows(text, rows):
    """The lines carrying on a table's header (its titles wrapped, its units) are not counted
    among the lines carrying on a row: three rows under a header over three lines are read."""
    got = [line.text for line in as_tab_rows(lines_of(text))]
    assert got == (rows if rows is not None else text.split("\n"))


# A table set with spaces whose header stands alone at a page's end, the next page holding one row
# (a tall row) before its own break: the header, that row and the rows after it, one table.
_HEADER_ALONE = """\
序号   乡镇        户籍人口      参保任务     完成时限
                                    — 5 —
平江县人民政府公报
1      城关镇      85,320        80,100       2024年12月底前
                                    — 6 —
平江县人民政府公报
"""


@pytest.mark.parametrize("next_page, rows", [
    ("2      南江镇      42,118        39,900       2024年12月底前\n3      长寿镇      31,007        29,500       2024年12月底前",
     ["1\t城关镇\t85,320\t80,100\t2024年12月底前", "2\t南江镇\t42,118\t39,900\t2024年12月底前",
      "3\t长寿镇\t31,007\t29,500\t2024年12月底前"]),
    # near miss: names in columns on the third page: no table
    ("   县水利局          刘洋          赵亮          陈静", []),
])
def test_a_header_alone_on_its_page_over_a_page_of_one_row(next_page, rows):
    out = as_tab_rows(lines_of(_HEADER_ALONE + next_page))
    assert [line.text for line in out if "\t" in line.text and line.text[:1].isdigit()] == rows
    assert [line.text.strip() for line in out if "—" in line.text or "公报" in line.text] == \
        ["— 5 —", "平江县人民政府公报", "— 6 —", "平江县人民政府公报"]


# A 责任分工 table set with spaces, its cells all words (no figure), rows wrapped under their numbers
_WORDS_WRAPPED = """\
序号  任务                    牵头单位        责任单位              完成时限
1     推行企业开办一网通办，  县市场监管局    县政务服务中心、县    2024年6月底前
      实现一日办结                            税务局、县人社局
2     压缩工程建设项目审批    县住建局        县自然资源局、县发    2024年9月底前
      时间                                    改局
3     推进不动产登记一窗受理  县自然资源局    县税务局              2024年6月底前
4     开展涉企收费专项清理    县发改局        县财政局、县市场监    2024年12月底前
                                              管局
5     建立政企沟通常态化机制  县工商联        县直各单位            长期坚持"""


@pytest.mark.parametrize("text, rows", [
    (_WORDS_WRAPPED, ["序号\t任务\t牵头单位\t责任单位\t完成时限",
                      "1\t推行企业开办一网通办，实现一日办结\t县市场监管局\t县政务服务中心、县税务局、县人社局\t2024年6月底前",
                      "2\t压缩工程建设项目审批时间\t县住建局\t县自然资源局、县发改局\t2024年9月底前",
                      "3\t推进不动产登记一窗受理\t县自然资源局\t县税务局\t2024年6月底前",
                      "4\t开展涉企收费专项清理\t县发改局\t县财政局、县市场监管局\t2024年12月底前",
                      "5\t建立政企沟通常态化机制\t县工商联\t县直各单位\t长期坚持"]),
    # near miss: a word under a column the row's first line leaves empty (县发改局 merged over rows
    # 1 and 2, printed centred on their lines): which row is whose cannot be told
    (_WORDS_WRAPPED.replace("1     推行企业开办一网通办，  县市场监管局", "1     推行企业开办一网通办，              ")
     .replace("      实现一日办结                            税务局、县人社局",
              "      实现一日办结            县发改局        税务局、县人社局"), None),
])
def test_rows_of_words_wrapped_under_their_numbers(text, rows):
    got = [line.text for line in as_tab_rows(lines_of(text))]
    assert got == (rows if rows is not None else text.split("\n"))


@pytest.mark.parametrize("text,rows", [
    # cells apart by spaces at no common positions, a group's heading between the rows: its line stays (the
    # group's row, as a tab table's without tabs) and the rows on both sides are the table's
    ("序号  项目名称  建设单位  总投资\n一、基础设施\n1  县城污水管网改造工程  县住建局  12600\n"
     "2  城南大道改造工程  县交通局  8800\n二、社会事业\n3  县第三中学教学楼  县教育局  6400",
     ["序号\t项目名称\t建设单位\t总投资", "一、基础设施", "1\t县城污水管网改造工程\t县住建局\t12600",
      "2\t城南大道改造工程\t县交通局\t8800", "二、社会事业", "3\t县第三中学教学楼\t县教育局\t6400"]),
    # near miss: a numbered heading over another table's header: two tables
    ("序号  项目名称  建设单位  总投资\n1  县城污水管网改造工程  县住建局  12600\n2  城南大道改造工程  县交通局  8800\n"
     "3  农村公路提质改造工程  县交通局  5200\n（二）前期工作项目\n序号  项目名称  总投资\n1  县第三中学教学楼  6400\n"
     "2  县人民医院住院综合楼  26000\n3  县社会福利中心  4300",
     ["序号\t项目名称\t建设单位\t总投资", "1\t县城污水管网改造工程\t县住建局\t12600", "2\t城南大道改造工程\t县交通局\t8800",
      "3\t农村公路提质改造工程\t县交通局\t5200", "（二）前期工作项目", "序号\t项目名称\t总投资", "1\t县第三中学教学楼\t6400",
      "2\t县人民医院住院综合楼\t26000", "3\t县社会福利中心\t4300"]),
])
def test_group_heading_between_rows_of_cells_apart_by_spaces(text, rows):
    assert [line.text for line in as_tab_rows(lines_of(text))] == rows


@pytest.mark.parametrize("heading,row", [
    ("                              二、社会事业", "二、社会事业\t\t\t"),  # (centred: its name first)
    ("        二、教育卫生养老等社会事业补短板项目", "\t二、教育卫生养老等社会事业补短板项目\t\t"),  # (in the names' column)
])
def test_group_heading_first_on_the_next_page(heading, row):
    # a table set with spaces going on over a page break, the next page opening with a group's heading:
    # the group's row (its name first), not the end of the last row's cell, nor the table's end
    text = ("  序号        项目名称                  建设单位        总投资\n"
            "                              一、基础设施\n"
            "   1     县城污水管网改造工程           县住建局         12600\n"
            "   2     城南大道改造工程               县交通局          8800\n"
            "   3     农村公路提质改造工程           县交通局          5200\n"
            "                                    — 5 —\n"
            f"{heading}\n"
            "   4     县第三中学教学楼               县教育局          6400\n"
            "   5     县人民医院住院综合楼           县卫健局         26000")
    rows = [line.text for line in as_tab_rows(lines_of(text)) if "\t" in line.text]
    assert rows[4:] == ["3\t农村公路提质改造工程\t县交通局\t5200", row,
                        "4\t县第三中学教学楼\t县教育局\t6400", "5\t县人民医院住院综合楼\t县卫健局\t26000"]


# A caption of one word right over a header opening with the table above's first title, no
# figure in it, is another table's; near misses: a cell's end over a row (a figure in it), over
# another first title, a caption of two words apart, no table above.
@pytest.mark.parametrize("text, under, top, caption", [
    ("                              第二十条第（五）项", "        信息内容             上一年项目数量        本年增/减", "信息内容", True),
    ("                              第二十条第（五）项", "信息内容    本年处理决定数量", "信息内容", True),
    ("          局", "信息内容    12    350", "信息内容", False),
    ("          （含下属事业单位）", "  4    长寿镇    31,007", "序号", False),
    ("                              第二十条第（五）项", "        项目名称        上一年项目数量", "信息内容", False),
    ("          第二十条    第（五）项", "        信息内容        上一年项目数量", "信息内容", False),
    ("                              第二十条第（五）项", "        信息内容        上一年项目数量", None, False),
])
def test_a_caption_over_a_header_opening_as_the_table_above(text, under, top, caption):
    from generator.spacedbounds import caption_over_a_header
    assert caption_over_a_header(text, under, top) is caption


# A comma inside a cell of a line set apart in three cells or more is no sentence; near misses:
# prose (words run on), two cells (a line beside a second text column), a clause's comma at its end.
@pytest.mark.parametrize("text, cell", [
    ("  1    县自然资源局   不动产登记费    住宅类每件80元，非住   《中华人民共和国物权法》第二十二", True),
    ("                      费              元，丢失补领、损坏换   二十条", True),
    ("    全年粮食种植面积36.8万亩，比上年增长0.6%；粮食总产量14.2万吨，增长1.3%。", False),
    ("各乡镇人民政府，县直各单位：    现将有关事项通知如下", False),
    ("  2   南江镇   365   84     受汛期影响，部分项目进度滞后，", False),
])
def test_a_comma_inside_a_cell(text, cell):
    from generator.spacedcells import comma_in_a_cell
    assert comma_in_a_cell(text) is cell
