"""The search index in bundles: pages planned by gazette, bundles indexed by Pagefind and kept in
the cache, so that a rebuild re-indexes only the bundles whose pages changed."""

import json
from pathlib import Path

import pytest

from generator.site import index_sites
from generator.site.search import Bundle, pages_of, plan

PAGE = ('<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>{title}</title></head>'
        '<body><main data-pagefind-body><h1>{title}</h1><p>{text}</p></main></body></html>')


def group(page: str) -> str:
    """Pages named like the site's: gazettes/g1/, documents/g1-d2/, tables/g1-d2-t1/."""
    kind, _, rest = page.partition("/")
    return rest.split("-")[0].split("/")[0] if kind in ("gazettes", "documents", "tables") else ""


def site_pages(gazettes: int, documents: int) -> list[str]:
    pages = ["index.html", "about/index.html", "search/index.html"]
    for g in range(gazettes):
        pages.append(f"gazettes/g{g}/index.html")
        for d in range(documents):
            pages += [f"documents/g{g}-d{d}/index.html", f"tables/g{g}-d{d}-t1/index.html"]
    return pages


@pytest.mark.parametrize("gazettes,documents,per_bundle", [(1, 1, 100), (12, 3, 20), (40, 2, 7), (5, 5, 1)])
def test_every_page_in_one_bundle_and_a_gazette_in_one(gazettes, documents, per_bundle):
    pages = site_pages(gazettes, documents)
    bundles = plan(reversed(pages), group, per_bundle)
    planned = [p for b in bundles for p in b.pages]
    assert sorted(planned) == sorted(pages) and len(planned) == len(set(planned))
    assert [b.number for b in bundles] == list(range(len(bundles)))
    assert len(bundles) <= -(-len(pages) // per_bundle)
    home = {p: b.number for b in bundles for p in b.pages}
    assert {home[p] for p in pages if not group(p)} == {0}  # pages of no gazette: the first bundle
    for g in range(gazettes):
        assert len({home[p] for p in pages if group(p) == f"g{g}"}) == 1
    assert plan(pages, group, per_bundle) == bundles  # the same pages, the same plan


def test_a_site_smaller_than_a_bundle_has_one():
    pages = site_pages(3, 2)
    assert plan(pages, group, len(pages)) == [Bundle(0, tuple(sorted(pages)))]
    assert Bundle(0, ()).folder == "pagefind" and Bundle(3, ()).folder == "pagefind/shards/3"


def test_a_gazettes_place_does_not_move_when_another_is_added():
    before = plan(site_pages(30, 2), group, 40)
    after = plan(site_pages(31, 2), group, 40)  # one more gazette, as many bundles
    assert len(before) == len(after)
    home = {p: b.number for b in before for p in b.pages}
    assert all(home[p] == b.number for b in after for p in b.pages if p in home)


def write_site(root: Path, pages: list[str], words: dict[str, str] | None = None) -> Path:
    for page in pages:
        path = root / page
        path.parent.mkdir(parents=True, exist_ok=True)
        text = (words or {}).get(page, "县人民政府关于印发通知")
        path.write_text(PAGE.format(title=page, text=text), encoding="utf-8")
    return root


def bundle_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in (site / "pagefind").rglob("*") if p.is_file()}


def test_bundles_are_indexed_once_and_a_rebuild_reindexes_only_the_changed_one(tmp_path):
    pages = site_pages(6, 2)
    cache = tmp_path / "cache"
    first = write_site(tmp_path / "a", pages)
    said = index_sites([(first, tmp_path / "scratch")], group, 6, cache)
    bundles = plan(pages, group, 6)
    assert f"{len(bundles)} bundles in 1 languages, {len(bundles)} indexed, 0 unchanged" in said
    listed = json.loads((first / "pagefind" / "shards.json").read_text(encoding="utf-8"))["bundles"]
    assert len(listed) == len(bundles) - 1 >= 2
    counted = 0
    for folder in ["", *listed]:
        entry = json.loads((first / "pagefind" / folder / "pagefind-entry.json").read_text(encoding="utf-8"))
        counted += entry["languages"]["zh"]["page_count"]
    assert counted == len(pages)
    assert not (tmp_path / "scratch").exists()

    # the same pages again: every bundle from the cache, byte for byte
    second = write_site(tmp_path / "b", pages)
    said = index_sites([(second, tmp_path / "scratch")], group, 6, cache)
    assert f"0 indexed, {len(bundles)} unchanged" in said
    assert bundle_files(second) == bundle_files(first)

    # one document changed: its bundle alone indexed again, and it finds the new word
    changed = "documents/g2-d1/index.html"
    third = write_site(tmp_path / "c", pages, {changed: "乡村振兴专项资金管理办法"})
    said = index_sites([(third, tmp_path / "scratch")], group, 6, cache)
    assert f"1 indexed, {len(bundles) - 1} unchanged" in said
    differ = {name for name, data in bundle_files(third).items() if bundle_files(first).get(name) != data}
    holder = next(b for b in bundles if changed in b.pages)
    prefix = holder.folder.removeprefix("pagefind").strip("/")
    assert differ and all(name.startswith(f"pagefind/{prefix}") for name in differ)
    # the cache keeps what the last build used, and no more
    assert len([entry for fan in cache.iterdir() for entry in fan.iterdir()]) == len(bundles)


def test_no_cache_indexes_everything(tmp_path):
    pages = site_pages(2, 1)
    site = write_site(tmp_path / "a", pages)
    said = index_sites([(site, tmp_path / "scratch")], group, 100, None)
    assert "1 bundles in 1 languages, 1 indexed, 0 unchanged" in said
    assert json.loads((site / "pagefind" / "shards.json").read_text(encoding="utf-8")) == {"bundles": []}
    assert pages_of(site) == sorted(pages)


def test_pages_without_a_search_body_are_not_staged(tmp_path):
    """Pages that keep out of the index (no data-pagefind-body: listings, tables' pages) are not
    planned into any bundle, even a bundle that would hold no other page: Pagefind would index
    such a bundle's pages whole."""
    pages = site_pages(2, 1)
    site = write_site(tmp_path / "a", pages)
    listing = site / "browse" / "index.html"
    listing.parent.mkdir(parents=True)
    listing.write_text(PAGE.replace(" data-pagefind-body", "").format(title="浏览", text="独有词语甲乙丙"),
                       encoding="utf-8")
    assert pages_of(site) == sorted(pages)
    index_sites([(site, tmp_path / "scratch")], group, 100, None)
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"]["zh"]["page_count"] == len(pages)
