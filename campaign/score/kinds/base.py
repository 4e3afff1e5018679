"""What a kind of target is: its evaluation, its verdict per unit, its wordings and its detail section, together.

A kind is one subclass of `Kind` in a module of this package and its `loai` code in the schema, with the keys it
needs; `kinds.gaps()` (run by the tests) names whatever is missing. The outputs (pages, print,
downloads, workbooks, the data's log) never test which kind a target has: they ask its kind. Wordings are
plain text, never Markdown; a writer escapes them for its format.
"""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from dataclasses import dataclass
from fractions import Fraction

from ...core import vi
from ...core.figures import COUNT_LABELS, COUNTS
from ...core.model import CampaignYear, Period, PeriodResults, Target
from ..evaluation import SHORT, Evaluation, Status, UnitLine


def count_labels(keys: tuple[str, ...]) -> str:
    """The counts a target adds up, as readers say them: "hoàn thành xuất sắc nhiệm vụ + hoàn thành tốt…"."""
    return " + ".join(COUNT_LABELS[k] for k in keys)


def counts_units(keys: tuple[str, ...]) -> bool:
    """Counts of units (a title, a proposal), not of people: "số phòng, đơn vị", "đơn vị đạt …"."""
    return bool(keys) and all(k == "don_vi" or COUNTS[k].counts_units for k in keys)


@dataclass(frozen=True)
class Detail:
    """A section of a target's page beyond its figures: a table of plain texts and statuses, or a sentence."""

    title: str  # "Danh mục và căn cứ"; the page adds the period's name
    columns: tuple[str, ...] = ()
    rows: tuple[tuple[str | Status, ...], ...] = ()
    text: str = ""  # instead of a table


@dataclass(frozen=True)
class Movement:
    """How a target's figure moved since the period before: by `delta` counts, or points of a percentage."""

    delta: Fraction
    points: bool  # a percentage's points (rounded shares compared), else a count


