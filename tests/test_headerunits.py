"""headerunits: a header's third line printing the units under its second line's wrapped words."""

import pytest

from generator.headerunits import units_under_a_wrap


@pytest.mark.parametrize("second, third, row, run_on", [
    (["号", None, "农村公路", "任务"], [None, None, "（公里）", "（座）"], ["号", None, "农村公路（公里）", "任务（座）"], True),
    ([None, None, "农村公路", "任务"], [None, None, "（公里）", "（座）"], [None, None, "农村公路（公里）", "任务（座）"], True),
    ([None, "户籍人口", "人数"], [None, "（人）", "（人）", "（%）"], [None, "户籍人口（人）", "人数（人）", "（%）"], True),
    # near misses: a third row of figures (the first data row); a second row of units itself
    (["号", None, "农村公路", "任务"], ["1", "城关镇", "12.5", "2"], ["号", None, "农村公路", "任务"], False),
    ([None, None, "（公里）", "（座）"], [None, None, "（公里）", "（座）"], [None, None, "（公里）", "（座）"], False),
])
def test_units_under_a_headers_wrapped_words(second, third, row, run_on):
    assert units_under_a_wrap([["序", "乡镇", "新改建", "危桥改造"], second, third], [False] * 3, 1) == (row, run_on)
