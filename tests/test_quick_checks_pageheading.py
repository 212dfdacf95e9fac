"""The quick checks ``page_heading``'s walks ask first give what the walks give: where a walk
finds the title printed again below, or a heading above, the quick check holds."""

from hypothesis import given, settings
from hypothesis import strategies as st

from generator import pageheading
from generator.model import Line
from generator.normalize import fold

PIECES = ["平江县人民政府关于春耕生产的通知", "关于春耕生产的通知", "平江县人民政府", "关于春耕生产", "的通知", "南政发〔2024〕3号",
          "— 3 —", "发布时间：2024-01-01", "索引号：431626000/2023-00123", "签发人：王明", "各乡镇人民政府：", "为做好工作。", "",
          "平江县人民政府文件", "〔2024〕3号", "（2024年3月1日）", "通知"]
texts = st.lists(st.sampled_from(PIECES), min_size=1, max_size=16)


def _without_quick_checks(ask):
    saved = pageheading._may_print_again, pageheading._may_head_above
    pageheading._may_print_again = pageheading._may_head_above = lambda *a: True
    try:
        return ask()
    finally:
        pageheading._may_print_again, pageheading._may_head_above = saved


@settings(max_examples=800, deadline=None)
@given(texts, st.data())
def test_printed_again_and_heading_above_need_their_quick_checks(lines, data):
    content = [Line(k + 1, text, fold(text)) for k, text in enumerate(lines)]
    at = data.draw(st.integers(0, len(content) - 1))
    key = data.draw(st.sampled_from([fold(PIECES[0]), fold(PIECES[1]), content[at].key or "通知"]))
    floor = data.draw(st.integers(0, at))
    if _without_quick_checks(lambda: pageheading.printed_again(content, at, key)) is not None:
        assert pageheading._may_print_again(content, at, key)
    if _without_quick_checks(lambda: pageheading.heading_above(content, at, key, floor)) is not None:
        assert pageheading._may_head_above(content, at, key, floor)
    assert pageheading.printed_again(content, at, key) == _without_quick_checks(lambda: pageheading.printed_again(content, at, key))
    assert pageheading.heading_above(content, at, key, floor) == _without_quick_checks(lambda: pageheading.heading_above(content, at, key, floor))
