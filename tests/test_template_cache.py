"""The theme's compiled templates are kept between builds in git's own folder, never in the work tree, and a changed
template is compiled again."""

from __future__ import annotations

import subprocess
from pathlib import Path

import jinja2

from campaign.publish.template_cache import FOLDER, folder, keep_compiled


def _repo(tmp_path):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    return tmp_path


def test_the_cache_lives_in_gits_own_folder_and_nowhere_without_git(tmp_path):
    repo = _repo(tmp_path / "repo")
    where = folder(repo)
    assert where == repo / ".git" / FOLDER and where.is_dir() and (where.stat().st_mode & 0o777) == 0o700
    # A folder of that name committed in the work tree is not the cache.
    assert folder(tmp_path / "not-a-repo") is None


def test_a_template_is_compiled_once_and_again_when_it_changes(tmp_path):
    repo = _repo(tmp_path / "repo")
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "page.html").write_text("Xin chào {{ name }}", encoding="utf-8")

    def render() -> str:
        env = keep_compiled(jinja2.Environment(loader=jinja2.FileSystemLoader(str(templates))), repo)
        return env.get_template("page.html").render(name="Sở")

    assert render() == "Xin chào Sở"
    kept = sorted((repo / ".git" / FOLDER).iterdir())
    assert len(kept) == 1
    stamp = kept[0].stat().st_mtime_ns
    assert render() == "Xin chào Sở" and kept[0].stat().st_mtime_ns == stamp  # read, not written again
    (templates / "page.html").write_text("Chào {{ name }}", encoding="utf-8")
    assert render() == "Chào Sở"  # the source's checksum differs: compiled again, never the stale one


def test_the_real_build_keeps_the_themes_templates(built_site):
    root = Path(__file__).resolve().parent.parent
    kept = subprocess.run(["git", "rev-parse", "--git-path", FOLDER], cwd=root, capture_output=True, text=True,
                          check=True).stdout.strip()
    assert len(list((root / kept).glob("__jinja2_*.cache"))) >= 10
