"""The log of a year's data changes: when the Office changed the figures, and what that did to the targets and to
each unit's figures, in words a reader uses. No commit, hash or file name: those are the repository's, not the
reader's.

A real year's log starts where the real year did (`make go-live`): the illustrative figures before it were never
results, so they are neither listed nor compared with.
"""

from __future__ import annotations

from ...core import vi
from ...core.markup import md
from ...history import log as history
from ...history.diff import said_md
from ...score.review import YearReview
from ..markdown import link, notice, table
from .common import paths_of

_LIMITS = {
    history.NOT_GIT: "Bản dựng này không có lịch sử thay đổi của số liệu (thư mục số liệu không nằm trong kho "
                     "git), nên chưa có nhật ký và chưa rõ ngày cập nhật số liệu lần cuối.",
    history.SHALLOW: "Bản dựng này chỉ có một phần lịch sử (bản sao rút gọn của kho git): các thay đổi cũ hơn "
                     "và ngày của chúng có thể không có ở đây.",
    history.NO_COMMITS: "Số liệu năm này chưa được lưu vào lịch sử thay đổi lần nào.",
}
_NOT_COMPARED = {
    history.SHALLOW: "Không so sánh được với lần cập nhật trước: bản dựng này không có số liệu của lần đó.",
    "invalid": "Không so sánh được với lần cập nhật trước: số liệu của lần này hoặc lần trước có lỗi, hoặc được "
               "ghi theo mẫu cũ mà chương trình hiện nay không đọc được.",
}


def shown_entries(yr: YearReview, log: history.YearHistory) -> tuple[list[history.Entry], bool]:
    """The entries a reader sees, newest first, and whether illustrative ones were left out: in a real year, none
    from before it went live."""
    if yr.year.illustrative:
        return list(log.entries), False
    shown = []
    for entry in log.entries:  # newest first; one marked illustrative after going live is said at its return
        if entry.illustrative_after:
            continue
        shown.append(entry)
        if entry.went_live:
            return shown, True
    return shown, any(entry.illustrative_after for entry in log.entries)


def _periods(names: tuple[str, ...]) -> str:
    return md(", ".join(names))


def _arrow(before: str, after: str) -> str:
    return f"{md(before)} → {md(after)}" if before != after else md(after)


def _said_nothing(entry: history.Entry) -> bool:
    """A change that moved no figure and no verdict and marked nothing: counted at the end, not given a day."""
    return (entry.changes == () and not entry.units and not entry.published and not entry.corrected
            and not entry.first and not entry.went_live and not entry.back_to_real)


def _not_compared(entry: history.Entry) -> bool:
    return entry.changes is None and not (entry.went_live or entry.back_to_real or entry.published or entry.corrected)


def _not_compared_run(run: list[history.Entry]) -> str:
    """Updates in a row that could not be compared, said once with their days: one reason, not one line each."""
    newest, oldest = vi.day(run[0].day), vi.day(run[-1].day)
    days = f"Ngày {newest}" if newest == oldest else f"Từ ngày {oldest} đến ngày {newest}"
    prefix = "Không so sánh được với lần cập nhật trước: "
    reasons = sorted({_NOT_COMPARED.get(e.problem, _NOT_COMPARED["invalid"]).removeprefix(prefix) for e in run})
    if len(run) == 1:
        return f"## {days}\n\n{prefix}{' '.join(reasons)}\n\n"
    return f"## {days}\n\n{len(run)} lần cập nhật không so sánh được với lần cập nhật trước: {' '.join(reasons)}\n\n"


