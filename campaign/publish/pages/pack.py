"""The Council's review pack: one page per reporting period, printed on A4 for the mid-year or year-end review.

What the Emulation Council decides, then the units × targets grid, then what changed since the review before, in
words. The print carries the department, the period, the day the figures count to, the day it was printed and the
page numbers on every sheet (docs/stylesheets/thidua.css, docs/javascripts/ngay-in.js for the print date).
"""

from __future__ import annotations

from ...core import vi
from ...core.markup import md
from ...core.model import CollectiveTitle
from ...score.evaluation import Status
from ...score.review import Review, YearReview
from .. import words
from ..markdown import NO_CONTEXT, Context, link, notice, stamp_line, table, wording
from ..words import COUNCIL
from .common import decision_text, headline, paths_of
from .scoreboard import unit_grid

AGENCY = "Sở Khoa học và Công nghệ tỉnh Cao Bằng"


def _titles(yr: YearReview, review: Review, here: str) -> str:
    """Each unit's collective title and proposal, as the units reported them, with the decision when there is one:
    what the Council confirms or proposes."""
    paths = paths_of(yr)
    rows = []
    for u in vi.sort_names([u for u in review.units if u.exists], key=lambda u: u.unit.name):
        r = u.result
        title = r.collective_title if r else None
        proposed = r.proposed_excellent if r else None
        rows.append([link(u.unit.name, paths.unit(u.unit), here),
                     wording(title.label if title else ("Không báo cáo kỳ này" if u.silent else "Chưa có số liệu")),
                     wording("–" if proposed is None else ("Có" if proposed else "Không")),
                     md(vi.evidence(r.collective_title_decision)) if r and r.collective_title_decision else "–"])
    if not rows:
        return ""
    # Counted over the units that reported it: "0 đơn vị đạt" before any figure came in would be a verdict.
    results = [u.result for u in review.units if u.exists and u.result]
    titled = [r for r in results if r.collective_title is not None]
    advanced = sum(1 for r in titled if r.collective_title is not CollectiveTitle.NONE)
    expected = len([u for u in review.units if u.exists and not u.silent])
    answered = [r for r in results if r.proposed_excellent is not None]
    proposed = [u.unit.name for u in review.units if u.result and u.result.proposed_excellent]
    if not titled:
        said = "Chưa có đơn vị nào báo cáo danh hiệu tập thể"
    else:
        said = f"{advanced}/{len(titled)} đơn vị đã báo cáo đạt Tập thể lao động tiên tiến trở lên"
        if len(titled) < expected:
            said += f" (còn {expected - len(titled)} đơn vị chưa có số liệu)"
    if proposed:
        said += f"; đề nghị Tập thể Lao động xuất sắc: {', '.join(md(n) for n in proposed)}."
    elif answered:
        said += "; chưa có đơn vị nào được đề nghị Tập thể Lao động xuất sắc."
    else:
        said += "; chưa có số liệu đề nghị Tập thể Lao động xuất sắc."
    return ("### Danh hiệu tập thể và đề nghị khen thưởng\n\n" + said + "\n\n"
            + table(["Đơn vị", "Danh hiệu tập thể", "Đề nghị Tập thể Lao động xuất sắc", "Quyết định"], rows,
                    label=f"Danh hiệu tập thể: {review.period.name}"))


def _missing(review: Review) -> str:
    """The figures the Council does not have yet: units that have not reported, and targets still partial."""
    lines = []
    if not review.results:
        lines.append("Kỳ này chưa có số liệu nào.")
    late = [u for u in review.missing if u.id not in review.silent]
    silent = [u for u in review.missing if u.id in review.silent]
    if late:
        lines.append("Chưa gửi số liệu: " + ", ".join(md(u.name) for u in late) + ".")
    if silent:
        lines.append(f"Không báo cáo kỳ này: {', '.join(md(u.name) for u in silent)}.")
    for t in review.targets:
        partial = words.completeness(t, md, review.silent)
        if partial:
            lines.append(f"{md(t.target.label)}: {partial}")
    no_data = [t for t in review.targets if t.status is Status.NO_DATA]
    if no_data and review.results:
        lines.append("Chưa có số liệu: " + ", ".join(md(t.target.label) for t in no_data) + ".")
    if not lines:
        return "### Số liệu còn thiếu\n\nĐã đủ số liệu của mọi đơn vị cho mọi chỉ tiêu.\n\n"
    return "### Số liệu còn thiếu\n\n" + "".join(f"- {line}\n" for line in lines) + "\n"


