"""The data's history from git: the day figures last changed, the log of changes, and builds without history."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from sites import ROOT, copy_real_data

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
    assert [(u.unit, u.period) for u in latest.units] == [("Phòng chuyên môn B (minh họa)", "Tổng kết năm 2021")]
    assert latest.units[0].said == ("Hoàn thành tốt nhiệm vụ: 4 → 5\nHoàn thành nhiệm vụ: 1 → 0\n"
                                    "II.3a Hoàn thành tốt trở lên: Chưa đạt → Đạt")
    assert (latest.illustrative_before, latest.illustrative_after, latest.went_live) == (True, True, False)
    changed = {(c.target.split()[0], c.status_before, c.status_after) for c in latest.changes}
    assert ("II.3a", "Chưa đạt", "Đạt") in changed
    # The first entry lists each target with a figure in either period, and no target without one.
    with_figures = sum(t.has_data for p in review(load(repo / "data")[0].year(2021)).periods for t in p.targets)
    assert first.first and first.day == date(2021, 7, 5) and 0 < len(first.changes) == with_figures


def test_the_log_page_shows_each_change(repo):
    data, _ = load(repo / "data")
    year = data.year(2021)
    page = history_page(review(year), history.read(repo / "data", [2021])[2021], here="2021/nhat-ky-so-lieu.md")
    assert "## Ngày 10/01/2022" in page and "Chưa đạt → Đạt" in page
    assert "Số liệu năm này được đưa lên trang lần đầu." in page
    # An illustrative year keeps its whole log, under the notice that its figures are illustrative.
    assert "Số liệu minh họa." in page and "Phòng chuyên môn B \\(minh họa\\)" in page
    # Readers get no commit, no file name, no commit message.
    assert ".yml" not in page and "Sửa xếp loại" not in page and "<code>" not in page


def test_comparisons_are_kept_per_commit(repo, monkeypatch):
    history.read(repo / "data", [2021])
    assert (repo / ".git" / "nhat-ky-so-lieu.json").is_file() and not (repo / ".cache").exists()

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


# ---- issue #19: what a pull request commits is data, never structure or derived state ------------------------

@pytest.fixture()
def own_repo(repo, tmp_path):
    """A clone of the module's repository, for a test that commits to it."""
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(repo), str(clone)], check=True)
    return clone


def test_a_committed_cache_cannot_forge_the_log(own_repo):
    """A pull request that commits .cache/nhat-ky-so-lieu.json with an invented change: never read."""
    log = history.read(own_repo / "data", [2021])[2021]
    honest = {(c.target, c.value_after) for c in log.entries[0].changes}
    kept = (own_repo / ".git" / "nhat-ky-so-lieu.json").read_text(encoding="utf-8")
    forged = {key: [[["II.1a. Tham mưu", "Tổng kết năm 2021", "0%", "100%", "Chưa đạt", "Đạt"]], [], False, None,
                     True, True] for key in __import__("json").loads(kept)}
    (own_repo / ".git" / "nhat-ky-so-lieu.json").unlink()
    (own_repo / ".cache").mkdir()
    (own_repo / ".cache" / "nhat-ky-so-lieu.json").write_text(__import__("json").dumps(forged), encoding="utf-8")
    git(own_repo, "add", "-f", ".cache")
    git(own_repo, "commit", "-qm", "Bộ nhớ đệm", when=DAYS[1])
    log = history.read(own_repo / "data", [2021])[2021]
    assert {(c.target, c.value_after) for c in log.entries[0].changes} == honest
    assert not any(c.value_after == "100%" and c.target.startswith("II.1a") for e in log.entries for c in e.changes)


def test_a_cache_of_another_shape_is_computed_again(own_repo):
    history.read(own_repo / "data", [2021])
    cache = own_repo / ".git" / "nhat-ky-so-lieu.json"
    keys = __import__("json").loads(cache.read_text(encoding="utf-8"))
    cache.write_text(__import__("json").dumps({key: ["x", 1, 2, 3] for key in keys}), encoding="utf-8")
    assert len(history.read(own_repo / "data", [2021])[2021].entries[0].changes) > 0


@pytest.mark.parametrize("char", ["\x1f", "\u2028", "\x0b", "\x85", "\x1e"])
def test_any_character_in_a_commit_message_is_shown_inert(own_repo, char):
    results = own_repo / "data" / "2021" / "ket-qua" / "ca-nam.yml"
    results.write_text(results.read_text(encoding="utf-8").replace(
        "hoan_thanh_tot: 5\n      hoan_thanh: 0", "hoan_thanh_tot: 4\n      hoan_thanh: 1"), encoding="utf-8")
    git(own_repo, "commit", "-qam", f"Sửa{char}số liệu\n\nthân{char}thư", when=DAYS[1])
    log = history.read(own_repo / "data", [2021])[2021]
    assert len(log.entries) == 3 and log.entries[0].subject == f"Sửa[ký tự ẩn U+{ord(char):04X}]số liệu"
    assert log.entries[0].changes and log.entries[1].subject == "Sửa xếp loại của Phòng B"


