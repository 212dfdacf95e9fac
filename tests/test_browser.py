"""The built site in headless Chromium (Debian's chromium, driven by Playwright): both home pages,
a Chinese search, the language switch, a document page with its metadata and a table, and a
table's sort. Screenshots go to test-artifacts/screenshots/."""

import functools
import http.server
import os
import re
import threading
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.conftest import ROOT, SAMPLES, english, parsed
from tests.test_site import build

RESULT = ".gb-search-result-title a"  # a search result's link to its page
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")  # CI may bring another Chromium
SHOTS = ROOT / "test-artifacts" / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build([parsed(n) for n in SAMPLES], tmp_path_factory.mktemp("browser"))


@pytest.fixture(scope="module")
def served(built):
    assert Path(CHROMIUM).exists(), "Debian's chromium is needed: make test installs it"
    site = built
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    SHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    p = context.new_page()
    yield p
    context.close()


def test_home_in_both_languages(served, page):
    from generator.i18n.catalogues import load_messages

    page.goto(served + "/")
    assert page.title() == load_messages("zh")["site_tagline"] + " - 公报"
    assert page.locator("h1").first.inner_text() == load_messages("zh")["site_tagline"]
    page.screenshot(path=str(SHOTS / "home-zh.png"))
    page.goto(served + "/en/")
    assert page.title() == "County government gazettes: documents and open data - Gongbao"
    assert page.locator("nav.md-tabs").inner_text().split()[:2] == ["Home", "Gazettes"]
    assert page.locator("html").get_attribute("lang") == "en"
    page.screenshot(path=str(SHOTS / "home-en.png"))


def test_chinese_search_finds_the_insurance_notices(served, page):
    page.goto(served + "/search/?q=医保")
    page.wait_for_selector(RESULT, timeout=20000)
    hrefs = page.eval_on_selector_all(RESULT, "els => els.map(e => e.getAttribute('href'))")
    assert "/documents/430626-2023-02-04/" in hrefs  # 平江: 2024年度城乡居民基本医疗保险参保缴费工作
    page.screenshot(path=str(SHOTS / "search-zh.png"))


def bundle_urls(site: Path) -> dict[str, set[str]]:
    """The page addresses each search bundle of a language's site holds (from its fragments)."""
    import gzip
    import json

    listed = json.loads((site / "pagefind" / "shards.json").read_text(encoding="utf-8"))["bundles"]
    out = {}
    for folder in ["", *listed]:
        out[folder] = {json.loads(gzip.decompress(f.read_bytes()).removeprefix(b"pagefind_dcd"))["url"]
                       for f in (site / "pagefind" / folder / "fragment").glob("*.pf_fragment")}
    return out


def test_one_search_finds_pages_of_every_bundle(built, served, page):
    """The search page merges the bundles: a word on every gazette's page finds gazettes held by
    each bundle."""
    held = bundle_urls(built)
    assert len(held) >= 2
    page.goto(served + "/search/?q=公报")
    page.wait_for_selector(RESULT, timeout=20000)
    summary = page.locator(".gb-search-summary").inner_text()
    count = int(re.fullmatch(r"找到 (\d+) 个与“公报”相关的结果", summary).group(1))
    shown = page.locator(".gb-search-results > li")
    more = page.locator("button.gb-search-more")
    assert count > 5
    expect(shown).to_have_count(5)  # a page of results (as Pagefind's own interface), a button for more
    for n in range(10, count + 5, 5):  # each press shows the next page
        more.click()
        expect(shown).to_have_count(min(n, count))
    expect(more).to_be_hidden()
    hrefs = set(page.eval_on_selector_all(RESULT, "els => els.map(e => e.getAttribute('href'))"))
    assert len(hrefs) == count
    gazettes = {u for urls in held.values() for u in urls if u.startswith("/gazettes/") and u.count("/") == 3}
    assert gazettes and gazettes <= hrefs
    assert all(urls & hrefs for urls in held.values())


def test_language_switch_keeps_the_page(served, page):
    doc = parsed("pingjiang-2023-02.txt").documents[3]
    page.goto(served + f"/documents/{doc.id}/")
    page.locator(".md-header__option .md-select button").hover()
    page.locator('a.md-select__link[hreflang="en"]').click()
    page.wait_for_url(f"**/en/documents/{doc.id}/")
    assert page.locator("h1").first.inner_text() == english().title(doc.title, doc.issuer).text


