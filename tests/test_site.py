"""The bilingual site: every page there, every internal link resolving, gazette text escaped,
the language switch leading to the same page, structured data, feed and sitemap, and byte-identical
rebuilds."""

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from dataclasses import replace

import pytest

from generator.cli import load_agency_codes
from generator.export import Config, build_datasets
from generator.links import link
from generator.pipeline import parse_path
from generator.i18n.coverage import coverage
from generator.settings import Settings
from generator.site import build_site
from tests.conftest import ROOT, SAMPLES, english, parsed


# Search bundles of 20 pages: the samples' index comes in several bundles, as a big site's does.
SEARCH_PAGES = 20


def build(results, work: Path, cache: Path | None = None, log=None) -> Path:
    """The site of ``results`` in ``work/site``, its cache in ``cache`` (default: a fresh one)."""
    settings = Settings()
    settings = replace(settings, build=replace(settings.build, search_pages=SEARCH_PAGES),
                       paths=replace(settings.paths, cache=str(cache or work / "cache")))
    config = Config(schemas_dir=ROOT / "datasets" / "schemas",
                    english=english(),
                    agency_codes=load_agency_codes(str(ROOT / "datasets" / "agency_codes.csv")), root=ROOT,
                    settings=settings)
    links = link(results, config.agency_codes)  # as the build: found once
    build_datasets(results, work / "datasets", config, zips=False, links=links)  # as the build: zipped by the site
    build_site(results, work / "datasets", work, ROOT, config.agency_codes, config.english,
               coverage(results, config.english, links.citations), config.settings,
               log=log or (lambda message: None), links=links)
    return work / "site"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build([parsed(n) for n in SAMPLES], tmp_path_factory.mktemp("site"))


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        for key in ("href", "src"):
            if attrs.get(key) and not (tag == "link" and attrs.get("rel") in ("canonical",)):
                self.links.append(attrs[key])


def parse_html(path: Path) -> Links:
    parser = Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_pages_for_every_gazette_document_and_table_in_both_languages(site):
    for prefix in ("", "en/"):
        for name in SAMPLES:
            result = parsed(name)
            for d in result.documents:
                assert (site / prefix / "documents" / d.id / "index.html").exists()
                for t in d.tables:
                    assert (site / prefix / "tables" / t.id / "index.html").exists()
        for page in ("index.html", "gazettes/index.html", "browse/index.html", "data/index.html",
                     "lookup/index.html", "about/index.html", "404.html", "feed.xml"):
            assert (site / prefix / page).exists(), prefix + page
    assert (site / "datasets" / "gongbao-gazettes" / "datapackage.json").exists()


def test_every_internal_link_resolves(site):
    broken = []
    for page in site.rglob("*.html"):
        parsed_page = parse_html(page)
        for href in parsed_page.links:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith(("mailto:", "javascript:", "data:")):
                continue
            if not parts.path:
                if parts.fragment and parts.fragment not in parsed_page.ids:
                    broken.append((str(page.relative_to(site)), href))
                continue
            if parts.path.startswith("/"):  # 404 pages link from the site's root
                target = (site / unquote(parts.path).lstrip("/")).resolve()
            else:
                target = (page.parent / unquote(parts.path)).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append((str(page.relative_to(site)), href))
    assert broken == []


def test_language_switch_leads_to_the_same_page(site):
    doc = parsed(SAMPLES[0]).documents[0]
    zh = (site / "documents" / doc.id / "index.html").read_text(encoding="utf-8")
    en = (site / "en" / "documents" / doc.id / "index.html").read_text(encoding="utf-8")
    assert f'href="../../en/documents/{doc.id}/" hreflang="en"' in zh
    assert f'href="../../../documents/{doc.id}/" hreflang="zh"' in en
    assert '<html lang="zh"' in zh and '<html lang="en"' in en


def test_document_page_has_metadata_body_table_and_structured_data(site):
    result = parsed("pingjiang-2023-02.txt")
    doc = result.documents[3]  # the insurance notice with its table of township targets
    html = (site / "documents" / doc.id / "index.html").read_text(encoding="utf-8")
    for value in ("平政办函〔2023〕35号", "PJDR-2023-01006", "2023-10-11", "平江县人民政府办公室", "安定镇", "940000"):
        assert value in html
    blob = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    data = json.loads(blob)
    assert data["@type"] == "Legislation" and data["legislationIdentifier"] == "平政办函〔2023〕35号"


HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


class ChineseOutsideZh(HTMLParser):
    """Text with Han characters that is not inside an element marked lang="zh" (script and style
    aside): on an English page, that is Chinese the reader is not told about."""
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self):
        super().__init__()
        self.stack: list[tuple[str, bool]] = []
        self.found: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        lang = dict(attrs).get("lang") or ""
        inside = bool(self.stack and self.stack[-1][1])
        self.stack.append((tag, inside or lang.startswith("zh") or tag in ("script", "style")))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if HAN.search(data) and not (self.stack and self.stack[-1][1]):
            self.found.append(("/".join(t for t, _ in self.stack[-3:]), data.strip()[:50]))


def test_english_pages_have_no_unmarked_chinese(site):
    """Navigation, headings, labels, titles, metadata and table headers of every English page are
    English; Chinese appears only where marked lang="zh" (bodies, cells, the printed originals)."""
    pages = sorted((site / "en").rglob("*.html"))
    assert len(pages) > 70
    problems = []
    for page in pages:
        parser = ChineseOutsideZh()
        parser.feed(page.read_text(encoding="utf-8"))
        problems += [(str(page.relative_to(site)), *hit) for hit in parser.found]
    assert problems == []


def test_english_document_page(site):
    result = parsed("pingjiang-2023-02.txt")
    doc = result.documents[3]
    html = (site / "en" / "documents" / doc.id / "index.html").read_text(encoding="utf-8")
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1)
    assert h1.startswith("Notice of the General Office of the Pingjiang County People&#39;s Government")
    assert f'<span lang="zh">{doc.title}</span>' in html  # the printed title beside it
    assert "the Chinese text is the authoritative one" in html
    assert '<time datetime="2023-10-11">11 October 2023</time>' in html
    assert '<div class="gb-body" lang="zh" data-pagefind-ignore="all">' in html  # indexed by the Chinese site
    title = re.search(r"<title>(.*?)</title>", html).group(1)
    assert not HAN.search(title)


def test_english_table_page_has_english_headers_over_chinese_cells(site):
    table = parsed("pingjiang-2023-02.txt").documents[3].tables[0]
    html = (site / "en" / "tables" / table.id / "index.html").read_text(encoding="utf-8")
    head = re.search(r"<thead>(.*?)</thead>", html, re.S).group(1)
    assert "No." in head and '<span class="gb-original" lang="zh">序号</span>' in head
    assert '<tbody lang="zh" data-pagefind-ignore="all">' in html


def test_about_pages_report_translation_coverage(site):
    en = (site / "en" / "about" / "index.html").read_text(encoding="utf-8")
    zh = (site / "about" / "index.html").read_text(encoding="utf-8")
    for html, label in ((en, "Titles of documents and attachments"), (zh, "文件和附件标题")):
        row = re.search(label + r"</td><td class=\"gb-num\">(\d+) / (\d+)</td>", html)
        assert row and row.group(1) == row.group(2) == "61"  # 32 documents, 29 attachments
    assert "Titles of cited documents not on this site" in en
    assert "gongbao:coverage" not in en and "gongbao:coverage" not in zh


def test_data_pages_carry_dataset_structured_data(site):
    for page, kind in (("data/index.html", "DataCatalog"), ("data/gongbao-cross-county/index.html", "Dataset")):
        html = (site / page).read_text(encoding="utf-8")
        data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
        assert data["@type"] == kind
    html = (site / "data" / "gongbao-cross-county" / "index.html").read_text(encoding="utf-8")
    for field in ("licensing_items", "normative_document_status", "insurance_enrolment_targets", "read_parquet"):
        assert field in html


def test_validity_from_a_cleanup_decision_in_the_corpus(site):
    # Qiyang's 2024 cleanup decision (l.119-264) keeps 祁政办发〔2022〕12号 etc. in force; no document
    # of the corpus is listed by a cleanup decision, so every page says unknown — and the browse page
    # counts them all under that value.
    html = (site / "browse" / "index.html").read_text(encoding="utf-8")
    assert "未知" in html and "按有效性" in html


