"""Memory handed back to the system between the build's stages.

A stage that builds hundreds of MB of rows or pages and lets them go leaves the freed memory
inside the C allocator's heap, scattered between the objects that live on (the parsed corpus),
where the next stage's worker processes and Pagefind cannot use it. glibc's ``malloc_trim``
returns every free page of the heap; elsewhere (another C library) this is a garbage collection
only.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import gc


@functools.cache
def _trim():
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return None
    return getattr(libc, "malloc_trim", None)


def give_back() -> None:
    """Collect garbage, then return the heap's free pages to the system (glibc)."""
    gc.collect()
    trim = _trim()
    if trim is not None:
        trim(0)
