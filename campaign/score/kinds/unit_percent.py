"""A percentage each public S&T service unit reports (its financial autonomy), each unit against the threshold."""

from __future__ import annotations

from fractions import Fraction

from ...core import vi
from ...core.measures import percent
from ..evaluation import Evaluation, Status, UnitLine
from .base import Kind


class UnitPercent(Kind):
    code = "phan-tram-don-vi"
    needs = frozenset({"nguong"})
    noun = "đơn vị"

    def evaluate(self, target, period, year, results):
        concerned = [u for u in year.units_in(period) if u.public_service]
        lines, missing = [], []
        for unit in concerned:
            found = results.unit(unit.id)
            value = found.autonomy if found and found.reported else None
            if value is None:
                missing.append(unit)
            lines.append(UnitLine(unit, value, None, value, None if value is None else value >= target.threshold))
        known = dict(unit_lines=tuple(lines), missing=tuple(missing), expected=len(concerned))
        if len(missing) == len(concerned):
            return Evaluation(target, period, Status.NO_DATA, **known)
        reported = [line for line in lines if line.reached is not None]
        reached = sum(line.reached for line in reported)
        if reached < len(reported):  # one unit below the threshold settles it, whatever the others report
            status = Status.NOT_MET
        else:
            status = Status.INCOMPLETE if missing else Status.MET
        return Evaluation(target, period, status, Fraction(reached), len(reported), percent(reached, len(reported)),
                          Fraction(reached, len(concerned)), **known)

    def concerns(self, unit):
        return unit.public_service

    def per_unit(self, target):
        return True

    def unit_status(self, e, line):
        if line.numerator is None:
            return Status.NO_DATA
        return Status.MET if line.reached else Status.NOT_MET

    def unit_shortfall(self, e, line):
        if self.unit_status(e, line) is not Status.NOT_MET:
            return None
        return e.target.threshold - line.numerator

    def unit_columns(self, target):
        return ("Mức tự chủ",)

    def unit_cells(self, e, line):
        return ("Chưa có số liệu",) if line.numerator is None else (self.unit_figure(e, line),)

    def total_cells(self, e):
        return ()

    def value(self, e):
        return f"{vi.number(e.numerator)}/{e.denominator} đơn vị đạt"

    def requirement(self, target):
        return f"Mỗi đơn vị từ {vi.threshold(target.threshold)} trở lên"

    def method(self, year, target):
        return ("Mức tự chủ của từng đơn vị sự nghiệp KH&CN công lập; đạt khi mọi đơn vị đều từ "
                f"{vi.threshold(target.threshold)} trở lên.")

    def unit_figure(self, e, line, short=False):
        return "–" if line.numerator is None else vi.percent_beside(line.numerator, [e.target.threshold])

    def unit_gap(self, e, line, beside_figure=False):
        need = self.unit_shortfall(e, line)
        return f"còn thiếu {vi.number(need, 1)} điểm %" if need is not None else ""
