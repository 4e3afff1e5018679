"""A title the agency earns or not, by a decision: "Cơ quan văn hoá"."""

from __future__ import annotations

from fractions import Fraction

from ...core import vi
from ..evaluation import Evaluation, Status
from .base import Detail, Kind


class AgencyTitle(Kind):
    code = "danh-hieu"
    by_units = False
    needs = frozenset({"danh_hieu"})

    def evaluate(self, target, period, year, results):
        found = next((t for t in results.titles if t.title == target.title), None)
        if found is None:
            return Evaluation(target, period, Status.NO_DATA)
        return Evaluation(target, period, Status.MET if found.earned else Status.NOT_MET,
                          Fraction(int(found.earned)), 1, None, Fraction(int(found.earned)))

    scale = "earned"

    def shortfall(self, e):
        return None  # earned or not: there is no amount to give

    def detail(self, year, e, results):
        found = next((t for t in results.titles if t.title == e.target.title), None)
        if found is None:
            return None
        return Detail("Căn cứ", text=("Đã đạt. Quyết định: " + vi.evidence(found.decision)) if found.earned
                      else "Chưa đạt được.")

    def value(self, e):
        return "Đã đạt" if e.numerator else "Chưa đạt được"

    def short_value(self, e):
        return ""  # the sign says it

    def requirement(self, target):
        return "Đạt"

    def method(self, year, target):
        title = next((x.name for x in year.campaign.agency_titles if x.id == target.title), target.title)
        return f"Đạt khi cơ quan được công nhận “{title}” bằng quyết định."

    def chart_label(self, e):
        if not e.has_data or e.numerator is None:
            return "chưa có số liệu"
        return "Đạt" if e.numerator else "Chưa đạt"

    def goal_label(self, target, goal):
        return "Đạt"
