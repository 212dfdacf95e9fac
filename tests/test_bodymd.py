"""bodymd.needs_escape: the three cheaper questions give the one pattern's answer
(``_NEEDS_ESCAPE``), and escape_md leaves alone only what needs nothing."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.bodymd import _NEEDS_ESCAPE, escape_md, needs_escape

# What the patterns turn on: Markdown's and HTML's characters, list numbers and bullets, white
# space of several kinds (a tab, the ideographic space, a form feed, \r), line ends, Han text.
ALPHABET = "&<>\\`*_[]{}#|~!0123456789.)>-+= \t\u3000\x0c\r\n\u2028\u00a0中文甲乙ab"


# (pieces as well as characters, so that runs the patterns ask for — two spaces before a line's
# end, four of indent, a number and its stop — come up often)
PIECES = list(ALPHABET) + ["  ", "  \n", "    ", " \t", "1.", "12)", "---", "\n\n", "\n-", "\n1. "]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_needs_escape_answers_as_the_pattern(text):
    assert needs_escape(text) == (_NEEDS_ESCAPE.search(text) is not None)


@pytest.mark.parametrize("text,needs", [
    ("关于印发《青溪县2024年重点工作》的通知", False),
    ("12.5", False), ("1,234.00", False), ("2.地区生产总值", False), ("-3℃", False),
    ("1. 总则", True), ("2) 其他", True), ("- 项目", True), ("+ 项目", True), ("> 引文", True),
    ("---", True), ("===", True), ("　1. 总则", True),  # (an ideographic space before it too)
    ("第一段\n2. 第二段", True), ("第一段  \n第二段", True), ("第一段 \n第二段", False),
    ("\t缩进", True), ("    缩进", True), ("   不足四格", False),
    ("a & b", True), ("<script>", True), ("**粗**", True), ("[链接](x)", True), ("#话题", True),
])
def test_needs_escape_of_excerpts(text, needs):
    assert needs_escape(text) is needs
    assert (escape_md(text) != text) is needs
