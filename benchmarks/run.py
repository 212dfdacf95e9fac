"""The benchmark: synthetic corpora of several sizes, every stage timed and its memory measured.

    python -m benchmarks.run --sizes 50,500,5000      (make bench; make bench SIZES=50,500)

For each size, in build/bench/<size>/: a synthetic corpus (benchmarks/synthetic.py), then each
stage in a process of its own, its wall time and the peak resident memory of its whole process
tree (sampled from /proc, so the parse workers, MkDocs and Pagefind count):

- ``parse``: every gazette parsed afresh, in parallel (no cache);
- ``datasets``: the three data packages written and validated (``gongbao data``, parse cache warm,
  nothing else kept);
- ``pages``: the site's pages generated from the parse (templates only, no MkDocs);
- ``site``: the whole build (``gongbao build``: datasets, pages, MkDocs, search index, policy),
  every resource validated afresh;
- ``incremental``: the whole build again after one gazette changed (the parse cache, the
  written resources and frictionless's verdicts, the generated and rendered pages and the search
  bundles of the build before kept, as an office's next build keeps them).

Results go to benchmarks/results.json as rows {documents, pages, stage, seconds, peak_rss_mb,
input_mb} (peak_rss_mb: the peak of the process tree's summed PSS, in MB) and are printed as a table.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results.json"


def sample_documents() -> int:
    """Documents in the bundled samples, of which the synthetic corpus is made."""
    from generator.corpus import load_corpus

    results, _ = load_corpus(ROOT / "datasets" / "gazettes", None, None, jobs=1, log=lambda _: None)
    return sum(len(r.documents) for r in results)


def _tree_rss(pid: int) -> int:
    """Memory of a process and all its descendants (whichever of its threads started them): the
    sum of their proportional set sizes (PSS), so that pages a forked worker shares with its
    parent are counted once."""
    total, stack, seen = 0, [pid], set()
    while stack:
        p = stack.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            with open(f"/proc/{p}/smaps_rollup", encoding="ascii", errors="replace") as fh:
                for line in fh:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1]) * 1024
                        break
            # Each thread's children: a process started by a thread (the search lanes start
            # Pagefind from threads) is listed under that thread, not under the main one.
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children", encoding="ascii") as fh:
                    stack.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return total


def measure(command: list[str], cwd: Path = ROOT) -> tuple[float, float, str]:
    """(seconds, peak MB of the process tree, output) of a command; raises when it fails."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak = 0
    done = threading.Event()

    def sample():
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            # Reading smaps_rollup walks the page tables of every process of the tree: at a few
            # GB, sampled every 50 ms, the sampler itself took a third of a core.
            done.wait(0.25)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = proc.communicate()
    done.set()
    sampler.join()
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({proc.returncode}):\n{output[-3000:]}")
    return seconds, peak / 1e6, output


def stage_pages(gazettes: str, cache: str, out: str) -> None:
    """The ``pages`` stage, run in its own process: parse results from the cache, pages written."""
    from generator.cli import load_agency_codes
    from generator.corpus import load_corpus
    from generator.i18n.coverage import coverage
    from generator.i18n.english import English
    from dataclasses import replace

    from generator.settings import load_settings
    from generator.site.pages import build_corpus, generate

    settings = load_settings()
    settings = replace(settings, paths=replace(settings.paths, cache=""))  # every page generated afresh
    english = English.load(settings.paths.glossary, settings.paths.translations)
    results, _ = load_corpus(Path(gazettes), None, Path(cache), log=lambda _: None)
    corpus = build_corpus(results, load_agency_codes(settings.paths.agency_codes), english)
    datasets = Path(out) / "datasets"
    datasets.mkdir(parents=True, exist_ok=True)
    count, _ = generate(corpus, datasets, Path(out) / "pages", coverage(results, english), settings)
    print(f"{count} pages")


def stage_parse(gazettes: str) -> None:
    from generator.corpus import load_corpus

    results, report = load_corpus(Path(gazettes), None, None, log=lambda _: None)
    print(f"{report.parsed} gazettes, {sum(len(r.documents) for r in results)} documents")


