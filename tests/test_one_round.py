"""One round: every problem that can be found is reported in the same run, and the summary says what waits."""

import shutil
from pathlib import Path

from badcases import BASELINE

from campaign.core.problems import Severity, summary
from campaign.read.load import load


def data_with(tmp_path: Path, **files: str) -> Path:
    data = tmp_path / "data"
    shutil.copytree(BASELINE, data)
    for name, text in files.items():
        (data / "2021" / name.replace("__", "/")).write_text(text, encoding="utf-8")
    return data


CA_NAM_SCHEMA_ERROR = "ky: ca-nam\ndon_vi:\n  - ma: van-phong\n    tong_so: mười\n"
SIX_MONTHS_MEANING_ERROR = """ky: 6-thang
don_vi:
  - ma: van-phong
    tong_so: 10
    lao_dong_tien_tien: 11
"""


def codes(report) -> list[tuple[str, int, str]]:
    return [(p.file.split("data/", 1)[1], p.line, p.code) for p in report.problems]


def test_a_schema_error_in_one_file_does_not_hide_a_meaning_error_in_another(tmp_path):
    data = data_with(tmp_path, **{"ket-qua__ca-nam.yml": CA_NAM_SCHEMA_ERROR,
                                  "ket-qua__6-thang.yml": SIX_MONTHS_MEANING_ERROR})
    _, report = load(data)
    found = codes(report)
    assert ("2021/ket-qua/ca-nam.yml", 4, "schema-type") in found
    assert ("2021/ket-qua/6-thang.yml", 5, "advanced-over-staff") in found
    # The broken file says its own meaning checks wait; the other file's other problems are still given.
    assert ("2021/ket-qua/ca-nam.yml", 1, "checks-waiting") in found
    assert any(code == "unit-not-listed" and f.endswith("6-thang.yml") for f, _, code in found)


def test_a_broken_units_file_says_which_results_wait_for_it(tmp_path):
    data = data_with(tmp_path, **{"don-vi.yml": "don_vi:\n  - ma: van-phong\n    ten: Văn phòng Sở\n"})
    _, report = load(data)
    found = codes(report)
    assert ("2021/don-vi.yml", 2, "schema-required") in found
    waiting = sorted(f for f, _, code in found if code == "checks-waiting-for")
    assert waiting == ["2021/ket-qua/6-thang.yml", "2021/ket-qua/ca-nam.yml"]
    note = next(p for p in report.problems if p.code == "checks-waiting-for")
    assert note.severity is Severity.NOTE and "don-vi.yml" in note.message


def test_the_summary_counts_errors_and_warnings_and_says_what_waits(tmp_path):
    data = data_with(tmp_path, **{"ket-qua__ca-nam.yml": CA_NAM_SCHEMA_ERROR})
    _, report = load(data)
    text = summary(report.problems)
    errors = sum(p.severity is Severity.ERROR for p in report.problems)
    warnings = sum(p.severity is Severity.WARNING for p in report.problems)
    notes = sum(p.severity is Severity.NOTE for p in report.problems)
    assert text.startswith(f"Tìm thấy {len(report.problems)} thông báo: {errors} lỗi, {warnings} cảnh báo và "
                           f"{notes} ghi chú.")
    assert errors + warnings + notes == len(report.problems)
    assert "1 tệp chưa được kiểm tra hết" in text
    assert summary([]) == "Dữ liệu hợp lệ: không có lỗi, không có cảnh báo."
