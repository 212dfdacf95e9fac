"""What a build keeps for the next one under a key (frictionless's verdicts, rendered pages, a
gazette's generated pages, written resources): ``<folder>/<key[:2]>/<key>``, the first two
characters of the key fanning the entries out into folders of a few hundred, and what a build did
not use forgotten after it; an entry that is a folder of files kept whole; kept files placed by
hard links; the generator's own fingerprint and the libraries' versions, for the keys of what
they make."""

from __future__ import annotations

import hashlib
import os
import shutil
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent  # generator/


def kept_path(folder: Path, key: str) -> Path:
    return folder / key[:2] / key


def forget_unused(folder: Path, used: set[str]) -> int:
    """The entries under ``folder`` whose keys are not in ``used`` removed, and the fan folders
    they leave empty; returns how many entries went."""
    removed = 0
    if not folder.is_dir():
        return removed
    for fan in folder.iterdir():
        if not fan.is_dir():
            continue
        for entry in fan.iterdir():
            if entry.name not in used:
                if entry.is_dir():  # an entry that is a folder of files (a gazette's pages)
                    shutil.rmtree(entry, ignore_errors=True)
                else:
                    entry.unlink(missing_ok=True)
                removed += 1
        try:
            os.rmdir(fan)
        except OSError:
            pass  # not empty
    return removed


def link_or_copy(source: Path, target: Path) -> None:
    """``target`` made a hard link to ``source`` where the file system allows, a copy where it
    does not. Kept files are never written in place afterwards (a page or bundle written again
    is a new file), so a link is as safe as a copy."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def keep_files(folder: Path, key: str, base: Path, files: list[str], texts: dict[str, str] | None = None) -> bool:
    """An entry that is a folder of files: ``files`` (paths relative to ``base``) linked in at
    the same paths and ``texts`` written, built aside and put in place whole, so that an entry is
    never half there. Best effort: False when the cache cannot be written (that costs the next
    build time, never this one)."""
    kept = kept_path(folder, key)
    partial = kept.with_name(key + ".part")
    try:
        shutil.rmtree(partial, ignore_errors=True)
        for rel in files:
            link_or_copy(base / rel, partial / rel)
        for rel, text in (texts or {}).items():
            (partial / rel).write_text(text, encoding="utf-8")
        shutil.rmtree(kept, ignore_errors=True)
        os.replace(partial, kept)
    except OSError:
        shutil.rmtree(partial, ignore_errors=True)
        return False
    return True


def package_version(name: str) -> str:
    """An installed library's version, for the keys of what it helps make ("unknown" if it is
    not installed: every library asked about is a dependency)."""
    try:
        return version(name)
    except PackageNotFoundError:  # pragma: no cover - all are dependencies
        return "unknown"


@lru_cache(maxsize=None)
def code_fingerprint() -> str:
    """The sha256 of the generator's every file (code, templates, catalogues, schemas of its
    own): what a build kept is made again after any change to it."""
    h = hashlib.sha256()
    for path in sorted(p for p in PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(path.relative_to(PACKAGE).as_posix().encode("utf-8") + b"\0" + path.read_bytes())
    return h.hexdigest()
