"""A decision for every outcome, read the same from YAML and from a workbook; the closing date for decisions; a
share under 1 % confirmed in the data. The decision numbers below are the issue's examples, made for the test."""

from __future__ import annotations

import io
import shutil
from datetime import date
from fractions import Fraction
from pathlib import Path

import openpyxl
import pytest
from badcases import BASELINE
from workbook_cases import ORGS, UNITS, baseline_workbook

from campaign.core.model import Evidence, Rating, ReportState
from campaign.office.lifecycle import new_year
from campaign.publish.workbooks import template_workbook
from campaign.read.load import load
from campaign.read.templates import results_template
from campaign.read.workbook_layout import DATA_SHEETS

PARTY = """xep_loai_to_chuc:
  dang-bo:
    xep_loai: hoan-thanh-tot
    quyet_dinh:
      so: 15-QĐ/ĐU
      ngay: 20/12/2021
      co_quan_ban_hanh: Đảng ủy Sở
  cong-doan: hoan-thanh-xuat-sac
"""


def data_copy(tmp_path: Path) -> Path:
    return shutil.copytree(BASELINE, tmp_path / "data")


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def year_end(data: Path):
    dataset, report = load(data)
    assert dataset is not None, [p.as_text() for p in report.errors]
    return dataset.years[0].period_results("ca-nam"), report


def codes(report) -> list[tuple[str, int, str]]:
    return [(p.file.split("data/", 1)[1], p.line, p.code) for p in report.problems]


def test_an_organisation_rating_carries_its_decision_and_the_short_form_still_reads(tmp_path):
    data = data_copy(tmp_path)
    results_file = data / "2021" / "ket-qua" / "ca-nam.yml"
    edit(results_file, "xep_loai_to_chuc:\n  dang-bo: hoan-thanh-tot\n  cong-doan: hoan-thanh-xuat-sac\n", PARTY)
    results, report = year_end(data)
    assert report.problems == []
    assert results.org_ratings == {"dang-bo": Rating.GOOD, "cong-doan": Rating.EXCELLENT}
    decision = results.org_decisions["dang-bo"]
    assert (decision.number, decision.issued, decision.issuer) == ("15-QĐ/ĐU", date(2021, 12, 20), "Đảng ủy Sở")
    assert "cong-doan" not in results.org_decisions  # the short form: a rating without a decision


def test_collective_titles_agency_titles_and_commendations_carry_an_issuer(tmp_path):
    data = data_copy(tmp_path)
    results_file = data / "2021" / "ket-qua" / "ca-nam.yml"
    edit(results_file, "    danh_hieu_tap_the: lao-dong-xuat-sac\n",
         "    danh_hieu_tap_the: lao-dong-xuat-sac\n    quyet_dinh_danh_hieu_tap_the:\n      so: 12/QĐ-SKHCN\n"
         "      ngay: 28/12/2021\n      co_quan_ban_hanh: Sở KH&CN\n")
    edit(results_file, "      ngay: 20/12/2021\n", "      ngay: 20/12/2021\n      co_quan_ban_hanh: UBND tỉnh\n")
    edit(results_file, "      ngay: 28/12/2021\n    hinh_thuc",
         "      ngay: 28/12/2021\n      co_quan_ban_hanh: \"\"\n    hinh_thuc")
    results, report = year_end(data)
    assert report.problems == []
    title = results.unit("phong-a").collective_title_decision
    assert (title.number, title.issued, title.issuer) == ("12/QĐ-SKHCN", date(2021, 12, 28), "Sở KH&CN")
    assert results.unit("van-phong").collective_title_decision is None
    assert results.titles[0].decision.issuer == "UBND tỉnh"
    assert results.commendations[0].decision.issuer is None  # "" is "not written", never a guess


def _workbook_of(data: Path) -> openpyxl.Workbook:
    dataset, report = load(data)
    assert dataset is not None, report.problems
    return openpyxl.load_workbook(io.BytesIO(template_workbook(dataset.years[0], "ca-nam")))


def _upload(data: Path, book: openpyxl.Workbook) -> None:
    folder = data / "2021" / "ket-qua"
    (folder / "ca-nam.yml").unlink()
    book.save(folder / "ca-nam.xlsx")


