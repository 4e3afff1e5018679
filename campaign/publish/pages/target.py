"""A target's page: the document's words, how it is computed, its chart and result in each period, each unit's
part, and the target's own detail (a checklist's items, a title's decision, the organisations' ratings)."""

from __future__ import annotations

from ...core import vi
from ...core.markup import md
from ...score.evaluation import Status
from ...score.kinds import Detail
from ...score.review import Scope, TargetReview, UnitCell, YearReview
from .. import words
from ..chart import chart
from ..markdown import NO_CONTEXT, NO_SEARCH, Context, badge, link, notice, stamp_line, table, wording
from ..paths import Paths, document_item
from ..words import COUNCIL
from .common import codes_note, decision_text, paths_of, result_cell


def unit_verdict(t: TargetReview, cell: UnitCell) -> str:
    """A unit's verdict and what it lacks on a target judged per unit; its cap flag otherwise."""
    parts = []
    if cell.scope is Scope.OWN and cell.status is not None:
        left = words.unit_gap(t, cell, beside_figure=True)
        parts.append(badge(cell.status) + (f" {left}" if left else ""))
    elif cell.reported:  # no verdict of its own: the department's, said as such
        parts.append(f"{words.COUNTED_TOGETHER}: {badge(t.status)}")
    over = words.unit_cap(cell)
    if over:
        parts.append(f'<span class="tt-cap"><span aria-hidden="true">⚠</span> {over}</span>')
    return "<br>".join(parts) or "–"


def _units_table(t: TargetReview, here: str, paths: Paths, label: str) -> str:
    """Each unit's part in a target, the department's total last; only the columns the target's kind has."""
    kind, e = t.kind, t.evaluation
    cells = sorted((c for c in t.cells if c.line is not None), key=lambda c: vi.sort_key(c.unit.name))
    columns = ["Đơn vị", *kind.unit_columns(t.target), "Đánh giá"]
    rows = []
    for cell in cells:
        figures = [wording(x) for x in kind.unit_cells(e, cell.line)]
        verdict = "–" if cell.line.numerator is None else unit_verdict(t, cell)
        rows.append([link(cell.unit.name, paths.unit(cell.unit), here), *figures, verdict])
    total = kind.total_cells(e)
    totals = [[f"**{vi.WHOLE_DEPARTMENT}**", *(wording(x) for x in total), badge(t.status)]] if total else []
    return table(columns, rows, label=label, numeric=set(range(1, len(columns) - 1)), totals=totals)


def _detail(detail: Detail, period_name: str) -> str:
    out = f"\n## {md(detail.title)}: {md(period_name)}\n\n"
    if detail.text:
        return out + md(detail.text) + "\n"
    rows = [[badge(c) if isinstance(c, Status) else md(c) for c in row] for row in detail.rows]
    return out + table(list(detail.columns), rows, label=f"{detail.title}: {period_name}")


def target_page(yr: YearReview, target_id: str, *, here: str, context: Context = NO_CONTEXT) -> str:
    year = yr.year
    paths = paths_of(yr)
    over_periods = yr.target_over_periods(target_id)
    target = over_periods[0].target
    cap = year.campaign.cap(target.cap)
    item = document_item(target)
    cited = "Văn bản phát động"
    if item is not None:
        number = item.split(".")[1]
        linked = paths.targets_text() in context.text_pages
        cited += ", " + (link(f"mục {item}", paths.targets_text(f"chi-tieu-{number}"), here) if linked
                         else f"mục {md(item)}")
    out = [f"# {md(target.id)}. {md(target.name)}\n\n", notice(year.illustrative),
           f"> {md(target.text)}\n>\n> — {cited}\n\n",
           stamp_line(context, paths.history(), here),
           f"**Cách tính.** {md(over_periods[0].kind.method(year, target))}\n\n"]
    if cap:
        out.append(f"**Giới hạn.** {md(cap.name)}. {words.cap_scope(cap)}. {words.cap_basis(cap, md)}. Số liệu vượt "
                   f"giới hạn được đánh dấu ⚠, chờ {COUNCIL} quyết định.\n\n")
    out.append(f'<p class="tt-legend" {NO_SEARCH} markdown>{codes_note(yr, here, context)}</p>\n\n')
    out.append("## Theo kỳ báo cáo\n\n")
    out.append(chart(over_periods, cap))
    rows = [[link(t.evaluation.period.name, paths.board(t.evaluation.period.id), here),
             vi.day(t.evaluation.period.end), result_cell(t, yr.period(t.evaluation.period.id).silent),
             badge(t.status), wording(words.gap(t)),
             wording(words.change(t))] for t in over_periods]
    out.append(table(["Kỳ", "Tính đến", "Kết quả", "Trạng thái", "Còn thiếu", "So với kỳ trước"], rows,
                     label="Theo kỳ báo cáo"))
    latest = yr.leading.target(target_id)
    if latest.council_decides:
        out.append(f'\n<div class="tt-decide" role="note" markdown>\n\n**Cần {COUNCIL} quyết định** '
                   f"({md(yr.leading.period.name)})\n\n{decision_text(yr, latest, here)}\n\n</div>\n")
    for t in reversed(over_periods):
        period = t.evaluation.period
        e = t.evaluation
        if any(c.reported for c in t.cells):
            out.append(f"\n## Số liệu từng đơn vị: {md(period.name)}\n\n")
            if e.missing:
                out.append(f"Chưa có số liệu của {len(e.missing)}/{e.expected} {e.counted}: "
                           + ", ".join(md(u.name) for u in e.missing) + ".\n\n")
            out.append(_units_table(t, here, paths, f"Số liệu từng đơn vị: {period.name}"))
        if t.detail is not None:
            out.append(_detail(t.detail, period.name))
    return "".join(out)
