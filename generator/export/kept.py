"""Export: resources kept between builds, so that a rebuild writes only the resources whose rows
changed.

A resource's files (CSV and Parquet) and descriptors are a function of its name, schema, rows and
extra metadata, of the generator's code and of the libraries that write them; the writer keeps
them in the cache under a key made of all that (``<folder>/<key[:2]>/<key>/``: the two files and
the descriptors as JSON), and a later build with the same key links the files in place instead of
writing (and reading back) them again. Only resources written without a problem are kept.
Frictionless's verdicts are kept apart (``validated.py``), under the files' bytes.
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ..kept import code_fingerprint, forget_unused, keep_files, kept_path, link_or_copy

_DESCRIPTORS = "descriptors.json"


def _salt() -> str:
    import pyarrow

    return f"{code_fingerprint()} pyarrow {pyarrow.__version__} python {sys.version}"


@dataclass(frozen=True)
class KeptResources:
    """Kept resources under ``folder``; small enough to hand to a worker process."""
    folder: Path
    salt: str = field(default_factory=_salt)

    def key(self, name: str, schema: dict, rows: list[dict], extra: dict) -> str:
        blob = json.dumps([self.salt, name, schema, rows, extra], ensure_ascii=False, separators=(",", ":"),
                          default=str)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    def place(self, key: str, folder: Path, name: str) -> tuple[dict, dict, list[str]] | None:
        """The kept resource linked into ``folder`` and its (CSV, Parquet) descriptors, as
        ``write_resource`` returns them; None when it is not kept."""
        kept = kept_path(self.folder, key)
        try:
            csv_descriptor, parquet_descriptor = json.loads((kept / _DESCRIPTORS).read_text(encoding="utf-8"))
            for suffix in (".csv", ".parquet"):
                link_or_copy(kept / f"{name}{suffix}", folder / f"{name}{suffix}")
        except (OSError, ValueError):
            for suffix in (".csv", ".parquet"):
                (folder / f"{name}{suffix}").unlink(missing_ok=True)
            return None
        return csv_descriptor, parquet_descriptor, []

    def keep(self, key: str, folder: Path, name: str, written: tuple[dict, dict, list[str]]) -> None:
        """A resource just written kept under ``key``, unless it had a problem."""
        if not written[2]:
            keep_files(self.folder, key, folder, [f"{name}.csv", f"{name}.parquet"],
                       {_DESCRIPTORS: json.dumps(written[:2], ensure_ascii=False)})

    def forget_unused(self, used: set[str]) -> int:
        """Resources the build did not use, removed; returns how many."""
        return forget_unused(self.folder, used)