class Kind(ABC):
    """A way of measuring a target."""

    code: str  # the `loai` the Office writes in chien-dich.yml
    needs: frozenset[str]  # the keys a target of this kind must have in chien-dich.yml, besides ma/ten/van_ban/loai

    # ---- evaluation --------------------------------------------------------------------------------

    @abstractmethod
    def evaluate(self, target: Target, period: Period, year: CampaignYear, results: PeriodResults) -> Evaluation:
        """The target's status in a period that has a results file."""

    by_units = True  # it adds up the units' figures; False for a target of the department as a whole
    # Its figure builds up over the year (tasks done, units proposed): not reached in a review before the year's
    # last, it is IN_PROGRESS, not NOT_MET.
    builds_up = False

    def concerns(self, unit) -> bool:
        """Whether the target counts this unit (every unit, unless the kind says otherwise)."""
        return True

    def per_unit(self, target: Target) -> bool:
        """Whether each unit is judged on its own (else a unit's figure is its part of the department's)."""
        return False

    def unit_status(self, e: Evaluation, line: UnitLine) -> Status | None:
        """A unit's own verdict on a target judged per unit: MET, NOT_MET or NO_DATA; None for the others."""
        return None

    def shortfall(self, e: Evaluation) -> int | None:
        """How many more people, items or units a target not reached needs; None when reached or unknown."""
        if e.status not in SHORT or e.numerator is None or e.denominator is None:
            return None
        return max(int(math.ceil(e.denominator - e.numerator)), 0) or None

    def unit_shortfall(self, e: Evaluation, line: UnitLine) -> Fraction | None:
        """How far a unit judged on its own is from the target; None when it reached it or is not judged."""
        return None

    def movement(self, e: Evaluation, before: Evaluation) -> Movement | None:
        """The change of the figure since `before` (both have data); None when it has no figure to compare."""
        if e.numerator is None or before.numerator is None:
            return None
        return Movement(Fraction(e.numerator - before.numerator), False)

    def measure(self, e: Evaluation) -> Fraction | None:
        """What a chart plots: a share in percent, or a count towards the goal; None without a figure."""
        return None if not e.has_data or e.numerator is None else Fraction(e.numerator)

    scale = "count"  # what a chart's axis measures: "percent", "count", or "earned" (yes or no, no axis)

    def goal(self, target: Target, evaluations: list[Evaluation]) -> Fraction | None:
        """Where the chart's goal line stands: the threshold, or the count to reach."""
        known = [e.denominator for e in evaluations if e.denominator]
        return Fraction(known[-1]) if known else None

    def detail(self, year: CampaignYear, e: Evaluation, results: PeriodResults) -> Detail | None:
        """The target's own section of its page for a period, beyond the units' figures."""
        return None

    # ---- wording -----------------------------------------------------------------------------------

    noun = ""  # what the target counts one by one ("người", "việc"…), for "còn thiếu 1 người"

    def noun_of(self, target: Target) -> str:
        return self.noun

    @abstractmethod
    def value(self, e: Evaluation) -> str:
        """The figure of an evaluation that has data, in a few words."""

    def short_value(self, e: Evaluation) -> str:
        """The figure in a grid's cell: fewer words."""
        if not e.has_data:
            return ""
        return f"{vi.number(e.numerator)}/{vi.number(e.denominator)}" if e.denominator else vi.number(e.numerator)

    @abstractmethod
    def requirement(self, target: Target) -> str:
        """What reaching the target takes, in a few words."""

    @abstractmethod
    def method(self, year: CampaignYear, target: Target) -> str:
        """How the figure is computed and when the target is reached, in a sentence."""

    def gap(self, e: Evaluation) -> str:
        """What a target not reached still needs, in people, items or units; empty when nothing to say."""
        need, what = self.shortfall(e), self.noun_of(e.target)
        return f"{vi.number(need)} {what}" if need is not None and what else ""

    def unit_figure(self, e: Evaluation, line: UnitLine, short: bool = False) -> str:
        """A unit's figure in a target: "83,3% (5/6)", "24,5%", "1"; `short` without the counts."""
        if line.numerator is None:
            return "–"
        return vi.number(line.numerator)

    def unit_gap(self, e: Evaluation, line: UnitLine, beside_figure: bool = False) -> str:
        """What a unit judged on its own lacks: "còn thiếu 1 người"; empty when it has reached the target, or
        (`beside_figure`) when the unit's figure already says it."""
        need = self.unit_shortfall(e, line)
        return f"còn thiếu {vi.number(need)} {self.noun_of(e.target)}" if need else ""

    def chart_label(self, e: Evaluation) -> str:
        if not e.has_data or e.numerator is None:
            return "chưa có số liệu"
        goal = f"/{vi.number(e.denominator)}" if e.denominator else ""
        return f"{vi.number(e.numerator)}{goal}"

    def goal_label(self, target: Target, goal: Fraction) -> str:
        return f"{vi.number(goal)}/{vi.number(goal)}"

    # ---- a target's table of units -------------------------------------------------------------------

    def unit_columns(self, target: Target) -> tuple[str, ...]:
        """The headers of a unit's figures in the target's table of units (all numbers)."""
        den = count_labels(target.denominator)
        return (count_labels(target.numerator).capitalize(),) + ((den.capitalize(), "Tỷ lệ") if den else ())

    def unit_cells(self, e: Evaluation, line: UnitLine) -> tuple[str, ...]:
        """A unit's figures under those headers."""
        columns = len(self.unit_columns(e.target))
        if line.numerator is None:
            return ("Chưa có số liệu",) + ("–",) * (columns - 1)
        row = (vi.number(line.numerator),)
        if columns > 1:
            flag = next((f for f in e.cap_flags if f.unit is not None and f.unit.id == line.unit.id), None)
            limits = [e.target.threshold] + ([flag.cap.maximum] if flag else [])
            row += (vi.number(line.denominator), vi.percent_beside(line.share, limits) if line.share is not None
                    else "–")
        return row

    def total_cells(self, e: Evaluation) -> tuple[str, ...]:
        """The department's figures under those headers; empty without a figure."""
        if not e.has_data or e.numerator is None:
            return ()
        row = (vi.number(e.numerator),)
        if len(self.unit_columns(e.target)) > 1:
            row += (vi.number(e.denominator), self.short_value(e))
        return row
