"""A ratio of counts added up over the units: "15% of those rated good or better are rated excellent"."""

from __future__ import annotations

import math
from fractions import Fraction

from ...core import vi
from ...core.figures import at_most_whole
from ...core.measures import cap_flags, percent
from ..evaluation import Evaluation, Status, counted, progress
from . import units
from .base import Kind, Movement, count_labels


def _limits(e: Evaluation) -> list[Fraction]:
    return [x for x in (e.target.threshold, *(f.cap.maximum for f in e.cap_flags)) if x is not None]


def _cap_room(cap, target, lines, denominator) -> int | None:
    """The largest numerator no cap flag would meet, when the cap counts the target's own ratio: on the department's
    total, and on each unit's (its scope says which; both when unwritten)."""
    if cap is None or (cap.numerator, cap.denominator) != (target.numerator, target.denominator) or not denominator:
        return None
    rooms = []
    if cap.on_department:
        rooms.append(math.floor(cap.maximum * denominator / 100))
    if cap.on_units:
        rooms.append(sum(math.floor(cap.maximum * line.denominator / 100) for line in lines if line.denominator))
    return min(rooms)


class Ratio(Kind):
    code = "ty-le"
    needs = frozenset({"tu_so", "mau_so", "nguong"})

    def evaluate(self, target, period, year, results):
        found = year.units_in(period)
        lines, missing, num, den = counted(found, results, target.numerator, target.denominator)
        cap = year.campaign.cap(target.cap) if target.cap else None
        flags = cap_flags(cap, found, results) if cap else ()
        share = percent(num, den)
        known = dict(unit_lines=tuple(lines), missing=tuple(missing), expected=len(found),
                     cap_room=_cap_room(cap, target, lines, den))
        if share is None:
            return Evaluation(target, period, Status.NO_DATA, **known)
        status = Status.MET if share >= target.threshold else Status.NOT_MET
        if missing and not (status is Status.NOT_MET and target.threshold >= 100
                            and at_most_whole(target.numerator, target.denominator)):
            # Below 100 % a missing unit could raise or lower the share; a 100 % target already missed stays
            # missed, since no unit can bring more than all of its own people.
            status = Status.INCOMPLETE
        return Evaluation(target, period, status, Fraction(num), den, share,
                          progress(share, target.threshold), cap_flags=flags, **known)

    def per_unit(self, target):
        # At 100 % the whole agency reaches the target only if every unit does; below, a unit's share is its part.
        return target.threshold is not None and target.threshold >= 100

    def unit_status(self, e, line):
        if not self.per_unit(e.target):
            return None
        if line.numerator is None:
            return Status.NO_DATA
        return Status.MET if line.share is not None and line.share >= e.target.threshold else Status.NOT_MET

    def shortfall(self, e):
        # People moved into the count (the total stays): the least k with (n + k) / d ≥ threshold.
        if e.status is not Status.NOT_MET or e.numerator is None or e.denominator is None or e.share is None:
            return None
        need = math.ceil(e.target.threshold * e.denominator / 100) - e.numerator
        return max(int(need), 0) or None

    def unit_shortfall(self, e, line):
        if self.unit_status(e, line) is not Status.NOT_MET:
            return None
        return Fraction(line.denominator - line.numerator)

    def movement(self, e, before):
        if e.share is None or before.share is None:
            return super().movement(e, before)
        return Movement(vi.round_half_away(e.share, 1) - vi.round_half_away(before.share, 1), True)

    def measure(self, e):
        return e.share if e.has_data and e.share is not None else super().measure(e)

    scale = "percent"

    def goal(self, target, evaluations):
        return target.threshold

    # ---- wording -----------------------------------------------------------------------------------

    def noun_of(self, target):
        return units.noun(target.denominator or target.numerator)

    def value(self, e):
        # Beside its threshold and any cap it is above, so that rounding never moves it across one.
        share = vi.percent_beside(e.share, _limits(e))
        return f"{share} ({vi.number(e.numerator)}/{vi.number(e.denominator)})"

    def short_value(self, e):
        return vi.percent_beside(e.share, _limits(e)) if e.share is not None else super().short_value(e)

    def requirement(self, target):
        if target.threshold >= 100:  # "từ 100% trở lên" is more than anyone can reach
            return f"Tất cả ({vi.threshold(target.threshold)})"
        return f"Từ {vi.threshold(target.threshold)} trở lên"

    def method(self, year, target):
        goal = ("khi tất cả đều đạt (100%)" if target.threshold >= 100
                else f"khi từ {vi.threshold(target.threshold)} trở lên")
        return (f"Tỷ lệ = ({count_labels(target.numerator)}) chia cho ({count_labels(target.denominator)}), "
                f"cộng trên tất cả phòng, đơn vị; đạt {goal}.")

    def unit_figure(self, e, line, short=False):
        if line.numerator is None:
            return "–"
        if units.says_of_itself(e, line):
            return ("Có" if line.numerator else "Không") if short else units.fact(e, line)
        if line.share is None:
            return vi.number(line.numerator)
        flag = next((f for f in e.cap_flags if f.unit is not None and f.unit.id == line.unit.id), None)
        share = vi.percent_beside(line.share, [e.target.threshold] + ([flag.cap.maximum] if flag else []))
        return share if short else f"{share} ({vi.number(line.numerator)}/{vi.number(line.denominator)})"

    def unit_gap(self, e, line, beside_figure=False):
        if self.unit_status(e, line) is not Status.NOT_MET:
            return ""
        if units.says_of_itself(e, line):  # "chưa đạt …", which its figure says already
            return "" if beside_figure else units.fact(e, line)[0].lower() + units.fact(e, line)[1:]
        return super().unit_gap(e, line)

    def chart_label(self, e):
        if e.has_data and e.share is not None:
            return vi.percent_beside(e.share, _limits(e))
        return super().chart_label(e)

    def goal_label(self, target, goal):
        return vi.threshold(goal)
