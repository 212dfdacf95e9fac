"""The settings of one Gongbao site, in one file: ``gongbao.toml`` at the project's root.

Every setting has a default, so the file may be absent or hold only what an office changes. Each
value is checked when the file is read: an unknown key, a value of the wrong type, an address that
is not an http(s) URL ending in /, or a licence Gongbao does not know is refused with the file, the
key and the expected form.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from urllib.parse import urlsplit

# Open licences for the data, by SPDX identifier: (title, address).
LICENCES = {
    "CC-BY-4.0": ("Creative Commons Attribution 4.0 International",
                  "https://creativecommons.org/licenses/by/4.0/"),
    "CC-BY-SA-4.0": ("Creative Commons Attribution-ShareAlike 4.0 International",
                     "https://creativecommons.org/licenses/by-sa/4.0/"),
    "CC0-1.0": ("Creative Commons Zero v1.0 Universal", "https://creativecommons.org/publicdomain/zero/1.0/"),
    "ODC-BY-1.0": ("Open Data Commons Attribution License v1.0", "https://opendatacommons.org/licenses/by/1-0/"),
    "PDDL-1.0": ("Open Data Commons Public Domain Dedication and License v1.0",
                 "https://opendatacommons.org/licenses/pddl/1-0/"),
    "ODbL-1.0": ("Open Data Commons Open Database License v1.0", "https://opendatacommons.org/licenses/odbl/1-0/"),
}
DEFAULT_FILE = Path("gongbao.toml")


class SettingsError(ValueError):
    """A setting that cannot be used; the message names the file, the key and the expected form."""


@dataclass(frozen=True, slots=True)
class Site:
    name: str = "Gongbao"  # the site's name in English
    name_zh: str = "公报"  # the site's name in Chinese
    url: str = "http://127.0.0.1:8000/"  # where the site is published (the sitemap, the feed)
    licence: str = "CC-BY-4.0"  # SPDX identifier of the data's licence (one of LICENCES)
    publisher: str = "Gongbao"  # who publishes the data (the packages' publisher)


@dataclass(frozen=True, slots=True)
class Paths:
    gazettes: str = "datasets/gazettes"
    catalogue: str = "datasets/catalogue.json"
    schemas: str = "datasets/schemas"
    glossary: str = "datasets/glossary.csv"
    translations: str = "datasets/translations.csv"
    agency_codes: str = "datasets/agency_codes.csv"
    cache: str = ".cache/gongbao"  # the parse cache; "" for none


@dataclass(frozen=True, slots=True)
class Build:
    jobs: int = 0  # processes that parse; 0 for one per core
    search_pages: int = 2000  # pages in one search bundle; a bigger site's index is split (memory)


@dataclass(frozen=True, slots=True)
class Settings:
    site: Site = field(default_factory=Site)
    paths: Paths = field(default_factory=Paths)
    build: Build = field(default_factory=Build)

    @property
    def licence_title(self) -> str:
        return LICENCES[self.site.licence][0]

    @property
    def licence_url(self) -> str:
        return LICENCES[self.site.licence][1]


def _section(cls, values: dict, where: str):
    known = {f.name: f for f in fields(cls)}
    out = {}
    for key, value in values.items():
        if key not in known:
            raise SettingsError(f"{where}.{key}: unknown setting (expected one of {', '.join(known)})")
        expected = type(getattr(cls(), key))
        if not isinstance(value, expected) or isinstance(value, bool) != (expected is bool):
            raise SettingsError(f"{where}.{key}: {value!r} is not a {expected.__name__}")
        out[key] = value
    return cls(**out)


def check(settings: Settings, where: str = "settings") -> Settings:
    site = settings.site
    parts = urlsplit(site.url)
    if parts.scheme not in ("http", "https") or not parts.netloc or not site.url.endswith("/"):
        raise SettingsError(f"{where}: site.url {site.url!r} is not an http(s) address ending in / "
                            "(e.g. https://gazette.example.gov.cn/)")
    if site.licence not in LICENCES:
        raise SettingsError(f"{where}: site.licence {site.licence!r} is not one of {', '.join(LICENCES)}")
    if not site.name.strip() or not site.name_zh.strip():
        raise SettingsError(f"{where}: site.name and site.name_zh must not be empty")
    if settings.build.jobs < 0:
        raise SettingsError(f"{where}: build.jobs must be 0 (one per core) or more")
    if settings.build.search_pages < 1:
        raise SettingsError(f"{where}: build.search_pages must be 1 or more")
    return settings


def load_settings(path: Path | None = None) -> Settings:
    """The settings of ``path`` (default ``gongbao.toml`` when it exists) over the defaults."""
    path = path or DEFAULT_FILE
    if not path.exists():
        if path != DEFAULT_FILE:
            raise SettingsError(f"{path}: no such settings file")
        return check(Settings())
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SettingsError(f"{path}: not valid TOML ({exc})") from None
    sections = {"site": Site, "paths": Paths, "build": Build}
    unknown = set(data) - set(sections)
    if unknown:
        raise SettingsError(f"{path}: unknown section [{sorted(unknown)[0]}] (expected {', '.join(sections)})")
    values = {}
    for name, cls in sections.items():
        section = data.get(name, {})
        if not isinstance(section, dict):
            raise SettingsError(f"{path}: {name} must be a table ([{name}])")
        values[name] = _section(cls, section, f"{path}: {name}")
    return check(Settings(**values), str(path))


def with_overrides(settings: Settings, **site) -> Settings:
    """Settings with some site values given on the command line."""
    given = {k: v for k, v in site.items() if v is not None}
    return check(replace(settings, site=replace(settings.site, **given))) if given else settings