def test_feed_and_sitemap(site):
    feed = ET.parse(site / "feed.xml").getroot()
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = feed.findall("a:entry", ns)
    assert len(entries) == 32
    dates = [e.find("a:updated", ns).text for e in entries]
    assert dates == sorted(dates, reverse=True) and dates[0].startswith("2024-12-30")
    sitemap = ET.parse(site / "sitemap.xml").getroot()
    urls = sitemap.findall("{http://www.sitemaps.org/schemas/sitemap/0.9}url")
    links = urls[0].findall("{http://www.w3.org/1999/xhtml}link")
    assert {l.get("hreflang") for l in links} == {"zh", "en"}
    english = ET.parse(site / "en" / "sitemap.xml").getroot()  # the English site's: its own pages
    locs = [u.find("{http://www.sitemaps.org/schemas/sitemap/0.9}loc").text for u in english]
    assert len(locs) == len(urls) // 2 and all("/en/" in loc for loc in locs)


HOSTILE = """平江县人民政府公报

2023年第9期

平政办发〔2023〕99号

平江县人民政府办公室关于<script>alert(1)</script>**加粗**{{ config }}的通知

各乡镇人民政府（街道办事处），县直各单位：

正文含有 <img src=x onerror=alert(2)> 和 [链接](javascript:alert(3)) 以及 {% raw %} 与 {{ 7*7 }}。

序号\t名称<b>\t数量
1\t<i>斜体</i>\t5

平江县人民政府办公室

2023年8月2日
"""


def test_gazette_text_that_looks_like_markup_renders_as_text(tmp_path):
    source = tmp_path / "hostile.txt"
    source.write_text(HOSTILE, encoding="utf-8")
    site = build([parse_path(str(source))], tmp_path / "work")
    pages = [p for p in site.rglob("*.html") if "documents" in p.parts or "tables" in p.parts]
    assert pages
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "<script>alert" not in html and "<img src=x" not in html and "<i>斜体" not in html
        assert "javascript:alert" not in html.replace("[链接](javascript:alert(3))", "")
    doc_page = next(p for p in pages if "documents" in p.parts and "en" not in p.parts)
    html = doc_page.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html and "49" not in html.split("{{ 7*7 }}")[0][-5:]


def test_characters_of_other_planes_and_invisible_controls_in_a_title(tmp_path):
    """A title with a CJK Extension B character and an emoji keeps its page's front matter (the
    page's <title> is the title, no front matter printed on the page); a right-to-left override
    and a noncharacter are gone from every page and the feeds stay XML."""
    import xml.etree.ElementTree as ET

    text = HOSTILE.replace("关于<script>alert(1)</script>**加粗**{{ config }}的通知",
                           "关于\U00020000\U0001f600\u202e做好\ufffe防汛工作的通知")
    source = tmp_path / "planes.txt"
    source.write_text(text, encoding="utf-8")
    site = build([parse_path(str(source))], tmp_path / "work")
    doc_page = next(p for p in site.rglob("index.html") if "documents" in p.parts and "en" not in p.parts)
    html = doc_page.read_text(encoding="utf-8")
    assert "<title>平江县人民政府办公室关于\U00020000\U0001f600做好防汛工作的通知" in html
    assert "title:" not in html and "\\ud840" not in html
    for page in site.rglob("*.html"):
        body = page.read_text(encoding="utf-8")
        assert "\u202e" not in body and "\ufffe" not in body
    for feed in (site / "feed.xml", site / "en" / "feed.xml"):
        ET.parse(feed)  # well-formed


PART = """青溪县人民政府公报
2024年第3期（{part}）

青溪县人民政府办公室
关于做好{what}工作的通知

青政办发〔2024〕{number}号

各乡镇人民政府，县直各单位：
　　现就做好{what}工作通知如下。

青溪县人民政府办公室
2024年3月{day}日
"""


