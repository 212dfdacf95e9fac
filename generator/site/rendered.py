"""Render: generated pages as MkDocs rendered them, kept between builds.

A generated page's HTML is a function of its own Markdown (which holds its whole body, links
included, already rendered) and of what every page shares: the MkDocs configuration, the theme
and its overrides, the navigation's titles, the policy the plugin adds, the tools' versions. The
plugin keeps each rendered page under a key made of both; a later build whose page has the same
key takes the kept HTML and leaves the page out of MkDocs' work, so that a rebuild renders only
the pages that changed. Anything shared that changes changes every key.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from ..kept import forget_unused, kept_path, link_or_copy, package_version

_HERE = Path(__file__).parent
# What the plugin's output depends on beside the page: its own code and the theme overrides.
_SOURCES = (_HERE / "plugin.py", _HERE / "csp.py", _HERE / "rendered.py")
_OVERRIDES = _HERE / "overrides"
_LOCALES = _HERE.parent / "i18n" / "locales"



def build_key(config_file: Path, language: str, site_url: str, site_name: str) -> str:
    """What every page of one language's build shares: the configuration files (a language's
    file and the one it inherits), MkDocs', Material's and Jinja2's versions, the theme overrides,
    the plugin's code, the navigation's catalogue, the address and name given on the command
    line, and the build's date."""
    h = hashlib.sha256()
    versions = [package_version(name) for name in ("mkdocs", "mkdocs-material", "jinja2")]
    for part in (*versions, language, site_url, site_name, os.environ.get("SOURCE_DATE_EPOCH", "")):
        h.update(part.encode("utf-8") + b"\0")
    folder = config_file.parent
    # Each file named relative to its own folder: the key is the same in any checkout.
    files = [(p, folder) for p in sorted(folder.glob("mkdocs*.yml"))] + [(p, _HERE) for p in _SOURCES]
    files += [(p, _HERE) for p in sorted(_OVERRIDES.rglob("*")) if p.is_file()]
    files.append((_LOCALES / f"{language}.po", _LOCALES))
    for path, root in files:
        h.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        h.update(path.read_bytes() if path.exists() else b"")
    return h.hexdigest()


def page_key(shared: str, uri: str, source: Path) -> str:
    h = hashlib.sha256(f"{shared}\0{uri}\0".encode("utf-8"))
    with open(source, "rb") as f:
        h.update(hashlib.file_digest(f, "sha256").digest())
    return h.hexdigest()


class Rendered:
    """Kept pages of one language: ``<folder>/<key[:2]>/<key>``."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.used: set[str] = set()

    def _path(self, key: str) -> Path:
        return kept_path(self.folder, key)

    def find(self, key: str) -> Path | None:
        path = self._path(key)
        if path.is_file():
            self.used.add(key)
            return path
        return None

    def place(self, key: str, target: Path) -> None:
        """The kept page written at ``target`` (a link: neither copy is ever written in place)."""
        link_or_copy(self._path(key), target)

    def keep(self, key: str, written: Path) -> None:
        """A page MkDocs wrote, kept under its key."""
        path = self._path(key)
        partial = path.with_name(key + ".part")
        partial.unlink(missing_ok=True)
        link_or_copy(written, partial)
        os.replace(partial, path)
        self.used.add(key)

    def forget_unused(self) -> int:
        """Pages this build did not use, removed; returns how many."""
        return forget_unused(self.folder, self.used)
