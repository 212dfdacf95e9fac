"""A total named by the whole region alone (regiontotals): 全县 over or under the towns' rows is
the total where its figures are their sums."""

import pytest

from generator.regiontotals import whole_region_total
from generator.tables import Column

COLUMNS = [Column("xiang_zhen", "乡镇", "string"), Column("ying", "应参保人数", "integer"),
           Column("yi", "已参保人数", "integer"), Column("lv", "参保率（%）", "number")]
TOWNS = [["城关镇", "85,320", "83,150", "97.5"], ["长寿镇", "42,118", "40,900", "97.1"], ["安定镇", "31,007", "30,210", "97.4"]]
WHOLE = ["全县", "158,445", "154,260", "97.4"]


@pytest.mark.parametrize("data,at", [
    ([WHOLE] + TOWNS, 0),
    (TOWNS + [WHOLE], 3),
    (TOWNS + [["全 县", "158,445", "154,260", "97.4"]], 3),  # (its letters set apart)
    # near misses: the county beside its province and city (no sums), a 全县 row in the middle
    ([["全省", "5,300,000", "5,100,000", "96.2"], ["全市", "620,000", "601,000", "96.9"], WHOLE], None),
    ([TOWNS[0], WHOLE, TOWNS[1], TOWNS[2]], None),
    ([WHOLE[:1] + ["158,000", "154,260", "97.4"]] + TOWNS, None),  # (a figure that is no sum)
])
def test_the_whole_county_as_the_total(data, at):
    assert whole_region_total(COLUMNS, data) == at


PLACES = [Column("xiang_mu", "项目名称", "string"), Column("di_dian", "实施地点", "string"),
          Column("tou_zi", "投资（万元）", "integer")]


@pytest.mark.parametrize("data,at", [
    ([["城乡供水", "全县", "3000"], ["污水管网", "城关镇", "1800"], ["村道硬化", "东溪乡", "1200"]], None),  # (where it is done)
    ([["全县", "", "3000"], ["城关镇", "城关镇", "1800"], ["东溪乡", "东溪乡", "1200"]], 0),
])
def test_the_whole_county_only_as_the_label(data, at):
    assert whole_region_total(PLACES, data) == at


@pytest.mark.parametrize("data,at", [
    ([["1", "全县", "158,445"], ["2", "城关镇", "85,320"], ["3", "长寿镇", "73,125"]], 0),  # (past its number)
])
def test_the_whole_county_after_the_rows_number(data, at):
    cols = [Column("xu_hao", "序号", "string"), Column("xiang_zhen", "乡镇", "string"), Column("ying", "应参保人数", "integer")]
    assert whole_region_total(cols, data) == at
