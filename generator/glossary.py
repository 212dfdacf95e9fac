"""The glossary (datasets/glossary.csv): English for terms that appear in gazettes.

Columns: term, english, kind, note. Lookups fall back to Hanyu Pinyin (pypinyin), marked as
automatic, so that no name is ever dropped.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from pypinyin import lazy_pinyin

from .normalize import fold


@dataclass(frozen=True, slots=True)
class Glossary:
    terms: dict[tuple[str, str], str]  # (kind, folded term) → English

    def english(self, term: str, kind: str) -> tuple[str, bool]:
        """English for ``term``; the bool says whether it is automatic (Pinyin)."""
        found = self.terms.get((kind, fold(term)))
        if found:
            return found, False
        # Composed titles: 权力清单/项目名称, 工作任务（2）.
        m = re.fullmatch(r"(.+)[（(](\d+)[)）]", term)
        if m:
            base, auto = self.english(m.group(1), kind)
            return f"{base} ({m.group(2)})", auto
        if "/" in term:
            parts = [self.english(p, kind) for p in term.split("/")]
            return " / ".join(p[0] for p in parts), any(p[1] for p in parts)
        return pinyin(term), True


def pinyin(text: str) -> str:
    words = lazy_pinyin(text, errors=lambda chars: [chars])
    return " ".join(w.capitalize() if w.isalpha() else w for w in words).strip()


def load_glossary(path: str | Path) -> Glossary:
    terms: dict[tuple[str, str], str] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), start=2):
            term, english, kind = (row.get("term") or "").strip(), (row.get("english") or "").strip(), \
                (row.get("kind") or "").strip()
            if not term or not english or not kind:
                raise ValueError(f"{path}:{n}: a glossary row needs term, english and kind")
            terms[(kind, fold(term))] = english
    return Glossary(terms)
