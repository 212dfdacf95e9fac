"""sealwords: the seal's marks OCR leaves beside a signature, and between organs signing jointly."""

import pytest

from generator.model import Line
from generator.normalize import fold
from generator.sealwords import is_seal_mark, seal_between_signers


@pytest.mark.parametrize("key, mark", [
    ("(盖章)", True), ("(印)", True), ("(印章)", True), ("(盖章)(盖章)", True), ("(印)(印)(印)", True), ("印", True), ("◎", True), ("⊙", True), ("印印章", True), ("章印", True),
    ("○", False), ("●", False), ("印章管理", False), ("青溪县财政局", False), ("◎◎◎◎◎◎◎", False), ("", False),
])
def test_is_seal_mark(key, mark):
    assert is_seal_mark(key) is mark


def _lines(texts):
    return [Line(n, text, fold(text).replace(" ", "")) for n, text in enumerate(texts, 1)]


@pytest.mark.parametrize("texts, kinds, k, between", [
    (["青溪县财政局", "（盖章）", "青溪县人力资源和社会保障局", "（盖章）", "2024年3月20日"],
     ["org", "furniture", "org", "furniture", "date"], 1, True),
    (["青溪县民政局", "◎", "青溪县财政局", "印 印 章", "2024年3月25日"],
     ["org", "furniture", "org", "furniture", "date"], 1, True),
    (["青溪县民政局", "★", "青溪县医疗保障局", "★", "2024年3月27日"],
     ["org", "furniture", "org", "furniture", "date"], 1, True),
    (["青溪县财政局", "溪", "★", "政", "青溪县民政局", "2024年3月25日"],
     ["org", "furniture", "furniture", "furniture", "org", "date"], 1, True),
    # the seal under the last organ, over the date: none between two organs
    (["青溪县财政局", "（盖章）", "青溪县人力资源和社会保障局", "（盖章）", "2024年3月20日"],
     ["org", "furniture", "org", "furniture", "date"], 3, False),
    # a page's number between two organs is no seal's mark
    (["青溪县民政局", "— 5 —", "青溪县财政局", "2024年3月25日"], ["org", "furniture", "org", "date"], 1, False),
])
def test_seal_between_signers(texts, kinds, k, between):
    assert seal_between_signers(_lines(texts), kinds, k) is between


@pytest.mark.parametrize("text, letters", [
    ("ee", True), ("Ny ie", True), ("oe", True), ("i", True), ("fAhq", True),
    ("Qingxi", True),  # (asked only beside the signature: linekinds)
    ("Qingxi County", False),  # (more than six letters: words)
    ("PM2.5", False), ("kg/m", False), ("", False), ("青溪", False), ("ee印", False),
])
def test_is_seal_letters(text, letters):
    from generator.sealwords import is_seal_letters
    assert is_seal_letters(fold(text)) is letters


@pytest.mark.parametrize("kinds, k, by", [
    (["text", "text", "org", "date"], 1, True),          # over the signature
    (["text", "org", "text", "date"], 2, True),          # between the signature and the date
    (["text", "org", "date", "text"], 3, True),          # under the date, the signature over it
    (["org", "furniture", "date", "text"], 3, True),     # …the seal's other mark between them
    (["text", "text", "date", "text"], 3, False),        # a date with no signature (a table's cell)
    (["text", "text", "text", "date"], 1, False),        # two lines off
])
def test_by_the_signature(kinds, k, by):
    from generator.linekinds import _by_the_signature
    assert _by_the_signature(kinds, k) is by
