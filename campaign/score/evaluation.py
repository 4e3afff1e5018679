"""What an evaluation of a target is made of, and the arithmetic every kind of target shares."""

from __future__ import annotations

from dataclasses import dataclass, replace
from fractions import Fraction

from ..core.measures import CapFlag, percent, sum_counts
from ..core.model import Coded, Period, PeriodResults, Target, Unit, UnitResult


class Status(Coded):
    MET = ("dat", "Đạt")
    # Reached, but a figure is above a cap the rules set: the Emulation Council decides before it counts.
    MET_OVER_CAP = ("dat-vuot-gioi-han", "Đạt, vượt giới hạn")
    NOT_MET = ("chua-dat", "Chưa đạt")
    INCOMPLETE = ("chua-du-so-lieu", "Chưa đủ số liệu")  # some figures in, and the missing ones could change it
    NO_DATA = ("chua-co-so-lieu", "Chưa có số liệu")


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
    missing: tuple = ()  # the units (or organisations) whose figures are not in yet: each has a .name
    expected: int = 0  # how many units (or organisations) the target counts in this period
    counted: str = "đơn vị"  # what `missing` and `expected` count, as readers say it
    # The most the counted figure can reach with no figure above the target's cap, when the cap holds the same
    # ratio (II.3f: Chiến sĩ thi đua cơ sở at most 15% of Lao động tiên tiến); None when no cap says.
    cap_room: int | None = None

    @property
    def has_data(self) -> bool:
        return self.status is not Status.NO_DATA

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def settled(self) -> bool:
        """A verdict that the missing figures can no longer change."""
        return self.status in (Status.MET, Status.MET_OVER_CAP, Status.NOT_MET) and bool(self.missing)


def with_caps(e: Evaluation) -> Evaluation:
    """A target reached with a figure above a cap is not simply reached: it waits for the Council's decision."""
    if e.status is Status.MET and e.cap_flags:
        return replace(e, status=Status.MET_OVER_CAP)
    return e


def progress(value: Fraction, goal: Fraction) -> Fraction:
    return Fraction(1) if goal <= 0 else min(Fraction(1), value / goal)


def counted(units: tuple[Unit, ...], results: PeriodResults, keys_num: tuple[str, ...], keys_den: tuple[str, ...]):
    """Each unit's line, the units without figures, and the sums over the units with figures."""
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




# Per unit, these counts never exceed those: the checker holds ratings to the staff count, Lao động tiên tiến to
# the staff and to those rated good or better, Chiến sĩ thi đua cơ sở to Lao động tiên tiến, and a unit's own
# titles to the one unit it is. A ratio of such counts is at most 100 % in every unit, reported or not yet.
_RATINGS = frozenset({"hoan_thanh_xuat_sac", "hoan_thanh_tot", "hoan_thanh", "khong_hoan_thanh"})
_BOUNDED_BY: dict[str, tuple[frozenset[str], ...]] = {
    "lao_dong_tien_tien": (frozenset({"tong_so"}), frozenset({"hoan_thanh_xuat_sac", "hoan_thanh_tot"})),
    "chien_si_thi_dua_co_so": (frozenset({"lao_dong_tien_tien"}), frozenset({"tong_so"})),
    "tap_the_lao_dong_tien_tien": (frozenset({"don_vi"}),),
    "tap_the_lao_dong_xuat_sac": (frozenset({"don_vi"}), frozenset({"tap_the_lao_dong_tien_tien"})),
    "de_nghi_tap_the_xuat_sac": (frozenset({"don_vi"}),),
}


def at_most_whole(numerator: tuple[str, ...], denominator: tuple[str, ...]) -> bool:
    """Whether numerator/denominator cannot exceed 100 % in any unit, by the rules the checker enforces."""
    num, den = set(numerator), set(denominator)
    if num <= den or (num <= _RATINGS and "tong_so" in den):
        return True
    if len(num) == 1:
        return any(bound <= den for bound in _BOUNDED_BY.get(next(iter(num)), ()))
    return False