def test_a_change_that_moves_no_figure_says_so(own_repo):
    (own_repo / "data" / "2021" / "ghi-chú cuộc họp.txt").write_text("Họp Hội đồng", encoding="utf-8")
    git(own_repo, "add", "-A")
    git(own_repo, "commit", "-qm", "Ghi chú", when=DAYS[1])
    log = history.read(own_repo / "data", [2021])[2021]
    assert log.entries[0].changes == () and log.entries[0].units == ()
    year = load(own_repo / "data")[0].year(2021)
    page = history_page(review(year), log, here="2021/nhat-ky-so-lieu.md")
    assert "không làm thay đổi kết quả của chỉ tiêu nào, cũng không thay đổi số liệu của đơn vị nào" in page
    assert "ghi-chú" not in page


def test_a_revision_whose_data_holds_a_link_is_not_compared_and_says_why(own_repo):
    from campaign.history.diff import diff

    (own_repo / "data" / "2021" / "mat-khau").symlink_to("/etc/passwd")
    (own_repo / "data" / "2021" / "tai-lieu").symlink_to("../../..")
    git(own_repo, "add", "-A")
    git(own_repo, "commit", "-qm", "Liên kết", when=DAYS[1])
    log = history.read(own_repo / "data", [2021])[2021]
    assert log.entries[0].changes is None and log.entries[0].problem == "invalid"
    said = diff("HEAD~1", "HEAD", own_repo)
    assert "liên kết \\(symbolic link\\) data/2021/mat\\-khau" in said and "root:" not in said
    said = diff("HEAD~1", "HEAD", own_repo, fmt="text")
    assert "liên kết (symbolic link) data/2021/mat-khau" in said and "root:" not in said


def test_a_cache_entry_kept_before_publishing_was_recorded_is_computed_again(own_repo):
    """Entries kept by an older build hold six fields, without the periods published and corrected: recomputed,
    never read as "nothing published"."""
    json = __import__("json")
    history.read(own_repo / "data", [2021])
    cache = own_repo / ".git" / "nhat-ky-so-lieu.json"
    kept = json.loads(cache.read_text(encoding="utf-8"))
    assert all(len(value) == 8 for value in kept.values())
    cache.write_text(json.dumps({key: value[:6] for key, value in kept.items()}), encoding="utf-8")
    latest = history.read(own_repo / "data", [2021])[2021].entries[0]
    # Both periods of the shipped data are published: Phòng B's year-end rating changed a published figure.
    assert latest.corrected == ("Tổng kết năm 2021",) and latest.published == ()


def test_a_period_named_with_markup_is_text_in_the_log():
    """The period's name (ky_bao_cao.ten, the Office's text) went into the log's tables escaped for HTML only, so
    Markdown in it ran: "[bấm](javascript:…)" became a link in the data log."""
    import re

    import markdown

    from campaign.publish.pages.log import _entry

    name = "[bấm](javascript:alert(1)) *đậm* _nghiêng_ `mã` <i>x</i>"
    entry = history.Entry("a" * 40, date(2021, 7, 1), "thử", (history.Change("II.1a", name, "1", "2", "Đạt", "Đạt"),),
                          units=(history.UnitChange("Phòng thử", name, "Tổng số: 1 → 2"),))
    html = markdown.markdown(_entry(entry), extensions=["attr_list", "md_in_html", "tables"])
    assert not re.search(r"<(a|em|code|i)\b", html), html
    assert html.count("[bấm](javascript:alert(1)) *đậm* _nghiêng_ `mã` &lt;i&gt;x&lt;/i&gt;") == 2, html


def test_updates_that_say_nothing_are_counted_and_uncompared_ones_in_a_row_are_said_once():
    """The shipped log read "Không so sánh được…" three times and "không làm thay đổi…" three times, one day each:
    a reader scrolled past six entries that said nothing. Those that move nothing are counted in one closing
    sentence; uncompared ones in a row are one section with their days and the reason."""
    year = load(ROOT / "data")[0].year(2021)

    def entry(day, changes, **kw):
        return history.Entry(commit=f"c{day}", day=date(2026, 11, day), subject="", changes=changes, **kw)

    log = history.YearHistory(year=2021, entries=(
        entry(30, ()), entry(29, None, problem="invalid"), entry(28, ()), entry(27, None, problem="invalid"),
        entry(26, None, problem="invalid"), entry(25, (), first=True)))
    page = history_page(review(year), log, here="2021/nhat-ky-so-lieu.md")
    assert page.count("so sánh được") == 1
    assert "## Từ ngày 26/11/2026 đến ngày 29/11/2026\n\n3 lần cập nhật không so sánh được với lần cập nhật trước: số liệu" in page
    assert "## Ngày 30/11/2026" not in page and "## Ngày 28/11/2026" not in page
    assert "## Ngày 25/11/2026\n\nSố liệu năm này được đưa lên trang lần đầu." in page
    assert page.rstrip().endswith("Ngoài những lần trên, có 2 lần cập nhật không làm thay đổi kết quả của chỉ tiêu "
                                  "nào, cũng không thay đổi số liệu của đơn vị nào.")
