"""Rendered pages kept between builds: the key every page of a build shares changes with
whatever the pages are rendered from, and the kept pages are found, placed and forgotten."""

import os
import shutil

from generator.site.rendered import Rendered, build_key, page_key
from tests.conftest import ROOT


def test_the_shared_key_follows_everything_a_page_is_rendered_from(tmp_path, monkeypatch):
    for name in ("mkdocs.yml", "mkdocs.en.yml"):
        shutil.copy(ROOT / name, tmp_path / name)
    config = tmp_path / "mkdocs.yml"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    base = build_key(config, "zh", "https://example.org/", "公报")
    assert build_key(config, "zh", "https://example.org/", "公报") == base  # stable
    assert build_key(config, "en", "https://example.org/", "公报") != base
    assert build_key(config, "zh", "https://example.org/x/", "公报") != base
    assert build_key(config, "zh", "https://example.org/", "县公报") != base
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700086400")
    assert build_key(config, "zh", "https://example.org/", "公报") != base
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    with open(tmp_path / "mkdocs.en.yml", "a", encoding="utf-8") as f:  # the other language's file too
        f.write("\n# changed\n")
    assert build_key(config, "zh", "https://example.org/", "公报") != base


def test_a_page_key_follows_its_bytes_and_its_place(tmp_path):
    page = tmp_path / "a.md"
    page.write_text("<p>县人民政府</p>", encoding="utf-8")
    key = page_key("shared", "documents/a.md", page)
    assert page_key("shared", "documents/b.md", page) != key
    assert page_key("other", "documents/a.md", page) != key
    page.write_text("<p>县人民政府办公室</p>", encoding="utf-8")
    assert page_key("shared", "documents/a.md", page) != key


def test_kept_pages_are_found_placed_and_forgotten_when_unused(tmp_path):
    written = tmp_path / "site" / "documents" / "a" / "index.html"
    written.parent.mkdir(parents=True)
    written.write_text("<html>甲</html>", encoding="utf-8")
    kept = Rendered(tmp_path / "kept")
    kept.keep("a" * 64, written)
    kept.keep("b" * 64, written)
    later = Rendered(tmp_path / "kept")
    assert later.find("c" * 64) is None
    assert later.find("a" * 64) is not None
    target = tmp_path / "site2" / "documents" / "a" / "index.html"
    later.place("a" * 64, target)
    assert target.read_text(encoding="utf-8") == "<html>甲</html>"
    assert later.forget_unused() == 1  # b was not asked for by this build
    assert later.find("b" * 64) is None and later.find("a" * 64) is not None
    # the site's copy written anew (as csp.protect_site does) leaves the kept page as it was
    target.unlink()
    target.write_text("<html>乙</html>", encoding="utf-8")
    assert (tmp_path / "kept" / "aa" / ("a" * 64)).read_text(encoding="utf-8") == "<html>甲</html>"
    assert not list((tmp_path / "kept").rglob("*.part"))
    assert os.stat(written).st_nlink >= 2  # kept by a link where the file system allows


def test_the_shared_key_is_the_same_in_another_checkout(tmp_path, monkeypatch):
    """A cache restored into another folder (CI) still matches: no absolute path is in the key."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    keys = []
    for name in ("a", "b/c"):
        folder = tmp_path / name
        folder.mkdir(parents=True)
        for config in ("mkdocs.yml", "mkdocs.en.yml"):
            shutil.copy(ROOT / config, folder / config)
        keys.append(build_key(folder / "mkdocs.yml", "zh", "https://example.org/", "公报"))
    assert keys[0] == keys[1]


def test_what_a_build_did_not_use_is_forgotten(tmp_path):
    """kept.forget_unused: entries whose keys the build did not use go, and the fan folders they
    leave empty; what it used stays, and a file beside the fans is left alone."""
    from generator.kept import forget_unused, kept_path

    keys = ["ab01", "ab02", "cd03"]
    for key in keys:
        kept_path(tmp_path, key).parent.mkdir(parents=True, exist_ok=True)
        kept_path(tmp_path, key).write_text(key)
    (tmp_path / "notes.txt").write_text("not kept by a build")
    assert forget_unused(tmp_path, {"ab02"}) == 2
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == ["ab", "ab/ab02", "notes.txt"]
    assert forget_unused(tmp_path / "missing", set()) == 0
    # an entry that is a folder (a gazette's pages) goes whole
    folder = kept_path(tmp_path, "ef04")
    (folder / "documents").mkdir(parents=True)
    (folder / "documents" / "d.md").write_text("页")
    assert forget_unused(tmp_path, {"ab02"}) == 1 and not folder.parent.exists()
