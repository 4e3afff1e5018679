"""Workbooks in and out: the template reads back as the same records, every workbook mistake is reported at its
sheet and cell, hostile names stay text, and the Council's workbook holds real numbers, dates and formats."""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from badcases import BASELINE
from test_bad_data import JUNK, VIETNAMESE
from workbook_cases import CASES, UNITS, Case, baseline_workbook, make_data

from campaign.core.problems import Severity
from campaign.publish.workbooks import scoreboard_workbook, template_workbook
from campaign.read.load import load
from campaign.read.workbook_in import parse_workbook
from campaign.score.review import review

ROOT = Path(__file__).resolve().parent.parent
# The keys a results file is written with (those a clerk could not mistake for Vietnamese words).
RESULTS_KEYS = re.compile(r"\b(" + "|".join(sorted({
    key for key in re.findall(r'"([a-z]+(?:_[a-z0-9]+)+)"', (ROOT / "data/schemas/ket-qua.schema.json").read_text())
})) + r")\b")


@pytest.fixture(scope="module")
def workbook() -> bytes:
    return baseline_workbook()


def found(problems) -> set[tuple[str, str, str, str]]:
    out = set()
    for p in problems:
        if p.severity is Severity.NOTE:
            continue
        file = p.file.split("data/", 1)[1]
        if p.in_workbook or p.sheet:
            out.add((file, p.sheet or "", p.cell if p.sheet else "", p.code))
        else:
            out.add((file, "", str(p.line), p.code))
    return out


def test_the_baseline_workbook_is_valid_and_quiet(workbook, tmp_path):
    _, report = load(make_data(tmp_path, None, workbook))
    assert [p.as_text() for p in report.problems] == []


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_reports_exactly_its_mistake(case: Case, workbook, tmp_path):
    _, report = load(make_data(tmp_path, case, workbook))
    listing = "\n".join(p.as_text() for p in report.problems)
    assert found(report.problems) == set(case.expected), listing
    for problem in report.problems:
        assert VIETNAMESE.search(problem.message) and not JUNK.search(problem.message), problem.as_text()
        # The clerk sees column headers, not the keys of a results file (tong_so), and no English.
        assert not (problem.in_workbook and RESULTS_KEYS.search(problem.message)), problem.as_text()


def test_there_is_a_case_for_each_mistake_the_issue_names():
    names = {c.name for c in CASES}
    for mistake in ("number-stored-as-text", "merged-cells", "hidden-row", "extra-sheet", "header-deleted",
                    "header-renamed", "unit-row-removed", "two-rows-for-one-unit", "unit-that-does-not-exist",
                    "formula-typed-in-a-count"):
        assert mistake in names


def test_a_problem_names_its_sheet_and_cell_in_every_format(workbook, tmp_path):
    case = next(c for c in CASES if c.name == "number-stored-as-text")
    _, report = load(make_data(tmp_path, case, workbook))
    problem = next(p for p in report.problems if p.code == "workbook-number-as-text")
    assert problem.as_text().startswith(f"{problem.file}: Trang tính Đơn vị, ô C4: LỖI [workbook-number-as-text] ")
    assert problem.as_github().startswith(f"::error file={problem.file}::[workbook-number-as-text] "
                                          "Trang tính Đơn vị, ô C4: ")


def test_a_departments_share_over_a_cap_is_at_the_top_of_its_column_and_says_it_is_the_total(workbook, tmp_path):
    case = next(c for c in CASES if c.name == "soldiers-over-the-cap-in-one-unit-and-the-department")
    _, report = load(make_data(tmp_path, case, workbook))
    said = {p.cell: p.message for p in report.problems if p.code == "over-cap"}
    assert said["I4"].startswith("Toàn Sở (cộng cột 'Chiến sĩ thi đua cơ sở' của 3 phòng, đơn vị, không riêng dòng "
                                 "này): 16,7%, vượt giới hạn")
    assert said["I6"].startswith("Trung tâm A (minh họa): 37,5%, vượt giới hạn")


