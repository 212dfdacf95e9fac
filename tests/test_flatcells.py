"""The last row of a table printed one cell a line whose last cells are a date or an organ (generator/flatcells.py)."""

import pytest

from generator.flatcells import date_of_its_column, named_by_its_header
from generator.model import Line
from generator.normalize import fold

ROWS = [("1", "县财政局", "是", "2024年3月20日"), ("2", "县教育局", "否", "2024年6月30日")]


def _lines(texts):
    return [Line(no, text, fold(text)) for no, text in enumerate(texts, start=1)]


@pytest.mark.parametrize("texts, rows, cell", [
    # the row's date over the document's signature and date
    (["3", "县水利局", "是", "2024年3月25日", "松岭县人民政府办公室", "2024年4月2日"], ROWS, True),
    (["3", "县水利局", "是", "2024年3月25日", "中共松岭县委办公室", "松岭县人民政府办公室", "2024年4月2日"], ROWS, True),
    # near misses: the last date of the text (the document's, its signature lost), a column of other
    # cells, one row above, no date
    (["3", "县水利局", "是", "2024年4月2日"], ROWS, False),
    (["3", "县水利局", "是", "2024年3月25日", "松岭县人民政府办公室", "2024年4月2日"],
     [("1", "县财政局", "是", "已完成"), ("2", "县教育局", "否", "未完成")], False),
    (["3", "县水利局", "是", "2024年3月25日", "松岭县人民政府办公室", "2024年4月2日"], ROWS[:1], False),
    (["3", "县水利局", "是", "长期坚持", "松岭县人民政府办公室", "2024年4月2日"], ROWS, False),
])
def test_a_date_under_a_column_of_dates_is_the_last_rows_cell(texts, rows, cell):
    assert date_of_its_column(_lines(texts), 3, rows, 3) is cell


LISTED = ("序号", "成文日期", "发文机关", "文号", "文件名称")
TASKS = ("序号", "责任单位", "是否完成", "完成时间")


@pytest.mark.parametrize("texts, k, header, cell", [
    # a list of documents' last row: its date, its organ, under the header's 成文日期, 发文机关
    (["3", "2021年9月1日", "南浦县人民政府", "南政发〔2021〕15号", "关于印发《南浦县农村建房管理办法》的通知"], 1, LISTED, True),
    (["3", "2021年9月1日", "南浦县人民政府", "南政发〔2021〕15号", "关于印发《南浦县农村建房管理办法》的通知"], 2, LISTED, True),
    # the organ over a date under a column of dates (序号 / 文件名称 / 发文机关 / 成文日期 / 备注)
    (["3", "关于…的通知", "南浦县财政局", "2021年9月1日", "废止"], 2, ("序号", "文件名称", "发文机关", "成文日期", "备注"), True),
    # near misses: the header's last column (the document's date where the row's cell was left empty),
    # a date over a date, the signature over its date, a date under 文件名称, a sentence
    (["3", "县水利局", "是", "2024年4月2日"], 3, TASKS, False),
    (["3", "2021年9月1日", "2021年9月5日"], 1, LISTED, False),
    (["3", "县水利局", "松岭县人民政府办公室", "2024年4月2日"], 2, ("序号", "责任单位", "牵头单位", "备注"), False),
    (["3", "南浦县财政局", "2021年9月1日"], 1, ("序号", "文件名称", "文号", "备注"), False),
    (["3", "本决定自公布之日起施行。"], 1, LISTED, False),
])
def test_a_date_or_an_organ_named_by_its_header_is_the_last_rows_cell(texts, k, header, cell):
    assert named_by_its_header(_lines(texts), k, header, k) is cell


_TASKS = [("2", "实施农村饮水安全巩固提升工程", "县水利局", "县卫健局", "2024年10月底"),
          ("4", "开展城乡环境综合整治", "县城管局", "县直各单位", "2024年12月底")]


# A row printed one cell a line a line wider than the header, a cell cut with no mark: joined where
# the other rows' columns say; near misses: too few rows to tell, no column of one kind, two joins
# that fit alike.
@pytest.mark.parametrize("cells,others,joined", [
    (["1", "推进城区老旧小区改造，完成改造小区", "12个", "县住建局", "县财政局", "2024年12月底"], _TASKS,
     ["1", "推进城区老旧小区改造，完成改造小区12个", "县住建局", "县财政局", "2024年12月底"]),
    (["3", "新建公办幼儿园", "县教育局", "县财政局、县人社局", "县自然资源局", "2024年9月底"], _TASKS,
     ["3", "新建公办幼儿园", "县教育局", "县财政局、县人社局县自然资源局", "2024年9月底"]),
    (["1", "推进城区老旧小区改造，完成改造小区", "12个", "县住建局", "县财政局", "2024年12月底"], _TASKS[:1], None),
    (["1", "安定镇", "石门村", "东山组", "通组公路", "硬化"],
     [("2", "南江镇", "长寿村", "道路", "硬化"), ("3", "福寿镇", "虹桥村", "水渠", "清淤")], None),
    (["1", "推进改造", "完成", "12个", "县住建局", "县财政局"],
     [("2", "实施工程", "新建水厂", "县水利局", "县卫健局"), ("3", "开展整治", "清理垃圾", "县城管局", "县直各单位")], None),
])
def test_a_cell_cut_without_a_mark_joined_where_the_columns_say(cells, others, joined):
    from generator.flatwraps import column_kinds, joined_by_columns
    assert joined_by_columns(cells, others) == joined
    # (the columns' kinds read once a table, given: the same answer)
    assert joined_by_columns(cells, others, column_kinds(others, len(cells) - 1)) == joined


