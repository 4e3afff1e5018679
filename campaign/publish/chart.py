"""A target's chart: its figure in each period against its threshold (and cap), drawn at build time as an inline
SVG with no script and no inline style, coloured by status through CSS classes (docs/stylesheets/thidua.css), its
text said whole in its title and in the table below.

Every label is placed by computing its box from its length at its font size: the marks (the threshold, the cap)
stand beside their lines above the bars, in as many rows as they need not to touch; the axis says both its ends
under the bars, with the unit. No label is ever dropped for want of room.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from fractions import Fraction

from ..core import vi
from ..core.markup import attr
from ..score.review import TargetReview
from .markdown import NO_SEARCH
from .paths import target_slug

WIDTH = 360  # the viewBox's width; the figure is at most 24rem wide on a page, and a phone's column is narrower
# Font sizes in the viewBox's units, as thidua.css sets them for each class (a test holds the two equal).
FONT_SIZES = {"tt-chart-label": 13, "tt-chart-value": 13, "tt-chart-mark": 12, "tt-chart-axis": 12,
              "tt-chart-none": 12}
CHAR_EM = 0.58  # a character's width in em, a little over Noto Sans' and DejaVu Sans' for Vietnamese words
GAP = 6  # between a label and what it labels, and between two labels
ROW = 30  # a period's bar and its track
MARK_ROW = 17  # a row of marks' labels above the bars
AXIS_ROW = 17
MOST_MARK_ROWS = 3


def text_width(text: str, css_class: str) -> float:
    """The width a label takes, estimated from its length: one more character than it has, for margins."""
    return (len(text) + 1) * CHAR_EM * FONT_SIZES[css_class]


@dataclass(frozen=True)
class Box:
    """A label's extent on the x axis, in the viewBox's units."""

    left: float
    right: float

    def meets(self, other: Box) -> bool:
        return self.left < other.right + GAP and other.left < self.right + GAP

    def holds(self, x: float) -> bool:
        return self.left - GAP / 2 < x < self.right + GAP / 2


@dataclass(frozen=True)
class Mark:
    """A vertical line across the bars and its label: the threshold, or a cap."""

    x: float
    label: str
    line_class: str


@dataclass(frozen=True)
class Placed:
    mark: Mark
    row: int  # 0 just above the bars, 1 above it…
    box: Box
    anchor: str  # "start": right of the line; "end": left of it


def _beside(mark: Mark, side: str) -> tuple[Box, str]:
    width = text_width(mark.label, "tt-chart-mark")
    if side == "right":
        return Box(mark.x + GAP / 2, mark.x + GAP / 2 + width), "start"
    return Box(mark.x - GAP / 2 - width, mark.x - GAP / 2), "end"


def place_marks(marks: list[Mark]) -> list[Placed]:
    """Each mark's label beside its line (right of it if it fits), in the fewest rows: no two labels of a row meet,
    and no label covers another mark's line, which runs from its own label's row down to the bars."""
    if not marks:
        return []
    options = [[(row, side) for row in range(MOST_MARK_ROWS) for side in ("right", "left")] for _ in marks]
    best = None
    for choice in itertools.product(*options):
        placed = []
        for mark, (row, side) in zip(marks, choice):
            box, anchor = _beside(mark, side)
            placed.append(Placed(mark, row, box, anchor))
        if not all(0 <= p.box.left and p.box.right <= WIDTH for p in placed):
            continue
        if any(a.row == b.row and a.box.meets(b.box) for a, b in itertools.combinations(placed, 2)):
            continue
        if any(b.row >= a.row and a.box.holds(b.mark.x) and a.mark.x != b.mark.x
               for a in placed for b in placed if a is not b):
            continue
        cost = (max(p.row for p in placed), sum(p.row for p in placed), sum(s == "left" for _, s in choice))
        if best is None or cost < best[0]:
            best = (cost, placed)
    if best is None:  # marks too many or too close for the rows: one row each, left-aligned, still readable
        return [Placed(m, i, Box(0, text_width(m.label, "tt-chart-mark")), "start") for i, m in enumerate(marks)]
    return best[1]


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


def _axis(kind, target, goal: Fraction | None, cap_at: Fraction | None,
          values: list[Fraction]) -> tuple[Fraction, tuple[str, ...]]:
    """The axis's end and what its two ends say, with the unit: "0%" and "20%", "0" and "10 việc", "Chưa đạt"
    and "Đạt"; none for a count with neither a goal nor a figure yet, whose scale nothing tells."""
    if kind.scale == "percent":
        marks = [m for m in (goal, cap_at) if m is not None]
        top = _nice_ceiling(max([*marks, *values, Fraction(1)]) * Fraction(11, 10))
        if marks and top > 100 >= max(marks) and max(values, default=0) <= 100:
            top = Fraction(100)
        return top, ("0%", vi.threshold(top))
    # A count: the axis runs to the goal (the checklist's, the units', the organisations'), or past it.
    top = max([goal or Fraction(1), *values])
    if kind.scale == "earned":
        return top, ("Chưa đạt", "Đạt")  # earned or not: the axis's two ends are the two answers
    if goal is None and not values:
        return top, ()
    return top, ("0", f"{vi.number(top)} {kind.noun_of(target)}".strip())


def _text(css_class: str, x: float, y: float, text: str, anchor: str = "start") -> str:
    anchor_attr = "" if anchor == "start" else f' text-anchor="{anchor}"'
    return f'<text class="{css_class}" x="{x:.1f}" y="{y:.1f}"{anchor_attr}>{attr(text)}</text>'


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
    cap_at = cap.maximum if cap is not None and percent else None
    top, ends = _axis(kind, target, goal, cap_at, values)

    names = [_short(t.evaluation.period.name) for t in over_periods]
    left = max([GAP + text_width(n, "tt-chart-label") for n in names]
               + [text_width(ends[0], "tt-chart-axis") / 2 + GAP for _ in ends[:1]])
    right_room = GAP + max([text_width(text, "tt-chart-value") for v, text in measured if v is not None]
                           + [text_width(end, "tt-chart-axis") / 2 for end in ends[1:]] + [0])
    width = WIDTH - left - right_room
    x = lambda v: left + float(min(v, top) / top) * width  # noqa: E731

    marks = []
    if goal is not None:
        marks.append(Mark(x(goal), f"Yêu cầu {goal_text}", "tt-chart-goal"))
    if cap_at is not None and goal is not None and cap_at == goal:
        # One line, one label: two labels either side of one line read as one run of words at 360 px.
        marks = [Mark(x(goal), f"Yêu cầu và giới hạn {goal_text}", "tt-chart-goal")]
    elif cap_at is not None:
        marks.append(Mark(x(cap_at), f"Giới hạn {vi.threshold(cap_at)}", "tt-chart-cap"))
    placed = place_marks(marks)
    mark_rows = max((p.row for p in placed), default=-1) + 1
    bars_top = 6 + MARK_ROW * mark_rows + (4 if mark_rows else 0)
    bottom = bars_top + ROW * len(over_periods)
    height = bottom + AXIS_ROW + 4

    slug = target_slug(target)
    parts = [f'<svg class="tt-chart" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" role="img" '
             f'aria-labelledby="bd-{slug}-t">']
    # The bar's colour says the status: the text says it too, unless the figure is already the status (a title).
    said = [f"{t.evaluation.period.name}: {text}" + (f" ({t.status.label})" if v is not None and text != t.status.label
                                                    else "")
            for t, (v, text) in zip(over_periods, measured)]
    said_marks = [m.label[:1].lower() + m.label[1:] for m in marks]  # what the lines' labels say
    axis = f" (trục từ {ends[0]} đến {ends[1]})" if ends else ""
    marks_said = "; ".join(said_marks)
    parts.append(f'<title id="bd-{slug}-t">{attr(target.id)}, từng kỳ so với mức yêu cầu{attr(axis)}: '
                 f'{attr("; ".join(said))}' + (f". {attr(marks_said[:1].upper() + marks_said[1:])}" if said_marks
                                               else "") + ".</title>")
    for i, (t, name, (value, text)) in enumerate(zip(over_periods, names, measured)):
        y = bars_top + i * ROW
        parts.append(_text("tt-chart-label", left - GAP, y + 15, name, "end"))
        parts.append(f'<rect class="tt-chart-track" x="{left:.1f}" y="{y + 3}" width="{width:.1f}" height="16"/>')
        if value is None:
            parts.append(_text("tt-chart-none", _clear_of_lines(left + GAP, "chưa có số liệu", marks, left + width),
                               y + 15, "chưa có số liệu"))
            continue
        parts.append(f'<rect class="tt-chart-bar tt-{t.status.code}" x="{left:.1f}" y="{y + 3}" '
                     f'width="{max(x(value) - left, 1.5):.1f}" height="16"/>')
        parts.append(_text("tt-chart-value", left + width + GAP, y + 15, text))
    for p in placed:
        label_y = bars_top - 4 - MARK_ROW * p.row
        parts.append(f'<line class="{p.mark.line_class}" x1="{p.mark.x:.1f}" y1="{label_y - 12}" '
                     f'x2="{p.mark.x:.1f}" y2="{bottom}"/>')
        x_text = p.mark.x + (GAP / 2 if p.anchor == "start" else -GAP / 2)
        parts.append(_text("tt-chart-mark", x_text, label_y - 1, p.mark.label, p.anchor))
    for at, end in zip((left, left + width), ends):
        parts.append(_text("tt-chart-axis", at, bottom + 14, end, "middle"))
    parts.append("</svg>")
    return ('<figure class="tt-figure">\n' + "".join(parts) + "\n"
            f'<figcaption {NO_SEARCH}>Biểu đồ: kết quả từng kỳ so với mức yêu cầu'
            + (" và giới hạn" if cap_at is not None else "") + "; số liệu ở bảng dưới.</figcaption>\n</figure>\n\n")


def _short(name: str, most: int = 18) -> str:
    """A period's name as the chart's left column shows it: whole, or cut after a word with "…" (the title says
    it whole)."""
    if len(name) <= most:
        return name
    cut = name[:most - 1].rsplit(" ", 1)[0] if " " in name[:most - 1] else name[:most - 1]
    return cut.rstrip(" ,;:") + "…"


def _clear_of_lines(x: float, text: str, marks: list[Mark], end: float) -> float:
    """Where a text inside a track starts so that no mark's line crosses it: at `x`, else just after a line."""
    width = text_width(text, "tt-chart-none")
    for start in [x] + sorted(m.x + GAP / 2 for m in marks):
        if start + width <= end and not any(start - GAP / 2 < m.x < start + width for m in marks):
            return start
    return x
