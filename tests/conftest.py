"""Shared fixtures: the real site, built once per test session."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


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
