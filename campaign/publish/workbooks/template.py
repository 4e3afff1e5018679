"""The workbook the Office fills for a period: every unit of the period on its row, prefilled from the data, with
drop-down lists, Excel's own input checks and a sheet of instructions; its layout is read.workbook_layout's."""

from __future__ import annotations

from datetime import date

from ...core import vi
from ...core.figures import FIGURES
from ...core.model import CampaignYear, Evidence, Period, Unit, UnitResult
from ...read.workbook_layout import (
    ACTIVITIES,
    CHECKLISTS,
    COMMENDATIONS,
    DATA_SHEETS,
    FIRST_DATA_ROW,
    HEADER_ROW,
    INSTRUCTIONS,
    NO,
    ORGANISATIONS,
    TITLES,
    UNITS,
    YES,
    Column,
    Kind,
    Shape,
    choice_labels,
)
from .book import ILLUSTRATIVE, Book, height, note

_EXTRA_ROWS = 200  # blank rows, with their input checks, under the rows a list sheet already has


def _decision(evidence: Evidence | None) -> dict | None:
    """A decision or a piece of evidence as the data writes it (quyet_dinh, can_cu)."""
    if evidence is None:
        return None
    return {"so": evidence.number, "ngay": evidence.issued, "trich_yeu": evidence.summary,
            "co_quan_ban_hanh": evidence.issuer}


def _unit_entry(unit: Unit, r: UnitResult | None) -> dict:
    entry: dict = {"ma": unit.id, "@name": unit.name}
    if r is None:
        return entry
    for f in FIGURES:
        value = r.values.get(f.key)
        if value is not None:
            at = entry
            for step in f.path[:-1]:
                at = at.setdefault(step, {})
            at[f.path[-1]] = value
    entry["quyet_dinh_danh_hieu_tap_the"] = _decision(r.collective_title_decision)
    entry["tinh_trang"] = r.state
    return entry


def template_entries(year: CampaignYear, period: Period) -> dict[str, list[dict]]:
    """Each data sheet's rows as the data writes them (keys of the results file; "@name" the name shown beside an
    id), prefilled from the period's results; every unit of the period listed."""
    results = year.period_results(period.id)
    listed = [r for r in (results.units if results else ()) if year.unit(r.unit)]
    units = [_unit_entry(year.unit(r.unit), r) for r in listed]
    units += [_unit_entry(u, None) for u in year.units_in(period) if not any(r.unit == u.id for r in listed)]
    items = [{"@group": i.checklist, "ma": i.id, "ten": i.name, "trang_thai": i.status, "can_cu": _decision(i.evidence)}
             for i in (results.checklist_items if results else ())]
    titles = []
    for t in year.campaign.agency_titles:
        found = next((x for x in (results.titles if results else ()) if x.title == t.id), None)
        titles.append({"@id": t.id, "@name": t.name, "dat": found.earned if found else None,
                       "quyet_dinh": _decision(found.decision if found else None)})
    organisations = [{"@id": o.id, "@name": o.name,
                      "xep_loai": results.org_ratings.get(o.id) if results else None,
                      "quyet_dinh": _decision(results.org_decisions.get(o.id) if results else None)}
                     for o in year.campaign.organisations]
    activities = [{"noi_dung": a.content_item, "ngay": a.day, "mo_ta": a.description, "don_vi": a.unit}
                  for a in (results.activities if results else ())]
    commendations = [{"quyet_dinh": _decision(c.decision), "hinh_thuc": c.form, "tap_the": list(c.units),
                      "ca_nhan": list(c.people)} for c in (results.commendations if results else ())]
    return {UNITS.name: units, CHECKLISTS.name: items, TITLES.name: titles, ORGANISATIONS.name: organisations,
            ACTIVITIES.name: activities, COMMENDATIONS.name: commendations}


def _cell(column: Column, entry: dict) -> object:
    """The value of `column` in a row written as the data writes it, as the workbook's cell holds it."""
    value: object = entry.get("@name") if not column.key else entry
    for step in column.key:
        value = value.get(step) if isinstance(value, dict) else None
    if value is None:
        return None
    if column.kind is Kind.CHOICE:
        return value.label
    if column.kind is Kind.PERCENT:
        return float(value) / 100
    if column.kind in (Kind.CODES, Kind.NAMES):
        return "; ".join(value) or None
    return value


