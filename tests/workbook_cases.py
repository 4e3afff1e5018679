"""One case per mistake in a workbook: what a clerk does to the period's template, and exactly what is reported.

Like tests/bad-data, but a workbook is not text: each case is a small function that changes the baseline
workbook (the valid baseline's year-end results as the template the site offers, opened with openpyxl), or the
data folder around it. `expect` lists the exact problems, warnings included, as (file, sheet, cell, code): file
relative to the data folder, and "" for the sheet and the cell of a problem of a whole file.
"""

from __future__ import annotations

import io
import re
import shutil
import unicodedata
import warnings
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


@case((UNITS, "G4", "ratings-incomplete"))  # the blank level's own cell
def one_rating_level_left_blank(book):
    book[UNITS]["G4"] = None


@case((UNITS, "L4", "autonomy-not-applicable"))
def autonomy_of_a_division(book):
    book[UNITS]["L4"] = 0.2
    book[UNITS]["L4"].number_format = "0.0%"


# ---- figures that do not agree: each at the figure's own cell, never the row's unit code (column A) ----------

@case((UNITS, "H4", "advanced-over-staff"), (UNITS, "H4", "advanced-over-good"))
def more_advanced_labourers_than_staff(book):
    book[UNITS]["H4"] = 11  # van-phong has 10 people


@case((UNITS, "H4", "advanced-over-good"))
def more_advanced_labourers_than_those_rated_good(book):
    book[UNITS]["E4"], book[UNITS]["F4"] = 7, 1  # 2 + 7 rated good or better, 10 advanced labourers


@case((UNITS, "I5", "soldiers-over-advanced"), (UNITS, "I4", "over-cap"))
def more_soldiers_than_advanced_labourers(book):
    book[UNITS]["H5"], book[UNITS]["I5"] = 0, 1  # and the department: 3 of 18, over 15 %


@case((UNITS, "I4", "soldiers-without-advanced"), (UNITS, "H4", "unit-figures-missing"))
def soldiers_without_advanced_labourers(book):
    book[UNITS]["H4"] = None


# A unit's share over a cap at its figure's cell; the department's at the first unit's cell of that column, its
# message saying it is the column's total (the walkthrough found them at A6 and at the header, D3).
@case((UNITS, "I6", "over-cap"), (UNITS, "I4", "over-cap"))
def soldiers_over_the_cap_in_one_unit_and_the_department(book):
    book[UNITS]["I6"] = 3  # trung-tam: 3 of 8; the department: 4 of 24


@case((UNITS, "D6", "over-cap"), (UNITS, "D4", "over-cap"), folder=True)
def excellent_ratings_over_the_cap_in_one_unit_and_the_department(data):
    with_excellence_cap(data)
    path = data / WORKBOOK
    book = openpyxl.load_workbook(path)
    book[UNITS]["D6"], book[UNITS]["E6"] = 3, 5  # trung-tam: 3 of 8; the department: 6 of 24
    path.write_bytes(_saved(book))


def with_excellence_cap(data: Path) -> None:
    """The real campaign's cap on "hoàn thành xuất sắc" added to the baseline, whose only cap is on soldiers: a
    rating is a figure of a group (xep_loai), written in a column of its own."""
    campaign = data / "2021" / "chien-dich.yml"
    text = campaign.read_text(encoding="utf-8")
    assert "gioi_han:\n" in text
    campaign.write_text(text.replace("gioi_han:\n", "gioi_han:\n  - ma: tran-xuat-sac\n    ten: Hoàn thành xuất sắc "
                                     "nhiệm vụ không quá 20% số được xếp loại hoàn thành tốt nhiệm vụ trở lên\n"
                                     "    tu_so: [hoan_thanh_xuat_sac]\n    mau_so: [hoan_thanh_xuat_sac, "
                                     "hoan_thanh_tot]\n    toi_da: 20\n", 1), encoding="utf-8")


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


