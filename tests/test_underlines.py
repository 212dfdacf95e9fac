"""A table's header underlined by a rule of dash runs (generator/underlines.py)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import underlines
from generator.model import Line
from generator.normalize import fold
from generator.underlines import is_header_underline, read_across_underlines, underlines_a_tab_header


def _lines(*texts):
    return [Line(no, text, fold(text)) for no, text in enumerate(texts, start=1)]


@pytest.mark.parametrize("text, rule", [
    ("------ ---------- --------", True),
    ("  ------ ----------", True),
    ("====== ======", True),
    ("──────　──────", True),  # (set a full-width space apart)
    # near misses: a grid's borders, one unbroken rule, a dash alone, words
    ("+------+------+", False), ("|------|------|", False), ("----------", False), ("- -", False),
    ("—— 3 ——", False), ("------ 附件 ------", False),
])
def test_a_rule_of_dash_runs(text, rule):
    assert is_header_underline(text) is rule


@pytest.mark.parametrize("texts, underline", [
    (("序号\t乡镇\t完成率", "------ ------ ------", "1\t城关镇\t85%"), True),
    # near misses: runs that do not match the titles' cells; no rows under it
    (("序号\t乡镇\t完成率", "------ ------", "1\t城关镇\t85%"), False),
    (("序号\t乡镇\t完成率", "------ ------ ------", "各乡镇要加快进度。"), False),
])
def test_a_rule_under_a_tab_header(texts, underline):
    lines = _lines(*texts)
    kinds = ["table_row" if "\t" in line.text else "text" for line in lines]
    kinds[1] = "box_row"
    assert underlines_a_tab_header(lines, kinds, 1) is underline


def test_the_rule_is_taken_out_while_the_table_is_read_and_put_back():
    lines = _lines("序号   乡镇       完成率", "------ ---------- --------", "1      城关镇     85%",
                   "2      河口镇     72%", "现将进度通报如下。")
    seen = []

    def read(given, keep):
        seen.append([line.no for line in given])
        return given

    assert [line.no for line in read_across_underlines(read, lines, frozenset())] == [1, 2, 3, 4, 5]
    assert seen == [[1, 3, 4, 5]]
    # near miss: two runs under three titles is no underline of them: read as it stands
    other = _lines("序号   乡镇       完成率", "------ ----------", "1      城关镇     85%")
    seen.clear()
    read_across_underlines(read, other, frozenset())
    assert seen == [[1, 2, 3]]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["-", "=", "─", "━", "—", " ", "\n", "\t", "序号", "1", "a"]), max_size=12).map("".join))
def test_the_documents_first_check_is_the_pattern(text):
    """read_across_underlines' first check over the whole document answers as the pattern does."""
    assert underlines._holds_a_run(text) == bool(underlines._RUN.search(text))
