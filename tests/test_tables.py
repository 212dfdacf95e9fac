"""Tables: rule tests from real excerpts, every table of the samples, and properties."""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.blocks import build_blocks
from generator.bodytext import document_text
from generator.normalize import han_chars
from generator.tables import assemble_tables, column_key
from tests.conftest import GAZETTES, SAMPLES, parsed
from tests.excerpts import content


def tables_of(text):
    blocks = build_blocks(content(text), {})
    _, tables, diags = assemble_tables("d", blocks, ())
    return tables, diags


# Header repeated after a page break with other spacing; a row continued after the break
# (Qiyang 帮扶企业名单, l.891-897).
CONTINUED = """序号\t市直单位\t帮扶企业名单\t帮扶新入库企业
2\t市教育局\t祁阳市星雅教育管理有限公司 永州陶铸中学\t
3\t市科技和工信局\t湖南薪得易信息技术有限公司 湖南正美光电科技有限公司\t

序号\t市 直 单 位\t帮扶企业名单\t帮扶新入库企业
\t\t湖南佑辉光学科技有限公司 湖南发源地服装有限公司\t
4\t市人社局\t祁阳县亮丽清洁有限公司\t
"""


def test_repeated_header_and_row_continued_after_page_break():
    [t], _ = tables_of(CONTINUED)
    assert [c.title for c in t.columns] == ["序号", "市直单位", "帮扶企业名单", "帮扶新入库企业"]
    assert [r[0] for r in t.rows] == ["2", "3", "4"]
    assert t.rows[1][2] == "湖南薪得易信息技术有限公司 湖南正美光电科技有限公司 湖南佑辉光学科技有限公司 湖南发源地服装有限公司"
    assert t.dropped == ((5, "repeated-header"),)
    assert all(len(r) == 4 for r in t.rows)


# A merged cell spanning rows (Pingjiang 责任分工, l.223-226): the empty first cell is the task above.
MERGED = """工 作 任 务\t责任单位\t备 注
在职责范围内配合做好海绵城市建设项目的投资、建设、管理和运营维护等相关工作。\t县城投中心\t
\t县天岳集团\t
"""


def test_merged_cell_fills_down():
    [t], _ = tables_of(MERGED)
    assert [c.title for c in t.columns] == ["工作任务", "责任单位", "备注"]
    assert [r[1] for r in t.rows] == ["县城投中心", "县天岳集团"]
    assert t.rows[1][0] == t.rows[0][0]


# Total row (Pingjiang 征缴任务数, l.710-737) and a total that does not add up.
TOTAL = """序号\t乡镇\t任务数（人）
1\t安定镇\t65906
2\t福寿山镇\t18571
\t合计\t84477
"""


def test_total_row_kept_apart_and_checked():
    [t], diags = tables_of(TOTAL)
    assert len(t.rows) == 2 and t.total == (None, "合计", "84477")
    assert [c.type for c in t.columns] == ["integer", "string", "integer"]
    assert [c.key for c in t.columns] == ["xu_hao", "xiang_zhen", "ren_wu_shu_ren"]
    assert diags == []
    [t], diags = tables_of(TOTAL.replace("84477", "84478"))
    assert [d.code for d in diags] == ["table-total-mismatch"]
    assert "84477" in diags[0].message and "84478" in diags[0].message


# A total's rate is no sum of the rows' rates (probe review 3: 完成预算（%） summed to 202.4).
RATES = """序号\t项目\t预算数（万元）\t完成数（万元）\t完成预算（%）\t同比增长
1\t税收收入\t5000\t5100\t102.0\t5.2
2\t非税收入\t3000\t3000\t100.4\t-1.0
\t合计\t8000\t8100\t101.4\t3.1
"""


def test_a_totals_rates_are_not_checked_as_sums():
    [t], diags = tables_of(RATES)
    assert t.total[-2:] == ("101.4", "3.1") and diags == []
    [t], diags = tables_of(RATES.replace("\t8100\t", "\t8200\t"))
    assert [d.code for d in diags] == ["table-total-mismatch"] and "完成数" in diags[0].message


# Group rows spanning the table (Xiangyin 任务分解表, l.289-292).
GROUPS = """序号\t任务分解\t牵头县级领导\t牵头单位
(一) 实施清廉湘阴建设工程（总牵头：刘世奇）\t\t\t
1\t严实管党治政治责任\t姚恒毅\t县委办
2\t提升组织功能\t徐春光\t组织部
(二) 实施现代产业培塑工程（总牵头：张永久）\t\t\t
17\t突出硅砂新材料产业开发\t罗奇\t高新区
"""


def test_group_rows_become_a_grouping_column():
    [t], _ = tables_of(GROUPS)
    assert [c.key for c in t.columns][0] == "group"
    assert [(r[0][:3], r[1]) for r in t.rows] == [("(一)", "1"), ("(一)", "2"), ("(二)", "17")]


# A running page header between two pages of a table (Xiangyin 宣布失效的目录, l.122-126).
RUNNING_HEADER = """序号\t文件名称\t文号\t登记号
11\t湘阴县人民政府 关于印发《湘阴县引进科技人才促进科技成果转化实施办法》的通知\t湘阴政发〔2018〕1号\tXYDR-2018-00002

县政府文件

12\t湘阴县人民政府办公室 关于印发《湘阴县引进科技人才促进科技成果转化实施细则》的通知\t湘阴政办发〔2018〕14号\tXYDR-2018-01006
"""


def test_running_page_header_dropped():
    [t], _ = tables_of(RUNNING_HEADER)
    assert [r[0] for r in t.rows] == ["11", "12"]
    assert t.dropped == ((4, "page-furniture"),)
    assert t.rows[0][1] == "湘阴县人民政府关于印发《湘阴县引进科技人才促进科技成果转化实施办法》的通知"


# Two header rows with merged cells (You County 权责清单, l.2053-2055).
TWO_ROW_HEADER = """权力分类\t权力清单\t\t\t责任清单\t\t备注
\t项目名称\t实施层级\t设定依据\t责任事项\t责任事项依据\t
行政检查\t消防工作\t乡镇（街道）\t《中华人民共和国消防法》\t开展消防安全检查\t《湖南省实施〈中华人民共和国消防法〉办法》\t
"""


def test_two_header_rows_flattened():
    [t], _ = tables_of(TWO_ROW_HEADER)
    assert [c.title for c in t.columns] == ["权力分类", "权力清单/项目名称", "权力清单/实施层级", "权力清单/设定依据",
                                            "责任清单/责任事项", "责任清单/责任事项依据", "备注"]
    assert len({c.key for c in t.columns}) == 7
    assert len(t.rows) == 1


# A header narrower than its rows (You County 工作任务清单, l.557-558).
NARROW_HEADER = """工作任务\t工作事项\t牵头单位\t责任单位
(一) 以改革创一流环境\t1. 深化国资国企改革\t深入推进国企降本增效改革\t县财政局\t县国资中心
\t2. 抓好民营经济“六个一”工作\t积极稳妥开展“一奖一榜”评选表彰\t县委统战部\t县工商联
"""


def test_header_narrower_than_rows():
    [t], diags = tables_of(NARROW_HEADER)
    assert [c.title for c in t.columns] == ["工作任务", "工作任务（2）", "工作事项", "牵头单位", "责任单位"]
    assert t.rows[1][0] == "(一)以改革创一流环境"
    assert "table-header-narrower" in [d.code for d in diags]


# Cells flattened one per line by a web-page extraction.
FLAT = """序号
乡镇
任务数（人）
1
安定镇
65906
2
福寿山镇
18571
3
板江乡
12525
合计
97002
"""


def test_cells_one_per_line():
    [t], diags = tables_of(FLAT)
    assert [c.title for c in t.columns] == ["序号", "乡镇", "任务数（人）"]
    assert [list(r) for r in t.rows] == [["1", "安定镇", "65906"], ["2", "福寿山镇", "18571"],
                                         ["3", "板江乡", "12525"]]
    assert t.total == ("合计", None, "97002")
    assert diags == []


def test_cells_one_per_line_with_a_dropped_empty_cell_is_uncertain():
    text = FLAT.replace("福寿山镇\n", "")
    [t], diags = tables_of(text)
    assert [r[0] for r in t.rows] == ["1", "2", "3"]
    assert "table-grid-uncertain" in [d.code for d in diags]


BOX = """┌────┬────────┬──────┐
│序号│乡镇    │任务数│
├────┼────────┼──────┤
│1   │安定镇  │65906 │
├────┼────────┼──────┤
│2   │福寿山镇│18571 │
└────┴────────┴──────┘
"""

PIPES = """| 序号 | 乡镇 | 任务数（人） |
| --- | --- | --- |
| 1 | 安定镇 | 65906 |
| 2 | 福寿山镇 | 18571 |
"""


@pytest.mark.parametrize("text", [BOX, PIPES])
def test_drawn_tables(text):
    [t], _ = tables_of(text)
    assert [r[1] for r in t.rows] == ["安定镇", "福寿山镇"]
    assert t.columns[0].title == "序号" and t.columns[2].type == "integer"


@pytest.mark.parametrize("title,key", [("序号", "xu_hao"), ("任务数（人）", "ren_wu_shu_ren"),
                                       ("至 2026 年总体目标", "zhi_2026_nian_zong_ti_mu_biao"),
                                       ("2024年任务", "c_2024_nian_ren_wu"), ("BIM", "bim")])
def test_column_keys(title, key):
    assert column_key(title) == key


