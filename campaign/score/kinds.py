"""Each kind of target in one place: what it needs from the data, how it is evaluated, and how it is worded.

Adding a kind is adding one subclass of `Kind` here, its member in `model.TargetKind` and its `loai` branch in
the schema; `gaps()` (run by the tests) names whatever of these is missing.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from fractions import Fraction
from types import MappingProxyType
from typing import Mapping

from ..core import vi
from ..core.figures import COUNT_LABELS
from ..core.markup import md
from ..core.measures import cap_flags, percent
from ..core.model import CampaignYear, ItemStatus, Period, PeriodResults, Target, TargetKind
from .evaluation import Evaluation, Status, UnitLine, at_most_whole, counted, progress


def count_labels(keys: tuple[str, ...]) -> str:
    """The counts a target adds up, as readers say them: "hoàn thành xuất sắc nhiệm vụ + hoàn thành tốt…"."""
    return " + ".join(COUNT_LABELS[k] for k in keys)


class Kind(ABC):
    """A way of measuring a target. Wordings return Markdown (`method`) or plain text (the others)."""

    kind: TargetKind
    needs: frozenset[str]  # the keys a target of this kind must have in chien-dich.yml, besides ma/ten/van_ban/loai

    @abstractmethod
    def evaluate(self, target: Target, period: Period, year: CampaignYear, results: PeriodResults) -> Evaluation:
        """The target's status in a period that has a results file."""

    @abstractmethod
    def value(self, e: Evaluation) -> str:
        """The figure of an evaluation that has data, in a few words."""

    @abstractmethod
    def requirement(self, target: Target) -> str:
        """What reaching the target takes, in a few words."""

    @abstractmethod
    def method(self, year: CampaignYear, target: Target) -> str:
        """How the figure is computed and when the target is reached, in a sentence (Markdown)."""


class Checklist(Kind):
    kind = TargetKind.CHECKLIST
    needs = frozenset({"danh_muc", "can_dat"})

    def evaluate(self, target, period, year, results):
        items = [i for i in results.checklist_items if i.checklist == target.checklist]
        if not items:
            return Evaluation(target, period, Status.NO_DATA)
        done = sum(i.status is ItemStatus.DONE for i in items)
        goal = target.required if target.required is not None else len(items)
        status = Status.MET if done >= goal else Status.NOT_MET
        return Evaluation(target, period, status, Fraction(done), goal, percent(done, goal),
                          progress(Fraction(done), Fraction(goal)))

    def value(self, e):
        return f"{vi.number(e.numerator)}/{e.denominator} việc"

    def requirement(self, target):
        return f"{target.required} việc hoàn thành" if target.required else "Tất cả các việc hoàn thành"

    def method(self, year, target):
        checklist = next((x.name for x in year.campaign.checklists if x.id == target.checklist), target.checklist)
        goal = f"hoàn thành {target.required} việc" if target.required else "hoàn thành tất cả các việc"
        return f"Đếm số việc đã hoàn thành trong danh mục “{md(checklist)}”; đạt khi {goal}."


class Ratio(Kind):
    kind = TargetKind.RATIO
    needs = frozenset({"tu_so", "mau_so", "nguong"})

    def evaluate(self, target, period, year, results):
        units = year.units_in(period)
        lines, missing, num, den = counted(units, results, target.numerator, target.denominator)
        flags = cap_flags(year.campaign.cap(target.cap), units, results) if target.cap else ()
        share = percent(num, den)
        known = dict(unit_lines=tuple(lines), missing=tuple(missing), expected=len(units))
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

    def value(self, e):
        # Beside its threshold and any cap it is above, so that rounding never moves it across one.
        share = vi.percent_beside(e.share, [e.target.threshold, *(f.cap.maximum for f in e.cap_flags)])
        return f"{share} ({vi.number(e.numerator)}/{vi.number(e.denominator)})"

    def requirement(self, target):
        if target.threshold >= 100:  # "từ 100% trở lên" is more than anyone can reach
            return f"Tất cả ({vi.threshold(target.threshold)})"
        return f"Từ {vi.threshold(target.threshold)} trở lên"

    def method(self, year, target):
        goal = ("khi tất cả đều đạt (100%)" if target.threshold >= 100
                else f"khi từ {vi.threshold(target.threshold)} trở lên")
        return (f"Tỷ lệ = ({md(count_labels(target.numerator))}) chia cho ({md(count_labels(target.denominator))}), "
                f"cộng trên tất cả phòng, đơn vị; đạt {goal}.")


