"""Shares of counts, in exact fractions, and the caps the rules set on them: arithmetic on records that the
checker and the scoring share."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from .model import Cap, PeriodResults, Unit

HUNDRED = Fraction(100)


@dataclass(frozen=True)
class CapFlag:
    """A share above a cap set by the rules: shown beside the figure, never hidden."""

    cap: Cap
    share: Fraction  # percent
    unit: Unit | None = None  # None: the whole agency
    numerator: int | None = None  # the counts the share is made of, to say how many are above the cap
    denominator: int | None = None


def percent(numerator: int | Fraction, denominator: int) -> Fraction | None:
    return None if denominator == 0 else Fraction(numerator) * HUNDRED / denominator


def sum_counts(counts: dict[str, int], keys: tuple[str, ...]) -> int | None:
    if any(k not in counts for k in keys):
        return None
    return sum(counts[k] for k in keys)


def cap_flags(cap: Cap, units: tuple[Unit, ...], results: PeriodResults) -> tuple[CapFlag, ...]:
    """Shares above the cap, for the whole agency and per unit, as far as the cap's scope holds each to it."""
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
        if cap.on_units and share is not None and share > cap.maximum:
            flags.append(CapFlag(cap, share, unit, num, den))
    share = percent(total_num, total_den)
    if cap.on_department and share is not None and share > cap.maximum:
        flags.insert(0, CapFlag(cap, share, None, total_num, total_den))
    return tuple(flags)
