"""The parser stays within linear work: doubling the input about doubles the operations.

Operations are Python function calls counted by cProfile, not seconds, so the test does not
depend on the machine's speed or load (the speed goals are the benchmark's, make bench). The input
is a real gazette followed by renumbered copies of itself for other counties, as the benchmark's
corpus is made."""

import cProfile
import hashlib
import json
import pstats
import subprocess
import sys

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


HOSTILE_RUNS = (" ", "\t", "\u00a0", "\u3000", ".", "…", "·", "-", "_", "．", " .", "|", "│", " |", "（ ")


def test_lines_with_endless_runs_are_read_in_linear_time():
    """A run of 10,000 spaces, tabs, dots or bars in a contents line, a body line, a table row or
    a box row, with or without a page number after it. Every pattern that can meet such a run
    takes it from its start, possessively, so that no run is scanned again from each of its
    characters or split between two quantifiers (such lines took hours). The work is not
    counted here (the regular expressions run in C): the parse runs in a child with a timeout, so
    that a hang fails the test instead of stopping the suite."""
    lines = ["平江县人民政府公报", "2023年第2期", "目 录", ""]
    body = ["平政办发〔2023〕7号", "平江县人民政府办公室关于印发某某办法的通知", "各乡镇人民政府：", "序号\t乡镇\t任务数"]
    for run in HOSTILE_RUNS:
        for tail in ("", "5", "（5）", "x"):
            long = run * (10_000 // len(run))
            lines += [f"平江县人民政府关于{long}{tail}的通知", f"平江县人民政府关于加强管理的通知{long}{tail}"]
            body += [f"现将有关事项通知如下{long}{tail}。", f"1\t安定镇{long}{tail}\t65906", f"│ 1 │ 安定镇{long}{tail} │ 65906 │"]
    text = "\n".join(lines + [""] + body) + "\n平江县人民政府办公室\n2023年7月28日\n"
    code = ("import sys; from generator.pipeline import parse_bytes; "
            "r = parse_bytes(sys.stdin.buffer.read(), 'runs.txt'); print(len(r.toc), len(r.documents))")
    proc = subprocess.run([sys.executable, "-c", code], input=text.encode("utf-8"), cwd=ROOT,
                          capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    toc, documents = map(int, proc.stdout.split())
    assert toc > 0 and documents >= 1
