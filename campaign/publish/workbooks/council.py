"""The scoreboard as a workbook for the Council: the targets, the units × targets grid, each unit's figures, the
checklists with their evidence and the commendations, for one period or the whole year; written from the review."""

from __future__ import annotations

from ...core import figures, vi
from ...core.figures import FIGURES, Form
from ...core.model import Period, Unit, UnitResult
from ...score.review import YearReview
from .. import words
from .book import Book, cut_share, note, write_table


def scoreboard_workbook(yr: YearReview, period_id: str | None = None) -> bytes:
    """The scoreboard of one period, or of every period of the year when `period_id` is None."""
    year = yr.year
    reviews = [r for r in yr.periods if period_id is None or r.period.id == period_id]
    periods = [r.period for r in reviews]
    scope = vi.period_in_year(periods[0].name, year.year) if period_id else f"cả năm {year.year} (mọi kỳ báo cáo)"
    book = Book(year.campaign.end)
    # One period's workbook says its period in each sheet's title: its tables leave out the period's columns,
    # which would say the same on every row and take from A4's width what the targets' names need.
    lead = 1 if period_id else 0

    def table(ws, headers: list[str], rows: list[list[object]], styles: dict[int, object], period_columns=1):
        cut = lead * period_columns
        write_table(book, ws, headers[cut:], [row[cut:] for row in rows],
                    {column - cut: style for column, style in styles.items()})

    said = note(year, book, f"Số liệu tính đến {vi.day(periods[-1].end)}. Tỷ lệ làm tròn một chữ số thập phân "
                            "như hàm ROUND của Excel, như trên trang web, không bao giờ sang phía bên kia của mức "
                            "yêu cầu hay giới hạn; tính chính xác từ Tử số và Mẫu số.")

    ws = book.sheet("Bảng theo dõi", f"Bảng theo dõi chỉ tiêu năm {year.year}: {scope}", said)
    rows = []
    for review in reviews:
        for t in review.targets:
            e = t.evaluation
            rows.append([review.period.name, review.period.end, t.target.id, t.target.name, t.status.label,
                         words.value(t), None if e.numerator is None else e.numerator, e.denominator,
                         cut_share(e.share, [e.target.threshold, *(f.cap.maximum for f in e.cap_flags)]),
                         words.requirement(t),
                         "; ".join(f.unit.name if f.unit else vi.WHOLE_DEPARTMENT for f in e.cap_flags),
                         "; ".join(x.name for x in e.missing) if e.has_data else "",
                         words.change(t)])
    table(ws, ["Kỳ báo cáo", "Tính đến", "Mã", "Chỉ tiêu", "Trạng thái", "Kết quả", "Tử số", "Mẫu số", "Tỷ lệ",
               "Yêu cầu", "Vượt giới hạn", "Còn thiếu số liệu của", "So với kỳ trước"],
          rows, {8: book.percent_cut}, period_columns=2)

    grid_sheet(book, reviews, f"Từng đơn vị theo các chỉ tiêu: {scope}", said)

    ws = book.sheet("Số liệu đơn vị", f"Số liệu từng phòng, đơn vị: {scope}", said)
    rows = []
    for period in periods:
        results = year.period_results(period.id)
        for unit in vi.sort_names(year.units, key=lambda u: u.name):
            found = results.unit(unit.id) if results else None
            decision = found.collective_title_decision if found else None
            rows.append([period.name, unit.name, *unit_state_and_figures(unit, period, results),
                         vi.evidence(decision) if decision else None])
    first = 3  # the figures' columns follow the period, the unit's name and its state
    table(ws, ["Kỳ báo cáo", "Đơn vị", "Tình trạng", *(f.column for f in FIGURES), "Quyết định danh hiệu tập thể"],
          rows, {first + i: book.percent for i, f in enumerate(FIGURES) if f.form is Form.PERCENT})

    ws = book.sheet("Quyết định", f"Kết quả và quyết định công nhận: {scope}", said)
    table(ws, ["Kỳ báo cáo", "Kết quả về", "Của", "Kết quả", "Số quyết định", "Ngày quyết định", "Cơ quan ban hành",
               "Trích yếu"], [row for p in periods for row in _decisions(year, p)], {})

    ws = book.sheet("Danh mục", f"Danh mục việc và căn cứ: {scope}", said)
    names = {c.id: c.name for c in year.campaign.checklists}
    rows = []
    for period in periods:
        results = year.period_results(period.id)
        for item in (results.checklist_items if results else ()):
            evidence = item.evidence
            rows.append([period.name, names.get(item.checklist, item.checklist), item.id, item.name,
                         item.status.label, evidence.number if evidence else None,
                         evidence.issued if evidence else None, evidence.summary if evidence else None])
    table(ws, ["Kỳ báo cáo", "Danh mục", "Mã việc", "Việc", "Trạng thái", "Số văn bản căn cứ", "Ngày văn bản căn cứ",
               "Trích yếu căn cứ"], rows, {})

    ws = book.sheet("Khen thưởng", f"Khen thưởng: {scope}", said)
    rows = []
    for period in periods:
        results = year.period_results(period.id)
        for c in (results.commendations if results else ()):
            units = "; ".join(year.unit(u).name if year.unit(u) else u for u in c.units)
            rows.append([period.name, c.decision.number, c.decision.issued, c.decision.issuer, c.decision.summary,
                         c.form, units, "; ".join(c.people)])
    table(ws, ["Kỳ báo cáo", "Số quyết định", "Ngày quyết định", "Cơ quan ban hành", "Trích yếu",
               "Hình thức khen thưởng", "Tập thể", "Cá nhân"], rows, {})
    return book.close()