# Every table of the sample gazettes, read off the text: (first line, rows, columns, caption).
SAMPLE_TABLES = {
    "pingjiang-2023-02.txt": [
        (207, 17, ["工作任务", "责任单位", "备注"], "平江县海绵城市建设部门单位责任分工"),
        (266, 237, ["序号", "县级主管部门", "事项名称", "实施机关", "设定和实施依据", "备注"], "平江县行政许可事项清单（2023年版）"),
        (710, 26, ["序号", "乡镇", "任务数（人）"], "2024年度城乡居民医保征缴任务数"),
    ],
    "qiyang-2024-03.txt": [
        (152, 1, ["序号", "文号", "标题"], "废止的规范性文件目录"),
        (159, 46, ["序号", "文号", "标题"], "宣布失效的规范性文件目录"),
        (215, 43, ["序号", "文号", "标题", "失效时间"], "确认继续有效的规范性文件目录"),
        (841, 36, ["序号", "市领导", "服务协调部门", "帮扶企业名单"], "市领导联系帮扶企业名单"),
        (891, 16, ["序号", "市直单位", "帮扶企业名单", "帮扶新入库企业"], "市直相关单位联系帮扶企业名单"),
        (1037, 9, ["企业序号", "企业全称", "所属行业(医药业、建筑业、制造业等)", "联企人员信息(含单位)", "问题序号",
                   "问题类别", "困难问题", "交办单位及时间", "办理进展"], "问题清单"),
        (1054, 10, ["序号", "联系市领导", "工作组牵头单位", "工作组成员"], "祁阳市“两重”“两新”送解优专项行动工作组成员单位名单"),
        (1070, 4, ["序号", "专班名称", "牵头单位", "成员"], "祁阳市“两重”“两新”送解优专项行动推进机制办公室工作专班成员名单"),
        (1188, 22, ["序号", "镇(街道)", "参保任务数(人)"], "祁阳市2025年城乡居民基本医疗保险参保缴费工作目标任务分解表"),
    ],
    "xiangyin-2024-04.txt": [
        (102, 2, ["序号", "文件名称", "文号", "登记号"], "废止的规范性文件目录"),
        (110, 33, ["序号", "文件名称", "文号", "登记号"], "废止的规范性文件目录"),
        (153, 52, ["序号", "文件名称", "文号", "登记号"], "继续有效的规范性文件目录"),
        # tasks 1-121 in seven groups; l.296-297 and l.400 are rows printed without their 序号
        # (continuation fragments of task 3 and a task between 60 and 61), so 124 rows
        (289, 124, ["分组", "序号", "任务分解", "牵头县级领导", "牵头单位", "责任单位", "至2026年总体目标", "2024年任务"],
         "中共湘阴县委十三届八次全会任务分解表"),
        (621, 16, ["序号", "乡镇名称", "参保任务人数"],
         "2025年年度湘阴县城乡居民基本医疗保险乡镇（街道）应完成征收任务人数统计表"),
        (1064, 27, ["成员单位", "职责分工"], "县重污染天气应急响应各相关单位职责分工表"),
        (1215, 5, ["部门单位", "主要负责人", "专抓", "专干"], "湘阴县通信领域“飞线整治”专项行动部门单位专抓专干联络表"),
        (1226, 15, ["部门单位", "主要负责人", "专抓", "专干"], "湘阴县通信领域“飞线整治”专项行动乡镇（街道）专抓专干联络表"),
    ],
    # The six task lists of 攸政办发〔2023〕2号: their header prints 工作任务 over two columns (the
    # group and the task); some pages print it over one.
    "youxian-2023-01.txt": [
        (332, 27, ["工作任务", "工作任务（2）", "工作事项", "牵头单位", "责任单位"], "攸县打好经济增长主动仗重点工作任务清单"),
        (427, 12, ["工作任务", "工作任务（2）", "工作事项", "牵头单位", "责任单位"], "攸县打好科技创新攻坚战重点工作任务清单"),
        (557, 31, ["工作任务", "工作任务（2）", "工作事项", "牵头单位", "责任单位"], "攸县打好优化发展环境持久仗重点工作任务清单"),
        (728, 41, ["工作任务", "工作任务（2）", "工作事项", "牵头单位", "责任单位"], "攸县打好防范化解风险阻击仗重点工作任务清单"),
        (891, 36, ["工作任务", "工作任务（2）", "工作事项", "牵头单位", "责任单位", "完成时限"], "攸县打好安全生产翻身仗重点工作任务清单"),
        (1039, 41, ["类别", "省、市、县重点民生实项目目及重点监测民生项目", "省、市、县重点民生实项目目及重点监测民生项目（2）",
                    "牵头单位", "责任单位", "备注"], "攸县打好重点民生保障仗工作任务清单"),
        (1601, 250, ["序号", "县级主管部门", "事项名称", "实施机关", "设定和实施依据", "备注"],
         "一、法律、行政法规、国务院决定设定由县级实施的行政许可事项（250项）"),
        (1911, 9, ["序号", "县级主管部门", "事项名称", "实施机关", "设定和实施依据", "备注"],
         "二、地方性法规、省级政府规章设定的行政许可事项（9项）"),
        (2053, 3, ["权力分类", "权力清单/项目名称", "权力清单/实施层级", "权力清单/设定依据", "责任清单/责任事项",
                   "责任清单/责任事项依据", "备注"], "乡镇（街道）消防工作权责清单"),
        (2067, 39, ["工作任务", "重点工作", "具体任务", "责任单位", "工作情况"], "加强基层消防安全综合治理工作责任清单"),
    ],
}


@pytest.mark.parametrize("name", sorted(SAMPLE_TABLES))
def test_every_table_of_the_samples(name):
    tables = [t for d in parsed(name).documents for t in d.tables]
    got = [(t.first, len(t.rows), [c.title for c in t.columns], t.caption) for t in tables]
    assert got == SAMPLE_TABLES[name]


def test_numbered_rows_are_all_there():
    """Every numbered row a reader counts: 1-237, 1-250 and 1-9, 1-121 in the task table."""
    tables = {t.id: t for name in SAMPLES for d in parsed(name).documents for t in d.tables}
    for table_id, column, count in (("430626-2023-02-03-t01", 0, 237), ("430223-2023-01-05-t01", 0, 250),
                                    ("430223-2023-01-05-t02", 0, 9), ("430624-2024-04-04-t01", 1, 121)):
        numbers = {int(r[column]) for r in tables[table_id].rows if r[column]}
        assert numbers == set(range(1, count + 1)), table_id


def test_totals_of_the_samples():
    totals = {t.id: t.total for name in SAMPLES for d in parsed(name).documents for t in d.tables if t.total}
    assert sorted(v[-1] for v in totals.values()) == ["573320", "789933", "940000"]
    assert not [d for name in SAMPLES for d in parsed(name).diagnostics if d.code == "table-total-mismatch"]


def test_rows_as_wide_as_columns_and_ids_stable(sample):
    for doc in parsed(sample).documents:
        for k, t in enumerate(doc.tables, start=1):
            assert t.id == f"{doc.id}-t{k:02d}"
            assert all(len(r) == len(t.columns) for r in t.rows)
            assert len({c.key for c in t.columns}) == len(t.columns)


def test_body_text_keeps_every_han_character(sample):
    result = parsed(sample)
    for doc in result.documents:
        source = "".join(line.text for line in result.source.lines if doc.first <= line.no <= doc.last)
        assert sorted(han_chars(document_text(doc))) == sorted(han_chars(source)), doc.id


LICENCES = [line for line in (GAZETTES / "pingjiang-2023-02.txt").read_text(encoding="utf-8").split("\n")[265:561]
            if line.strip() and not line.startswith("序号")]
HEADER = "序号\t县级主管部门\t事项名称\t实施机关\t设定和实施依据\t备注"
HEADER_VARIANTS = [HEADER, "序 号\t县级主管部门\t事项名称\t实施机关\t设定和实施依据\t备 注",
                   "序号\t县级主管部门\t\t事项名称\t实施机关\t设定和实施依据\t备注"]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(1, len(LICENCES) - 1), max_size=12, unique=True), st.randoms())
def test_page_breaks_anywhere_give_the_same_rows(breaks, rnd):
    def build(positions):
        out = [HEADER]
        for k, row in enumerate(LICENCES):
            if k in positions:
                out += ["", rnd.choice(["县政府办文件", "— 12 —", ""]), "", rnd.choice(HEADER_VARIANTS)]
            out.append(row)
        return "\n".join(out) + "\n"

    [baseline], _ = tables_of(build(set()))
    [shuffled], _ = tables_of(build(set(breaks)))
    assert shuffled.rows == baseline.rows
    assert len(baseline.rows) == 237


# A row printed without its leading empty cell (You County l.343-344) and a table whose first page
# omits a column the later pages print (l.891-893): cells are placed by the shape of the columns.
MISALIGNED = """工作任务\t\t工 作 事 项\t牵头单位\t责任单位
(二) 扩大有效投资\t6.大力开展项目攻坚三年行动\t重点实施“争资引项、项目招引”五大攻坚。\t高新区、县发改局\t
\t7.积极谋划重大项目\t围绕重大规划、重大战略加强项目策划。\t高新区、县发改局\t
\t8.加快信息基础设施建设\t加快5G网络规模化布局，新建5G基站130个。\t县科工信局\t县发改局等
\t9.全力激发民间投资活力\t全面落实国家发展改革委《关于进一步完善政策环境加大力度支持民间投资发展的意见》。\t县发改局\t县行政审批局
10.推进政府投资管理创新\t全面落实省投资管理“五举措”，推动政府投资项目审批改革。\t县发改局\t各相关部门
"""


def test_rows_missing_a_cell_are_aligned():
    [t], diags = tables_of(MISALIGNED)
    assert [r[:2] for r in t.rows][-1] == ("(二)扩大有效投资", "10.推进政府投资管理创新")
    assert t.rows[-1][3] == "县发改局"
    assert [d.code for d in diags] == ["table-row-realigned"]


def test_rows_of_printed_width_are_not_moved():
    [t], diags = tables_of(MISALIGNED.rsplit("\n", 2)[0] + "\n")
    assert not diags and [r[1] for r in t.rows] == ["6.大力开展项目攻坚三年行动", "7.积极谋划重大项目",
                                                    "8.加快信息基础设施建设", "9.全力激发民间投资活力"]


TABLE_CASES = Path(__file__).parent / "cases" / "tables"
TABLE_EXPECTED = json.loads((TABLE_CASES / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(k for k in TABLE_EXPECTED if not k.startswith("_")))
def test_table_kinds(name):
    """Page numbers and running heads together, long running heads, 小计 rows, merged parents in the
    last column, wrapped cells on lines of their own (also after a form feed), group rows without
    tabs, short group names, totals in any column, short captions between tables, unit lines,
    cells one per line with a cell missing, boxes and pipes, thousands separators, placeholders,
    negative figures (－3.2, (3.2)), totals named for what they add (收入合计), outline numbers
    (1, 1.1, 1.2), web tables with │ or ｜ bars; a case may state the columns' types too."""
    from generator.pipeline import parse_bytes
    result = parse_bytes((TABLE_CASES / name).read_bytes(), name)
    tables = [t for d in result.documents for t in d.tables]
    typed = [i for i, want in enumerate(TABLE_EXPECTED[name]) if "types" in want]  # (when the case states them)
    got = [{"rows": [list(r) for r in t.rows], "columns": [c.title for c in t.columns],
            "total": list(t.total) if t.total is not None else None,
            **({"unit": t.unit} if t.unit is not None else {}),
            **({"types": [c.type for c in t.columns]} if i in typed else {})} for i, t in enumerate(tables)]
    assert got == [{k: v for k, v in want.items() if k != "_why"} for want in TABLE_EXPECTED[name]]  # (_why: the reason)
    assert all(len({c.key for c in t.columns}) == len(t.columns) for t in tables)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([None, "1", "12", "安定镇", "2023年", "（一）", "福寿山镇（山区）", "65906", "-"]),
                min_size=1, max_size=8),
       st.integers(1, 4), st.lists(st.lists(st.sampled_from([None, "1", "安定镇", "2023年5月", "900"]),
                                             min_size=12, max_size=12), min_size=1, max_size=6))
def test_the_gap_of_a_short_row_goes_where_trying_every_place_puts_it(row, missing, printed):
    """``columns.align`` scores each place of the missing cells from running sums: it agrees with
    scoring every candidate row whole."""
    from generator.columns import align, fit_score, profile

    width = len(row) + missing
    shapes = profile([r[:width] for r in printed], width)
    candidates = [row[:p] + [None] * missing + row[p:] for p in range(len(row) + 1)]
    scores = [fit_score(c, shapes) for c in candidates]
    best = max(range(len(candidates)), key=lambda p: (scores[p], -p))
    expected = row if best == len(row) or scores[best] < scores[-1] + 1.0 else candidates[best]
    if not any(row):
        expected = row  # a row of empty cells is left as printed
    assert align(row, width, shapes) == expected


