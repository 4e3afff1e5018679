"""Each target's status for a period, computed exactly (fractions) from the counts in the records."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from .model import Cap, Coded, CampaignYear, ItemStatus, Period, PeriodResults, Target, TargetKind, Unit, UnitResult

HUNDRED = Fraction(100)


class Status(Coded):
    MET = ("dat", "Đạt")
    NOT_MET = ("chua-dat", "Chưa đạt")
    NO_DATA = ("chua-co-so-lieu", "Chưa có số liệu")


@dataclass(frozen=True)
class CapFlag:
    """A share above a cap set by the rules: shown beside the figure, never hidden."""

    cap: Cap
    share: Fraction  # percent
    unit: Unit | None = None  # None: the whole agency


@dataclass(frozen=True)
class UnitLine:
    """One unit's part in a target."""

    unit: Unit
    numerator: Fraction | None
    denominator: int | None
    share: Fraction | None  # percent
    reached: bool | None


@dataclass(frozen=True)
class Evaluation:
    target: Target
    period: Period
    status: Status
    numerator: Fraction | None = None  # the counted figure (a count, or a percent for per-unit figures)
    denominator: int | None = None
    share: Fraction | None = None  # percent, for ratio targets
    progress: Fraction | None = None  # 0..1, for the bar
    unit_lines: tuple[UnitLine, ...] = ()
    cap_flags: tuple[CapFlag, ...] = ()
    missing: tuple[Unit, ...] = ()  # units whose figures are not in yet

    @property
    def has_data(self) -> bool:
        return self.status is not Status.NO_DATA


def percent(numerator: int | Fraction, denominator: int) -> Fraction | None:
    return None if denominator == 0 else Fraction(numerator) * HUNDRED / denominator


def sum_counts(counts: dict[str, int], keys: tuple[str, ...]) -> int | None:
    if any(k not in counts for k in keys):
        return None
    return sum(counts[k] for k in keys)


def cap_flags(cap: Cap, units: tuple[Unit, ...], results: PeriodResults) -> tuple[CapFlag, ...]:
    """Shares above the cap, per unit and for the whole agency."""
    flags = []
    total_num = total_den = 0
    for unit in units:
        found = results.unit(unit.id)
        counts = found.counts() if found else {}
        num, den = sum_counts(counts, cap.numerator), sum_counts(counts, cap.denominator)
        if num is None or den is None:
            continue
        total_num, total_den = total_num + num, total_den + den
        share = percent(num, den)
        if share is not None and share > cap.maximum:
            flags.append(CapFlag(cap, share, unit))
    share = percent(total_num, total_den)
    if share is not None and share > cap.maximum:
        flags.insert(0, CapFlag(cap, share))
    return tuple(flags)


def _progress(value: Fraction, goal: Fraction) -> Fraction:
    return Fraction(1) if goal <= 0 else min(Fraction(1), value / goal)


def _counted(target: Target, units: tuple[Unit, ...], results: PeriodResults, keys_num, keys_den):
    lines, missing = [], []
    total_num = total_den = 0
    for unit in units:
        found: UnitResult | None = results.unit(unit.id)
        counts = found.counts() if found else {}
        num = sum_counts(counts, keys_num)
        den = sum_counts(counts, keys_den) if keys_den else None
        if num is None or (keys_den and den is None):
            missing.append(unit)
            lines.append(UnitLine(unit, None, None, None, None))
            continue
        total_num += num
        if keys_den:
            total_den += den
        lines.append(UnitLine(unit, Fraction(num), den, percent(num, den) if keys_den else None, None))
    return lines, missing, total_num, total_den