def test_a_workbook_with_the_earlier_order_of_the_decision_columns_reads_the_same(workbook, tmp_path):
    """'Danh hiệu cơ quan' and 'Khen thưởng' once had the summary before the issuer; the other sheets the issuer
    first. The template now has one order; a workbook filled in the earlier one reads the same, by its headers."""
    book = openpyxl.load_workbook(io.BytesIO(workbook))
    moved = {"Danh hiệu cơ quan": "Trích yếu quyết định", "Khen thưởng": "Trích yếu quyết định"}
    for name, summary in moved.items():
        sheet = book[name]
        headers = [c.value for c in sheet[3]]
        issuer = headers.index("Cơ quan ban hành quyết định")
        assert headers.index(summary) == issuer + 1  # today's order: the issuer, then the summary
        sheet.cell(4, issuer + 1, "Công an tỉnh Cao Bằng")
        sheet.cell(4, issuer + 2, "Về việc công nhận (minh họa)")
    today = io.BytesIO()
    book.save(today)
    for name in moved:  # the earlier order: the summary where the issuer is, the issuer at the end
        sheet = book[name]
        issuer = [c.value for c in sheet[3]].index("Cơ quan ban hành quyết định")
        for row in sheet.iter_rows(min_row=3):
            values = [c.value for c in row]
            values.append(values.pop(issuer))
            for cell, value in zip(row, values):
                cell.value = value
    earlier = io.BytesIO()
    book.save(earlier)
    read = []
    for name, made in (("today", today), ("earlier", earlier)):
        data, report = load(make_data(tmp_path / name, None, made.getvalue()))
        assert report.ok, [p.as_text() for p in report.problems]
        read.append(data.years[0].results)
    assert read[0] == read[1]
    titles = [t for r in read[1].values() for t in r.titles if t.decision and t.decision.issuer]
    commendations = [c for r in read[1].values() for c in r.commendations if c.decision.issuer]
    assert titles[0].decision.issuer == commendations[0].decision.issuer == "Công an tỉnh Cao Bằng"
    assert titles[0].decision.summary == "Về việc công nhận (minh họa)"


def test_a_percentage_typed_in_excel_is_read_by_its_format(workbook):
    book = openpyxl.load_workbook(io.BytesIO(workbook))
    book[UNITS]["L6"] = 0.245  # 24,5 % typed in Vietnamese Excel
    book[UNITS]["L6"].number_format = "0.0%"
    book[UNITS]["L4"] = 24.5  # a plain number in a cell without a percentage format
    book[UNITS]["L4"].number_format = "General"
    buffer = io.BytesIO()
    book.save(buffer)
    doc = parse_workbook("data/2021/ket-qua/ca-nam.xlsx", buffer.getvalue())
    assert doc.problems == []
    units = {u["ma"]: u for u in doc.value["don_vi"]}
    assert units["trung-tam"]["ty_le_tu_chu"] == Decimal("24.5")
    assert units["van-phong"]["ty_le_tu_chu"] == Decimal("24.5")


def _year(data_dir):
    data, report = load(data_dir)
    assert data is not None, [p.as_text() for p in report.errors]
    return data.years[0]


def _as_workbooks(year, data_dir: Path) -> Path:
    for period in year.campaign.periods:
        folder = data_dir / str(year.year) / "ket-qua"
        (folder / f"{period.id}.yml").unlink()
        (folder / f"{period.id}.xlsx").write_bytes(template_workbook(year, period.id))
    return data_dir


def test_round_trip_data_to_template_to_records(tmp_path):
    """Every period of the real data, written as its template and read back, gives the same records."""
    data = shutil.copytree(ROOT / "data", tmp_path / "data")
    before = _year(data)
    after = _year(_as_workbooks(before, data))
    for period in before.campaign.periods:
        assert after.results[period.id] == before.results[period.id], period.id
    assert after.units == before.units