def test_document_page_shows_metadata_and_table(served, page):
    doc = parsed("pingjiang-2023-02.txt").documents[3]
    page.goto(served + f"/documents/{doc.id}/")
    meta = page.locator("dl.gb-meta-block").first.inner_text()
    for label, value in (("发文字号", "平政办函〔2023〕35号"), ("成文日期", "2023-10-11"), ("发文机关", "平江县人民政府办公室")):
        assert label in meta and value in meta
    table = page.locator("table.gb-table").first
    assert table.locator("tbody tr").count() == 26
    assert table.locator("tfoot").inner_text().strip().endswith("940000")
    page.screenshot(path=str(SHOTS / "document-zh.png"), full_page=True)


def test_table_page_sorts_by_a_column(served, page):
    table = parsed("pingjiang-2023-02.txt").documents[3].tables[0]
    page.goto(served + f"/tables/{table.id}/")
    header = page.locator("table.gb-table thead th", has_text="任务数")
    header.click()
    first = page.locator("table.gb-table tbody tr").first.locator("td").nth(2).inner_text()
    assert first == str(min(int(r[2]) for r in table.rows))  # ascending: 1695 (园艺示范中心)
    header.click()
    first = page.locator("table.gb-table tbody tr").first.locator("td").nth(2).inner_text()
    assert first == str(max(int(r[2]) for r in table.rows))
    assert page.locator("input.gb-filter").is_visible()
    page.screenshot(path=str(SHOTS / "table-zh.png"))


def test_english_site_searches_its_own_pages(served, page):
    page.goto(served + "/en/search/?q=licensing")
    page.wait_for_selector(RESULT, timeout=20000)
    hrefs = page.eval_on_selector_all(RESULT, "els => els.map(e => e.getAttribute('href'))")
    # The two licensing lists: their documents and their tables (English captions) both match.
    lists = {"/en/documents/430626-2023-02-03/", "/en/documents/430223-2023-01-05/",
             "/en/tables/430626-2023-02-03-t01/", "/en/tables/430223-2023-01-05-t02/"}
    assert lists & set(hrefs)
    assert all(h.startswith("/en/") for h in hrefs)


def test_english_reader_finds_documents_by_english_words(served, page):
    """An English reader searches in English and gets English titles, then reads the metadata."""
    page.goto(served + "/en/search/?q=medical%20insurance")
    page.wait_for_selector(RESULT, timeout=20000)
    links = page.locator(RESULT)
    hrefs = links.evaluate_all("els => els.map(e => e.getAttribute('href'))")
    notices = ("430626-2023-02-04", "431181-2024-03-09", "430624-2024-04-05")  # and their tables
    found = {n for n in notices for h in hrefs if h.rstrip("/").rsplit("/", 1)[-1].startswith(n)}
    assert len(found) >= 2  # Pagefind shows the best results first
    first = links.first.inner_text()
    assert "Medical Insurance" in first and not re.search(r"[\u4e00-\u9fff]", first)
    page.goto(served + "/en/documents/430626-2023-02-04/")
    meta = page.locator("dl.gb-meta-block").inner_text()
    assert "General Office of the Pingjiang County People's Government" in meta
    assert "11 October 2023" in meta
    page.screenshot(path=str(SHOTS / "document-en.png"), full_page=False)


def test_pages_run_under_their_strict_content_security_policy(served, page):
    """Every page carries a policy without 'unsafe-inline' and nothing on it is refused: the
    theme's scripts, the table tools and the search (WebAssembly) all run within it."""
    violations = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    page.add_init_script("document.addEventListener('securitypolicyviolation', e => "
                         "console.log('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI))")
    table = parsed("pingjiang-2023-02.txt").documents[3].tables[0]
    for path in ("/", "/en/", f"/tables/{table.id}/", "/en/documents/430626-2023-02-04/", "/en/data/",
                 "/en/search/?q=insurance", "/search/?q=医保"):
        page.goto(served + path)
        page.wait_for_load_state("networkidle")
        policy = page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content")
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        if "search" in path:
            page.wait_for_selector(RESULT, timeout=20000)
    page.goto(served + f"/tables/{table.id}/")
    page.locator("table.gb-table thead th").nth(2).click()
    assert page.locator("input.gb-filter").is_visible()  # tables.js ran
    assert violations == []