def grid_sheet(book: Book, reviews: list, title: str, said) -> None:
    """The Council's grid as the web page shows it: each unit's sign, verdict and figure under each target's short
    name, then the department's total, one block per period."""
    targets = reviews[0].year.campaign.targets
    cut = 1 if len(reviews) == 1 else 0  # one period: its name is in the title, not on every row
    ws = book.sheet("Đơn vị × chỉ tiêu", title, said)
    rows = []
    for review in reviews:
        for u in vi.sort_names(review.units, key=lambda u: u.unit.name):
            rows.append([review.period.name, u.unit.name, *(words.grid_cell(t, cell).text for t, cell in u.cells)])
        rows.append([review.period.name, vi.WHOLE_DEPARTMENT, *(_total(t) for t in review.targets)])
    write_table(book, ws, ["Kỳ báo cáo", "Đơn vị", *[f"{t.id} {t.label}" for t in targets]][cut:],
                [row[cut:] for row in rows], {})


def _decisions(year, period: Period) -> list[list[object]]:
    """Each outcome recorded in a period with the decision behind it, when the Office wrote one: the agency's
    titles, the organisations' ratings, the units' collective titles."""
    results = year.period_results(period.id)
    if results is None:
        return []
    rows = []

    def row(about: str, whose: str, outcome: str, decision) -> None:
        rows.append([period.name, about, whose, outcome, *(
            [decision.number, decision.issued, decision.issuer, decision.summary] if decision else [None] * 4)])

    titles = {t.id: t.name for t in year.campaign.agency_titles}
    for t in results.titles:
        row("Danh hiệu cơ quan", titles.get(t.title, t.title), "Đạt" if t.earned else "Chưa đạt", t.decision)
    for org in year.campaign.organisations:
        if org.id in results.org_ratings:
            row("Xếp loại tổ chức", org.name, results.org_ratings[org.id].label, results.org_decisions.get(org.id))
    for r in results.units:
        unit = year.unit(r.unit)
        if unit is not None and r.collective_title is not None:
            row("Danh hiệu tập thể", unit.name, r.collective_title.label, r.collective_title_decision)
    return rows


def _total(t) -> str:
    """The department's cell of a target in the grid: its sign, status and short figure."""
    return " ".join(x for x in (words.sign(t.status), t.status.label, words.short_value(t)) if x)


def unit_state_and_figures(unit: Unit, period: Period, results) -> list[object]:
    if not unit.exists_on(period.end):
        state = "Chưa thành lập" if unit.start and period.end < unit.start else "Đã kết thúc"
        return [state] + [None] * len(FIGURES)
    r = results.unit(unit.id) if results else None
    if r is None or not r.reported:
        state = "Không báo cáo kỳ này" if r is not None and r.did_not_report else "Chưa có số liệu"
        return [state] + [None] * len(FIGURES)
    return ["Có số liệu", *figure_cells(r)]


def figure_cells(r: UnitResult) -> list[object]:
    return [figures.cell(f, r.values.get(f.key)) for f in FIGURES]


