"""Validation of the written packages: frictionless, plus primary and foreign keys checked on
the rows themselves, each failure reported with the resource, the row and the value."""

from __future__ import annotations

from pathlib import Path


class DataError(Exception):
    """The data breaks its schema; ``problems`` lists every failure found."""

    def __init__(self, problems: list[str]):
        super().__init__(f"{len(problems)} problem(s) in the datasets:\n  " + "\n  ".join(problems[:50]))
        self.problems = problems

    def __reduce__(self):  # raised in a child process (the build's), given to the parent whole
        return (DataError, (self.problems,))


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


def _frictionless_errors(package: dict | None, resources: list[dict], basepath: str) -> list[str]:
    """Errors frictionless finds: in the package's own metadata (``package``, a descriptor
    without its resources; none: not asked) and in each resource (its descriptor, its schema's
    types and constraints, its primary key, its bytes and hash), read against its file under
    ``basepath``. Each resource is a frictionless Resource of its own: a Package would validate
    the metadata of every resource once more."""
    from frictionless import FrictionlessException, Package, Resource, system

    problems = []
    name = Path(basepath).name
    with system.use_context(trusted=True):
        if package is not None:
            problems += [f"{name}: {e.type}: {e.message}"
                         for e in Package.validate_descriptor({**package, "resources": []}).errors]
        for descriptor in resources:
            try:
                report = Resource.from_descriptor(descriptor, basepath=basepath).validate()
            except FrictionlessException as exc:
                problems += [f"{descriptor.get('name')}: {e.type}: {e.message}" for e in exc.to_errors()]
                continue
            for task in report.tasks:
                for error in task.errors:
                    problems.append(_described(task.name, error))
            problems += [f"{descriptor.get('name')}: {e.type}: {e.message}" for e in report.errors]
    return problems


def _described(where: str, error) -> str:
    """A frictionless error with its row, field and value."""
    row = getattr(error, "row_number", None)
    if row:
        where += f" row {row}"
    field = getattr(error, "field_name", None)
    if field:
        where += f" field {field}"
    cell = getattr(error, "cell", None)
    value = f" (value {cell!r})" if cell not in (None, "") else ""
    return f"{where}: {error.type}: {error.note or error.message}{value}"


def _without_foreign_keys(resource: dict) -> dict:
    schema = {k: v for k, v in resource.get("schema", {}).items() if k != "foreignKeys"}
    return {**resource, "schema": schema}


def frictionless_report(descriptor_paths: list[Path], chunk: int = 80, jobs: int | None = None,
                        cache: Path | None = None) -> list[str]:
    """Every table (CSV) resource of the packages validated by frictionless, each on its own, in
    chunks shared out among processes; the package's own metadata goes with one of them. The
    Parquet copies are files whose bytes and hash are checked here (their content is compared
    with the rows when written, ``check_parquet``).

    Foreign keys are not given to frictionless: it would read the whole referenced resource
    again for each resource that refers to it (the documents' 250 MB of text three times at
    5,000 documents, 5.5 s of the 9 s the package took); the build checks them on the rows the
    files are written from (``check_keys``), and the tests check them with frictionless on the
    files. With a ``cache`` folder, what an earlier build found valid with the same bytes and
    schema is not validated again (``validated.Verdicts``)."""
    import json
    import multiprocessing
    import os
    from concurrent.futures import ProcessPoolExecutor

    from .validated import Verdicts

    verdicts = Verdicts(cache)
    problems: list[str] = []
    parts: list[tuple[dict | None, list[dict], str, list[str]]] = []  # (package, resources, base, keys)
    for descriptor_path in descriptor_paths:
        descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
        base = str(descriptor_path.parent)
        tables = [_without_foreign_keys(r) for r in descriptor["resources"] if r.get("type") == "table"]
        problems += [p for r in descriptor["resources"] if r.get("type") != "table"
                     for p in _check_file(descriptor_path.parent, r)]
        package = {k: v for k, v in descriptor.items() if k != "resources"}
        meta = verdicts.key("metadata", package)
        keyed = [(r, verdicts.key("resource", r, _facts(descriptor_path.parent, r))) for r in tables]
        todo = [(r, k) for r, k in keyed if not verdicts.known(k)]
        if not verdicts.known(meta):
            parts.append((package, [], base, [meta]))
        for i in range(0, len(todo), chunk):
            group = todo[i:i + chunk]
            parts.append((None, [r for r, _ in group], base, [k for _, k in group]))
    # Largest first, so that the long ones do not come last.
    parts.sort(key=lambda part: -sum(r.get("bytes", 0) for r in part[1]))
    workers = min(len(parts), jobs or os.cpu_count() or 1)
    if workers <= 1:
        found = [_frictionless_errors(*part[:3]) for part in parts]
    else:
        # Fresh workers (forkserver), not forks of a parent that holds the whole corpus.
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("forkserver")) as pool:
            found = list(pool.map(_frictionless_errors, *zip(*(part[:3] for part in parts))))
    for part, errors in zip(parts, found):
        problems += errors
        if not errors:
            verdicts.remember(part[3])
    if not problems:
        verdicts.forget_unused()
    return problems


def _facts(folder: Path, resource: dict) -> tuple[int, str] | None:
    """The bytes and sha256 the file has now (a verdict holds for these bytes, whatever the
    descriptor says of them)."""
    from .write import file_facts

    try:
        return file_facts(folder / resource["path"])
    except OSError:
        return None


def _check_file(folder: Path, resource: dict) -> list[str]:
    """A file resource: it exists, with the bytes and the hash its descriptor gives."""
    from .write import file_facts

    path = folder / resource["path"]
    if not path.is_file():
        return [f"{resource['name']}: {resource['path']} is missing"]
    size, digest = file_facts(path)
    if (size, digest) != (resource.get("bytes"), resource.get("hash")):
        return [f"{resource['name']}: {resource['path']} has {size} bytes and {digest}, the descriptor "
                f"says {resource.get('bytes')} and {resource.get('hash')}"]
    return []


def check_parquet(path: Path, schema: dict, rows: list[dict], bounds: list[tuple[int, int]]) -> list[str]:
    """The Parquet file read back has the Arrow schema of the Table Schema and exactly the rows,
    in the row groups ``bounds`` (one group read at a time)."""
    import pyarrow.parquet as pq

    from .write import arrow_schema, arrow_table

    parquet = pq.ParquetFile(path)
    if not parquet.schema_arrow.equals(arrow_schema(schema)):
        return [f"{path.name}: Arrow schema {parquet.schema_arrow} differs from the Table Schema"]
    if parquet.metadata.num_rows != len(rows) or parquet.num_row_groups != len(bounds):
        return [f"{path.name}: {parquet.metadata.num_rows} rows in {parquet.num_row_groups} groups read back, "
                f"{len(rows)} rows in {len(bounds)} groups written"]
    for group, (start, end) in enumerate(bounds):
        if not parquet.read_row_group(group).equals(arrow_table(schema, rows[start:end])):
            return [f"{path.name}: the rows read back differ from the rows written (rows {start + 1}–{end})"]
    return []
