"""`make diff`: the scoreboard changes between two git revisions of the data."""

from __future__ import annotations

import subprocess
import sys

from sites import ROOT, copy_real_data


def git(repo, *args):
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@t", "PATH": "/usr/bin:/bin"})


def run_diff(repo, base, head, fmt="markdown"):
    """`python -m campaign diff` as the pull request's workflow runs it (Markdown), or as a person does (text)."""
    return subprocess.run([sys.executable, "-m", "campaign", "diff", "--format", fmt, base, head], cwd=repo,
                          capture_output=True, text=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})


def _repo_with_a_change(tmp_path, old, new, file="ket-qua/ca-nam.yml"):
    """The real data committed, then `old` replaced by `new` in one of 2021's files and committed again."""
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    copy_real_data(repo / "data")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "first")
    changed = repo / "data" / "2021" / file
    text = changed.read_text(encoding="utf-8")
    assert old in text
    changed.write_text(text.replace(old, new), encoding="utf-8")
    git(repo, "commit", "-qam", "second")
    return repo


def test_diff_in_a_terminal_is_plain_text_without_markdown_escapes(tmp_path):
    """`make diff` printed "II\\.3f\\." and "KH&amp;CN" in a terminal: the terminal gets plain lines."""
    repo = _repo_with_a_change(tmp_path, "chien_si_thi_dua_co_so: 2\n    danh_hieu_tap_the: lao-dong-xuat-sac",
                               "chien_si_thi_dua_co_so: 1\n    danh_hieu_tap_the: lao-dong-xuat-sac")
    changed = run_diff(repo, "HEAD~1", "HEAD", "text")
    assert changed.returncode == 0, changed.stderr
    out = changed.stdout
    assert out.startswith("Thay đổi của bảng theo dõi:")
    assert "- II.3f Chiến sĩ thi đua cơ sở (Tổng kết năm 2021): kết quả 16,3% (7/43) → 14,0% (6/43)" in out
    # And each unit whose figures changed, in the words of the workbook's columns.
    assert out.endswith("Số liệu từng đơn vị:\n- Phòng chuyên môn A (minh họa) (Tổng kết năm 2021): "
                        "Chiến sĩ thi đua cơ sở: 2 → 1\n")
    assert "\\" not in out and "&amp;" not in out and "|" not in out and "###" not in out
    same = run_diff(repo, "HEAD", "HEAD", "text")
    assert "không làm thay đổi" in same.stdout and "#" not in same.stdout


def test_diff_lists_the_targets_whose_value_or_status_changed(tmp_path):
    # One more person rated "hoàn thành tốt" instead of "hoàn thành" in Phòng B: II.3a becomes 44/44.
    repo = _repo_with_a_change(tmp_path, "hoan_thanh_tot: 4\n      hoan_thanh: 1",
                               "hoan_thanh_tot: 5\n      hoan_thanh: 0")

    changed = run_diff(repo, "HEAD~1", "HEAD")
    assert changed.returncode == 0, changed.stderr
    # Markdown escapes are dropped to read the cells as a person sees them.
    lines = [line.replace("\\", "") for line in changed.stdout.splitlines() if line.startswith("| II")]
    assert any(line.startswith("| II.3a ") and "97,7% (43/44) → 100,0% (44/44)" in line
               and "Chưa đạt → Đạt" in line and "Tổng kết năm 2021" in line for line in lines), changed.stdout
    assert not any("Sơ kết 6 tháng" in line for line in lines)
    assert [line.split(" | ")[0] for line in lines] == ["| II.3a Hoàn thành tốt trở lên",
                                                        "| II.3b Hoàn thành xuất sắc"]
    units = [line.replace("\\", "") for line in changed.stdout.splitlines() if line.startswith("| Phòng")]
    assert units == ["| Phòng chuyên môn B (minh họa) | Tổng kết năm 2021 | Hoàn thành tốt nhiệm vụ: 4 → 5<br>"
                     "Hoàn thành nhiệm vụ: 1 → 0<br>II.3a Hoàn thành tốt trở lên: Chưa đạt → Đạt |"]

    same = run_diff(repo, "HEAD", "HEAD")
    assert "không làm thay đổi" in same.stdout

    missing = run_diff(repo, "no-such-rev", "HEAD")
    assert missing.returncode == 2 and "Không tìm thấy phiên bản" in missing.stderr


def test_a_target_renamed_is_the_same_target_not_one_lost_and_one_gained(tmp_path):
    """The year's log showed "II.2 Đơn vị sự nghiệp …: Đạt → –" then "II.2 Tự chủ tài chính: – → Đạt" for each unit
    when the Office gave II.2 a short name: a unit seemed to lose its verdict. A new name changes no figure."""
    repo = _repo_with_a_change(tmp_path, "    ten_ngan: Hoàn thành tốt trở lên\n", "", file="chien-dich.yml")

    renamed = run_diff(repo, "HEAD~1", "HEAD", "text")
    assert renamed.returncode == 0, renamed.stderr
    assert "không làm thay đổi" in renamed.stdout and "Số liệu từng đơn vị" not in renamed.stdout, renamed.stdout
