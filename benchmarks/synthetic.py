"""A synthetic corpus from the sample gazettes: copies with other regions and years, so that
identifiers never collide. Used by the benchmarks (never by the tests or the build)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REGIONS = ["平江县", "祁阳市", "湘阴县", "攸县"]


def make(out: Path, copies: int) -> list[Path]:
    """``copies`` copies of each sample gazette, each under a made-up region 样本N县 and a year
    shifted back, written as UTF-8 text files into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for path in sorted((ROOT / "datasets" / "gazettes").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        region = next(r for r in REGIONS if r in text)
        for k in range(copies):
            name = "样" + chr(0x5000 + 7 * k) + chr(0x5100 + 11 * k) + region[-1]  # Han only
            copy = text.replace(region[:-1], name[:-1]) if len(region) > 2 else text.replace(region, name)
            for year in ("2025", "2024", "2023"):
                copy = copy.replace(f"{year} 年第", f"{int(year) - k % 20} 年第").replace(
                    f"{year}年第", f"{int(year) - k % 20}年第")
            target = out / f"{path.stem}-{k:04d}.txt"
            target.write_text(copy, encoding="utf-8")
            written.append(target)
    return written


if __name__ == "__main__":
    make(Path(sys.argv[1]), int(sys.argv[2]))
