"""The data's history from git: the day figures last changed, the log of changes, and builds without history."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from sites import copy_real_data

from campaign.history import log as history
from campaign.publish.markdown import Context, stamp_line
from campaign.publish.pages.log import history_page
from campaign.read.load import load
from campaign.score.review import review

DAYS = ("2021-07-05T09:00:00+07:00", "2022-01-10T15:30:00+07:00")


def git(repo, *args, when=DAYS[0]):
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "Văn phòng Sở", "GIT_AUTHOR_EMAIL": "vp@t", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@t", "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when,
                        "PATH": "/usr/bin:/bin"})


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    """The real data in a repository of two commits: brought in, then a figure of Phòng B corrected."""
    repo = tmp_path_factory.mktemp("history") / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    copy_real_data(repo / "data")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "Nhập số liệu năm 2021")
    results = repo / "data" / "2021" / "ket-qua" / "ca-nam.yml"
    text = results.read_text(encoding="utf-8")
    results.write_text(text.replace("hoan_thanh_tot: 4\n      hoan_thanh: 1", "hoan_thanh_tot: 5\n      hoan_thanh: 0"),
                       encoding="utf-8")
    git(repo, "commit", "-qam", "Sửa xếp loại của Phòng B", when=DAYS[1])
    return repo


def test_each_change_says_its_day_and_what_it_changed(repo):
    log = history.read(repo / "data", [2021])[2021]
    assert log.limitation is None and log.last_update == date(2022, 1, 10)
    latest, first = log.entries
    assert (latest.day, latest.subject, latest.first) == (date(2022, 1, 10), "Sửa xếp loại của Phòng B", False)
    assert latest.files == ("ket-qua/ca-nam.yml",) and "don-vi.yml" in first.files
    changed = {(c.target.split(".")[0] + "." + c.target.split(".")[1], c.status_before, c.status_after)
               for c in latest.changes}
    assert ("II.3a", "Chưa đạt", "Đạt") in changed
    assert first.first and first.day == date(2021, 7, 5) and len(first.changes) == 24


def test_the_log_page_shows_each_change(repo):
    data, _ = load(repo / "data")
    year = data.year(2021)
    page = history_page(review(year), history.read(repo / "data", [2021])[2021], here="2021/nhat-ky-so-lieu.md")
    assert "## Ngày 10/01/2022" in page and "<code>ket-qua/ca-nam.yml</code>" in page
    assert "Chưa đạt → Đạt" in page and "Số liệu năm này được đưa lên lần đầu." in page


def test_comparisons_are_kept_per_commit(repo, monkeypatch):
    history.read(repo / "data", [2021])
    assert (repo / ".cache" / "nhat-ky-so-lieu.json").is_file()

    def no_load(*args):
        raise AssertionError("the data was loaded again")
    monkeypatch.setattr(history, "load", no_load)
    assert len(history.read(repo / "data", [2021])[2021].entries[0].changes) > 0


def test_the_log_is_bounded(repo):
    log = history.read(repo / "data", [2021], limit=1)[2021]
    assert len(log.entries) == 1 and log.older == 1


def test_a_shallow_clone_says_what_it_lacks(repo, tmp_path):
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{repo}", str(clone)], check=True)
    log = history.read(clone / "data", [2021])[2021]
    assert log.limitation == history.SHALLOW and log.last_update is None
    assert log.entries[0].changes is None and log.entries[0].problem == history.SHALLOW


def test_a_folder_outside_git_has_no_log_and_the_page_says_so(tmp_path):
    data = copy_real_data(tmp_path / "data")
    log = history.read(data, [2021])[2021]
    assert log == history.YearHistory(2021, limitation=history.NOT_GIT)
    year = load(data)[0].year(2021)
    assert "không có lịch sử thay đổi" in history_page(review(year), log, here="2021/nhat-ky-so-lieu.md")
    assert "chưa xác định được" in stamp_line(Context(), "2021/nhat-ky-so-lieu.md", "2021/bang-theo-doi/index.md")


def test_a_year_never_committed(repo):
    assert history.read(repo / "data", [2022])[2022].limitation == history.NO_COMMITS