@pytest.mark.parametrize("header,cells,wraps", [
    (["序", "单位", "户籍人口", "参保任务"], ["号", None, "（人）", "（人）"], True),  # 序/号, units under titles
    (["序", "文件名称", "任务数"], ["号", None, "（人）"], True),
    (["乡镇", "村", "等次", "备注"], ["林城", "东村", "优秀", None], False),  # a first row of short names
    (["序号", "单位", "任务数"], [None, None, "（人）"], False),  # units alone: the units row's rule
    (["单位", "负责人", "联系人"], ["县财政局", "张三", "李四"], False),  # a data row of names
    (["序号", "单位", "任务数"], ["1", "城关镇", None], False),  # a row with its number
    (["序号", None, "任务数"], ["号", None, "（人）"], False),  # a merged parent: the header's own rule
    (["序号", "单位", "户数", "人口"], ["城区", None, None, None], False),  # a group's row under the header
    # a title's last word wrapped beside 号 or a unit (责任 over 单位); words alone are names
    (["序", "项目名称", "总投资", "年度计划", "责任"], ["号", None, "（万元）", "（万元）", "单位"], True),
    (["项目名称", "总投资", "完成", "责任"], [None, "（万元）", "时限", "单位"], True),
    (["乡镇", "村", "等次", "备注"], ["林城", "东村", None, None], False),
    (["序", "项目名称", "总投资", "责任"], ["号", "县城污水管网改造工程", None, None], False),  # (a name of five or more)
    (["序", "项目名称", "责任"], ["号", None, "单位"], True),  # (号 under 序, a title of one character)
    # near miss: a first row of names whose one character (男) stands under a longer title (性别)
    (["姓名", "性别", "民族", "备注"], ["李强", "男", "汉族", None], False),
    # a header over three lines (新改建 / 农村公路 / （公里））: a title's last word with its unit under it
    (["序", "乡镇", "新改建", "危桥改造", "安全防护"], ["号", None, "农村公路（公里）", "任务（座）", "设施（公里）"], True),
    (["序", "乡镇", "新改建", "备注"], ["号", None, "农村公路（公里）", None], True),
    # near misses: a name of five or more with its bracket; a row of names each with a note in brackets
    (["序", "项目名称", "总投资", "责任"], ["号", "县城污水管网改造（续建）", None, None], False),
    (["姓名", "性别", "单位", "备注"], ["李强（男）", "张敏（女）", None, None], False),
])
def test_header_wrapped_onto_a_second_line(header, cells, wraps):
    from generator.tablerows import wraps_header
    assert wraps_header(header, cells) is wraps


@pytest.mark.parametrize("raw, closed", [
    ([["序号", "单位", "金额", ""], ["1", "城关镇", "120", ""], ["", "青溪镇", "80", ""]], True),
    ([["续表"], ["序号", "单位", ""], ["1", "城关镇", ""]], True),  # (a line without a tab aside)
    # a title over the last two columns, the second header row filling them
    ([["序号", "乡镇", "2024年", ""], ["", "", "任务数", "完成数"], ["1", "城关镇", "120", "86"]], False),
    ([["序号", "单位", "金额", ""], ["1", "城关镇", "120"]], False),  # a row that does not end so
    ([["序号", "单位", ""]], False),  # one row: nothing to tell
])
def test_every_row_closed_by_a_tab(raw, closed):
    from generator.tablerows import closed_by_tabs
    assert closed_by_tabs(raw) is closed


@pytest.mark.parametrize("header, second, merged", [
    (["序号", "乡镇", "2023年", None, "2024年", None], [None, None, "任务数", "完成数", "任务数", "完成数"], True),
    (["序号", "乡镇", "任务数", None], [None, None, "参保人数", "资助人数"], True),  # the last title over two
    (["单位", "联络员", None, "备注"], [None, "姓名", "职务", None], True),  # an empty cell inside
    # a header ending with a tab over the first data row (its sub-rows under it): no parent
    (["单位", "联络员", "职务", None], ["县发改局", "李明", "副局长", None], False),
    (["序号", "单位", "联络员", "职务", None], [None, None, "李明", "副局长", None], False),
    (["单位", "联络员", "职务"], ["县发改局", "李明", "副局长"], False),
])
def test_a_title_over_several_columns_in_the_headers_first_row(header, second, merged):
    from generator.tablerows import has_merged_parent
    assert has_merged_parent(header, second) is merged


@pytest.mark.parametrize("prev,cells,completes", [
    # layout text: the row's figures on the wrapped cell's last line
    (["3", "县自然资源和规划局（含下", None, None], [None, "属事业单位）", "1,205", "—"], True),
    (["1", "青石县人民政府关于加强农村宅基地管理的通知", None, None], [None, None, "青政发〔2015〕12号", "宣布失效"], True),
    # a sub-row under a cell merged over rows: the row above is whole
    (["1", "城关镇", "A项目", "100"], [None, None, "B项目", "200"], False),
    # the cell above ended a sentence, or is a figure: this line's text is a cell of its own
    (["3", "完成整改。", None, None], [None, "建立长效机制", "5", "—"], False),
    (["3", "城关镇", "120", None], [None, "130", None, "已完成"], False),
    (["3", "县财政局", None, None], ["4", "县教育局", "12", "8"], False),  # a row with its own number
    # an item and its parts: the name above is whole (基本支出 / 其中：人员经费), a village under its town
    (["1", "基本支出", None], [None, "其中：人员经费", "120"], False),
    (["一般公共服务", "县人民政府办公室行政运行经费", None, None], [None, "县政务服务中心运行经费", "85.6", None], False),
    (["城关镇", "东村", None, None], [None, "西村", "98", "380"], False),
])
def test_row_completed_by_the_line_under_it(prev, cells, completes):
    from generator.rowjoins import completes_row
    assert completes_row(prev, cells) is completes


ROW = ["2", "涧池镇", "农村生活污水治理", "2024年12", "县生态环境"]


@pytest.mark.parametrize("prev, cells, cut", [
    (ROW, [None, None, "设施建设", "月底前", "局"], True),  # two cells cut: a date and a name
    (ROW, [None, None, None, "月底前", None], True),  # the date alone
    (["3", "蒲溪镇", "垃圾收运体系", "2024年10", "县住房和城乡"], [None, None, "建设", "月底前", "建设局"], True),
    (["1", "城关镇", "推进（含下", "长期", "县农业农村局"], [None, None, "属村组）", None, None], True),  # a bracket open
    (["1", "城关镇", "老旧小区改造", "2024年12月", "县住建局"], [None, None, None, "底前", None], True),  # cut after 月
    (["1", "城关镇", "老旧小区改造", "2024年6月", "县住建局"], [None, None, None, "上旬", None], True),
    (["1", "城关镇", "老旧小区改造", "2024年12月", "县住建局"], [None, None, None, "前期工作完成后", None], False),
    (["1", "城关镇", "老旧小区改造", "2024年12月", "县住建局"], [None, None, "二期", "2025年6月", None], False),
    # a sub-row under merged cells: whole cells of its own (a date in figures, a task)
    (["2", "涧池镇", "农村生活污水治理设施建设", "2024年12月底前", "县生态环境局"],
     [None, None, "村庄清洁行动", "2024年9月底前", "县农业农村局"], False),
    (ROW, [None, None, "建立长效管护机制", None, None], False),  # nothing visibly cut
    (ROW, [None, None, "设施建设", "2025年1月底前", "局"], False),  # a date of its own
    (ROW, [None, None, "1.设施建设", "月底前", "局"], False),  # an item numbered
    (["1", "城关镇", "1200", "3500"], [None, None, "300", "500"], False),  # figures
    (["1", "城关镇", "完成整改。", "2024年12"], [None, None, "复查", "月底前"], False),  # a sentence ended above
    (ROW, ["3", None, "设施建设", "月底前", "局"], False),  # the next 序号: a row
    # sub-rows under merged cells whose cells end as a cut one might (a review's excerpts): whole
    (["1", "未取得食品经营许可从事食品经营活动", "货值金额不足一万元的", "没收违法所得，并处五万元以上十万元以下罚款"],
     [None, None, "货值金额一万元以上的", "没收违法所得，并处货值金额十倍以上二十倍以下罚款"], False),  # cases ending in 的
    (["副组长", "张永和", "县人民政府副县长"], [None, "王芳", "县人民政府副县长"], False),  # a name ending in 和
    (["1", "城关镇", "祥和", "县教育局"], [None, None, "新民", "县财政局"], False),  # a village's
    (["1", "建立健全联席会议制度", "县人民政府办公室", "县直有关部门"],
     [None, "落实月调度机制", "县发展和改革局", "乡镇"], False),  # two characters that end a name
    (["1", "县城供水工程", "2024.6.30", "县水务局"], [None, "管网改造", "年底前", "县住房和城乡建设局"], False),  # a whole date
    (["1", "城关镇", "2023-2025", "县水务局"], [None, None, "年内完成", "县财政局"], False),
])
def test_a_row_whose_cells_the_wrap_cut(prev, cells, cut):
    from generator.rowjoins import cut_cells_row
    assert cut_cells_row(prev, cells) is cut


@pytest.mark.parametrize("prev, cells, placed", [
    (ROW, ["设施建设", "月底前", "局"], [None, None, "设施建设", "月底前", "局"]),
    (ROW, ["月底前", "局"], [None, None, None, "月底前", "局"]),
    (ROW, ["设施建设", None, "局"], [None, None, "设施建设", None, "局"]),
    (ROW, ["3", "木鱼镇", "生活垃圾分类", "2024年10月底前", "县住建局"], None),  # a whole row
    (ROW, ["木鱼镇", "生活垃圾分类收运", "2024年10月底前", "县住建局"], None),  # a row, its 序号 lost
    (ROW, ["木鱼镇", "垃圾分类", "月底前"], None),  # a town's name under a town's: a row's own
    (ROW, ["设施建设", "长效管护"], None),  # nothing visibly cut
])
def test_a_row_whose_cells_the_wrap_cut_its_leading_tabs_lost(prev, cells, placed):
    from generator.rowjoins import shifted_cut_cells
    assert shifted_cut_cells(prev, cells, 5) == placed


@pytest.mark.parametrize("text, untabbed", [
    ("一、\t总体要求", "一、 总体要求"),  # a word processor's numbering copied with its tab
    ("（一）\t指导思想。坚持绿水青山就是金山银山理念。", "（一） 指导思想。坚持绿水青山就是金山银山理念。"),
    ("1.\t科学规划。各乡镇要科学选择造林地块。", "1. 科学规划。各乡镇要科学选择造林地块。"),
    ("第一条\t为了促进城市绿化事业的发展，制定本办法。", "第一条 为了促进城市绿化事业的发展，制定本办法。"),
    ("附件：1．\t青溪县森林防火责任分解表", "附件：1． 青溪县森林防火责任分解表"),  # the attachments' list's first
    ("附 件：1.\t青溪县森林防火值班表", "附 件：1. 青溪县森林防火值班表"),
    ("附件：1．\t青溪县\t分解表", None),  # more than one cell after the number
    ("1\t安定镇\t120", None),  # a table's row: its number is a cell
    ("一、\t县发改局\t负责", None),  # more than one cell after the number
    ("序号\t单位", None),
    ("\t1.\t张三", None),  # a row whose first cell is empty
])
def test_a_tab_after_a_lists_number_is_no_cell(text, untabbed):
    from generator.gridprep import untab_markers
    from generator.model import Line
    from generator.normalize import fold

    line = Line(1, text, fold(text))
    (out,) = untab_markers([line])
    assert out.text == (untabbed or text) and out.key == line.key


