"""The parser stays within linear work: doubling the input about doubles the operations.

Operations are Python function calls counted by cProfile, not seconds, so the test does not
depend on the machine's speed or load (the speed goals are the benchmark's, make bench). The input
is a real gazette followed by renumbered copies of itself for other counties, as the benchmark's
corpus is made."""

import cProfile
import hashlib
import json
import pstats

import pytest

from benchmarks.synthetic import variant
from generator.identifiers import arabic
from generator.normalize import fold, squeeze, strip_markup
from generator.pipeline import parse_bytes
from tests.conftest import GAZETTES, ROOT, SAMPLES

REGIONS = {e["sha256"]: e["region"] for e in json.loads((ROOT / "datasets" / "catalogue.json").read_text(
    encoding="utf-8"))["gazettes"]}


def operations(data: bytes) -> tuple[int, int]:
    """(function calls, documents) of one parse, with the parser's caches emptied first."""
    for cached in (fold, strip_markup, squeeze, arabic):
        cached.cache_clear()
    profile = cProfile.Profile()
    profile.enable()
    result = parse_bytes(data, "scaling.txt")
    profile.disable()
    return pstats.Stats(profile).total_calls, len(result.documents)


@pytest.mark.parametrize("name", SAMPLES)
def test_doubling_the_input_at_most_about_doubles_the_work(name):
    data = (GAZETTES / name).read_bytes()
    region = REGIONS[hashlib.sha256(data).hexdigest()]
    text = data.decode("utf-8")
    counts = []
    for copies in (1, 2, 4):
        calls, documents = operations("\n".join(variant(text, region, k) for k in range(copies)).encode())
        counts.append(calls)
        assert documents >= copies  # the copies are read as documents, not dropped
    assert counts[1] <= 2.2 * counts[0] and counts[2] <= 2.2 * counts[1], counts
