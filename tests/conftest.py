"""Shared test settings and fixtures: hypothesis profiles; the real site and the search mini-site, each built once;
the browser fixtures."""

import compileall
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SEARCH_SITE_CONFIG = ROOT / "tests" / "sites" / "search" / "mkdocs.yml"

_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large]
# CI and `make test`: few, fixed examples, so a run is fast and a failure reproduces.
settings.register_profile("ci", max_examples=40, deadline=None, derandomize=True, database=None,
                          suppress_health_check=_QUIET)
# Hunting for crashes by hand: HYPOTHESIS_PROFILE=stress .venv/bin/python -m pytest tests/test_checker_properties.py
settings.register_profile("stress", max_examples=2000, deadline=None, suppress_health_check=_QUIET)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# The browser fixtures (site_server, browser, axe_script) live in their own module, shared by the browser tests.
pytest_plugins = ["browser_support"]


def pytest_configure(config):
    """The project's code byte-compiled once, before the tests start builds and commands in child processes: the
    Makefile's PYTHONDONTWRITEBYTECODE keeps Python from caching it, so each child compiled it again."""
    for package in ("campaign", "hooks", "macros"):
        compileall.compile_dir(ROOT / package, quiet=1)


def mkdocs_build(site_dir: Path, config_file: Path | None = None) -> Path:
    """Build as `make build` does and return the site directory; fail with the log on error or warning."""
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)]
    if config_file is not None:
        command += ["--config-file", str(config_file)]
    result = subprocess.run(
        command,
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
def built_site(tmp_path_factory) -> Path:
    """The real site, built as `make build` does."""
    return mkdocs_build(tmp_path_factory.mktemp("site"))


@pytest.fixture(scope="session")
def built_pages(built_site) -> list[Path]:
    """Every HTML page of the built site, in a stable order."""
    return sorted(built_site.rglob("*.html"))


@pytest.fixture(scope="session")
def search_site(tmp_path_factory) -> Path:
    """tests/sites/search built: a table written on one line and a decomposed (NFD) page, as the real pages may have."""
    return mkdocs_build(tmp_path_factory.mktemp("search-site"), SEARCH_SITE_CONFIG)