HOSTILE = ["=1+1", "@SUM(A1)", "+cmd|' /C calc'!A0", "-2+3", "=HYPERLINK(\"http://x\",\"y\")",
           "<script>alert(1)</script>", "**đậm** [liên kết](http://x) {{ macro }}", "\tTab đầu"]


def test_hostile_names_stay_text_both_ways(tmp_path):
    data = shutil.copytree(BASELINE, tmp_path / "data")
    units = data / "2021" / "don-vi.yml"
    text = units.read_text(encoding="utf-8")
    for old, new in (("Văn phòng Sở", HOSTILE[0]), ("Phòng chuyên môn A (minh họa)", HOSTILE[1]),
                     ("Trung tâm A (minh họa)", HOSTILE[5])):
        text = text.replace(f"ten: {old}", f"ten: {_quoted(new)}")
    units.write_text(text, encoding="utf-8")
    results = data / "2021" / "ket-qua" / "ca-nam.yml"
    # The baseline leaves out two figures that other units have; a workbook can only leave them blank.
    text = results.read_text(encoding="utf-8").replace(
        "    lao_dong_tien_tien: 6\n", "    lao_dong_tien_tien: 6\n    chien_si_thi_dua_co_so: 0\n").replace(
        "    ty_le_tu_chu: 21.5\n", "    de_nghi_tap_the_xuat_sac: false\n    ty_le_tu_chu: 21.5\n")
    for i, name in enumerate(("Nhiệm vụ 1 (minh họa)", "Nhiệm vụ 2 (minh họa)")):
        text = text.replace(f"ten: {name}", f"ten: {_quoted(HOSTILE[2 + i])}")
    results.write_text(text, encoding="utf-8")
    before = _year(data)
    raw = template_workbook(before, "ca-nam")
    _assert_no_formula(raw)
    book = openpyxl.load_workbook(io.BytesIO(raw))
    texts = {c.value: c.data_type for ws in book.worksheets for row in ws.iter_rows() for c in row
             if isinstance(c.value, str)}
    for name in (HOSTILE[0], HOSTILE[1], HOSTILE[5], HOSTILE[2], HOSTILE[3]):
        assert texts[name] == "s", name
    _assert_no_formula(scoreboard_workbook(review(before), "ca-nam"))
    (data / "2021" / "ket-qua" / "ca-nam.yml").unlink()
    (data / "2021" / "ket-qua" / "ca-nam.xlsx").write_bytes(raw)
    after = _year(data)
    assert after.results["ca-nam"] == before.results["ca-nam"]


def _quoted(text: str) -> str:
    import json
    return json.dumps(text, ensure_ascii=False)