def template_rows(year: CampaignYear, period: Period) -> dict[str, list[list[object]]]:
    """Each data sheet's rows, as values in the order of its columns: every column of the layout is filled from
    the data by its key, so a column added to the layout is filled without more code."""
    entries = template_entries(year, period)
    return {spec.name: [[_cell(c, entry) for c in spec.columns] for entry in entries[spec.name]]
            for spec in DATA_SHEETS}


def _validation(column: Column, year: CampaignYear, unit_rows: int) -> dict | None:
    """Excel's own input check for a column, where Excel has one."""
    kind = column.kind
    check: dict | None = None
    if kind is Kind.COUNT:
        check = {"validate": "integer", "criteria": ">=", "value": 0,
                 "error_message": "Chỉ gõ số nguyên từ 0 trở lên, hoặc để trống."}
    elif kind is Kind.NUMBER:
        check = {"validate": "integer", "criteria": ">=", "value": 1, "error_message": "Chỉ gõ số nguyên từ 1 trở lên."}
    elif kind is Kind.PERCENT:
        check = {"validate": "decimal", "criteria": "between", "minimum": 0, "maximum": 1,
                 "error_message": "Gõ phần trăm từ 0 đến 100, ví dụ 24,5 (ô tự thành 24,5 %)."}
    elif kind is Kind.CHOICE:
        check = {"validate": "list", "source": choice_labels(column.choices),
                 "error_message": "Hãy chọn trong danh sách thả xuống."}
    elif kind is Kind.YES_NO:
        check = {"validate": "list", "source": [YES, NO], "error_message": "Hãy chọn Có hoặc Không."}
    elif kind is Kind.DATE:
        check = {"validate": "date", "criteria": "between", "minimum": date(2000, 1, 1),
                 "maximum": date(2099, 12, 31), "error_message": "Gõ ngày dạng ngày/tháng/năm, ví dụ 15/06/2021."}
    elif column is CHECKLISTS.columns[0] and year.campaign.checklists:
        check = {"validate": "list", "source": [c.id for c in year.campaign.checklists],
                 "error_message": "Hãy chọn mã danh mục trong danh sách thả xuống."}
    elif column is ACTIVITIES.column("don_vi") and unit_rows:
        last = FIRST_DATA_ROW + unit_rows - 1
        check = {"validate": "list", "source": f"='{UNITS.name}'!$A${FIRST_DATA_ROW}:$A${last}",
                 "error_message": "Hãy chọn mã đơn vị trong danh sách thả xuống (các mã ở trang tính Đơn vị)."}
    if check is None:
        return None
    check["error_title"] = "Giá trị không hợp lệ"
    if column.note:
        check["input_title"] = column.header[:32]
        check["input_message"] = column.note[:255]
    return check


def template_workbook(year: CampaignYear, period_id: str) -> bytes:
    """The workbook the Office fills for a period: every unit of the period on its row, prefilled from the data."""
    period = year.campaign.period(period_id)
    book = Book(year.campaign.end)
    rows = template_rows(year, period)
    _instructions(book, year, period)
    public = {u.id for u in year.units if u.public_service}
    for spec in DATA_SHEETS:
        title = f"{spec.title}: {period.name} {year.year} (tính đến {vi.day(period.end)})"
        ws = book.sheet(spec.name, title, note(year, book, spec.note), len(spec.columns))
        sheet_rows = rows[spec.name]
        fixed = spec.shape in (Shape.UNITS, Shape.KEYED)
        last = FIRST_DATA_ROW - 1 + (len(sheet_rows) if fixed else len(sheet_rows) + _EXTRA_ROWS)
        for c, column in enumerate(spec.columns):
            ws.write_string(HEADER_ROW - 1, c, column.header, book.header)
            ws.set_column(c, c, column.width, _column_style(book, column))
            check = _validation(column, year, len(rows[UNITS.name]))
            if check and last >= FIRST_DATA_ROW:
                ws.data_validation(FIRST_DATA_ROW - 1, c, last - 1, c, check)
        styles = [_column_style(book, column) for column in spec.columns]
        for r, values in enumerate(sheet_rows, start=FIRST_DATA_ROW - 1):
            for c, (column, value) in enumerate(zip(spec.columns, values)):
                style = styles[c]
                if spec is UNITS and column.kind is Kind.PERCENT and values[0] not in public:
                    style = book.unused
                book.write(ws, r, c, value, style)
        ws.set_row(HEADER_ROW - 1, 45)
        ws.freeze_panes(HEADER_ROW, 1 if fixed else 0)
    return book.close()


