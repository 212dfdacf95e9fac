"""Load a folder of gazettes: parsed in parallel across processes, with a parse cache.

The cache keeps each parse result under a key made of the source's sha256, its path and its
catalogue entry, in a folder named for the parser's version (a digest of the parser's code), so
adding or changing one gazette re-parses only that gazette, and any change to the parser starts
afresh (the folders of older versions are removed). A cached result is the same object a fresh
parse gives (tested), so the output of a build is the same with or without the cache. The cache
is the build's own folder, trusted like the code: it holds pickles.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import re
import shutil
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, replace
from functools import cache
from pathlib import Path

from .catalogue import CatalogueEntry
from .collate import collate
from .ingest import HEAD_BYTES, UnusableInput, binary_head, read_source
from .model import ParseResult
from .memory import gc_paused
from .pipeline import parse_source

PACKAGE = Path(__file__).parent


# Modules of the package that are not the parser: a change to them keeps the parse cache.
NOT_THE_PARSER = {"cli.py", "settings.py", "memory.py", "kept.py", "__main__.py"}
MARKER = "gongbao-parse-cache"  # a file in each version's folder: only such folders are removed


@cache
def code_version() -> str:
    """A digest of what a parse depends on: the parser's code (the package's top-level modules;
    the datasets, the site and the translations live in sub-packages), Python's Unicode data
    (NFKC) and pypinyin (column keys). Any change to them is a new version of the parser."""
    import unicodedata
    from importlib.metadata import version

    digest = hashlib.sha256(f"{unicodedata.unidata_version} pypinyin {version('pypinyin')}".encode())
    for path in sorted(p for p in PACKAGE.glob("*.py") if p.name not in NOT_THE_PARSER):
        digest.update(path.relative_to(PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@dataclass
class LoadReport:
    parsed: int = 0
    cached: int = 0
    failed: int = 0
    repeated: int = 0  # files that carry an issue another file carries (collate.py)


def _key(path: Path, sha256: str, catalogue: dict[str, CatalogueEntry] | None) -> str:
    """The parse of this file's bytes, at this path, with what the catalogue says of it: no
    catalogue, a catalogue that does not list it (a diagnostic), or its entry."""
    if catalogue is None:
        entry = "no catalogue"
    else:
        found = catalogue.get(sha256)
        entry = asdict(found) if found else "not in the catalogue"
    blob = repr((str(path), sha256, entry))
    return hashlib.sha256(blob.encode()).hexdigest()


_VERSION_NAME = re.compile(r"[0-9a-f]{16}")


def _version_folder(cache_dir: Path) -> Path:
    """The cache's folder for this version of the parser; the folders of other versions (and
    nothing else) are removed."""
    folder = cache_dir / code_version()
    if cache_dir.is_dir():
        for other in cache_dir.iterdir():
            if (other != folder and other.is_dir() and _VERSION_NAME.fullmatch(other.name)
                    and (other / MARKER).exists()):
                shutil.rmtree(other, ignore_errors=True)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / MARKER).touch()
    except OSError:
        pass  # a cache that cannot be written is only a slower build
    return folder


def _parse_one(path: str, catalogue) -> ParseResult | str:
    """Parse one file; an unusable file gives its message instead of a result, and so does a
    fault of the parser (a bug: the build stops with the file named, never half-written). The
    result keeps the number of source lines, not the lines (the later stages need no more)."""
    try:
        result = parse_source(read_source(path), catalogue)
    except UnusableInput as exc:
        return str(exc)
    except Exception as exc:  # noqa: BLE001 — reported with the file, the build fails cleanly
        return f"{path}: the parser failed ({type(exc).__name__}: {exc}); please report it with this file"
    return replace(result, source=result.source.without_lines())


def _link_refused(path: Path, folder: Path) -> str | None:
    """Why the symbolic link ``path`` is not read: it leads outside ``folder``, nowhere, or round
    in a loop; None for a file, or a link to a file in the folder."""
    if not path.is_symlink():
        return None
    try:
        target = path.resolve(strict=True)
    except RuntimeError:  # (Python 3.11 raises it for a loop)
        return "a symbolic link that leads round in a loop"
    except OSError:
        return "a symbolic link to nothing"
    try:
        target.relative_to(folder.resolve())
    except ValueError:
        return f"a symbolic link to a file outside the gazettes folder ({target})"
    return None


def _file_sha256(path: Path) -> str | None:
    """None when the file cannot be read, is no regular file or is binary: the parse refuses
    it, saying why (a binary file of gigabytes is not read to its end here either)."""
    try:
        if not path.is_file():
            return None
        with path.open("rb") as fh:
            if binary_head(fh.read(HEAD_BYTES)):
                return None
            fh.seek(0)
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None


def load_corpus(folder: Path, catalogue: dict[str, CatalogueEntry] | None, cache_dir: Path | None = None,
                jobs: int | None = None, log=lambda message: print(message, file=sys.stderr)
                ) -> tuple[list[ParseResult], LoadReport]:
    """Every ``*.txt`` of ``folder`` parsed, in file-name order, one result a gazette (files
    that carry the same issue collated: ``collate.collate``). Unusable files are reported
    through ``log`` and counted as failed."""
    # 公报.TXT too; hidden files (an editor's lock, macOS's ._公报.txt) are not gazettes, as for glob
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".txt" and not p.name.startswith("."))
    report = LoadReport()
    refused = {p: why for p in files if (why := _link_refused(p, folder))}
    for path, why in refused.items():
        log(f"gongbao: {path}: {why}; not read (a link could publish any file of the machine): copy the "
            f"gazette into the folder")
        report.failed += 1
    files = [p for p in files if p not in refused]
    cache_dir = _version_folder(cache_dir) if cache_dir is not None else None
    results: dict[int, ParseResult] = {}
    todo: list[tuple[int, Path, str | None]] = []
    with gc_paused():  # the results are plain data, unpickled
        for i, path in enumerate(files):
            key = None
            if cache_dir is not None:
                sha = _file_sha256(path)
                key = _key(path, sha, catalogue) if sha else None
                cached = _read_cache(cache_dir, key) if key else None
                if cached is not None:
                    results[i] = cached
                    report.cached += 1
                    continue
            todo.append((i, path, key))
    workers = max(1, min(jobs or os.cpu_count() or 1, len(todo)))
    if todo:
        log(f"parsing {len(todo)} of {len(files)} gazettes ({report.cached} from the cache, "
            f"{workers} process{'es' if workers > 1 else ''})")
    # The biggest files first: a big gazette parsed last would keep one process at work while
    # the others wait. Each result goes to its file's place, and failures are told in the files'
    # order.
    todo.sort(key=lambda item: (-_size(item[1]), item[0]))
    failures: dict[int, str] = {}
    outcomes = _run(todo, catalogue, workers)
    for n, ((i, path, key), outcome) in enumerate(zip(todo, outcomes), start=1):
        if isinstance(outcome, str):
            failures[i] = outcome
            report.failed += 1
            continue
        results[i] = outcome
        report.parsed += 1
        if cache_dir is not None:  # keyed by the bytes that were parsed, not those first read
            _write_cache(cache_dir, _key(path, outcome.source.sha256, catalogue), outcome)
        if n % 50 == 0 or n == len(todo):
            log(f"[{n}/{len(todo)}] parsed {path.name}")
    for i in sorted(failures):
        log(f"gongbao: {failures[i]}")
    collated, report.repeated = collate([results[i] for i in sorted(results)])
    if report.repeated:
        log(f"gongbao: {report.repeated} file(s) carry an issue another file carries too; one copy of "
            f"each is published (diagnostic duplicate-file)")
    return collated, report


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # (read, and refused with its reason, by the parse)


def _run(todo, catalogue, workers: int):
    if workers == 1:
        for _, path, _ in todo:
            yield _parse_one(str(path), catalogue)
        return
    # Each worker starts by moving what it inherited (modules, compiled patterns) out of the
    # collector's sight (gc.freeze): its collections walk the objects of the parse only.
    with ProcessPoolExecutor(max_workers=workers, initializer=gc.freeze) as pool:
        outcomes = pool.map(_parse_one, [str(p) for _, p, _ in todo], [catalogue] * len(todo),
                            chunksize=max(1, len(todo) // (workers * 32)))  # (small: the last ones even out)
        # (the workers are started, the collector on in them): the results are plain data,
        # unpickled here as they come
        with gc_paused():
            yield from outcomes


def _read_cache(cache_dir: Path, key: str) -> ParseResult | None:
    path = cache_dir / key[:2] / f"{key}.pickle"
    try:
        with open(path, "rb") as fh:
            result = pickle.load(fh)
    except Exception:  # noqa: BLE001 — a missing, damaged or stale entry is parsed again
        return None
    return result if isinstance(result, ParseResult) else None


def _write_cache(cache_dir: Path, key: str, result: ParseResult) -> None:
    """Best effort: a full or read-only disk costs the next build time, never this build."""
    folder = cache_dir / key[:2]
    partial = folder / f".{key}.{os.getpid()}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(partial, "wb") as fh:
            pickle.dump(result, fh, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(folder / f"{key}.pickle")  # never a half-written entry
    except OSError:
        partial.unlink(missing_ok=True)