# ---- what Excel shows is what is read (issue #19) -----------------------------------------------------
# openpyxl does not write a zero height or width, a lone surrogate or an escape character: those cases change the
# saved file's XML, as another program (or a hand) can.

def edit_sheet(data: Path, sheet: str, edit: Callable[[str], str]) -> None:
    """Rewrite the XML of `sheet` in the case's workbook with `edit` (the template writes sheets in order)."""
    path = data / WORKBOOK
    book = openpyxl.load_workbook(path)
    part = f"xl/worksheets/sheet{book.sheetnames.index(sheet) + 1}.xml"
    rewrite_parts(path, {part: lambda xml: edit(xml.decode("utf-8")).encode("utf-8")})


def rewrite_parts(path: Path, edits: dict[str, Callable[[bytes], bytes]]) -> None:
    with zipfile.ZipFile(path) as archive:
        parts = [(info, archive.read(info)) for info in archive.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, content in parts:
            archive.writestr(info.filename, edits.get(info.filename, lambda x: x)(content))
    path.write_bytes(buffer.getvalue())


def inline_text(xml: str, cell: str, text: str) -> str:
    """The cell's value replaced by `text`, written as an inline string (XML escapes, _xHHHH_ for what XML lacks)."""
    return re.sub(rf'<c r="{cell}"[^>]*?(/>|>.*?</c>)', f'<c r="{cell}" t="inlineStr"><is><t>{text}</t></is></c>', xml,
                  count=1)


@case((UNITS, "A5", "workbook-hidden"), folder=True)
def unit_row_dragged_to_zero_height(data):
    edit_sheet(data, UNITS, lambda xml: re.sub(r'<row r="5"', '<row r="5" ht="0" customHeight="1"', xml, count=1))


@case((UNITS, "C3", "workbook-hidden"), folder=True)
def column_dragged_to_zero_width(data):
    edit_sheet(data, UNITS, lambda xml: re.sub(r'<col width="[^"]*"(?=[^>]*min="3" max="3")', '<col width="0"', xml,
                                               count=1))


@case((UNITS, "A4", "workbook-hidden"), (UNITS, "A5", "workbook-hidden"), (UNITS, "A6", "workbook-hidden"))
def every_row_hidden_by_the_sheets_default(book):
    book[UNITS].sheet_format.zeroHeight = True


@case((UNITS, "C4", "workbook-number-format"))
def format_shows_another_figure(book):
    book[UNITS]["C4"].number_format = '"2"'


@case((UNITS, "D4", "workbook-number-format"))
def format_shows_nothing(book):
    book[UNITS]["D4"].number_format = ";;;"


@case((UNITS, "C4", "workbook-number-format"))
def count_divided_by_a_thousand_by_its_format(book):
    book[UNITS]["C4"].number_format = "#,##0,"  # 10 shows as 0


@case((UNITS, "L6", "workbook-number-format"))
def percentage_rounded_by_its_format(book):
    book[UNITS]["L6"].number_format = "0%"  # 21,5 % shows as 22 %


@case((CHECKLISTS, "C4", "workbook-number-format"))
def format_hides_a_text(book):
    book[CHECKLISTS]["C4"].number_format = ";;;"


UNITS_DECOMPOSED = unicodedata.normalize("NFD", UNITS)  # "ơ", "ị" as a letter and combining marks


@case((UNITS_DECOMPOSED, "A1", "workbook-sheet-duplicate"))
def sheet_named_twice_composed_and_decomposed(book):
    decomposed = book.copy_worksheet(book[UNITS])
    decomposed.title = UNITS_DECOMPOSED
    decomposed["C4"] = 99


@case((CHECKLISTS, "C4", "text-invisible-char"), (CHECKLISTS, "C5", "text-invisible-char"),
      (CHECKLISTS, "G4", "text-control-char"), (ACTIVITIES, "C4", "text-invisible-char"),
      (TITLES, "F4", "text-control-char"), (TITLES, "D4", "text-invisible-char"), folder=True)
def invisible_and_control_characters_in_text(data):
    edit_sheet(data, CHECKLISTS, lambda xml: inline_text(inline_text(inline_text(
        xml, "C4", "Nhiệm vụ 1 \u202e(ah nim)"), "C5", "Nhiệm\u200bvụ 2"), "G4", "Báo cáo\u0085số 3"))
    edit_sheet(data, ACTIVITIES, lambda xml: inline_text(xml, "C4", "Rà soát\u2028quy trình"))
    edit_sheet(data, TITLES, lambda xml: inline_text(inline_text(xml, "F4", "_x001B_[31mĐạt_x001B_[0m"),
                                                     "D4", "MH-01/QĐ_xD800_"))


@case((UNITS, "C4", "workbook-formula"))
def array_formula(book):
    book[UNITS]["C4"] = openpyxl.worksheet.formula.ArrayFormula("C4", "=SUM(D4:G4*1)")


@case((UNITS, "L6", "workbook-cell-type"), folder=True)
def infinite_percentage(data):
    edit_sheet(data, UNITS, lambda xml: re.sub(r'<c r="L6"[^>]*?(/>|>.*?</c>)', '<c r="L6" t="n"><v>1e400</v></c>', xml,
                                               count=1))


@case((UNITS, "L6", "number-too-long"))
def huge_percentage(book):
    book[UNITS]["L6"] = 1e300


# ---- files made to exhaust the machine, or to deceive its reader -----------------------------------------

@case((UNITS, "A1", "workbook-too-large"), folder=True)
def one_merge_over_a_whole_sheet(data):
    edit_sheet(data, UNITS, lambda xml: xml.replace(
        "</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>', 1))


@case((UNITS, "A1", "workbook-too-large"), folder=True)
def a_link_over_a_million_cells(data):
    edit_sheet(data, UNITS, lambda xml: xml.replace(
        "</sheetData>", '</sheetData><hyperlinks><hyperlink ref="A1:J100000" display="x"/></hyperlinks>', 1))


@case((UNITS, "A1", "workbook-too-large"), folder=True)
def empty_cells_by_the_hundred_thousand(data):
    row = "".join(f'<c r="{openpyxl.utils.get_column_letter(c)}{{r}}"/>' for c in range(1, 1001))
    rows = "".join(f'<row r="{r}">{row.format(r=r)}</row>' for r in range(100, 220))
    edit_sheet(data, UNITS, lambda xml: xml.replace("</sheetData>", rows + "</sheetData>", 1))


@case(("", "", "workbook-unsafe"), folder=True)
def xml_entity_bomb(data):
    bomb = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";" if i > 1 else "&lol;") * 10}">'
                      for i in range(1, 10)) + "]>")
    edit_sheet(data, UNITS, lambda xml: bomb + xml.split("?>", 1)[-1].replace("Văn phòng Sở", "&lol9;", 1))


@case(("", "", "workbook-unsafe"), folder=True)
def zip_that_lies_about_its_sizes(data):
    path = data / WORKBOOK
    raw = bytearray(path.read_bytes())
    name = b"xl/worksheets/sheet2.xml"
    for signature, offset in ((b"PK\x01\x02", 24), (b"PK\x03\x04", 22)):  # central directory, local header
        at = raw.find(signature)
        while at >= 0:
            name_at = at + (46 if signature == b"PK\x01\x02" else 30)
            if raw[name_at:name_at + len(name)] == name:
                raw[at + offset:at + offset + 4] = (100).to_bytes(4, "little")  # "unpacks to 100 bytes"
            at = raw.find(signature, at + 4)
    path.write_bytes(bytes(raw))


@case(("", "", "workbook-unsafe"), folder=True)
def two_parts_with_one_name(data):
    path = data / WORKBOOK
    with zipfile.ZipFile(path, "a") as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of the duplicate name: that is the case
        archive.writestr("xl/worksheets/sheet2.xml", "<worksheet/>")
