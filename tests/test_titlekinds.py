"""Unit tests of titlekinds' rules, from gazette excerpts."""

import pytest

from generator.titlekinds import SUFFIX_LINE


@pytest.mark.parametrize("key,suffix", [
    ("(试行)", True), ("(2024年修订)", True), ("(更正稿)", True), ("(更正)", True), ("(更正版)", True),
    ("(更正如下)", False), ("(3)", False),
])
def test_a_titles_suffix_on_a_line_of_its_own(key, suffix):
    assert bool(SUFFIX_LINE.match(key)) is suffix
