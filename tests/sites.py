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


def copy_docs(destination: Path) -> Path:
    """The real pages folder copied to `destination`, for a scenario that writes pages (an imported document)."""
    shutil.copytree(ROOT / "docs", destination)
    return destination


def build(tmp: Path, data_dir: Path, docs_dir: Path | None = None) -> tuple[subprocess.CompletedProcess, Path]:
    """Build the real mkdocs.yml, unchanged but for its data folder (and, if given, its pages folder); returns the
    finished process and the site.

    The data folder is the one thing most scenarios change, and mkdocs.yml reads it from CAMPAIGN_DATA (the pages
    from CAMPAIGN_DOCS): every plugin, hook and page of the real site is in every scenario without being listed
    here again.
    """
    site = tmp / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "CAMPAIGN_DATA": str(data_dir)}
    if docs_dir is not None:
        env["CAMPAIGN_DOCS"] = str(docs_dir)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"), "--site-dir", str(site)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    return result, site
