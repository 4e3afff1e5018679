"""One case per mistake in a workbook: what a clerk does to the period's template, and exactly what is reported.

Like tests/bad-data, but a workbook is not text: each case is a small function that changes the baseline
workbook (the valid baseline's year-end results as the template the site offers, opened with openpyxl), or the
data folder around it. `expect` lists the exact problems, warnings included, as (file, sheet, cell, code): file
relative to the data folder, and "" for the sheet and the cell of a problem of a whole file.
"""

from __future__ import annotations

import io
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import openpyxl
from badcases import BASELINE

from campaign.publish.workbooks import template_workbook
from campaign.read.load import load

WORKBOOK = "2021/ket-qua/ca-nam.xlsx"
UNITS, CHECKLISTS, TITLES, ORGS, ACTIVITIES = "Đơn vị", "Danh mục", "Danh hiệu cơ quan", "Xếp loại tổ chức", "Hoạt động"


@dataclass(frozen=True)
class Case:
    name: str
    change: Callable  # change(book) for the workbook, or change(data_dir) with `folder=True`
    expected: frozenset[tuple[str, str, str, str]]
    folder: bool = False


CASES: list[Case] = []


def case(*expected: tuple[str, str, str] | tuple[str, str, str, str], folder: bool = False):
    """Register a case; a 3-tuple (sheet, cell, code) is a problem of the baseline workbook."""
    def register(change):
        full = frozenset(e if len(e) == 4 else (WORKBOOK, *e) for e in expected)
        CASES.append(Case(change.__name__.replace("_", "-"), change, full, folder))
        return change
    return register


def baseline_workbook() -> bytes:
    """The year-end template of the valid baseline, with the two figures the baseline leaves out filled in:
    a workbook cannot leave out one unit's figure that another unit has, only leave it blank (to be filled)."""
    data, report = load(BASELINE.parent / "valid")
    assert data is not None, report.problems
    book = openpyxl.load_workbook(io.BytesIO(template_workbook(data.years[0], "ca-nam")))
    book[UNITS]["I5"] = 0  # phong-a's Chiến sĩ thi đua cơ sở
    book[UNITS]["K6"] = "Không"  # trung-tam's proposal for Tập thể Lao động xuất sắc
    return _saved(book)


def _saved(book) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def apply(case: Case, data: Path, workbook: bytes) -> None:
    """Turn a copy of the baseline data at `data` into the case: ca-nam as the workbook, then the change."""
    (data / "2021" / "ket-qua" / "ca-nam.yml").unlink()
    path = data / WORKBOOK
    if case.folder:
        path.write_bytes(workbook)
        case.change(data)
        return
    book = openpyxl.load_workbook(io.BytesIO(workbook))
    case.change(book)
    path.write_bytes(_saved(book))


def make_data(tmp: Path, case: Case | None, workbook: bytes) -> Path:
    data = tmp / "data"
    shutil.copytree(BASELINE, data)
    if case is None:
        (data / "2021" / "ket-qua" / "ca-nam.yml").unlink()
        (data / WORKBOOK).write_bytes(workbook)
    else:
        apply(case, data, workbook)
    return data


# ---- cells ---------------------------------------------------------------------------------------

@case((UNITS, "C4", "workbook-number-as-text"))
def number_stored_as_text(book):
    book[UNITS]["C4"] = "10"


@case((UNITS, "C4", "workbook-cell-type"))
def count_in_words(book):
    book[UNITS]["C4"] = "mười"


@case((UNITS, "C4", "workbook-cell-type"))
def count_with_a_fraction(book):
    book[UNITS]["C4"] = 10.5


@case((UNITS, "C4", "schema-range"))
def negative_count_pasted_past_the_input_check(book):
    book[UNITS]["C4"] = -1


@case((UNITS, "C4", "workbook-formula"))
def formula_typed_in_a_count(book):
    book[UNITS]["C4"] = "=5+5"


@case((UNITS, "J4", "workbook-cell-type"))
def collective_title_not_in_the_list(book):
    book[UNITS]["J4"] = "Xuất sắc"


