"""The review's answers in words: what every output says about a target or a unit, the same on a page, on paper, in
the CSV and in the workbooks. Plain text; names from the data go through `escape` (md() on a page, nothing in a
spreadsheet), so one sentence serves every format.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Callable

from ..core import vi
from ..core.figures import FIGURES, shown
from ..score.evaluation import SHORT, Status
from ..score.review import Change, Scope, TargetReview, UnitCell, allowed

# The sign beside each status, so that it never rests on colour alone; a status added later gets "•" until
# it has one. The legend, the badges and their CSS classes (tt-<code>) come from the Status enum itself.
SIGNS = {Status.MET: "✓", Status.NOT_MET: "✗", Status.NO_DATA: "–", Status.MET_OVER_CAP: "⚠",
         Status.INCOMPLETE: "…", Status.IN_PROGRESS: "→"}
SHARE = "○"  # a unit's figure in a target judged for the whole department
COUNTED_TOGETHER = "Tính chung toàn Sở"
_SAME: Callable[[str], str] = lambda text: text  # noqa: E731


def sign(status: Status) -> str:
    return SIGNS.get(status, "•")


def value(t: TargetReview) -> str:
    """The target's figure in a few words; "–" without one."""
    return t.kind.value(t.evaluation) if t.has_data else "–"


def short_value(t: TargetReview) -> str:
    """The target's figure in a grid's cell."""
    return t.kind.short_value(t.evaluation) if t.has_data else ""


def requirement(t: TargetReview) -> str:
    return t.kind.requirement(t.target)


def gap(t: TargetReview) -> str:
    """What a target not reached still needs, in people, items or units; "–" when reached, not yet known, or when
    there is no amount to give (a title earned or not): never the status again. When its cap forbids what the
    target needs, it says so, not an amount nobody may add."""
    if t.status not in SHORT:
        return "–"
    e = t.evaluation
    if t.shortfall and e.cap_room is not None and e.numerator is not None and e.numerator + t.shortfall > e.cap_room:
        noun = t.kind.noun_of(t.target)
        return (f"không đạt được trong giới hạn: cần {vi.number(e.numerator + t.shortfall)} {noun}, giới hạn cho "
                f"phép {vi.number(e.cap_room)}")
    return t.kind.gap(e) or "–"


def gap_phrase(t: TargetReview) -> str:
    """The gap in a sentence: "còn thiếu 1 người", or why the cap leaves none to close; empty when none."""
    said = gap(t)
    if said == "–":
        return ""
    return said if said.startswith("không đạt được") else f"còn thiếu {said}"


SILENT = "không báo cáo kỳ này"


def completeness(t: TargetReview, escape=_SAME, silent: frozenset[str] = frozenset()) -> str:
    """While figures are missing: how many are in, who is missing (and who will not report, `silent`), and whether
    the verdict is already settled."""
    e = t.evaluation
    if not e.missing or not e.has_data:
        return ""
    names = ", ".join(escape(x.name) + (f" ({SILENT})" if x.id in silent else "") for x in e.missing)
    reported = e.expected - len(e.missing)
    if e.settled:
        verdict = "đạt" if e.status is Status.MET else "chưa đạt"
        return (f"Đã chắc chắn {verdict}, dù còn thiếu số liệu của: {names} "
                f"({reported}/{e.expected} {e.counted} đã có)")
    return (f"Chưa đủ số liệu: {reported}/{e.expected} {e.counted}; còn thiếu: {names}. Kết quả trên tính trên các "
            f"{e.counted} đã có.")


def cap(t: TargetReview) -> str:
    """A figure above a cap, said beside the result: how far over, for the department, and how many units."""
    if t.cap is None:
        return ""
    parts = []
    if t.cap.department is not None:
        flag = t.cap.department
        most = allowed(flag)
        parts.append(f"toàn Sở {vi.percent_beside(flag.share, [flag.cap.maximum])}"
                     + (f", tối đa {vi.number(most)} người" if most is not None else ""))
    if t.cap.units:
        parts.append(f"{len(t.cap.units)} đơn vị vượt")
    return f"Vượt giới hạn {vi.threshold(t.cap.cap.maximum)}: {'; '.join(parts)}"


