"""A checklist: the items of one of the campaign's lists done, against all of them or a number of them."""

from __future__ import annotations

from fractions import Fraction

from ...core import vi
from ...core.measures import percent
from ...core.model import ItemStatus
from ..evaluation import Evaluation, Status, progress
from .base import Detail, Kind


class Checklist(Kind):
    code = "danh-muc"
    builds_up = True  # tasks get done through the year
    by_units = False
    needs = frozenset({"danh_muc", "can_dat"})
    noun = "việc"

    def evaluate(self, target, period, year, results):
        items = [i for i in results.checklist_items if i.checklist == target.checklist]
        if not items:
            return Evaluation(target, period, Status.NO_DATA)
        done = sum(i.status is ItemStatus.DONE for i in items)
        goal = target.required if target.required is not None else len(items)
        status = Status.MET if done >= goal else Status.NOT_MET
        return Evaluation(target, period, status, Fraction(done), goal, percent(done, goal),
                          progress(Fraction(done), Fraction(goal)))

    def detail(self, year, e, results):
        items = [i for i in results.checklist_items if i.checklist == e.target.checklist]
        if not items:
            return None
        return Detail("Danh mục và căn cứ", ("Mã", "Việc", "Trạng thái", "Căn cứ"),
                      tuple((i.id, i.name, i.status.label, vi.evidence(i.evidence)) for i in items))

    def value(self, e):
        return f"{vi.number(e.numerator)}/{e.denominator} việc"

    def requirement(self, target):
        return f"{target.required} việc hoàn thành" if target.required else "Tất cả các việc hoàn thành"

    def method(self, year, target):
        checklist = next((x.name for x in year.campaign.checklists if x.id == target.checklist), target.checklist)
        goal = f"hoàn thành {target.required} việc" if target.required else "hoàn thành tất cả các việc"
        return f"Đếm số việc đã hoàn thành trong danh mục “{checklist}”; đạt khi {goal}."