@case((UNITS, "L6", "percent-out-of-range"))
def percent_over_100(book):
    book[UNITS]["L6"] = 2.45  # 245 % in a cell formatted as a percentage


@case((UNITS, "D4", "ratings-sum-mismatch"))
def ratings_do_not_add_up(book):
    book[UNITS]["D4"] = 3


@case((CHECKLISTS, "F4", "workbook-cell-type"))
def date_in_words(book):
    book[CHECKLISTS]["F4"] = "giữa tháng ba"


@case((CHECKLISTS, "B4", "workbook-cell-required"))
def checklist_item_without_its_code(book):
    book[CHECKLISTS]["B4"] = None


@case((CHECKLISTS, "F4", "date-outside-campaign"))
def evidence_dated_before_the_campaign(book):
    book[CHECKLISTS]["F4"] = openpyxl.utils.datetime.from_excel(43831)  # 01/01/2020


# ---- the table's frame ---------------------------------------------------------------------------

@case((UNITS, "D4", "workbook-merged-cells"))
def merged_cells(book):
    book[UNITS].merge_cells("D4:E4")


@case((UNITS, "A5", "workbook-hidden"))
def hidden_row(book):
    book[UNITS].row_dimensions[5].hidden = True


@case((UNITS, "C3", "workbook-hidden"))
def hidden_column(book):
    book[UNITS].column_dimensions["C"].hidden = True


@case((ACTIVITIES, "A1", "workbook-hidden"))
def hidden_sheet(book):
    book[ACTIVITIES].sheet_state = "hidden"


@case(("Sheet1", "A1", "workbook-sheet-unknown"))
def extra_sheet(book):
    book.create_sheet("Sheet1")["A1"] = "ghi chú"


@case(("", "", "workbook-sheet-missing"))
def sheet_deleted(book):
    del book["Khen thưởng"]


@case(("Don vi", "A1", "workbook-sheet-unknown"), ("", "", "workbook-sheet-missing"))
def sheet_renamed(book):
    book[UNITS].title = "Don vi"


@case((UNITS, "E3", "workbook-column-missing"))
def header_deleted(book):
    book[UNITS]["E3"] = None


@case((UNITS, "E3", "workbook-column-missing"), (UNITS, "E3", "workbook-column-unknown"))
def header_renamed(book):
    book[UNITS]["E3"] = "Hoàn thành tôt nhiệm vụ"


@case((ORGS, "A3", "workbook-header-row"))
def header_row_cleared(book):
    for cell in book[ORGS][3]:
        cell.value = None


@case((TITLES, "A5", "yaml-duplicate-key"))
def title_listed_twice(book):
    book[TITLES]["A5"] = book[TITLES]["A4"].value


# ---- units ---------------------------------------------------------------------------------------

@case((UNITS, "A5", "unit-not-listed"))
def unit_row_removed(book):
    # Phòng A's row deleted: refused at the row where it belongs (now Trung tâm A's), naming it.
    book[UNITS].delete_rows(5)


@case((UNITS, "A7", "duplicate-unit"))
def two_rows_for_one_unit(book):
    sheet = book[UNITS]
    for column in range(1, 13):
        sheet.cell(7, column).value = sheet.cell(5, column).value


@case((UNITS, "A7", "unknown-unit"))
def unit_that_does_not_exist(book):
    sheet = book[UNITS]
    for column in range(1, 13):
        sheet.cell(7, column).value = sheet.cell(5, column).value
    sheet["A7"] = "phong-c"


@case((UNITS, "C5", "unit-not-reported-with-figures"))
def unit_said_not_to_report_keeps_its_figures(book):
    book[UNITS]["Q5"] = "Không báo cáo kỳ này"


@case()
def unit_said_not_to_report(book):
    # Phòng A did not report this period: its cells blank, its row kept, its state chosen. Nothing to say.
    for column in range(3, 13):
        book[UNITS].cell(5, column).value = None
    book[UNITS]["Q5"] = "Không báo cáo kỳ này"


@case((UNITS, "J4", "unit-figures-missing"))
def figure_left_blank(book):
    book[UNITS]["J4"] = None


@case((UNITS, "C4", "staff-missing"), (UNITS, "C4", "unit-missing-results"))
def staff_count_left_blank(book):
    book[UNITS]["C4"] = None