def _assert_no_formula(raw: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert "<f>" not in archive.read(name).decode("utf-8"), name


def test_the_template_lists_every_unit_of_the_period_with_input_checks(tmp_path):
    data = shutil.copytree(ROOT / "data", tmp_path / "data")
    units = data / "2021" / "don-vi.yml"
    units.write_text(units.read_text(encoding="utf-8") + "  - ma: phong-moi\n    ten: Phòng mới (minh họa)\n"
                     "    su_nghiep_cong_lap: false\n    tu_ngay: 01/08/2021\n", encoding="utf-8")
    results = data / "2021" / "ket-qua" / "ca-nam.yml"  # a unit of the year-end is listed there, figures to fill
    results.write_text(results.read_text(encoding="utf-8").replace("danh_muc:\n", "  - ma: phong-moi\n"
                                                                    "    tong_so:\ndanh_muc:\n", 1), encoding="utf-8")
    year = _year(data)
    for period, expected in (("6-thang", 5), ("ca-nam", 6)):
        book = openpyxl.load_workbook(io.BytesIO(template_workbook(year, period)))
        sheet = book[UNITS]
        codes = [sheet.cell(r, 1).value for r in range(4, sheet.max_row + 1) if sheet.cell(r, 1).value]
        assert len(codes) == expected and ("phong-moi" in codes) == (period == "ca-nam")
        assert book.sheetnames[0] == "Hướng dẫn"
        assert sheet.freeze_panes == "B4"
        checks = {str(v.sqref).split(":")[0][:1]: v for v in sheet.data_validations.dataValidation}
        assert checks["C"].type == "whole" and checks["C"].operator == "greaterThanOrEqual"
        assert checks["J"].type == "list" and "Tập thể lao động tiên tiến" in checks["J"].formula1
        assert checks["K"].type == "list" and checks["K"].formula1 == '"Có,Không"'
        assert "SỐ LIỆU MINH HỌA" in sheet["A2"].value


def test_the_councils_workbook_has_numbers_dates_formats_and_the_notice():
    year = _year(ROOT / "data")
    raw = scoreboard_workbook(review(year), "ca-nam")
    assert raw == scoreboard_workbook(review(year), "ca-nam"), "the same data makes the same bytes"
    book = openpyxl.load_workbook(io.BytesIO(raw))
    assert book.sheetnames == ["Bảng theo dõi", "Đơn vị × chỉ tiêu", "Số liệu đơn vị", "Quyết định", "Danh mục",
                               "Khen thưởng"]
    for sheet in book.worksheets:
        assert "SỐ LIỆU MINH HỌA" in sheet["A2"].value, sheet.title
        assert sheet.freeze_panes == "A4" and sheet.auto_filter.ref, sheet.title
    board = book["Bảng theo dõi"]
    headers = [c.value for c in board[3]]
    rows = {r[headers.index("Mã")]: dict(zip(headers, r)) for r in board.iter_rows(min_row=4, values_only=True)}
    # One period's workbook says its period and day in the title and the note, not on every row.
    assert "Kỳ báo cáo" not in headers and "Tính đến" not in headers
    assert board["A1"].value == "Bảng theo dõi chỉ tiêu năm 2021: Tổng kết năm 2021"
    assert "Số liệu tính đến 31/12/2021." in board["A2"].value
    assert rows["II.3f"]["Tử số"] == 7 and rows["II.3f"]["Mẫu số"] == 43
    assert rows["II.3f"]["Tỷ lệ"] == pytest.approx(0.163)  # 16,3 %, rounded as the site and Excel's ROUND do
    share = next(c for c in board[openpyxl.utils.get_column_letter(headers.index("Tỷ lệ") + 1)]
                 if c.row > 3 and c.value is not None)
    assert share.number_format == "0.0%"
    whole_year = openpyxl.load_workbook(io.BytesIO(scoreboard_workbook(review(year))))["Bảng theo dõi"]
    headers = [c.value for c in whole_year[3]]
    assert headers[:2] == ["Kỳ báo cáo", "Tính đến"] and whole_year["B4"].number_format == "dd/mm/yyyy"
    assert whole_year["B4"].value == datetime(2021, 6, 30)
    periods = {r[0] for r in whole_year.iter_rows(min_row=4, values_only=True)}
    assert periods == {"Sơ kết 6 tháng", "Tổng kết năm"}


def test_the_real_data_as_workbooks_builds_the_same_site_figures(tmp_path):
    """A period given as a workbook and the same figures in YAML make the same pages."""
    from sites import build
    from visible import article_text

    yaml_data = shutil.copytree(ROOT / "data", tmp_path / "yaml" / "data")
    workbook_data = shutil.copytree(ROOT / "data", tmp_path / "xlsx" / "data")
    _as_workbooks(_year(workbook_data), workbook_data)
    pages = {}
    for name, data in (("yaml", yaml_data), ("xlsx", workbook_data)):
        result, site = build(tmp_path / name, data)
        assert result.returncode == 0, result.stdout + result.stderr
        pages[name] = {p.relative_to(site).as_posix(): article_text(p) for p in sorted(site.glob("2021/**/*.html"))}
    assert pages["yaml"].keys() == pages["xlsx"].keys()
    for page, text in pages["yaml"].items():
        assert pages["xlsx"][page] == text, page


def test_the_checks_summary_and_annotations_name_the_sheet_and_cell(workbook, tmp_path, capsys):
    from campaign.cli import main

    case = next(c for c in CASES if c.name == "formula-typed-in-a-count")
    data = make_data(tmp_path, case, workbook)
    assert main(["validate", str(data), "--format", "markdown"]) == 1
    summary = capsys.readouterr().out
    assert "ca\\-nam\\.xlsx, Trang tính Đơn vị, ô C4: **LỖI** \\[workbook-formula\\]" in summary
    assert main(["validate", str(data), "--format", "github"]) == 1
    annotations = capsys.readouterr().out
    assert re.search(r"^::error file=\S+ca-nam\.xlsx::\[workbook-formula\] Trang tính Đơn vị, ô C4: Ô này chứa công "
                     r"thức \(=5\+5\)", annotations, re.M)


def test_a_value_in_the_last_cell_of_a_sheet_costs_nothing(workbook, tmp_path):
    """The reader visits the cells a file has, never every place up to the last one (a billion here)."""
    import time

    book = openpyxl.load_workbook(io.BytesIO(workbook))
    book[UNITS]["XFD1048576"] = "ghi chú"
    buffer = io.BytesIO()
    book.save(buffer)
    start = time.perf_counter()
    doc = parse_workbook("data/2021/ket-qua/ca-nam.xlsx", buffer.getvalue())
    assert time.perf_counter() - start < 5
    assert doc.problems == [] and len(doc.value["don_vi"]) == 3


def test_the_pull_requests_summary_shows_what_an_uploaded_workbook_changes(tmp_path):
    """Upload ca-nam.xlsx with one title changed and delete ca-nam.yml: make diff says what changes, as for YAML."""
    from test_diff import git, run_diff

    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    shutil.copytree(ROOT / "data", repo / "data")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "yaml")
    book = openpyxl.load_workbook(io.BytesIO(template_workbook(_year(repo / "data"), "ca-nam")))
    assert book[UNITS]["A6"].value == "phong-b"
    book[UNITS]["J6"] = "Tập thể lao động tiên tiến"
    folder = repo / "data" / "2021" / "ket-qua"
    book.save(folder / "ca-nam.xlsx")
    (folder / "ca-nam.yml").unlink()
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "workbook")
    changed = run_diff(repo, "HEAD~1", "HEAD")
    assert changed.returncode == 0, changed.stderr
    lines = [line.replace("\\", "") for line in changed.stdout.splitlines() if line.startswith("| II")]
    assert len(lines) == 1 and lines[0].startswith("| II.3g Tập thể lao động tiên tiến |"), changed.stdout
    assert "80,0% (4/5) → 100,0% (5/5)" in lines[0] and "Chưa đạt → Đạt" in lines[0], changed.stdout
    assert "| Phòng chuyên môn B (minh họa) | Tổng kết năm 2021 | Danh hiệu tập thể: Không đạt → Tập thể lao " \
           "động tiên tiến<br>" in changed.stdout.replace("\\", ""), changed.stdout


