"""Command line: parses arguments and calls the stages; nothing else."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from . import __version__
from .catalogue import CatalogueError, load_catalogue
from .ingest import UnusableInput
from .pipeline import parse_path

DEFAULT_CATALOGUE = Path("datasets/catalogue.json")
DEFAULT_GAZETTES = Path("datasets/gazettes")

EXIT_OK, EXIT_FAILURE, EXIT_UNUSABLE = 0, 1, 2


def _catalogue(arg: str | None):
    if arg == "none":
        return None
    path = Path(arg) if arg else DEFAULT_CATALOGUE
    if arg is None and not path.exists():
        return None
    return load_catalogue(path)


def cmd_parse(args: argparse.Namespace) -> int:
    try:
        catalogue = _catalogue(args.catalogue)
        result = parse_path(args.file, catalogue)
    except UnusableInput as exc:
        print(f"gongbao: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    except CatalogueError as exc:
        print(f"gongbao: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=args.indent)
    sys.stdout.write("\n")
    return EXIT_OK


def cmd_summary(args: argparse.Namespace) -> int:
    try:
        catalogue = _catalogue(args.catalogue)
    except CatalogueError as exc:
        print(f"gongbao: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    files = sorted(Path(args.dir).glob("*.txt"))
    if not files:
        print(f"gongbao: {args.dir}: no *.txt gazettes found", file=sys.stderr)
        return EXIT_UNUSABLE
    failed = 0
    header = f"{'gazette':<28} {'issue':>9} {'docs':>4} {'toc':>4} {'dups':>4} {'blocks':>6} {'diagnostics':<30}"
    print(header)
    print("-" * len(header))
    totals = Counter()
    for i, path in enumerate(files, start=1):
        print(f"[{i}/{len(files)}] {path.name}", file=sys.stderr)
        try:
            result = parse_path(str(path), catalogue)
        except UnusableInput as exc:
            print(f"gongbao: {exc}", file=sys.stderr)
            failed += 1
            continue
        g = result.gazette
        sev = Counter(d.severity for d in result.diagnostics)
        dups = sum(1 for d in result.documents if d.duplicate)
        blocks = sum(len(d.blocks) for d in result.documents)
        issue = f"{g.year or '?'}-{g.issue or '?'}"
        diag = ", ".join(f"{sev[k]} {k}" for k in ("error", "warning", "info") if sev[k])
        print(f"{(g.title or path.name):<24} {issue:>9} {len(result.documents):>4} "
              f"{len(result.toc):>4} {dups:>4} {blocks:>6} {diag:<30}")
        totals.update(docs=len(result.documents), toc=len(result.toc), dups=dups, blocks=blocks,
                      **{k: v for k, v in sev.items()})
    print("-" * len(header))
    print(f"{len(files) - failed} gazettes, {totals['docs']} documents, {totals['toc']} contents "
          f"entries, {totals['dups']} duplicate copies, {totals['blocks']} blocks; diagnostics: "
          f"{totals['error']} error, {totals['warning']} warning, {totals['info']} info")
    return EXIT_UNUSABLE if failed else EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gongbao", description="Parse county government gazettes (人民政府公报).")
    parser.add_argument("--version", action="version", version=f"gongbao {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("parse", help="parse one gazette text file and print it as JSON")
    p.add_argument("file", help="gazette text (UTF-8, UTF-16 with BOM or GB18030)")
    p.add_argument("--catalogue", help="provenance catalogue (default: datasets/catalogue.json "
                                       "when present; 'none' to skip)")
    p.add_argument("--indent", type=int, default=2, help="JSON indent (default 2)")
    p.set_defaults(func=cmd_parse)

    s = sub.add_parser("summary", help="parse every gazette in a folder and print a summary")
    s.add_argument("dir", nargs="?", default=str(DEFAULT_GAZETTES),
                   help="folder of *.txt gazettes (default: datasets/gazettes)")
    s.add_argument("--catalogue", help="provenance catalogue (default: datasets/catalogue.json)")
    s.set_defaults(func=cmd_summary)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)