@case((UNITS, "D4", "ratings-incomplete"))
def one_rating_level_left_blank(book):
    book[UNITS]["G4"] = None


@case((UNITS, "L4", "autonomy-not-applicable"))
def autonomy_of_a_division(book):
    book[UNITS]["L4"] = 0.2
    book[UNITS]["L4"].number_format = "0.0%"


# ---- shares and decisions, as Excel shows them -----------------------------------------------------

@case((UNITS, "L6", "percent-looks-like-fraction"))
def percent_pasted_as_a_plain_number(book):
    book[UNITS]["L6"] = 0.245  # pasted with its source's General format: the cell shows 0,245, not 24,5 %
    book[UNITS]["L6"].number_format = "General"


@case()
def small_percent_typed_with_its_sign(book):
    book[UNITS]["L6"] = 0.005  # typed 0,5%: the cell shows 0,5 %, which is what is meant
    book[UNITS]["L6"].number_format = "0.0%"


@case((UNITS, "C4", "workbook-cell-type"))
def count_typed_as_a_percentage(book):
    book[UNITS]["C4"] = 0.245
    book[UNITS]["C4"].number_format = "0.0%"


@case()
def organisation_rating_with_its_decision(book):
    sheet = book[ORGS]
    sheet["D4"], sheet["E4"], sheet["F4"] = "15-QĐ/ĐU", "20/12/2021", "Đảng ủy Sở"


@case((ORGS, "E4", "workbook-cell-required"))
def organisation_decision_without_its_date(book):
    book[ORGS]["D4"] = "15-QĐ/ĐU"


@case((UNITS, "N4", "decision-after-deadline"))
def collective_title_decided_in_january_without_a_closing_date(book):
    sheet = book[UNITS]
    sheet["M4"], sheet["N4"], sheet["O4"] = "12/QĐ-SKHCN", "15/01/2022", "Sở KH&CN"


@case((CHECKLISTS, "D4", "done-without-evidence"))
def task_done_without_its_evidence(book):
    book[CHECKLISTS]["E4"] = None
    book[CHECKLISTS]["F4"] = None


@case((TITLES, "C4", "earned-without-decision"))
def title_earned_without_its_decision(book):
    book[TITLES]["D4"] = None
    book[TITLES]["E4"] = None


# ---- the file ------------------------------------------------------------------------------------

@case(("", "", "workbook-unreadable"), folder=True)
def not_a_workbook(data):
    (data / WORKBOOK).write_bytes(b"Mau nhap so lieu\n")


@case(("", "", "workbook-unreadable"), folder=True)
def old_excel_file_renamed(data):
    (data / WORKBOOK).write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))


@case(("", "", "workbook-unreadable"), folder=True)
def saved_as_strict_open_xml(data):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", '<workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"/>')
    (data / WORKBOOK).write_bytes(buffer.getvalue())


@case(("", "", "workbook-too-large"), folder=True)
def zip_bomb(data):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * 41_000_000)
    (data / WORKBOOK).write_bytes(buffer.getvalue())


@case(("2021/ket-qua/ca-nam (1).xlsx", "", "", "workbook-file-name"), folder=True)
def workbook_named_by_the_browser(data):
    (data / WORKBOOK).rename(data / "2021/ket-qua/ca-nam (1).xlsx")
    shutil.copy(BASELINE / "2021/ket-qua/ca-nam.yml", data / "2021/ket-qua/ca-nam.yml")


@case(("", "", "workbook-and-yaml"), folder=True)
def workbook_and_yaml_for_one_period(data):
    shutil.copy(BASELINE / "2021/ket-qua/ca-nam.yml", data / "2021/ket-qua/ca-nam.yml")


@case(("2021/ket-qua/ca-nam.xls", "", "1", "file-unexpected"), folder=True)
def old_excel_format_uploaded(data):
    (data / WORKBOOK).rename(data / "2021/ket-qua/ca-nam.xls")
    shutil.copy(BASELINE / "2021/ket-qua/ca-nam.yml", data / "2021/ket-qua/ca-nam.yml")
