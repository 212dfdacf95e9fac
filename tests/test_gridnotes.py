"""A table's note printed in its tab grid's last rows (gridnotes): taken off its tabs, no row."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.gridnotes import _LABELS, grid_notes_untabbed, is_grid_note
from generator.model import Line
from generator.normalize import fold


def lines_of(*texts):
    return [Line(no, t, fold(t)) for no, t in enumerate(texts, start=1)]


@pytest.mark.parametrize("text,note", [
    ("注：总投资含中央预算内投资。\t\t\t\t", True),
    ("\t说明：本表数据来源于县统计局", True),
    ("资料来源：县发展和改革局\t\t", True),
    ("注：总投资含中央预算内投资。", False),  # (no tab: a paragraph already)
    ("备注\t\t\t", False),  # (a title without its colon)
    ("注：\t见附件", False),  # (two cells)
])
def test_a_note_in_a_grid(text, note):
    assert is_grid_note(lines_of(text)[0]) is note


def test_a_notes_lines_under_the_last_row_are_taken_off_their_tabs():
    lines = lines_of("合计\t\t\t42400\t14500", "注：1.总投资含中央预算内投资；\t\t\t\t", "2.年度计划以实际下达为准。\t\t\t\t",
                     "南浦县发展和改革局")
    assert [line.text for line in grid_notes_untabbed(lines)] == [
        "合计\t\t\t42400\t14500", "注：1.总投资含中央预算内投资；", "2.年度计划以实际下达为准。", "南浦县发展和改革局"]
    # near miss: a note's line under no row of the grid (a paragraph set off by a tab) stays
    alone = lines_of("现将有关事项通知如下。", "注：请于3月底前报送。\t")
    assert [line.text for line in grid_notes_untabbed(alone)] == [line.text for line in alone]


def test_a_notes_markdown_row_of_empty_cells_loses_its_bars():
    lines = lines_of("| 合计 | | | 42400 | 14500 |", "| 注：总投资含中央预算内投资。 | | | | |", "| 2.年度计划以实际下达为准。 | | | | |")
    assert [line.text for line in grid_notes_untabbed(lines)] == [
        "| 合计 | | | 42400 | 14500 |", "注：总投资含中央预算内投资。", "2.年度计划以实际下达为准。"]
    # near miss: a row holding a note's words beside figures is a row
    row = lines_of("| 合计 | | | 42400 | 14500 |", "| 注：另列 | | | 300 | |")
    assert [line.text for line in grid_notes_untabbed(row)] == [line.text for line in row]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["注：", "说明:", "资料来源：", "说明", "资源", "\t", " ", "|", "1.", "合计"]), max_size=8).map("".join))
def test_a_note_opens_with_its_label_as_the_first_check_asks(text):
    """grid_notes_untabbed asks a line's label before the row above it: every grid note passes that check."""
    if is_grid_note(Line(1, text, fold(text))):
        assert text[:1] == "|" or text.lstrip("\t ").startswith(_LABELS)