class Count(Kind):
    kind = TargetKind.COUNT
    needs = frozenset({"dem", "can_dat"})

    def evaluate(self, target, period, year, results):
        units = year.units_in(period)
        lines, missing, num, _ = counted(units, results, target.numerator, ())
        flags = cap_flags(year.campaign.cap(target.cap), units, results) if target.cap else ()
        known = dict(unit_lines=tuple(lines), missing=tuple(missing), expected=len(units))
        if len(missing) == len(units):
            return Evaluation(target, period, Status.NO_DATA, **known)
        goal = Fraction(target.required or 0)
        status = Status.MET if num >= goal else Status.NOT_MET
        if missing and status is Status.NOT_MET:  # counts only grow as units report: a reached count stays reached
            status = Status.INCOMPLETE
        return Evaluation(target, period, status, Fraction(num), target.required, None,
                          progress(Fraction(num), goal), cap_flags=flags, **known)

    def value(self, e):
        return vi.number(e.numerator)

    def requirement(self, target):
        return f"Từ {target.required} trở lên"

    def method(self, year, target):
        return (f"Cộng số {md(count_labels(target.numerator))} của tất cả phòng, đơn vị; đạt khi từ "
                f"{target.required} trở lên.")


class UnitPercent(Kind):
    """A percentage each public S&T service unit reports (its financial autonomy)."""

    kind = TargetKind.UNIT_PERCENT
    needs = frozenset({"nguong"})

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

    def value(self, e):
        return f"{vi.number(e.numerator)}/{e.denominator} đơn vị đạt"

    def requirement(self, target):
        return f"Mỗi đơn vị từ {vi.threshold(target.threshold)} trở lên"

    def method(self, year, target):
        return ("Mức tự chủ của từng đơn vị sự nghiệp KH&amp;CN công lập; đạt khi mọi đơn vị đều từ "
                f"{vi.threshold(target.threshold)} trở lên.")


class AgencyTitle(Kind):
    kind = TargetKind.TITLE
    needs = frozenset({"danh_hieu"})

    def evaluate(self, target, period, year, results):
        found = next((t for t in results.titles if t.title == target.title), None)
        if found is None:
            return Evaluation(target, period, Status.NO_DATA)
        return Evaluation(target, period, Status.MET if found.earned else Status.NOT_MET,
                          Fraction(int(found.earned)), 1, None, Fraction(int(found.earned)))

    def value(self, e):
        return "Đã đạt" if e.numerator else "Chưa đạt được"

    def requirement(self, target):
        return "Đạt"

    def method(self, year, target):
        title = next((x.name for x in year.campaign.agency_titles if x.id == target.title), target.title)
        return f"Đạt khi cơ quan được công nhận “{md(title)}” bằng quyết định."


class OrganisationRating(Kind):
    kind = TargetKind.ORG_RATING
    needs = frozenset({"muc_toi_thieu"})

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

    def value(self, e):
        return f"{vi.number(e.numerator)}/{e.denominator} tổ chức đạt"

    def requirement(self, target):
        return f"Mỗi tổ chức: {target.min_rating.label} trở lên"

    def method(self, year, target):
        return f"Mức xếp loại của từng tổ chức; đạt khi mọi tổ chức từ mức “{target.min_rating.label}” trở lên."


KINDS: Mapping[TargetKind, Kind] = MappingProxyType({k.kind: k for k in (
    Checklist(), Ratio(), Count(), UnitPercent(), AgencyTitle(), OrganisationRating())})


def of(target: Target) -> Kind:
    return KINDS[target.kind]


def gaps(model_kinds, registry: Mapping, schema: dict) -> list[str]:
    """What each kind lacks, place by place: the model's enum, this registry, the schema's `loai` enum and
    its `if loai = … then` branch with the keys the kind needs. Empty when every place knows every kind."""
    targets = schema["properties"]["chi_tieu"]["items"]
    schema_enum = set(targets["properties"]["loai"]["enum"])
    branches = {}
    for branch in targets.get("allOf", []):
        code = branch.get("if", {}).get("properties", {}).get("loai", {}).get("const")
        if code is not None:
            branches[code] = set(branch.get("then", {}).get("required", []))
    codes = {k.value for k in model_kinds} | {k.value for k in registry} | schema_enum | set(branches)
    found = []
    for code in sorted(codes):
        member = next((k for k in model_kinds if k.value == code), None)
        if member is None:
            found.append(f"{code}: not a member of model.TargetKind")
        entry = registry.get(member) if member is not None else None
        if entry is None:
            found.append(f"{code}: no entry in kinds.KINDS (evaluation and wording)")
        if code not in schema_enum:
            found.append(f"{code}: not in the schema's chi_tieu.loai enum")
        if code not in branches:
            found.append(f"{code}: no 'if loai = {code}' branch in the schema saying which keys it needs")
        elif entry is not None and branches[code] != set(entry.needs):
            found.append(f"{code}: the schema requires {sorted(branches[code])}, the kind needs {sorted(entry.needs)}")
    return found
