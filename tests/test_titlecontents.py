"""titlecontents: a title between its organ alone over it and its day under it."""

import pytest

from generator.model import Line
from generator.normalize import fold
from generator.titlecontents import dated_under_its_organ, names_the_organs_place


def _lines(*texts: str) -> list[Line]:
    return [Line(no, text, fold(text)) for no, text in enumerate(texts, start=1)]


_TITLE = "青溪县2023年国民经济和社会发展统计公报"


@pytest.mark.parametrize("texts,dated", [
    # after the contents' last entry, or after a document signed over its date; its day bare or in brackets
    (("青溪县2023年水资源公报……………………7", "青溪县统计局", _TITLE, "2024年3月20日"), True),
    (("青溪县人民政府", "2024年3月12日", "青溪县统计局", _TITLE, "（2024年3月20日）"), True),
    (("青溪县人民政府", "2024年3月12日", "青溪县统计局　国家统计局青溪调查队", _TITLE, "（2024年3月20日）"), True),
    # the organ under a date with no signature over it: the document above's signature
    (("请认真贯彻执行。", "2024年3月12日", "青溪县统计局", _TITLE, "2024年3月20日"), False),
    # the organ under a sentence the page cut, or no day under the title
    (("全县经济持续恢复、总体", "青溪县统计局", _TITLE, "2024年3月20日"), False),
    (("青溪县水资源公报……………………7", "青溪县统计局", _TITLE, "2023年，全县经济持续恢复。"), False),
])
def test_dated_under_its_organ(texts, dated):
    assert dated_under_its_organ(_lines(*texts), len(texts) - 2) is dated


@pytest.mark.parametrize("organ,title,names", [
    ("青溪县统计局", _TITLE, True),
    ("青溪县水利局", "青溪县2023年水资源公报", True),
    ("青石县人民代表大会常务委员会", "任免名单", False),
])
def test_names_the_organs_place(organ, title, names):
    content = _lines("青溪县人民政府", "2024年3月12日", organ, title, "（2024年3月20日）")
    assert names_the_organs_place(content, 3) is names


def test_dated_under_its_organ_over_a_title_wrapped_onto_two_lines():
    content = _lines("青溪县人民政府", "2024年3月12日", "青溪县统计局", "青溪县2023年国民经济和", "社会发展统计公报", "2024年3月20日")
    assert dated_under_its_organ(content, 4, 3)
    assert not dated_under_its_organ(content, 4)  # (the organ over the title's first line, not its second)