def test_a_workbook_saved_by_another_program_reads_the_same(tmp_path):
    """tests/fixtures/workbooks/ca-nam-libreoffice.xlsx is the real data's year-end template opened and saved by
    LibreOffice Calc 7.4: another writer's shared strings, styles and number formats, the same records."""
    data = shutil.copytree(ROOT / "data", tmp_path / "data")
    before = _year(data)
    folder = data / "2021" / "ket-qua"
    (folder / "ca-nam.yml").unlink()
    shutil.copy(ROOT / "tests" / "fixtures" / "workbooks" / "ca-nam-libreoffice.xlsx", folder / "ca-nam.xlsx")
    assert _year(data).results["ca-nam"] == before.results["ca-nam"]


def test_the_guides_workbook_example_message_is_what_the_checker_says(tmp_path):
    """The guide's worked example quotes the message for a count stored as text in C6: make that mistake."""
    guide = (ROOT / "docs" / "huong-dan.md").read_text(encoding="utf-8").replace("{{ nam() }}", "2021")  # the year the guide speaks of: the data's newest
    quoted = re.search(r"> `(data/2021/ket-qua/ca-nam\.xlsx: Trang tính Đơn vị, ô C6: LỖI "
                       r"\[workbook-number-as-text\][^`]*)`", guide, re.S)
    expected = re.sub(r"\s*\n\s*>\s*", " ", quoted.group(1))
    data = shutil.copytree(ROOT / "data", tmp_path / "data")
    book = openpyxl.load_workbook(io.BytesIO(template_workbook(_year(data), "ca-nam")))
    book[UNITS]["C6"] = "6"
    folder = data / "2021" / "ket-qua"
    book.save(folder / "ca-nam.xlsx")
    (folder / "ca-nam.yml").unlink()
    _, report = load(data)
    assert [p.as_text() for p in report.problems if p.code == "workbook-number-as-text"] == [expected]


