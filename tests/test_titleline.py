"""titleline: could a line be part of a title."""

import pytest

from generator.model import Line
from generator.normalize import fold
from generator.imprintlines import imprint_and_copies
from generator.titleline import title_like


def _line(text):
    return Line(1, text, fold(text).replace(" ", "").replace("\u3000", ""))


@pytest.mark.parametrize("text, like", [
    ("青溪县人民政府办公室", True),
    ("关于做好清明节期间森林防火工作的紧急通知", True),
    ("印发青溪县2024年防汛工作方案的通知", True),  # 印发 opening a title that names no issuer
    ("印发机关：青溪县人民政府办公室　　印发日期：2024年3月9日", False),  # the 版记's fields
    ("印发单位：青溪县人民政府办公室　　印发日期：2024年3月9日", False),
    ("印发：青溪县人民政府办公室　2024年3月28日", False),
    ("附件：1．青溪县2024年重点民生实事项目", False),
    ("青溪县人民政府办公室　　　2024年3月6日印发　　共印50份", False),  # the 印发 line and its copies
    ("青溪县人民政府办公室　　2024年3月28日印发　　（共印80份）", False),
    ("青溪县人民政府办公室　　　2024年3月6日印发", False),
])
def test_title_like(text, like):
    assert title_like(_line(text)) is like


@pytest.mark.parametrize("key, found", [
    ("青溪县人民政府办公室2024年3月6日印发共印50份", ("青溪县人民政府办公室", "2024年3月6日")),
    ("青溪县人民政府办公室2024年3月6日印发(共印80份)", ("青溪县人民政府办公室", "2024年3月6日")),
    ("青溪县人民政府办公室2024年3月6日印发", ("青溪县人民政府办公室", "2024年3月6日")),
    ("共印50份", None),
    ("关于印发青溪县防汛工作方案的通知", None),
])
def test_imprint_and_copies(key, found):
    assert imprint_and_copies(key) == found
