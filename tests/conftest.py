from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import settings

# No property test is timed: a deadline per example fails on a loaded machine, not on slow code
# (speed is the benchmark's to measure, `make bench`). Tests that set their own settings inherit it.
settings.register_profile("gongbao", deadline=None)
settings.load_profile("gongbao")

ROOT = Path(__file__).resolve().parent.parent
GAZETTES = ROOT / "datasets" / "gazettes"
SAMPLES = sorted(p.name for p in GAZETTES.glob("*.txt"))


@lru_cache(maxsize=None)
def parsed(name: str):
    from generator.catalogue import load_catalogue
    from generator.pipeline import parse_path

    return parse_path(str(GAZETTES / name), load_catalogue(ROOT / "datasets" / "catalogue.json"))


@pytest.fixture(params=SAMPLES)
def sample(request):
    return request.param


@lru_cache(maxsize=None)
def english():
    """The English of the repository's glossary and curated translations."""
    from generator.i18n.english import English

    return English.load(ROOT / "datasets" / "glossary.csv", ROOT / "datasets" / "translations.csv")