def test_decisions_and_a_unit_not_reporting_read_from_a_workbook_as_from_yaml(tmp_path):
    yaml_data = data_copy(tmp_path / "yaml")
    results_file = yaml_data / "2021" / "ket-qua" / "ca-nam.yml"
    edit(results_file, "xep_loai_to_chuc:\n  dang-bo: hoan-thanh-tot\n  cong-doan: hoan-thanh-xuat-sac\n", PARTY)
    edit(results_file, "    danh_hieu_tap_the: lao-dong-tien-tien\n    de_nghi_tap_the_xuat_sac: false\n",
         "    danh_hieu_tap_the: lao-dong-tien-tien\n    quyet_dinh_danh_hieu_tap_the:\n      so: 12/QĐ-SKHCN\n"
         "      ngay: 28/12/2021\n      co_quan_ban_hanh: Sở KH&CN\n    de_nghi_tap_the_xuat_sac: false\n")
    text = results_file.read_text(encoding="utf-8")
    start, end = text.index("  - ma: phong-a\n"), text.index("  - ma: trung-tam\n")
    results_file.write_text(text[:start] + "  - ma: phong-a\n    tinh_trang: khong-bao-cao\n" + text[end:],
                            encoding="utf-8")
    from_yaml, report = year_end(yaml_data)
    assert [p.code for p in report.errors] == []

    book_data = data_copy(tmp_path / "book")
    book = _workbook_of(book_data)
    units, orgs = book[UNITS], book[ORGS]
    assert [units.cell(3, c).value for c in range(13, 18)] == [
        "Số quyết định danh hiệu tập thể", "Ngày quyết định danh hiệu tập thể",
        "Cơ quan ban hành quyết định danh hiệu tập thể", "Trích yếu quyết định danh hiệu tập thể", "Tình trạng"]
    assert units["A4"].value == "van-phong" and orgs["A4"].value == "dang-bo"
    units["M4"], units["N4"], units["O4"] = "12/QĐ-SKHCN", "28/12/2021", "Sở KH&CN"
    for column in range(3, 13):
        units.cell(5, column).value = None
    units["Q5"] = ReportState.NOT_REPORTED.label
    orgs["D4"], orgs["E4"], orgs["F4"] = "15-QĐ/ĐU", "20/12/2021", "Đảng ủy Sở"
    _upload(book_data, book)
    from_book, report = year_end(book_data)
    assert [p.code for p in report.errors] == []
    assert from_book.org_decisions == from_yaml.org_decisions
    assert from_book.org_ratings == from_yaml.org_ratings
    assert from_book.unit("van-phong").collective_title_decision == \
        from_yaml.unit("van-phong").collective_title_decision == Evidence("12/QĐ-SKHCN", date(2021, 12, 28),
                                                                          issuer="Sở KH&CN")
    assert from_book.unit("phong-a").did_not_report and from_yaml.unit("phong-a").did_not_report
    assert not from_book.unit("phong-a").reported


def test_a_workbook_from_a_template_made_before_the_decision_columns_still_reads(tmp_path):
    """Templates downloaded before these columns existed are in the Office's hands: they read as before."""
    data = data_copy(tmp_path / "new")
    book = openpyxl.load_workbook(io.BytesIO(baseline_workbook()))
    _upload(data, book)
    before, _ = year_end(data)
    data = data_copy(tmp_path / "old")
    removed = 0
    for spec in DATA_SHEETS:
        sheet = book[spec.name]
        added = {c.header for c in spec.columns if c.optional}
        for column in range(sheet.max_column, 0, -1):
            if sheet.cell(3, column).value in added:
                sheet.delete_cols(column)
                removed += 1
    assert removed == 5 + 4 + 1 + 1  # units: a decision and the state; organisations; titles; commendations
    _upload(data, book)
    after, report = year_end(data)
    assert report.problems == []
    assert after == before


def _with_closing_date(data: Path, day: str) -> None:
    edit(data / "2021" / "chien-dich.yml", "    den_ngay: 31/12/2021\n",
         f"    den_ngay: 31/12/2021\n    han_chot_quyet_dinh: {day}\n")


