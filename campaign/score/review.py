"""The review of a campaign year: every answer a reader gets, computed once per period, with no wording in it.

For each period: per target its evaluation, its kind, the gap, the cap outcome and whether the Council must decide,
the change since the period before and whether that comparison holds; per unit × target the unit's figure, and
either its own verdict (a target judged per unit) or that it is counted for the whole department; the units still
missing. Every output (pages, print, the Council's grid, CSV, JSON, workbooks, the data's log) renders from this
structure, so they cannot disagree: a writer decides only how an answer looks.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from enum import Enum
from fractions import Fraction
from types import MappingProxyType
from typing import Mapping

from ..core.measures import CapFlag
from ..core.model import CampaignYear, Cap, Period, PeriodResults, Target, Unit, UnitResult
from . import kinds
from .evaluation import Evaluation, Status, UnitLine
from .kinds import Detail, Kind, Movement


class Scope(Enum):
    """How a unit stands in a target."""

    OWN = "own"  # judged on its own: a per-unit percentage, a ratio that needs 100 % of every unit
    SHARE = "share"  # its figure is its part of the department's, which is judged as a whole
    DEPARTMENT = "department"  # the target has no figure per unit (a checklist, an agency title, organisations)
    NOT_COUNTED = "not-counted"  # the target does not count this unit (not a public service unit; not existing)


@dataclass(frozen=True)
class UnitCell:
    """One unit in one target."""

    unit: Unit
    scope: Scope
    line: UnitLine | None = None  # the unit's figure; None where the target has none for it
    status: Status | None = None  # its own verdict (Scope.OWN): MET, NOT_MET or NO_DATA
    shortfall: Fraction | None = None  # how far it is from the target (Scope.OWN, NOT_MET)
    over_cap: CapFlag | None = None  # its share above a cap the rules set

    @property
    def reported(self) -> bool:
        return self.line is not None and self.line.numerator is not None


def allowed(flag: CapFlag) -> int | None:
    """The most a cap allows of what it counts, for the counts it was measured on."""
    if flag.denominator is None:
        return None
    return math.floor(flag.cap.maximum * flag.denominator / 100)


@dataclass(frozen=True)
class CapOutcome:
    """A target's figures above a cap: the department's share and the units' shares, each with what it allows."""

    cap: Cap
    department: CapFlag | None
    units: tuple[CapFlag, ...]

    @property
    def over(self) -> int | None:
        """How many the department has above what the cap allows."""
        if self.department is None or allowed(self.department) is None:
            return None
        return self.department.numerator - allowed(self.department)


@dataclass(frozen=True)
class Change:
    """A target since the period before: how its figure moved and its status before, when the two compare."""

    before: Evaluation
    movement: Movement | None  # None: the two cannot be compared, `why` says why
    why: str | None = None  # NO_FIGURE (either period has none), PARTIAL (the earlier lacked units' figures) or
    # PARTIAL_NOW (this period still lacks units' figures): a share of some units is no figure to compare

    NO_FIGURE = "no-figure"
    PARTIAL = "partial"
    PARTIAL_NOW = "partial-now"


@dataclass(frozen=True)
class TargetReview:
    evaluation: Evaluation
    kind: Kind
    cells: tuple[UnitCell, ...]  # one per unit of the year, in the year's order
    shortfall: int | None  # what the target still needs, in its kind's noun
    cap: CapOutcome | None
    change: Change | None  # None for the first period
    detail: Detail | None
    by_unit: Mapping[str, UnitCell] = field(default=None, compare=False, repr=False)

    def __post_init__(self):
        object.__setattr__(self, "by_unit", MappingProxyType({c.unit.id: c for c in self.cells}))

    @property
    def target(self) -> Target:
        return self.evaluation.target

    @property
    def status(self) -> Status:
        return self.evaluation.status

    @property
    def has_data(self) -> bool:
        return self.evaluation.has_data

    @property
    def per_unit(self) -> bool:
        return self.kind.per_unit(self.target)

    @property
    def council_decides(self) -> bool:
        """A figure above a cap: the Emulation Council decides what counts."""
        return self.cap is not None

    def cell(self, unit_id: str) -> UnitCell | None:
        return self.by_unit.get(unit_id)


@dataclass(frozen=True)
class UnitReview:
    """One unit in a period: whether it exists and reported, and its cell in each target."""

    unit: Unit
    exists: bool  # on the period's closing day
    result: UnitResult | None  # what it reported, when it did
    cells: tuple[tuple[TargetReview, UnitCell], ...]
    silent: bool = False  # the Office wrote that it does not report this period (tinh_trang: khong-bao-cao)

    @property
    def reported(self) -> bool:
        return self.result is not None

    @property
    def judged(self) -> list[tuple[TargetReview, UnitCell]]:
        """The targets the unit is judged on by itself, with a verdict."""
        return [(t, c) for t, c in self.cells if c.scope is Scope.OWN and c.status in (Status.MET, Status.NOT_MET)]

    @property
    def met(self) -> int:
        return sum(c.status is Status.MET for _, c in self.judged)

    @property
    def short(self) -> list[tuple[TargetReview, UnitCell]]:
        return [(t, c) for t, c in self.judged if c.status is Status.NOT_MET]

    @property
    def over_cap(self) -> list[tuple[TargetReview, UnitCell]]:
        return [(t, c) for t, c in self.cells if c.over_cap is not None]


