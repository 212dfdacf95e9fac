"""The back matter's rules on lines (generator/backmatter.py), from the cases' excerpts."""

import pytest

from generator.backmatter import heads_a_correction
from generator.model import Line
from generator.normalize import fold


def _lines(*texts: str) -> list[Line]:
    return [Line(no, text, fold(text)) for no, text in enumerate(texts, start=1)]


@pytest.mark.parametrize("texts,heads", [
    (("更　正", "本刊2024年第2期刊登的《南浦县人民政府关于公布2024年县级重点建设项目的通知》中，“2023年”应为“2024年”，特此更正。",
      "本刊编辑部"), True),
    (("勘误", "《南浦县人民政府公报》2024年第2期第5页第3行“县水务局”应为“县水利局”。"), True),
    (("更正启事", "— 12 —", "南浦县人民政府公报2024年第1期刊发的…有误，现更正如下："), True),
    (("【更正】", "本报上期刊登的…"), True),
    # a document's correction of its own text, or a heading of a body, is not the gazette's
    (("更正", "县人民政府办公室：", "我局报送的材料有误，现更正如下。"), False),
    (("关于更正《南浦县城区停车管理办法》的通知", "本刊2024年第2期刊登的…"), False),
    (("更正", "各乡镇人民政府："), False),
])
def test_heads_a_correction(texts, heads):
    assert heads_a_correction(_lines(*texts), 0) is heads