@pytest.mark.parametrize("text, unframed", [
    ("┌────────┐\n│专栏1　重点工程　　│\n│1.县体育公园。     │\n└────────┘", ["专栏1　重点工程", "1.县体育公园。"]),
    # a table's rows: bars between cells, left as they are
    ("┌──┬──┐\n│序号│项目│\n│1   │公园│\n└──┴──┘", ["│序号│项目│", "│1   │公园│"]),
    # columns set with spaces in the box: each line keeps its indentation beyond the box's margin
    ("┌──────────────┐\n│ 序号   乡镇     任务 │\n│  1     城关镇   100  │\n│        合计     100  │\n└──────────────┘",
     ["序号   乡镇     任务", " 1     城关镇   100", "       合计     100"]),
    # framed lines without a rule over and under them: no box
    ("│专栏1　重点工程│\n│1.县体育公园。│", ["│专栏1　重点工程│", "│1.县体育公园。│"]),
])
def test_a_text_box_drawn_with_rules_loses_its_frame(text, unframed):
    from generator.grids import is_border
    from generator.gridprep import unframe_text_boxes
    from generator.model import Line
    from generator.normalize import fold

    lines = [Line(k + 1, t, fold(t)) for k, t in enumerate(text.split("\n"))]
    out = unframe_text_boxes(lines)
    assert [x.text for x in out if not is_border(x.text)] == unframed
    assert all(x.key == fold(x.text) for x in out)


@pytest.mark.parametrize("values, kind", [
    (["12", "1,200", "—"], "integer"),  # a placeholder for nothing, thousands separators
    (["1.3", "…", "-2.4", "×"], "number"),  # a statistical table's marks: … too small to count, × no figure belongs
    (["…", "……"], "string"),  # marks alone: no figure to type the column by
    (["9223372036854775807"], "integer"),  # the largest int64
    (["9223372036854775808"], "string"),  # one more: Arrow's int64 cannot hold it
    (["-9223372036854775809"], "string"),
    (["1" * 5000], "string"),  # past Python's own limit for reading an integer
    (["1.5", "2"], "number"),
    (["1" * 400 + ".5"], "string"),  # a float would be infinite
    (["007", "12"], "string"),  # a code with its leading zeros
    (["-0734", "12"], "string"), (["+0734", "1"], "string"),
    (["2024.4.18", "2024年5月6日", "2024-06-01"], "date"),  # dates however printed
    (["2024.4.18", "2024.4"], "string"),
])
def test_column_types_hold_what_is_printed(values, kind):
    from generator.columns import infer_type

    assert infer_type(values) == kind


def test_a_total_past_a_floats_range_is_said_not_a_crash():
    from generator.columns import _fmt

    assert _fmt(float("inf")) == "inf" and _fmt(12.0) == "12" and _fmt(1.5) == "1.5"


@pytest.mark.parametrize("rows", [
    ["序号\t重点任务", "1.\t推进城区老旧小区改造", "— 3 —", "2.\t完善农村供水设施"],  # a numbered column of two
    ["条款\t修改内容", "第三条\t将“三年”修改为“五年”"],
])
def test_a_tables_numbered_rows_keep_their_tabs(rows):
    """After a table's header (a row of another kind), numbered rows are the table's rows, also
    past a page number (a false-positive review's find)."""
    from generator.gridprep import untab_markers
    from generator.model import Line
    from generator.normalize import fold

    lines = [Line(n, text, fold(text)) for n, text in enumerate(rows, start=1)]
    assert [line.text for line in untab_markers(lines)] == rows


def test_a_caption_printed_in_the_grids_first_row_is_the_caption():
    from generator.pipeline import parse_bytes

    result = parse_bytes((TABLE_CASES / "caption_printed_in_the_grids_first_row.txt").read_bytes(), "c.txt")
    [table] = [t for d in result.documents for t in d.tables]
    assert table.caption == "2023年度县级重点工程项目表"


@pytest.mark.parametrize("text, unit", [
    ("单位：万元", "万元"),
    ("（单位：万元）", "万元"),
    ("金额单位：元", "元"),
    ("计量单位：人、万元", "人、万元"),
    ("单位: 亩", "亩"),
    ("（单位：万元，%）", "万元，%"),  # as printed: its full-width comma kept
    ("单位：安定镇", None),  # who filled a form in
    ("单位：（盖章）", None),
    ("单位：", None),
    ("填报单位：县财政局", None),
    ("各单位：", None),
])
def test_the_unit_a_line_says(text, unit):
    from generator.tablerows import unit_of
    assert unit_of(text) == unit


@pytest.mark.parametrize("caption, split", [
    ("2023年财政收支情况表　单位：万元", ("2023年财政收支情况表", "万元")),
    ("表2 补助资金明细（金额单位：元）", ("表2 补助资金明细", "元")),
    ("各单位联络员名单", ("各单位联络员名单", None)),
    ("重点任务分工（责任单位：县财政局）", ("重点任务分工（责任单位：县财政局）", None)),
    ("单位：万元", ("单位：万元", None)),  # a unit alone is no caption with a unit
])
def test_a_caption_that_prints_its_unit(caption, split):
    from generator.tablerows import caption_and_unit
    assert caption_and_unit(caption) == split


UNITS = Path(__file__).parent / "cases" / "tables" / "unit_at_the_captions_end_or_in_brackets_above.txt"
UNIT_IN_GRID = Path(__file__).parent / "cases" / "tables" / "caption_and_unit_on_one_tab_line.txt"


def test_a_unit_printed_in_the_grid_is_shown_with_the_table_and_one_above_it_is_not():
    """The unit line inside the table's lines is shown with the caption (it is no paragraph of
    the body); a unit line above the table stays a paragraph and is not shown twice."""
    from generator.bodymd import table_markdown
    from generator.pipeline import parse_bytes
    from generator.site.html import table_html

    grid = parse_bytes(UNIT_IN_GRID.read_bytes(), UNIT_IN_GRID.name).documents[0].tables[0]
    assert grid.unit_in_grid()
    assert "单位：万元" in table_html(grid) and "单位：万元" in table_markdown(grid)
    doc = parse_bytes(UNITS.read_bytes(), UNITS.name).documents[0]
    above = doc.tables[1]
    assert above.unit == "公里" and not above.unit_in_grid()
    assert "（计量单位：公里）" in [b.text for b in doc.blocks if b.kind == "paragraph"]
    assert "单位" not in table_html(above) and "单位" not in table_markdown(above)


@pytest.mark.parametrize("title, line, wrapped", [
    ("比上年增长", "（%）", True), ("增长率", "(％)", True), ("占全县比重", "（%）", True),
    ("比上年增长（%）", "（%）", False),  # the title has its unit already
    ("完成预算", "（万元）", False),  # the table's unit, printed under the header
    ("增减", "（单位：万元）", False), ("职务", "（排名不分先后）", False),  # a note
    ("职务", "（第一批）", False), ("责任单位", "（一）", False),  # a group's label
    ("绝对数", "（%）", False),  # no rate: the sign may be the next column's or a note's
])
def test_a_rate_whose_percentage_wrapped_under_the_header(title, line, wrapped):
    from generator.tablerows import wrapped_percent
    assert wrapped_percent(title, line) is wrapped


@pytest.mark.parametrize("values,expected", [
    (["4.6", "－4.1", "(2.5)", "（1,250.0）"], "number"),  # negatives printed with － or in brackets
    (["(1)", "(2)", "(3)"], "string"),  # items' numbers in brackets, not negatives
    (["3.2", "(12)"], "string"),  # a whole figure in brackets: a number, not a negative
    (["（1.1）", "（1.2）"], "string"),  # every value in brackets: labels
    (["1", "1.1", "1.2", "2", "2.1"], "string"),  # outline numbers: labels
    (["92", "92.5", "88", "90.5"], "number"),  # figures, one a whole number's neighbour
    (["1", "1.1", "2", "2.5"], "number"),  # 2.5 follows no 2.4 nor opens 2's items
])
def test_negative_figures_and_outline_numbers(values, expected):
    from generator.columns import infer_type
    assert infer_type(values) == expected


# A total named for what it adds up (收入合计) is the table's total only as its last row.
NAMED_TOTAL = """项目\t预算数\t执行数
一、税收收入\t500\t510
　增值税\t300\t320
二、非税收入\t200\t190
收入合计\t700\t700
"""


def test_a_named_total_closes_a_table_of_levels():
    [t], diags = tables_of(NAMED_TOTAL)
    assert t.total == ("收入合计", "700", "700") and len(t.rows) == 3 and diags == []
    [t], diags = tables_of(NAMED_TOTAL.replace("\t700\n", "\t710\n"))  # neither every row nor 一、二 adds up
    assert [d.code for d in diags] == ["table-total-mismatch"] and "执行数 totals 700" in diags[0].message
    middle = NAMED_TOTAL.replace("收入合计\t700\t700\n", "") + "收入合计\t700\t700\n三、转移收入\t50\t50\n"
    [t], _ = tables_of(middle)  # not the last row: a row of the table
    assert t.total is None and [r[0] for r in t.rows][-2:] == ["收入合计", "三、转移收入"]



# A named total printed first, over the items it adds up (收入合计 then 一、税收收入 …); near misses:
# a first row naming a total with another total-naming row under it (a summary of totals, each a
# row), a first row of items.
@pytest.mark.parametrize("text,total,first", [
    ("项目\t决算数\n收入合计\t700\n一、税收收入\t500\n二、非税收入\t200\n", "收入合计", "一、税收收入"),
    ("项目\t决算数\n一般公共预算收入总计\t700\n税收收入\t500\n非税收入\t200\n", "一般公共预算收入总计", "税收收入"),
    ("项目\t决算数\n收入合计\t700\n支出合计\t650\n收支结余\t50\n", None, "收入合计"),
    ("项目\t决算数\n收入合计\t700\n税收收入\t500\n非税收入\t200\n合计\t700\n", "合计", "收入合计"),
    ("项目\t决算数\n税收收入\t500\n收入合计\t700\n非税收入\t200\n", None, "税收收入"),
])
def test_a_named_total_printed_over_its_items(text, total, first):
    [t], _ = tables_of(text)
    assert (t.total[0] if t.total else None) == total and t.rows[0][0] == first


# A table's caption printed again over its rows after a page break, marked as going on; near misses:
# a group of 续建 projects, a sentence, a line too long for a caption.
@pytest.mark.parametrize("key,continued", [
    ("南浦县行政事业性收费目录清单(续)", True), ("表2(续)", True), ("南浦县2025年重点项目计划表(续表)", True),
    ("续表1南浦县2025年为民办实事项目表", True), ("续表二", True), ("表2(续)", True),
    ("接上表", True), ("(接上表)", True), ("接上页", True), ("表1城乡建设类项目表(接上表)", True),
    ("接上表所列项目", False), ("紧接上表", False),
    ("二、续建项目", False), ("(二)续建项目(15个)", False), ("上述项目将持续推进(续)。", False),
    ("继续表彰先进集体", False), ("续表1所列项目于年底前完成。", False),
    ("南浦县2025年县级财政专项资金分配及绩效目标表和县直部门项目支出预算明细表(续)", False),
])
def test_a_caption_printed_again_marked_continued(key, continued):
    from generator.runs import continued_caption
    assert continued_caption(key) is continued


