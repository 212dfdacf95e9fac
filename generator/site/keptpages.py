"""Render: a gazette's generated pages kept between builds, so that a rebuild renders only the
gazettes that changed.

A gazette's pages (its own page, its documents' and its tables'; in the site root's language its
downloads too) are a function of:

- its parse, known by the source's sha256 and path under the generator's code (as the parse
  cache knows it), and the other files that carry its issue (their diagnostics are on its page);
- the documents of other gazettes its documents cite, are cited by or are declared void by, each
  known by its gazette's sha256 and its id (the pages print their titles and link to them);
- what every page of a language shares: the generator's code, templates and catalogues, the
  settings, the data files (glossary, translations, agency codes, catalogue) and the versions of
  the libraries that render.

The pages step keeps each gazette's files under a key made of all that
(``<folder>/<key[:2]>/<key>/``, the files at their paths in the language's folder); a build whose
gazette has the same key links the kept files in place instead of rendering them. Anything shared
that changes changes every key. The listings (home, browse, lookup, the gazettes' list, data) are
rendered every time: they depend on every gazette.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from ..kept import code_fingerprint, forget_unused, keep_files, kept_path, link_or_copy, package_version

_LIBRARIES = ("jinja2", "markupsafe", "pypinyin")



def shared_key(settings, language: str) -> str:
    """What every generated page of one language depends on besides its gazette."""
    h = hashlib.sha256(f"{language}\0{settings!r}\0{code_fingerprint()}\0".encode("utf-8"))
    for package in _LIBRARIES:
        h.update(f"{package} {package_version(package)}\0".encode("utf-8"))
    paths = settings.paths
    for name in (paths.glossary, paths.translations, paths.agency_codes, paths.catalogue):
        file = Path(name)
        h.update(name.encode("utf-8") + b"\0" + (file.read_bytes() if file.is_file() else b"") + b"\0")
    return h.hexdigest()


def gazette_key(shared: str, gazette: dict, documents: list, corpus) -> str:
    """The key of one gazette's pages: ``gazette`` is its view, ``documents`` the documents whose
    pages it holds, ``corpus`` gives what they cite and what cites or voids them."""

    def ref(doc) -> list[str] | None:
        return [corpus.doc_gazette[doc.id]["sha256"], doc.id] if doc is not None else None

    links = []
    for d in documents:
        validity = corpus.validity.get(d.id)
        links.append([
            d.id,
            [[c["title"], c["doc_number"], c["issuer"], c["target"], ref(c["target_doc"])]
             for c in corpus.cites.get(d.id, [])],
            [ref(c) for c in corpus.cited_by.get(d.id, [])],
            [validity["status"], validity["decision"], ref(validity["decision_doc"])] if validity else None,
        ])
    # The other files of its issue (collate.py) give it diagnostics its own parse has not.
    blob = json.dumps([shared, gazette["id"], gazette["sha256"], gazette["source_shown"], gazette["copies"], links],
                      ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class KeptPages:
    """The kept pages of one language: ``<folder>/<key[:2]>/<key>/<path in the language's folder>``."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.used: set[str] = set()

    def place(self, key: str, base: Path, files: int) -> bool:
        """The kept files of ``key`` linked into ``base`` (neither copy is ever written in place);
        False when there are not the ``files`` files the gazette writes (none kept, or some lost)."""
        kept = kept_path(self.folder, key)
        found = [path for path in kept.rglob("*") if path.is_file()] if kept.is_dir() else []
        if len(found) != files:
            return False
        for path in found:
            link_or_copy(path, base / path.relative_to(kept))
        self.used.add(key)
        return True

    def keep(self, key: str, base: Path, written: list[str]) -> None:
        """The files a gazette's pages wrote (paths relative to ``base``) kept under ``key``."""
        if keep_files(self.folder, key, base, written):
            self.used.add(key)

    def forget_unused(self) -> int:
        """Gazettes' pages this build did not use, removed; returns how many."""
        return forget_unused(self.folder, self.used)