def _changes(review: Review) -> str:
    before = review.previous
    if before is None:
        return ""
    out = [f"## Thay đổi so với {md(before.period.name)}\n\n"]
    by_target = [(t, words.target_change(t)) for t in review.targets]
    by_target = [(t, said) for t, said in by_target if said]
    out.append("### Theo chỉ tiêu\n\n")
    out.append("".join(f"- {md(t.target.id)} {md(t.target.label)}: {md(said)}\n" for t, said in by_target)
               if by_target else "Không chỉ tiêu nào thay đổi kết quả hay trạng thái.\n")
    out.append("\n### Theo đơn vị\n\n")
    earlier = {u.unit.id: u for u in before.units}
    lines = []
    for u in vi.sort_names(review.units, key=lambda u: u.unit.name):
        old = earlier.get(u.unit.id)
        if u.result is None and old is not None and old.result is not None:
            # Not "Số người 8 → –": the unit's figures have not come in, none was deleted.
            lines.append(f"- {md(u.unit.name)}: {'không báo cáo kỳ này' if u.silent else 'chưa có số liệu kỳ này'}\n")
            continue
        said = words.figure_changes(old.result if old else None, u.result)
        if said:
            lines.append(f"- {md(u.unit.name)}: " + "; ".join(md(x) for x in said) + "\n")
    out.append("".join(lines) if lines else "Không đơn vị nào thay đổi số liệu.\n")
    return "".join(out) + "\n"


def pack_page(yr: YearReview, period_id: str, *, here: str, context: Context = NO_CONTEXT) -> str:
    review = yr.period(period_id)
    year = yr.year
    paths = paths_of(yr)
    state = "" if review.period.published else " (chưa công bố, số liệu đang cập nhật)"
    named = md(vi.period_in_year(review.period.name, year.year))
    out = [f"# Hồ sơ trình {COUNCIL}: {named}\n\n",
           f'<p class="tt-pack-meta">{wording(AGENCY)} · {named}{state} · Số liệu '
           f"tính đến {vi.day(review.period.end)}</p>\n\n",
           # The page is served at <here without .md>/ (directory URLs): as many folders up as `here` has parts.
           f'<script src="{"../" * len(here.split("/"))}javascripts/ngay-in.js" defer></script>\n\n',
           notice(year.illustrative), stamp_line(context, paths.history(), here),
           headline(yr, review, here),
           f'<p class="tt-no-print" markdown>{link("Bảng theo dõi của kỳ", paths.board(review.period.id), here)} · '
           f'{link("Hồ sơ này bằng Excel", paths.pack_workbook(review.period.id), here)} · '
           "In trang này (Ctrl+P) trên giấy A4: mỗi trang có tên Sở, ngày in và số trang.</p>\n\n",
           f"## Cần {COUNCIL} quyết định\n\n", "### Vượt giới hạn\n\n"]
    flagged = review.decisions
    out.append("".join(f"- {decision_text(yr, t, here)}\n" for t in flagged) + "\n" if flagged
               else "Không có số liệu nào vượt giới hạn.\n\n")
    out.append(_titles(yr, review, here) + "\n")
    out.append(_missing(review))
    out.append(unit_grid(yr, review, here))
    out.append(_changes(review))
    # One box around the whole pack: the print stylesheet sets it on A4 across.
    return '<div class="tt-pack" markdown>\n\n' + "".join(out) + "\n</div>\n"
