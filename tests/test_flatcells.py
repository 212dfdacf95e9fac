"""The last row of a table printed one cell a line whose last cell is a date (generator/flatcells.py)."""

import pytest

from generator.flatcells import date_of_its_column
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
