"""Export: the processes that write resources, each as CSV and Parquet (the Parquet copy read
back and checked), a few batches in flight while the build makes the next rows.

Worker processes (forkserver: they never hold the corpus) write small resources; a resource with
hundreds of MB of text is written by a fork of the build's process, which already holds its rows;
resources written before with the same rows are linked from the cache (``kept.py``).
"""

from __future__ import annotations

import copy
from pathlib import Path

from ..memory import start_in_fork
from .kept import KeptResources
from .validate import check_parquet
from .write import resource_descriptor, text_bytes, write_csv, write_json, write_parquet


def _parquet_schema(schema: dict) -> dict:
    """The schema of the Parquet copy: the same fields; the keys are declared (and checked) on
    the CSV resources."""
    out = copy.deepcopy(schema)
    out.pop("foreignKeys", None)
    return out


def write_resource(folder: Path, name: str, schema: dict, rows: list[dict], extra: dict
                   ) -> tuple[dict, dict, list[str]]:
    """One resource as CSV and Parquet: (CSV descriptor, Parquet descriptor, problems). The
    Parquet copy is read back and compared with the rows."""
    csv_path = folder / f"{name}.csv"
    parquet_path = folder / f"{name}.parquet"
    write_csv(csv_path, schema, rows)
    groups = write_parquet(parquet_path, schema, rows)
    return (resource_descriptor(name, csv_path, folder, "csv", schema, **extra),
            resource_descriptor(f"{name}-parquet", parquet_path, folder, "parquet", _parquet_schema(schema), **extra),
            check_parquet(parquet_path, schema, rows, groups))


# Rows with more text than this (UTF-8, estimated) are written by a fork, not a worker (Writer.package).
LOCAL_BYTES = 64 << 20


def _text_bytes(rows: list[dict]) -> int:
    """About the UTF-8 size of the rows' text (``write.text_bytes``), stopping once it is past
    LOCAL_BYTES."""
    total = 0
    for row in rows:
        total += text_bytes(row)
        if total > LOCAL_BYTES:
            break
    return total


def _write_batch(folder: Path, batch: list[tuple[str, dict, list[dict], dict]], kept: KeptResources | None = None
                 ) -> tuple[list[tuple[dict, dict, list[str]]], list[str]]:
    """The resources written (or, with ``kept``, taken from an earlier build that wrote the same
    rows); returns what ``write_resource`` does for each, and the keys of the kept ones used."""
    if kept is None:
        return [_written(folder, item) for item in batch], []
    out, keys = [], []
    for item in batch:
        key = kept.key(*item)
        found = kept.place(key, folder, item[0])
        if found is None:
            found = _written(folder, item)
            kept.keep(key, folder, item[0], found)
        out.append(found)
        keys.append(key)
    return out, keys


class ResourceError(Exception):
    """Writing a resource failed; the message names it (a table's id names its gazette,
    document and place), so that the office knows which input to look at."""


def _written(folder: Path, item: tuple[str, dict, list[dict], dict]) -> tuple[dict, dict, list[str]]:
    try:
        return write_resource(folder, *item)
    except Exception as exc:  # noqa: BLE001 — named and raised again: the build fails, saying where
        raise ResourceError(f"writing the resource {item[0]} failed ({type(exc).__name__}: {exc})") from exc


class Writer:
    """Worker processes that write resources while the main process prepares the next ones (and
    the next package): a few batches in flight at a time, so that the rows of a large package
    are never all in memory at once. With one job, everything is written in this process."""

    def __init__(self, jobs: int | None = None, batch: int = 64, kept: Path | None = None):
        import os

        self.workers = jobs or os.cpu_count() or 1
        self.batch = batch
        self.pool = None
        # Resources an earlier build wrote with the same rows, kept in the cache (``kept.py``):
        # the workers link them in place of writing them again.
        self.kept = KeptResources(kept) if kept else None
        self.used: set[str] = set()

    def __enter__(self) -> "Writer":
        if self.workers > 1:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # fresh workers (forkserver), not forks of a parent that holds the corpus
            self.pool = ProcessPoolExecutor(max_workers=self.workers,
                                            mp_context=multiprocessing.get_context("forkserver"))
        return self

    def __exit__(self, *exc) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=exc[0] is not None)

    def package(self, folder: Path, meta: dict, resources, problems: list[str], batch: int | None = None,
                bounded: bool = True):
        """Start writing CSV and Parquet for each resource of ``resources`` (an iterable of
        (name, (schema, rows, extra)))); returns ``finish()``, which waits for them, writes
        datapackage.json and returns the descriptors (CSV first, then Parquet). Problems (a
        Parquet copy that reads back differently) go to ``problems``. ``bounded``: resources
        made as they are asked for wait while a few batches are in flight (rows already in
        memory need not)."""
        import itertools
        from collections import deque

        folder.mkdir(parents=True)
        size = batch or self.batch
        csv_descriptors, parquet_descriptors = [], []
        in_flight: deque = deque()

        def collect(outcome) -> None:
            written, keys = outcome
            for csv_descriptor, parquet_descriptor, found in written:
                csv_descriptors.append(csv_descriptor)
                parquet_descriptors.append(parquet_descriptor)
                problems.extend(found)
            self.used.update(keys)

        items = ((name, *resource) for name, resource in resources)
        while part := list(itertools.islice(items, size)):
            if self.pool is None:
                collect(_write_batch(folder, part, self.kept))
                continue
            # A resource with hundreds of MB of text (the documents' bodies) is not pickled for a
            # worker (it would be held three times over: rows, pickle, the worker's copy) but
            # written by a fork of this process, which sees the rows it holds already. It is
            # waited for: while the child copies the pages it touches, this process making the
            # next resources would add its own (+340 MB at 5,000 documents, for no time saved).
            # It is never kept: its rows change with any document.
            if any(_text_bytes(item[2]) > LOCAL_BYTES for item in part):
                written = start_in_fork(_write_batch, folder, part)
                written.result()  # in line with the workers' batches: the order stays
                in_flight.append(written)
            else:
                in_flight.append(self.pool.submit(_write_batch, folder, part, self.kept))
            while bounded and len(in_flight) > 2 * self.workers:
                collect(in_flight.popleft().result())

        def finish() -> list[dict]:
            while in_flight:
                collect(in_flight.popleft().result())
            descriptor = {**meta, "resources": csv_descriptors + parquet_descriptors}
            write_json(folder / "datapackage.json", descriptor)
            return descriptor["resources"]

        return finish
