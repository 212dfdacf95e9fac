"""Rules of ``figures`` from real layouts: a cell listing figures (102，103) told from a figure
printed with thousands separators (1，234，567)."""

import pytest

from generator.columns import infer_type
from generator.figures import figure_list, lists_figures


@pytest.mark.parametrize("value,listed", [
    ("102，103", True),  # two proposals' numbers in one row's 提案号
    ("115，118，121", True),
    ("102,103", True),  # (an ASCII comma alike)
    ("1，234，567", False),  # a first group shorter than three digits: a figure
    ("12，345", False),
    ("103，102", False),  # groups not rising: no list of a row's numbers
    ("102，103.5", False),
    ("1020，103", False),
    ("102、103", False),  # (a list so marked is no figure anyway)
])
def test_figure_list(value, listed):
    assert figure_list(value) is listed


@pytest.mark.parametrize("values,listed", [
    (["101", "102，103", "107", "115，118，121", "126"], True),  # the 提案号 of a list of proposals
    (["101", "102，103", None, "—", "126"], True),  # (empty cells and placeholders not counted)
    (["12", "102，103", "36"], True),
    (["1025", "102，103", "1260"], False),  # figures of four digits beside it: thousands
    (["1，234，567", "102，103"], False),
    (["102，103", "115，118"], False),  # lists alone: nothing to tell them by
    (["101", "107", "126"], False),
    (["101", "12.5", "102，103"], True),  # (a column of numbers: infer_type asks only of integers)
])
def test_lists_figures(values, listed):
    assert lists_figures(values) is listed


@pytest.mark.parametrize("values,kind", [
    (["101", "102，103", "107", "115，118，121", "126"], "string"),
    (["1，234，567", "2，345，678", "860"], "integer"),
    (["1，250", "302，115", "860"], "integer"),  # 1，250: a figure of four digits; 302，115 its kind
    (["102，103"], "integer"),  # one cell alone: no column to tell it by
    (["12，345.60", "9，870.25", "706.70"], "number"),
])
def test_a_column_listing_figures_is_of_strings(values, kind):
    assert infer_type(values) == kind
