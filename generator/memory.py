"""Memory handed back to the system: between the build's stages, and by work done in a forked
child that ends (``start_in_fork``).

A stage that builds hundreds of MB of rows or pages and lets them go leaves the freed memory
inside the C allocator's heap, scattered between the objects that live on (the parsed corpus),
where the next stage's worker processes and Pagefind cannot use it. glibc's ``malloc_trim``
returns every free page of the heap; elsewhere (another C library) this is a garbage collection
only.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import functools
import gc
from concurrent.futures import Future


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


@contextlib.contextmanager
def gc_paused():
    """The cyclic garbage collector off while a large acyclic structure is built (the parsed
    corpus, unpickled result by result): each of its full collections would walk every object
    built so far (at 5,000 documents, 1.8 of the 3.9 s of CPU the parse's main process spends).
    Reference counting frees what it always frees; the collector is back on afterwards, as it was."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


# The call a forked child finds in its copy of this process (``start_in_fork``).
_INHERITED: list = []


def _run_inherited():
    _own_forkserver()
    function, args = _INHERITED[0]
    return function(*args)


def _own_forkserver() -> None:
    """A forked child inherits its parent's record of a running forkserver, which is not the
    child's own child: multiprocessing, checking on it with waitpid, would fail. The record is
    dropped (the parent's server goes on serving the parent) and the child starts a server of its
    own when it needs one."""
    import os
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    if server is None or getattr(server, "_forkserver_pid", None) is None:
        return
    try:
        os.close(server._forkserver_alive_fd)
    except (OSError, TypeError):
        pass
    server._forkserver_address = server._forkserver_alive_fd = server._forkserver_pid = None


def start_in_fork(function, *args) -> Future:
    """``function(*args)`` started in a forked copy of this process; returns its future. The
    child finds the function and its arguments in its own memory (nothing is pickled on the way
    in: a closure or hundreds of MB of rows go as they are; the result is pickled back) and gives
    all the memory it used back to the system when it ends, so that what the function builds is
    never held by this process. Where fork is not available, the call runs here and now."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    if "fork" not in multiprocessing.get_all_start_methods():
        done: Future = Future()
        try:
            done.set_result(function(*args))
        except BaseException as exc:  # noqa: BLE001 — given to the caller through the future
            done.set_exception(exc)
        return done
    _INHERITED[:] = [(function, args)]
    try:
        # With fork, the executor starts its process when the work is submitted: by the time
        # submit returns, the child holds its copy of the call.
        one = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
        started = one.submit(_run_inherited)
        one.shutdown(wait=False)  # the child finishes its work; the future gets the result
        return started
    finally:
        _INHERITED.clear()


def in_fork(function, *args):
    """``start_in_fork`` and wait for the result (an exception of the child is raised here)."""
    return start_in_fork(function, *args).result()
