"""The parse of each sample gazette equals its reviewed snapshot (make golden refreshes)."""

import difflib

from tests.conftest import SAMPLES
from tests.golden import GOLDEN, snapshot

import pytest


@pytest.mark.parametrize("name", SAMPLES)
def test_golden_snapshot(name):
    expected = (GOLDEN / name.replace(".txt", ".json")).read_text(encoding="utf-8")
    actual = snapshot(name)
    if actual != expected:
        diff = "".join(list(difflib.unified_diff(
            expected.splitlines(True), actual.splitlines(True), "golden", "now", n=2))[:80])
        pytest.fail(f"parse of {name} differs from tests/golden (run `make golden` and review):\n{diff}")
