"""Render: the bilingual static site (MkDocs Material) with the open datasets in it.

``build_site`` writes everything into a fresh folder: generated pages (pages.py) → MkDocs build of
the Chinese site at the root and the English site under en/ → datasets under datasets/ → an Atom
feed per language and one sitemap with hreflang alternates → the search index (search.py) → the
security policy (csp.py). The caller moves the folder into place only when all of it succeeded.
It is two steps, ``render_site`` (what needs the parsed corpus) and ``finish_site`` (what does
not), so that the build can let the corpus go with a process before Pagefind runs.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import shutil
import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

from ..export import write_zips
from ..i18n.catalogues import LANGUAGES
from ..kept import forget_unused
from ..memory import give_back
from .csp import protect_site
from .pages import build_corpus, generate
from .search import gazette_of, index_bundle, pages_of, place, plan


def _mkdocs(config_file: Path, site_dir: Path, pages_dir: Path, epoch: int, site_url: str, site_name: str,
            rendered: Path | None = None) -> tuple[int, int]:
    """One language's MkDocs build; with ``rendered``, generated pages are kept there between
    builds and only changed ones rendered (rendered.py). Returns (pages rendered, pages kept)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    # site_url gives the 404 page (served from any path) links that start at the right root.
    config = load_config(str(config_file), site_dir=str(site_dir), strict=True, site_url=site_url,
                         site_name=site_name)
    plugin = config.plugins["gongbao"]
    plugin.config.pages_dir = str(pages_dir)
    plugin.config.rendered_dir = str(rendered) if rendered else ""
    build(config)
    return plugin.counts


def _epoch(corpus) -> tuple[int, str]:
    dates = [d.date for d in corpus.documents.values() if d.date] or ["1970-01-01"]
    day = max(dates)
    moment = dt.datetime.fromisoformat(day).replace(tzinfo=dt.timezone.utc)
    return int(moment.timestamp()), day


def _page_paths(pages_dir: Path) -> list[str]:
    """Site paths of the generated and hand-written pages (directory URLs)."""
    out = []
    for path in sorted(pages_dir.rglob("*.md")):
        rel = path.relative_to(pages_dir).as_posix()[:-3]
        if rel == "index":
            out.append("")
        elif rel.endswith("/index"):
            out.append(rel[:-5])
        else:
            out.append(rel + "/")
    return out


