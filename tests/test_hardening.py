"""Bad input from the command line, paths that must stay inside the output, the settings file
and the parse cache."""

import json
import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from generator.corpus import load_corpus
from generator.model import Gazette
from generator.pipeline import gazette_id, parse_path
from generator.settings import Settings, SettingsError, check, load_settings
from tests.conftest import GAZETTES, ROOT, SAMPLES


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=300)


# Bad inputs --------------------------------------------------------------------------------

@pytest.mark.parametrize("make, problem", [
    (lambda: os.urandom(50_000_000), "NUL bytes"),                                     # 50 MB of noise
    (lambda: bytes(b or 1 for b in os.urandom(50_000_000)), "neither UTF-8 nor GB18030"),
    (lambda: b" \n\t\r\n" * 1000, "empty"),
])
def test_noise_is_refused_with_a_clear_message(tmp_path, make, problem):
    bad = tmp_path / "noise.txt"
    bad.write_bytes(make())
    proc = run("parse", str(bad))
    assert proc.returncode == 2 and proc.stdout == ""
    assert str(bad) in proc.stderr and problem in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr


def test_a_pipe_named_like_a_gazette_is_refused_not_waited_for(tmp_path):
    folder = tmp_path / "gazettes"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")  # read, it would block until something writes to it
    proc = subprocess.run([sys.executable, "-m", "generator", "parse", str(folder / "pipe.txt")], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "not a regular file" in proc.stderr
    results, report = load_corpus(folder, None, tmp_path / "cache", jobs=1, log=lambda _: None)
    assert results == [] and report.failed == 1


def test_gazettes_named_in_capitals_are_read_too(tmp_path):
    folder = tmp_path / "gazettes"
    folder.mkdir()
    (folder / "PINGJIANG.TXT").write_bytes((GAZETTES / SAMPLES[0]).read_bytes())
    (folder / "notes.md").write_text("not a gazette", encoding="utf-8")
    (folder / "._PINGJIANG.TXT").write_bytes(b"\x00\x05\x16\x07" * 100)  # macOS's resource fork: hidden
    results, report = load_corpus(folder, None, log=lambda _: None)
    assert len(results) == 1 and report.failed == 0


def test_a_link_to_a_file_outside_the_folder_is_not_read(tmp_path):
    """A symbolic link in the gazettes folder to a file elsewhere (a secret of the machine) is
    never parsed nor published: said, and the build fails; a link within the folder is read."""
    folder = tmp_path / "gazettes"
    folder.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_bytes((GAZETTES / SAMPLES[0]).read_bytes())
    (folder / "passwd.txt").symlink_to(secret)
    (folder / "kept.txt").write_bytes((GAZETTES / SAMPLES[1]).read_bytes())
    (folder / "again.txt").symlink_to(folder / "kept.txt")
    said = []
    results, report = load_corpus(folder, None, log=said.append)
    assert report.failed == 1 and "passwd.txt" in said[0] and "outside the gazettes folder" in said[0]
    assert sorted(Path(r.source.path).name for r in results) == ["again.txt"]  # the link and its file: one issue
    assert all("secret" not in r.source.path for r in results)


def test_a_link_in_a_loop_or_to_nothing_is_said_not_a_crash(tmp_path):
    folder = tmp_path / "gazettes"
    folder.mkdir()
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "dangling.txt").symlink_to(folder / "missing.txt")
    (folder / "kept.txt").write_bytes((GAZETTES / SAMPLES[1]).read_bytes())
    said = []
    results, report = load_corpus(folder, None, log=said.append)
    assert report.failed == 2 and len(results) == 1
    assert any("loop.txt" in s and "loop" in s.split(":", 2)[-1] for s in said)
    assert any("dangling.txt" in s and "to nothing" in s for s in said)


