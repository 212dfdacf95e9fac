"""``clean_lines``: a text's lines cleaned at once, each as ``clean`` cleans it (hypothesis)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.cleanlines import clean_lines
from generator.normalize import clean

# A line's characters: Chinese, spaces of every kind, tabs, invisible and control characters,
# full-width letters and digits, radicals, compatibility ideographs (BMP and beyond), the look-alike
# labels and a fake bold's doubled ending.
line_text = st.lists(
    st.sampled_from(
        list("平江县人民政府关于印发通知公报第期年月日号附件抄送仵迭印友午入大；;：:，。1234567890AB")
        + [" ", "  ", "\u3000", "\u00a0", "\t", "\u200b", "\ufeff", "\x0c", "\x0b", "\x85", "\x07", "\u2028",
           "２０２４", "ＰＪ", "⼈", "⺠", "\uf98e", "\U0002f800", "日印友", "附仵", "入民", "2024午", "于于"]),
    max_size=20,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(line_text, st.text(max_size=30).map(lambda t: t.replace("\n", "")), st.just("")),
                max_size=12))
def test_clean_lines_cleans_each_line_as_clean_does(lines):
    assert clean_lines(lines) == [clean(line) for line in lines]


@settings(max_examples=300, deadline=None)
@given(st.lists(line_text.filter(lambda t: t.isprintable()), max_size=12))
def test_clean_lines_of_printable_lines_cleans_each_as_clean_does(lines):
    """(the lines of the common text, which take the quick way)"""
    assert clean_lines(lines) == [clean(line) for line in lines]


def test_a_letter_spaced_line_and_an_empty_line():
    lines = ["松 岭 县 人 民 政 府", "", "关于印发通知的通知  ", "附仵：方案", "２０２４年", "⼈⺠政府", "关关于于"]
    assert clean_lines(lines) == [clean(line) for line in lines]
    assert clean_lines(lines)[:4] == ["松岭县人民政府", "", "关于印发通知的通知", "附件：方案"]
