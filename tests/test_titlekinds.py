"""Unit tests of titlekinds' rules, from gazette excerpts."""

import pytest

from generator.titlekinds import SUFFIX_LINE


@pytest.mark.parametrize("key,suffix", [
    ("(试行)", True), ("(2024年修订)", True), ("(更正稿)", True), ("(更正)", True), ("(更正版)", True),
    ("(更正如下)", False), ("(3)", False),
])
def test_a_titles_suffix_on_a_line_of_its_own(key, suffix):
    assert bool(SUFFIX_LINE.match(key)) is suffix


@pytest.mark.parametrize("texts, start", [
    (["在全县经济工作会议暨2023年度目标考核", "表彰大会上的讲话"], 0),
    (["在全县安全生产工作会议", "— —暨2024年安全生产月活动启动仪式上的讲话"], 0),  # (the subtitle's dash set apart)
    (["在青溪县第十八届人民代表大会", "第三次会议开幕式", "上的致辞"], 0),  # (over three lines)
    # near misses: the title on one line; a sentence's end over the last line; no 在 opening the lines
    (["在全县经济工作会议上的讲话"], None),
    (["各乡镇要认真贯彻落实。", "在全县经济工作会议暨目标考核", "表彰大会上的讲话"], 1),
    (["认真学习县委书记李明远同志在全县经济工作", "会议上的讲话"], None),
    (["全县上下要认真学习。", "会议上的讲话"], None),
])
def test_wrapped_speech_start(texts, start):
    from generator.model import Line
    from generator.normalize import fold
    from generator.titlekinds import wrapped_speech_start

    lines = [Line(n, text, fold(text)) for n, text in enumerate(texts, 1)]
    assert wrapped_speech_start(lines, len(lines) - 1, 0) == start
