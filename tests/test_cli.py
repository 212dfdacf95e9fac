"""The `gongbao` command: parse prints JSON; unusable input exits 2 with one line on stderr."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)


def test_parse_prints_the_documented_json():
    proc = run("parse", "datasets/gazettes/pingjiang-2023-02.txt")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert set(data) == {"source", "gazette", "toc", "documents", "segments", "diagnostics"}
    assert set(data["source"]) == {"path", "sha256", "encoding", "lines"}
    assert {"title", "region", "government", "year", "issue", "cumulative_issue",
            "publish_date"} <= set(data["gazette"])
    assert {"title", "doc_number", "registration_number", "section", "page", "document"} <= set(data["toc"][0])
    doc_keys = {"id", "seq", "title", "doc_type", "doc_number", "registration_number", "issuer", "date",
                "printed_date", "effective_date", "recipients", "cc", "attachments", "section", "lines", "duplicate_lines",
                "blocks", "tables"}
    assert doc_keys <= set(data["documents"][0])
    assert set(data["diagnostics"][0]) == {"code", "severity", "message", "line", "excerpt"}
    assert "平江县" in proc.stdout  # UTF-8, not ASCII-escaped
    assert data["documents"][0]["lines"] == [56, 137]
    assert data["source"]["lines"] == 741


def test_parse_into_a_pipe_closed_early_stops_quietly():
    """gongbao parse f.txt | head: the reader goes away; no traceback, the shell's exit code for it."""
    proc = subprocess.Popen([sys.executable, "-m", "generator", "parse", "datasets/gazettes/pingjiang-2023-02.txt"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stdout.read(1) == b"{"
    proc.stdout.close()  # the JSON (far more than a pipe holds) is still being written
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141
    assert stderr == ""


@pytest.mark.parametrize("content,problem", [(b"", "empty"), (b"\x00\x01\x02" * 50, "NUL")])
def test_unusable_file_exits_2(tmp_path, content, problem):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    proc = run("parse", str(bad))
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert len(proc.stderr.strip().splitlines()) == 1
    assert str(bad) in proc.stderr and problem in proc.stderr


@pytest.mark.parametrize("target,problem", [("missing.txt", "no such file"), (".", "directory")])
def test_missing_path_and_directory_exit_2(target, problem):
    proc = run("parse", target)
    assert proc.returncode == 2 and proc.stdout == "" and problem in proc.stderr


def test_summary_lists_every_gazette():
    proc = run("summary")
    assert proc.returncode == 0, proc.stderr
    for title in ("平江县人民政府公报", "祁阳市人民政府公报", "湘阴县人民政府公报", "攸县人民政府公报"):
        assert title in proc.stdout
    assert "4 gazettes, 32 documents" in proc.stdout