# A row of an account printed in two sides (收入项目⇥预算数⇥支出项目⇥预算数) holding only its second
# side: no merged cells to fill from the row above; near misses: a row under a merged first cell
# (乡镇⇥项目名称⇥金额), a row with its first side printed, titles of two sides that differ.
@pytest.mark.parametrize("titles,cells,alone", [
    (["收入项目", "预算数", "支出项目", "预算数（2）"], [None, None, "四、农林水支出", "59000"], True),
    (["序号", "单位", "序号（2）", "单位（2）"], [None, None, "5", "县财政局"], True),
    (["乡镇", "项目名称", "金额"], [None, "饮水安全巩固提升", "80"], False),
    (["收入项目", "预算数", "支出项目", "预算数（2）"], ["三、上年结转", "3000", "三、卫生健康支出", "18900"], False),
    (["项目", "2024年", "指标", "2025年"], [None, None, "增长率", "5.1"], False),
    (["乡镇", "村", "户数", "人数"], [None, None, "120", "360"], False),
])
def test_a_row_holding_only_the_second_side_of_an_account(titles, cells, alone):
    from generator.rowcuts import second_half_alone
    assert second_half_alone(titles, cells) is alone


# A table of 科目编码 whose codes nest (201 over 20101 over 2010101): its total adds the rows of the
# first level; near misses: such a total that agrees with no reading, codes of one length (every
# row of the first level), a 序号 column, amounts of nesting digits that are not the first column.
CODES = "科目编码\t科目名称\t决算数\n201\t一般公共服务支出\t1400\n20101\t人大事务\t800\n2010101\t行政运行\t600\n" \
        "20102\t政协事务\t600\n205\t教育支出\t2600\n20502\t普通教育\t2100\n\t支出合计\t4000\n"


@pytest.mark.parametrize("text,mismatch", [
    (CODES, False),
    (CODES.replace("\t4000\n", "\t4100\n"), True),
    ("项目编码\t项目\t金额\n201001\t村道硬化\t300\n201002\t饮水安全\t200\n\t合计\t600\n", True),
    ("序号\t项目\t金额\n1\t村道硬化\t120\n2\t饮水安全\t1200\n\t合计\t120\n", True),
    ("项目\t金额\t户数\n村道硬化\t120\t30\n饮水安全\t1200\t40\n合计\t120\t70\n", True),
])
def test_a_total_of_nesting_codes_adds_their_first_level(text, mismatch):
    [t], diags = tables_of(text)
    assert t.total is not None and ([d.code for d in diags] == ["table-total-mismatch"]) is mismatch


@pytest.mark.parametrize("codes,top", [
    (["201", "20101", "2010101", "20102", "205"], [0, 4]),
    (["201", "202", "203"], None),  # (one level: every row)
    (["1", "2", "3"], None),  # (a row's number)
    (["120", "1200", "85"], None),  # (figures, not codes)
    (["2010101", "20103", "201"], [2]),
])
def test_the_first_level_of_nesting_codes(codes, top):
    from generator.subrows import first_level_codes
    assert first_level_codes([[c, "名称"] for c in codes]) == top


# A 科目编码 printed in columns of its parts (类⇥款⇥项): the total adds the rows printing no 款; near
# misses: a total agreeing with no reading, columns titled otherwise (序号⇥数量), every row with its 款.
CLASSES = "类\t款\t项\t科目名称\t预算数\n201\t\t\t一般公共服务支出\t1400\n201\t01\t\t人大事务\t800\n" \
          "201\t01\t01\t行政运行\t600\n205\t\t\t教育支出\t2600\n205\t02\t\t普通教育\t2100\n\t\t\t合计\t4000\n"


@pytest.mark.parametrize("text,mismatch", [
    (CLASSES, False),
    (CLASSES.replace("\t4000\n", "\t4100\n"), True),
    (CLASSES.replace("类\t款", "序号\t数量"), True),
])
def test_a_total_of_classes_adds_the_rows_without_their_kuan(text, mismatch):
    [t], diags = tables_of(text)
    assert t.total is not None and ([d.code for d in diags] == ["table-total-mismatch"]) is mismatch


def test_the_first_level_of_classes():
    from generator.subrows import first_level_of_classes
    rows = [["201", None, "一般公共服务支出"], ["201", "01", "人大事务"], ["205", None, "教育支出"]]
    assert first_level_of_classes(["类", "款", "科目名称"], rows) == [0, 2]
    assert first_level_of_classes(["序号", "数量", "项目"], rows) is None
    assert first_level_of_classes(["类", "款", "科目名称"], [r for r in rows if r[1]]) is None


# A whole figure in brackets in a column of changes (比上年增减, 差额) is a decrease, as accounts print
# it; near misses: the same figures under a title naming no change (a count, a mark), a column of
# words about the changes (增减原因), a growth rate column (增长（%））.
@pytest.mark.parametrize("title,values,kind,typed", [
    ("比上年增减", ["2100", "1300", "(200)"], "integer", "-200"),
    ("收支差额", ["500", "（80）"], "integer", "-80"),
    ("项目数", ["2100", "1300", "(200)"], "string", "(200)"),
    ("增减原因", ["(3)", "新增项目"], "string", "(3)"),
    ("比上年增长（%）", ["5", "(3)"], "string", "(3)"),
])
def test_a_whole_figure_in_brackets_in_a_column_of_changes(title, values, kind, typed):
    from generator.columns import infer_type
    from generator.figures import accounting_style, typed_figure
    assert infer_type(values, title) == kind
    assert typed_figure(values[-1] if "(" in values[-1] or "（" in values[-1] else values[0],
                        accounting_style(values, title)) == typed

# A row cut inside its long cell, the rest and the last cells on the next line; near misses: a row
# short of its last cell over a total's row, a sub-row's part (其中), a sub-row under merged cells.
@pytest.mark.parametrize("text,rows", [
    ("序号\t项目\t目标任务\t责任单位\n1\t就业创业\t城镇新增就业2800人，就业困难人员\n实现就业300人\t县人社局\n"
     "2\t教育提质\t新增学位600个\t县教育局\n",
     [["1", "就业创业", "城镇新增就业2800人，就业困难人员实现就业300人", "县人社局"], ["2", "教育提质", "新增学位600个", "县教育局"]]),
    ("序号\t项目\t目标任务\t资金\n1\t就业创业\t城镇新增就业2800人\t300\n2\t教育提质\t新增公办幼儿园学位\n合计\t900\n",
     [["1", "就业创业", "城镇新增就业2800人", "300"], ["2", "教育提质", "新增公办幼儿园学位", None]]),
    ("序号\t项目\t目标任务\t资金\n1\t就业创业\t城镇新增就业2800人\t300\n2\t教育提质\t新增公办幼儿园学位\n其中：新建幼儿园\t200\n",
     [["1", "就业创业", "城镇新增就业2800人", "300"], ["2", "教育提质", "新增公办幼儿园学位", None],
      ["2", "教育提质", "其中：新建幼儿园", "200"]]),
    ("序号\t项目\t建设内容\t责任单位\n1\t农村公路\t改造农村公路85公里\t县交通局\n\t\t实施危桥改造6座\t县交通局\n",
     [["1", "农村公路", "改造农村公路85公里", "县交通局"], ["1", "农村公路", "实施危桥改造6座", "县交通局"]]),
])
def test_a_row_cut_inside_a_cell_goes_on_on_the_next_line(text, rows):
    [t], _ = tables_of(text)
    assert [list(r) for r in t.rows] == rows


# A list printed in two halves side by side (序号⇥名称⇥序号⇥名称) is one list; near misses: two
# halves with a total row, titles that differ (项目⇥2023年⇥项目⇥2024年 under no repeated titles).
def test_a_list_in_two_halves_side_by_side():
    [t], _ = tables_of("序号\t单位\t序号\t单位\n1\t县法院\t3\t县税务局\n2\t县检察院\t\t\n")
    assert [c.title for c in t.columns] == ["序号", "单位"] and [r[1] for r in t.rows] == ["县法院", "县检察院", "县税务局"]
    [t], _ = tables_of("序号\t单位\t序号\t单位\n1\t县法院\t3\t县税务局\n2\t县检察院\t4\t县财政局\n合计\t2\t合计\t2\n")
    assert len(t.columns) == 4 and len(t.rows) == 2
    [t], _ = tables_of("项目\t金额\t科目\t金额\n税收收入\t500\t教育支出\t400\n非税收入\t200\t卫生支出\t300\n")
    assert len(t.columns) == 4 and len(t.rows) == 2


@pytest.mark.parametrize("key,word", [("合计(3个)", "合计"), ("小计(2项):", "小计"), ("合计:", "合计"),
                                      ("估计(2024年)", "估计"), ("合计(含上年结转资金)", "合计")])
def test_the_word_of_a_total_with_its_count(key, word):
    from generator.columns import total_word
    assert total_word(key) == word


@pytest.mark.parametrize("values,kind", [
    (["(3,770)", "(190)", "50"], "integer"),  # accounting style: (190) is negative beside (3,770)
    (["(1,250.00)", "(190)", "420.50"], "number"),
    (["12", "(5)", "210"], "string"),  # a whole figure in brackets alone: a mark or a count, text
    (["(3)", "(1)", None], "string"),  # footnote marks
    (["38620(3)", "25170"], "string"),  # a figure with its footnote's mark
    (["5.2%", "-3.2%", "12.5%"], "number"),  # percentages: the figures
    (["8.1％", "－7.4％", "—"], "number"),  # full-width signs, a placeholder
    (["100%", "95%"], "number"),  # rates, whole or not: numbers
    (["5.2%", "3.1"], "string"),  # a percentage beside a plain figure: which is which is unsaid
    (["%", "5%"], "string"),
    (["1、", "2、", "3、"], "integer"),  # rows' numbers with their marks
    (["1.", "2.", "3．"], "integer"),
    (["1、", "2", "3"], "integer"),
    (["1.", "2.5", "3."], "string"),  # a decimal among them: no row numbers
    (["1.", "1.1", "1.2"], "string"),  # outline numbers
    (["一、", "二、"], "string"),
    (["186.4亿元", "61.3亿元", "98.2亿元"], "number"),  # figures printed with one unit in the cell
    (["3.2万人", "1.5万人", "—"], "number"),
    (["12个", "1,205个", "-3个"], "integer"),
    (["186.4亿元", "61.3万元"], "string"),  # two units: which figure is which is unsaid
    (["186.4亿元", "61.3"], "string"),  # a figure without its unit beside one with it
    (["2024年", "2025年"], "string"),  # years: no unit of figures
    (["9月底", "10月底"], "string"),
    (["负责人", "联系人"], "string"),  # words ending as a unit does
])
def test_the_type_of_a_column_of_marked_figures(values, kind):
    from generator.columns import infer_type
    assert infer_type(values) == kind


@pytest.mark.parametrize("value,accounting,typed", [
    ("(190)", True, "-190"), ("(190)", False, "(190)"), ("（1,250.5）", False, "-1250.5"),
    ("12.5%", False, "12.5"), ("－3.2％", False, "-3.2"), ("1,205%", False, "1205"),
    ("1、", False, "1"), ("12．", False, "12"), ("1,200", False, "1200"), ("7", True, "7"),
    ("186.4亿元", False, "186.4"), ("1,205人", False, "1205"), ("－3.2万人", False, "-3.2"), ("负责人", False, "负责人"),
    # full-width thousands separators, as a text typed in full-width mode prints them
    ("12，345.60", False, "12345.60"), ("（706.70）", True, "-706.70"), ("（1，250）", False, "-1250"),
    ("1，205人", False, "1205"), ("1，205%", False, "1205"), ("12，34", False, "12，34"), ("1，2345", False, "1，2345"),
])
def test_a_typed_figure_is_the_printed_figure(value, accounting, typed):
    from generator.figures import typed_figure
    assert typed_figure(value, accounting) == typed