def write_sitemap(site: Path, site_en: Path, paths: list[str], base_url: str, day: str) -> None:
    """The sitemaps, each page with its hreflang alternates, in place of the ones MkDocs wrote
    into each language's site (without the alternates): the site's for both languages, and the
    English site's for its own pages (a sitemap lists what is under its folder; Material fetches
    the one of the language a page is in, and found none)."""
    languages = (("zh", ""), ("en", "en/"))

    def sitemap(prefixes: tuple[str, ...]) -> str:
        lines = ['<?xml version="1.0" encoding="UTF-8"?>',
                 '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                 'xmlns:xhtml="http://www.w3.org/1999/xhtml">']
        for path in paths:
            for prefix in prefixes:
                lines.append(f"<url><loc>{xml_escape(base_url + prefix + path)}</loc><lastmod>{day}</lastmod>")
                for alt, alt_prefix in languages:
                    lines.append(f'<xhtml:link rel="alternate" hreflang="{alt}" '
                                 f'href="{xml_escape(base_url + alt_prefix + path)}"/>')
                lines.append("</url>")
        lines.append("</urlset>")
        return "\n".join(lines) + "\n"

    for stale in (site / "sitemap.xml.gz", site_en / "sitemap.xml.gz"):
        stale.unlink(missing_ok=True)
    (site / "sitemap.xml").write_text(sitemap(tuple(prefix for _, prefix in languages)), encoding="utf-8")
    (site_en / "sitemap.xml").write_text(sitemap(("en/",)), encoding="utf-8")


def write_feed(path: Path, corpus, lang: str, base_url: str, prefix: str, site_name: str) -> None:
    """Atom feed of the documents, newest first, dated by the documents' own dates."""
    docs = sorted((d for d in corpus.documents.values()), key=lambda d: (d.date or "", d.id), reverse=True)
    updated = (docs[0].date if docs and docs[0].date else "1970-01-01") + "T00:00:00Z"
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{lang}">',
           f"<title>{xml_escape(site_name)}</title>",
           f'<link href="{xml_escape(base_url + prefix)}"/>',
           f"<id>{xml_escape(base_url + prefix)}feed.xml</id>",
           f"<updated>{updated}</updated>"]
    for d in docs[:100]:
        url = f"{base_url}{prefix}documents/{d.id}/"
        when = (d.date or d.printed_date or "1970-01-01") + "T00:00:00Z"
        issuers = "、".join(d.issuer) if lang == "zh" else "; ".join(corpus.english.authority(x).text for x in d.issuer)
        summary = " ".join(x for x in (d.doc_number, issuers) if x)
        title = d.title if lang == "zh" else corpus.english.title(d.title, d.issuer).text
        out += ["<entry>", f"<title>{xml_escape(title)}</title>", f'<link href="{xml_escape(url)}"/>',
                f"<id>{xml_escape(url)}</id>", f"<updated>{when}</updated>",
                f"<summary>{xml_escape(summary)}</summary>", "</entry>"]
    out.append("</feed>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def _index_language(folder: Path, bundles: list, scratch: Path, cache: Path | None) -> list[tuple[str, bool]]:
    return [index_bundle(folder, bundle, scratch, cache) for bundle in bundles]


def index_sites(sites: list[tuple[Path, Path]], group, per_bundle: int, cache: Path | None) -> str:
    """Each language's search index, in bundles of about ``per_bundle`` pages (search.py);
    ``sites`` pairs each language's site with a scratch folder. The languages side by side, each
    language's bundles one after the other: one Pagefind per language at a time, so that memory
    stays at a bundle's worth each. Returns what was done, for the build's progress."""
    plans = [(folder, scratch, plan(pages_of(folder), group, per_bundle)) for folder, scratch in sites]
    # Threads: each waits for its Pagefind process; no Python process of its own beside them.
    with ThreadPoolExecutor(max_workers=min(len(plans), os.cpu_count() or 1)) as pool:
        done = [pool.submit(_index_language, folder, bundles, scratch, cache) for folder, scratch, bundles in plans]
        results = [item for d in done for item in d.result()]
    for folder, scratch, bundles in plans:
        place(folder, bundles, scratch)
        shutil.rmtree(scratch, ignore_errors=True)
    if cache:
        forget_unused(cache, {key for key, _ in results})
    fresh = sum(1 for _, indexed in results if indexed)
    return (f"search indexed: {len(results)} bundles in {len(plans)} languages, {fresh} indexed, "
            f"{len(results) - fresh} unchanged from the cache")


class Steps:
    """Progress of a long build on stderr: each step with the time it took."""

    def __init__(self, log=lambda message: print(message, file=sys.stderr, flush=True)):
        self.log = log
        self.started = time.perf_counter()

    def done(self, what: str) -> None:
        now = time.perf_counter()
        self.log(f"  {what} ({now - self.started:.1f} s)")
        self.started = now


def render_site(results, datasets: Path, work: Path, root: Path, agency_codes: dict[str, str],
                english, coverage: dict, settings, log=None, links=None) -> dict:
    """All of the site that needs the parsed corpus, into ``work/site`` (Chinese, with the
    finished ``datasets`` folder moved in) and ``work/site-en``: the pages, both languages' MkDocs
    builds, the feeds and the sitemap. Returns what ``finish_site`` needs: counts and each page's
    gazette (small, for another process). ``links``: the corpus's citations and cross-county
    tables (``links.link``), when the caller has them already."""
    steps = Steps(log) if log else Steps()
    corpus = build_corpus(results, agency_codes, english, links)
    pages_dir = work / "pages"
    base_url = settings.site.url
    count, kept = generate(corpus, datasets, pages_dir, coverage, settings)
    give_back()
    gazettes = len(corpus.gazettes) * len(LANGUAGES)
    steps.done(f"{count} pages generated; the gazettes' pages (once a language): {gazettes - kept} made, {kept} "
               f"unchanged from the cache")
    site = work / "site"
    epoch, day = _epoch(corpus)
    # The two languages are two MkDocs builds, one process each, side by side, each into a folder
    # of its own (MkDocs empties its folder first); the English is moved in by finish_site, after
    # its search index.
    site_en = work / "site-en"
    rendered = Path(settings.paths.cache) / "rendered" if settings.paths.cache else None
    builds = [(root / "mkdocs.yml", site, pages_dir / "zh", epoch, base_url, settings.site.name_zh, rendered),
              (root / "mkdocs.en.yml", site_en, pages_dir / "en", epoch, base_url + "en/", settings.site.name,
               rendered)]
    # Fresh processes (forkserver), not forks of a parent that holds the whole corpus.
    forkserver = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=min(len(builds), os.cpu_count() or 1), mp_context=forkserver) as pool:
        counts = [done.result() for done in [pool.submit(_mkdocs, *args) for args in builds]]
    made, kept = sum(c[0] for c in counts), sum(c[1] for c in counts)
    steps.done(f"MkDocs built both languages: {made} generated pages rendered, {kept} unchanged from the cache")
    shutil.move(str(datasets), str(site / "datasets"))
    paths = sorted(set(_page_paths(pages_dir / "zh")) | set(_page_paths(root / "docs" / "zh")))
    write_sitemap(site, site_en, paths, base_url, day)
    for lang, folder in (("zh", site), ("en", site_en)):
        write_feed(folder / "feed.xml", corpus, lang, base_url, "" if lang == "zh" else "en/",
                   settings.site.name_zh if lang == "zh" else settings.site.name)
    steps.done("sitemap and feeds written")
    return {"pages": count + len(list((root / "docs").rglob("*.md"))), "languages": len(LANGUAGES),
            "groups": gazette_of(corpus)}