@dataclass(frozen=True)
class Review:
    """A campaign year as it stands at the close of one reporting period."""

    year: CampaignYear
    period: Period
    results: PeriodResults | None
    targets: tuple[TargetReview, ...]
    units: tuple[UnitReview, ...]  # every unit of the year, in the year's order
    previous: Review | None = field(default=None, repr=False)

    def target(self, target_id: str) -> TargetReview:
        return next(t for t in self.targets if t.target.id == target_id)

    def unit(self, unit_id: str) -> UnitReview:
        return next(u for u in self.units if u.unit.id == unit_id)

    @property
    def met(self) -> int:
        return sum(t.status is Status.MET for t in self.targets)

    @property
    def with_data(self) -> int:
        return sum(t.has_data for t in self.targets)

    def count(self, status: Status) -> int:
        return sum(t.status is status for t in self.targets)

    @property
    def expected(self) -> tuple[Unit, ...]:
        """The units that exist on the closing day: only they are expected to report."""
        return tuple(u.unit for u in self.units if u.exists)

    @property
    def missing(self) -> tuple[Unit, ...]:
        """The units expected that have not reported."""
        return tuple(u.unit for u in self.units if u.exists and not u.reported)

    @property
    def silent(self) -> frozenset[str]:
        """The units the Office wrote do not report this period: missing for good, not late."""
        return frozenset(u.unit.id for u in self.units if u.silent)

    @property
    def complete(self) -> bool:
        return bool(self.results) and not self.missing

    @property
    def decisions(self) -> tuple[TargetReview, ...]:
        """The targets the Council must decide on."""
        return tuple(t for t in self.targets if t.council_decides)


@dataclass(frozen=True)
class YearReview:
    year: CampaignYear
    periods: tuple[Review, ...]

    def period(self, period_id: str) -> Review:
        return next(r for r in self.periods if r.period.id == period_id)

    @property
    def leading(self) -> Review:
        """The period the site leads with: the latest the Office marked published, never one because its first
        figure arrived; the first period while none is published."""
        published = [r for r in self.periods if r.period.published]
        return published[-1] if published else self.periods[0]

    def target_over_periods(self, target_id: str) -> list[TargetReview]:
        return [r.target(target_id) for r in self.periods]


# ---- computing ------------------------------------------------------------------------------------------

def evaluate(target: Target, period: Period, year: CampaignYear) -> Evaluation:
    results = year.period_results(period.id)
    if results is None:
        return Evaluation(target, period, Status.NO_DATA)
    e = kinds.of(target).evaluate(target, period, year, results)
    if e.status is Status.MET and e.cap_flags:
        # Reached with a figure above a cap: it waits for the Council's decision before it counts.
        return replace(e, status=Status.MET_OVER_CAP)
    return e


def _cells(year: CampaignYear, e: Evaluation, kind: Kind, period: Period) -> tuple[UnitCell, ...]:
    lines = {line.unit.id: line for line in e.unit_lines}
    flags = {f.unit.id: f for f in e.cap_flags if f.unit is not None}
    per_unit = kind.per_unit(e.target)
    cells = []
    for unit in year.units:
        line = lines.get(unit.id)
        if not kind.by_units:
            cells.append(UnitCell(unit, Scope.DEPARTMENT))
        elif not unit.exists_on(period.end) or not kind.concerns(unit):
            cells.append(UnitCell(unit, Scope.NOT_COUNTED))
        elif per_unit:
            status = kind.unit_status(e, line) if line is not None else Status.NO_DATA
            cells.append(UnitCell(unit, Scope.OWN, line, status,
                                  kind.unit_shortfall(e, line) if line is not None else None, flags.get(unit.id)))
        else:
            cells.append(UnitCell(unit, Scope.SHARE, line, over_cap=flags.get(unit.id)))
    return tuple(cells)


def _change(e: Evaluation, kind: Kind, before: Evaluation | None) -> Change | None:
    if before is None:
        return None
    if not e.has_data or not before.has_data:
        return Change(before, None, Change.NO_FIGURE)
    if before.missing and not before.settled:  # a figure of some units only: no figure to compare with
        return Change(before, None, Change.PARTIAL)
    if e.missing and not e.settled:
        return Change(before, None, Change.PARTIAL_NOW)
    return Change(before, kind.movement(e, before))


def _cap(e: Evaluation) -> CapOutcome | None:
    if not e.cap_flags:
        return None
    return CapOutcome(e.cap_flags[0].cap, next((f for f in e.cap_flags if f.unit is None), None),
                      tuple(f for f in e.cap_flags if f.unit is not None))


def review_period(year: CampaignYear, period: Period, previous: Review | None) -> Review:
    results = year.period_results(period.id)
    targets = []
    for target in year.campaign.targets:
        kind = kinds.of(target)
        e = evaluate(target, period, year)
        before = previous.target(target.id).evaluation if previous is not None else None
        targets.append(TargetReview(e, kind, _cells(year, e, kind, period), kind.shortfall(e), _cap(e),
                                    _change(e, kind, before),
                                    kind.detail(year, e, results) if results is not None else None))
    units = []
    for i, unit in enumerate(year.units):
        found = results.unit(unit.id) if results else None
        exists = unit.exists_on(period.end)
        units.append(UnitReview(unit, exists, found if exists and found is not None and found.reported else None,
                                tuple((t, t.cells[i]) for t in targets),
                                found is not None and found.did_not_report))
    return Review(year, period, results, tuple(targets), tuple(units), previous)


def review(year: CampaignYear) -> YearReview:
    """The year's review, one per reporting period, each knowing the one before."""
    periods: list[Review] = []
    for period in year.campaign.periods:
        periods.append(review_period(year, period, periods[-1] if periods else None))
    return YearReview(year, tuple(periods))


def reviews(years) -> Mapping[int, YearReview]:
    """Every year's review, by year: what a build computes once and hands to every writer."""
    return MappingProxyType({y.year: review(y) for y in years})
