"""Tables copied from a web page one cell a line, each cell after a tab (lonecells)."""

import pytest

from generator.lonecells import lone_cell, lone_cells_untabbed
from generator.model import Line
from generator.normalize import fold


def lines_of(text: str) -> list[Line]:
    return [Line(no, t, fold(t)) for no, t in enumerate(text.split("\n"), start=1)]


@pytest.mark.parametrize("text,lone", [
    ("\t城关镇", True),
    ("36\t", True),
    ("\t\t发现隐患（处）", True),
    ("1\t城关镇", False),  # a tab row of two cells
    ("城关镇", False),  # no tab: a flat cell as it is
    ("\t\t", False),  # tabs alone
])
def test_a_lone_cell(text, lone):
    assert lone_cell(Line(1, text, fold(text))) is lone


@pytest.mark.parametrize("text,untabbed", [
    ("\t序号\n\t单位\n\t任务\n\t1\n\t城关镇\n\t85", ["序号", "单位", "任务", "1", "城关镇", "85"]),
    # near misses: a run opened by no 序号 line (a tab table's group row and its rows); a run too short
    ("序号\t单位\t任务\n\t一、城区\n1\t城关镇\t85", ["序号\t单位\t任务", "\t一、城区", "1\t城关镇\t85"]),
    ("\t序号\n\t单位\n1\t城关镇", ["\t序号", "\t单位", "1\t城关镇"]),
])
def test_runs_of_lone_cells_untabbed(text, untabbed):
    assert [line.text for line in lone_cells_untabbed(lines_of(text))] == untabbed
