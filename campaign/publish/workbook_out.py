"""Workbooks the site offers: the scoreboard for the Council, and each period's template for the Office.

Written with XlsxWriter, each value by its type: text with write_string, so a unit named "=1+1" or "@SUM(A1)"
stays text and no cell is ever a formula made from data; numbers as numbers with number and percentage
formats; dates as dates shown dd/mm/yyyy. The output is the same bytes for the same data.
"""

from __future__ import annotations

from datetime import date, datetime, time
from fractions import Fraction
from io import BytesIO

import xlsxwriter

from ..core import figures, vi
from ..core.figures import FIGURES, Form
from ..core.model import CampaignYear, Period, TargetKind, Unit, UnitResult
from ..read.workbook_layout import (
    ACTIVITIES,
    CHECKLISTS,
    COMMENDATIONS,
    DATA_SHEETS,
    DATE_FORMAT,
    FIRST_DATA_ROW,
    HEADER_ROW,
    INSTRUCTIONS,
    NO,
    NOTE_ROW,
    ORGANISATIONS,
    PERCENT_FORMAT,
    TITLE_ROW,
    TITLES,
    UNITS,
    YES,
    Column,
    Kind,
    Shape,
    choice_labels,
)
from ..score.compute import scoreboards
from .render import change_text, requirement_text, value_text

ILLUSTRATIVE = ("SỐ LIỆU MINH HỌA: các con số, tên đơn vị và số văn bản về kết quả chưa phải số liệu thật; chúng "
                "chỉ minh họa cách trình bày, cho đến khi Văn phòng Sở nhập số liệu thật.")
_EXTRA_ROWS = 200  # blank rows, with their input checks, under the rows a list sheet already has
_MAX_WIDTH = 45