def test_the_parts_of_an_issue_have_pages_of_their_own_labelled_with_their_part(tmp_path):
    results = []
    for part, what, number, day in (("上", "春耕备耕", 7, 5), ("下", "森林防火", 8, 12)):
        source = tmp_path / f"part-{number}.txt"
        source.write_text(PART.format(part=part, what=what, number=number, day=day), encoding="utf-8")
        results.append(parse_path(str(source)))
    site = build(results, tmp_path / "work")
    ids = sorted(p.name for p in (site / "gazettes").iterdir() if p.is_dir())
    assert len(ids) == 2 and ids[0].endswith("-2024-03-shang") and ids[1].endswith("-2024-03-xia")
    listing = (site / "gazettes" / "index.html").read_text(encoding="utf-8")
    assert listing.index("<td>3（上）</td>") < listing.index("<td>3（下）</td>")
    english_listing = (site / "en" / "gazettes" / "index.html").read_text(encoding="utf-8")
    assert "<td>3, first part</td>" in english_listing and "<td>3, last part</td>" in english_listing
    page = (site / "gazettes" / ids[1] / "index.html").read_text(encoding="utf-8")
    assert "<title>青溪县人民政府公报 2024年第3期（下）" in page and "森林防火" in page and "春耕备耕" not in page
    english_page = (site / "en" / "gazettes" / ids[1] / "index.html").read_text(encoding="utf-8")
    assert "2024 No. 3, last part" in english_page
    document = (site / "documents" / f"{ids[1]}-01" / "index.html").read_text(encoding="utf-8")
    assert '"issueNumber": "3（下）"' in document or '"issueNumber":"3（下）"' in document


