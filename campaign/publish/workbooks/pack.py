"""The Council's review pack as a workbook, printed on A4 like the page (pages/pack.py): what the Council decides,
the units × targets grid with verdict words and cap flags, and what changed since the review before."""

from __future__ import annotations

from ...core import vi
from ...core.model import CollectiveTitle
from ...score.evaluation import Status
from ...score.review import YearReview, allowed
from .. import words
from ..words import COUNCIL
from .book import Book, note, write_table
from .council import grid_sheet


def _to_decide(review) -> list[list[object]]:
    """(what, target, unit, detail) for each thing the Council decides or must know of."""
    rows: list[list[object]] = []
    for t in review.decisions:
        cap = t.cap.cap
        name = f"{t.target.id} {t.target.label}"
        if t.cap.department is not None:
            f = t.cap.department
            rows.append(["Vượt giới hạn", name, vi.WHOLE_DEPARTMENT,
                         f"{vi.percent_beside(f.share, [cap.maximum])} ({f.numerator}/{f.denominator}), tối đa "
                         f"{allowed(f)} theo giới hạn: {cap.name}. {words.cap_basis(cap)}."])
        for f in sorted(t.cap.units, key=lambda f: vi.sort_key(f.unit.name)):
            rows.append(["Vượt giới hạn", name, f.unit.name,
                         f"{vi.percent_beside(f.share, [cap.maximum])} ({f.numerator}/{f.denominator}), tối đa "
                         f"{allowed(f)}."])
    for u in vi.sort_names([u for u in review.units if u.result], key=lambda u: u.unit.name):
        r = u.result
        if r.proposed_excellent:
            rows.append(["Đề nghị Tập thể Lao động xuất sắc", "", u.unit.name, "Đơn vị được đề nghị."])
        if r.collective_title is not None and r.collective_title is not CollectiveTitle.NONE:
            rows.append(["Danh hiệu tập thể", "", u.unit.name, r.collective_title.label + (
                f"; quyết định {vi.evidence(r.collective_title_decision)}" if r.collective_title_decision else "")])
    for unit in review.missing:
        rows.append(["Số liệu còn thiếu", "", unit.name,
                     "Không báo cáo kỳ này." if unit.id in review.silent else "Chưa gửi số liệu."])
    for t in review.targets:
        partial = words.completeness(t, silent=review.silent)
        if partial:
            rows.append(["Số liệu còn thiếu", f"{t.target.id} {t.target.label}", "", partial])
        elif t.status is Status.NO_DATA and review.results:
            rows.append(["Số liệu còn thiếu", f"{t.target.id} {t.target.label}", "", "Chưa có số liệu."])
    return rows


def _changes(review) -> list[list[object]]:
    before = review.previous
    if before is None:
        return []
    rows = [["Chỉ tiêu", f"{t.target.id} {t.target.label}", said] for t in review.targets
            for said in [words.target_change(t)] if said]
    earlier = {u.unit.id: u for u in before.units}
    for u in vi.sort_names(review.units, key=lambda u: u.unit.name):
        old = earlier.get(u.unit.id)
        said = words.figure_changes(old.result if old else None, u.result)
        if said:
            rows.append(["Đơn vị", u.unit.name, "; ".join(said)])
    return rows


def pack_workbook(yr: YearReview, period_id: str) -> bytes:
    review = yr.period(period_id)
    year = yr.year
    named = vi.period_in_year(review.period.name, year.year)
    book = Book(year.campaign.end)
    state = "" if review.period.published else " Kỳ này chưa công bố: số liệu đang cập nhật."
    said = note(year, book, f"Số liệu tính đến {vi.day(review.period.end)}.{state} {review.met}/{len(review.targets)} "
                            f"chỉ tiêu đạt{words.standing(review)}")
    ws = book.sheet("Cần quyết định", f"Hồ sơ trình {COUNCIL}: {named}", said)
    write_table(book, ws, ["Việc", "Chỉ tiêu", "Đơn vị", "Chi tiết"], _to_decide(review), {})
    grid_sheet(book, [review], f"Từng đơn vị theo các chỉ tiêu: {named}", said)
    if review.previous is not None:
        ws = book.sheet("Thay đổi", f"Thay đổi so với {review.previous.period.name}: {named}", said)
        write_table(book, ws, ["Theo", "Chỉ tiêu hoặc đơn vị", "Thay đổi"], _changes(review), {})
    return book.close()