def test_a_file_name_that_is_not_utf8_is_published_escaped(tmp_path):
    """The file system gives the name as bytes; Python holds them as lone surrogates, which no
    output can encode: the datasets show them as escapes and the build goes on."""
    from generator.export import build_datasets
    from tests.test_export import one_process_config

    folder = tmp_path / "gazettes"
    folder.mkdir()
    name = os.fsdecode(b"\xff\xfe-pingjiang.txt")
    try:
        (folder / name).write_bytes((GAZETTES / SAMPLES[0]).read_bytes())
    except (OSError, UnicodeError):
        pytest.skip("this file system takes only UTF-8 names")
    results, report = load_corpus(folder, None, log=lambda _: None)
    assert report.failed == 0 and results[0].source.shown.endswith("\\xff\\xfe-pingjiang.txt")
    one_process = one_process_config()
    build_datasets(results, tmp_path / "datasets", one_process, zips=False)
    gazettes = (tmp_path / "datasets" / "gongbao-gazettes" / "gazettes.csv").read_text(encoding="utf-8")
    assert "\\xff\\xfe-pingjiang.txt" in gazettes


def test_unreadable_file_exits_2(tmp_path, monkeypatch, capsys):
    target = tmp_path / "locked.txt"
    target.write_text("平江县人民政府公报", encoding="utf-8")
    real = Path.open

    def refuse(self, *args, **kwargs):
        if self == target:
            raise PermissionError(13, "Permission denied")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)  # as root, chmod would not stop the read
    assert main(["parse", str(target)]) == 2
    err = capsys.readouterr().err
    assert str(target) in err and "permission denied" in err


def test_build_with_an_unusable_gazette_keeps_the_previous_site(tmp_path):
    gazettes = tmp_path / "gazettes"
    gazettes.mkdir()
    (gazettes / "good.txt").write_bytes((GAZETTES / SAMPLES[0]).read_bytes())
    (gazettes / "broken.txt").write_bytes(b"\x00\xff" * 100)
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("previous")
    proc = run("build", "--out", str(out), "--gazettes", str(gazettes), "--no-cache")
    assert proc.returncode == 2
    assert "broken.txt" in proc.stderr and "left as it was" in proc.stderr
    assert [p.name for p in out.iterdir()] == ["index.html"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".site-")]


@pytest.mark.parametrize("gazettes", ["missing-folder", "datasets/catalogue.json"])
def test_build_from_a_folder_that_is_not_one_exits_non_zero(tmp_path, gazettes):
    proc = run("build", "--out", str(tmp_path / "site"), "--gazettes", gazettes)
    assert proc.returncode != 0 and "not a folder of gazettes" in proc.stderr
    assert not (tmp_path / "site").exists()


# Paths -------------------------------------------------------------------------------------

@pytest.mark.parametrize("code", ["../../etc", "430626/..", "a b", "４３０６２６", "x" * 40])
def test_ids_never_carry_path_characters_from_the_input(code):
    gid = gazette_id(Gazette(division_code=code, year=2024, issue=1), "0" * 64)
    assert gid.replace("-", "").isalnum() and gid.isascii()


def test_pages_are_never_written_outside_the_output(tmp_path):
    from generator.site.pages import _write

    with pytest.raises(ValueError, match="outside the output folder"):
        _write(tmp_path / "documents" / ".." / ".." / "evil.md", "x")
    assert not (tmp_path.parent / "evil.md").exists()


# Settings ----------------------------------------------------------------------------------

def test_settings_default_without_a_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    settings = load_settings()
    assert settings.site.licence == "CC-BY-4.0" and settings.paths.gazettes == "datasets/gazettes"
    assert settings.licence_url == "https://creativecommons.org/licenses/by/4.0/"


def test_the_repository_settings_file_holds_only_defaults():
    assert load_settings(ROOT / "gongbao.toml") == check(Settings())


