"""Characters a PDF's fake bold doubled (generator/fakebold.py), from the case
fake_bold_doubled_characters_in_titles_and_headings."""

import pytest

from generator.fakebold import undoubled
from generator.normalize import clean, fold


@pytest.mark.parametrize("text, once", [
    # every character of a bold line twice: the red head, a title's lines, headings
    ("青青溪溪县县人人民民政政府府文文件件", "青溪县人民政府文件"),
    ("关关于于做做好好汛汛期期安安全全防防范范工工作作的的通通知知", "关于做好汛期安全防范工作的通知"),
    ("行行动动方方案案》》的的通通知知", "行动方案》的通知"),
    ("一一、、工工作作目目标标", "一、工作目标"),
    ("  （（一一））开开展展村村庄庄清清洁洁行行动动", "  （一）开展村庄清洁行动"),  # (its indent kept)
    ("关关关关于于于于印印印印发发发发通通通通知知知知", "关于印发通知"),  # (drawn four times)
    # the short bold lines of the grammar: an attachment's mark, the contents' heading
    ("附附件件11", "附件1"), ("附附件件22--11", "附件2-1"), ("附附表表", "附表"), ("目目  录录", "目 录"),
    # near misses: doubled words in a line set once, a line doubled in part, too few characters
    ("组织群众清理房前屋后，人人参与、户户行动", "组织群众清理房前屋后，人人参与、户户行动"),
    ("做到村村通、户户净、人人", "做到村村通、户户净、人人"),
    ("清清楚楚", "清清楚楚"), ("2222", "2222"), ("……", "……"),
    ("22002244年年", "22002244年年"),  # (fewer than three Han characters once)
    ("二二、、主主要要任务任务", "二二、、主主要要任务任务"),
    ("（（一一））加加强强领领导导。。各乡镇要压实责任责任", "（（一一））加加强强领领导导。。各乡镇要压实责任责任"),
])
def test_undoubled(text, once):
    assert undoubled(text) == once
    assert undoubled(once) == once


def test_clean_prints_a_doubled_line_once_and_its_key_agrees():
    line = "　　关关于于印印发发《《青青溪溪县县城城乡乡环环境境整整治治行行动动方方案案》》的的通通知知"
    assert clean(line) == "  关于印发《青溪县城乡环境整治行动方案》的通知"
    assert fold(line) == fold("关于印发《青溪县城乡环境整治行动方案》的通知")
    assert clean("序序号号\t\t项项目目名名称称\t\t") == "序序号号\t\t项项目目名名称称\t\t"  # (tab rows as they are)
