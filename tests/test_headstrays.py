"""What a web page or a post's copy leaves alone between a title and its 发文字号 (generator/headstrays.py,
portal.web_day_alone), from the cases' excerpts."""

import pytest

from generator.headstrays import in_page_lines, page_lines_end, past_page_lines
from generator.model import Line
from generator.normalize import fold
from generator.portal import web_day_alone


def _lines(*texts):
    return [Line(no, text, fold(text)) for no, text in enumerate(texts, 1)]


@pytest.mark.parametrize("text,day", [
    ("2024-03-05", True), ("2024/03/05", True), ("2024.3.5", True), ("2024-03-05 10:21", True),
    ("2024年3月5日", False),  # (a document's day: a 公告's under its title)
    ("2024-03", False), ("2024-03/05", False), ("20240305", False), ("2024-03-05 来源：县政府办", False),
])
def test_web_day_alone(text, day):
    assert web_day_alone(fold(text)) is day


@pytest.mark.parametrize("texts,end", [
    (("2024-03-05", "打印", "青政发〔2024〕9号"), 2),
    (("青溪发布", "2024-03-05 18:30", "青政发〔2024〕9号"), 2),
    (("青溪发布", "2024-03-05 18:30", "2024-03-05", "青政发〔2024〕9号"), 3),
    (("作者：李明", "青政发〔2024〕9号"), 0),  # (a field: stepped over only to the number, past_page_lines)
    (("2024年3月5日", "青政告〔2024〕3号"), 0),  # (a 公告's day)
    (("各乡镇人民政府，县直各单位：",), 0),
])
def test_page_lines_end(texts, end):
    assert page_lines_end(_lines(*texts), 0) == end


@pytest.mark.parametrize("texts,under", [
    (("2024-03-05", "打印", "青政发〔2024〕9号"), 2),
    (("作者：李明", "青政发〔2024〕9号"), 1),
    (("来源：青溪县人民政府办公室", "作者：李明", "青政发〔2024〕9号"), 2),
    # the page's fields over the text, no number under them: what stands under the title is the fields
    (("来源：青溪县人民政府办公室", "作者：李明", "当前正值春季森林防火关键期。"), 0),
    (("2024-03-05", "来源：青溪县人民政府办公室", "当前正值春季森林防火关键期。"), 1),
])
def test_past_page_lines(texts, under):
    assert past_page_lines(_lines(*texts), 0) == under


@pytest.mark.parametrize("texts,i,piece", [
    (("2024-03-05", "打印", "青政发〔2024〕9号"), 1, True),
    (("青溪发布", "2024-03-05 18:30", "青政发〔2024〕9号"), 0, True),
    (("2024-03-05", "打印", "青政发〔2024〕9号"), 0, False),  # (the page's day: its field, metadata)
    (("青溪县人民政府", "2024年3月5日"), 0, False),
])
def test_in_page_lines(texts, i, piece):
    assert in_page_lines(_lines(*texts), i) is piece