def _entry(entry: history.Entry) -> str:
    day = vi.day(entry.day)
    out = [f"## Ngày {day}\n\n"]
    if entry.went_live:
        out.append("**Bắt đầu số liệu thật của năm.** Số liệu minh họa được gỡ bỏ; từ đây trang chỉ có số liệu "
                   "do các đơn vị báo cáo.\n\n")
    elif entry.back_to_real:
        out.append("**Số liệu năm được đánh dấu lại là số liệu thật** sau những lần cập nhật bị đánh dấu minh họa; "
                   "thay đổi dưới đây so với số liệu thật trước đó.\n\n")
    elif entry.first:
        out.append("Số liệu năm này được đưa lên trang lần đầu.\n\n")
    if entry.published:
        out.append(f"**Công bố kết quả kỳ {_periods(entry.published)}.** Từ đây kỳ này không còn ghi “chưa công bố, "
                   "số liệu đang cập nhật”; trang chủ và bảng theo dõi mở đầu bằng kỳ công bố gần nhất.\n\n")
    if entry.corrected:
        out.append(f"**Sửa số liệu đã công bố** của kỳ {_periods(entry.corrected)}.\n\n")
    if entry.changes is None:
        out.append(_NOT_COMPARED.get(entry.problem, _NOT_COMPARED["invalid"]) + "\n\n")
        return "".join(out)
    if not entry.changes and not entry.units and entry.went_live:
        out.append("Chưa có số liệu nào của năm.\n\n")
        return "".join(out)
    if not entry.changes and not entry.units and entry.published:
        out.append("Số liệu của các chỉ tiêu và các đơn vị không thay đổi.\n\n")
        return "".join(out)
    if not entry.changes and not entry.units:
        out.append("Kết quả của các chỉ tiêu và số liệu của các đơn vị không thay đổi.\n\n")
        return "".join(out)
    if entry.changes:
        rows = [[md(c.target), md(c.period), _arrow(c.value_before, c.value_after),
                 _arrow(c.status_before, c.status_after)] for c in entry.changes]
        out.append(table(["Chỉ tiêu", "Kỳ", "Kết quả trước → sau", "Trạng thái trước → sau"], rows,
                         label=f"Chỉ tiêu thay đổi ngày {day}"))
        out.append("\n")
    else:
        out.append("Kết quả và trạng thái của các chỉ tiêu không đổi.\n\n")
    if entry.units:
        rows = [[md(u.unit), md(u.period), said_md(u.said)] for u in entry.units]
        out.append(table(["Đơn vị", "Kỳ", "Số liệu trước → sau"], rows, label=f"Số liệu đơn vị thay đổi ngày {day}"))
        out.append("\n")
    return "".join(out)


def history_page(yr: YearReview, log: history.YearHistory, *, here: str) -> str:
    """The log of the year's data changes, newest first."""
    year = yr.year
    paths = paths_of(yr)
    out = [f"# Nhật ký cập nhật số liệu năm {year.year}\n\n", notice(year.illustrative),
           "Mỗi lần Văn phòng Sở cập nhật số liệu năm này lên trang: ngày cập nhật, các chỉ tiêu có kết quả hoặc "
           "trạng thái thay đổi, và số liệu của từng đơn vị thay đổi theo đó. Ngày ghi ở đây là ngày số liệu được "
           f"đưa lên trang, không phải ngày chốt số liệu của kỳ báo cáo. {link('Xem bảng theo dõi', paths.board(), here)}"
           ".\n\n"]
    if log.limitation:
        out.append(f'<p class="tt-notice" role="note">{_LIMITS[log.limitation]}</p>\n\n')
    entries, cut = shown_entries(yr, log)
    run: list[history.Entry] = []
    for entry in entries:
        if _said_nothing(entry):
            continue
        if _not_compared(entry):
            run.append(entry)
            continue
        if run:
            out.append(_not_compared_run(run))
            run = []
        out.append(_entry(entry))
    if run:
        out.append(_not_compared_run(run))
    if not entries and not log.limitation:
        out.append("Chưa có lần cập nhật nào.\n\n")
    quiet = sum(map(_said_nothing, entries))
    if quiet:
        out.append(f"{'Ngoài những lần trên, c' if len(entries) > quiet else 'C'}ó {quiet} lần cập nhật không làm "
                   "thay đổi kết quả của chỉ tiêu nào, cũng không thay đổi số liệu của đơn vị nào.\n\n")
    if cut:
        out.append("Những lần cập nhật khi số liệu năm còn là số liệu minh họa không ghi vào nhật ký: các con số ấy "
                   "không phải kết quả thật.\n")
    elif log.older:
        out.append(f"Còn {log.older} lần cập nhật cũ hơn không hiện ở đây.\n")
    return "".join(out)
