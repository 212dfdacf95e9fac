"""titleline: could a line be part of a title."""

import pytest

from generator.model import Line
from generator.normalize import fold
from generator.imprintlines import imprint_and_copies
from generator.titleline import bracketed_number, title_like, trailing_number, trailing_order_number


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


@pytest.mark.parametrize("text, title, number", [
    # a 发文字号 after a gap at the title line's end, its 号 as OCR read it (亏, 弓, 丂, 兮)
    ("青溪县人民政府关于印发青溪县2024年防汛工作方案的通知　青政发〔2024〕5亏", "青溪县人民政府关于印发青溪县2024年防汛工作方案的通知",
     "青政发〔2024〕5号"),
    ("青溪县人民政府办公室关于开展春季植树造林活动的通知　　青政办发〔2024〕6弓", "青溪县人民政府办公室关于开展春季植树造林活动的通知",
     "青政办发〔2024〕6号"),
    ("青溪县人民政府办公室关于调整县防汛抗旱指挥部成员的通知 青政办函〔2024〕9丂", "青溪县人民政府办公室关于调整县防汛抗旱指挥部成员的通知",
     "青政办函〔2024〕9号"),
])
def test_trailing_number_its_hao_misread(text, title, number):
    found = trailing_number(text)
    assert found is not None and (found[0], str(found[1])) == (title, number)


def test_bracketed_number_its_hao_misread():
    found = bracketed_number("青溪县人民政府关于同意设立青石镇农贸市场的批复（青政函〔2024〕8兮）")
    assert found is not None and (found[0], str(found[1])) == ("青溪县人民政府关于同意设立青石镇农贸市场的批复", "青政函〔2024〕8号")


@pytest.mark.parametrize("text", [
    "青溪县人民政府关于印发青溪县2024年防汛工作方案的通知　青政发〔2024〕亏",  # no serial
    "要坚决防止国有资产流失　企业亏",  # a sentence's last word
])
def test_trailing_number_near_misses(text):
    assert trailing_number(text) is None


@pytest.mark.parametrize("text, found", [
    ("洛川县人民政府令（第3号）", ("洛川县人民政府令", "（第3号）")),
    ("（青溪县人民政府令第6号）", None),  # (a regulation's note naming its 令: no 令's title)
    ("青溪县人民政府令（第6丂）", ("青溪县人民政府令", "（第6丂）")),  # (its 号 as OCR read it)
])
def test_trailing_order_number(text, found):
    assert trailing_order_number(text) == found
