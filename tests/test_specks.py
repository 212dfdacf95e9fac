"""furniture.is_speck: what OCR reads of a speck on a scanned page, alone on a line, is the page's
furniture — kept in its segment, never a paragraph, and no line between a title and its number."""

import pytest

from generator.furniture import is_page_mark, is_speck
from generator.model import Line
from generator.normalize import fold


@pytest.mark.parametrize("text, speck", [
    ("'", True), ("_", True), ("`", True), (".", True), (".,", True), ("|", True), ("·", True), ("‘", True),
    ("^", True), ("~", False),  # (a range's tilde between years stacked in a cell: 2024 / ~ / 2025)
    # what a wrap may leave alone of the text, a rule's or a range's dash, a bullet's text, a figure
    ("。", False), ("，", False), ("、", False), ("—", False), ("-", False), ("1", False), ("一", False),
    ("...", False), ("', '", False), ("", False), ("a", False),
])
def test_a_speck_alone_on_a_line(text, speck):
    assert is_speck(text) is speck
    if speck:  # (a page's mark: the rules that pass over a page's furniture pass over it)
        assert is_page_mark(Line(3, text, fold(text)))


@pytest.mark.parametrize("text, rule", [
    ("★★★★★★★★★★", True), ("◆◆◆◆◆◆", True), ("※※※※※※※※", True), ("＊＊＊＊", True), ("☆ ☆ ☆ ☆ ☆ ☆", True),
    ("  ■■■■■■■■  ", True), ("~~~", True),
    ("★★", False),  # (two: a mark, not a rule)
    ("★★★", False), ("★★★★★", False), ("☆ ☆ ☆ ☆", False),  # (five stars or fewer: a rating, 星级, a table's cell)
    ("◆◆◆", True),  # (no rating prints diamonds)
    ("□□□□□□□□□□□□□□□□□□", False), ("□□□□□□", False),  # (a form's boxes to fill in: 身份证号码, 邮政编码)
    ("★县政府文件★", False), ("★☆★☆★☆", False), ("◆◆◆县政府文件", False), ("■ 县政府文件", False),
])
def test_a_line_of_one_ornament_is_a_rule(text, rule):
    """A line of one ornament printed again and again (★★★★★★ between documents) is a rule, as a
    line of ═ is: rulelines.is_border, and a rule block in the body."""
    from generator.rulelines import is_border

    assert is_border(text) is rule
