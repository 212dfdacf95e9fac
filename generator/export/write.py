"""Writers: CSV, Parquet, datapackage.json and zip, byte-identical for the same input.

Parquet files carry an explicit Arrow schema built from the Table Schema (dates as date32,
integers as int64) and are compressed with zstd; CSV is UTF-8 with LF line ends and empty cells
for nulls; zip entries have a fixed date and order.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import zipfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

ARROW_TYPES = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(),
               "date": pa.date32(), "boolean": pa.bool_()}
MEDIATYPES = {"csv": "text/csv", "parquet": "application/vnd.apache.parquet"}
ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def arrow_schema(schema: dict) -> pa.Schema:
    return pa.schema([pa.field(f["name"], ARROW_TYPES[f["type"]]) for f in schema["fields"]])


def _arrow_value(value, type_: str):
    if value is None:
        return None
    if type_ == "date":
        return dt.date.fromisoformat(value)
    if type_ == "integer":
        return int(value)
    if type_ == "number":
        return float(value)
    return value


def arrow_table(schema: dict, rows: list[dict]) -> pa.Table:
    columns = {f["name"]: [_arrow_value(r.get(f["name"]), f["type"]) for r in rows]
               for f in schema["fields"]}
    return pa.Table.from_pydict(columns, schema=arrow_schema(schema))


# A row group holds about this much text (or this many rows): a resource of the documents'
# bodies is hundreds of MB, and is converted, written and read back one group at a time.
GROUP_BYTES = 32 << 20
GROUP_ROWS = 100_000


def text_bytes(row: dict) -> int:
    """About the UTF-8 size of a row's text: at most 3 bytes a character."""
    return 3 * sum(len(v) for v in row.values() if isinstance(v, str))


def row_groups(rows: list[dict], limit_bytes: int = GROUP_BYTES, limit_rows: int = GROUP_ROWS
               ) -> list[tuple[int, int]]:
    """(start, end) of each row group: consecutive rows up to ``limit_rows`` rows or about
    ``limit_bytes`` of text (``text_bytes``), whichever comes first."""
    bounds, start, size = [], 0, 0
    for i, row in enumerate(rows):
        size += 8 * len(row) + text_bytes(row)
        if size >= limit_bytes or i + 1 - start >= limit_rows:
            bounds.append((start, i + 1))
            start, size = i + 1, 0
    if start < len(rows):
        bounds.append((start, len(rows)))
    return bounds


def write_parquet(path: Path, schema: dict, rows: list[dict], limit_bytes: int = GROUP_BYTES
                  ) -> list[tuple[int, int]]:
    """Write the rows as Parquet, a row group at a time; returns the groups' bounds."""
    bounds = row_groups(rows, limit_bytes)
    with pq.ParquetWriter(path, arrow_schema(schema), compression="zstd", use_dictionary=True,
                          write_statistics=True) as writer:
        for start, end in bounds:
            writer.write_table(arrow_table(schema, rows[start:end]), row_group_size=end - start)
    return bounds


def _csv_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value == int(value):
        return str(int(value)) if abs(value) < 1e15 else repr(value)
    return str(value)


def write_csv(path: Path, schema: dict, rows: list[dict]) -> None:
    """Written as it goes (a resource of the documents' bodies is hundreds of MB: never held
    again as one string)."""
    names = [f["name"] for f in schema["fields"]]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(names)
        writer.writerows([_csv_value(row.get(n)) for n in names] for row in rows)


def file_facts(path: Path) -> tuple[int, str]:
    """Size and sha256 of a file, read a block at a time."""
    with open(path, "rb") as fh:
        digest = hashlib.file_digest(fh, "sha256")
    return path.stat().st_size, "sha256:" + digest.hexdigest()


def resource_descriptor(name: str, path: Path, base: Path, fmt: str, schema: dict,
                        title: str | None = None, description: str | None = None,
                        title_zh: str | None = None) -> dict:
    """A resource. CSV copies are tables (frictionless reads and checks every cell); Parquet
    copies are files whose bytes and hash frictionless checks, their content checked against the
    same rows by ``validate.check_parquet``."""
    size, digest = file_facts(path)
    out: dict = {"name": name, "type": "table" if fmt == "csv" else "file",
                 "path": path.relative_to(base).as_posix(), "format": fmt,
                 "mediatype": MEDIATYPES[fmt]}
    if fmt == "csv":
        out["encoding"] = "utf-8"
    if title:
        out["title"] = title
    if title_zh:
        out["title_zh"] = title_zh
    if description:
        out["description"] = description
    out.update({"bytes": size, "hash": digest, "schema": schema})
    return out


def write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def write_zip(path: Path, folder: Path) -> None:
    """A zip of every file in ``folder``, entries sorted, dates fixed: the same bytes each time.
    Parquet files are compressed already (zstd) and are stored as they are."""
    import shutil

    # Entries written through ZipFile.open take zlib's default level (6), as writestr did.
    with zipfile.ZipFile(path, "w") as zf:
        for file in sorted(p for p in folder.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"{folder.name}/{file.relative_to(folder).as_posix()}",
                                   date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_STORED if file.suffix == ".parquet" else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.file_size = file.stat().st_size  # known before writing: no ZIP64 guess
            with open(file, "rb") as source, zf.open(info, "w") as target:
                shutil.copyfileobj(source, target, 1 << 20)
