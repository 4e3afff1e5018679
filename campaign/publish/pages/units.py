"""The units' pages: each unit's part in every target with its own verdicts, and the table of what every unit
reported in each period."""

from __future__ import annotations

from ...core import figures, vi
from ...core.figures import FIGURES, Figure, Form
from ...core.markup import md
from ...core.model import Unit
from ...score.evaluation import Status
from ...score.review import Review, UnitReview, YearReview
from .. import words
from ..markdown import NO_CONTEXT, NO_SEARCH, Column, Context, link, notice, stamp_line, table, wording
from ..words import COUNCIL
from .common import paths_of
from .target import unit_verdict

_ABBREVIATIONS = " · ".join(f"{short}: {said}" for short, said in figures.ABBREVIATIONS) + "."


def lifetime_note(unit: Unit) -> str:
    """When a unit began or ended during the campaign, in words; empty for a unit there all year."""
    parts = []
    if unit.start:
        parts.append(f"Bắt đầu hoạt động từ ngày {vi.day(unit.start)}")
    if unit.end:
        parts.append(f"Kết thúc hoạt động ngày {vi.day(unit.end)}")
    text = "; ".join(parts)
    if unit.note:
        text += (". " if text else "") + md(unit.note)
    return text + "." if text else ""


def absence(u: UnitReview, review: Review) -> str | None:
    """"Chưa thành lập" or "Đã kết thúc" for a unit that did not exist at the period's end; None otherwise."""
    if u.exists:
        return None
    return "Chưa thành lập" if u.unit.start and review.period.end < u.unit.start else "Đã kết thúc"


def _shown(u: UnitReview) -> list[str] | None:
    """What a unit reported, in the order of the figure table ("–" where it reported nothing); None when it
    reported nothing at all, or did not exist then."""
    if u.result is None:
        return None
    return [figures.shown(f, u.result.values[f.key]) if f.key in u.result.values else "–" for f in FIGURES]


def _not_in(u: UnitReview) -> str:
    """Why a unit that exists has no figures: it will not report, or they have not come yet."""
    return words.SILENT[0].upper() + words.SILENT[1:] if u.silent else "Chưa có số liệu"


def _figure_total(figure: Figure, values: list) -> str:
    """The department's figure: a sum of counts; how many units hold a title, are proposed, or report a share."""
    if not values:
        return "–"
    if figure.form is Form.COUNT:
        return vi.number(sum(values))
    if figure.form is Form.CHOICE:
        return f"{sum(figure.counts[0].of(v) for v in values)}/{len(values)} đơn vị đạt"
    if figure.form is Form.YES_NO:
        return f"{sum(values)} đơn vị"
    return f"{len(values)} đơn vị báo cáo"


def _totals(review: Review) -> list[str]:
    """The department's line of the units' table, in the order of the figure table."""
    reported = [u.result for u in review.units if u.result is not None]
    return [_figure_total(f, [r.values[f.key] for r in reported if f.key in r.values]) for f in FIGURES]


def units_page(yr: YearReview, *, here: str, context: Context = NO_CONTEXT) -> str:
    year = yr.year
    paths = paths_of(yr)
    units = vi.sort_names(year.units, key=lambda u: u.name)
    out = [f"# Các phòng, đơn vị năm {year.year}\n\n", notice(year.illustrative),
           stamp_line(context, paths.history(), here),
           '<nav class="tt-units" aria-label="Trang của từng phòng, đơn vị" markdown>\n'
           "Trang của từng phòng, đơn vị: " + " · ".join(link(u.name, paths.unit(u), here) for u in units)
           + "\n</nav>\n\n"]
    for review in reversed(yr.periods):
        period = review.period
        out.append(f"## {md(period.name)} (tính đến {vi.day(period.end)})\n\n")
        ordered = vi.sort_names(review.units, key=lambda u: u.unit.name)
        shown = {u.unit.id: _shown(u) for u in ordered}
        if not any(shown.values()):
            out.append("Chưa có số liệu của phòng, đơn vị nào.\n\n")
            continue
        # A column no unit has reported yet is left out and named, instead of a column of dashes.
        keep = [i for i in range(len(FIGURES)) if any(f and f[i] != "–" for f in shown.values())]
        left_out = [FIGURES[i].in_sentence for i in range(len(FIGURES)) if i not in keep]
        columns = [Column("Đơn vị")] + [Column(FIGURES[i].short, FIGURES[i].label, numeric=FIGURES[i].form.numeric)
                                        for i in keep]
        rows = [[link(u.unit.name, paths.unit(u.unit), here)]
                + [(shown[u.unit.id][i] if shown[u.unit.id] else
                    ((absence(u, review) or _not_in(u)) if n == 0 else "–"))
                   for n, i in enumerate(keep)] for u in ordered]
        totals = _totals(review)
        out.append(table(columns, rows, label=f"Các phòng, đơn vị: {period.name}",
                         totals=[[f"**{vi.WHOLE_DEPARTMENT}**"] + [totals[i] for i in keep]]) + "\n")
        if left_out:
            out.append(f"Kỳ này chưa có số liệu về: {', '.join(left_out)}.\n\n")
    out.append(f'<p class="tt-legend" {NO_SEARCH}>{_ABBREVIATIONS}</p>\n')
    return "".join(out)


