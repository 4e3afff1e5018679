"""The ratings of the Party organisation, the trade union and the youth union: each at a level or better."""

from __future__ import annotations

from fractions import Fraction

from ...core import vi
from ..evaluation import Evaluation, Status
from .base import Detail, Kind


class OrganisationRating(Kind):
    code = "xep-loai-to-chuc"
    by_units = False
    needs = frozenset({"muc_toi_thieu"})
    noun = "tổ chức"

    def evaluate(self, target, period, year, results):
        orgs = year.campaign.organisations
        rated = {o.id: results.org_ratings[o.id] for o in orgs if o.id in results.org_ratings}
        missing = tuple(o for o in orgs if o.id not in rated)
        known = dict(missing=missing, expected=len(orgs), counted="tổ chức")
        if not rated:
            return Evaluation(target, period, Status.NO_DATA, **known)
        reached = sum(r.rank >= target.min_rating.rank for r in rated.values())
        if reached < len(rated):  # one organisation below the level settles it
            status = Status.NOT_MET
        else:
            status = Status.INCOMPLETE if missing else Status.MET
        return Evaluation(target, period, status, Fraction(reached), len(rated), None, Fraction(reached, len(orgs)),
                          **known)

    def detail(self, year, e, results):
        if not results.org_ratings:
            return None
        rows = []
        for org in year.campaign.organisations:
            rating = results.org_ratings.get(org.id)
            reached = "–" if rating is None else (
                Status.MET if rating.rank >= e.target.min_rating.rank else Status.NOT_MET)
            rows.append((org.name, rating.label if rating else "Chưa có số liệu", reached,
                         vi.evidence(results.org_decisions.get(org.id))))
        return Detail("Xếp loại từng tổ chức", ("Tổ chức", "Xếp loại", "Kết quả", "Quyết định"), tuple(rows))

    def value(self, e):
        return f"{vi.number(e.numerator)}/{e.denominator} tổ chức đạt"

    def requirement(self, target):
        return f"Mỗi tổ chức: {target.min_rating.label} trở lên"

    def method(self, year, target):
        return f"Mức xếp loại của từng tổ chức; đạt khi mọi tổ chức từ mức “{target.min_rating.label}” trở lên."
