"""The way off MkDocs: `python -m campaign site DIR` writes the whole site as plain Markdown with its navigation and
downloads; MkDocs with no hook and no macro, and Zensical, build that folder into the same pages as the real site."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from visible import article_text

ROOT = Path(__file__).resolve().parent.parent
ZENSICAL = ROOT / ".venv-zensical" / "bin" / "zensical"

pytestmark = pytest.mark.site


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("export") / "source"
    done = subprocess.run([sys.executable, "-m", "campaign", "site", str(out)], cwd=ROOT, capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr
    return out


def _pages(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): article_text(p) for p in sorted(site.rglob("*.html"))
            if p.name != "404.html"}


def test_the_folder_holds_every_page_as_plain_markdown_and_the_navigation(exported):
    config = (exported / "mkdocs.yml").read_text(encoding="utf-8")
    assert "hooks:" not in config and "macros" not in config and "nav:" in config
    pages = [p.relative_to(exported / "docs").as_posix() for p in (exported / "docs").rglob("*.md")]
    assert "2021/bang-theo-doi/index.md" in pages and "2021/don-vi/phong-a.md" in pages
    for page in pages:
        text = (exported / "docs" / page).read_text(encoding="utf-8")
        assert "{{" not in text and "render_macros: true" not in text, page
    assert (exported / "docs" / "2021" / "tai-ve" / "ky-ca-nam" / "bang-theo-doi-2021-ca-nam.xlsx").is_file()
    assert (exported / "docs" / "search" / "folded_index.json").is_file()


def test_mkdocs_alone_builds_the_folder_into_the_same_pages(exported, built_site, tmp_path):
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "--site-dir", str(tmp_path)],
                          cwd=exported, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    real, plain = _pages(built_site), _pages(tmp_path)
    assert real.keys() == plain.keys()
    assert [p for p in real if real[p] != plain[p]] == []


def _zensical() -> Path:
    if not ZENSICAL.is_file() and os.environ.get("CI") == "true":
        subprocess.run(["make", "zensical"], cwd=ROOT, check=True)
    if not ZENSICAL.is_file():
        pytest.skip("Zensical is not installed: `make zensical` installs 0.0.73 into .venv-zensical")
    return ZENSICAL


def test_zensical_builds_the_folder_into_the_same_visible_text(exported, built_site):
    zensical = _zensical()
    done = subprocess.run([str(zensical), "build", "--clean"], cwd=exported, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    real, other = _pages(built_site), _pages(exported / "site")
    assert real.keys() == other.keys()
    # Zensical highlights the guide's YAML examples word by word: the same words, spaced otherwise.
    differ = [p for p in real if re.sub(r"\s+", "", real[p]) != re.sub(r"\s+", "", other[p])]
    assert differ == []