def change(t: TargetReview) -> str:
    """How the target moved since the period before: "tăng 2; Chưa đạt → Đạt"; why not, when the period before
    had figures of some units only; "–" when either has no figure."""
    c: Change | None = t.change
    partial = not_compared(t)
    if partial:
        return partial
    if c is None or c.movement is None:
        return "–"
    parts = [moved(c.movement.delta, 1 if c.movement.points else 0, " điểm %" if c.movement.points else "")]
    if t.status is not c.before.status:
        parts.append(f"{c.before.status.label} → {t.status.label}")
    return "; ".join(parts)


def not_compared(t: TargetReview) -> str:
    """Why a target is not compared with the period before, when one of the two has figures of some units only."""
    c = t.change
    if c is None or c.why not in (Change.PARTIAL, Change.PARTIAL_NOW):
        return ""
    e, which = (c.before, "kỳ trước") if c.why == Change.PARTIAL else (t.evaluation, "kỳ này")
    return f"Không so sánh: {which} mới có số liệu của {e.expected - len(e.missing)}/{e.expected} {e.counted}"


def moved(delta: Fraction, digits: int, unit: str) -> str:
    """"tăng 2", "giảm 1,5 điểm %": in words, so no cell of a download starts like a formula (+2, -1)."""
    if delta == 0:
        return "không đổi"
    return f"{'tăng' if delta > 0 else 'giảm'} {vi.number(abs(delta), digits)}{unit}"


def cap_scope(cap) -> str:
    """On what a cap is counted, as the Office wrote it (pham_vi); said to be missing rather than guessed."""
    if cap.scope == cap.DEPARTMENT:
        return "Tính trên tổng số của toàn Sở"
    if cap.scope == cap.PER_UNIT:
        return "Tính riêng trong từng phòng, đơn vị"
    return "Chưa ghi giới hạn tính trên toàn Sở hay trong từng đơn vị, nên xét cả hai"


def cap_basis(cap, escape=_SAME) -> str:
    """A cap's legal basis as the Office wrote it; said to be missing rather than guessed."""
    return f"Căn cứ: {escape(cap.basis)}" if cap.basis else "Căn cứ: chưa ghi căn cứ"


# ---- a unit in a target -----------------------------------------------------------------------------------

def unit_figure(t: TargetReview, cell: UnitCell, short: bool = False) -> str:
    """A unit's figure in a target: "83,3% (5/6)", "24,5%", "Có"; "–" without one."""
    if cell.line is None:
        return "–"
    return t.kind.unit_figure(t.evaluation, cell.line, short)


def unit_gap(t: TargetReview, cell: UnitCell, beside_figure: bool = False) -> str:
    """What a unit judged on its own lacks: "còn thiếu 1 người"; empty otherwise."""
    if cell.line is None or cell.scope is not Scope.OWN:
        return ""
    return t.kind.unit_gap(t.evaluation, cell.line, beside_figure)


def unit_cap(cell: UnitCell) -> str:
    """A unit's share above a cap, held to it on its own: "Vượt giới hạn 15% trong đơn vị: có 2, tối đa 1"."""
    flag = cell.over_cap
    if flag is None:
        return ""
    return (f"Vượt giới hạn {vi.threshold(flag.cap.maximum)} trong đơn vị: có {vi.number(flag.numerator)}, "
            f"tối đa {vi.number(allowed(flag))}")


@dataclass(frozen=True)
class GridCell:
    """A unit's cell of the Council's grid: the sign (its own verdict, ⚠ above a cap, ○ a figure counted for the
    whole department, – no figure), the words a screen reader says for the sign, and the short figure."""

    sign: str
    said: str
    status: Status | None  # the verdict the sign stands for; None for ○ and ⚠
    over_cap: bool
    short: str

    @property
    def text(self) -> str:
        """The cell in words, for a spreadsheet: "✓ Đạt 100,0%", "⚠ Vượt giới hạn 22,2%"."""
        return " ".join(x for x in (self.sign, self.said, self.short) if x)


