"""Golden snapshots of `gongbao parse` for the bundled gazettes.

Refresh with `make golden` (python -m tests.golden), then review the diff with `git diff
tests/golden/` by reading it against the source text before committing.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"


def snapshot(name: str) -> str:
    from generator.catalogue import load_catalogue
    from generator.pipeline import parse_source
    from generator.ingest import read_source

    source = read_source(ROOT / "datasets" / "gazettes" / name)
    source = type(source)(f"datasets/gazettes/{name}", source.sha256, source.encoding, source.lines)
    result = parse_source(source, load_catalogue(ROOT / "datasets" / "catalogue.json"))
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=1) + "\n"


def main() -> int:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for path in sorted((ROOT / "datasets" / "gazettes").glob("*.txt")):
        target = GOLDEN / (path.stem + ".json")
        text = snapshot(path.name)
        changed = not target.exists() or target.read_text(encoding="utf-8") != text
        target.write_text(text, encoding="utf-8")
        print(f"{'updated' if changed else 'unchanged':>9}  {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
