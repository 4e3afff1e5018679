"""What the kinds that add up units' counts share (ratios and counts): a unit's part, and its yes or no on itself."""

from __future__ import annotations

from ...core.figures import COUNT_LABELS
from ..evaluation import Evaluation, UnitLine
from .base import counts_units


def says_of_itself(e: Evaluation, line: UnitLine) -> bool:
    """Whether a unit's line says yes or no about the unit itself (its title, its proposal)."""
    keys = e.target.numerator
    return counts_units(keys) and line.denominator in (None, 1) and all(k != "don_vi" for k in keys)


def fact(e: Evaluation, line: UnitLine) -> str:
    """A unit's yes or no on a target that counts units: "Chưa đạt Tập thể lao động tiên tiến trở lên"."""
    what = " + ".join(COUNT_LABELS[k].removeprefix("đơn vị ") for k in e.target.numerator)
    return (what[0].upper() + what[1:]) if line.numerator else f"Chưa {what}"


def noun(keys: tuple[str, ...]) -> str:
    return "đơn vị" if counts_units(keys) else "người"