def _reported(u: UnitReview, review: Review) -> str:
    """What the unit reported for a period, as labelled figures (no abbreviations to decode)."""
    shown = _shown(u)
    gone = absence(u, review)
    if gone:
        return f"Kỳ này: {gone[0].lower()}{gone[1:]}.\n\n"
    if shown is None:
        return "Đơn vị không báo cáo kỳ này.\n\n" if u.silent else "Đơn vị chưa báo cáo số liệu kỳ này.\n\n"
    pairs = [(f.label, value) for f, value in zip(FIGURES, shown) if value != "–"]
    decision = u.result.collective_title_decision
    if decision is not None:  # beside the title it decided
        at = next((i + 1 for i, (label, _) in enumerate(pairs) if label == "Danh hiệu tập thể"), len(pairs))
        pairs.insert(at, ("Quyết định danh hiệu tập thể", vi.evidence(decision)))
    missing = [f.in_sentence for f, value in zip(FIGURES, shown) if value == "–"
               and (not f.public_service_only or u.unit.public_service)]
    items = "".join(f"<div><dt {NO_SEARCH}>{wording(label)}</dt><dd>{wording(value)}</dd></div>"
                    for label, value in pairs)
    out = f'<dl class="tt-figures">{items}</dl>\n\n'
    if missing:
        out += f'<p {NO_SEARCH}>Chưa có số liệu về: {", ".join(missing)}.</p>\n\n'
    return out


def unit_page(yr: YearReview, unit_id: str, *, here: str, context: Context = NO_CONTEXT) -> str:
    year = yr.year
    paths = paths_of(yr)
    unit = year.unit(unit_id)
    kind = "Đơn vị sự nghiệp KH&amp;CN công lập" if unit.public_service else "Phòng, đơn vị thuộc Sở"
    life = lifetime_note(unit)
    out = [f"# {md(unit.name)}\n\n", notice(year.illustrative),
           f"{kind}. {life + ' ' if life else ''}{link('Tất cả các phòng, đơn vị', paths.units(), here)}.\n\n",
           stamp_line(context, paths.history(), here)]
    for review in reversed(yr.periods):
        u = review.unit(unit_id)
        out.append(f"## {md(review.period.name)} (tính đến {vi.day(review.period.end)})\n\n")
        rows = [[link(f"{t.target.id}. {t.target.name}", paths.target(t.target), here),
                 wording(words.unit_figure(t, cell)), unit_verdict(t, cell)]
                for t, cell in u.cells if cell.reported]
        if rows:
            judged = u.judged
            summary = (f"Chỉ tiêu cần từng đơn vị đạt: **{u.met}/{len(judged)} đạt**." if judged
                       else "Kỳ này chưa có chỉ tiêu nào xét riêng cho từng đơn vị.")
            if u.short:
                # Each target by its code and its name: a code alone ("II.3a") says nothing to a reader.
                left = [f"{md(t.target.id)} {md(t.target.label)}: {md(words.unit_gap(t, cell))}"
                        for t, cell in u.short]
                summary += " Còn lại: " + "; ".join(left) + "."
            if u.over_cap:
                over = [f"{md(t.target.id)} {md(t.target.label)} ({md(words.unit_cap(cell))})"
                        for t, cell in u.over_cap]
                summary += (f" Vượt giới hạn ở {len(over)} chỉ tiêu: " + "; ".join(over)
                            + f", chờ {COUNCIL} quyết định.")
            # The targets' names are on every unit's page, in its summary and its table: kept out of the search
            # index, so that a search for "chiến sĩ thi đua" finds the target and the campaign's text, not five
            # unit pages.
            out.append(f"<p {NO_SEARCH} markdown>{summary}</p>\n\n")
            out.append(table([Column("Chỉ tiêu", searched=False), "Số liệu của đơn vị", "Đánh giá"], rows,
                             label=f"Phần của {unit.name} trong các chỉ tiêu: {review.period.name}"))
            out.append("\n")
        else:
            out.append("Kỳ này chưa có số liệu của đơn vị theo các chỉ tiêu.\n\n")
        out.append("**Số liệu đơn vị báo cáo**\n\n" + _reported(u, review))
    return "".join(out)


__all__ = ["Status", "absence", "lifetime_note", "unit_page", "units_page"]
