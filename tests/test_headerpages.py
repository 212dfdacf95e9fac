"""A page's number printed bare inside a document's head (generator/headerpages.py), from the case's excerpt."""

import pytest

from generator.headerpages import page_number_in_a_head
from generator.model import Line
from generator.normalize import fold


def _lines(*texts):
    return [Line(no, text, fold(text)) for no, text in enumerate(texts, 1)]


@pytest.mark.parametrize("texts,i,page", [
    # between the 发文字号 and the title, the number under the document before's date or the red head
    (("2024年3月1日", "青政发〔2024〕9号", "2", "青溪县人民政府关于进一步加强森林防火工作的通知"), 2, True),
    (("青溪县人民政府文件", "青政发〔2024〕9号", "2", "青溪县人民政府关于进一步加强森林防火工作的通知"), 2, True),
    # between the red head and the 发文字号
    (("2024年3月5日", "青溪县人民政府办公室文件", "4", "青政办发〔2024〕5号"), 2, True),
    # a contents entry's page alone under its 文号, its title over it; the next entry's title under the page
    (("青溪县人民政府关于加强森林防火工作的通知", "青政发〔2024〕9号", "3", "青溪县人民政府关于做好春耕生产工作的通知"), 2, False),
    # a number in brackets as contents print it; a red head over a title, no number
    (("2024年3月1日", "（青政发〔2024〕9号）", "3", "青溪县人民政府关于进一步加强森林防火工作的通知"), 2, False),
    (("2024年3月1日", "青溪县人民政府文件", "3", "青溪县人民政府关于进一步加强森林防火工作的通知"), 2, False),
    # a sentence naming the files, not a red head
    (("2024年3月1日", "认真学习党的二十届三中全会文件", "3", "青政发〔2024〕9号"), 2, False),
])
def test_page_number_in_a_head(texts, i, page):
    assert page_number_in_a_head(_lines(*texts), i) is page