def run_size(documents: int, work: Path, per_copy: int) -> list[dict]:
    copies = max(1, math.ceil(documents / per_copy))
    folder = work / str(documents)
    if folder.exists():
        shutil.rmtree(folder)
    gazettes = folder / "gazettes"
    sys.path.insert(0, str(ROOT))
    from benchmarks.synthetic import make

    files = make(gazettes, copies)
    input_mb = sum(f.stat().st_size for f in files) / 1e6
    cache = folder / "cache"
    settings = folder / "gongbao.toml"
    settings.write_text(f'[paths]\ngazettes = "{gazettes}"\ncache = "{cache}"\n', encoding="utf-8")
    py = sys.executable
    gongbao = [py, "-m", "generator"]
    rows = []

    def record(stage: str, seconds: float, peak: float, output: str = "") -> None:
        (folder / f"{stage}.log").write_text(output, encoding="utf-8")  # the build's own steps
        rows.append({"documents": copies * per_copy, "pages": 0, "stage": stage,
                     "seconds": round(seconds, 2), "peak_rss_mb": round(peak, 1), "input_mb": round(input_mb, 2)})
        print(f"  {stage:<12} {seconds:8.2f} s  {peak:8.1f} MB", flush=True)

    print(f"{copies * per_copy} documents ({len(files)} gazettes, {input_mb:.1f} MB)", flush=True)
    parsed = measure([py, "-m", "benchmarks.run", "--stage", "parse", str(gazettes)])
    rows_output = [parsed[2]]
    record("parse", *parsed)
    # The stages after the parse read the parse cache, as a build after the first does.
    subprocess.run([*gongbao, "i18n", "export", "--settings", str(settings), "--out", str(folder / "warm.csv")],
                   cwd=ROOT, check=True, capture_output=True)
    record("datasets", *measure([*gongbao, "data", "--settings", str(settings), "--out", str(folder / "datasets")]))
    record("pages", *measure([py, "-m", "benchmarks.run", "--stage", "pages", str(gazettes), str(cache),
                              str(folder / "pages")]))
    site = folder / "site"
    # The whole build with the parse cache warm and nothing else kept: the resources and
    # frictionless's verdicts from the datasets stage go, so that every resource is written and
    # validated again, and any generated and rendered pages and search bundles of an earlier run,
    # so that every page is generated, rendered and indexed.
    for kept in ("resources", "validated", "pages", "rendered", "search"):
        shutil.rmtree(cache / kept, ignore_errors=True)
    record("site", *measure([*gongbao, "build", "--settings", str(settings), "--out", str(site)]))
    pages = sum(1 for _ in site.rglob("index.html"))
    changed = files[len(files) // 2]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n（本期另附勘误一则）\n", encoding="utf-8")
    record("incremental", *measure([*gongbao, "build", "--settings", str(settings), "--out", str(site)]))
    # The documents the parser found (a copy may read a document differently from its sample).
    found = re.search(r"(\d+) documents", rows_output[0])
    for row in rows:
        row["pages"] = pages
        row["documents"] = int(found.group(1)) if found else row["documents"]
    return rows


def table(rows: list[dict]) -> str:
    lines = ["| documents | pages | stage | seconds | documents/s | peak memory, PSS (MB) | input (MB) |",
             "| ---: | ---: | --- | ---: | ---: | ---: | ---: |"]
    for r in rows:
        rate = r["documents"] / r["seconds"] if r["seconds"] else 0
        lines.append(f"| {r['documents']} | {r['pages']} | {r['stage']} | {r['seconds']:.2f} | {rate:.0f} | "
                     f"{r['peak_rss_mb']:.0f} | {r['input_mb']:.1f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="50,500,5000", help="corpus sizes in documents, comma-separated")
    parser.add_argument("--work", default=str(ROOT / "build" / "bench"), help="folder for the corpora and sites")
    parser.add_argument("--stage", nargs="+", help=argparse.SUPPRESS)  # a stage run in its own process
    args = parser.parse_args(argv)
    if args.stage:
        {"parse": stage_parse, "pages": stage_pages}[args.stage[0]](*args.stage[1:])
        return 0
    rows = []
    per_copy = sample_documents()
    for size in (int(s) for s in args.sizes.split(",") if s.strip()):
        rows += run_size(size, Path(args.work), per_copy)
    RESULTS.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    print(table(rows))
    print(f"cores: {os.cpu_count()}; written to {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
