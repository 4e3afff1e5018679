"""A period's scoreboard: every target's result, the Council's decisions, and the Council's grid of units × targets."""

from __future__ import annotations

from ...core import vi
from ...core.markup import md
from ...score.evaluation import Status
from ...score.review import Review, TargetReview, YearReview
from .. import words
from ..markdown import (
    NO_CONTEXT,
    NO_SEARCH,
    Column,
    Context,
    badge,
    link,
    mark,
    notice,
    stamp_line,
    status_legend,
    status_mark,
    table,
    wording,
)
from ..words import COUNCIL
from .common import codes_note, decisions_box, headline, paths_of, period_switch, result_cell


def scoreboard_page(yr: YearReview, period_id: str | None = None, *, here: str, context: Context = NO_CONTEXT) -> str:
    review = yr.leading if period_id is None else yr.period(period_id)
    year = yr.year
    paths = paths_of(yr)
    rows = []
    for t in sorted(review.targets, key=lambda t: _FIRST.index(t.status) if t.status in _FIRST else len(_FIRST)):
        rows.append([
            link(f"{t.target.id}. {t.target.name}", paths.target(t.target), here),
            result_cell(t, review.silent) + progress(t),
            wording(words.requirement(t)),
            badge(t.status),
            wording(words.gap(t)),
            wording(words.change(t)),
        ])
    title = f"# Bảng theo dõi chỉ tiêu năm {year.year}: {md(review.period.name)}\n\n"
    downloads = (f'<p class="tt-no-print" {NO_SEARCH} markdown>In cho {COUNCIL}: '
                 + link(f"Hồ sơ trình Hội đồng, {review.period.name}", paths.pack(review.period.id), here)
                 + " (" + link("bản Excel", paths.pack_workbook(review.period.id), here) + ")"
                 + ". Tải về để mở bằng Excel: "
                 + link(f"{review.period.name} (.xlsx)", paths.download(review.period.id, "xlsx"), here) + " · "
                 + link("Cả năm, mọi kỳ (.xlsx)", paths.year_workbook(), here)
                 + ". Cho phần mềm khác: "
                 + link("CSV", paths.download(review.period.id, "csv"), here) + " · "
                 + link("JSON", paths.download(review.period.id, "json"), here) + "</p>\n\n")
    previous = (f" Cột “So với kỳ trước” so với kỳ {md(review.previous.period.name)}." if review.previous else "")
    legend = (f'<p class="tt-legend" {NO_SEARCH} markdown>{status_legend()} “Còn thiếu”: số người, việc hoặc '
              "đơn vị cần thêm để đạt. Tỷ lệ tính từ số đếm, làm tròn một chữ số thập phân như hàm ROUND của Excel, "
              f"thêm chữ số khi cần để không trông như đã chạm mức (99,95%).{previous} "
              f"{codes_note(yr, here, context)}</p>\n\n")
    return (title + headline(yr, review, here) + notice(year.illustrative)
            + stamp_line(context, paths.history(), here)
            + period_switch(yr, review, here)
            + table(["Chỉ tiêu", "Kết quả", "Yêu cầu", "Trạng thái", "Còn thiếu", "So với kỳ trước"], rows,
                    label=f"Bảng theo dõi chỉ tiêu: {review.period.name}")
            + "\n" + decisions_box(yr, review, here) + legend + unit_grid(yr, review, here) + downloads)


# The rows a reader looks for first: what is not reached, what waits for the Council, what is not settled yet.
_FIRST = [Status.NOT_MET, Status.MET_OVER_CAP, Status.IN_PROGRESS, Status.INCOMPLETE, Status.NO_DATA]


def progress(t: TargetReview) -> str:
    """How far the target is towards its threshold, as a bar: HTML's own meter, no script and no inline style."""
    value = t.evaluation.progress
    if value is None or not t.has_data:
        return ""
    percent = vi.number(value * 100, 0)
    return (f'<br><meter class="tt-meter" min="0" max="100" value="{float(value * 100):.1f}" '
            f'aria-label="Tiến độ so với mức yêu cầu: {percent}%"></meter>')


def _total(review: Review) -> list[str]:
    return [status_mark(t.status, wording(words.short_value(t))) for t in review.targets]


def unit_grid(yr: YearReview, review: Review, here: str, heading: str = "##") -> str:
    """Every unit against every target by its short name, with the department's total and the period before it,
    open: for the Council on screen (it scrolls sideways in its own box on a phone) and on paper."""
    paths = paths_of(yr)
    year = yr.year
    if not year.units or not review.targets:
        return ""
    columns = [Column("Đơn vị")] + [Column(link(f"{t.target.id} {t.target.label}", paths.target(t.target), here),
                                           label=f"{t.target.id}. {t.target.name}") for t in review.targets]
    rows = []
    for u in vi.sort_names(review.units, key=lambda u: u.unit.name):
        cells = []
        for t, cell in u.cells:
            g = words.grid_cell(t, cell)
            css = "tt-cap" if g.over_cap else (f"tt-{g.status.code}" if g.status else "")
            cells.append(mark(g.sign, g.said, css) + (f" {wording(g.short)}" if g.short else ""))
        rows.append([link(u.unit.name, paths.unit(u.unit), here)] + cells)
    totals = [[f"**{vi.WHOLE_DEPARTMENT}**"] + _total(review)]
    if review.previous is not None:
        totals.append([f"{vi.WHOLE_DEPARTMENT}, {md(review.previous.period.name)}"] + _total(review.previous))
    # The department's rows carry the targets' own statuses: those the units' signs do not explain are said too, so
    # the grid on a page of its own (on paper, in the Council's pack) explains every sign it shows.
    shown = {t.status for r in (review, review.previous) if r is not None for t in r.targets}
    more = "".join(f" · {words.sign(s)} {s.label[0].lower()}{s.label[1:]} (dòng {vi.WHOLE_DEPARTMENT})"
                   for s in (Status.IN_PROGRESS, Status.INCOMPLETE) if s in shown)
    legend = (f'<p class="tt-legend" {NO_SEARCH}>✓ đơn vị đạt · ✗ đơn vị chưa đạt (chỉ tiêu cần từng đơn vị '
              f"đạt) · ⚠ vượt giới hạn · {words.SHARE} chỉ tiêu tính chung toàn Sở: số của đơn vị là phần đóng góp · "
              f"– chưa có số liệu{more}.</p>\n")
    # The heading inside the box: on paper the box goes to a page of its own, across, and the heading with it.
    return (f'<div class="tt-grid" {NO_SEARCH} markdown>\n\n'
            f"{heading} Theo từng phòng, đơn vị: {md(review.period.name)}\n\n"
            + table(columns, rows, totals=totals, wide=True, links_header=True,
                    label=f"Theo từng phòng, đơn vị: {review.period.name}")
            + "\n" + legend + "\n</div>\n\n")