def test_a_january_decision_is_accepted_up_to_the_closing_date_and_refused_after_it(tmp_path):
    data = data_copy(tmp_path)
    results_file = data / "2021" / "ket-qua" / "ca-nam.yml"
    edit(results_file, "      ngay: 20/12/2021\n", "      ngay: 15/01/2022\n")
    _, report = load(data)
    refused = [p for p in report.problems if p.code == "decision-after-deadline"]
    assert codes(report) == [("2021/ket-qua/ca-nam.yml", 56, "decision-after-deadline")]
    assert "han_chot_quyet_dinh" in refused[0].message and "chưa có hạn chốt quyết định" in refused[0].message
    _with_closing_date(data, "31/01/2022")
    results, report = year_end(data)
    assert report.problems == [] and results.titles[0].decision.issued == date(2022, 1, 15)
    edit(results_file, "      ngay: 15/01/2022\n", "      ngay: 01/02/2022\n")
    _, report = load(data)
    assert codes(report) == [("2021/ket-qua/ca-nam.yml", 56, "decision-after-deadline")]
    assert "sau hạn chốt quyết định của kỳ (31/01/2022)" in report.problems[0].message


def test_new_year_leaves_the_closing_date_for_decisions_to_the_reviews_plan(tmp_path):
    """The guide (Ví dụ 11): the closing date is written from the review's plan, never guessed; last year's moved
    a year on would be a guess."""
    data = data_copy(tmp_path)
    _with_closing_date(data, "31/01/2022")
    new_year(data, 2022)
    dataset, report = load(data)
    assert dataset is not None, report.errors
    period = dataset.year(2022).campaign.period("ca-nam")
    assert (period.end, period.decision_deadline) == (date(2022, 12, 31), None)
    assert "han_chot_quyet_dinh" not in (data / "2022" / "chien-dich.yml").read_text(encoding="utf-8")
    assert dataset.year(2021).campaign.period("ca-nam").decision_deadline == date(2022, 1, 31)


def test_the_yaml_template_names_the_period_once_and_its_decision_lines_read_when_uncommented(tmp_path):
    data = data_copy(tmp_path)
    dataset, _ = load(data)
    year = dataset.years[0]
    text = results_template(year.campaign, year.units, year.campaign.period("ca-nam"))
    assert "Kết quả kỳ Tổng kết năm 2021 " in text and "năm năm" not in text
    assert "Sơ kết 6 tháng năm 2021" in results_template(year.campaign, year.units, year.campaign.period("6-thang"))
    # The clerk removes "# " and fills in the decision: one line, nothing to indent.
    text = text.replace("  dang-bo:\n    xep_loai:\n    # quyet_dinh: {so: \"\", ngay: \"\", co_quan_ban_hanh: \"\"}",
                        "  dang-bo:\n    xep_loai: hoan-thanh-tot\n"
                        "    quyet_dinh: {so: \"15-QĐ/ĐU\", ngay: \"20/12/2021\", co_quan_ban_hanh: \"Đảng ủy Sở\"}")
    (data / "2021" / "ket-qua" / "ca-nam.yml").write_text(text, encoding="utf-8")
    results, report = year_end(data)
    assert not report.errors, [p.as_text() for p in report.errors]
    assert results.org_decisions["dang-bo"].issuer == "Đảng ủy Sở"


def test_a_share_under_one_percent_is_refused_unless_confirmed_beside_it(tmp_path):
    data = data_copy(tmp_path)
    results_file = data / "2021" / "ket-qua" / "ca-nam.yml"
    edit(results_file, "    ty_le_tu_chu: 21.5\n", "    ty_le_tu_chu: 0.245\n")
    _, report = load(data)
    assert codes(report) == [("2021/ket-qua/ca-nam.yml", 36, "percent-looks-like-fraction")]
    assert report.problems[0].is_error and "xac_nhan_duoi_1_phan_tram: 0.245" in report.problems[0].message
    edit(results_file, "    ty_le_tu_chu: 0.245\n", "    ty_le_tu_chu: 0.245\n    xac_nhan_duoi_1_phan_tram: 0.245\n")
    results, report = year_end(data)
    assert report.problems == []
    assert results.unit("trung-tam").autonomy == Fraction(245, 1000)


def test_the_template_carries_decisions_issuers_and_states_back(tmp_path):
    data = data_copy(tmp_path)
    results_file = data / "2021" / "ket-qua" / "ca-nam.yml"
    edit(results_file, "xep_loai_to_chuc:\n  dang-bo: hoan-thanh-tot\n  cong-doan: hoan-thanh-xuat-sac\n", PARTY)
    edit(results_file, "      ngay: 20/12/2021\n", "      ngay: 20/12/2021\n      co_quan_ban_hanh: UBND tỉnh\n")
    before, _ = year_end(data)
    _upload(data, _workbook_of(data))
    after, _ = year_end(data)
    assert after.org_decisions == before.org_decisions and after.titles == before.titles


