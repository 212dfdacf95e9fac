"""Generate the site's Markdown pages (for MkDocs) from the parsed corpus, in two phases.

First the whole corpus context is built (indexes, citations both ways, validity from cleanup
decisions); then every page of both languages is rendered from Jinja2 templates. Pages are
mostly HTML rendered here with every value escaped, so MkDocs passes them through quickly.
"""

from __future__ import annotations

import csv
import itertools
import json
import re
import multiprocessing
import os
import shutil
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from ..bodytext import document_text
from ..issueparts import part_rank
from ..links import Links, link
from ..model import ParseResult
from ..i18n.catalogues import LANGUAGES, load_messages
from ..pipeline import gazette_id
from ..i18n.english import English
from .html import body_html, e, table_html
from .keptpages import KeptPages, gazette_key, shared_key
from .local import Local, mark_chinese



def environment() -> Environment:
    env = Environment(loader=PackageLoader("generator.site", "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                      undefined=StrictUndefined)
    env.filters["yaml_string"] = yaml_string
    return env


_SURROGATE_PAIR = re.compile(r"\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})")


def yaml_string(value) -> Markup:
    """A YAML double-quoted scalar for a page's front matter: JSON's escapes, which YAML reads
    too, but a character beyond the first plane (CJK Extension B, an emoji) as YAML's ``\\U``
    escape: the surrogate pair JSON writes is no character to YAML, and the page lost its front
    matter. Every character outside ASCII is escaped, so that no control character reaches YAML
    raw."""
    text = json.dumps(str(value), ensure_ascii=True)
    return Markup(_SURROGATE_PAIR.sub(
        lambda m: "\\U%08x" % (0x10000 + ((int(m.group(1), 16) - 0xD800) << 10) + int(m.group(2), 16) - 0xDC00),
        text))


def json_for_script(data) -> Markup:
    """JSON that is safe inside <script>: no character can close the element."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


@dataclass
class Corpus:
    results: list[ParseResult]
    gazettes: list[dict] = field(default_factory=list)
    documents: dict = field(default_factory=dict)  # id → Document
    doc_gazette: dict = field(default_factory=dict)  # doc id → gazette view
    cites: dict = field(default_factory=dict)  # doc id → list of citation views
    cited_by: dict = field(default_factory=lambda: defaultdict(list))
    validity: dict = field(default_factory=dict)  # doc id → {status, decision, decision_doc}
    english: English | None = None


def build_corpus(results: list[ParseResult], agency_codes: dict[str, str], english: English,
                 links: Links | None = None) -> Corpus:
    """The corpus as the pages see it; ``links``: its citations and cross-county tables, when the
    caller has them already."""
    corpus = Corpus(results, english=english)
    for r in results:
        g = r.gazette
        gid = gazette_id(g, r.source.sha256)
        view = {"id": gid, "title": g.title or gid, "region": g.region, "parent_region": g.parent_region,
                "year": g.year, "issue": g.issue, "issue_shown": g.issue_shown(),
                "part": g.part, "special": g.special,
                "issue_number": g.issue_number(), "issue_number_en": g.issue_number_en(),
                "issue_label": g.issue_label(), "issue_label_en": g.issue_label_en(),
                "cumulative_issue": g.cumulative_issue,
                "publish_date": g.publish_date, "sha256": r.source.sha256, "documents": list(r.documents),
                "diagnostics": list(r.diagnostics), "source_path": r.source.path,
                "source_shown": r.source.shown, "copies": [[c.shown, c.sha256] for c in r.copies]}
        corpus.gazettes.append(view)
        for d in r.documents:
            corpus.documents[d.id] = d
            corpus.doc_gazette[d.id] = view
    links = links or link(results, agency_codes)
    for d in corpus.documents.values():
        cites = links.citations[d.id]
        corpus.cites[d.id] = [{"title": c.title, "doc_number": c.doc_number, "issuer": c.issuer,
                               "target": c.cited_document,
                               "target_doc": corpus.documents.get(c.cited_document) if c.cited_document else None}
                              for c in cites]
        for c in cites:
            if c.cited_document and d not in corpus.cited_by[c.cited_document]:
                corpus.cited_by[c.cited_document].append(d)
    for row in links.cross["normative_document_status"]:
        target = links.by_number.get(row["doc_number"]) if row["doc_number"] else None
        if target and row["decision_document_id"] != target:
            decision = corpus.documents[row["decision_document_id"]]
            corpus.validity[target] = {"status": row["status"], "decision": decision.id,
                                       "decision_doc": decision}
    return corpus


def _write(path: Path, text: str) -> None:
    if ".." in path.parts:
        raise ValueError(f"refusing to write outside the output folder: {path}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def jsonld_legislation(d, gazette: dict, validity: dict | None, english_title: str) -> Markup:
    data = {"@context": "https://schema.org", "@type": "Legislation", "name": d.title,
            "alternateName": english_title,
            "inLanguage": "zh", "isPartOf": {"@type": "PublicationIssue", "name": gazette["title"],
                                             "issueNumber": gazette["issue_number"]}}
    if d.doc_number:
        data["legislationIdentifier"] = d.doc_number
    if d.date:
        data["legislationDate"] = d.date
    if d.issuer:
        data["legislationPassedBy"] = [{"@type": "GovernmentOrganization", "name": x} for x in d.issuer]
    if d.doc_type:
        data["legislationType"] = d.doc_type
    if validity:
        data["legislationLegalForce"] = ("https://schema.org/InForce" if validity["status"] == "继续有效"
                                         else "https://schema.org/NotInForce")
    return json_for_script(data)


def _facets(corpus: Corpus, t: dict) -> list[dict]:
    def group(key_of):
        groups: dict = defaultdict(list)
        for d in corpus.documents.values():
            for key in key_of(d):
                groups[key].append(d)
        return sorted(groups.items(), key=lambda kv: (-len(kv[1]), str(kv[0])))

    return [
        {"key": "region", "title": t["by_region"],
         "values": group(lambda d: [corpus.doc_gazette[d.id]["region"] or "—"])},
        {"key": "year", "title": t["by_year"],
         "values": sorted(group(lambda d: [(d.date or "")[:4] or str(corpus.doc_gazette[d.id]["year"] or "—")]),
                          key=lambda kv: kv[0], reverse=True)},
        {"key": "authority", "title": t["by_authority"], "values": group(lambda d: list(d.issuer) or ["—"])},
        {"key": "type", "title": t["by_type"], "values": group(lambda d: [d.doc_type or "—"])},
        {"key": "validity", "title": t["by_validity"],
         "values": group(lambda d: [t["valid_status_" + corpus.validity[d.id]["status"]]
                                    if d.id in corpus.validity else t["validity_unknown"]])},
    ]


def _preview(csv_path: Path, cell, limit: int = 5) -> Markup | None:
    if not csv_path.exists():
        return None
    # A cell may hold a whole document's text, past the csv module's default limit (128 KiB).
    csv.field_size_limit(max(csv.field_size_limit(), 1 << 30))
    with open(csv_path, encoding="utf-8", newline="") as fh:
        rows = list(itertools.islice(csv.reader(fh), limit + 1))
    if not rows:
        return None
    head = "".join(f'<th scope="col">{e(c)}</th>' for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{cell(c[:80])}</td>" for c in row) + "</tr>" for row in rows[1:])
    return Markup(f'<div class="gb-table-wrap"><table class="gb-table"><thead><tr>{head}</tr></thead>'
                  f"<tbody>{body}</tbody></table></div>")


def _constraints(f: dict) -> str:
    c = f.get("constraints", {})
    parts = [k for k in ("required", "unique") if c.get(k)]
    if "enum" in c:
        parts.append("enum: " + " / ".join(c["enum"]))
    if "pattern" in c:
        parts.append("pattern: " + c["pattern"])
    return ", ".join(parts)


def _dataset_ld(p: dict, licence_url: str, base_url: str) -> dict:
    """schema.org Dataset for a package, its downloads at their full addresses."""
    return {"@type": "Dataset", "name": p["title"], "description": p["description"],
            "license": licence_url,
            "keywords": ["公报", "gazette", "open data"],
            "distribution": [{"@type": "DataDownload", "encodingFormat": "application/zip",
                              "contentUrl": f"{base_url}datasets/{p['name']}.zip"}]
            + [{"@type": "DataDownload", "encodingFormat": "application/vnd.apache.parquet",
                "contentUrl": f"{base_url}datasets/{p['name']}/{r['name']}.parquet", "name": r["name"]}
               for r in p["resources"][:50]]}


def _packages(datasets: Path, lang: str) -> list[dict]:
    out = []
    for folder in sorted(p for p in datasets.iterdir() if p.is_dir()):
        descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
        title = descriptor["title"]
        zh_title = title.split(" — ")[-1] if " — " in title else title
        en_title = title.split(" — ")[0]
        description = descriptor["description"].split("\n\n")
        resources = []
        for res in descriptor["resources"]:
            if res["format"] != "csv":
                continue
            fields = [{"name": f["name"], "type": f["type"],
                       "title_local": f.get("title_zh") if lang == "zh" else f.get("title"),
                       "description_local": f.get("description_zh") if lang == "zh" else f.get("description"),
                       "constraints": _constraints(f)} for f in res["schema"]["fields"]]
            many = len(descriptor["resources"]) > 40
            title = (res.get("title_zh") or res.get("title")) if lang == "zh" else res.get("title")
            resources.append({"name": res["name"], "title": title,
                              "fields": None if many else fields,
                              "preview": None if many else _preview(folder / res["path"],
                                                                    e if lang == "zh" else mark_chinese)})
        out.append({"name": descriptor["name"], "title": zh_title if lang == "zh" else en_title,
                    "summary": (description[-1] if lang == "zh" else description[0]),
                    "description": (description[-1] if lang == "zh" else description[0]),
                    "resources": resources})
    return out


def gazette_downloads(gazette: dict, docs: list, root_dir: Path) -> list[str]:
    """What a gazette's pages offer to download, shared by both languages (at the site's root):
    its source text, each of its documents as JSON (compact: the C encoder, several times faster
    than an indented one) and as text. Returns the files' paths relative to ``root_dir``."""
    written = [f"sources/{gazette['id']}.txt"]
    (root_dir / "sources").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(gazette["source_path"], root_dir / written[0])
    for d in docs:
        json_path, text_path = f"downloads/documents/{d.id}.json", f"downloads/documents/{d.id}.txt"
        _write(root_dir / json_path, json.dumps(d.to_dict(), ensure_ascii=False) + "\n")
        _write(root_dir / text_path, document_text(d) + "\n")
        written += [json_path, text_path]
    return written


def _language_pages(lang: str) -> tuple[int, int]:
    """Every page of one language (the first in the build's process, the others in forks: the
    corpus is shared, not copied); a gazette's pages kept by an earlier build with the same
    inputs are linked in place (keptpages.py). The first language writes the downloads too, into
    its folder (the site's root): at 5,000 documents that made the step 21-27 s, against 28-29 s
    with the English writing them. Returns (pages, gazettes whose pages were kept)."""
    corpus, datasets, out, coverage, settings, docs, stats, numbers = (
        _SHARED[k] for k in ("corpus", "datasets", "out", "coverage", "settings", "docs", "stats", "numbers"))
    env = environment()
    pages = 0
    t = {**load_messages(lang), "site_name": settings.site.name_zh if lang == "zh" else settings.site.name}
    L = Local(lang, corpus.english, t)
    base = out / lang
    site_up = "../" if lang == "en" else ""
    written: list[str] = []  # the files of the gazette being rendered

    def render(path: str, template: str, depth: int, **context) -> None:
        nonlocal pages
        root = "../" * depth
        values = {"hide": None, "description": None, **context}
        text = env.get_template(template).render(t=t, L=L, root=root, site_root=root + site_up, **values)
        _write(base / path, text)
        written.append(path)
        pages += 1

    def render_gazette(g: dict, mine: list) -> None:
        render(f"gazettes/{g['id']}.md", "gazette.md.j2", 2, title=L.gazette_text(g), g=g)
        for d in mine:
            validity = corpus.validity.get(d.id)
            shown: dict[str, str] = {}  # the document's tables as its body shows them

            def plain_table(tb) -> str:
                shown[tb.id] = table_html(tb, table_id=tb.id)
                return shown[tb.id]

            body = Markup(body_html(d, lambda table_id: f"../../tables/{table_id}/",
                                    lambda tb: f"{t['table']}: {L.caption_text(tb)}",
                                    None if lang == "zh" else lang, tables_html=plain_table))
            render(f"documents/{d.id}.md", "document.md.j2", 2, title=L.title_text(d), d=d, gazette=g,
                   validity=validity, body=body, cites=corpus.cites.get(d.id, []),
                   cited_by=corpus.cited_by.get(d.id, []),
                   jsonld=jsonld_legislation(d, g, validity, L.english.title(d.title, d.issuer).text))
            for tb in d.tables:
                table = ((shown.get(tb.id) or table_html(tb, table_id=tb.id)) if lang == "zh" else
                         table_html(tb, table_id=tb.id, caption_html=L.caption(tb.caption),
                                    heading=lambda c: L.column(c.title), cells_lang="zh"))
                render(f"tables/{tb.id}.md", "table.md.j2", 2, title=L.caption_text(tb), tb=tb, d=d,
                       table=Markup(table))
        if lang == LANGUAGES[0]:
            written.extend(gazette_downloads(g, mine, base))

    render("index.md", "home.md.j2", 0, title=t["site_tagline"], stats=stats, latest=docs[:10],
           hide=["navigation", "toc"])
    render("gazettes/index.md", "gazettes.md.j2", 1, title=t["nav_gazettes"],
           gazettes=sorted(corpus.gazettes, key=lambda g: (g["region"] or "", g["year"] or 0, g["issue"] or 0,
                                                                    g["special"] or "", part_rank(g["part"]))))
    # Each document's page belongs to the gazette it was taken from (the last, for an id two
    # gazettes print).
    owned: dict[int, list] = defaultdict(list)
    for d in docs:
        owned[id(corpus.doc_gazette[d.id])].append(d)
    kept = KeptPages(Path(settings.paths.cache) / "pages" / lang) if settings.paths.cache else None
    shared = shared_key(settings, lang) if kept else ""
    reused = 0
    for g in corpus.gazettes:
        mine = owned.get(id(g), [])
        key = gazette_key(shared, g, mine, corpus) if kept else ""
        count = 1 + len(mine) + sum(len(d.tables) for d in mine)  # its page, its documents', its tables'
        downloads = 1 + 2 * len(mine) if lang == LANGUAGES[0] else 0  # its source, each document twice
        if kept and kept.place(key, base, count + downloads):
            pages += count
            reused += 1
            continue
        written.clear()
        render_gazette(g, mine)
        if kept:
            kept.keep(key, base, written)
    if kept:
        kept.forget_unused()
    render("browse/index.md", "browse.md.j2", 1, title=t["browse"], facets=_facets(corpus, t))
    render("lookup.md", "lookup.md.j2", 1, title=t["lookup"], entries=numbers)
    render("search.md", "search.md.j2", 1, title=t["search"])
    _write(out / f"coverage.{lang}.html", env.get_template("coverage.html.j2").render(t=t, coverage=coverage))
    _write(out / f"licence.{lang}.html", env.get_template("licence.html.j2").render(
        t=t, title=settings.licence_title, url=settings.licence_url, spdx=settings.site.licence))
    packages = _packages(datasets, lang)
    render("data/index.md", "data.md.j2", 1, title=t["data"], packages=packages,
           jsonld=json_for_script({"@context": "https://schema.org", "@type": "DataCatalog",
                                   "name": t["data"], "inLanguage": lang,
                                   "dataset": [_dataset_ld(p, settings.licence_url, settings.site.url) for p in packages]}))
    for p in packages:
        render(f"data/{p['name']}.md", "package.md.j2", 2, title=p["title"], p=p,
               jsonld=json_for_script({"@context": "https://schema.org", **_dataset_ld(p, settings.licence_url, settings.site.url)}))
    return pages, reused


# What the language processes read: set by generate() before they are forked.
_SHARED: dict = {}


def generate(corpus: Corpus, datasets: Path, out: Path, coverage: dict, settings) -> tuple[int, int]:
    """Write the pages of both languages into out/zh and out/en, the downloads (documents as
    JSON and text, source texts: ``gazette_downloads``) into out/zh, and the translation coverage
    for the About pages into out/coverage.<lang>.html. Returns (pages written, gazettes whose
    pages were kept from an earlier build, counted once a language)."""
    if out.exists():
        shutil.rmtree(out)
    docs = sorted(corpus.documents.values(), key=lambda d: (d.date or "", d.id), reverse=True)
    stats = {"regions": len({g["region"] for g in corpus.gazettes}), "issues": len(corpus.gazettes),
             "documents": len(docs), "tables": sum(len(d.tables) for d in docs),
             "rows": sum(len(t.rows) for d in docs for t in d.tables)}
    numbers = sorted([(d.doc_number, d) for d in docs if d.doc_number]
                     + [(d.registration_number, d) for d in docs if d.registration_number],
                     key=lambda pair: pair[0])

    _SHARED.update(corpus=corpus, datasets=datasets, out=out, coverage=coverage, settings=settings,
                   docs=docs, stats=stats, numbers=numbers)
    try:
        if (os.cpu_count() or 1) > 1 and "fork" in multiprocessing.get_all_start_methods():
            # The languages side by side: the first in this process, the others in forks that
            # share the corpus. (A fork touching the corpus copies the pages it touches: two forks
            # held two copies, 1.9 GB for the whole build at 5,000 documents.)
            with ProcessPoolExecutor(max_workers=len(LANGUAGES) - 1,
                                     mp_context=multiprocessing.get_context("fork")) as pool:
                others = [pool.submit(_language_pages, lang) for lang in LANGUAGES[1:]]
                counts = [_language_pages(LANGUAGES[0])] + [done.result() for done in others]
        else:
            counts = [_language_pages(lang) for lang in LANGUAGES]
    finally:
        _SHARED.clear()
    return sum(c[0] for c in counts), sum(c[1] for c in counts)