# A flat table of many rows, every other one a line wider than the header (a task cut with no
# mark): the rows read whole are read once for the columns' kinds, not once for each cut row (a
# table of 800 rows took 1.3 s, 646,000 cells read; now as many cells as the table's rows, about).
def test_a_flat_tables_cut_rows_read_the_other_rows_once(monkeypatch):
    import generator.flatwraps as flatwraps
    from generator.pipeline import parse_bytes
    calls = []
    kind = flatwraps._kind
    monkeypatch.setattr(flatwraps, "_kind", lambda value: calls.append(value) or kind(value))

    def cells_read(n):
        out = ["南浦县人民政府办公室关于印发2024年重点工作任务分解表的通知", "各乡镇人民政府，县直各单位：",
               "现将任务分解表印发给你们，请认真贯彻执行。", "南浦县人民政府办公室", "2024年3月1日", "附件",
               "重点工作任务分解表", "序号", "工作任务", "牵头单位", "完成时限"]
        for k in range(1, n + 1):
            out.append(str(k))
            out += [f"推进第{k}批老旧小区改造，完成改造小区", f"{k}个小区"] if k % 2 else [f"实施第{k}批饮水安全巩固提升工程"]
            out += ["县住建局" if k % 3 else "县水利局", "2024年12月底"]
        calls.clear()
        parse_bytes("\n".join(out).encode(), "flat.txt")
        return len(calls)

    small, large = cells_read(40), cells_read(160)
    assert small > 0 and large < 6 * small


def _flat(texts):
    return [Line(no, t, fold(t)) for no, t in enumerate(texts, 1)]


# A 其中 row of a flat table, its 序号 empty: a row of its own between numbered rows; near misses:
# a line of words whose next lines are no figures (the text again: a signature), a figure first.
@pytest.mark.parametrize("texts,after,parts", [
    (["其中：土地出让收入安排的支出", "9000", "8800", "2"], False, ("", "其中：土地出让收入安排的支出", "9000", "8800")),
    (["小型水库移民扶助基金支出", "300", "280", "3"], True, ("", "小型水库移民扶助基金支出", "300", "280")),
    (["其中：彩票公益金", "200", "—", "合计"], False, ("", "其中：彩票公益金", "200", "—")),
    (["小型水库移民扶助基金支出", "300", "280", "3"], False, None),  # unmarked, not after a part
    (["南浦县财政局", "2025年3月1日", "抄送：县人大常委会"], True, None),
    (["其中：土地出让收入安排的支出", "9000", "8800", "12"], False, None),  # a figure where the next row opens
])
def test_a_parts_row_of_a_flat_table(texts, after, parts):
    from generator.flatparts import parts_row
    assert parts_row(_flat(texts), 0, 4, "2" if "2" in texts else "3", after) == parts


@pytest.mark.parametrize("texts, rows", [
    # the page broke under the header and the next page printed it again over the first row
    (["序号", "工作任务", "牵头单位", "完成时限", "— 5 —", "序号", "工作任务", "牵头单位", "完成时限",
      "1", "推进污水管网改造", "县住建局", "2024年12月底前", "2", "推进农贸市场建设", "县商务局", "2024年10月底前"],
     [("序号", "工作任务", "牵头单位", "完成时限"), ("1", "推进污水管网改造", "县住建局", "2024年12月底前"),
      ("2", "推进农贸市场建设", "县商务局", "2024年10月底前")]),
    # near miss: titles of two years side by side are not the header printed twice
    (["序号", "乡镇", "2023年", "2024年", "1", "城关镇", "120", "130"],
     [("序号", "乡镇", "2023年", "2024年"), ("1", "城关镇", "120", "130")]),
])
def test_a_flat_tables_header_printed_twice_over_its_first_row(texts, rows):
    from generator.grids import flat_table
    found = flat_table(_flat(texts), 0)
    assert found is not None and [tuple(r) for r in found.rows] == rows
