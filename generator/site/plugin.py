"""The MkDocs plugin that adds Gongbao's generated pages to a build.

Generated Markdown lives in a folder of its own (``pages_dir``), never in docs/: the plugin adds
those files to the build beside the hand-written pages, and the theme overrides shipped with the
package (``custom_dir``) give every page its language switch and structured data.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

OVERRIDES = Path(__file__).parent / "overrides"
# Marks a hand-written page may hold, replaced by what the build wrote for its language.
FRAGMENTS = {"<!-- gongbao:coverage -->": "coverage", "<!-- gongbao:licence -->": "licence"}


class GongbaoConfig(Config):
    pages_dir = config_options.Type(str, default="build/pages/zh")


class GongbaoPlugin(BasePlugin[GongbaoConfig]):
    def on_config(self, config):
        # The package's theme overrides come before Material's own templates.
        if str(OVERRIDES) not in config.theme.dirs:
            config.theme.dirs.insert(0, str(OVERRIDES))
        return config

    def on_files(self, files: Files, config) -> Files:
        root = Path(self.config.pages_dir)
        if not root.is_absolute():
            root = Path(config.config_file_path).parent / root
        if not root.is_dir():
            return files
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            uri = path.relative_to(root).as_posix()
            existing = files.get_file_from_path(uri)
            if existing is not None:
                files.remove(existing)
            files.append(File(uri, src_dir=str(root), dest_dir=config.site_dir,
                              use_directory_urls=config.use_directory_urls))
        return files

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
