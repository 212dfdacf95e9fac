"""Memory handed back between the build's stages."""

from pathlib import Path

import pytest


def test_memory_freed_by_a_stage_goes_back_to_the_system():
    """Rows let go between objects that stay (the corpus) leave the heap's pages resident until
    give_back returns them (glibc)."""
    from generator.memory import _trim, give_back

    if _trim() is None or not Path("/proc/self/smaps_rollup").exists():
        pytest.skip("needs glibc's malloc_trim and Linux's /proc")

    def resident() -> int:
        return int(Path("/proc/self/smaps_rollup").read_text().split("Rss:")[1].split()[0])

    kept, freed = [], []
    for i in range(150_000):  # ~230 MB of strings of 1.5 KB (as a document's text), one in twenty kept
        (kept if i % 20 == 0 else freed).append(f"{i:>8}县人民政府关于印发通知" * 40)
    before = resident()
    del freed
    give_back()
    assert resident() < before - 100_000  # of the ~220 MB let go, more than 100 MB returned
    assert len(kept) == 7_500
