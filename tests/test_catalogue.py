"""The provenance catalogue: matched by sha256, fills gaps, disagreements are diagnostics."""

import hashlib
import json

import pytest

from generator.catalogue import CatalogueError, load_catalogue
from generator.pipeline import parse_bytes

COVER = "湘阴县人民政府公报\n\n2024 年第 4 期\n".encode()


def catalogue(tmp_path, **overrides):
    entry = {"file": "gazettes/x.txt", "sha256": hashlib.sha256(COVER).hexdigest(), "region": "湘阴县",
             "parent_region": "岳阳市", "division_code": "430624", "year": 2024, "issue": 4,
             "cumulative_issue": 77, "obtained": "test"}
    entry.update(overrides)
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps({"gazettes": [entry]}, ensure_ascii=False), encoding="utf-8")
    return load_catalogue(path)


def test_catalogue_fills_what_the_text_does_not_print(tmp_path):
    result = parse_bytes(COVER, "x.txt", catalogue(tmp_path))
    g = result.gazette
    assert (g.division_code, g.parent_region, g.cumulative_issue) == ("430624", "岳阳市", 77)
    assert [d.code for d in result.diagnostics if d.code.startswith(("filled", "catalogue"))] == [
        "filled-from-catalogue"]
    assert result.documents == ()


def test_text_wins_over_the_catalogue(tmp_path):
    result = parse_bytes(COVER, "x.txt", catalogue(tmp_path, issue=3, region="平江县"))
    assert (result.gazette.issue, result.gazette.region) == (4, "湘阴县")
    mismatches = [d for d in result.diagnostics if d.code == "catalogue-mismatch"]
    assert len(mismatches) == 2 and "the text wins" in mismatches[0].message


def test_unknown_file_is_reported_not_guessed(tmp_path):
    result = parse_bytes(COVER + b"\n", "x.txt", catalogue(tmp_path))
    assert result.gazette.division_code is None
    assert "catalogue-missing" in [d.code for d in result.diagnostics]


def test_bad_catalogue_names_the_entry_and_field(tmp_path):
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps({"gazettes": [{"file": "a.txt"}]}), encoding="utf-8")
    with pytest.raises(CatalogueError, match="entry 1 lacks sha256"):
        load_catalogue(path)


def test_bundled_catalogue_matches_the_bundled_files():
    from tests.conftest import GAZETTES, ROOT
    entries = load_catalogue(ROOT / "datasets" / "catalogue.json")
    hashes = {hashlib.sha256(p.read_bytes()).hexdigest() for p in GAZETTES.glob("*.txt")}
    assert set(entries) == hashes
