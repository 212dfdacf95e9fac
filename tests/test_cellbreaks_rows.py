"""cellbreaks.broken_rows_joined: a tab row cut by a line break inside a cell (Word's plain text of
a table whose cell holds two paragraphs) read as one row."""

import pytest

from generator.cellbreaks import broken_rows_joined
from generator.model import Line
from generator.normalize import fold

_HEAD = "序号\t活动内容\t责任单位\t时间"


@pytest.mark.parametrize("texts, rows", [
    # the third cell's second paragraph on the next line, with the last cell
    ([_HEAD, "1\t安全宣传咨询日\t县应急局；", "县融媒体中心\t6月16日", "2\t应急演练周\t各乡镇\t6月第4周"],
     [_HEAD, "1\t安全宣传咨询日\t县应急局；县融媒体中心\t6月16日", "2\t应急演练周\t各乡镇\t6月第4周"]),
    # two cells broken: three lines, one row
    ([_HEAD, "3\t隐患排查整治；", "重大隐患挂牌督办\t县直有关单位；", "各乡镇\t6月全月"],
     [_HEAD, "3\t隐患排查整治；重大隐患挂牌督办\t县直有关单位；各乡镇\t6月全月"]),
    # a row whose last cells were left empty (tabs trimmed), the next row numbered: as printed
    ([_HEAD, "1\t安全宣传咨询日\t县应急局", "2\t应急演练周\t各乡镇\t6月第4周"],
     [_HEAD, "1\t安全宣传咨询日\t县应急局", "2\t应急演练周\t各乡镇\t6月第4周"]),
    # a full row, then a wrapped line of cells with their leading tabs lost (rowjoins reads it): as printed
    ([_HEAD, "1\t农村生活污水治理\t县生态环境\t2024年12", "局\t月底前"],
     [_HEAD, "1\t农村生活污水治理\t县生态环境\t2024年12", "局\t月底前"]),
    # the lines under make more tabs than the header's: as printed
    ([_HEAD, "1\t安全宣传咨询日", "县融媒体中心\t6月16日\t备注\t其他"],
     [_HEAD, "1\t安全宣传咨询日", "县融媒体中心\t6月16日\t备注\t其他"]),
])
def test_broken_rows_joined(texts, rows):
    lines = [Line(no, text, fold(text)) for no, text in enumerate(texts, start=1)]
    assert [line.text for line in broken_rows_joined(lines)] == rows