def test_the_checker_loads_openpyxl_only_for_a_workbook_and_never_xlsxwriter(tmp_path):
    """`make validate` installs the checker's lock only (no XlsxWriter), and on YAML stays as quick as before."""
    import subprocess
    import sys

    data = shutil.copytree(ROOT / "data", tmp_path / "data")
    code = ("import sys; from campaign.cli import main; from campaign.read.load import load; import campaign.history.diff, "
            "campaign.office.lifecycle; load(sys.argv[1]); print('openpyxl' in sys.modules, 'xlsxwriter' in sys.modules)")
    run = [sys.executable, "-c", code, str(data)]
    assert subprocess.run(run, cwd=ROOT, capture_output=True, text=True, check=True).stdout.split() == ["False", "False"]
    (data / "2021" / "ket-qua" / "ca-nam.xlsx").write_bytes(template_workbook(_year(data), "ca-nam"))
    (data / "2021" / "ket-qua" / "ca-nam.yml").unlink()
    assert subprocess.run(run, cwd=ROOT, capture_output=True, text=True, check=True).stdout.split() == ["True", "False"]


def test_the_councils_workbooks_print_readably_on_a4():
    from campaign.publish.workbooks import pack_workbook
    from campaign.publish.workbooks.book import PAGE_WIDTH

    year = _year(ROOT / "data")
    for raw in (scoreboard_workbook(review(year), "ca-nam"), pack_workbook(review(year), "ca-nam")):
        book = openpyxl.load_workbook(io.BytesIO(raw))
        for sheet in book.worksheets:
            setup = sheet.page_setup
            assert setup.paperSize == 9 and setup.orientation == "landscape", sheet.title
            assert not sheet.sheet_properties.pageSetUpPr or not sheet.sheet_properties.pageSetUpPr.fitToPage
            assert setup.scale in (None, 100)
            header, footer = sheet.oddHeader, sheet.oddFooter
            assert "Sở Khoa học và Công nghệ tỉnh Cao Bằng" in header.left.text and "năm 2021" in header.right.text
            # No &D: Excel prints it in the PC's own date format (12/04/2026 for 4 December on an English PC).
            assert "&D" not in "".join(str(part.text) for part in (header.left, header.center, header.right))
            assert "&P" in footer.right.text and "&N" in footer.right.text
            sizes = {cell.font.sz for row in sheet.iter_rows() for cell in row if cell.value is not None}
            assert sizes and min(sizes) >= 9, (sheet.title, sizes)
            # Widths as stored: XlsxWriter adds a character's padding (0,71) to each, and openpyxl keeps a run of
            # equal columns as one entry. A4 across holds PAGE_WIDTH (tests/test_workbook_print.py prints them).
            widths = [(d.width - 0.7109375) * (d.max - d.min + 1) for d in sheet.column_dimensions.values() if d.width]
            assert sum(widths) <= PAGE_WIDTH, (sheet.title, sum(widths))
    grid = openpyxl.load_workbook(io.BytesIO(pack_workbook(review(year), "ca-nam")))["Đơn vị × chỉ tiêu"]
    cells = [c.value for row in grid.iter_rows(min_row=4) for c in row if c.value]
    assert "⚠ Vượt giới hạn 28,6%" in cells and "✗ Chưa đạt 83,3%" in cells and "phong-a" not in cells


