"""The command line as CI and the Office run it: exit codes and the two output formats."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from badcases import BASELINE, CASES, read_case

from campaign import cli as campaign_cli

ROOT = Path(__file__).resolve().parent.parent
GITHUB_LINE = re.compile(r"::(error|warning|notice) file=[^,\n]+,line=[0-9]+,col=[0-9]+::\[[a-z-]+\] .+")


def campaign(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "campaign", *args], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", timeout=60)


@pytest.fixture
def broken_data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(BASELINE, data)
    read_case(CASES / "ratings-sum-mismatch.yml").apply(data)
    return data


def test_validate_accepts_the_real_data():
    run = campaign("validate", "data")
    assert run.returncode == 0, run.stdout + run.stderr
    assert re.search(r"Tìm thấy [0-9]+ thông báo: 0 lỗi và [0-9]+ cảnh báo\.", run.stdout)
    assert "Traceback" not in run.stderr


def test_validate_fails_on_an_error_and_says_where(broken_data: Path):
    run = campaign("validate", str(broken_data))
    assert run.returncode == 1
    assert re.search(r"^data/2021/ket-qua/ca-nam\.yml:6:[0-9]+: LỖI \[ratings-sum-mismatch\] ", run.stdout, re.M)
    assert "Tìm thấy 1 thông báo: 1 lỗi và 0 cảnh báo." in run.stdout


def test_validate_github_format_prints_workflow_commands(broken_data: Path):
    run = campaign("validate", "--format", "github", str(broken_data))
    assert run.returncode == 1
    lines = run.stdout.splitlines()
    assert lines and all(GITHUB_LINE.fullmatch(line) for line in lines), run.stdout
    assert any(line.startswith("::error file=data/2021/ket-qua/ca-nam.yml,line=6,col=") for line in lines)
    assert "1 lỗi" in run.stderr  # the summary stays out of the annotations


def test_validate_github_format_shows_warnings_without_failing():
    run = campaign("validate", "--format", "github", "data")
    assert run.returncode == 0
    assert all(GITHUB_LINE.fullmatch(line) and line.startswith("::warning ") for line in run.stdout.splitlines())


def test_validate_of_a_missing_folder_is_a_problem_not_a_crash(tmp_path: Path):
    run = campaign("validate", str(tmp_path / "khong-co"))
    assert run.returncode == 1
    assert "[no-campaign]" in run.stdout and "Traceback" not in run.stderr


def test_publishable_refuses_illustrative_data():
    run = campaign("publishable", "data")
    assert run.returncode == 3
    assert "minh_hoa" in run.stderr


def test_publishable_refuses_data_with_errors(broken_data: Path):
    assert campaign("publishable", str(broken_data)).returncode == 1


def test_publishable_accepts_a_year_gone_live(tmp_path: Path):
    data = tmp_path / "data"
    shutil.copytree(BASELINE, data)
    assert campaign("publishable", str(data)).returncode == 3
    run = campaign("go-live", "2021", str(data))
    assert run.returncode == 0, run.stderr
    run = campaign("publishable", str(data))
    assert run.returncode == 0, run.stderr


def test_a_checker_bug_is_a_sentence_not_a_traceback(monkeypatch, capsys):
    def broken(_data):
        raise KeyError("minh_hoa")

    monkeypatch.setattr(campaign_cli, "load", broken)
    assert campaign_cli.main(["validate", "data"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("LỖI NỘI BỘ:") and "KeyError" in err and "Traceback" not in err


def _case_data(tmp_path: Path, name: str) -> Path:
    data = tmp_path / "data"
    shutil.copytree(BASELINE, data)
    read_case(CASES / f"{name}.yml").apply(data)
    return data


def test_a_file_name_cannot_issue_a_workflow_command(tmp_path: Path):
    data = _case_data(tmp_path, "file-name-with-newline")
    run = campaign("validate", "--format", "github", str(data))
    assert run.returncode == 1
    # One error, and the note that the file's other checks wait: each one line, each a command of ours.
    lines = run.stdout.splitlines()
    assert len(lines) == 2 and all(GITHUB_LINE.fullmatch(line) for line in lines), run.stdout
    lines = [line for line in lines if line.startswith("::error ")]
    assert len(lines) == 1
    # @actions/core's escaping of a property: % CR LF : , ; the name holds LF, ':' and a space.
    assert lines[0].startswith("::error file=data/2021/ket-qua/quy-3%0A%3A%3Aerror file=README.md%3A%3AGia mao.yml,")
    text = campaign("validate", str(data)).stdout
    assert "quy-3[ký tự ẩn U+000A]::error" in text and "\nquy-3" not in text.replace("\r", "\n")


def test_github_escaping_follows_the_workflow_command_rules():
    from campaign.core.problems import Problem

    line = Problem("a,b:c%d\r\ne.yml", 3, 1, "yaml-syntax", "50% xong\r\n::error::x").as_github()
    assert line == ("::error file=a%2Cb%3Ac%25d%0D%0Ae.yml,line=3,col=1::[yaml-syntax] 50%25 xong"
                    "[ký tự ẩn U+000D][ký tự ẩn U+000A]::error::x")
    assert "\n" not in line and "\r" not in line


def test_text_output_shows_control_and_direction_characters_as_codes():
    from campaign.core.problems import Problem

    text = Problem("a\x1b[31m.yml", 1, 1, "yaml-syntax", "x\u202ey\u2028z\x85").as_text()
    assert text.isprintable()
    assert "a[ký tự ẩn U+001B][31m.yml" in text and "[ký tự ẩn U+202E]" in text and "[ký tự ẩn U+2028]" in text


@pytest.mark.parametrize("case", ["data-file-is-a-link", "data-file-is-a-device"])
def test_a_linked_file_is_never_read(tmp_path: Path, case: str):
    run = campaign("validate", str(_case_data(tmp_path, case)))
    assert run.returncode == 1 and "[file-not-regular]" in run.stdout
    assert "root:" not in run.stdout and "Traceback" not in run.stderr


def test_a_checker_bug_stops_the_site_build_with_a_sentence_not_a_traceback(monkeypatch):
    from mkdocs.exceptions import Abort

    from hooks import adapter

    def broken(_data, _docs):
        raise ValueError("Exceeds the limit (4300 digits) for integer string conversion")

    monkeypatch.setattr(adapter, "make_build", broken)
    with pytest.raises(Abort) as stopped:
        adapter.build({"config_file_path": str(ROOT / "mkdocs.yml"), "extra": {"campaign_data": "data"},
                       "docs_dir": str(ROOT / "docs")})
    assert str(stopped.value).startswith("LỖI NỘI BỘ:") and "ValueError" in str(stopped.value)
    assert stopped.value.__suppress_context__


def test_errors_come_first_and_the_summary_adds_up(broken_data: Path):
    """The one error was buried among warnings sorted by file: every error comes before any warning, each group in
    file and line order, and the summary's counts add up to the lines above it."""
    # Warnings in a file that sorts before the error's: a blank staff count in the mid-year, a formula-like name.
    read_case(CASES / "count-left-blank.yml").apply(broken_data)
    units = broken_data / "2021" / "don-vi.yml"
    units.write_text(units.read_text(encoding="utf-8").replace("ten: Văn phòng Sở", "ten: \"=Văn phòng Sở\""),
                     encoding="utf-8")
    run = campaign("validate", str(broken_data))
    lines = run.stdout.splitlines()
    problems, last = lines[:-1], lines[-1]
    labels = [re.search(r" (LỖI|CẢNH BÁO|GHI CHÚ) \[", line).group(1) for line in problems]
    assert labels[0] == "LỖI" and labels == sorted(labels, key=["LỖI", "CẢNH BÁO", "GHI CHÚ"].index), run.stdout
    warnings = [line.split(": CẢNH BÁO")[0] for line in problems if " CẢNH BÁO [" in line]
    assert warnings == sorted(warnings, key=lambda place: (place.split(":")[0], int(place.split(":")[1])))
    assert len(warnings) >= 2
    counts = re.fullmatch(r"Tìm thấy ([0-9]+) thông báo: ([0-9]+) lỗi và ([0-9]+) cảnh báo\. .*", last)
    assert counts, last
    total, errors, warned = map(int, counts.groups())
    assert total == len(problems) == errors + warned and errors == labels.count("LỖI")
    # The pull request's summary lists them in the same order, the count first.
    markdown = campaign("validate", "--format", "markdown", str(broken_data)).stdout.splitlines()
    listed = [line for line in markdown if line.startswith("- ")]
    assert len(listed) == total and "**LỖI**" in listed[0] and "**CẢNH BÁO**" in listed[-1]
