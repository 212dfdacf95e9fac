"""cellparagraphs: a tab table's cell whose text runs over several paragraphs, the next ones on
lines of their own before the next row."""

import pytest

from generator.cellparagraphs import cell_paragraphs_end
from generator.model import Line
from generator.normalize import fold

_ROW1 = "1\t行政许可\t食品经营许可\t《中华人民共和国食品安全法》第三十五条：国家对食品生产经营实行许可制度。"
_MORE = "《食品经营许可和备案管理办法》第二条：从事食品销售和餐饮服务活动，应当依法取得食品经营许可。"
_ROW2 = "2\t行政处罚\t对未取得食品生产经营许可从事食品生产经营活动的处罚\t《中华人民共和国食品安全法》第一百二十二条。"


@pytest.mark.parametrize("texts, places, end", [
    ((_ROW1, _MORE, _ROW2), (1, 2, 3), 2),
    ((_ROW1, _MORE, _MORE, _MORE, _ROW2), (1, 2, 3, 4, 5), 4),
    # near misses: a gap (the text after the table), the next row not numbered next, a row narrower,
    # a short line (a page's number, a heading), the row above ending with an empty cell
    ((_ROW1, _MORE, _ROW2), (1, 3, 4), None),
    ((_ROW1, _MORE, _ROW2.replace("2", "5", 1)), (1, 2, 3), None),
    ((_ROW1, _MORE, "2\t行政处罚"), (1, 2, 3), None),
    ((_ROW1, "— 5 —", _ROW2), (1, 2, 3), None),
    ((_ROW1 + "\t", _MORE, _ROW2 + "\t"), (1, 2, 3), None),
])
def test_a_cells_next_paragraphs_before_the_next_row(texts, places, end):
    lines = [Line(at, t, fold(t), at=at) for at, t in zip(places, texts)]
    kinds = ["table_row" if "\t" in t else "text" for t in texts]
    assert cell_paragraphs_end(lines, kinds, 0, 1) == end


@pytest.mark.parametrize("row,going_on", [
    ("1\t县自然资源局\t不动产登记费\t住宅类每件80元，非住", True), ("| 1 | 县民政局 | 殡葬服务费、公墓 |", True),
    ("行政许可\t1286", False), ("3\t县民政局\t殡葬服务费\t按有关规定执行", False),
    ("2\t县公安局\t工本费\t每证20元，补领每证40元。", False),
])
def test_clause_going_on(row, going_on):
    from generator.cellparagraphs import clause_going_on
    assert clause_going_on(row) is going_on