def test_the_pack_workbook_says_where_the_period_stands_as_the_pack_page_does(built_site):
    """The pack workbook's line under its title read "6/12 chỉ tiêu đạt (Sơ kết 6 tháng: 0/12)." while the page said
    what waits for the Council and which targets fall short: the Council holding the printed workbook read less."""
    from visible import article_text

    sheet = openpyxl.load_workbook(built_site / "2021" / "tai-ve" / "ky-ca-nam" / "ho-so-hoi-dong-2021-ca-nam.xlsx")[
        "Cần quyết định"]
    said = sheet["A2"].value
    page = " ".join(article_text(built_site / "2021" / "hoi-dong" / "ca-nam" / "index.html").split())
    start = page.index("6/12 chỉ tiêu đạt")
    headline = page[start:page.index("Bảng theo dõi của kỳ", start)].strip()
    assert headline.replace(" ;", ";").replace(" )", ")") in said, (headline, said)
    assert "1 chờ Hội đồng Thi đua – Khen thưởng Sở quyết định; 5 chưa đạt" in said
    assert "Chưa đạt: 10 nhiệm vụ của UBND tỉnh (còn thiếu 1 việc)" in said


@pytest.mark.parametrize("name, said", [
    ("array-formula", "Ô này chứa công thức ({=SUM(D4:G4*1)})"),
    ("xml-entity-bomb", "Tệp này không an toàn để mở: phần xl/worksheets/sheet2.xml có khai báo thực thể XML"),
    ("zip-that-lies-about-its-sizes", "Tệp này không an toàn để mở: phần xl/worksheets/sheet2.xml"),
    ("two-parts-with-one-name", "Tệp này không an toàn để mở: tệp nén có hai phần cùng tên"),
    ("infinite-percentage", "nhưng đang ghi 'vô hạn'"),
    ("format-shows-another-figure", "Ô này hiện “2” thay cho con số, nhưng giá trị thật của nó là 10"),
    ("percentage-rounded-by-its-format", "Ô này hiện 22% (làm tròn), nhưng giá trị thật của nó là 21,5%"),
    ("one-merge-over-a-whole-sheet", "vùng A1:XFD1048576 gộp, gắn liên kết hay ghi chú cho 17.179.869.184 ô"),
    ("sheet-named-twice-composed-and-decomposed", "trùng tên với trang tính 'Đơn vị'"),
])
def test_a_refusal_names_the_real_reason(name, said, workbook, tmp_path):
    """Issue #19: the formula as Excel shows it, 'not safe to open' and why, what the cell shows and holds."""
    case = next(c for c in CASES if c.name == name)
    _, report = load(make_data(tmp_path, case, workbook))
    messages = [p.message for p in report.problems]
    assert any(said in m for m in messages), messages


@pytest.mark.parametrize("text", ["a" * 78 + "&P", "a" * 77 + "&&D", "Kỳ &P &D &\"Arial\" &N " * 6])
def test_a_printed_header_from_data_holds_no_excel_code(text):
    """Every "&" of the data is doubled, also where a long text is cut: "a…a&" + "…" left a lone "&" (a code)."""
    from campaign.publish.workbooks.book import _header_text

    header = _header_text(text)
    assert len(header) <= 80 and re.fullmatch(r"(?:[^&]|&&)*", header), header
