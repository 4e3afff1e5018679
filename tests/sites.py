"""Real mini-sites for scenario tests: the project's config and pages over another data folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def copy_real_data(destination: Path, *, results: bool = True) -> Path:
    """The real data folder, optionally without any results, copied to `destination`."""
    shutil.copytree(ROOT / "data", destination, ignore=shutil.ignore_patterns("schemas"))
    if not results:
        for year in destination.iterdir():
            shutil.rmtree(year / "ket-qua", ignore_errors=True)
    return destination


def build(tmp: Path, data_dir: Path) -> tuple[subprocess.CompletedProcess, Path]:
    """Build the real mkdocs.yml, unchanged but for its data folder; returns the finished process and the site.

    The data folder is the one thing a scenario changes, and mkdocs.yml reads it from CAMPAIGN_DATA: every
    plugin, hook and page of the real site is in every scenario without being listed here again.
    """
    site = tmp / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"), "--site-dir", str(site)],
        cwd=ROOT, env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "CAMPAIGN_DATA": str(data_dir)},
        capture_output=True, text=True, timeout=300)
    return result, site
