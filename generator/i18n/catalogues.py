"""The interface's message catalogues: one gettext PO file per language (locales/<lang>.po).

Messages are addressed by key (msgid ``nav_home``), so a template reads ``t.nav_home`` and the
Chinese and English catalogues are translated alike, each with any PO editor. A catalogue is
complete when it has every key of the others, no empty message and no fuzzy one.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po

LOCALES = Path(__file__).parent / "locales"
LANGUAGES = ("zh", "en")


def _catalogue(lang: str, folder: Path = LOCALES):
    with open(folder / f"{lang}.po", "rb") as fh:
        return read_po(fh, locale=lang)


@cache
def load_messages(lang: str) -> dict[str, str]:
    """Key → text for one language."""
    return {m.id: m.string for m in _catalogue(lang) if m.id}


def check_catalogues(folder: Path = LOCALES, languages: tuple[str, ...] = LANGUAGES) -> list[str]:
    """Problems that keep the catalogues from being complete: a key one language lacks, an empty
    message, a fuzzy (unreviewed) one."""
    problems: list[str] = []
    catalogues = {lang: _catalogue(lang, folder) for lang in languages}
    keys = {lang: {m.id for m in cat if m.id} for lang, cat in catalogues.items()}
    every = set().union(*keys.values())
    for lang, cat in catalogues.items():
        for key in sorted(every - keys[lang]):
            problems.append(f"{lang}.po: no message {key!r}")
        for m in cat:
            if not m.id:
                continue
            where = f"{lang}.po:{m.lineno}"
            if not m.string:
                problems.append(f"{where}: message {m.id!r} is empty")
            elif m.fuzzy:
                problems.append(f"{where}: message {m.id!r} is marked fuzzy")
    return problems


def coverage(lang: str = "en", folder: Path = LOCALES) -> tuple[int, int]:
    """(translated, total) messages of one language, counted against every key of any language."""
    catalogues = {x: _catalogue(x, folder) for x in LANGUAGES}
    every = set().union(*({m.id for m in c if m.id} for c in catalogues.values()))
    done = {m.id for m in catalogues[lang] if m.id and m.string and not m.fuzzy}
    return len(done & every), len(every)