@pytest.mark.parametrize("text,clause", [
    ("城关镇            12，345.60     9，870.25", False),  # (a figure's thousands)
    ("合计              19，372.00    19，149.00", False),
    ("完成投资1，250万元，同比增长12.5%", True),  # (the second comma parts clauses)
    ("改造老旧小区12个，涉及居民1860户", True),
    ("2023，2024年", True),  # (four figures after it: no thousands)
    ("城关镇    1250    980", False),
])
def test_a_comma_parting_clauses_or_a_figures_thousands(text, clause):
    from generator.figures import clause_comma
    assert clause_comma(text) is clause



@pytest.mark.parametrize("prev,cells,continues", [
    # the rest of a row cut by the page: its cells go on
    (["5.农村公路提质改造", "完成农村公路提质改造50公里，做好沿线设施的", "县交通运输局"], [None, "同步建设。", None], True),
    ([None, "县财政局、县发改局、", "县住建局"], [None, "县自然资源局", None], True),  # (a list of organs leaves its 、 above)
    (["3", "湖南薪得易信息技术有限公司 湖南正美光电科技有限公司"], [None, "湖南佑辉光学科技有限公司 湖南发源地服装有限公司"], True),
    # rows of their own under a cell merged over both pages
    (["省重点民生项目", "2.提高医疗机构重症救治能力", "县卫健局"], [None, "3.城乡居民基本养老保险扩面", "县人社局"], False),
    (["一、健全责任体系", "1.政府领导责任", "乡镇主要负责人为第一责任人。"], [None, "2.行业部门监管责任", "…"], False),
    (["工作任务", "县城投中心", None], [None, "县天岳集团", None], False),
    (["帮扶救助", "办理法律援助案件280件。", "县司法局"], [None, "资助家庭经济困难学生1万人。", "县教育局"], False),
    (["民生实事项目", "4.开展妇幼健康守护行动", "完成1个县级妇幼保健机构标准化建设。", "县卫健局", None],
     [None, None, "农村适龄妇女“两癌”免费检查17000人。", "县妇联", "县财政局、县卫健局"], False),  # (a short name)
    # units named by their kind beside organs (各乡镇（街道）), under a list of them
    (["二、加强火灾隐患排查治理", "5.加强基层消防力量建设", "乡镇（街道）整合综合执法队开展消防工作。",
      "各乡镇（街道），县司法局、县应急管理局"], [None, None, "村（社区）至少明确1名工作人员负责消防工作。", "各乡镇（街道）"], False),
    (["三、实施精准消防宣传教育培训", "9.瞄准关键人群", "将消防安全知识纳入本行业相关人员培训课程内容。",
      "县委组织部、县委党校、县应急管理局、各行业主管部门"], [None, None, "组织消防安全检查业务培训。", "县消防救援大队"], False),
    # organs with the part each takes (牵头, 配合) under organs with theirs
    (["一、健全完善基层消防安全综合治理责任体系", "3. 单位法人主体责任", "定期发布消防信用“黑名单”。",
      "县消防救援大队牵头，县发改局、人民银行攸县支行配合"], [None, None, "鼓励企事业单位投保火灾公众责任险。",
                                                   "县消防救援大队牵头，各行业主管部门配合"], False),
    (["一、健全完善基层消防安全综合治理责任体系", "2. 行业部门监管责任", "对基层消防安全综合治理工作提供业务指导。",
      "各乡镇（街道），各行业主管部门、县消防救援大队等单位"], [None, None, "各行业主管部门按照“管行业必须管安全”要求履职。",
                                                     "各乡镇（街道）、各行业主管部门"], False),
    # a township under a township (units named by their places)
    (["负责统筹管辖范围内海绵城市建设，完成海绵城市任务目标", "汉昌街道"], [None, "天岳街道"], False),
    (["城区道路保洁", "城关镇"], [None, "南浦乡"], False),
    # near miss: a sentence that opens with such a unit, cut by the page
    (["二、加强火灾隐患排查治理", "5.加强基层消防力量建设", "乡镇（街道）整合综合执法队开展消防工作，",
      "各乡镇（街道），县司法局、县应急管理局"], [None, None, "各乡镇（街道）开展巡查。", None], True),
    (["合计", "12", "3"], [None, "15", "4"], False),  # numbers of its own
    # an item's number after a long cell that was cut (its list goes on) is no new item
    (["加强：1.完善制度建设，健全工作机制，明确职责分工，落实工作责任，强化督促检查，确保各项工作", "县财政局"],
     ["2.加强队伍建设", None], True),
])
def test_a_row_after_a_page_break_goes_on_or_stands_alone(prev, cells, continues):
    from generator.rowjoins import continues_row

    assert continues_row(prev, cells) == continues


EARLIER = [["一、强化安全监管", "排查重大隐患，确保按期整改到位。", "县安委办", "2023年12月底前"],
           ["一、强化安全监管", "开展消防安全专项整治。", "县消防救援大队", "2023年12月底前"]]


@pytest.mark.parametrize("prev,cells,continues", [
    # each of the two prints a value its column holds above: two rows' values
    (["一、强化安全监管", "严格落实“一单四制”管理，确保隐患清零。", "县安委办", "2023年12月底前"],
     [None, "按季度实行监管执法排名。", "县消防救援大队", "2023年12月底前"], False),
    # the rest of a cut cell is no value of its column
    (["一、强化安全监管", "严格落实“一单四制”管理，确保", "县安委办", "2023年12月底前"],
     [None, "隐患清零。", None, None], True),
    (["一、强化安全监管", "严格落实管理", "县安委办、县应急", "2023年12月底前"], [None, None, "管理局", None], True),
])
def test_a_row_after_a_page_break_with_the_columns_values(prev, cells, continues):
    from generator.rowjoins import continues_row

    assert continues_row(prev, cells, EARLIER) == continues


@pytest.mark.parametrize("values,expected", [
    # a group's parts: the part replaces the part before it and keeps its group
    (["一、县道提质改造", "（一）北部片区", "（二）南部片区"], [("一、县道提质改造", "（二）南部片区")]),
    # a group after parts ends them
    (["一、县道", "（一）北部", "二、通村公路"], [("二、通村公路",)]),
    # groups of one level: each replaces the one before (one column)
    (["（一）北部片区", "（二）南部片区"], [("（二）南部片区",)]),
    (["一、城区", "二、乡镇"], [("二、乡镇",)]),
    # a part with no group above it stands alone; a group's numeral in a cell of its own is of the first level
    (["（一）北部", "二、通村"], [("二、通村",)]),
    (["一 基础设施类", "（一）道路"], [("一 基础设施类", "（一）道路")]),
])
def test_groups_enter_at_their_outline_level(values, expected):
    from generator.tablegroups import enter_group
    path = ()
    for value in values:
        path = enter_group(path, value)
    assert [tuple(v for _, v in path)] == expected


def test_group_columns_one_or_two():
    from generator.tablegroups import group_cells
    assert group_cells([(), ()]) == ([], [[], []])
    assert group_cells([((1, "一、城区"),), ((1, "二、乡镇"),)]) == (["分组"], [["一、城区"], ["二、乡镇"]])
    assert group_cells([((1, "一、县道"), (2, "（一）北部")), ((1, "二、通村"),)]) == \
        (["分组", "子分组"], [["一、县道", "（一）北部"], ["二、通村", None]])


@pytest.mark.parametrize("cells,sums", [
    (["一、县道提质改造", None, "26.7", "8010"], True),
    (["（一）北部片区", None, "20.7", "6,210"], True),
    (["一、税收收入", "52000", "53180", "102.3"], False),  # a budget's item: its name's column filled
    (["一、城区街道", None, None, None], False),  # a group's row without sums (is_group's)
    (["（一）说明", None, "详见附件", None], False),  # words, not sums
    (["1", None, "12.5", "3750"], False),  # a row's number, no group's name
    (["1.城关", None, "12.5", "3750"], False),  # numbered below the groups' levels
])
def test_group_row_printing_its_sums(cells, sums):
    from generator.tablegroups import is_group_with_sums
    assert is_group_with_sums(cells, len(cells)) is sums


@pytest.mark.parametrize("cells,sums", [
    (["一", "产业发展", "1,260", "800", "300"], True),
    (["（二）", "基础设施", "940", None, "140"], True),
    (["一", "产业发展", None, None, None], False),  # a group's row without sums (is_numbered_group's)
    (["一", "产业发展", "详见附件", "800", None], False),  # words among the figures
    (["1", "白沙镇茶叶基地提质", "420", "300", "100"], False),  # a row's number
    (["一、产业发展", None, "1,260", "800", "300"], False),  # numeral and name in one cell (is_group_with_sums')
    (["一", "2024", "1,260", "800", "300"], False),  # a figure where the name stands
])
def test_group_numeral_alone_printing_its_sums(cells, sums):
    from generator.tablegroups import is_numeral_group_with_sums
    assert is_numeral_group_with_sums(cells, len(cells)) is sums


@pytest.mark.parametrize("cells,group", [
    ([None, "一、平原乡镇", None, None], True),
    ([None, "（二）山区乡镇"], True),  # its empty cells after it trimmed
    ([None, "城关镇", None, None], False),  # not numbered as a heading: a row's name
    ([None, "一、平原乡镇", "128", None], False),  # a cell after it
    (["一、平原乡镇", None, None, None], False),  # in the first column: is_group's
    ([None, "1.城关镇", None, None], False),  # numbered below the groups' levels
])
def test_group_row_beside_an_empty_number(cells, group):
    from generator.tablegroups import group_beside_an_empty_number
    assert group_beside_an_empty_number(cells, 4) is group


def test_rows_numbered():
    from generator.tablegroups import rows_numbered
    assert rows_numbered([["序号", "项目"], ["1", "a"], ["2", "b"]])
    assert not rows_numbered([["项目", "预算数"], ["一、税收收入", "52000"], ["增值税", "21000"]])


@pytest.mark.parametrize("line, furniture", [
    ("— 105 —", True), ("105", True), ("第105页", True), ("·105·", True), ("~ 24 ~", True), ("- 1 2 -", True),
    ("续表", True),
    # near misses: a cell's tail cut onto a line of its own
    ("（2023年版）", False), ("审批", False), ("·主要负责同志", False), ("105万元", False),
])
def test_page_numbers_among_a_tables_rows_in_every_form(line, furniture):
    from generator.tablerows import furniture_text

    assert furniture_text(line) is furniture


@pytest.mark.parametrize("nos, step", [
    ([10, 12, 14, 16], 2),  # a blank line under every row: printed double-spaced
    ([10, 12, 14, 19, 21, 23], 2),  # … and a page break among them
    ([10, 11, 12, 13], 1),
    ([10, 12, 13, 15], 1),  # a blank line between two rows of a table printed single-spaced
    ([10, 12, 14], 1),  # too few rows to tell
    ([10, 12, 17, 19, 25], 1),  # page breaks, not a spacing
])
def test_the_step_between_a_tables_rows(nos, step):
    from generator.rowcuts import row_step

    assert row_step(nos) == step


def test_the_step_of_a_double_spaced_table_leaves_its_page_furniture_aside():
    """The rows of a table printed double-spaced, a page's number and running head (single lines,
    each a line apart or none) among them: the step between its rows is still 2."""
    from generator.model import Block
    from generator.tables import build_table

    rows = [("序号", "事项", "责任单位"), ("1", "压实监管责任", "县消防救援大队"), ("", "督促指导", "各行业主管部门"),
            ("2", "加强力量建设", "各乡镇"), ("", "明确专人负责", "各乡镇"), ("— 3 —",), ("松岭县人民政府公报 2024年第5期",),
            ("3", "实施常态宣传", "县融媒体中心"), ("", "推进应急广播", "县融媒体中心")]
    nos = (10, 12, 14, 16, 18, 19, 20, 22, 24)
    table, _ = build_table("t", Block("table", "", 10, 24, rows=tuple(rows), row_lines=nos, breaks=(20,)), None, None)
    assert [r[1] for r in table.rows] == ["压实监管责任", "督促指导", "加强力量建设", "明确专人负责", "实施常态宣传", "推进应急广播"]


