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
    """Build the site with `data_dir` as its data; returns the finished process and the site folder."""
    config = tmp / "mkdocs.yml"
    config.write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\n"
        f"docs_dir: {ROOT / 'docs'}\n"
        f"theme:\n  custom_dir: {ROOT / 'overrides'}\n"
        f"hooks:\n  - {ROOT / 'macros' / 'pages.py'}\n  - {ROOT / 'hooks' / 'folded_search.py'}\n"
        f"watch:\n  - {data_dir}\n"
        "plugins:\n  - search\n  - macros:\n"
        f"      module_name: {ROOT / 'macros'}\n      on_error_fail: true\n      on_undefined: strict\n"
        f"extra:\n  campaign_data: {data_dir}\n",
        encoding="utf-8")
    site = tmp / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "--site-dir", str(site)],
        cwd=ROOT, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, capture_output=True, text=True, timeout=300)
    return result, site
