"""tablenotes: a note under a table whose parts are numbered a line each is one paragraph."""

import pytest

from generator.model import Block
from generator.tablenotes import notes_with_their_parts


def _blocks(*pairs):
    return tuple(Block(kind, text, n, n, marker=(text[:2] if kind == "list_item" else None))
                 for n, (kind, text) in enumerate(pairs, start=10))


@pytest.mark.parametrize("pairs,want", [
    # 注：1. over 2. and 3.: one note
    ([("table", ""), ("paragraph", "注：1.按实际投资核定。"), ("list_item", "2.年底前完成。"), ("list_item", "3.纳入考核。")],
     [("table", ""), ("paragraph", "注：1.按实际投资核定。2.年底前完成。3.纳入考核。")]),
    # the label alone over parts numbered from 1; （1） over （2）
    ([("table", ""), ("paragraph", "说明："), ("list_item", "（1）统筹使用。"), ("list_item", "（2）按时报送。")],
     [("table", ""), ("paragraph", "说明：（1）统筹使用。（2）按时报送。")]),
    # the label with a plain colon (a web page's), a full-width one further on in its first part
    ([("table", ""), ("paragraph", "注:1.以验收为准，时间：6月底。"), ("list_item", "2.年底前完成。")],
     [("table", ""), ("paragraph", "注:1.以验收为准，时间：6月底。2.年底前完成。")]),
    # the note ends where the numbers do not go on (1. after 2.: the body's own list)
    ([("table", ""), ("paragraph", "注：1.按实际投资核定。"), ("list_item", "2.年底前完成。"), ("list_item", "1.专款专用。")],
     [("table", ""), ("paragraph", "注：1.按实际投资核定。2.年底前完成。"), ("list_item", "1.专款专用。")]),
    # near misses: a note of words over a list; a note not under a table; another kind of number
    ([("table", ""), ("paragraph", "注：以上数据为预计数。"), ("list_item", "1.专款专用。")],
     [("table", ""), ("paragraph", "注：以上数据为预计数。"), ("list_item", "1.专款专用。")]),
    ([("paragraph", "现通知如下"), ("paragraph", "注：1.按实际投资核定。"), ("list_item", "2.年底前完成。")],
     [("paragraph", "现通知如下"), ("paragraph", "注：1.按实际投资核定。"), ("list_item", "2.年底前完成。")]),
    ([("table", ""), ("paragraph", "注：1.按实际投资核定。"), ("list_item", "（2）年底前完成。")],
     [("table", ""), ("paragraph", "注：1.按实际投资核定。"), ("list_item", "（2）年底前完成。")]),
])
def test_a_notes_numbered_parts_under_a_table(pairs, want):
    got = notes_with_their_parts(_blocks(*pairs))
    assert [(b.kind, b.text) for b in got] == want
    assert got[-1].last == 9 + len(pairs)  # (the note's lines reach its last part's)
