"""Each target's status for each reporting period, from the kind that measures it; computed once per year."""

from __future__ import annotations

from dataclasses import dataclass

from ..core.model import CampaignYear, Period, Target
from . import kinds
from .evaluation import Evaluation, Status, with_caps


def evaluate(target: Target, period: Period, year: CampaignYear) -> Evaluation:
    results = year.period_results(period.id)
    if results is None:
        return Evaluation(target, period, Status.NO_DATA)
    return with_caps(kinds.of(target).evaluate(target, period, year, results))


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
