"""A title that is a cell of a table printed one cell a line, some cells after its row's number
(generator/listedcells.py)."""

import pytest

from generator.listedcells import in_a_row_of_cells
from generator.model import Line
from generator.normalize import fold

HEADER = ["序号", "成文日期", "发文机关", "文号", "文件名称"]
ROW_1 = ["1", "2019年3月5日", "南浦县财政局", "南财发〔2019〕3号", "关于印发《南浦县县级财政专项资金管理办法》的通知"]
ROW_2 = ["2", "2020年6月12日", "南浦县人民政府办公室", "南政办发〔2020〕21号", "南浦县人民政府办公室关于加强城区占道经营管理的通知"]
NEXT = ["南浦县人民政府办公室关于做好2025年春季森林防火工作的通知", "南政办发〔2025〕9号"]


def _lines(texts):
    return [Line(no, text, fold(text)) for no, text in enumerate(texts, start=1)]


@pytest.mark.parametrize("texts, start, cell", [
    # the listed title after its row's date, organ and 文号: the first row, a later one, the last
    (HEADER + ROW_1 + ROW_2, 9, True),
    (HEADER + ROW_1 + ROW_2, 14, True),
    (HEADER + ROW_1 + ROW_2 + NEXT, 14, True),
    # the row's number last on its page, the page's number and running head under it
    (HEADER + ROW_1 + ["2", "— 3 —", "南浦县人民政府公报"] + ROW_2[1:], 16, True),
    # near misses: the next document's title under the last row, whole (the row's width past)
    (HEADER + ROW_1 + ROW_2 + NEXT, 15, False),
    # no table over the number (a page's bare number, a list's), a sentence between
    (["现将有关事项通知如下。", "3", "南浦县财政局", "南财发〔2019〕3号", ROW_1[4]], 4, False),
    (HEADER + ["1", "根据工作需要，经研究决定。", "南财发〔2019〕3号", ROW_1[4]], 8, False),
    # a number that is no row of the table above it (the table ended, a list's number further down)
    (HEADER + ROW_1 + ["本决定自公布之日起施行。", "3", "南浦县财政局", "南财发〔2019〕3号", ROW_1[4]], 14, False),
])
def test_a_listed_title_in_its_row_is_a_cell(texts, start, cell):
    assert in_a_row_of_cells(_lines(texts), start) is cell
