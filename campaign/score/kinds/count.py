"""A count added up over the units, to reach a number: "at least one unit proposed for the excellent title"."""

from __future__ import annotations

from fractions import Fraction

from ...core import vi
from ...core.measures import cap_flags
from ..evaluation import Evaluation, Status, counted, progress
from . import units
from .base import Kind, count_labels


class Count(Kind):
    code = "so-luong"
    builds_up = True  # units are proposed, events held, through the year
    needs = frozenset({"dem", "can_dat"})

    def evaluate(self, target, period, year, results):
        found = year.units_in(period)
        lines, missing, num, _ = counted(found, results, target.numerator, ())
        flags = cap_flags(year.campaign.cap(target.cap), found, results) if target.cap else ()
        known = dict(unit_lines=tuple(lines), missing=tuple(missing), expected=len(found))
        if len(missing) == len(found):
            return Evaluation(target, period, Status.NO_DATA, **known)
        goal = Fraction(target.required or 0)
        status = Status.MET if num >= goal else Status.NOT_MET
        if missing and status is Status.NOT_MET:  # counts only grow as units report: a reached count stays reached
            status = Status.INCOMPLETE
        return Evaluation(target, period, status, Fraction(num), target.required, None,
                          progress(Fraction(num), goal), cap_flags=flags, **known)

    def noun_of(self, target):
        return units.noun(target.numerator)

    def value(self, e):
        return vi.number(e.numerator)

    def short_value(self, e):
        """The count alone: "1/1" in the grid read as one unit of one, when it is one proposed against one asked."""
        return self.value(e) if e.has_data else ""

    def requirement(self, target):
        return f"Từ {target.required} trở lên"

    def method(self, year, target):
        return (f"Cộng số {count_labels(target.numerator)} của tất cả phòng, đơn vị; đạt khi từ "
                f"{target.required} trở lên.")

    def unit_figure(self, e, line, short=False):
        if line.numerator is not None and units.says_of_itself(e, line):
            return ("Có" if line.numerator else "Không") if short else units.fact(e, line)
        return super().unit_figure(e, line, short)

    def goal_label(self, target, goal):
        return vi.number(goal)
