"""The sentence of a meeting's decision opening a list of appointments (decisionlines)."""

import pytest

from generator.decisionlines import decides_the_list, decision_day
from generator.model import Block
from generator.normalize import fold


@pytest.mark.parametrize("text, decides", [
    ("2024年3月25日，县人民政府第15次常务会议决定：", True),
    ("经2024年3月25日县人民政府第15次常务会议研究，决定：", True),
    ("2024年3月25日县人民政府第15次常务会议决定", True),
    ("2024年5月8日，县人大常委会第十八次会议决定：", True),
    # the decision going on, a meeting's record, a decision without its day
    ("2024年3月25日，县人民政府第15次常务会议决定，任命张明为县教育局局长。", False),
    ("2024年3月25日，县长王建国主持召开县政府常务会议。", False),
    ("经县人民政府研究，决定：", False),
    ("2024年3月25日起施行。", False),
])
def test_the_decisions_sentence(text, decides):
    assert decides_the_list(fold(text)) is decides


@pytest.mark.parametrize("texts, day", [
    (["2024年3月25日，县人民政府第15次常务会议决定：", "任命张明为青溪县发展和改革局副局长；"], "2024-03-25"),
    (["经2024年4月2日县人民政府第16次常务会议研究，决定：", "免去李华的青溪县农业农村局副局长职务。"], "2024-04-02"),
    (["任命张明为青溪县发展和改革局副局长；"], None),
])
def test_the_lists_day(texts, day):
    blocks = tuple(Block(kind="paragraph", text=t, first=i + 1, last=i + 1) for i, t in enumerate(texts))
    assert decision_day(blocks) == day