@pytest.mark.parametrize("text, message", [
    ('[site]\nurl = "example.org"\n', "site.url 'example.org' is not an http(s) address ending in /"),
    ('[site]\nurl = "https://example.org"\n', "ending in /"),
    ('[site]\nlicence = "GPL-3.0"\n', "site.licence 'GPL-3.0' is not one of CC-BY-4.0"),
    ('[site]\ncolour = "red"\n', "site.colour: unknown setting"),
    ('[build]\njobs = "many"\n', "build.jobs: 'many' is not a int"),
    ('[build]\njobs = -1\n', "build.jobs must be 0"),
    ('[build]\nsearch_pages = 0\n', "build.search_pages must be 1"),
    ('[theme]\nx = 1\n', "unknown section [theme]"),
    ('[site\n', "not valid TOML"),
])
def test_bad_settings_are_refused_naming_the_key(tmp_path, text, message):
    path = tmp_path / "gongbao.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError) as info:
        load_settings(path)
    assert message in str(info.value) and str(path) in str(info.value)


def test_settings_reach_the_build(tmp_path):
    settings = tmp_path / "gongbao.toml"
    settings.write_text('[site]\nname = "Pingjiang Gazette"\nname_zh = "平江公报"\n'
                        'url = "https://gazette.example.org/pj/"\nlicence = "CC0-1.0"\n', encoding="utf-8")
    gazettes = tmp_path / "gazettes"
    gazettes.mkdir()
    (gazettes / "one.txt").write_bytes((GAZETTES / "pingjiang-2023-02.txt").read_bytes())
    out = tmp_path / "site"
    proc = run("build", "--out", str(out), "--settings", str(settings), "--gazettes", str(gazettes), "--no-cache")
    assert proc.returncode == 0, proc.stderr
    assert "https://gazette.example.org/pj/en/documents/" in (out / "sitemap.xml").read_text(encoding="utf-8")
    assert "<title>Pingjiang Gazette</title>" in (out / "en" / "feed.xml").read_text(encoding="utf-8")
    assert "平江公报" in (out / "index.html").read_text(encoding="utf-8")
    package = (out / "datasets" / "gongbao-gazettes" / "datapackage.json").read_text(encoding="utf-8")
    assert '"name": "CC0-1.0"' in package
    assert "publicdomain/zero/1.0" in (out / "en" / "about" / "index.html").read_text(encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text('[site]\nlicence = "mine"\n', encoding="utf-8")
    proc = run("build", "--out", str(out), "--settings", str(bad), "--gazettes", str(gazettes), "--no-cache")
    assert proc.returncode == 1 and "site.licence 'mine'" in proc.stderr


# The parse cache ---------------------------------------------------------------------------

def test_cached_parse_equals_a_fresh_parse(tmp_path):
    logs = []
    fresh, report = load_corpus(GAZETTES, None, tmp_path / "cache", jobs=2, log=logs.append)
    assert report.parsed == len(SAMPLES) and report.cached == 0
    again, report = load_corpus(GAZETTES, None, tmp_path / "cache", jobs=2, log=logs.append)
    assert report.cached == len(SAMPLES) and report.parsed == 0
    assert [r.to_dict() for r in again] == [r.to_dict() for r in fresh]
    assert [r.to_dict() for r in fresh] == [parse_path(str(GAZETTES / n)).to_dict() for n in SAMPLES]


def test_a_changed_gazette_is_parsed_again_and_only_it(tmp_path):
    folder = tmp_path / "gazettes"
    folder.mkdir()
    for name in SAMPLES:
        (folder / name).write_bytes((GAZETTES / name).read_bytes())
    load_corpus(folder, None, tmp_path / "cache", jobs=1, log=lambda _: None)
    changed = folder / SAMPLES[1]
    changed.write_bytes(changed.read_bytes() + "\n附：本期共印1000份\n".encode())
    results, report = load_corpus(folder, None, tmp_path / "cache", jobs=1, log=lambda _: None)
    assert (report.parsed, report.cached) == (1, len(SAMPLES) - 1)
    assert results[1].to_dict() == parse_path(str(changed)).to_dict()


def test_a_damaged_cache_entry_is_parsed_again(tmp_path):
    cache = tmp_path / "cache"
    load_corpus(GAZETTES, None, cache, jobs=1, log=lambda _: None)
    for entry in cache.rglob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    results, report = load_corpus(GAZETTES, None, cache, jobs=1, log=lambda _: None)
    assert report.parsed == len(SAMPLES) and len(results) == len(SAMPLES)
    rewritten = sorted((pickle.loads(e.read_bytes()) for e in cache.rglob("*.pickle")), key=lambda r: r.source.path)
    assert [r.to_dict() for r in rewritten] == [r.to_dict() for r in results]  # the entries are mended


def test_parallel_and_serial_parses_agree(tmp_path):
    serial, _ = load_corpus(GAZETTES, None, None, jobs=1, log=lambda _: None)
    parallel, _ = load_corpus(GAZETTES, None, None, jobs=2, log=lambda _: None)
    assert [r.to_dict() for r in serial] == [r.to_dict() for r in parallel]


def test_the_biggest_files_are_parsed_first_and_the_corpus_keeps_the_files_order(tmp_path, monkeypatch):
    """A big gazette parsed last would keep one process at work while the others wait: the
    biggest go first. The results, and the failures told, stay in the files' order."""
    import generator.corpus as corpus

    folder = tmp_path / "gazettes"
    folder.mkdir()
    samples = sorted(((GAZETTES / name).read_bytes() for name in SAMPLES), key=len)
    for name, data in zip(("a.txt", "c.txt", "e.txt", "g.txt"), samples):  # (smallest first)
        (folder / name).write_bytes(data)
    (folder / "b.txt").write_bytes(b"")  # unusable: empty
    (folder / "d.txt").write_bytes(b"\x00\x01\x02" * 10_000)  # unusable: binary, and bigger than most
    asked = []
    parse_one = corpus._parse_one
    monkeypatch.setattr(corpus, "_parse_one", lambda path, catalogue: asked.append(Path(path).name)
                        or parse_one(path, catalogue))
    said = []
    results, report = load_corpus(folder, None, None, jobs=1, log=said.append)
    sizes = {p.name: p.stat().st_size for p in folder.iterdir()}
    assert asked == sorted(sizes, key=lambda name: -sizes[name])
    assert [Path(r.source.path).name for r in results] == ["a.txt", "c.txt", "e.txt", "g.txt"]
    failed = [s for s in said if s.startswith("gongbao:")]
    assert report.failed == 2 and ["b.txt" in failed[0], "d.txt" in failed[1]] == [True, True]


def test_a_new_parser_version_starts_afresh_and_removes_the_old_entries(tmp_path, monkeypatch):
    import generator.corpus as corpus

    cache = tmp_path / "cache"
    load_corpus(GAZETTES, None, cache, jobs=1, log=lambda _: None)
    old = corpus.code_version()
    monkeypatch.setattr(corpus, "code_version", lambda: "f" * len(old))
    _, report = load_corpus(GAZETTES, None, cache, jobs=1, log=lambda _: None)
    assert report.parsed == len(SAMPLES) and report.cached == 0
    assert sorted(p.name for p in cache.iterdir()) == ["f" * len(old)]  # the old version's folder went


def test_the_cache_tells_no_catalogue_from_a_catalogue_that_does_not_list_the_file(tmp_path):
    from generator.catalogue import load_catalogue

    folder = tmp_path / "gazettes"
    folder.mkdir()
    unlisted = folder / "unlisted.txt"
    unlisted.write_bytes((GAZETTES / SAMPLES[0]).read_bytes() + "\n（另页）\n".encode())
    catalogue = load_catalogue(ROOT / "datasets" / "catalogue.json")
    cache = tmp_path / "cache"
    without, _ = load_corpus(folder, None, cache, jobs=1, log=lambda _: None)
    listed, report = load_corpus(folder, catalogue, cache, jobs=1, log=lambda _: None)
    assert report.parsed == 1  # not the entry parsed without a catalogue
    assert listed[0].to_dict() == parse_path(str(unlisted), catalogue).to_dict()
    assert "catalogue-missing" in {d.code for d in listed[0].diagnostics} - {d.code for d in without[0].diagnostics}


def test_only_the_caches_own_old_folders_are_removed(tmp_path, monkeypatch):
    import generator.corpus as corpus

    cache = tmp_path / "cache"
    load_corpus(GAZETTES, None, cache, jobs=1, log=lambda _: None)
    (cache / "my-notes-folder1").mkdir()  # 16 characters, not the cache's
    (cache / "0123456789abcdef").mkdir()  # a version's name, but without the cache's marker
    monkeypatch.setattr(corpus, "code_version", lambda: "f" * 16)
    load_corpus(GAZETTES, None, cache, jobs=1, log=lambda _: None)
    assert sorted(p.name for p in cache.iterdir()) == ["0123456789abcdef", "f" * 16, "my-notes-folder1"]


def _one_gazette_with_a_cache(tmp_path):
    """A settings file for one sample gazette and a cache folder, both under ``tmp_path``."""
    gazettes = tmp_path / "gazettes"
    gazettes.mkdir()
    (gazettes / "one.txt").write_bytes((GAZETTES / "pingjiang-2023-02.txt").read_bytes())
    cache = tmp_path / "cache"
    settings = tmp_path / "gongbao.toml"
    settings.write_text(f'[paths]\ngazettes = "{gazettes}"\ncache = "{cache}"\n', encoding="utf-8")
    return settings, cache


def test_the_data_command_keeps_frictionless_verdicts_in_the_cache(tmp_path):
    """`gongbao data` with a cache folder: the first build leaves the parse and a mark for each
    resource found valid; the next, with the same gazettes, writes the same bytes; --no-cache
    keeps nothing."""
    settings, cache = _one_gazette_with_a_cache(tmp_path)
    outputs = []
    for n in range(2):
        out = tmp_path / f"data{n}"
        proc = run("data", "--settings", str(settings), "--out", str(out))
        assert proc.returncode == 0, proc.stderr
        outputs.append({p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()})
        marks = [p for p in (cache / "validated").rglob("*") if p.is_file()]
        expected = 0  # a mark for each table resource and one for each package's own metadata
        for descriptor in out.glob("*/datapackage.json"):
            tables = [r for r in json.loads(descriptor.read_text(encoding="utf-8"))["resources"] if r["type"] == "table"]
            expected += len(tables) + 1
        assert len(marks) == expected
    assert outputs[0] == outputs[1]
    proc = run("data", "--settings", str(settings), "--out", str(tmp_path / "fresh"), "--no-cache")
    assert proc.returncode == 0, proc.stderr
    assert len([p for p in (cache / "validated").rglob("*") if p.is_file()]) == len(marks)


def test_the_build_keeps_rendered_pages_and_search_bundles_in_the_cache(tmp_path):
    """`gongbao build` with a cache folder: the second build of the same gazettes generates no
    gazette's pages, renders no generated page outside the navigation and indexes no bundle, and
    writes the same site;
    --no-cache takes nothing from the cache and leaves it as it was."""
    settings, cache = _one_gazette_with_a_cache(tmp_path)
    sites, said = [], []
    for n in range(2):
        out = tmp_path / f"site{n}"
        proc = run("build", "--settings", str(settings), "--out", str(out))
        assert proc.returncode == 0, proc.stderr
        sites.append({p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()})
        said.append(proc.stderr)
    assert sites[0] == sites[1]
    assert re.search(r"generated pages rendered, 0 unchanged from the cache", said[0])
    assert "the gazettes' pages (once a language): 2 made, 0 unchanged" in said[0]  # one gazette, 2 languages
    kept = int(re.search(r"generated pages rendered, (\d+) unchanged from the cache", said[1]).group(1))
    assert kept > 20 and re.search(r"search indexed: (\d+) bundles in 2 languages, 0 indexed", said[1])
    assert "the gazettes' pages (once a language): 0 made, 2 unchanged" in said[1]
    # a kept page lost from the cache: that gazette's pages are made again, the site the same
    next((cache / "pages" / "zh").rglob("documents/*.md")).unlink()
    proc = run("build", "--settings", str(settings), "--out", str(tmp_path / "again"))
    assert proc.returncode == 0, proc.stderr
    assert "the gazettes' pages (once a language): 1 made, 1 unchanged" in proc.stderr
    again = tmp_path / "again"
    assert {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()} == sites[0]
    held = sorted(p for p in cache.rglob("*") if p.is_file() and "validated" not in p.parts)
    assert all(any(kind in p.parts for p in held) for kind in ("pages", "rendered", "search"))
    proc = run("build", "--settings", str(settings), "--out", str(tmp_path / "fresh"), "--no-cache")
    assert proc.returncode == 0, proc.stderr
    assert "generated pages rendered, 0 unchanged from the cache" in proc.stderr
    assert "the gazettes' pages (once a language): 2 made, 0 unchanged" in proc.stderr
    assert re.search(r"search indexed: (\d+) bundles in 2 languages, \1 indexed, 0 unchanged", proc.stderr)
    assert sorted(p for p in cache.rglob("*") if p.is_file() and "validated" not in p.parts) == held


def test_the_build_loads_the_corpus_in_a_child_and_indexes_search_without_it(tmp_path, monkeypatch):
    """`gongbao build`: the corpus is loaded, and the datasets and pages made, in a forked child;
    the search index is made by the build's own process after the child ended, so that the
    corpus's memory is never beside Pagefind's. The pages' stage is stood in for (no MkDocs)."""
    import generator.cli as cli
    import generator.site as site

    settings, _ = _one_gazette_with_a_cache(tmp_path)
    where = tmp_path / "where"
    where.mkdir()
    load = cli._load

    def loading(settings):
        (where / "load").write_text(str(os.getpid()))
        return load(settings)

    def render(results, datasets, work, *args, **kwargs):
        (work / "site").mkdir()
        (work / "site" / "index.html").write_text(f"{len(results)} gazette")
        return {"pages": 1, "languages": 2, "groups": None}

    def finish(work, settings, rendered, log=None):
        (where / "finish").write_text(str(os.getpid()))
        return {"pages": rendered["pages"], "languages": rendered["languages"]}

    monkeypatch.setattr(cli, "_load", loading)
    monkeypatch.setattr(site, "render_site", render)
    monkeypatch.setattr(site, "finish_site", finish)
    assert main(["build", "--settings", str(settings), "--out", str(tmp_path / "site")]) == 0
    assert (tmp_path / "site" / "index.html").read_text() == "1 gazette"
    assert int((where / "finish").read_text()) == os.getpid()
    assert int((where / "load").read_text()) != os.getpid()


def test_a_build_whose_child_dies_keeps_the_previous_site(tmp_path, monkeypatch, capfd):
    """The child that holds the corpus ends abruptly (killed, out of memory): the build says so,
    exits 1, and leaves the previous site and no work folder."""
    import generator.site as site

    settings, _ = _one_gazette_with_a_cache(tmp_path)
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("previous")

    def die(*args, **kwargs):
        os._exit(9)

    monkeypatch.setattr(site, "render_site", die)
    assert main(["build", "--settings", str(settings), "--out", str(out)]) == 1
    assert "a process of the build ended abruptly" in capfd.readouterr().err
    assert [p.name for p in out.iterdir()] == ["index.html"] and (out / "index.html").read_text() == "previous"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".site-")]
