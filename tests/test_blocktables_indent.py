"""blocktables.without_indent_column: tab rows each opening with a tab (Apache Tika's text of a
table, a tab before every cell) read without that empty first cell."""

import pytest

from generator.blocktables import without_indent_column


def _rows(texts):
    return tuple(tuple(t.split("\t")) for t in texts)


@pytest.mark.parametrize("texts, want", [
    # a tab before every cell, the header's first too: the first cell dropped in every row
    (["\t序号\t活动内容\t责任单位", "\t1\t安全宣传咨询日\t县应急局", "\t2\t应急演练周\t各乡镇"],
     [["序号", "活动内容", "责任单位"], ["1", "安全宣传咨询日", "县应急局"], ["2", "应急演练周", "各乡镇"]]),
    # the page's number among the rows (a row of one cell) left as it is
    (["\t序号\t活动内容", "— 3 —", "\t1\t安全宣传咨询日"], [["序号", "活动内容"], ["— 3 —"], ["1", "安全宣传咨询日"]]),
    # the header opens with a word: a corner left empty under it is a column's cell
    (["序号\t活动内容\t责任单位", "\t1\t安全宣传咨询日\t县应急局"], None),
    # one row opens with a word (a group's name in the first column): the column is one
    (["\t序号\t活动内容", "城关镇\t1\t安全宣传咨询日", "\t2\t应急演练周"], None),
])
def test_without_indent_column(texts, want):
    rows = _rows(texts)
    got = without_indent_column(rows, texts)
    assert [list(r) for r in got] == (want if want is not None else [list(r) for r in rows])
