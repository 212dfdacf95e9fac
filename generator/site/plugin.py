"""The MkDocs plugin that adds Gongbao's generated pages to a build.

Generated Markdown lives in a folder of its own (``pages_dir``), never in docs/: the plugin adds
those files to the build beside the hand-written pages, and the theme overrides shipped with the
package (``custom_dir``) give every page its language switch and structured data.
"""

from __future__ import annotations

import types
from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.toc import get_toc

from ..i18n.catalogues import load_messages
from ..kept import link_or_copy
from .csp import add_policy
from .rendered import Rendered, build_key, page_key

OVERRIDES = Path(__file__).parent / "overrides"
# Marks a hand-written page may hold, replaced by what the build wrote for its language.
FRAGMENTS = {"<!-- gongbao:coverage -->": "coverage", "<!-- gongbao:licence -->": "licence"}


# Pages of the navigation and the catalogue keys of their titles.
NAV_TITLES = {"index.md": "nav_home", "gazettes/index.md": "nav_gazettes", "browse/index.md": "nav_browse",
              "data/index.md": "nav_data", "lookup.md": "nav_lookup", "about.md": "nav_about",
              "search.md": "nav_search"}


def _titled(item, messages: dict[str, str]):
    """A navigation entry with its title from the catalogue (a page the catalogue does not
    name keeps what the configuration says)."""
    path = item if isinstance(item, str) else next(iter(item.values()))
    if isinstance(path, str) and path in NAV_TITLES:
        return {messages[NAV_TITLES[path]]: path}
    return item


def _nav_paths(items) -> list[str]:
    """The pages a navigation configuration names."""
    out = []
    for item in items:
        value = item if isinstance(item, str) else next(iter(item.values())) if isinstance(item, dict) else None
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, list):
            out += _nav_paths(value)
    return out


class GongbaoConfig(Config):
    pages_dir = config_options.Type(str, default="build/pages/zh")
    # Where rendered generated pages are kept between builds (rendered.py); "" keeps none.
    rendered_dir = config_options.Type(str, default="")


def _prerendered(page, config, files) -> None:
    """``Page.render`` for a generated page: its body is HTML already (rendered and escaped by
    Gongbao's templates), so Python-Markdown, which would only pass it through, is skipped."""
    page.content = page.markdown
    page.toc = get_toc([])
    page.present_anchor_ids = set()
    page.links_to_anchors = {}


class GongbaoPlugin(BasePlugin[GongbaoConfig]):
    def __init__(self):
        super().__init__()
        self._root: Path | None = None  # the folder of generated pages, known once the files are
        self._rendered: Rendered | None = None  # the kept pages, when rendered_dir is set
        self._keys: dict[str, str] = {}  # a generated page MkDocs renders (its dest path) → its key
        self._reused: list[tuple[str, str]] = []  # (key, dest path) of the pages taken as kept
        self._made = 0  # generated pages MkDocs renders in this build
        self._downloads: list[tuple[Path, Path]] = []  # generated files that are not pages: (source, dest)

    def on_config(self, config):
        # The package's theme overrides come before Material's own templates.
        if str(OVERRIDES) not in config.theme.dirs:
            config.theme.dirs.insert(0, str(OVERRIDES))
        # The navigation and the theme's own pages (404) speak from the interface catalogues.
        messages = load_messages(config.theme["language"])
        config.nav = [_titled(item, messages) for item in (config.nav or [])]
        config.extra["gongbao"] = {key: messages[key] for key in ("not_found_title", "not_found_text", "nav_home")}
        return config

    def _generated(self, page) -> bool:
        return page.file.src_dir is not None and Path(page.file.src_dir) == self._root

    def on_pre_page(self, page, config, files):
        if self._generated(page):
            page.render = types.MethodType(_prerendered, page)
        return page

    @event_priority(-100)  # last, so that the policy hashes the page as it is written
    def on_post_page(self, output: str, page, config) -> str:
        # The page is written: its content is not needed again, and a large site would hold
        # every page's HTML twice until the end of the build.
        if self._generated(page):
            page.content = None
            page.markdown = None
        # Each page gets its Content-Security-Policy as MkDocs writes it, in the processes that
        # build the two languages, rather than by reading and rewriting every page afterwards.
        return add_policy(output)

    @event_priority(-100)
    def on_post_template(self, output_content: str, template_name: str, config) -> str:
        """The theme's own pages (404.html) get their policy too."""
        return add_policy(output_content) if template_name.endswith(".html") else output_content

    def on_files(self, files: Files, config) -> Files:
        root = Path(self.config.pages_dir)
        if not root.is_absolute():
            root = Path(config.config_file_path).parent / root
        self._root = root
        if not root.is_dir():
            return files
        kept = self._kept(config)
        self._keys, self._reused, self._made, self._downloads = {}, [], 0, []
        in_nav = set(_nav_paths(config.nav or []))
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            uri = path.relative_to(root).as_posix()
            existing = files.get_file_from_path(uri)
            if existing is not None:
                files.remove(existing)
            file = File(uri, src_dir=str(root), dest_dir=config.site_dir, use_directory_urls=config.use_directory_urls)
            if not file.is_documentation_page():
                # A download (a document as JSON and text, a source gazette) is linked into the
                # site once it is built, not copied by MkDocs: at 5,000 documents, 10,000 files
                # and 500 MB not copied, and not freed when the site is replaced by the next.
                # Nothing MkDocs renders links to them through Markdown.
                self._downloads.append((path, Path(file.abs_dest_path)))
                continue
            if kept and uri not in in_nav:
                # A generated page's links are HTML already: leaving an unchanged one out of the
                # build changes no other page (pages of the navigation always stay).
                key = page_key(kept, uri, path)
                if self._rendered.find(key):
                    self._reused.append((key, file.abs_dest_path))
                    continue
                self._keys[file.abs_dest_path] = key
            self._made += 1
            files.append(file)
        return files

    def _kept(self, config) -> str:
        """The key every page of this build shares, or "" when no pages are kept."""
        if not self.config.rendered_dir:
            self._rendered = None
            return ""
        language = config.theme["language"]
        self._rendered = Rendered(Path(self.config.rendered_dir) / language)
        return build_key(Path(config.config_file_path), language, config.site_url or "", config.site_name)

    def on_post_build(self, config) -> None:
        """The downloads linked in; pages rendered now are kept; pages kept before take their
        place in the site."""
        for source, dest in self._downloads:
            link_or_copy(source, dest)
        if self._rendered is None:
            return
        for dest, key in self._keys.items():
            self._rendered.keep(key, Path(dest))
        for key, dest in self._reused:
            self._rendered.place(key, Path(dest))
        self._rendered.forget_unused()

    @property
    def counts(self) -> tuple[int, int]:
        """(generated pages rendered by this build, generated pages taken as kept)."""
        return self._made, len(self._reused)

    def on_page_markdown(self, markdown: str, page, config, files) -> str:
        """A hand-written page may ask for what the build knows: the translation coverage and the
        data's licence (the About pages)."""
        root = Path(self.config.pages_dir)
        if not root.is_absolute():
            root = Path(config.config_file_path).parent / root
        for mark, name in FRAGMENTS.items():
            if mark in markdown:
                fragment = root.parent / f"{name}.{config.theme['language']}.html"
                text = fragment.read_text(encoding="utf-8") if fragment.exists() else ""
                markdown = markdown.replace(mark, text)
        return markdown