def _lines(*texts):
    from generator.model import Line
    from generator.normalize import fold
    return [Line(no, text, fold(text)) for no, text in enumerate(texts, start=1)]


@pytest.mark.parametrize("texts,span", [
    # 2 / its name / its unit, four figures dropped, then row 3 under seven titles: three lines
    (("2", "松岭中学综合楼建设项目", "县教育局", "3", "农村公路提质改造工程", "1850"), 3),
    (("2", "松岭中学综合楼建设项目", "3", "农村公路提质改造工程"), 2),  # the name alone
    # near misses: a number among a paragraph's lines; a number before a figure (a cell, no row)
    (("2", "各单位要加强项目调度，确保按期完工。", "3", "农村公路提质改造工程"), None),
    (("2", "松岭中学综合楼建设项目", "3", "1850", "800"), None),
    (("2", "松岭中学综合楼建设项目", "县教育局", "新建", "4"), None),  # no next number: no span
])
def test_a_row_printed_one_cell_a_line_without_its_figures(texts, span):
    from generator.grids import _span_of_a_row_without_its_figures
    assert _span_of_a_row_without_its_figures(_lines(*texts), 0, 7, "3") == span


@pytest.mark.parametrize("row,placed", [
    # a name as long as the column's figures goes to the names' column, not the figures'
    (["2", "松岭中学综合楼建设项目", "县教育局"], ["2", "松岭中学综合楼建设项目", None, "县教育局"]),
    # a figure missing its name's cell stays where its figures are (near miss: left as printed)
    (["4", "县人民医院门诊楼项目", "4100"], ["4", "县人民医院门诊楼项目", "4100"]),
])
def test_words_as_long_as_a_columns_figures_are_no_figures(row, placed):
    from generator.columns import align, profile
    shapes = profile([["1", "县城污水处理厂扩建工程", "3200", "县住建局"],
                      ["3", "农村公路提质改造工程", "1850", "县交通运输局"]], 4)
    assert align(row, 4, shapes) == placed


_FULL_ROWS = [("1", "城关镇", "12500", "2024年9月底"), ("3", "石门乡", "5400", "2024年9月底")]


@pytest.mark.parametrize("texts,pages,beside,found", [
    (("2", "河口镇", "8600", "7", "2024年9月底"), (), (), 3),  # the page's number fits nowhere
    (("2", "河口镇", "7", "8600", "2024年9月底"), (), (), 2),
    (("2", "河口镇", "8600", "7", "2024年9月底"), (6,), (), 3),  # one page after — 6 —
    (("2", "河口镇", "12", "8600", "2024年9月底"), (), (2,), 2),  # printed over the running head
    (("2", "河口镇", "12", "8600", "2024年9月底"), (), (2, 3), 2),  # the running head between them
    # near misses: a cell wrapped onto a line of its own; a row as long as the header; a number
    # that fits as well as the figure beside it and no cue to tell them apart
    (("2", "河口镇", "8600", "2024年9月底前", "完成"), (), (), None),
    (("2", "河口镇", "8600", "2024年9月底"), (), (), None),
    (("2", "河口镇", "8600", "5400", "2024年9月底"), (), (), None),
    # a cell wrapped onto two lines makes the line too many: the figure stays, cued or not
    (("3", "城关镇（含原石门乡、", "白沙片区）", "6", "2024年9月底"), (), (), None),
    (("3", "城关镇（含原石门乡、", "白沙片区）", "6", "2024年9月底"), (5,), (), None),
    (("3", "城关镇、河口镇、", "白沙镇", "6", "2024年9月底"), (), (), None),
])
def test_a_bare_page_number_among_cells_printed_one_a_line(texts, pages, beside, found):
    from generator.flatpages import PageCues, page_number_among_cells
    cells = _lines(*texts)
    cues = PageCues(tuple((cells[0].no - 1, page) for page in pages), frozenset(cells[x].no for x in beside))
    assert page_number_among_cells(cells, _FULL_ROWS, 4, cues) == found


@pytest.mark.parametrize("texts,after", [
    (("7", "序号", "乡镇", "任务数（人）", "3", "石门乡"), 4),  # the page's number over the header again
    (("序号", "乡镇", "任务数（人）", "3"), 3),
    (("7", "单位：人", "3"), 2),  # the unit line over the next page's rows
    (("7", "单位：人", "序号", "乡镇", "任务数（人）", "3"), 5),
    # near misses: a bare number alone (a cell, the next row's number); a header cut short
    (("7", "3", "石门乡"), None),
    (("3", "石门乡", "5400"), None),
    (("7", "序号", "乡镇", "3"), None),
])
def test_the_top_of_a_page_among_rows_printed_one_cell_a_line(texts, after):
    from generator.flatpages import past_a_page_top
    assert past_a_page_top(_lines(*texts), 0, ["序号", "乡镇", "任务数(人)"]) == after


@pytest.mark.parametrize("texts,beside,found", [
    (("序号", "乡镇", "7", "任务数（人）", "1"), (2,), {2}),  # over the running head, inside the header
    (("序号", "乡镇", "任务数（人）", "8", "1"), (), {3}),  # right over the first row's 1
    # near misses: years as the titles; a number inside the header without the page's furniture
    (("序号", "乡镇", "2022", "2023", "1"), (3,), set()),
    (("序号", "乡镇", "7", "任务数（人）", "1"), (), set()),
])
def test_a_page_number_among_the_titles_of_a_header_printed_one_a_line(texts, beside, found):
    from generator.flatpages import PageCues, page_numbers_in_the_header
    lines = _lines(*texts)
    cues = PageCues((), frozenset(lines[x].no for x in beside))
    assert page_numbers_in_the_header(lines, cues, 14) == found


@pytest.mark.parametrize("values,beside,cells", [
    (("26500",), (), ("合计", "", "26500", "")),  # under the column of figures, not at the row's end
    (("8", "26500"), (0,), ("合计", "", "26500", "")),  # the page's number over the running head
    # near misses: a number not beside the page's furniture; more figures than columns of figures
    (("8", "26500"), (), ("合计", "", "8", "26500")),
    (("26500", "3", "1"), (), ("合计", "26500", "3", "1")),
])
def test_a_flat_tables_total_under_its_columns_of_figures(values, beside, cells):
    from generator.flatpages import PageCues, total_cells
    lines = _lines("合计", *values)
    cues = PageCues((), frozenset(lines[1 + x].no for x in beside))
    rows = [("1", "城关镇", "12500", "2024年9月底"), ("2", "河口镇", "8600", "2024年9月底")]
    assert total_cells(lines[0], lines[1:], rows, 4, cues) == cells


@pytest.mark.parametrize("marks,value,cued", [
    (((10, 6),), 7, True),  # the page after — 6 — above it
    (((10, 6), (40, 8)), 7, True),
    (((40, 8),), 7, True),  # the page before — 8 — below it
    # near misses: the figure 6 over — 6 — (and — 7 — after it); two pages away
    (((40, 6), (80, 7)), 6, False),
    (((10, 4),), 6, False),
    ((), 6, False),
])
def test_a_bare_number_in_sequence_with_the_nearest_page_marks(marks, value, cued):
    from generator.flatpages import PageCues, _cued
    from generator.model import Line
    assert _cued(Line(20, str(value), str(value)), PageCues(marks, frozenset())) == cued


@pytest.mark.parametrize("keys, years", [
    (["乡镇", "2022", "2023"], {1, 2}),
    (["乡镇", "2020", "2025", "2030"], {1, 2, 3}),  # a plan's targets, five years apart
    (["乡镇", "2022年", "2023", "2024"], {2, 3}),
    (["乡镇", "2024"], set()),  # a year alone
    (["乡镇", "2023", "2021"], set()),  # out of order
    (["乡镇", "1986", "2035"], set()),  # figures far apart
    (["乡镇", "7", "8"], set()),  # page numbers
    (["乡镇", "125600", "132800"], set()),
    (["2022", "乡镇", "2023"], set()),  # not side by side
])
def test_year_titles(keys, years):
    from generator.yeartitles import year_titles
    assert year_titles(keys) == years


def test_a_row_of_figures_under_no_header_keeps_its_numbered_columns():
    """Near miss of bare years as titles: figures that are no years in a row open no header."""
    [t], _ = tables_of("城关镇\t1986\t2035\n河口镇\t1870\t1920\n")
    assert [c.title for c in t.columns] == ["列1", "列2", "列3"]


_ROW_3 = "   3     石门乡集镇至茶园村公路        石门乡         5.1          450"
_ROW_4 = "   4     白沙镇大桥至枫林村公路        白沙镇         2.8          260"


@pytest.mark.parametrize("texts, page", [
    ([_ROW_3, " " * 37 + "8", _ROW_4], True),  # centred between rows 3 and 4
    ([_ROW_3, " " * 30 + "8", _ROW_4], True),  # under a column
    ([_ROW_3, "    石门乡", " " * 37 + "8", _ROW_4], True),  # under a cell's wrapped end
    ([_ROW_3, " " * 37 + "8", _ROW_4.replace("   4 ", "   1 ")], False),  # a second table's first row
    ([_ROW_3, " " * 37 + "8", "    白沙镇大桥至枫林村公路        白沙镇"], False),  # no row under it
    ([_ROW_3, "   8", _ROW_4], False),  # not indented: the first column's
    ([_ROW_3, " " * 70 + "8", _ROW_4], False),  # past the lines' ends
    ([_ROW_3, " " * 37 + "2024", _ROW_4], False),  # four digits
])
def test_page_number_between_spaced_rows(texts, page):
    from generator.model import Line
    from generator.spacedpages import page_number_between_rows
    lines = [Line(no, text, text.strip()) for no, text in enumerate(texts, 1)]
    k = next(k for k, line in enumerate(lines) if line.key.isdigit())
    assert page_number_between_rows(lines, k) == page


_FLAT_HEAD = ("序号", "乡镇", "任务数（人）", "完成时限")


@pytest.mark.parametrize("cells, first, last", [
    # the page's bare number in the first row, told by the rows after it; in the last row, told by
    # the line under it that fits the dates' column where the number stood
    (("1", "城关镇", "7", "12500", "2024年9月底", "2", "河口镇", "8600", "2024年9月底",
      "3", "石门乡", "5400", "2024年9月底", "4", "青山乡", "3900", "8", "2024年10月底", "各乡镇要明确专人负责。"),
     ("1", "城关镇", "12500", "2024年9月底"), ("4", "青山乡", "3900", "2024年10月底")),
    # near misses: two numbers that fit as well (the first row stays as printed, its extra line
    # joined); a figure under a column of figures after the last row is no cell of it
    (("1", "城关镇", "7", "8", "2024年9月底", "2", "河口镇", "6", "2024年9月底",
      "3", "石门乡", "5", "2024年9月底", "4", "青山乡", "9", "2024年10月底"),
     ("1", "城关镇", "7", "8 2024年9月底"), ("4", "青山乡", "9", "2024年10月底")),
    (("1", "城关镇", "125", "96", "2", "河口镇", "86", "90", "3", "石门乡", "54", "57",
      "4", "青山乡", "39", "9", "12", "各乡镇要明确专人负责。"),
     ("1", "城关镇", "125", "96"), ("4", "青山乡", "39", "9")),
])
def test_the_pages_bare_number_in_a_flat_tables_first_or_last_row(cells, first, last):
    from generator.grids import flat_table
    head = _FLAT_HEAD if "2024年9月底" in cells else ("序号", "乡镇", "户数", "人数")
    found = flat_table(_lines(*head, *cells), 0)
    assert found.rows[1] == first and found.rows[-1] == last


