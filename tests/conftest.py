"""Shared test settings and fixtures: hypothesis profiles, and the real site built once per session."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent

_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large]
# CI and `make test`: few, fixed examples, so a run is fast and a failure reproduces.
settings.register_profile("ci", max_examples=40, deadline=None, derandomize=True, database=None,
                          suppress_health_check=_QUIET)
# Hunting for crashes by hand: HYPOTHESIS_PROFILE=stress .venv/bin/python -m pytest tests/test_checker_properties.py
settings.register_profile("stress", max_examples=2000, deadline=None, suppress_health_check=_QUIET)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """Build the site as `make build` does and return its directory; fail with the log on error or warning."""
    site_dir = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
    )
    log = result.stdout + result.stderr
    if result.returncode != 0 or any("WARNING" in line for line in log.splitlines()):
        pytest.fail(f"mkdocs build --strict failed (exit {result.returncode}):\n{log}", pytrace=False)
    return site_dir


@pytest.fixture(scope="session")
def built_pages(built_site) -> list[Path]:
    """Every HTML page of the built site, in a stable order."""
    return sorted(built_site.rglob("*.html"))
