"""How much of the English site is curated: the share of interface strings, metadata values,
titles and table headers that have a translation reviewed by a person."""

from __future__ import annotations

from dataclasses import dataclass

from ..normalize import fold
from . import catalogues
from .english import English
from .workflow import pending

# Kinds of pending strings counted under each heading of the report.
GROUPS = {"metadata": ("region", "authority", "doc_type", "section", "gazette"),
          "titles": ("title",), "tables": ("caption", "column")}


@dataclass(frozen=True, slots=True)
class Share:
    curated: int
    total: int

    @property
    def percent(self) -> float:
        return 100.0 * self.curated / self.total if self.total else 100.0

    def __str__(self) -> str:
        return f"{self.percent:.0f}% ({self.curated}/{self.total})"


def _distinct(results) -> dict[str, set[str]]:
    """Every distinct string of each kind in the corpus."""
    seen: dict[str, set[str]] = {k: set() for kinds in GROUPS.values() for k in kinds}
    for r in results:
        g = r.gazette
        seen["gazette"].update(x for x in (g.title,) if x)
        seen["region"].update(x for x in (g.region, g.parent_region) if x)
        for d in r.documents:
            seen["title"].add(d.title)
            seen["doc_type"].update(x for x in (d.doc_type,) if x)
            seen["section"].update(x for x in (d.section,) if x)
            seen["authority"].update(x for x in (*d.issuer, *d.recipients, *d.cc, d.printed_by) if x)
            for t in d.tables:
                seen["caption"].update(x for x in (t.caption,) if x)
                seen["column"].update(c.title for c in t.columns)
    return seen


def coverage(results, english: English) -> dict[str, Share]:
    seen = {k: {fold(x) for x in v} for k, v in _distinct(results).items()}
    missing: dict[str, int] = {}
    for x in pending(results, english):
        missing[x.kind] = missing.get(x.kind, 0) + 1
    report = {"ui": Share(*catalogues.coverage("en"))}
    for group, kinds in GROUPS.items():
        total = sum(len(seen[k]) for k in kinds)
        report[group] = Share(total - sum(missing.get(k, 0) for k in kinds), total)
    return report


def summary_line(report: dict[str, Share]) -> str:
    return ("english curated: " + ", ".join(f"{name} {share}" for name, share in report.items()))
