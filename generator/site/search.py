"""Render: each language's Pagefind search index, split into bundles by gazette.

Pagefind holds a whole run's index in memory (about half a megabyte per Chinese page), so a large
site is indexed in parts: the pages of one gazette (its own page, its documents', its tables')
always go to the same bundle, chosen by a hash of the gazette's id; pages that belong to no gazette
go to the first. The first bundle is ``pagefind/`` (it carries Pagefind's interface), the others
``pagefind/shards/<n>/``, listed in ``pagefind/shards.json`` for the search page, which merges
them into one result list (Pagefind's ``mergeIndex``).

A bundle is a function of its pages' bytes and Pagefind's version, so it is kept in the cache under
that key (``kept.kept_path``): a build whose pages of a bundle did not change copies the bundle
instead of indexing again, and only the bundles holding a changed gazette are indexed afresh.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..kept import kept_path, link_or_copy, package_version

# Pagefind's interfaces: the search page uses the modular one (search.js), from the first bundle.
_INTERFACE = ("pagefind-modular-ui.js", "pagefind-modular-ui.css")
_UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css",
           "pagefind-highlight.js")
SHARDS_FILE = "shards.json"


@dataclass(frozen=True, slots=True)
class Bundle:
    """One Pagefind run: the pages (paths relative to the language's site) it indexes and where,
    relative to the site, its bundle goes."""
    number: int
    pages: tuple[str, ...]

    @property
    def folder(self) -> str:
        return "pagefind" if self.number == 0 else f"pagefind/shards/{self.number}"


@dataclass(frozen=True)
class PageGroups:
    """The gazette a page belongs to ("" for none), from its path; a mapping of page folders to
    gazettes, small enough to hand to another process."""

    groups: dict[str, str]

    def __call__(self, page: str) -> str:
        return self.groups.get(page.rsplit("/", 1)[0], "")


def gazette_of(corpus) -> PageGroups:
    """Each page's gazette: gazettes/<id>/, documents/<id>/ and tables/<id>/ pages belong to
    their gazette."""
    groups: dict[str, str] = {}
    for g in corpus.gazettes:
        groups[f"gazettes/{g['id']}"] = g["id"]
        for d in g["documents"]:
            groups[f"documents/{d.id}"] = g["id"]
            for t in d.tables:
                groups[f"tables/{t.id}"] = g["id"]
    return PageGroups(groups)


def _slot(group: str, count: int) -> int:
    if not group or count == 1:
        return 0
    return int.from_bytes(hashlib.sha256(group.encode("utf-8")).digest()[:8], "big") % count


def plan(pages: Iterable[str], group: Callable[[str], str], per_bundle: int) -> list[Bundle]:
    """The bundles for a language's pages: as many as ``per_bundle`` pages each on average, a
    gazette's pages together. Bundles that get no page are left out; the others are numbered
    from 0 on."""
    pages = sorted(pages)
    count = max(1, math.ceil(len(pages) / max(1, per_bundle)))
    slots: list[list[str]] = [[] for _ in range(count)]
    for page in pages:
        slots[_slot(group(page), count)].append(page)
    kept = [slot for slot in slots if slot] or [[]]
    return [Bundle(n, tuple(slot)) for n, slot in enumerate(kept)]


BODY = b"data-pagefind-body"


def pages_of(site: Path) -> list[str]:
    """The HTML pages of a language's built site that have a search body (not the other
    language's, not a bundle). The others are not staged for Pagefind at all: it would read and
    parse each only to find it has nothing to index (and a bundle of such pages alone would have
    them indexed whole)."""
    out = []
    for path in site.rglob("*.html"):
        rel = path.relative_to(site).as_posix()
        if not rel.startswith(("en/", "pagefind/")) and BODY in path.read_bytes():
            out.append(rel)
    return sorted(out)



def bundle_key(site: Path, bundle: Bundle) -> str:
    """What a bundle is made from: Pagefind's version and its pages' paths and bytes."""
    h = hashlib.sha256(f"pagefind {package_version('pagefind')}\n".encode())
    for page in bundle.pages:
        with open(site / page, "rb") as f:
            digest = hashlib.file_digest(f, "sha256").hexdigest()
        h.update(f"{page}\0{digest}\n".encode("utf-8"))
    return h.hexdigest()


def _copy_tree(src: Path, dst: Path) -> None:
    """A bundle copied file by file, by hard links where the file system allows."""
    shutil.copytree(src, dst, copy_function=lambda a, b: link_or_copy(Path(a), Path(b)))


def _run_pagefind(stage: Path, out: Path) -> None:
    try:
        proc = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(stage), "--output-path", str(out),
                               "--silent"], capture_output=True, text=True, timeout=3600)
    except subprocess.TimeoutExpired:
        raise RuntimeError("pagefind did not finish within an hour") from None
    entry = out / "pagefind-entry.json"
    if proc.returncode != 0 or not entry.exists():
        raise RuntimeError(f"pagefind failed: {proc.stderr.strip() or proc.stdout.strip()}")
    # Pagefind writes its languages in hash-map order; sorted, the file is the same every build.
    # Written anew (not in place): the bundle's files may be hard links into the cache.
    data = json.loads(entry.read_text(encoding="utf-8"))
    entry.unlink()
    entry.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
                     encoding="utf-8")


def index_bundle(site: Path, bundle: Bundle, work: Path, cache: Path | None) -> tuple[str, bool]:
    """Write one bundle into ``work/bundle-<n>`` (``place`` moves it into the site), from the
    cache when its pages are unchanged. Returns its key and whether it was indexed afresh."""
    out = work / f"bundle-{bundle.number}"
    shutil.rmtree(out, ignore_errors=True)
    key = bundle_key(site, bundle) if cache else ""
    kept = kept_path(cache, key) if cache else None
    if kept and (kept / "pagefind-entry.json").exists():
        _copy_tree(kept, out)
        return key, False
    # Pagefind indexes a folder: the bundle's pages are linked into one of their own.
    stage = work / f"stage-{bundle.number}"
    shutil.rmtree(stage, ignore_errors=True)
    for page in bundle.pages:
        link_or_copy(site / page, stage / page)
    _run_pagefind(stage, out)
    shutil.rmtree(stage, ignore_errors=True)
    for name in _UNUSED + (_INTERFACE if bundle.number else ()):
        (out / name).unlink(missing_ok=True)
    if kept:
        partial = kept.with_name(key + ".part")  # not a key: forgotten by the next build if left
        shutil.rmtree(partial, ignore_errors=True)
        _copy_tree(out, partial)
        os.replace(partial, kept)
    return key, True


def place(site: Path, bundles: list[Bundle], work: Path) -> None:
    """The bundles written by ``index_bundle`` moved into the site, with the list of the ones the
    search page merges (``pagefind/shards.json``, folders relative to pagefind/)."""
    shutil.rmtree(site / "pagefind", ignore_errors=True)
    for bundle in sorted(bundles, key=lambda b: b.number):
        target = site / bundle.folder
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(work / f"bundle-{bundle.number}", target)
    names = [b.folder.removeprefix("pagefind/") + "/" for b in bundles if b.number]
    (site / "pagefind" / SHARDS_FILE).write_text(json.dumps({"bundles": names}, separators=(",", ":")) + "\n",
                                                 encoding="utf-8")
