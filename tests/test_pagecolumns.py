"""pagecolumns: a table too wide for its page printed as a spreadsheet prints it, its last columns
after the page break under titles of their own."""

import pytest

from generator.model import Block
from generator.pagecolumns import columns_continued

FIRST = [("序号", "乡镇", "户籍人口", "参保任务"), ("1", "城关镇", "85320", "80100"), ("2", "南江镇", "42118", "39900"),
         ("合计", "", "127438", "120000")]


def _block(rows, page=("— 5 —",)):
    rows = FIRST + [page] + rows
    return Block("table", "", 10, 10 + len(rows) - 1, rows=tuple(rows), row_lines=tuple(range(10, 10 + len(rows))))


@pytest.mark.parametrize("rest, rows", [
    # the key columns printed again at the left
    ([("序号", "乡镇", "参保率（%）", "排名"), ("1", "城关镇", "95.5", "1"), ("2", "南江镇", "94.7", "2"), ("合计", "", "95.1", "")],
     [("序号", "乡镇", "户籍人口", "参保任务", "参保率（%）", "排名"), ("1", "城关镇", "85320", "80100", "95.5", "1"),
      ("2", "南江镇", "42118", "39900", "94.7", "2"), ("合计", "", "127438", "120000", "95.1", "")]),
    # no key columns: as many rows
    ([("参保率（%）", "排名"), ("95.5", "1"), ("94.7", "2"), ("95.1", "—")],
     [("序号", "乡镇", "户籍人口", "参保任务", "参保率（%）", "排名"), ("1", "城关镇", "85320", "80100", "95.5", "1"),
      ("2", "南江镇", "42118", "39900", "94.7", "2"), ("合计", "", "127438", "120000", "95.1", "—")]),
    # near misses: the keys of other rows (another table of the same towns), fewer rows, the header
    # printed again (rows going on over the page), titles that are figures
    ([("序号", "乡镇", "参保率（%）", "排名"), ("1", "长寿镇", "95.5", "1"), ("2", "南江镇", "94.7", "2"), ("合计", "", "95.1", "")],
     None),
    ([("序号", "乡镇", "参保率（%）", "排名"), ("1", "城关镇", "95.5", "1"), ("2", "南江镇", "94.7", "2")], None),
    ([("序号", "乡镇", "户籍人口", "参保任务"), ("3", "长寿镇", "31007", "29500"), ("4", "三墩乡", "27416", "26045"),
      ("合计", "", "58423", "55545")], None),
    ([("专项收入", "6,200", "6,900"), ("行政事业性收费", "2,800", "2,500"), ("罚没收入", "5,000", "4,600"),
      ("其他收入", "3,000", "2,800")], None),
])
def test_the_last_columns_after_the_page_break(rest, rows):
    block = _block(rest)
    [got] = columns_continued((block,))
    assert got.rows == (tuple(rows) if rows is not None else block.rows)
    if rows is not None:
        assert got.row_lines == (10, 11, 12, 13)


def test_no_page_break_between_no_parts():
    rows = FIRST + [("序号", "乡镇", "参保率（%）", "排名"), ("1", "城关镇", "95.5", "1"), ("2", "南江镇", "94.7", "2"),
                    ("合计", "", "95.1", "")]
    block = Block("table", "", 10, 17, rows=tuple(rows), row_lines=tuple(range(10, 18)))
    assert columns_continued((block,))[0].rows == block.rows
