"""Validation of the written packages: frictionless, plus primary and foreign keys checked on
the rows themselves, each failure reported with the resource, the row and the value."""

from __future__ import annotations

from pathlib import Path


class DataError(Exception):
    """The data breaks its schema; ``problems`` lists every failure found."""

    def __init__(self, problems: list[str]):
        super().__init__(f"{len(problems)} problem(s) in the datasets:\n  " + "\n  ".join(problems[:50]))
        self.problems = problems


def check_keys(resources: dict[str, tuple[dict, list[dict]]]) -> list[str]:
    """Primary keys unique and present; foreign keys resolve (a null reference is allowed)."""
    problems: list[str] = []
    keys: dict[tuple[str, tuple[str, ...]], set] = {}
    for name, (schema, rows) in resources.items():
        for field in schema["fields"]:
            if field.get("constraints", {}).get("required"):
                for n, row in enumerate(rows, start=2):
                    if row.get(field["name"]) in (None, ""):
                        problems.append(f"{name} row {n}: required field {field['name']} is empty")
        pk = tuple(schema.get("primaryKey", []))
        if pk:
            seen: set = set()
            for n, row in enumerate(rows, start=2):
                value = tuple(row.get(k) for k in pk)
                if None in value:
                    problems.append(f"{name} row {n}: primary key {'/'.join(pk)} is empty")
                elif value in seen:
                    problems.append(f"{name} row {n}: primary key {'/'.join(pk)} = {value} repeats")
                seen.add(value)
            keys[(name, pk)] = seen
    for name, (schema, rows) in resources.items():
        for fk in schema.get("foreignKeys", []):
            target = fk["reference"]["resource"]
            fields = tuple(fk["fields"])
            ref_fields = tuple(fk["reference"]["fields"])
            if target not in resources:
                problems.append(f"{name}: foreign key to missing resource {target}")
                continue
            target_rows = resources[target][1]
            values = {tuple(r.get(k) for k in ref_fields) for r in target_rows}
            for n, row in enumerate(rows, start=2):
                value = tuple(row.get(k) for k in fields)
                if None not in value and value not in values:
                    problems.append(f"{name} row {n}: {'/'.join(fields)} = {value} has no row in "
                                    f"{target}")
    return problems


def frictionless_report(descriptor: Path) -> list[str]:
    """Errors frictionless finds in a package (its schemas, types, constraints and keys)."""
    from frictionless import Package, system

    with system.use_context(trusted=True):
        report = Package(str(descriptor)).validate()
    problems = []
    for task in report.tasks:
        for error in task.errors:
            where = f"{task.name}"
            row = getattr(error, "row_number", None)
            if row:
                where += f" row {row}"
            field = getattr(error, "field_name", None)
            if field:
                where += f" field {field}"
            cell = getattr(error, "cell", None)
            value = f" (value {cell!r})" if cell not in (None, "") else ""
            problems.append(f"{where}: {error.type}: {error.note or error.message}{value}")
    for error in report.errors:
        problems.append(f"{descriptor.parent.name}: {error.type}: {error.message}")
    return problems


def check_parquet(path: Path, schema: dict, rows: list[dict]) -> list[str]:
    """The Parquet file has the Arrow schema of the Table Schema and exactly the rows."""
    import pyarrow.parquet as pq

    from .write import _arrow_value, arrow_schema

    table = pq.read_table(path)
    if not table.schema.equals(arrow_schema(schema)):
        return [f"{path.name}: Arrow schema {table.schema} differs from the Table Schema"]
    names = [f["name"] for f in schema["fields"]]
    types = {f["name"]: f["type"] for f in schema["fields"]}
    expected = [{n: _arrow_value(r.get(n), types[n]) for n in names} for r in rows]
    if table.to_pylist() != expected:
        return [f"{path.name}: the rows read back differ from the rows written"]
    return []
