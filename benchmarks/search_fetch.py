"""Bytes a search fetches and the time to its first result, in headless Chromium, for the search
page of a built site (Pagefind) — run by hand when choosing or checking the search engine:
``python benchmarks/search_fetch.py SITE [QUERY…]``. Reports the bytes as served uncompressed and
as a host that compresses (gzip, as GitHub Pages does) sends them."""

from __future__ import annotations

import functools
import gzip
import http.server
import json
import os
import sys
import threading
import time

from playwright.sync_api import sync_playwright


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def measure(site: str, queries: list[str], prefix: str = "") -> list[dict]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    out = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"),
                                    args=["--headless", "--no-sandbox", "--disable-gpu",
                                          "--disable-background-networking"])
        for q in queries:
            context = browser.new_context()
            page = context.new_page()
            sizes: list[int] = []
            gzipped: list[int] = []

            def fetched(response):
                if "/pagefind/" in response.url:
                    body = response.body()
                    sizes.append(len(body))
                    gzipped.append(len(gzip.compress(body, 6)))

            page.on("response", fetched)
            started = time.monotonic()
            page.goto(f"{base}{prefix}/search/?q={q}")
            page.wait_for_selector(".gb-search-result-title a", timeout=60000)
            elapsed = time.monotonic() - started
            results = page.locator(".gb-search-result").count()
            out.append({"query": q, "kb_fetched": round(sum(sizes) / 1024, 1),
                        "kb_gzip": round(sum(gzipped) / 1024, 1), "seconds": round(elapsed, 2),
                        "results_shown": results})
            context.close()
        browser.close()
    server.shutdown()
    return out


if __name__ == "__main__":
    print(json.dumps(measure(sys.argv[1], sys.argv[2:] or ["医保", "许可"]), ensure_ascii=False, indent=1))
