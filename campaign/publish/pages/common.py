"""What several pages of a campaign year say alike: the standing of a period, a target's result, the Council's
decisions, where the target codes come from."""

from __future__ import annotations

from ...core import vi
from ...core.markup import md
from ...score.evaluation import Status
from ...score.review import Review, TargetReview, YearReview, allowed
from .. import words
from ..markdown import Context, badge, link, wording
from ..paths import Paths
from ..words import COUNCIL


def paths_of(yr: YearReview) -> Paths:
    return Paths(yr.year.year)


def summary_line(review: Review) -> str:
    """How many targets stand in each status, in the enum's order, those with none left out: the counts add up to
    the number of targets."""
    total = len(review.targets)
    parts = [f"{n} {s.label[0].lower()}{s.label[1:]}" for s in Status if s is not Status.MET
             for n in [review.count(s)] if n]
    unpublished = "" if review.period.published else " (chưa công bố, số liệu đang cập nhật)"
    return (f"{md(review.period.name)}{unpublished}, số liệu tính đến {vi.day(review.period.end)}: "
            f"**{review.met}/{total} chỉ tiêu đạt**" + "".join(f"; {part}" for part in parts))


def headline(yr: YearReview, review: Review, here: str, prefix: str = "") -> str:
    """Where the campaign stands, in two sentences for the first screen: the period's count with the period
    before, what waits for the Council, and the targets not reached by their short names and gaps."""
    total = len(review.targets)
    state = "" if review.period.published else " (chưa công bố, số liệu đang cập nhật)"
    paths = paths_of(yr)
    out = (f"**{prefix}{md(review.period.name)}{state}, số liệu tính đến {vi.day(review.period.end)}: "
           f"{review.met}/{total} chỉ tiêu đạt**"
           + words.standing(review, md, name=lambda t: link(t.target.label, paths.target(t.target), here)))
    return f'<p class="tt-headline" markdown>{out}</p>\n\n'


def result_cell(t: TargetReview, silent: frozenset[str] = frozenset()) -> str:
    """The figure of a target, with what is still missing (`silent`: the units that will not report) and what is
    above a cap."""
    parts = [wording(words.value(t))]
    partial = words.completeness(t, md, silent)
    if partial:
        parts.append(f'<span class="tt-partial">{partial}</span>')
    over = words.cap(t)
    if over:
        parts.append(f'<span class="tt-cap"><span aria-hidden="true">⚠</span> {wording(over)}</span>')
    return "<br>".join(parts)


def period_switch(yr: YearReview, review: Review, here: str) -> str:
    paths = paths_of(yr)
    links = []
    for period in yr.year.campaign.periods:
        label = f"{period.name} ({vi.day(period.end)})"
        if period.id == review.period.id:
            links.append(f"**{md(label)}**")
        else:
            links.append(link(label, paths.board(period.id), here))
    return "Kỳ báo cáo: " + " · ".join(links) + "\n\n"


def codes_note(yr: YearReview, here: str, context: Context) -> str:
    targets = yr.year.campaign.targets
    if not targets:
        return ""
    text = Paths(yr.year.year).targets_text()
    document = link("văn bản phát động", text, here) if text in context.text_pages else "văn bản phát động"
    return (f"Mã chỉ tiêu ({md(targets[0].id)}–{md(targets[-1].id)}) là cách đánh số của trang này để tra cứu; "
            f"{document} đánh số 1, 2, 3 và gạch đầu dòng.")


def decision_text(yr: YearReview, t: TargetReview, here: str) -> str:
    """What the Emulation Council has to decide about a figure above a cap, with the units above it named."""
    paths = paths_of(yr)
    cap = t.cap.cap
    out = [f"{link(f'{t.target.id} — {t.target.name}', paths.target(t.target), here)}: "
           f"{md(words.value(t))}, {badge(t.status)}. Giới hạn: {md(cap.name)} ({words.cap_basis(cap, md)}; "
           f"{words.cap_scope(cap)[0].lower()}{words.cap_scope(cap)[1:]})."]
    overall = t.cap.department
    if overall is not None and allowed(overall) is not None:
        out.append(f" Toàn Sở: {vi.number(overall.numerator)} trên {vi.number(overall.denominator)}, tối đa "
                   f"{vi.number(allowed(overall))} theo giới hạn (vượt {vi.number(t.cap.over)}).")
    if t.cap.units:
        named = [f"{link(f.unit.name, paths.unit(f.unit), here)} "
                 f"{vi.percent_beside(f.share, [cap.maximum])} ({vi.number(f.numerator)}/{vi.number(f.denominator)}"
                 f", tối đa {vi.number(allowed(f))})"
                 for f in sorted(t.cap.units, key=lambda f: vi.sort_key(f.unit.name))]
        out.append(f" Vượt giới hạn ở {len(t.cap.units)} đơn vị: " + "; ".join(named) + ".")
    if t.status is Status.MET_OVER_CAP:
        out.append(f" {COUNCIL} cần quyết định số được công nhận trong giới hạn trước khi tính chỉ tiêu là đạt.")
    else:
        out.append(f" {COUNCIL} cần xem xét số vượt giới hạn.")
    return "".join(out)


def decisions_box(yr: YearReview, review: Review, here: str, flagged=None) -> str:
    flagged = review.decisions if flagged is None else flagged
    if not flagged:
        return ""
    items = "".join(f"- {decision_text(yr, t, here)}\n" for t in flagged)
    return (f'<div class="tt-decide" role="note" markdown>\n\n**Cần {COUNCIL} quyết định** '
            f"({md(review.period.name)})\n\n{items}\n</div>\n\n")