def test_an_attachment_heading_printed_again_over_its_tables_header():
    """附件1 printed again at a page's top over its table's header: one attachment, one table;
    附件2 over the same header after the next page break opens the second attachment."""
    from generator.pipeline import parse_bytes
    name = "attachment_heading_printed_again_over_the_header_after_a_page_break.txt"
    text = (TABLE_CASES / name).read_text(encoding="utf-8")
    [doc] = parse_bytes(text.encode(), name).documents
    assert [(a.number, a.first, a.last) for a in doc.attachments] == [(1, 12, 25), (2, 26, 29)]
    # near miss: 附件1 again over another header (a second table of the attachment) is kept
    other = text.replace("附件1\n序号\t项目名称\t牵头单位\t完成时限\n4", "附件1\n序号\t单位\t联络员\t联系电话\n1")
    [doc] = parse_bytes(other.encode(), name).documents
    assert len(doc.tables) == 3 and [b.first for b in doc.blocks if b.kind == "attachment"] == [12, 20, 26]


@pytest.mark.parametrize("texts,over", [
    (("3\t城乡居民医保参保\t县医保局\t2024年12月底", "7", "附件"), True),  # the page's number, bare
    # near misses: the next row's number (cells lost); no table row above; a figure too long for a page
    (("3\t城乡居民医保参保\t县医保局\t2024年12月底", "4", "附件"), False),
    (("各乡镇要明确专人负责。", "7", "附件"), False),
    (("3\t城乡居民医保参保\t县医保局\t2024年12月底", "2024", "附件"), False),
])
def test_an_attachment_heading_under_the_pages_bare_number(texts, over):
    from generator.linekinds import bare_page_number_over
    lines = _lines(*texts)
    kinds = ["table_row" if "\t" in line.text else "text" for line in lines]
    assert bare_page_number_over(lines, kinds, 2) == over


@pytest.mark.parametrize("text,caption", [
    ("表1　2024年一季度全县主要经济指标", True),
    ("附表2　资助人数", True),
    ("表12　南浦县各乡镇人口", True),
    ("表2中数据显示，各乡镇经济增长较为均衡", False),  # a sentence on the table
    ("表明，全县经济运行总体平稳", False),
    ("表1所列项目应当于2024年底前完成。", False),
])
def test_a_table_caption_by_its_number(text, caption):
    from generator.normalize import fold
    from generator.wraps import is_caption
    assert is_caption(fold(text)) is caption


def test_a_numbered_caption_under_the_table_or_over_the_next():
    from generator.model import Block
    from generator.tablecontext import caption_under
    table = Block("table", "", 10, 13)
    caption = Block("heading", "表1　2024年一季度主要经济指标", 14, 14)
    text = Block("paragraph", "一季度，全县经济运行总体平稳。", 16, 16)
    assert caption_under((table, caption, text), 0) == "表1 2024年一季度主要经济指标"
    assert caption_under((table, caption, Block("table", "", 15, 18)), 0) is None  # the next table's
    assert caption_under((table, Block("heading", "二、财政", 14, 14), text), 0) is None  # not numbered


@pytest.mark.parametrize("values,unit", [
    (["186.4亿元", "61.3亿元", None, "—"], "亿元"),
    (["12人次", "3人次"], "人次"),
    (["3.2万人", "12人"], None),  # two units
    (["186.4亿元", "61.3"], None),
    (["城关镇", "河口镇"], None),  # words: no figure
    (["2024年9月底"], None),
])
def test_the_unit_every_figure_of_a_column_is_printed_with(values, unit):
    from generator.figures import unit_in_cells
    assert unit_in_cells(values) == unit


# A header of three levels: the third row names every column under the second's groups, its first
# cell empty; near misses: a second row naming every column (no group over several), a third row
# with a figure or its first cell filled (a data row), a row narrower than the second.
@pytest.mark.parametrize("second,cells,third", [
    ([None, "收入", None, "支出", None], [None, "预算数", "执行数", "预算数", "执行数"], True),
    ([None, "收入", "支出"], [None, "预算数", "执行数"], False),
    ([None, "收入", None, "支出", None], [None, "1200", "1180", "900", "880"], False),
    ([None, "收入", None, "支出", None], ["城关镇", "预算数", "执行数", "预算数", "执行数"], False),
    ([None, "收入", None, "支出", None], [None, "预算数", "执行数"], False),
    # a second row's title of one column printed over both lower rows: its cell under it empty
    (["结果维持", "结果纠正", "总计", "未经复议直接起诉", None, "复议后起诉", None],
     [None, None, None, "结果维持", "总计", "结果维持", "总计"], True),
    ([None, None, "自然人", "法人或其他组织", None, None, "总计"], [None, None, None, "商业企业", "科研机构", "其他", None], True),
    # …the row shorter for it, its trailing tabs lost
    ([None, None, "自然人", "法人或其他组织", None, None, "总计"], [None, None, None, "商业企业", "科研机构", "其他"], True),
    # …but not under a title over several columns
    ([None, None, "自然人", "法人或其他组织", None, None, "总计"], [None, None, None, "商业企业", None, "其他", None], False),
])
def test_a_headers_third_row(second, cells, third):
    from generator.tablerows import third_header_row
    assert third_header_row(second, cells) is third


@pytest.mark.parametrize("header,second,titles", [
    (["乡镇", "一般公共预算", None, None, None, "政府性基金预算", None], [None, "收入", None, "支出", None, "收入", "支出"],
     ["乡镇", "一般公共预算/收入", "一般公共预算/收入", "一般公共预算/支出", "一般公共预算/支出", "政府性基金预算/收入",
      "政府性基金预算/支出"]),
    (["项目", "本年", None, "备注"], [None, "预算", "执行", None], ["项目", "本年/预算", "本年/执行", "备注"]),
])
def test_a_headers_first_two_levels_as_one(header, second, titles):
    from generator.tablerows import two_levels_as_one
    assert two_levels_as_one(header, second) == titles


# A merged header cell printed in every cell it spans (收入⇥收入 over 预算数⇥执行数, 乡镇 over 乡镇):
# each title once; near misses: no title repeated side by side, the second row repeating the title
# under it (no part of its own) or naming one part twice.
@pytest.mark.parametrize("header,second,spans", [
    (["乡镇", "收入", "收入", "支出", "支出"], ["乡镇", "预算数", "执行数", "预算数", "执行数"],
     (["乡镇", "收入", None, "支出", None], [None, "预算数", "执行数", "预算数", "执行数"])),
    (["乡镇", "收入", "支出"], ["乡镇", "预算数", "执行数"], None),
    (["乡镇", "收入", "收入"], [None, "收入", "执行数"], None),
    (["乡镇", "收入", "收入"], [None, "金额", "金额"], None),
])
def test_a_merged_title_printed_in_every_cell_it_spans(header, second, spans):
    from generator.tablerows import spanned_by_repeats
    assert spanned_by_repeats(header, second) == spans


# A tail wrapped onto a line of its own goes to the row's longest cell of words: a figure takes no
# words (代表⇥220⇥97.7 over 工作); near misses: a date's rest goes to the date, a row of figures
# alone takes the tail in its longest cell.
@pytest.mark.parametrize("row,tail,target", [
    (["代表", "220", "215", "97.7"], "工作", 0),
    (["1", "县城污水管网", "12,600", "2025年12"], "月底前", 3),
    (["城关镇", "1,234.56", "(1,250)", "—"], "镇", 0),
    (["12600", "4500"], "万元", 0),
])
def test_the_cell_a_wrapped_tail_belongs_to(row, tail, target):
    from generator.tablerows import wrapped_cell
    assert wrapped_cell(row, tail) == target


@pytest.mark.parametrize("texts, kinds, between", [
    (["| 2 | 南江镇 |", "6", "| 3 | 长寿镇 |"], ["box_row", "text", "box_row"], True),  # the page's number, bare
    (["│2│南江镇│", "12", "│3│长寿镇│"], ["box_row", "text", "box_row"], True),
    # near misses: a number under the box's last row (text after the table), a year, a number of zeros
    (["| 2 | 南江镇 |", "6", "请各乡镇抓好落实。"], ["box_row", "text", "text"], False),
    (["| 2 | 南江镇 |", "20245", "| 3 | 长寿镇 |"], ["box_row", "text", "box_row"], False),
    (["| 2 | 南江镇 |", "06", "| 3 | 长寿镇 |"], ["box_row", "text", "box_row"], False),
])
def test_a_bare_page_number_between_rows_of_pipes_or_a_box(texts, kinds, between):
    from generator.grids import between_box_pieces
    from generator.model import Line
    from generator.normalize import fold
    lines = [Line(no, t, fold(t)) for no, t in enumerate(texts, 1)]
    assert between_box_pieces(lines, kinds, 1) is between


# A header's first row of one title over its parts (申请人情况 over 自然人⇥法人或其他组织⇥…⇥总计), beside
# an empty first cell or a note on the column in brackets; near misses: two titles, a note
# unbracketed (a sentence), a second row of one part or of figures, a part left of the title.
_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"


@pytest.mark.parametrize("cells,second,over", [
    ([_NOTE, None, None, "申请人情况", None, None, None], [None, None, None, "自然人", "法人或其他组织", None, "总计"], True),
    ([None, "申请人情况", None, None], [None, "自然人", "法人或其他组织", "总计"], True),
    ([None, "申请人情况", None, "其他", None], [None, "自然人", "法人或其他组织", "总计", None], False),
    (["本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和", "申请人情况", None], [None, "自然人", "总计"], False),
    ([None, "申请人情况", None, None], [None, "自然人", None, None], False),
    ([None, "申请人情况", None, None], [None, "12", "3", "15"], False),
    ([None, None, "申请人情况", None], ["项目", None, "自然人", "总计"], False),
])
def test_a_title_alone_over_its_parts(cells, second, over):
    from generator.headerlevels import title_over_parts
    assert title_over_parts(cells, second) is over


_ANTIWORD = "|序号|项目名称          |总投资（万元）|\n|1   |城区污水管网改造工|12000         |\n|    |程                |              |\n|2   |县人民医院综合楼  |15000         |\n"


@pytest.mark.parametrize("text, names", [
    # rows in ASCII pipes with no alignment rule (antiword): a cell's wrapped end on the line under it
    (_ANTIWORD, ["城区污水管网改造工程", "县人民医院综合楼"]),
    # a Markdown table (its alignment rule under the header): each line a row, as printed
    ("| 序号 | 项目名称 | 总投资（万元） |\n| --- | --- | --- |\n| 1 | 城区污水管网改造工 | 12000 |\n|  | 程 |  |\n"
     "| 2 | 县人民医院综合楼 | 15000 |\n", ["城区污水管网改造工", "程", "县人民医院综合楼"]),
])
def test_cells_wrapped_in_ascii_pipes(text, names):
    [t], _ = tables_of(text)
    assert [r[1] for r in t.rows] == names