def grid_cell(t: TargetReview, cell: UnitCell) -> GridCell:
    if cell.scope in (Scope.DEPARTMENT, Scope.NOT_COUNTED) or cell.line is None and cell.scope is Scope.SHARE:
        return GridCell(SHARE, COUNTED_TOGETHER, None, False, "")
    if cell.line is None or cell.line.numerator is None:
        return GridCell(sign(Status.NO_DATA), Status.NO_DATA.label, Status.NO_DATA, False, "")
    short = unit_figure(t, cell, short=True)
    if cell.over_cap is not None:
        return GridCell("⚠", "Vượt giới hạn", None, True, short)
    if cell.scope is not Scope.OWN:
        return GridCell(SHARE, COUNTED_TOGETHER, None, False, short)
    return GridCell(sign(cell.status), cell.status.label, cell.status, False, short)


def figure_changes(before, after) -> list[str]:
    """What a unit reported that changed between two periods (or two versions of one), figure by figure:
    "Lao động tiên tiến 6 → 7"; `before` and `after` are UnitResults or None."""
    said = []
    for figure in FIGURES:
        old = before.values.get(figure.key) if before is not None else None
        new = after.values.get(figure.key) if after is not None else None
        if old != new:  # a figure not reported reads as the targets' lines say it: "chưa có"
            said.append(f"{figure.label} {shown(figure, old) if old is not None else 'chưa có'} → "
                        f"{shown(figure, new) if new is not None else 'chưa có'}")
    return said


def target_change(t: TargetReview) -> str:
    """A target since the period before, in plain words: "16,3% (7/43) → 17,1% (8/47); Chưa đạt → Đạt"; empty when
    nothing changed."""
    if t.change is None:
        return ""
    partial = not_compared(t)
    if partial:
        return partial
    before = t.change.before
    old = t.kind.value(before) if before.has_data else "chưa có số liệu"
    new = value(t) if t.has_data else "chưa có số liệu"
    parts = [f"{old} → {new}"] if old != new else []
    if before.status is not t.status:
        parts.append(f"{before.status.label} → {t.status.label}")
    return "; ".join(parts)


COUNCIL = "Hội đồng Thi đua – Khen thưởng Sở"


def standing(review, escape: Callable[[str], str] = _SAME, name: Callable[[TargetReview], str] | None = None) -> str:
    """What follows "6/12 chỉ tiêu đạt" wherever a period's standing is said (the pages' headline, the Council's
    pack workbook): the period before; one count per other status, so that with the targets met they add up to the
    total; the targets above a cap that the Council must see although they are not "waiting for the Council"; and
    the targets not reached or under way by their short names (`name`: a link on a page) and what they lack."""
    name = name or (lambda t: escape(t.target.label))
    total = len(review.targets)
    out = f" ({escape(review.previous.period.name)}: {review.previous.met}/{total})" if review.previous else ""
    for status in (Status.MET_OVER_CAP, Status.NOT_MET, Status.IN_PROGRESS, Status.INCOMPLETE, Status.NO_DATA):
        n = review.count(status)
        if n:
            out += (f"; {n} chờ {COUNCIL} quyết định" if status is Status.MET_OVER_CAP
                    else f"; {n} {status.label[0].lower()}{status.label[1:]}")
    out += "."
    also = [t for t in review.decisions if t.status is not Status.MET_OVER_CAP]
    if also:
        out += f" Có số liệu vượt giới hạn, chờ {COUNCIL} xem xét: " + "; ".join(name(t) for t in also) + "."
    for status in (Status.NOT_MET, Status.IN_PROGRESS):  # each named, with what it still lacks
        named = [name(t) + (f" ({escape(gap)})" if gap else "")
                 for t in review.targets if t.status is status for gap in [gap_phrase(t)]]
        if named:
            out += f" {status.label}: " + "; ".join(named) + "."
    return out