class _Book:
    """An XlsxWriter workbook with the formats every sheet shares."""

    def __init__(self, created: date):
        self.buffer = BytesIO()
        self.book = xlsxwriter.Workbook(self.buffer, {"in_memory": True, "strings_to_formulas": False,
                                                      "strings_to_urls": False, "strings_to_numbers": False})
        # A fixed creation time, so the same data makes the same file.
        self.book.set_properties({"created": datetime.combine(created, time()), "author": "Sở KH&CN Cao Bằng"})
        f = self.book.add_format

        def cell(properties: dict):  # a cell of a table: a light border, so a printed sheet reads as a table
            return f({"border": 1, "border_color": "#BFBFBF", "valign": "top", **properties})

        self.title = f({"bold": True, "font_size": 13})
        self.note = f({"italic": True, "font_color": "#444444", "text_wrap": True, "valign": "top"})
        self.warning = f({"bold": True, "font_color": "#9C0006", "bg_color": "#FFEB9C", "text_wrap": True,
                          "valign": "top"})
        self.header = f({"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#DDEBF7", "border": 1})
        self.plain = f({"text_wrap": True, "valign": "top"})
        self.text = cell({"text_wrap": True})
        self.info = cell({"text_wrap": True, "bg_color": "#F2F2F2"})
        self.unused = cell({"bg_color": "#D9D9D9", "num_format": PERCENT_FORMAT})
        self.count = cell({"num_format": "#,##0"})
        self.percent = cell({"num_format": PERCENT_FORMAT})
        self.percent_cut = cell({"num_format": "0.0%"})
        self.day = cell({"num_format": DATE_FORMAT, "align": "left"})

    def sheet(self, name: str, title: str, note: tuple[str, object], columns: int):
        """A sheet with its title, and the note under it spread over the table's `columns` and wrapped, so it
        neither hides under the next cells nor makes the printed page as wide as the text."""
        ws = self.book.add_worksheet(name)
        # Printed for the file: A4 across, as wide as the page, the header row on every page.
        ws.set_landscape()
        ws.set_paper(9)
        ws.fit_to_pages(1, 0)
        ws.repeat_rows(HEADER_ROW - 1)
        ws.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.5)
        ws.merge_range(TITLE_ROW - 1, 0, TITLE_ROW - 1, max(columns - 1, 1), "", self.title)
        ws.write_string(TITLE_ROW - 1, 0, title, self.title)
        text, style = note
        ws.merge_range(NOTE_ROW - 1, 0, NOTE_ROW - 1, max(columns - 1, 1), "", style)
        ws.write_string(NOTE_ROW - 1, 0, text, style)
        ws.set_row(NOTE_ROW - 1, 15 * -(-len(text) // (max(columns, 2) * 9)) + 4)
        return ws

    def write(self, ws, row: int, column: int, value: object, style=None) -> None:
        """One cell by the type of its value (0-based row and column)."""
        if value is None:
            ws.write_blank(row, column, None, style or self.text)
        elif isinstance(value, bool):
            ws.write_string(row, column, YES if value else NO, style or self.text)
        elif isinstance(value, (int, float, Fraction)):
            ws.write_number(row, column, float(value), style or self.count)
        elif isinstance(value, (date, datetime)):
            ws.write_datetime(row, column, datetime.combine(value, time()) if not isinstance(value, datetime)
                              else value, style or self.day)
        else:
            ws.write_string(row, column, str(value), style or self.text)

    def close(self) -> bytes:
        self.book.close()
        return self.buffer.getvalue()


def _note(year: CampaignYear, book: _Book, text: str) -> tuple[str, object]:
    return (ILLUSTRATIVE + " " + text, book.warning) if year.illustrative else (text, book.note)


# ---- the scoreboard, for the Council --------------------------------------------------------------

def _table(book: _Book, ws, headers: list[str], rows: list[list[object]], styles: dict[int, object]) -> None:
    """Headers on the frozen header row, the rows under them, a filter on every column, widths that fit."""
    header_row = HEADER_ROW - 1
    shown = [[_shown(v) for v in row] for row in rows]
    widths = [min(max([len(texts[c]) + 2 for texts in shown]
                      + [len(max(header.split(), key=len)) + 4, 10]), _MAX_WIDTH) for c, header in enumerate(headers)]
    for column, header in enumerate(headers):
        ws.write_string(header_row, column, header, book.header)
        ws.set_column(column, column, widths[column])
    ws.set_row(header_row, _height(headers, widths))
    column_styles = [styles.get(column) for column in range(len(headers))]
    for r, (row, texts) in enumerate(zip(rows, shown), start=header_row + 1):
        for column, value in enumerate(row):
            book.write(ws, r, column, value, column_styles[column])
        height = _height(texts, widths)
        if height > 15:  # one line is the default height
            ws.set_row(r, height)
    ws.freeze_panes(header_row + 1, 0)
    ws.autofilter(header_row, 0, header_row + max(len(rows), 1), len(headers) - 1)


def _height(texts: list[str], widths: list[float]) -> float:
    """The height of a row whose wrapped texts fit their columns: a spreadsheet does not always fit it itself."""
    lines = max((-(-len(text) // max(int(width) - 1, 1)) for text, width in zip(texts, widths) if text), default=1)
    return 15 * max(lines, 1)


def _shown(value: object) -> str:
    if isinstance(value, (date, datetime)):
        return "00/00/0000"
    if isinstance(value, float):
        return f"{value:.3f}"
    return "" if value is None else str(value)


def _cut_share(share: Fraction | None, limits=()) -> float | None:
    """A percentage as Excel stores it, at one decimal as the site rounds it (97,69 % is 97,7 %), never on the
    other side of a threshold or cap than the share itself (vi.one_decimal_beside)."""
    return None if share is None else float(vi.one_decimal_beside(share, limits)) / 100


def scoreboard_workbook(year: CampaignYear, period_id: str | None = None) -> bytes:
    """The scoreboard of one period, or of every period of the year when `period_id` is None."""
    boards = [b for b in scoreboards(year) if period_id is None or b.period.id == period_id]
    periods = [b.period for b in boards]
    scope = periods[0].name if period_id else f"cả năm {year.year} (mọi kỳ báo cáo)"
    book = _Book(year.campaign.end)
    note = _note(year, book, f"Số liệu tính đến {vi.day(periods[-1].end)}. Tỷ lệ làm tròn một chữ số thập phân "
                               "như hàm ROUND của Excel, như trên trang web, không bao giờ sang phía bên kia của mức "
                               "yêu cầu hay giới hạn; tính chính xác từ Tử số và Mẫu số.")

    ws = book.sheet("Bảng theo dõi", f"Bảng theo dõi chỉ tiêu năm {year.year}: {scope}", note, 13)
    rows = []
    for board in boards:
        for e in board.evaluations:
            rows.append([board.period.name, board.period.end, e.target.id, e.target.name, e.status.label,
                         value_text(e), None if e.numerator is None else e.numerator, e.denominator,
                         _cut_share(e.share, [e.target.threshold, *(f.cap.maximum for f in e.cap_flags)]),
                         requirement_text(e.target),
                         "; ".join(f.unit.name if f.unit else "toàn cơ quan" for f in e.cap_flags),
                         "; ".join(x.name for x in e.missing) if e.has_data else "",
                         change_text(e, board.before(e.target))])
    _table(book, ws, ["Kỳ báo cáo", "Tính đến", "Mã", "Chỉ tiêu", "Trạng thái", "Kết quả", "Tử số", "Mẫu số",
                      "Tỷ lệ", "Yêu cầu", "Vượt giới hạn", "Còn thiếu số liệu của", "So với kỳ trước"],
           rows, {8: book.percent_cut})

    grid_targets = [t for t in year.campaign.targets if t.kind in (TargetKind.RATIO, TargetKind.COUNT,
                                                                    TargetKind.UNIT_PERCENT)]
    ws = book.sheet("Đơn vị × chỉ tiêu", f"Phần của từng đơn vị trong các chỉ tiêu: {scope}", note,
                    2 + len(grid_targets))
    rows = []
    for board in boards:
        lines = {e.target.id: {line.unit.id: line for line in e.unit_lines} for e in board.evaluations}
        for unit in vi.sort_names(year.units_in(board.period), key=lambda u: u.name):
            row: list[object] = [board.period.name, unit.name]
            for target in grid_targets:
                line = lines.get(target.id, {}).get(unit.id)
                if line is None or line.numerator is None:
                    row.append(None)
                elif target.kind is TargetKind.RATIO:
                    row.append(_cut_share(line.share, [target.threshold]))
                elif target.kind is TargetKind.UNIT_PERCENT:
                    row.append(_cut_share(line.numerator, [target.threshold]))
                else:
                    row.append(line.numerator)
            rows.append(row)
    percent_columns = {2 + i: book.percent_cut for i, t in enumerate(grid_targets) if t.kind is not TargetKind.COUNT}
    _table(book, ws, ["Kỳ báo cáo", "Đơn vị", *[f"{t.id}. {t.name}" for t in grid_targets]], rows, percent_columns)

    ws = book.sheet("Số liệu đơn vị", f"Số liệu từng phòng, đơn vị: {scope}", note, 4 + len(FIGURES))
    rows = []
    for period in periods:
        results = year.period_results(period.id)
        for unit in vi.sort_names(year.units, key=lambda u: u.name):
            rows.append([period.name, unit.id, unit.name, *_unit_counts(unit, period, results)])
    first = 4  # the figures' columns follow the period, the unit's code and name, and its state
    _table(book, ws, ["Kỳ báo cáo", "Mã đơn vị", "Đơn vị", "Tình trạng", *(f.column for f in FIGURES)],
           rows, {first + i: book.percent for i, f in enumerate(FIGURES) if f.form is Form.PERCENT})

    ws = book.sheet("Danh mục", f"Danh mục việc và căn cứ: {scope}", note, 8)
    names = {c.id: c.name for c in year.campaign.checklists}
    rows = []
    for period in periods:
        results = year.period_results(period.id)
        for item in (results.checklist_items if results else ()):
            evidence = item.evidence
            rows.append([period.name, names.get(item.checklist, item.checklist), item.id, item.name,
                         item.status.label, evidence.number if evidence else None,
                         evidence.issued if evidence else None, evidence.summary if evidence else None])
    _table(book, ws, ["Kỳ báo cáo", "Danh mục", "Mã việc", "Việc", "Trạng thái", "Số văn bản căn cứ",
                      "Ngày văn bản căn cứ", "Trích yếu căn cứ"], rows, {})

    ws = book.sheet("Khen thưởng", f"Khen thưởng: {scope}", note, 7)
    rows = []
    for period in periods:
        results = year.period_results(period.id)
        for c in (results.commendations if results else ()):
            units = "; ".join(year.unit(u).name if year.unit(u) else u for u in c.units)
            rows.append([period.name, c.decision.number, c.decision.issued, c.decision.summary, c.form, units,
                         "; ".join(c.people)])
    _table(book, ws, ["Kỳ báo cáo", "Số quyết định", "Ngày quyết định", "Trích yếu", "Hình thức khen thưởng",
                      "Tập thể", "Cá nhân"], rows, {})
    return book.close()


def _unit_counts(unit: Unit, period: Period, results) -> list[object]:
    if not unit.exists_on(period.end):
        state = "Chưa thành lập" if unit.start and period.end < unit.start else "Đã kết thúc"
        return [state] + [None] * len(FIGURES)
    r = results.unit(unit.id) if results else None
    if r is None or not r.reported:
        return ["Chưa có số liệu"] + [None] * len(FIGURES)
    return ["Có số liệu", *_figure_cells(r)]


def _figure_cells(r: UnitResult) -> list[object]:
    return [figures.cell(f, r.values.get(f.key)) for f in FIGURES]


# ---- the template, for the Office -----------------------------------------------------------------

def template_rows(year: CampaignYear, period: Period) -> dict[str, list[list[object]]]:
    """Each data sheet's rows, as values in the order of its columns, prefilled from the period's results."""
    results = year.period_results(period.id)
    listed = [r for r in (results.units if results else ()) if year.unit(r.unit)]
    expected = [u for u in year.units_in(period) if not any(r.unit == u.id for r in listed)]
    units = []
    for r in listed:
        units.append(_unit_row(year.unit(r.unit), r))
    for u in expected:
        units.append(_unit_row(u, None))
    items = [[i.checklist, i.id, i.name, i.status.label, i.evidence.number if i.evidence else None,
              i.evidence.issued if i.evidence else None, i.evidence.summary if i.evidence else None]
             for i in (results.checklist_items if results else ())]
    titles = []
    for t in year.campaign.agency_titles:
        found = next((x for x in (results.titles if results else ()) if x.title == t.id), None)
        decision = found.decision if found else None
        titles.append([t.id, t.name, found.earned if found else None, decision.number if decision else None,
                       decision.issued if decision else None, decision.summary if decision else None])
    organisations = [[o.id, o.name, results.org_ratings[o.id].label if results and o.id in results.org_ratings
                      else None] for o in year.campaign.organisations]
    activities = [[a.content_item, a.day, a.description, a.unit] for a in (results.activities if results else ())]
    commendations = [[c.decision.number, c.decision.issued, c.decision.summary, c.form, "; ".join(c.units) or None,
                      "; ".join(c.people) or None] for c in (results.commendations if results else ())]
    return {UNITS.name: units, CHECKLISTS.name: items, TITLES.name: titles, ORGANISATIONS.name: organisations,
            ACTIVITIES.name: activities, COMMENDATIONS.name: commendations}


def _unit_row(unit: Unit, r: UnitResult | None) -> list[object]:
    return [unit.id, unit.name, *(_figure_cells(r) if r is not None else [None] * len(FIGURES))]


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
    book = _Book(year.campaign.end)
    rows = template_rows(year, period)
    _instructions(book, year, period)
    public = {u.id for u in year.units if u.public_service}
    for spec in DATA_SHEETS:
        title = f"{spec.title}: {period.name} {year.year} (tính đến {vi.day(period.end)})"
        ws = book.sheet(spec.name, title, _note(year, book, spec.note), len(spec.columns))
        sheet_rows = rows[spec.name]
        fixed = spec.shape in (Shape.UNITS, Shape.KEYED, Shape.KEYED_VALUE)
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


def _column_style(book: _Book, column: Column):
    if not column.read:
        return book.info
    return {Kind.COUNT: book.count, Kind.NUMBER: book.count, Kind.PERCENT: book.percent,
            Kind.DATE: book.day}.get(column.kind, book.text)


def _instructions(book: _Book, year: CampaignYear, period: Period) -> None:
    ws = book.book.add_worksheet(INSTRUCTIONS)
    ws.set_column(0, 0, 82, book.plain)
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
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
            ws.set_row(r, _height([text], [78]) + (4 if style is book.title else 0))
    ws.activate()
