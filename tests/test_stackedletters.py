"""Traditional Mongolian extracted a letter a line (``stackedletters``)."""

import pytest

from generator.model import Line
from generator.normalize import fold
from generator.stackedletters import lone_letter, stack_end, stacked_text


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
