"""A target's chart: its figure in each period against its threshold (and cap), drawn at build time as an inline
SVG with no script, coloured by status through CSS classes, its text said in its title and in the table below."""

from __future__ import annotations

from fractions import Fraction

from ..core import vi
from ..core.markup import attr
from ..score.review import TargetReview
from .markdown import NO_SEARCH
from .paths import target_slug


def _nice_ceiling(value: Fraction) -> Fraction:
    """The axis end: 1, 2, 2.5 or 5 times a power of ten, at or above `value`."""
    if value <= 0:
        return Fraction(1)
    power = Fraction(10) ** (len(str(int(value))) - 1) if value >= 1 else Fraction(1, 10)
    while True:
        for step in (1, 2, Fraction(5, 2), 5, 10):
            if step * power >= value:
                return step * power
        power *= 10


def chart(over_periods: list[TargetReview], cap) -> str:
    """`over_periods`: the target's review in each period, in order; `cap` the cap it is held to, if any."""
    first = over_periods[0]
    target, kind = first.target, first.kind
    evaluations = [t.evaluation for t in over_periods]
    measured = [(kind.measure(e), kind.chart_label(e)) for e in evaluations]
    percent = kind.scale == "percent"
    values = [v for v, _ in measured if v is not None]
    goal = kind.goal(target, evaluations)
    goal_text = kind.goal_label(target, goal) if goal is not None else ""
    if percent:
        marks = [goal] + ([cap.maximum] if cap else [])
        top = _nice_ceiling(max([*marks, *values]) * Fraction(11, 10))
        if top > 100 >= max(marks):
            top = Fraction(100)
    else:  # a count: the axis runs to the goal (the checklist's, the units', the organisations'), or past it
        top = max([goal or Fraction(1), *values])
    left, width, row, pad = 112, 170, 30, 28
    height = pad + row * len(over_periods) + 22
    x = lambda v: left + float(v / top) * width  # noqa: E731
    slug = target_slug(target)
    parts = [f'<svg class="tt-chart" viewBox="0 0 360 {height}" width="360" height="{height}" role="img" '
             f'aria-labelledby="bd-{slug}-t">']
    said = [f"{t.evaluation.period.name}: {text}" for t, (_, text) in zip(over_periods, measured)]
    requirement = f"yêu cầu {goal_text}" if goal_text else ""
    if cap and percent:
        requirement += f", giới hạn {vi.threshold(cap.maximum)}"
    parts.append(f'<title id="bd-{slug}-t">{attr(target.id)}: {attr("; ".join(said))}'
                 f'{attr("; " + requirement) if requirement else ""}</title>')
    for i, (t, (value, text)) in enumerate(zip(over_periods, measured)):
        y = pad + i * row
        period = t.evaluation.period
        name = period.name if len(period.name) <= 18 else period.name[:17] + "…"
        parts.append(f'<text class="tt-chart-label" x="{left - 6}" y="{y + 15}" text-anchor="end">{attr(name)}</text>')
        parts.append(f'<rect class="tt-chart-track" x="{left}" y="{y + 3}" width="{width}" height="16"/>')
        if value is None:
            parts.append(f'<text class="tt-chart-none" x="{left + 6}" y="{y + 15}">chưa có số liệu</text>')
            continue
        parts.append(f'<rect class="tt-chart-bar tt-{t.status.code}" x="{left}" y="{y + 3}" '
                     f'width="{max(x(min(value, top)) - left, 1.5):.1f}" height="16"/>')
        parts.append(f'<text class="tt-chart-value" x="{left + width + 6}" y="{y + 15}">{attr(text)}</text>')
    bottom = pad + row * len(over_periods)
    if goal is not None:
        gx = x(min(goal, top))
        same = cap is not None and percent and cap.maximum == goal
        label = f"Yêu cầu {goal_text}" + (" = giới hạn" if same else "")
        anchor = "end" if gx > left + width - 40 else "middle"
        parts.append(f'<line class="tt-chart-goal" x1="{gx:.1f}" y1="{pad - 4}" x2="{gx:.1f}" y2="{bottom}"/>')
        parts.append(f'<text class="tt-chart-mark" x="{gx:.1f}" y="{pad - 8}" text-anchor="{anchor}">'
                     f'{attr(label)}</text>')
        if cap is not None and percent and not same:
            cx = x(min(cap.maximum, top))
            parts.append(f'<line class="tt-chart-cap" x1="{cx:.1f}" y1="{pad - 4}" x2="{cx:.1f}" y2="{bottom}"/>')
            parts.append(f'<text class="tt-chart-mark" x="{cx:.1f}" y="{bottom + 14}" text-anchor="middle">'
                         f'Giới hạn {attr(vi.threshold(cap.maximum))}</text>')
    axis = vi.threshold(top) if percent else vi.number(top)
    if kind.scale != "earned":  # earned or not: an axis of 0 to 1 says nothing
        parts.append(f'<text class="tt-chart-axis" x="{left}" y="{bottom + 14}" text-anchor="middle">0</text>')
        # The axis's end is left unsaid where the cap's label, under the bars too, would run into it.
        crowded = cap is not None and percent and x(min(cap.maximum, top)) > left + width - 50
        if not crowded:
            parts.append(f'<text class="tt-chart-axis" x="{left + width}" y="{bottom + 14}" text-anchor="middle">'
                         f'{attr(axis)}</text>')
    parts.append("</svg>")
    return ('<figure class="tt-figure">\n' + "".join(parts) + "\n"
            f'<figcaption {NO_SEARCH}>Biểu đồ: kết quả từng kỳ so với mức yêu cầu'
            + (" và giới hạn" if cap and percent else "") + "; số liệu ở bảng dưới.</figcaption>\n</figure>\n\n")
