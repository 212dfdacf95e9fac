"""How much of the English site is curated: the share of interface strings, metadata values,
titles and table headers that have a translation reviewed by a person."""

from __future__ import annotations

from dataclasses import dataclass

from ..normalize import fold
from . import catalogues
from .english import English
from .workflow import corpus_strings

GROUPS = ("ui", "metadata", "titles", "citations", "tables")


@dataclass(frozen=True, slots=True)
class Share:
    curated: int
    total: int

    @property
    def percent(self) -> float:
        return 100.0 * self.curated / self.total if self.total else 100.0

    def __str__(self) -> str:
        return f"{self.percent:.0f}% ({self.curated}/{self.total})"


def coverage(results, english: English, citations: dict | None = None) -> dict[str, Share]:
    """Distinct strings of each group, and how many of them have a curated translation
    (``citations``: as ``workflow.corpus_strings`` takes them)."""
    seen: dict[str, dict[tuple[str, str], bool]] = {group: {} for group in GROUPS}
    for group, kind, text, rendering, _ in corpus_strings(results, english, citations):
        if text and rendering is not None:
            key = (kind, fold(text))
            seen[group][key] = seen[group].get(key, True) and not rendering.automatic
    report = {"ui": Share(*catalogues.coverage("en"))}
    for group in GROUPS[1:]:
        report[group] = Share(sum(seen[group].values()), len(seen[group]))
    return report


def summary_line(report: dict[str, Share]) -> str:
    return "english curated: " + ", ".join(f"{name} {share}" for name, share in report.items())
