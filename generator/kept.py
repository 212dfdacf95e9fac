"""What a build keeps for the next one under a key (frictionless's verdicts, rendered pages, a
gazette's generated pages): ``<folder>/<key[:2]>/<key>``, the first two characters of the key fanning the entries out into
folders of a few hundred, and what a build did not use forgotten after it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path


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