def site_files(site: Path) -> dict[Path, bytes]:
    return {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def test_two_builds_are_byte_identical(tmp_path):
    results = [parsed(n) for n in SAMPLES[:2]]
    fa = site_files(build(results, tmp_path / "a"))
    fb = site_files(build(results, tmp_path / "b"))
    assert fa.keys() == fb.keys()
    assert [k for k in fa if fa[k] != fb[k]] == []


def _rendered(said: list[str]) -> tuple[int, int]:
    """(pages rendered, pages kept) from the build's progress line for MkDocs."""
    line = [m for m in said if "MkDocs built" in m][-1]
    found = re.search(r"(\d+) generated pages rendered, (\d+) unchanged", line)
    return int(found.group(1)), int(found.group(2))


def test_a_rebuild_renders_only_the_changed_pages_and_equals_a_clean_build(tmp_path):
    results = [parsed(n) for n in SAMPLES]
    cache, said = tmp_path / "cache", []
    first = site_files(build(results, tmp_path / "a", cache, said.append))
    made, kept = _rendered(said)
    assert made > 100 and kept == 0
    made_pages = f"the gazettes' pages (once a language): {2 * len(results)} made, 0 unchanged"
    assert any(made_pages in m for m in said), said
    # the same gazettes again: every gazette's generated pages are taken as kept, and every
    # rendered page outside the navigation
    said.clear()
    again = site_files(build(results, tmp_path / "b", cache, said.append))
    made_again, kept_again = _rendered(said)
    assert kept_again > 100 and made_again < 20 and made_again + kept_again == made
    kept_pages = f"the gazettes' pages (once a language): 0 made, {2 * len(results)} unchanged"
    assert any(kept_pages in m for m in said), said
    assert again.keys() == first.keys() and [k for k in first if first[k] != again[k]] == []
    # a gazette fewer: its pages go, the pages that list it are rendered anew, the rest kept,
    # and the site is the one a build without a cache makes
    fewer = results[1:]
    changed = site_files(build(fewer, tmp_path / "c", cache, said.append))
    made_now, kept_now = _rendered(said)
    assert made_now < kept_now
    clean = site_files(build(fewer, tmp_path / "d"))
    assert changed.keys() == clean.keys() and [k for k in clean if clean[k] != changed[k]] == []


def test_a_gazettes_pages_are_kept_under_everything_they_show_of_other_gazettes():
    """The key of a gazette's kept pages changes with what its documents show of other gazettes'
    documents (the citations both ways, a cleanup decision), each known by its gazette's sha256,
    and with the gazette's own source and the other files of its issue; nothing else of the
    corpus moves it."""
    from types import SimpleNamespace as NS

    from generator.site.keptpages import gazette_key

    g1 = {"id": "g1", "sha256": "a" * 64, "source_shown": "g1.txt", "copies": []}
    g2 = {"id": "g2", "sha256": "b" * 64, "source_shown": "g2.txt", "copies": []}
    d1, d2, d3 = NS(id="g1-1"), NS(id="g2-1"), NS(id="g2-2")

    def corpus(cites=(), cited_by=(), validity=None, g2_sha="b" * 64):
        g2_now = {**g2, "sha256": g2_sha}
        return NS(doc_gazette={"g1-1": g1, "g2-1": g2_now, "g2-2": g2_now},
                  cites={"g1-1": [{"title": "关于某事的通知", "doc_number": "某政发〔2024〕1号", "issuer": None,
                                   "target": c.id, "target_doc": c} for c in cites]},
                  cited_by={"g1-1": list(cited_by)}, validity={"g1-1": validity} if validity else {})

    base = gazette_key("shared", g1, [d1], corpus())
    assert base == gazette_key("shared", g1, [d1], corpus())
    others = [gazette_key("other", g1, [d1], corpus()),
              gazette_key("shared", {**g1, "sha256": "c" * 64}, [d1], corpus()),
              # another file of its issue came or went (collate.py): its page's diagnostics differ
              gazette_key("shared", {**g1, "copies": [["g1-web.txt", "e" * 64]]}, [d1], corpus()),
              gazette_key("shared", g1, [d1], corpus(cites=[d2])),
              gazette_key("shared", g1, [d1], corpus(cited_by=[d2])),
              gazette_key("shared", g1, [d1], corpus(cited_by=[d3])),
              gazette_key("shared", g1, [d1], corpus(validity={"status": "失效", "decision": "g2-1",
                                                                 "decision_doc": d2}))]
    assert len({base, *others}) == 1 + len(others)
    # the cited document's gazette changed: the citing gazette's pages are made again
    assert gazette_key("shared", g1, [d1], corpus(cited_by=[d2])) != gazette_key(
        "shared", g1, [d1], corpus(cited_by=[d2], g2_sha="d" * 64))
    # another gazette's change that its documents do not show leaves the key as it was
    assert gazette_key("shared", g1, [d1], corpus(g2_sha="d" * 64)) == base


def test_the_policy_allows_the_themes_scripts_only():
    from generator.site.csp import PolicyError, add_policy, inline_hashes

    page = ('<html><head><meta charset="utf-8"><script>theme()</script></head><body>'
            '<article><p>文本 http-equiv="Content-Security-Policy"</p>'
            '<script type="application/ld+json">{"a": 1}</script></article>'
            '<script>tabs()</script><script src="x.js"></script></body></html>')
    assert len(inline_hashes(page)) == 2  # theme() and tabs(); the data block needs none
    assert add_policy(page).count('http-equiv="Content-Security-Policy" content=') == 1
    with pytest.raises(PolicyError):
        inline_hashes(page.replace("<p>文本", "<script>alert(1)</script><p>文本"))


def test_every_page_carries_its_policy_from_the_build(site, tmp_path):
    from generator.site.csp import protect_site

    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 100 and site / "404.html" in pages and site / "en" / "404.html" in pages
    for page in pages:
        head = page.read_text(encoding="utf-8").split("</head>", 1)[0]
        assert head.count('http-equiv="Content-Security-Policy"') == 1, page
    # MkDocs writes them with their policy (the plugin's last word on each page and template);
    # only a page written by something else gets one afterwards
    from generator.site.plugin import GongbaoPlugin

    plugin, bare = GongbaoPlugin(), '<html><head><meta charset="utf-8"></head><body></body></html>'
    plugin._root = tmp_path
    page = type("Page", (), {"file": type("F", (), {"src_dir": None})()})()
    assert 'http-equiv="Content-Security-Policy"' in plugin.on_post_page(bare, page, {})
    assert 'http-equiv="Content-Security-Policy"' in plugin.on_post_template(bare, "404.html", {})
    assert plugin.on_post_template("<urlset/>", "sitemap.xml", {}) == "<urlset/>"
    copy = tmp_path / "site"
    (copy / "x").mkdir(parents=True)
    (copy / "index.html").write_bytes((site / "index.html").read_bytes())
    (copy / "x" / "index.html").write_text('<html><head><meta charset="utf-8"></head><body></body></html>',
                                           encoding="utf-8")
    assert protect_site(copy) == (2, 1)
    assert 'http-equiv="Content-Security-Policy"' in (copy / "x" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("text", ["平政办发〔2023〕7号", "<script>alert(1)</script>", "A & B", 'say "x"',
                                  "it's", "a > b", "", None, 2024])
def test_escaping_gives_what_html_escape_gives(text):
    from html import escape

    from generator.site.html import e

    assert e(text) == escape("" if text is None else str(text), quote=True)


def _bundles(site: Path) -> list[dict]:
    """A language's search bundles: pagefind/ and those its shards.json lists."""
    listed = json.loads((site / "pagefind" / "shards.json").read_text(encoding="utf-8"))["bundles"]
    return [json.loads((site / "pagefind" / folder / "pagefind-entry.json").read_text(encoding="utf-8"))
            for folder in ["", *listed]]


def test_each_language_searches_an_index_of_its_own_pages(site):
    """The Chinese site's bundles (pagefind/ and the shards it lists) hold the Chinese pages, the
    English site's (en/pagefind/) the English ones; each search page loads its own."""
    zh, en = _bundles(site), _bundles(site / "en")
    assert {lang for b in zh for lang in b["languages"]} == {"zh"}
    assert {lang for b in en for lang in b["languages"]} == {"en"}
    zh_pages = sum(b["languages"]["zh"]["page_count"] for b in zh)
    pages = sum(1 for p in site.rglob("index.html") if "en" not in p.relative_to(site).parts[:1])
    assert 0 < zh_pages <= pages
    assert sum(b["languages"]["en"]["page_count"] for b in en) == zh_pages
    for prefix in ("", "en/"):
        html = (site / prefix / "search" / "index.html").read_text(encoding="utf-8")
        assert 'src="../pagefind/pagefind-modular-ui.js"' in html


def test_a_big_index_comes_in_bundles(site):
    """With bundles of SEARCH_PAGES pages the samples' index is split; shards.json lists every
    other bundle, and only the first carries Pagefind's (modular) interface."""
    for lang_site in (site, site / "en"):
        listed = json.loads((lang_site / "pagefind" / "shards.json").read_text(encoding="utf-8"))["bundles"]
        on_disk = sorted(p.parent.relative_to(lang_site / "pagefind").as_posix() + "/"
                         for p in (lang_site / "pagefind" / "shards").glob("*/pagefind-entry.json"))
        assert len(listed) >= 1 and sorted(listed) == on_disk  # four gazettes: two bundles or more
        assert (lang_site / "pagefind" / "pagefind-modular-ui.js").exists()
        assert not list((lang_site / "pagefind").rglob("pagefind-ui.js"))  # the interface not used
        assert not list((lang_site / "pagefind" / "shards").rglob("pagefind-modular-ui.js"))
        assert all(list((lang_site / "pagefind" / folder).glob("wasm.*")) for folder in listed)


def test_listings_and_tables_stay_out_of_the_search_index(site):
    """The pages that list others (browse, lookup, the gazettes' list, search) and the tables'
    pages carry no search body; the documents' pages do (with their tables' rows), and the index
    counts only the pages with a body."""
    for prefix in ("", "en/"):
        for listing in ("browse", "lookup", "gazettes", "search"):
            html = (site / prefix / listing / "index.html").read_text(encoding="utf-8")
            assert "data-pagefind-body" not in html, (prefix, listing)
        tables = list((site / prefix / "tables").glob("*/index.html"))
        assert tables and not any("data-pagefind-body" in p.read_text(encoding="utf-8") for p in tables)
        some = next((site / prefix / "documents").glob("*/index.html")).read_text(encoding="utf-8")
        assert "<div data-pagefind-body>" in some
    indexed = sum(b["languages"]["zh"]["page_count"] for b in _bundles(site))
    bodies = sum(1 for p in site.rglob("index.html") if "en" not in p.relative_to(site).parts[:1]
                 and "data-pagefind-body" in p.read_text(encoding="utf-8"))
    assert indexed == bodies


def test_the_site_offers_a_zip_of_each_package(site):
    """The build zips the datasets beside the search index: each package folder of datasets/ has
    its zip, holding the folder's files, and the data page links to it."""
    import zipfile

    datasets = site / "datasets"
    packages = sorted(p.name for p in datasets.iterdir() if p.is_dir())
    assert packages and sorted(p.stem for p in datasets.glob("*.zip")) == packages
    for name in packages:
        with zipfile.ZipFile(datasets / f"{name}.zip") as zf:
            held = sorted(zf.namelist())
        assert held == sorted(f"{name}/{f.relative_to(datasets / name).as_posix()}"
                              for f in (datasets / name).rglob("*") if f.is_file())
    page = (site / "data" / "index.html").read_text(encoding="utf-8")
    assert all(f"datasets/{name}.zip" in page for name in packages)


def test_downloads_hold_each_document_and_source(site):
    """What the document pages offer to download: each document as JSON (its whole parse) and
    as text, each gazette's source text as it came, at the site's root (one copy for both
    languages)."""
    from generator.bodytext import document_text
    from generator.pipeline import gazette_id

    for name in SAMPLES:
        result = parsed(name)
        source = (site / "sources" / f"{gazette_id(result.gazette, result.source.sha256)}.txt").read_bytes()
        assert source == (ROOT / "datasets" / "gazettes" / name).read_bytes()
        for d in result.documents:
            folder = site / "downloads" / "documents"
            assert json.loads((folder / f"{d.id}.json").read_text(encoding="utf-8")) == d.to_dict()
            assert (folder / f"{d.id}.txt").read_text(encoding="utf-8") == document_text(d) + "\n"
    assert not (site / "en" / "downloads").exists() and not (site / "en" / "sources").exists()


def test_downloads_are_linked_into_the_site_not_copied(site):
    """The downloads are not copied by MkDocs but linked from the generated files, which the
    cache of kept pages holds too: one copy of their bytes on disk, none freed when the site is
    replaced by the next build's."""
    files = [p for folder in ("downloads", "sources") for p in (site / folder).rglob("*") if p.is_file()]
    assert len(files) == 4 + 2 * 32  # the samples' sources, each document as JSON and as text
    assert all(p.stat().st_nlink > 1 for p in files)


def test_a_data_preview_takes_cells_longer_than_the_csv_modules_limit(tmp_path):
    """A document's body is one CSV cell: past 128 KiB the csv module refuses it unless told."""
    import csv

    from generator.site.pages import _preview

    path = tmp_path / "documents.csv"
    path.write_text("document_id,body\nd1," + "县" * 200_000 + "\n", encoding="utf-8")
    before = csv.field_size_limit(131_072)  # the module's default (frictionless, imported, raises it)
    try:
        html = str(_preview(path, lambda c: c))
    finally:
        csv.field_size_limit(before)
    assert "<td>d1</td>" in html and "县" * 80 in html and "县" * 81 not in html


def test_the_not_found_pages_link_within_the_site(site):
    """The 404 pages are served at any address: their links start at the site's root, never at
    another host (``//feed.xml`` is the host feed.xml) nor at a development server's address."""
    for page in (site / "404.html", site / "en" / "404.html"):
        parser = Links()
        parser.feed(page.read_text(encoding="utf-8"))
        local = [link for link in parser.links if not link.startswith("https://squidfunk.github.io")]
        assert local and all(link.startswith("/") and not link.startswith("//") for link in local), local
        assert not any("//" in link or "127.0.0.1" in link for link in local), local


@pytest.mark.parametrize("case", [
    "attachments_under_their_titles_printed_a_little_otherwise.txt",  # (titles alone, no 附件N heading)
    "attachment_printed_without_its_heading_after_a_headed_one.txt",
    "attachment_headings_numbered_with_a_point_or_a_dunhao.txt",
])
def test_each_attachment_placed_has_its_anchor_once(case):
    """The document page lists its attachments, each linked to #att-<first line>: the body gives
    that id once, on the 附件N heading or, for an attachment printed under its title alone, on the
    first element shown from that line on."""
    import re

    from generator.pipeline import parse_bytes
    from generator.site.html import body_html

    path = Path(__file__).parent / "cases" / "documents" / case
    result = parse_bytes(path.read_bytes(), path.name)
    placed = [a for doc in result.documents for a in doc.attachments if a.first is not None]
    assert placed
    for doc in result.documents:
        html = body_html(doc, lambda table_id: f"../../tables/{table_id}/")
        ids = re.findall(r'\bid="(att-\d+)"', html)
        assert len(ids) == len(set(ids))
        for a in doc.attachments:
            if a.first is not None:
                assert f"att-{a.first}" in ids, (a, ids)