def evaluate(target: Target, period: Period, year: CampaignYear) -> Evaluation:
    results = year.period_results(period.id)
    if results is None:
        return Evaluation(target, period, Status.NO_DATA)
    units = year.units
    kind = target.kind
    if kind is TargetKind.CHECKLIST:
        items = [i for i in results.checklist_items if i.checklist == target.checklist]
        if not items:
            return Evaluation(target, period, Status.NO_DATA)
        done = sum(i.status is ItemStatus.DONE for i in items)
        goal = target.required if target.required is not None else len(items)
        status = Status.MET if done >= goal else Status.NOT_MET
        return Evaluation(target, period, status, Fraction(done), goal, percent(done, goal),
                          _progress(Fraction(done), Fraction(goal)))
    if kind in (TargetKind.RATIO, TargetKind.COUNT):
        keys_den = target.denominator if kind is TargetKind.RATIO else ()
        lines, missing, num, den = _counted(target, units, results, target.numerator, keys_den)
        flags = cap_flags(year.campaign.cap(target.cap), units, results) if target.cap else ()
        if missing:
            return Evaluation(target, period, Status.NO_DATA, unit_lines=tuple(lines), missing=tuple(missing))
        if kind is TargetKind.COUNT:
            goal = Fraction(target.required or 0)
            status = Status.MET if num >= goal else Status.NOT_MET
            return Evaluation(target, period, status, Fraction(num), target.required, None,
                              _progress(Fraction(num), goal), tuple(lines), flags)
        share = percent(num, den)
        if share is None:
            return Evaluation(target, period, Status.NO_DATA, unit_lines=tuple(lines))
        status = Status.MET if share >= target.threshold else Status.NOT_MET
        return Evaluation(target, period, status, Fraction(num), den, share,
                          _progress(share, target.threshold), tuple(lines), flags)
    if kind is TargetKind.UNIT_PERCENT:
        concerned = [u for u in units if u.public_service]
        lines, missing = [], []
        for unit in concerned:
            found = results.unit(unit.id)
            value = found.autonomy if found else None
            if value is None:
                missing.append(unit)
            lines.append(UnitLine(unit, value, None, value, None if value is None else value >= target.threshold))
        if not concerned or missing:
            return Evaluation(target, period, Status.NO_DATA, unit_lines=tuple(lines), missing=tuple(missing))
        reached = sum(bool(line.reached) for line in lines)
        status = Status.MET if reached == len(lines) else Status.NOT_MET
        return Evaluation(target, period, status, Fraction(reached), len(lines), percent(reached, len(lines)),
                          Fraction(reached, len(lines)), tuple(lines))
    if kind is TargetKind.TITLE:
        found = next((t for t in results.titles if t.title == target.title), None)
        if found is None:
            return Evaluation(target, period, Status.NO_DATA)
        return Evaluation(target, period, Status.MET if found.earned else Status.NOT_MET,
                          Fraction(int(found.earned)), 1, None, Fraction(int(found.earned)))
    if kind is TargetKind.ORG_RATING:
        orgs = year.campaign.organisations
        ratings = [results.org_ratings.get(o.id) for o in orgs]
        if not orgs or any(r is None for r in ratings):
            return Evaluation(target, period, Status.NO_DATA)
        reached = sum(r.rank >= target.min_rating.rank for r in ratings)
        status = Status.MET if reached == len(orgs) else Status.NOT_MET
        return Evaluation(target, period, status, Fraction(reached), len(orgs), None,
                          Fraction(reached, len(orgs)))
    raise ValueError(f"unknown target kind {kind}")


@dataclass(frozen=True)
class Scoreboard:
    period: Period
    evaluations: tuple[Evaluation, ...]
    previous: "Scoreboard | None" = None

    @property
    def met(self) -> int:
        return sum(e.status is Status.MET for e in self.evaluations)

    @property
    def with_data(self) -> int:
        return sum(e.has_data for e in self.evaluations)

    def before(self, target: Target) -> Evaluation | None:
        if self.previous is None:
            return None
        return next((e for e in self.previous.evaluations if e.target.id == target.id), None)


# Every generated page of a year asks for its scoreboards; computing them once per year object keeps a build
# linear in the number of units (500 units took minutes). Keyed by identity: a CampaignYear is not hashable.
_BOARDS: dict[int, tuple[CampaignYear, tuple[Scoreboard, ...]]] = {}
_BOARDS_KEPT = 8


def scoreboards(year: CampaignYear) -> tuple[Scoreboard, ...]:
    """One scoreboard per reporting period, each knowing the one before it."""
    cached = _BOARDS.get(id(year))
    if cached is not None and cached[0] is year:
        return cached[1]
    boards: list[Scoreboard] = []
    for period in year.campaign.periods:
        evaluations = tuple(evaluate(t, period, year) for t in year.campaign.targets)
        boards.append(Scoreboard(period, evaluations, boards[-1] if boards else None))
    if len(_BOARDS) >= _BOARDS_KEPT:  # `mkdocs serve` loads a new year at every change of the data
        _BOARDS.clear()
    _BOARDS[id(year)] = (year, tuple(boards))
    return tuple(boards)


def current_board(boards: tuple[Scoreboard, ...]) -> Scoreboard:
    """The latest period that has any figure; the first period when none has."""
    with_data = [b for b in boards if b.with_data]
    return with_data[-1] if with_data else boards[0]
