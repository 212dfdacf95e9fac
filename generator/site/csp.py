"""A strict Content-Security-Policy for every page, given in a <meta> element.

Static hosts (GitHub Pages among them) cannot send headers, so each page carries its own policy:
scripts only from the site itself plus the exact inline scripts the theme needs, allowed by their
SHA-256 (no 'unsafe-inline'); WebAssembly for the search; nothing loaded from another origin; no
plugins, no <base>, forms only to the site. Data blocks (JSON-LD, the theme's JSON config) are not
scripts the browser runs, and need no hash.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

_SCRIPT = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.S | re.I)
_TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.I)
_CHARSET = re.compile(r"<meta charset=[^>]*>", re.I)
RUNNABLE_TYPES = {"", "text/javascript", "application/javascript", "module"}

POLICY = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self'; "
          "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
          "form-action 'self'")


_MARK = 'http-equiv="Content-Security-Policy"'  # a page's policy is there when its head holds this
_CONTENT = re.compile(r"<article\b.*?</article>", re.S | re.I)


class PolicyError(ValueError):
    """A page holds a script inside its content, where only gazette text and data blocks go."""


def inline_hashes(html: str) -> list[str]:
    """CSP source expressions for the theme's inline scripts that a browser would run. Only
    scripts outside the page's content (<article>) are allowed: a runnable script inside it could
    only have come from text that escaped escaping, and stops the build."""
    content = "".join(m.group(0) for m in _CONTENT.finditer(html))
    for m in _SCRIPT.finditer(content):
        if _runnable(m):
            raise PolicyError(f"a runnable script inside the page's content: {m.group(0)[:80]!r}")
    out = []
    for m in _SCRIPT.finditer(_CONTENT.sub("", html)):
        if not _runnable(m):
            continue
        digest = hashlib.sha256(m.group("body").encode("utf-8")).digest()
        expression = f"'sha256-{base64.b64encode(digest).decode()}'"
        if expression not in out:
            out.append(expression)
    return out


def _runnable(m: re.Match) -> bool:
    """An inline script the browser runs (not one with src, not a data block like JSON-LD)."""
    attrs = m.group("attrs")
    if re.search(r"\bsrc\s*=", attrs, re.I):
        return False
    kind = _TYPE.search(attrs)
    return (kind.group(1).lower() if kind else "") in RUNNABLE_TYPES


def policy_for(html: str) -> str:
    hashes = inline_hashes(html)
    return POLICY.format(hashes="".join(" " + h for h in hashes))


def add_policy(html: str) -> str:
    """The page with its policy as the first thing after <meta charset>."""
    head = html[:html.find("</head>")] if "</head>" in html else html
    if _MARK in head:
        return html
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy_for(html)}">'
    m = _CHARSET.search(html)
    if m:
        return html[:m.end()] + meta + html[m.end():]
    return html.replace("<head>", "<head>" + meta, 1)


_HEAD_BYTES = 8192


def protect_site(site: Path) -> tuple[int, int]:
    """Make sure every HTML page of ``site`` carries its policy: the pages MkDocs wrote have it
    from the plugin already (only the start of each is read); any other page is given one.
    Returns (pages, pages given a policy here)."""
    pages = added = 0
    for page in sorted(site.rglob("*.html")):
        pages += 1
        with page.open("rb") as fh:
            start = fh.read(_HEAD_BYTES)
        head = start.split(b"</head>", 1)[0]
        if _MARK.encode() in head:
            continue
        text = page.read_text(encoding="utf-8")
        page.unlink()  # written anew, not in place: a page may be a link to a kept copy (rendered.py)
        page.write_text(add_policy(text), encoding="utf-8")
        added += 1
    return pages, added
