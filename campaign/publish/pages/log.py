"""The log of a year's data changes: when the Office changed the figures, and what that did to the targets."""

from __future__ import annotations

import html

from ...core import vi
from ...core.markup import md
from ...history import log as history
from ...score.review import YearReview
from ..markdown import link, table
from .common import paths_of

_LIMITS = {
    history.NOT_GIT: "Bản dựng này không có lịch sử thay đổi của số liệu (thư mục số liệu không nằm trong kho "
                     "git), nên chưa có nhật ký và chưa rõ ngày cập nhật số liệu lần cuối.",
    history.SHALLOW: "Bản dựng này chỉ có một phần lịch sử (bản sao rút gọn của kho git): các thay đổi cũ hơn "
                     "và ngày của chúng có thể không có ở đây.",
    history.NO_COMMITS: "Số liệu năm này chưa được lưu vào lịch sử thay đổi lần nào.",
}


def history_page(yr: YearReview, log: history.YearHistory, *, here: str) -> str:
    """The log of the year's data changes, newest first."""
    year = yr.year
    paths = paths_of(yr)
    out = [f"# Nhật ký cập nhật số liệu năm {year.year}\n\n",
           "Mỗi lần Văn phòng Sở cập nhật số liệu năm này: ngày, nội dung thay đổi, và những chỉ tiêu có kết quả "
           f"hoặc trạng thái thay đổi theo đó. {link('Xem bảng theo dõi', paths.board(), here)}.\n\n"]
    if log.limitation:
        out.append(f'<p class="tt-notice" role="note">{_LIMITS[log.limitation]}</p>\n\n')
    for entry in log.entries:
        # The commit's message is whoever wrote it, maybe not in Vietnamese: the files and figures say it all.
        files = ", ".join(f"<code>{html.escape(f)}</code>" for f in entry.files) or "các tệp số liệu"
        out.append(f"## Ngày {vi.day(entry.day)}\n\n")
        out.append(f'<p class="tt-commit">Sửa {files} · phiên bản <code>{entry.commit[:10]}</code></p>\n\n')
        if entry.changes is None:
            why = ("không có phiên bản trước trong bản sao này để so sánh" if entry.problem == history.SHALLOW
                   else "số liệu ở phiên bản này hoặc phiên bản trước ghi theo cách cũ, chương trình hiện nay "
                        "không đọc được để so sánh")
            out.append(f"Chưa so sánh được: {why}.\n\n")
        elif not entry.changes:
            out.append("Thay đổi này không làm thay đổi kết quả hay trạng thái của chỉ tiêu nào.\n\n")
        else:
            if entry.first:
                out.append("Số liệu năm này được đưa lên lần đầu.\n\n")
            rows = [[md(c.target), md(c.period), f"{md(c.value_before)} → {md(c.value_after)}"
                     if c.value_before != c.value_after else md(c.value_after),
                     f"{md(c.status_before)} → {md(c.status_after)}"
                     if c.status_before != c.status_after else md(c.status_after)] for c in entry.changes]
            out.append(table(["Chỉ tiêu", "Kỳ", "Kết quả trước → sau", "Trạng thái trước → sau"], rows,
                             label=f"Thay đổi ngày {vi.day(entry.day)}"))
            out.append("\n")
    if log.older:
        out.append(f"Còn {log.older} lần cập nhật cũ hơn không hiện ở đây (xem lịch sử git của thư mục "
                   f"<code>data/{year.year}</code>).\n")
    if not log.entries and not log.limitation:
        out.append("Chưa có lần cập nhật nào.\n")
    return "".join(out)
