"""Memory handed back between the build's stages."""

from pathlib import Path

import pytest

ROLLUP = Path("/proc/self/smaps_rollup")


def resident() -> int:
    """This process's resident memory, KB (Linux)."""
    return int(ROLLUP.read_text().split("Rss:")[1].split()[0])


def test_memory_freed_by_a_stage_goes_back_to_the_system():
    """Rows let go between objects that stay (the corpus) leave the heap's pages resident until
    give_back returns them (glibc)."""
    from generator.memory import _trim, give_back

    if _trim() is None or not ROLLUP.exists():
        pytest.skip("needs glibc's malloc_trim and Linux's /proc")

    kept, freed = [], []
    for i in range(150_000):  # ~230 MB of strings of 1.5 KB (as a document's text), one in twenty kept
        (kept if i % 20 == 0 else freed).append(f"{i:>8}县人民政府关于印发通知" * 40)
    before = resident()
    del freed
    give_back()
    assert resident() < before - 100_000  # of the ~220 MB let go, more than 100 MB returned
    assert len(kept) == 7_500


class Unpicklable:
    def __reduce__(self):
        raise AssertionError("pickled")


def test_work_in_a_fork_finds_its_arguments_and_gives_its_memory_back(tmp_path):
    """start_in_fork: the call goes to the child unpickled (a closure, an object that refuses
    pickling), the result comes back, the child's memory is never this process's, and the call
    returns while the child still works."""
    from generator.memory import start_in_fork

    if not ROLLUP.exists():
        pytest.skip("needs Linux's /proc")

    go = tmp_path / "go"
    guard = Unpicklable()

    def work(n: int) -> int:
        import time

        for _ in range(3000):  # waits for the parent: start_in_fork must have returned already
            if go.exists():
                break
            time.sleep(0.01)
        else:
            raise TimeoutError("the parent did not go on while the child worked")
        rows = [f"{i:>8}县人民政府关于印发通知" * 40 for i in range(n)]  # ~230 MB
        return len(rows) + (guard is not None)

    before = resident()
    started = start_in_fork(work, 150_000)
    go.touch()
    assert started.result() == 150_001
    assert resident() < before + 50_000  # KB: the child's 230 MB were never here


def test_an_error_in_the_fork_is_raised_in_the_caller():
    from generator.export import DataError
    from generator.memory import in_fork

    def fail():
        raise DataError(["documents row 2: required field title is empty"])

    with pytest.raises(DataError) as err:
        in_fork(fail)
    assert err.value.problems == ["documents row 2: required field title is empty"]


def _forkserver_square(n: int) -> int:
    return n * n


def test_a_fork_of_a_process_that_used_a_forkserver_can_use_one():
    """The child starts its own forkserver instead of checking on its parent's (which is not its
    child, and waitpid would fail)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from generator.memory import in_fork

    def pool_square() -> int:
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("forkserver")) as pool:
            return pool.submit(_forkserver_square, 7).result()

    assert pool_square() == 49  # this process has a forkserver now
    assert in_fork(pool_square) == 49
    assert pool_square() == 49  # and still has it


def test_the_benchmark_counts_processes_started_by_any_thread():
    """The benchmark's memory of a process tree counts a child that a thread other than the main
    one started (as the search lanes start Pagefind): /proc lists it under that thread."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from benchmarks.run import _tree_rss

    if not ROLLUP.exists():
        pytest.skip("needs Linux's /proc")
    script = ("import subprocess, sys, threading, time\n"
              "child = 'b = bytearray(300 << 20); print(1, flush=True); import time; time.sleep(60)'\n"
              "def lane():\n"
              "    p = subprocess.Popen([sys.executable, '-c', child], stdout=subprocess.PIPE)\n"
              "    p.stdout.readline(); print('ready', flush=True); p.wait()\n"
              "threading.Thread(target=lane, daemon=True).start()\n"
              "time.sleep(60)\n")
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                              start_new_session=True)
    try:
        assert parent.stdout.readline().strip() == "ready"
        time.sleep(0.2)
        assert _tree_rss(parent.pid) > 300 << 20
    finally:
        os.killpg(parent.pid, signal.SIGKILL)
        parent.wait()


def test_the_collector_is_paused_and_given_back_as_it_was():
    """gc_paused turns the cyclic collector off inside and back to what it was after, an error
    or not (off stays off)."""
    import gc

    from generator.memory import gc_paused

    assert gc.isenabled()
    with pytest.raises(ValueError):
        with gc_paused():
            assert not gc.isenabled()
            raise ValueError
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def _parse_with_the_collector_on(path, catalogue):
    """The parse of a worker (a fork: it finds this in place of corpus._parse_one), refused
    when the collector is off there, or when what the worker inherited is not frozen (out of
    the collector's sight)."""
    import gc

    from generator.corpus import parse_source, read_source

    if not gc.isenabled() or gc.get_freeze_count() == 0:
        return f"{path}: the collector is off, or nothing is frozen"
    return parse_source(read_source(path), catalogue)


def test_the_corpus_is_collected_with_the_collector_paused_and_parsed_with_it_on(tmp_path, monkeypatch):
    """The main process unpickles the workers' results with the collector off (each full
    collection would walk the whole corpus built so far); the workers, started before, parse
    with it on, what they inherited frozen; afterwards it is on again."""
    import gc
    import shutil

    import generator.corpus as corpus

    gazettes = tmp_path / "gazettes"
    gazettes.mkdir()
    for sample in sorted(Path("datasets/gazettes").glob("*.txt"))[:2]:
        shutil.copy(sample, gazettes / sample.name)
    real_keep = corpus._write_cache
    collecting = []

    def keep(*args):  # in the main process, as each result comes
        collecting.append(gc.isenabled())
        real_keep(*args)

    monkeypatch.setattr(corpus, "_parse_one", _parse_with_the_collector_on)
    monkeypatch.setattr(corpus, "_write_cache", keep)
    failures = []
    results, report = corpus.load_corpus(gazettes, None, tmp_path / "cache", jobs=2, log=failures.append)
    assert report.failed == 0 and report.parsed == 2 and len(results) == 2, failures
    assert collecting == [False, False] and gc.isenabled()
