"""English for everything a gazette says about itself: titles, names, types, dates.

Curated translations come first: whole strings in datasets/translations.csv (titles, captions,
attachments, gazettes) and terms in datasets/glossary.csv. Where there is none, the English is
composed by rules (titles.py, names.py) and marked automatic, so the site and the data can say so.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from ..normalize import fold
from .glossary import Glossary, load_glossary, read_rows
from .names import authority_english, region_english
from .titles import render_title

# Kinds kept as whole strings in the translations file; the rest are glossary kinds.
TRANSLATION_KINDS = ("title", "caption", "attachment", "gazette")
_GAZETTE = re.compile(r"(.+?政府)公报")
# A caption's number before its title (表1　2023年…, 附表2：…, 表3-1 …): its spaces would be folded
# away with the rest (表12023年), so it is read apart.
_CAPTION_NUMBER = re.compile(r"^\s*(附表|表)\s*(\d{1,3}(?:[-—–.]\d{1,2})?)\s*[:：.、]?\s*(?=\S)")
_CAPTION_LABELS = {"表": "Table", "附表": "Annex Table"}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


@dataclass(frozen=True, slots=True)
class Rendering:
    """An English rendering and whether it was composed automatically."""
    text: str
    automatic: bool

    def __str__(self) -> str:
        return self.text


def load_translations(path: str | Path) -> dict[tuple[str, str], str]:
    rows = read_rows(path, "chinese", TRANSLATION_KINDS)
    return {(r["kind"], fold(r["chinese"])): r["english"] for r in rows}


def _remembered(method):
    """A rendering computed once for each text: the same names, captions and columns come back
    thousands of times across a corpus (an authority's Pinyin is not cheap)."""
    name = method.__name__

    @functools.wraps(method)
    def remembered(self, *args):
        key = (name, *args)
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = method(self, *args)
            return value

    return remembered


class English:
    """English renderings over one glossary and one set of curated translations."""

    def __init__(self, glossary: Glossary, translations: dict[tuple[str, str], str]):
        self.glossary = glossary
        self.translations = translations
        # Each rendering once per text (``_remembered``): a title, for one, is rendered for the
        # datasets, the coverage, both languages' pages, the feeds and the structured data.
        self._memo: dict[tuple, Rendering | None] = {}

    @classmethod
    def load(cls, glossary: str | Path, translations: str | Path) -> "English":
        return cls(load_glossary(glossary), load_translations(translations))

    def curated(self, kind: str, text: str | None) -> str | None:
        if not text:
            return None
        if kind in TRANSLATION_KINDS:
            return self.translations.get((kind, fold(text)))
        return self.glossary.get(text, kind)

    def _first(self, text: str, kinds: tuple[str, ...]) -> str | None:
        return next((found for kind in kinds if (found := self.curated(kind, text))), None)

    def _named(self, text: str) -> str | None:
        """A curated English for a title quoted in 《》."""
        return self._first(text, ("attachment", "title", "caption"))

    def title(self, title: str, issuers: tuple[str, ...] = ()) -> Rendering:
        return self._title(title, tuple(issuers))

    @_remembered
    def _title(self, title: str, issuers: tuple[str, ...]) -> Rendering:
        found = self.curated("title", title)
        return (Rendering(found, False) if found else
                Rendering(render_title(title, issuers, self.glossary, self._named), True))

    @_remembered
    def cited(self, title: str) -> Rendering:
        """A title quoted in a document, of a document that may not be on the site."""
        found = self._first(title, ("title", "attachment", "caption"))
        if found:
            return Rendering(found, False)
        return Rendering(render_title(title, (), self.glossary, self._named), True)

    @_remembered
    def caption(self, text: str | None) -> Rendering | None:
        kinds = ("caption", "attachment", "title")
        m = _CAPTION_NUMBER.match(text or "")
        if m is None or self._first(text, kinds):
            return self._whole(text, kinds)
        rest = self._whole(text[m.end():], kinds)
        number = m.group(2).replace("—", "-").replace("–", "-")
        return Rendering(f"{_CAPTION_LABELS[m.group(1)]} {number}: {rest.text}", rest.automatic)

    @_remembered
    def attachment(self, text: str | None) -> Rendering | None:
        return self._whole(text, ("attachment", "caption", "title"))

    def _whole(self, text: str | None, kinds: tuple[str, ...]) -> Rendering | None:
        if not text:
            return None
        found = self._first(text, kinds)
        if found:
            return Rendering(found, False)
        return Rendering(self.glossary.phrase(text)[0], True)

    @_remembered
    def gazette(self, title: str | None) -> Rendering | None:
        if not title:
            return None
        found = self.curated("gazette", title)
        if found:
            return Rendering(found, False)
        m = _GAZETTE.fullmatch(fold(title))
        if m:  # X人民政府公报: the gazette of a government (not a 统计公报, a statistical communiqué)
            english, _ = authority_english(m.group(1), self.glossary)
            return Rendering(f"Gazette of the {english}", True)
        return Rendering(self.glossary.phrase(title)[0], True)

    @_remembered
    def authority(self, name: str) -> Rendering:
        return Rendering(*authority_english(name, self.glossary))

    @_remembered
    def region(self, name: str | None) -> Rendering | None:
        return Rendering(*region_english(name, self.glossary)) if name else None

    @_remembered
    def doc_type(self, name: str | None) -> Rendering | None:
        return self._whole(name, ("doc_type",))

    @_remembered
    def section(self, name: str | None) -> Rendering | None:
        return self._whole(name, ("section",))

    @_remembered
    def column(self, title: str) -> Rendering:
        return Rendering(*self.glossary.english(title, "column"))


def english_date(iso: str | None) -> str | None:
    """2024-04-01 → 1 April 2024 (the form of English-language official translations)."""
    if not iso:
        return None
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
