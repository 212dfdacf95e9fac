"""What frictionless has already found valid: a mark per resource (or per group of resources that
refer to each other), kept in the cache folder between builds.

A mark's name is the sha256 of what the verdict depends on: frictionless's version, the
resource descriptors (schema, format, the size and hash they declare) and the size and sha256 each
file has when it is checked (read afresh, so a file changed behind its descriptor is validated
again, and frictionless reports the mismatch). A resource whose
mark exists was validated, with the same bytes and the same schema, without a problem, so it is
not read again; anything else is validated. Only verdicts without a problem are kept, so a broken
resource is reported at every build. The marks of a build replace those of the build before.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from ..kept import forget_unused, kept_path, package_version

FOLDER = "validated"  # beside the parse cache's version folders


class Verdicts:
    """The marks under ``<cache>/validated/``; with no cache folder, nothing is known and nothing
    is kept."""

    def __init__(self, cache: Path | None):
        self.folder = Path(cache) / FOLDER if cache else None
        self.salt = package_version("frictionless")
        self.used: set[str] = set()

    def key(self, *parts) -> str:
        blob = json.dumps([self.salt, *parts], ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    def known(self, key: str) -> bool:
        self.used.add(key)
        return self.folder is not None and kept_path(self.folder, key).exists()

    def remember(self, keys) -> None:
        """Mark the keys valid (best effort: a cache that cannot be written costs the next build
        time, never this one)."""
        if self.folder is None:
            return
        for key in keys:
            mark = kept_path(self.folder, key)
            try:
                mark.parent.mkdir(parents=True, exist_ok=True)
                mark.touch()
            except OSError:
                return

    def forget_unused(self) -> None:
        """Remove the marks this build did not ask about (the cache keeps one build's verdicts)."""
        if self.folder is not None:
            forget_unused(self.folder, self.used)
