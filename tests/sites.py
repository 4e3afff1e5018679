"""Real mini-sites for scenario tests: the project's config and pages over another data folder."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import traceback
from pathlib import Path

from click.testing import CliRunner
from mkdocs.__main__ import cli as mkdocs_cli

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
    finished command and the site.

    The data folder is the one thing most scenarios change, and mkdocs.yml reads it from CAMPAIGN_DATA (the pages
    from CAMPAIGN_DOCS): every plugin, hook and page of the real site is in every scenario without being listed
    here again. The build is `mkdocs build --strict` run by MkDocs' own command line, in this process (click's
    runner, its output and exit code captured as a child's would be): a scenario pays for the build, not for
    starting Python and importing MkDocs again. `make build` itself runs as a child in test_deploy and the real
    site's fixture.
    """
    site = tmp / "site"
    env = {"NO_MKDOCS_2_WARNING": "1", "CAMPAIGN_DATA": str(data_dir), "CAMPAIGN_DOCS": str(docs_dir) if docs_dir else None}
    arguments = ["build", "--strict", "-f", str(ROOT / "mkdocs.yml"), "--site-dir", str(site)]
    logger = logging.getLogger("mkdocs")
    handlers = list(logger.handlers)
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        ran = CliRunner().invoke(mkdocs_cli, arguments, env=env, catch_exceptions=True)
    finally:
        os.chdir(cwd)
        # Each run of MkDocs' command line adds its handler to the "mkdocs" logger: the next build must not write
        # into this one's closed output.
        for handler in set(logger.handlers) - set(handlers):
            logger.removeHandler(handler)
    stderr = ran.stderr
    if ran.exception is not None and not isinstance(ran.exception, SystemExit):
        stderr += "".join(traceback.format_exception(ran.exception))
    result = subprocess.CompletedProcess(["mkdocs", *arguments], ran.exit_code, ran.stdout, stderr)
    return result, site
