"""An attachment's mark run onto the end of the sentence above it (generator/markrunon.py)."""

import pytest

from generator.markrunon import mark_run_on, marks_apart
from generator.model import Line
from generator.normalize import fold


@pytest.mark.parametrize("text, split", [
    ("（松政办发〔2019〕15号）同时废止。附件", ("（松政办发〔2019〕15号）同时废止。", "附件")),
    ("本方案自印发之日起施行。附件2", ("本方案自印发之日起施行。", "附件2")),
    ("请认真贯彻执行！ 附件 三", ("请认真贯彻执行！", "附件 三")),
    # near misses: the mark inside a sentence, 附件： listing, a sentence's end after it
    ("各单位职责分工详见附件", None),
    ("请按附件1要求填报", None),
    ("特此通知。附件：1.任务分工表", None),
    ("见附件。", None),
])
def test_mark_run_on(text, split):
    assert mark_run_on(text) == split


def _lines(texts):
    return [Line(no, text, fold(text)) for no, text in enumerate(texts, start=1)]


def test_the_mark_apart_only_over_a_title():
    over_a_title = marks_apart(_lines(["同时废止。附件", "成员单位职责分工表"]))
    assert [(x.no, x.text) for x in over_a_title] == [(1, "同时废止。"), (1, "附件"), (2, "成员单位职责分工表")]
    over_a_sentence = _lines(["同时废止。附件", "各成员单位要按照职责分工，切实做好应急保障工作，确保各项措施落到实处。"])
    assert marks_apart(over_a_sentence) == over_a_sentence
    assert marks_apart(_lines(["同时废止。附件"])) == _lines(["同时废止。附件"])  # (nothing under it)
