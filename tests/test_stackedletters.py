"""Traditional Mongolian extracted a letter a line (``stackedletters``)."""

import pytest

from generator.model import Line
from generator.normalize import fold
from generator.stackedletters import lone_letter, run_text, script_run_end, stack_end, stacked_text


def _lines(texts):
    return [Line(k + 1, text, fold(text)) for k, text in enumerate(texts)]


@pytest.mark.parametrize("key,alone", [
    ("ᠠ", True), ("ᠭ᠋", True),  # (a letter with its variation selector)
    ("ᠠᠷᠤ", False), ("ᠬᠣᠲᠠ ᠶᠢᠨ", False),  # a word, a line of words
    ("一", False), ("a", False), ("1", False), ("", False), ("ꆈ", False), ("ك", False),
])
def test_lone_letter(key, alone):
    assert lone_letter(key) is alone


@pytest.mark.parametrize("texts,k,end", [
    (["…的通知", "ᠠ", "ᠷ", "ᠤ", "各苏木镇人民政府："], 1, 3),
    (["…的通知", "ᠠ", "ᠷ", "各苏木镇人民政府："], 1, 0),  # two letters: no run
    (["ᠠ", "ᠷ", "ᠤ", "ᠭ"], 0, 3),
    (["…的通知", "ᠠ", "ᠷ", "ᠤ"], 0, -1),  # (not a letter where asked)
    (["ᠬᠣᠲᠠ ᠶᠢᠨ", "ᠠ", "ᠷ"], 0, -1),
])
def test_stack_end(texts, k, end):
    assert stack_end(_lines(texts), k) == end


def test_stacked_text():
    assert stacked_text(_lines(["ᠠ", "ᠷ ", "ᠤ"])) == "ᠠᠷᠤ"


@pytest.mark.parametrize("texts,k,end,text", [
    (["…的通知", "ᠬᠣᠲᠠ", "ᠶᠢᠨ", "ᠨᠣᠭᠣᠭᠠᠷᠢᠭᠤᠯᠬᠤ", "锡市政办发〔2024〕7号"], 1, 3, "ᠬᠣᠲᠠ ᠶᠢᠨ ᠨᠣᠭᠣᠭᠠᠷᠢᠭᠤᠯᠬᠤ"),
    (["…的通知", "ᠠ", "ᠷ", "ᠤ", "各苏木镇人民政府："], 1, 3, "ᠠᠷᠤ"),
    (["…的通知", "연길시인민정부 2024년 봄철", "延吉市人民政府关于…的通知"], 1, 1, "연길시인민정부 2024년 봄철"),
    (["…的通知", "各苏木镇人民政府："], 1, 0, None),
])
def test_script_run(texts, k, end, text):
    lines = _lines(texts)
    assert script_run_end(lines, k) == end
    if text is not None:
        assert run_text(lines[k:end + 1]) == text


def test_lines_of_text_in_the_script_are_no_run():
    """Under a title, its translation then the text in that script, a line each: the translation alone."""
    lines = _lines(["…的通知", "연길시인민정부 도시가스안전관리를 강화할데 관한 통지", "각 향진인민정부, 가두판사처, 시정부 각 부문:",
                    "도시가스안전관리를 강화하기 위하여 관련 사항을 아래와 같이 통지한다."])
    assert script_run_end(lines, 1) == 1
