"""Frictionless validation done by the processes that write the resources (writer.py,
validate.table_verdict): each CSV validated once, its problems reported with the resource and
the row, its verdict kept, and nothing read again by the validation of what is left."""

from __future__ import annotations

import json

from generator.export import validate, writer as writer_module
from generator.export.validated import Verdicts

SCHEMA = {"fields": [{"name": "row_number", "type": "integer", "constraints": {"required": True}},
                     {"name": "amount", "type": "number"}], "primaryKey": ["row_number"]}


def _tables(count: int) -> list[tuple[str, tuple[dict, list[dict], dict]]]:
    return [(f"t{n:02d}", (SCHEMA, [{"row_number": 1, "amount": 2.5 * n}, {"row_number": 2, "amount": None}], {}))
            for n in range(count)]


def _marks(cache) -> set[str]:
    return {p.name for p in (cache / "validated").rglob("*") if p.is_file()}


def test_workers_validate_what_they_write_and_keep_the_verdicts(tmp_path, monkeypatch):
    """Two worker processes write and validate seven tables: no problem, a verdict key for
    each, each kept as a mark in the cache; frictionless_report then reads none of them again."""
    cache, problems = tmp_path / "cache", []
    with writer_module.Writer(2, batch=2, verdicts=Verdicts(cache)) as writer:
        finish = writer.package(tmp_path / "p", {"name": "p"}, _tables(7), problems)
        resources = finish()
    assert problems == []
    assert len(writer.checked) == 7 and _marks(cache) == writer.checked
    # a verdict of the workers is the one frictionless_report would ask for: with the same
    # cache, none of the seven is validated again even when not told they are settled
    asked = []
    real = validate._frictionless_errors
    monkeypatch.setattr(validate, "_frictionless_errors",
                        lambda p, r, b: asked.append([x["name"] for x in r]) or real(p, r, b))
    assert validate.frictionless_report([tmp_path / "p" / "datapackage.json"], jobs=1, cache=cache) == []
    assert asked == [[]]  # the package's own metadata only
    assert [r["name"] for r in resources if r["type"] == "table"] == [f"t{n:02d}" for n in range(7)]


def test_a_bad_cell_found_by_the_writer_is_reported_once(tmp_path, monkeypatch):
    """A CSV whose cell breaks its type (written here by a patched writer, as a bug would) is
    reported by the process that wrote it, with its row and value; its verdict is not kept,
    and the validation of what is left does not read it (nor report it) again."""
    real_csv = writer_module.write_csv

    def wrong_cell(path, schema, rows):
        real_csv(path, schema, [{**row, "amount": "二点五"} if path.stem == "t01" and row["row_number"] == 2 else row
                                for row in rows])

    monkeypatch.setattr(writer_module, "write_csv", wrong_cell)
    cache, problems = tmp_path / "cache", []
    with writer_module.Writer(1, verdicts=Verdicts(cache)) as writer:
        writer.package(tmp_path / "p", {"name": "p"}, _tables(3), problems)()
    assert len(problems) == 1 and all(w in problems[0] for w in ("t01", "row 3", "amount", "type-error", "二点五")), \
        problems
    assert len(writer.checked) == 3 and len(_marks(cache)) == 2
    settled = validate.frictionless_report([tmp_path / "p" / "datapackage.json"], jobs=1, cache=cache,
                                           settled=writer.checked)
    assert settled == []
    # without being told, the validation reads the bad table (its verdict was not kept) and finds it
    again = validate.frictionless_report([tmp_path / "p" / "datapackage.json"], jobs=1, cache=cache)
    assert len(again) == 1 and "t01" in again[0] and "type-error" in again[0]
    descriptor = json.loads((tmp_path / "p" / "datapackage.json").read_text(encoding="utf-8"))
    assert {r["name"] for r in descriptor["resources"]} >= {"t00", "t01", "t02"}