def finish_site(work: Path, settings, rendered: dict, log=None) -> dict:
    """The rest, which needs no corpus (so that it can run in a process that never held one,
    beside Pagefind's memory): each language's search index, the datasets' zips, the English site
    moved under en/, the security policy. ``rendered``: what ``render_site`` returned. Returns the counts."""
    steps = Steps(log) if log else Steps()
    site, site_en = work / "site", work / "site-en"
    # The datasets' zips are written beside Pagefind, which leaves a core partly idle, and the
    # generated Markdown pages, rendered by now, are removed (tens of thousands of files).
    with ThreadPoolExecutor(max_workers=1) as side:
        zipped = side.submit(write_zips, site / "datasets")
        side.submit(shutil.rmtree, work / "pages", ignore_errors=True)
        steps.done(index_sites([(site, work / "search-zh"), (site_en, work / "search-en")], rendered["groups"],
                               settings.build.search_pages,
                               Path(settings.paths.cache) / "search" if settings.paths.cache else None))
        zipped.result()
    shutil.move(str(site_en), str(site / "en"))
    protect_site(site)
    steps.done("security policy written")
    return {"pages": rendered["pages"], "languages": rendered["languages"]}


def build_site(results, datasets: Path, work: Path, root: Path, agency_codes: dict[str, str],
               english, coverage: dict, settings, log=None, links=None) -> dict:
    """Build the whole site into ``work/site`` in this process (``render_site``, then
    ``finish_site``); ``datasets`` is a datasets folder (written and validated; zipped here) that
    is moved into it. Returns counts for the summary."""
    rendered = render_site(results, datasets, work, root, agency_codes, english, coverage, settings, log, links)
    return finish_site(work, settings, rendered, log)