@pytest.mark.site
def test_each_decision_is_shown_beside_its_outcome_on_the_site_and_in_the_workbook(tmp_path):
    from sites import build, copy_real_data
    from visible import article_text

    data = copy_real_data(tmp_path / "data")
    results = data / "2021" / "ket-qua" / "ca-nam.yml"
    edit(results, "  dang-bo: hoan-thanh-tot\n",
         "  dang-bo:\n    xep_loai: hoan-thanh-tot\n    quyet_dinh:\n      so: 15-QĐ/ĐU\n      ngay: 20/12/2021\n"
         "      co_quan_ban_hanh: Cơ quan thử nghiệm\n")
    edit(results, "    danh_hieu_tap_the: lao-dong-xuat-sac\n",
         "    danh_hieu_tap_the: lao-dong-xuat-sac\n    quyet_dinh_danh_hieu_tap_the:\n      so: 12/QĐ-THU\n"
         "      ngay: 28/12/2021\n")
    done, site = build(tmp_path, data)
    assert done.returncode == 0, done.stdout + done.stderr
    ratings = article_text(site / "2021" / "chi-tieu" / "ii-3i" / "index.html")
    section = ratings.split("Xếp loại từng tổ chức: Tổng kết năm")[1]
    assert "Số 15-QĐ/ĐU, ngày 20/12/2021, của Cơ quan thử nghiệm" in section
    unit = article_text(site / "2021" / "don-vi" / "phong-a" / "index.html")
    assert "Quyết định danh hiệu tập thể Số 12/QĐ-THU, ngày 28/12/2021" in unit
    book = openpyxl.load_workbook(site / "2021" / "tai-ve" / "ky-ca-nam" / "bang-theo-doi-2021-ca-nam.xlsx")
    sheet = book["Quyết định"]
    headers = [c.value for c in sheet[3]]
    rows = [dict(zip(headers, r)) for r in sheet.iter_rows(min_row=4, values_only=True)]
    rated = next(r for r in rows if r["Kết quả về"] == "Xếp loại tổ chức" and r["Số quyết định"] == "15-QĐ/ĐU")
    assert rated["Kết quả"] == "Hoàn thành tốt nhiệm vụ" and rated["Cơ quan ban hành"] == "Cơ quan thử nghiệm"
    assert sheet["A1"].value.endswith("Tổng kết năm 2021")
    assert any(r["Kết quả về"] == "Danh hiệu tập thể" and r["Số quyết định"] == "12/QĐ-THU" for r in rows)


def test_a_decision_past_the_year_ends_closing_date_is_not_sent_to_a_later_period_there_is_none(tmp_path):
    """The year-end review is the year's last period: "ghi quyết định vào kỳ sau" sent the Office nowhere. Its
    message says the period is the last, and where such a decision goes: a later closing date, or next year's data."""
    data = data_copy(tmp_path)
    _with_closing_date(data, "31/01/2022")
    edit(data / "2021" / "ket-qua" / "ca-nam.yml", "      ngay: 20/12/2021\n", "      ngay: 01/02/2022\n")
    _, report = load(data)
    assert codes(report) == [("2021/ket-qua/ca-nam.yml", 56, "decision-after-deadline")]
    message = report.problems[0].message
    assert "Tổng kết năm là kỳ cuối của năm 2021, không có kỳ sau." in message
    assert "dời han_chot_quyet_dinh của kỳ trong chien-dich.yml" in message
    assert "ghi vào số liệu năm 2022 (thư mục data/2022/)" in message and "vào kỳ sau" not in message
    # A mid-year decision past its own closing date still goes to the next period, which exists.
    edit(data / "2021" / "chien-dich.yml", "    den_ngay: 30/06/2021\n",
         "    den_ngay: 30/06/2021\n    han_chot_quyet_dinh: 15/07/2021\n")
    mid_year = data / "2021" / "ket-qua" / "6-thang.yml"
    mid_year.write_text(mid_year.read_text(encoding="utf-8") + PARTY.replace("20/12/2021", "20/07/2021"),
                        encoding="utf-8")
    _, report = load(data)
    late = [p for p in report.problems if p.file.endswith("6-thang.yml")]
    assert [p.code for p in late] == ["decision-after-deadline"]
    assert "nếu không, ghi quyết định vào kỳ sau" in late[0].message and "kỳ cuối" not in late[0].message
