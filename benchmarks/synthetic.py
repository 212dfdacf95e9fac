"""A synthetic corpus from the sample gazettes, for the benchmarks (never the tests or the build).

Copy k of a sample is the same issue of a made-up county (样…县, Han only), years shifted back,
and every 发文字号 and 登记号 renumbered, so that no two copies share a gazette id, a document id or
a document number: the site, the datasets and the citations of a synthetic corpus are as large
as those of a real one of that size.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC_NUMBER = re.compile(r"([〔\[［(（])((?:19|20)\d{2})([〕\]］)）])(第?)(\d{1,4})号")
REGISTRATION = re.compile(r"\b([A-Z]{2,8})-((?:19|20)\d{2})-(\d{3,6})\b")


def _regions() -> dict[str, str]:
    """sha256 → region, from the provenance catalogue."""
    data = json.loads((ROOT / "datasets" / "catalogue.json").read_text(encoding="utf-8"))
    entries = data["gazettes"] if isinstance(data, dict) else data
    return {e["sha256"]: e["region"] for e in entries}


def variant(text: str, region: str, k: int) -> str:
    """Copy ``k`` of a gazette ``text`` printed for ``region``."""
    name = "样" + chr(0x5000 + 7 * k % 0x3000) + chr(0x5100 + 11 * k % 0x3000) + region[-1]
    copy = text.replace(region[:-1], name[:-1]) if len(region) > 2 else text.replace(region, name)
    shift = k % 20
    for year in ("2025", "2024", "2023"):
        copy = copy.replace(f"{year} 年第", f"{int(year) - shift} 年第").replace(f"{year}年第", f"{int(year) - shift}年第")
    offset = 1000 * (k + 1)
    copy = DOC_NUMBER.sub(lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)}{m.group(4)}{int(m.group(5)) + offset}号", copy)
    return REGISTRATION.sub(lambda m: f"{m.group(1)}-{m.group(2)}-{int(m.group(3)) + offset:0{len(m.group(3))}d}", copy)


def make(out: Path, copies: int) -> list[Path]:
    """``copies`` copies of each sample gazette, written as UTF-8 text files into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    regions = _regions()
    written = []
    for path in sorted((ROOT / "datasets" / "gazettes").glob("*.txt")):
        data = path.read_bytes()
        region = regions[hashlib.sha256(data).hexdigest()]
        text = data.decode("utf-8")
        for k in range(copies):
            target = out / f"{path.stem}-{k:04d}.txt"
            target.write_text(variant(text, region, k), encoding="utf-8")
            written.append(target)
    return written


if __name__ == "__main__":
    make(Path(sys.argv[1]), int(sys.argv[2]))
