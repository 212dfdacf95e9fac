"""The CI workflow that tests, builds and publishes the site: valid against the GitHub Actions
schema (check-jsonschema ships it, no network), and wired as the README says."""

import subprocess
import sys
from pathlib import Path

import yaml

from tests.conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "site.yml"
CHECK = [str(Path(sys.executable).parent / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows"]


def test_workflow_is_valid_for_github_actions():
    proc = subprocess.run([*CHECK, str(WORKFLOW)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_schema_check_catches_a_broken_workflow(tmp_path):
    broken = tmp_path / "site.yml"
    broken.write_text(WORKFLOW.read_text(encoding="utf-8").replace("runs-on: ubuntu-latest", "runs_on: ubuntu-latest"),
                      encoding="utf-8")
    proc = subprocess.run([*CHECK, str(broken)], capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0


def test_workflow_tests_builds_and_publishes():
    flow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = flow[True] if True in flow else flow["on"]  # YAML 1.1 reads the key `on` as true
    assert "push" in triggers and "pull_request" in triggers
    build, deploy = flow["jobs"]["build"], flow["jobs"]["deploy"]
    runs = [step.get("run", "") for step in build["steps"]]
    assert any(r.startswith("make test") for r in runs) and any(r.startswith("make site") for r in runs)
    uses = {step.get("uses", "").split("@")[0]: step for step in build["steps"]}
    assert uses["actions/upload-artifact"]["if"] == "github.event_name == 'pull_request'"
    assert "actions/upload-pages-artifact" in uses
    assert deploy["needs"] == "build" and deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")
    assert "refs/heads/main" in deploy["if"]
