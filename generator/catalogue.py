"""The provenance catalogue (datasets/catalogue.json): where each bundled gazette came from.

Entries are found by the sha256 of the file's bytes, never by its name. What the text says
wins; the catalogue fills what the text does not print and is cross-checked against what it
does (a disagreement is a diagnostic).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

from .model import Diagnostic, Gazette

REQUIRED = ("file", "sha256", "region", "division_code", "year", "issue", "obtained")


class CatalogueError(Exception):
    pass


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    file: str
    sha256: str
    region: str
    parent_region: str | None
    division_code: str
    year: int
    issue: int
    cumulative_issue: int | None
    obtained: str


def load_catalogue(path: str | Path) -> dict[str, CatalogueEntry]:
    """Entries by sha256. Raises CatalogueError naming the entry and the missing field."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise CatalogueError(f"{path}: cannot read the catalogue ({exc})") from None
    entries = data.get("gazettes") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise CatalogueError(f'{path}: expected {{"gazettes": [...]}}')
    out: dict[str, CatalogueEntry] = {}
    for n, item in enumerate(entries, start=1):
        missing = [k for k in REQUIRED if item.get(k) in (None, "")]
        if missing:
            raise CatalogueError(f"{path}: entry {n} lacks {', '.join(missing)}")
        entry = CatalogueEntry(
            file=item["file"], sha256=item["sha256"], region=item["region"],
            parent_region=item.get("parent_region"), division_code=str(item["division_code"]),
            year=int(item["year"]), issue=int(item["issue"]),
            cumulative_issue=item.get("cumulative_issue"), obtained=item["obtained"])
        out[entry.sha256] = entry
    return out


def apply_catalogue(gazette: Gazette, sha256: str,
                    catalogue: dict[str, CatalogueEntry] | None
                    ) -> tuple[Gazette, list[Diagnostic]]:
    if not catalogue:
        return gazette, []
    entry = catalogue.get(sha256)
    if entry is None:
        return gazette, [Diagnostic(
            "catalogue-missing", "info",
            "this file is not in the catalogue (matched by sha256); provenance unknown",
            None, None)]
    diags: list[Diagnostic] = []
    changes: dict = {"division_code": entry.division_code, "parent_region": entry.parent_region}
    for field, printed, listed in (
        ("region", gazette.region, entry.region),
        ("year", gazette.year, entry.year),
        ("issue", gazette.issue, entry.issue),
        ("cumulative_issue", gazette.cumulative_issue, entry.cumulative_issue),
    ):
        if listed is None:
            continue
        if printed is None:
            changes[field] = listed
            diags.append(Diagnostic(
                "filled-from-catalogue", "info",
                f"the text does not print the {field}; {listed} taken from the catalogue",
                None, None))
        elif printed != listed:
            diags.append(Diagnostic(
                "catalogue-mismatch", "warning",
                f"the text prints {field} {printed}, the catalogue says {listed} "
                f"({entry.file}); the text wins", None, str(printed)))
    return replace(gazette, **changes), diags
