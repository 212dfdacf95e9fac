"""Command line: parses arguments and calls the stages; nothing else."""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from . import __version__
from .catalogue import CatalogueError, load_catalogue
from .ingest import UnusableInput
from .pipeline import parse_path

DEFAULT_CATALOGUE = Path("datasets/catalogue.json")

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
    """One line per gazette of a folder (default: the setting paths.gazettes), through the parse
    cache, and the totals."""
    from dataclasses import replace

    try:
        settings = _settings(args)
        if args.dir:
            settings = replace(settings, paths=replace(settings.paths, gazettes=args.dir))
        results, failed = _load(settings)
    except (CatalogueError, OSError, ValueError) as exc:
        print(f"gongbao: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    if not results and not failed:
        print(f"gongbao: {settings.paths.gazettes}: no *.txt gazettes found", file=sys.stderr)
        return EXIT_UNUSABLE
    header = f"{'gazette':<28} {'issue':>9} {'docs':>4} {'toc':>4} {'dups':>4} {'blocks':>6} {'diagnostics':<30}"
    print(header)
    print("-" * len(header))
    totals = Counter()
    for result in results:
        g = result.gazette
        sev = Counter(d.severity for d in result.diagnostics)
        dups = sum(1 for d in result.documents if d.duplicate)
        blocks = sum(len(d.blocks) for d in result.documents)
        issue = f"{g.year or '?'}-{g.issue or '?'}{g.part or ''}{g.special or ''}"
        diag = ", ".join(f"{sev[k]} {k}" for k in ("error", "warning", "info") if sev[k])
        print(f"{(g.title or Path(result.source.shown).name):<24} {issue:>9} {len(result.documents):>4} "
              f"{len(result.toc):>4} {dups:>4} {blocks:>6} {diag:<30}")
        totals.update(docs=len(result.documents), toc=len(result.toc), dups=dups, blocks=blocks,
                      **{k: v for k, v in sev.items()})
    print("-" * len(header))
    print(f"{len(results)} gazettes, {totals['docs']} documents, {totals['toc']} contents "
          f"entries, {totals['dups']} duplicate copies, {totals['blocks']} blocks; diagnostics: "
          f"{totals['error']} error, {totals['warning']} warning, {totals['info']} info")
    return EXIT_UNUSABLE if failed else EXIT_OK


def _settings(args: argparse.Namespace):
    """The settings file (``--settings``, default gongbao.toml) with the paths and values given
    on the command line put over it."""
    from dataclasses import replace

    from .settings import load_settings, with_overrides

    settings = load_settings(Path(args.settings) if getattr(args, "settings", None) else None)
    paths = {name: getattr(args, name) for name in ("gazettes", "catalogue", "schemas", "glossary",
                                                     "translations", "agency_codes")
             if getattr(args, name, None) is not None}
    if getattr(args, "no_cache", False):
        paths["cache"] = ""
    settings = replace(settings, paths=replace(settings.paths, **paths))
    if getattr(args, "jobs", None) is not None:
        settings = replace(settings, build=replace(settings.build, jobs=args.jobs))
    return with_overrides(settings, url=getattr(args, "base_url", None))


def _load(settings) -> tuple[list, int]:
    """The corpus of the settings' gazette folder, through the parse cache."""
    from .corpus import load_corpus

    folder = Path(settings.paths.gazettes)
    if not folder.is_dir():
        print(f"gongbao: {folder}: not a folder of gazettes", file=sys.stderr)
        return [], 0
    cache = Path(settings.paths.cache) if settings.paths.cache else None
    given = settings.paths.catalogue
    catalogue = _catalogue(None if given == str(DEFAULT_CATALOGUE) else given)
    results, report = load_corpus(folder, catalogue, cache, settings.build.jobs or None)
    return results, report.failed


def replace_dir(fresh: Path, target: Path) -> None:
    """Put ``fresh`` where ``target`` is, so that ``target`` is never half-written."""
    old = target.with_name(target.name + ".old")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        target.rename(old)
    fresh.rename(target)
    if old.exists():
        shutil.rmtree(old)


def _run_into(args: argparse.Namespace, produce, finish=None) -> int:
    """Common to ``data`` and ``build``: load the settings and the corpus, let ``produce(results,
    config, work)`` write into a fresh folder beside ``--out``, and put that folder in place of
    ``--out`` only when it succeeded. ``produce`` returns (folder written, summary lines,
    handover). With ``finish``, the corpus is loaded and ``produce`` runs in a forked child
    (memory.start_in_fork), so that all the corpus's memory is given back when it ends; then
    ``finish(handover, config, work)`` completes the work in this process, which never held the
    corpus."""
    from .export import Config, DataError
    from .i18n.english import English
    from .memory import in_fork

    started = time.monotonic()
    try:
        settings = _settings(args)
        paths = settings.paths
        config = Config(schemas_dir=Path(paths.schemas), english=English.load(paths.glossary, paths.translations),
                        agency_codes=load_agency_codes(paths.agency_codes), root=Path.cwd(), settings=settings,
                        cache=Path(paths.cache) if paths.cache else None)
    except (CatalogueError, OSError, ValueError) as exc:
        print(f"gongbao: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        outcome = (in_fork if finish else _call)(_load_and_produce, produce, config, work, out)
        if isinstance(outcome, int):
            return outcome
        fresh, lines, handover = outcome
        if finish:
            finish(handover, config, work)
    except DataError as exc:
        print(f"gongbao: the datasets break their schemas; {out} left as it was\n{exc}", file=sys.stderr)
        return EXIT_FAILURE
    except BrokenProcessPool:
        print(f"gongbao: the build failed: a process of the build ended abruptly (killed, or out of "
              f"memory?); {out} left as it was", file=sys.stderr)
        return EXIT_FAILURE
    except Exception as exc:  # whatever failed, the previous output stays in place
        print(f"gongbao: the build failed ({type(exc).__name__}: {exc}); {out} left as it was",
              file=sys.stderr)
        return EXIT_FAILURE
    else:
        replace_dir(fresh, out)
        for line in lines[:-1]:
            print(line)
        print(f"{lines[-1]} in {time.monotonic() - started:.1f} s")
        return EXIT_OK
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _call(function, *args):
    return function(*args)


def _load_and_produce(produce, config, work: Path, out: Path):
    """The corpus loaded and ``produce`` run: its outcome, or the exit code when the corpus
    cannot be had (the reason printed)."""
    try:
        results, failed = _load(config.settings)
    except (CatalogueError, OSError, ValueError) as exc:
        print(f"gongbao: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    if failed or not results:
        problem = (f"{failed} gazette(s) could not be read" if failed
                   else f"no *.txt gazettes in {config.settings.paths.gazettes}")
        print(f"gongbao: {problem}; {out} left as it was", file=sys.stderr)
        return EXIT_UNUSABLE
    return produce(results, config, work)


def cmd_data(args: argparse.Namespace) -> int:
    from .export import build_datasets
    from .export.crosscounty import note_lines

    def produce(results, config, work):
        print("writing and validating datasets", file=sys.stderr)
        report = build_datasets(results, work / "datasets", config)
        rows = ", ".join(f"{name} {count}" for name, count in report.rows.items())
        return work / "datasets", note_lines(report.notes) + [
            f"datasets: {len(report.packages)} packages, {sum(report.packages.values())} resources "
            f"in {args.out} ({rows})", "done"], None

    return _run_into(args, produce)


def cmd_build(args: argparse.Namespace) -> int:
    """Everything: parse, datasets, the bilingual site; ``--out`` is replaced only on success.
    The stages that need the parsed corpus run in a child process; the search index, which
    needs the most memory of all, is made after it ended (``_run_into``)."""
    from .export import build_datasets
    from .export.crosscounty import note_lines
    from .i18n.coverage import coverage, summary_line
    from .links import link
    from .memory import give_back
    from .site import Steps, finish_site, render_site

    def produce(results, config, work):
        print("writing and validating datasets", file=sys.stderr)
        steps = Steps()
        links = link(results, config.agency_codes)  # found once, for the datasets and the pages
        report = build_datasets(results, work / "datasets", config, zips=False, links=links)  # zipped by finish_site
        give_back()  # the rows are gone; the pages get their memory
        steps.done("datasets written and validated")
        print("generating pages and building the site (zh, en), indexing search", file=sys.stderr)
        english = coverage(results, config.english, links.citations)
        rendered = render_site(results, work / "datasets", work, Path.cwd(), config.agency_codes,
                               config.english, english, config.settings, links=links)
        documents = sum(len(r.documents) for r in results)
        tables = [t for r in results for d in r.documents for t in d.tables]
        severities = Counter(x.severity for r in results for x in r.diagnostics)
        return work / "site", note_lines(report.notes) + [summary_line(english),
            f"built {args.out}: {len(results)} gazettes, {documents} documents, {len(tables)} tables, "
            f"{sum(len(t.rows) for t in tables)} rows, {rendered['pages']} pages in {rendered['languages']} "
            f"languages; diagnostics {severities['error']} error, {severities['warning']} warning, "
            f"{severities['info']} info"], rendered

    def finish(rendered, config, work):
        finish_site(work, config.settings, rendered)

    return _run_into(args, produce, finish)


def cmd_i18n_export(args: argparse.Namespace) -> int:
    """Write every string without a curated English translation to a file for translators."""
    from .i18n.english import English
    from .i18n.workflow import export, pending

    try:
        settings = _settings(args)
        english = English.load(settings.paths.glossary, settings.paths.translations)
        results, failed = _load(settings)
    except (CatalogueError, OSError, ValueError) as exc:
        print(f"gongbao: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    if failed:
        print(f"gongbao: {failed} gazette(s) could not be read", file=sys.stderr)
        return EXIT_UNUSABLE
    entries = pending(results, english)
    out = Path(args.out)
    try:
        export(entries, out)
    except (OSError, ValueError) as exc:
        print(f"gongbao: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    kinds = Counter(x.kind for x in entries)
    print(f"wrote {len(entries)} strings without a curated translation to {out} ("
          + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) + ")")
    return EXIT_OK


def cmd_i18n_import(args: argparse.Namespace) -> int:
    """Merge a translator's PO or CSV file into the glossary and the translations."""
    from .i18n.workflow import TranslationImportError, import_file

    path = Path(args.file)
    if not path.is_file():
        print(f"gongbao: {path}: no such file", file=sys.stderr)
        return EXIT_FAILURE
    try:
        settings = _settings(args)
        report = import_file(path, Path(settings.paths.glossary), Path(settings.paths.translations))
    except TranslationImportError as exc:
        print(f"gongbao: {path} was not imported; nothing was changed:\n{exc}", file=sys.stderr)
        return EXIT_FAILURE
    except ValueError as exc:
        print(f"gongbao: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    for x in report.replaced:
        print(f"replaced {x.kind} {x.chinese}: {x.english}")
    print(f"imported {path}: {report.summary()}")
    return EXIT_OK


def load_agency_codes(path: str) -> dict[str, str]:
    with open(path, encoding="utf-8", newline="") as fh:
        return {row["code"].strip(): row["issuer"].strip() for row in csv.DictReader(fh) if row.get("code")}


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

    # Options shared by several commands, as argparse parents.
    settings = argparse.ArgumentParser(add_help=False)
    settings.add_argument("--settings", help="settings file (default: gongbao.toml when present)")
    english = argparse.ArgumentParser(add_help=False)
    english.add_argument("--glossary", help="glossary of terms (setting paths.glossary)")
    english.add_argument("--translations", help="curated English of titles, captions, attachments and gazettes "
                                                "(setting paths.translations)")
    files = argparse.ArgumentParser(add_help=False)
    files.add_argument("--gazettes", help="folder of *.txt gazettes (setting paths.gazettes)")
    files.add_argument("--catalogue", help="provenance catalogue (setting paths.catalogue; 'none' to skip)")
    files.add_argument("--jobs", type=int, help="processes that parse (setting build.jobs; 0: one per core)")
    files.add_argument("--no-cache", action="store_true", help="parse and validate everything afresh (no cache: setting paths.cache)")
    data = argparse.ArgumentParser(add_help=False)
    data.add_argument("--schemas", help="reviewed Table Schemas (setting paths.schemas)")
    data.add_argument("--agency-codes", help="机关代字 → issuer table for citations (setting paths.agency_codes)")

    d = sub.add_parser("data", help="write the open datasets (Frictionless Data Packages) of every gazette",
                       parents=[settings, files, english, data])
    d.add_argument("--out", required=True, help="folder to write the packages into (replaced whole)")
    d.set_defaults(func=cmd_data)

    s = sub.add_parser("summary", help="parse every gazette in a folder and print a summary",
                       parents=[settings, files])
    s.add_argument("dir", nargs="?", help="folder of *.txt gazettes (default: the setting paths.gazettes)")
    s.set_defaults(func=cmd_summary)

    b = sub.add_parser("build", help="parse, write the datasets and build the bilingual site",
                       parents=[settings, files, english, data])
    b.add_argument("--out", default="site", help="site folder (replaced whole, only on success)")
    b.add_argument("--base-url", help="address the site is published at (setting site.url; default: the "
                                      "address of make serve)")
    b.set_defaults(func=cmd_build)

    i = sub.add_parser("i18n", help="the translators' workflow: export strings to translate, import them")
    isub = i.add_subparsers(dest="i18n_command", required=True)
    ie = isub.add_parser("export", help="write every string without a curated English translation "
                                        "(PO when the file ends in .po, CSV otherwise)",
                         parents=[settings, files, english])
    ie.add_argument("--out", default="translations-todo.po", help="file to write (default: translations-todo.po)")
    ie.set_defaults(func=cmd_i18n_export)
    ii = isub.add_parser("import", help="merge a translator's PO or CSV file into the glossary and translations",
                         parents=[settings, english])
    ii.add_argument("file", help="the translator's file")
    ii.set_defaults(func=cmd_i18n_import)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        # The reader went away (gongbao parse f.txt | head): stop quietly, as other commands do.
        # Python would report the pipe again when it flushes stdout at exit; point it at nothing.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, what a shell reports for a command a pipe ended