def _column_style(book: Book, column: Column):
    if not column.read:
        return book.info
    return {Kind.COUNT: book.count, Kind.NUMBER: book.count, Kind.PERCENT: book.percent,
            Kind.DATE: book.day}.get(column.kind, book.text)


def _instructions(book: Book, year: CampaignYear, period: Period) -> None:
    ws = book.book.add_worksheet(INSTRUCTIONS)
    ws.set_column(0, 0, 82, book.plain)
    book.printed(ws, INSTRUCTIONS)
    name = f"{period.id}.xlsx"
    lines: list[tuple[str, object]] = [
        (f"Mẫu nhập số liệu kỳ {period.name} {year.year} (tính đến {vi.day(period.end)})", book.title),
    ]
    if year.illustrative:
        lines.append((ILLUSTRATIVE, book.warning))
    lines += [
        ("", None),
        ("Cách dùng", book.header),
        ("1. Điền số liệu vào các trang tính Đơn vị, Danh mục, Danh hiệu cơ quan, Xếp loại tổ chức, Hoạt động, "
         "Khen thưởng. Mẫu đã có sẵn số liệu hiện có của kỳ này: chỉ sửa, bổ sung chỗ cần.", book.text),
        (f"2. Lưu tệp dạng Excel Workbook (.xlsx), giữ đúng tên {name}.", book.text),
        (f"3. Trên GitHub, mở thư mục data/{year.year}/ket-qua/, chọn Add file → Upload files, kéo tệp {name} vào, "
         "chọn Create a new branch… rồi Propose changes và Create pull request.", book.text),
        (f"4. Nếu thư mục đó còn tệp {period.id}.yml, xóa tệp đó trong cùng nhánh (mở tệp, nút … → Delete file): "
         "mỗi kỳ chỉ một nguồn số liệu, và mẫu này đã chép sẵn mọi số liệu của tệp đó.", book.text),
        ("5. Đợi bước Kiểm tra số liệu. Mỗi lỗi ghi rõ trang tính và ô, ví dụ “Trang tính Đơn vị, ô D7”. Sửa "
         "trong Excel, tải lên lại tệp cùng tên vào cùng nhánh; khi mọi bước xanh, đọc bảng Tóm tắt thay đổi rồi "
         "hợp nhất.", book.text),
        ("", None),
        ("Quy tắc", book.header),
        ("• Ô để trống là chưa có số liệu, sẽ điền sau. Một cột để trống cho mọi đơn vị là kỳ này không báo cáo mục "
         "đó.", book.text),
        ("• Chỉ ghi số người, không ghi tên người trong xếp loại. Tỷ lệ do trang web tự tính.", book.text),
        ("• Mức tự chủ tài chính chỉ ghi cho đơn vị sự nghiệp công lập (các ô xám là không ghi). Gõ 24,5 thì ô tự "
         "thành 24,5 %.", book.text),
        ("• Chọn trong danh sách thả xuống cho Danh hiệu tập thể, Có/Không, Trạng thái, Xếp loại.", book.text),
        ("• Gõ thẳng con số, không dùng công thức; không gộp ô, không ẩn dòng hay cột, không đổi tên trang tính "
         "hay tiêu đề cột, không thêm trang tính.", book.text),
        ("• Không xóa dòng của đơn vị: đơn vị chưa có số liệu thì để trống các ô.", book.text),
        ("", None),
        ("Các mã", book.header),
    ]
    lines += [(f"Đơn vị {u.id}: {u.name}", book.text) for u in year.units_in(period)]
    lines += [(f"Danh mục {c.id}: {c.name}", book.text) for c in year.campaign.checklists]
    lines += [(f"Danh hiệu {t.id}: {t.name}", book.text) for t in year.campaign.agency_titles]
    lines += [(f"Tổ chức {o.id}: {o.name}", book.text) for o in year.campaign.organisations]
    lines += [(f"Nội dung {i.number}: {i.name}", book.text) for i in year.campaign.content_items]
    for r, (text, style) in enumerate(lines):
        if text:
            ws.write_string(r, 0, text, book.plain if style is book.text else style)
            ws.set_row(r, height([text], [78]) + (4 if style is book.title else 0))
    ws.activate()
