"""Markdown for the scoreboard pages, made from records; every string from data is escaped."""

from __future__ import annotations

import csv
import io
import json
import posixpath
from fractions import Fraction

from . import kinds, vi
from .compute import Evaluation, Scoreboard, Status, current_board, scoreboards
from .ids import page_name
from .kinds import count_labels
from .markup import attr, md, spreadsheet_cell
from .model import CampaignYear, Evidence, Rating, Target, TargetKind, Unit

_ICONS = {Status.MET: "✓", Status.NOT_MET: "✗", Status.INCOMPLETE: "…", Status.NO_DATA: "–"}


class Paths:
    """Where each page of a campaign year lives, and links between them."""

    def __init__(self, year: int):
        self.year = year

    def board(self, period_id: str | None = None) -> str:
        return f"{self.year}/bang-theo-doi/{period_id or 'index'}.md"

    def target(self, target: Target) -> str:
        return f"{self.year}/chi-tieu/{target_slug(target)}.md"

    def units(self) -> str:
        return f"{self.year}/don-vi/index.md"

    def unit(self, unit: Unit) -> str:
        return f"{self.year}/don-vi/{unit.id}.md"

    def checklists(self) -> str:
        return f"{self.year}/danh-muc.md"

    def activities(self) -> str:
        return f"{self.year}/hoat-dong.md"

    def timeline(self) -> str:
        return f"{self.year}/moc-thoi-gian.md"

    def commendations(self) -> str:
        return f"{self.year}/khen-thuong.md"

    def download(self, period_id: str, extension: str) -> str:
        return f"{self.year}/tai-ve/bang-theo-doi-{period_id}.{extension}"

    def year_workbook(self) -> str:
        return f"{self.year}/tai-ve/bang-theo-doi-{self.year}-moi-ky.xlsx"

    def template(self, period_id: str) -> str:
        """The period's input workbook; named as the data file it becomes, so an upload keeps the right name."""
        return f"{self.year}/tai-ve/mau-nhap/{period_id}.xlsx"

    def content_item(self, number: int) -> str:
        return f"{self.year}/noi-dung.md#noi-dung-{number}"


def target_slug(target: Target) -> str:
    return page_name(target.id)  # ids.check_ids holds these unique and unreserved


def link(text: str, target: str, here: str) -> str:
    """A Markdown link from page `here` to page `target` (both relative to docs/); text is escaped."""
    path, _, anchor = target.partition("#")
    relative = posixpath.relpath(path, posixpath.dirname(here) or ".")
    return f"[{md(text)}]({relative}{'#' + anchor if anchor else ''})"


# ---- small pieces -------------------------------------------------------------------------------

def notice(year: CampaignYear) -> str:
    if not year.illustrative:
        return ""
    return ('<p class="tt-notice" role="note"><strong>Số liệu minh họa.</strong> Các con số, tên đơn vị và '
            "số văn bản về kết quả trên trang này chưa phải số liệu thật: chúng chỉ minh họa cách trình bày, "
            "cho đến khi Văn phòng Sở nhập số liệu thật.</p>\n\n")


def badge(status: Status) -> str:
    return (f'<span class="tt-status tt-{status.code}"><span aria-hidden="true">{_ICONS[status]}</span> '
            f"{status.label}</span>")


def bar(progress: Fraction | None) -> str:
    if progress is None:
        return "–"
    share = vi.truncate(progress * 100, 0)
    label = f"Tiến độ {vi.percent(share, 0)}"
    width = float(share)
    return (f'<svg class="tt-bar" viewBox="0 0 100 8" width="100" height="8" role="img" aria-label="{label}">'
            f'<rect class="tt-bar-bg" width="100" height="8" rx="2"/>'
            f'<rect class="tt-bar-fg" width="{width:g}" height="8" rx="2"/></svg> '
            f'<span class="tt-bar-text">{vi.percent(share, 0)}</span>')


def value_text(e: Evaluation) -> str:
    return kinds.of(e.target).value(e) if e.has_data else "–"


def requirement_text(target: Target) -> str:
    return kinds.of(target).requirement(target)


def completeness_text(e: Evaluation) -> str:
    """While figures are missing: how many are in, who is missing, and whether the verdict is already settled."""
    if not e.missing or not e.has_data:
        return ""
    names = ", ".join(md(x.name) for x in e.missing)
    reported = e.expected - len(e.missing)
    if e.settled:
        verdict = "đạt" if e.status is Status.MET else "chưa đạt"
        return (f'<span class="tt-partial">Đã chắc chắn {verdict}, dù còn thiếu số liệu của: {names} '
                f"({reported}/{e.expected} {e.counted} đã có)</span>")
    return (f'<span class="tt-partial">Chưa đủ số liệu: {reported}/{e.expected} {e.counted}; còn thiếu: '
            f"{names}. Kết quả trên tính trên các {e.counted} đã có.</span>")


def result_cell(e: Evaluation) -> str:
    """The figure of a target, with what is still missing and what is above a cap."""
    return "<br>".join(x for x in (value_text(e), completeness_text(e), cap_text(e)) if x)


def cap_text(e: Evaluation) -> str:
    overall = [f for f in e.cap_flags if f.unit is None]
    units = [f for f in e.cap_flags if f.unit is not None]
    parts = []
    if overall:
        flag = overall[0]
        parts.append(f"toàn cơ quan {vi.percent(flag.share)}")
    if units:
        parts.append(f"{len(units)} đơn vị")
    if not parts:
        return ""
    cap = e.cap_flags[0].cap
    return (f'<span class="tt-cap"><span aria-hidden="true">⚠</span> Vượt giới hạn '
            f"{vi.threshold(cap.maximum)}: {', '.join(parts)}</span>")


def change_text(e: Evaluation, before: Evaluation | None) -> str:
    if before is None or not before.has_data or not e.has_data:
        return "–"
    parts = []
    if e.share is not None and before.share is not None and e.target.kind is TargetKind.RATIO:
        parts.append(_change(e.share - before.share, 1, " điểm %"))
    elif e.numerator is not None and before.numerator is not None:
        parts.append(_change(e.numerator - before.numerator, 0, ""))
    if e.status is not before.status:
        parts.append(f"{before.status.label} → {e.status.label}")
    return "; ".join(parts)


def _change(delta: Fraction, digits: int, unit: str) -> str:
    """"tăng 2", "giảm 1,5 điểm %": in words, so no cell of a download starts like a formula (+2, -1)."""
    if delta == 0:
        return "không đổi"
    return f"{'tăng' if delta > 0 else 'giảm'} {vi.number(abs(delta), digits)}{unit}"


def evidence_text(evidence: Evidence | None) -> str:
    if evidence is None:
        return "–"
    return f"Số {md(evidence.number)}, ngày {vi.day(evidence.issued)}"


def _table(headers: list[str], rows: list[list[str]], *, label: str, numeric: set[int] = frozenset()) -> str:
    """A Markdown table in a box that scrolls sideways on a narrow screen, so the page itself never does."""
    align = ["---:" if i in numeric else "---" for i in range(len(headers))]
    lines = ["| " + " | ".join(headers) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    # A keyboard scrolls the box by moving through its links; a box with none must take focus itself,
    # and then a screen reader needs a name for it (WCAG 2.1.1, axe's scrollable-region-focusable).
    has_link = any("](" in cell for row in rows for cell in row)
    focus = "" if has_link else f' role="region" tabindex="0" aria-label="{attr(label)}"'
    return f'<div class="tt-table-wrap"{focus} markdown>\n\n' + "\n".join(lines) + "\n\n</div>\n"


def period_switch(year: CampaignYear, board: Scoreboard, here: str) -> str:
    paths = Paths(year.year)
    links = []
    for period in year.campaign.periods:
        label = f"{period.name} ({vi.day(period.end)})"
        if period.id == board.period.id:
            links.append(f"**{md(label)}**")
        else:
            links.append(link(label, paths.board(period.id), here))
    return "Kỳ báo cáo: " + " · ".join(links) + "\n\n"


# ---- pages ---------------------------------------------------------------------------------------

def summary_line(board: Scoreboard) -> str:
    total = len(board.evaluations)
    complete = sum(e.has_data and e.complete for e in board.evaluations)
    partial = sum(e.has_data and not e.complete for e in board.evaluations)
    text = f"**{board.met}/{total} chỉ tiêu đạt** · {complete}/{total} chỉ tiêu đã đủ số liệu"
    if partial:
        text += f" · {partial} chỉ tiêu mới có một phần số liệu"
    return text + f" ({md(board.period.name)}, số liệu tính đến {vi.day(board.period.end)})"


def home_summary(years: tuple[CampaignYear, ...], here: str) -> str:
    """The newest campaign year's standing, and a way to each earlier year's scoreboard."""
    ordered = sorted(years, key=lambda y: y.year, reverse=True)
    year = ordered[0]
    board = current_board(scoreboards(year))
    out = (notice(year) + (f"**Năm {year.year}:** " if len(ordered) > 1 else "") + summary_line(board) + "\n\n"
           + link("Xem bảng theo dõi chỉ tiêu", Paths(year.year).board(), here) + "\n")
    if len(ordered) > 1:
        out += ("\nCác năm trước: "
                + " · ".join(link(f"Bảng theo dõi năm {y.year}", Paths(y.year).board(), here) for y in ordered[1:])
                + "\n")
    return out


def scoreboard_page(year: CampaignYear, period_id: str | None = None, *, here: str) -> str:
    boards = scoreboards(year)
    board = current_board(boards) if period_id is None else next(b for b in boards if b.period.id == period_id)
    paths = Paths(year.year)
    rows = []
    for e in board.evaluations:
        rows.append([
            link(f"{e.target.id}. {e.target.name}", paths.target(e.target), here),
            result_cell(e),
            md(requirement_text(e.target)),
            badge(e.status),
            bar(e.progress),
            md(change_text(e, board.before(e.target))),
        ])
    title = f"# Bảng theo dõi chỉ tiêu năm {year.year}: {md(board.period.name)}\n\n"
    downloads = ("Tải về để mở bằng Excel: "
                 + link(f"{board.period.name} (.xlsx)", paths.download(board.period.id, "xlsx"), here) + " · "
                 + link("Cả năm, mọi kỳ (.xlsx)", paths.year_workbook(), here)
                 + ". Cho phần mềm khác: "
                 + link("CSV", paths.download(board.period.id, "csv"), here) + " · "
                 + link("JSON", paths.download(board.period.id, "json"), here) + "\n{: .tt-no-print }\n")
    legend = ("Trạng thái: " + " · ".join(f"{_ICONS[s]} {s.label}" for s in Status) + ". ⚠ đánh dấu số liệu vượt giới hạn theo quy định "
              "(được cảnh báo, không bị ẩn). Tỷ lệ tính chính xác từ số đếm, hiển thị cắt (không làm tròn lên) "
              "đến một chữ số thập phân.\n\n")
    previous = (f"Cột “So với kỳ trước” so với kỳ {md(board.previous.period.name)}.\n\n"
                if board.previous else "")
    return (title + notice(year) + summary_line(board) + "\n\n" + period_switch(year, board, here)
            + _table(["Chỉ tiêu", "Kết quả", "Yêu cầu", "Trạng thái", "Tiến độ", "So với kỳ trước"], rows,
                     label=f"Bảng theo dõi chỉ tiêu: {board.period.name}")
            + "\n" + legend + previous + downloads)


def method_text(year: CampaignYear, target: Target) -> str:
    return kinds.of(target).method(year, target)


def _unit_table(e: Evaluation, here: str, paths: Paths, label: str) -> str:
    kind = e.target.kind
    rows = []
    for line in sorted(e.unit_lines, key=lambda x: vi.sort_key(x.unit.name)):
        name = link(line.unit.name, paths.unit(line.unit), here)
        if line.numerator is None:
            rows.append([name, "Chưa có số liệu", "–", "–"])
        elif kind is TargetKind.UNIT_PERCENT:
            rows.append([name, vi.percent(line.numerator), "–", "Đạt" if line.reached else "Chưa đạt"])
        elif kind is TargetKind.COUNT:
            rows.append([name, vi.number(line.numerator), "–", "–"])
        else:
            share = vi.percent(line.share) if line.share is not None else "–"
            rows.append([name, vi.number(line.numerator), vi.number(line.denominator), share])
    if kind is TargetKind.UNIT_PERCENT:
        headers = ["Đơn vị", "Mức tự chủ", "–", "Kết quả"]
    else:
        headers = ["Đơn vị", md(count_labels(e.target.numerator).capitalize()),
                   md(count_labels(e.target.denominator).capitalize() or "–"), "Tỷ lệ"]
    return _table(headers, rows, label=label, numeric={1, 2, 3})


def target_page(year: CampaignYear, target_id: str, here: str) -> str:
    boards = scoreboards(year)
    paths = Paths(year.year)
    target = next(t for t in year.campaign.targets if t.id == target_id)
    cap = year.campaign.cap(target.cap)
    out = [f"# {md(target.id)}. {md(target.name)}\n\n", notice(year),
           f"> {md(target.text)}\n>\n> — Văn bản phát động, mục II\n\n",
           f"**Cách tính.** {method_text(year, target)}\n\n"]
    if cap:
        out.append(f"**Giới hạn.** {md(cap.name)}. Số liệu vượt giới hạn được đánh dấu ⚠, không bị ẩn.\n\n")
    out.append("## Theo kỳ báo cáo\n\n")
    rows = []
    for board in boards:
        e = next(x for x in board.evaluations if x.target.id == target.id)
        rows.append([link(board.period.name, paths.board(board.period.id), here), vi.day(board.period.end),
                     result_cell(e), badge(e.status), bar(e.progress),
                     md(change_text(e, board.before(target)))])
    out.append(_table(["Kỳ", "Tính đến", "Kết quả", "Trạng thái", "Tiến độ", "So với kỳ trước"], rows,
                      label="Theo kỳ báo cáo"))
    for board in reversed(boards):
        e = next(x for x in board.evaluations if x.target.id == target.id)
        results = year.period_results(board.period.id)
        if any(line.numerator is not None for line in e.unit_lines):
            out.append(f"\n## Số liệu từng đơn vị: {md(board.period.name)}\n\n")
            if e.missing:
                out.append(f"Chưa có số liệu của {len(e.missing)}/{e.expected} {e.counted}: "
                           + ", ".join(md(u.name) for u in e.missing) + ".\n\n")
            out.append(_unit_table(e, here, paths, f"Số liệu từng đơn vị: {board.period.name}"))
        if results is None:
            continue
        if target.kind is TargetKind.CHECKLIST:
            items = [i for i in results.checklist_items if i.checklist == target.checklist]
            if items:
                out.append(f"\n## Danh mục và căn cứ: {md(board.period.name)}\n\n")
                out.append(_table(["Mã", "Việc", "Trạng thái", "Căn cứ"],
                                  [[md(i.id), md(i.name), i.status.label, evidence_text(i.evidence)] for i in items],
                                  label=f"Danh mục và căn cứ: {board.period.name}"))
        if target.kind is TargetKind.TITLE:
            found = next((t for t in results.titles if t.title == target.title), None)
            if found:
                out.append(f"\n## Căn cứ: {md(board.period.name)}\n\n")
                out.append(("Đã đạt. Quyết định: " + evidence_text(found.decision)) if found.earned
                           else "Chưa đạt được.")
                out.append("\n")
        if target.kind is TargetKind.ORG_RATING and results.org_ratings:
            out.append(f"\n## Xếp loại từng tổ chức: {md(board.period.name)}\n\n")
            rows = []
            for org in year.campaign.organisations:
                rating = results.org_ratings.get(org.id)
                reached = "–" if rating is None else ("Đạt" if rating.rank >= target.min_rating.rank else "Chưa đạt")
                rows.append([md(org.name), rating.label if rating else "Chưa có số liệu", reached])
            out.append(_table(["Tổ chức", "Xếp loại", "Kết quả"], rows,
                              label=f"Xếp loại từng tổ chức: {board.period.name}"))
    return "".join(out)


_UNIT_HEADERS = ["Đơn vị", "Số người", "HTXS", "HTT", "HT", "KHT", "LĐTT", "CSTĐCS", "Danh hiệu tập thể",
                 "Đề nghị TTLĐXS", "Tự chủ"]
_ABBREVIATIONS = ("HTXS: hoàn thành xuất sắc nhiệm vụ · HTT: hoàn thành tốt nhiệm vụ · HT: hoàn thành nhiệm vụ · "
                  "KHT: không hoàn thành nhiệm vụ · LĐTT: Lao động tiên tiến · CSTĐCS: Chiến sĩ thi đua cơ sở · "
                  "TTLĐXS: Tập thể Lao động xuất sắc. Chỉ ghi số người, không ghi tên.\n")


def lifetime_note(unit: Unit) -> str:
    """When a unit began or ended during the campaign, in words; empty for a unit there all year."""
    parts = []
    if unit.start:
        parts.append(f"Bắt đầu hoạt động từ ngày {vi.day(unit.start)}")
    if unit.end:
        parts.append(f"Kết thúc hoạt động ngày {vi.day(unit.end)}")
    text = "; ".join(parts)
    if unit.note:
        text += (". " if text else "") + md(unit.note)
    return text + "." if text else ""


def _unit_figures(unit: Unit, year: CampaignYear, period_id: str) -> list[str]:
    results = year.period_results(period_id)
    period = year.campaign.period(period_id)
    if not unit.exists_on(period.end):
        return ["Chưa thành lập" if unit.start and period.end < unit.start else "Đã kết thúc"] + ["–"] * 10
    r = results.unit(unit.id) if results else None
    if r is None or not r.reported:
        return ["Chưa có số liệu"] + ["–"] * 10
    ratings = [vi.number(r.ratings[k]) if r.ratings else "–"
               for k in (Rating.EXCELLENT, Rating.GOOD, Rating.DONE, Rating.NOT_DONE)]
    title = r.collective_title.label if r.collective_title else "–"
    proposed = "–" if r.proposed_excellent is None else ("Có" if r.proposed_excellent else "Không")
    autonomy = vi.percent(r.autonomy) if r.autonomy is not None else ("–" if not unit.public_service else "Chưa có")
    return [vi.number(r.staff), *ratings,
            vi.number(r.advanced) if r.advanced is not None else "–",
            vi.number(r.emulation_soldiers) if r.emulation_soldiers is not None else "–",
            title, proposed, autonomy]


def units_page(year: CampaignYear, here: str) -> str:
    paths = Paths(year.year)
    out = [f"# Các phòng, đơn vị năm {year.year}\n\n", notice(year)]
    for period in reversed(year.campaign.periods):
        out.append(f"## {md(period.name)} (tính đến {vi.day(period.end)})\n\n")
        rows = [[link(u.name, paths.unit(u), here), *_unit_figures(u, year, period.id)]
                for u in vi.sort_names(year.units, key=lambda u: u.name)]
        out.append(_table(_UNIT_HEADERS, rows, label=f"Các phòng, đơn vị: {period.name}", numeric=set(range(1, 8)))
                   + "\n")
    out.append(_ABBREVIATIONS)
    return "".join(out)


def unit_page(year: CampaignYear, unit_id: str, here: str) -> str:
    paths = Paths(year.year)
    unit = year.unit(unit_id)
    kind = "Đơn vị sự nghiệp KH&amp;CN công lập" if unit.public_service else "Phòng, đơn vị thuộc Sở"
    life = lifetime_note(unit)
    out = [f"# {md(unit.name)}\n\n", notice(year),
           f"{kind}. {life + ' ' if life else ''}{link('Tất cả các phòng, đơn vị', paths.units(), here)}.\n\n"]
    boards = scoreboards(year)
    for board in reversed(boards):
        out.append(f"## {md(board.period.name)} (tính đến {vi.day(board.period.end)})\n\n")
        figures = _unit_figures(unit, year, board.period.id)
        out.append(_table(_UNIT_HEADERS[1:], [figures], label=f"Số liệu của {unit.name}: {board.period.name}"))
        out.append("\n")
        rows = []
        for e in board.evaluations:
            line = next((x for x in e.unit_lines if x.unit.id == unit.id), None)
            if line is None or line.numerator is None:
                continue
            if e.target.kind is TargetKind.UNIT_PERCENT:
                figure = vi.percent(line.numerator)
            elif line.share is not None:
                figure = f"{vi.percent(line.share)} ({vi.number(line.numerator)}/{vi.number(line.denominator)})"
            else:
                figure = vi.number(line.numerator)
            flags = [f for f in e.cap_flags if f.unit and f.unit.id == unit.id]
            flag = (f' <span class="tt-cap"><span aria-hidden="true">⚠</span> Vượt giới hạn '
                    f"{vi.threshold(flags[0].cap.maximum)}</span>") if flags else ""
            rows.append([link(f"{e.target.id}. {e.target.name}", paths.target(e.target), here), figure + flag])
        if rows:
            out.append("Phần của đơn vị trong các chỉ tiêu:\n\n"
                       + _table(["Chỉ tiêu", "Số liệu của đơn vị"], rows, label="Phần của đơn vị trong các chỉ tiêu"))
            out.append("\n")
    out.append(_ABBREVIATIONS)
    return "".join(out)


def checklists_page(year: CampaignYear, here: str) -> str:
    periods = year.campaign.periods
    out = [f"# Danh mục nhiệm vụ năm {year.year}\n\n", notice(year)]
    for checklist in year.campaign.checklists:
        out.append(f"## {md(checklist.name)}\n\n")
        items: dict[str, dict] = {}
        for period in periods:
            results = year.period_results(period.id)
            for item in (results.checklist_items if results else ()):
                if item.checklist == checklist.id:
                    items.setdefault(item.id, {})[period.id] = item
        if not items:
            out.append("Chưa có số liệu.\n\n")
            continue
        rows = []
        for item_id, by_period in items.items():
            latest = by_period[max(by_period, key=lambda p: [x.id for x in periods].index(p))]
            rows.append([md(item_id), md(latest.name)]
                        + [by_period[p.id].status.label if p.id in by_period else "–" for p in periods]
                        + [evidence_text(latest.evidence)])
        out.append(_table(["Mã", "Việc", *[md(p.name) for p in periods], "Căn cứ"], rows, label=checklist.name) + "\n")
    return "".join(out)


def current_period_name(year: CampaignYear) -> str:
    return current_board(scoreboards(year)).period.name


def activities_page(year: CampaignYear, linked: bool = True, *, here: str) -> str:
    """Activities under each content item; `linked` when the campaign's text page is on the site."""
    paths = Paths(year.year)
    out = [f"# Hoạt động theo nội dung thi đua năm {year.year}\n\n", notice(year)]
    activities = [(period, a) for period in year.campaign.periods
                  for a in (year.period_results(period.id).activities if year.period_results(period.id) else ())]
    for item in year.campaign.content_items:
        out.append(f"## {item.number}. {md(item.name)}\n\n")
        if linked:
            out.append(link("Đọc nội dung này trong văn bản", paths.content_item(item.number), here) + "\n\n")
        found = sorted((a for a in activities if a[1].content_item == item.number), key=lambda pa: pa[1].day)
        if not found:
            out.append("Chưa có hoạt động nào được ghi nhận.\n\n")
            continue
        for period, a in found:
            unit = year.unit(a.unit) if a.unit else None
            by = f" ({md(unit.name)})" if unit else ""
            out.append(f"- {vi.day(a.day)}: {md(a.description)}{by}, báo cáo kỳ {md(period.name)}\n")
        out.append("\n")
    return "".join(out)


def timeline_page(year: CampaignYear, here: str) -> str:
    c = year.campaign
    events = [(m.day, md(m.event)) for m in c.milestones]
    events += [(p.end, f"Chốt số liệu kỳ {link(p.name, Paths(year.year).board(p.id), here)}") for p in c.periods]
    events.sort(key=lambda e: e[0])
    out = [f"# Mốc thời gian năm {year.year}\n\n",
           f"Thời gian thi đua: {md(c.start_text)} (văn bản ban hành tháng {c.document.month:02d}/"
           f"{c.document.year}, không ghi ngày) đến hết ngày {vi.day(c.end)}.\n\n",
           '<ol class="tt-timeline">\n']
    for day, text in events:
        out.append(f'<li markdown><time datetime="{day.isoformat()}">{vi.day(day)}</time>: {text}</li>\n')
    out.append("</ol>\n")
    return "".join(out)


def commendations_page(year: CampaignYear, here: str) -> str:
    out = [f"# Khen thưởng năm {year.year}\n\n", notice(year),
           "Chỉ ghi tên cá nhân khi quyết định khen thưởng đã công khai.\n\n"]
    any_found = False
    for period in year.campaign.periods:
        results = year.period_results(period.id)
        for c in (results.commendations if results else ()):
            any_found = True
            units = ", ".join(md(year.unit(u).name) for u in c.units)
            people = ", ".join(md(p) for p in c.people)
            out.append(f"## {md(c.form)}\n\n- Quyết định: {evidence_text(c.decision)}\n")
            if units:
                out.append(f"- Tập thể: {units}\n")
            if people:
                out.append(f"- Cá nhân: {people}\n")
            out.append(f"- Báo cáo kỳ: {md(period.name)}\n\n")
    if not any_found:
        out.append("Chưa có quyết định khen thưởng nào được ghi nhận.\n")
    return "".join(out)


# ---- downloads ----------------------------------------------------------------------------------

def board_rows(year: CampaignYear, board: Scoreboard) -> list[dict]:
    rows = []
    for e in board.evaluations:
        before = board.before(e.target)
        rows.append({
            "ma": e.target.id,
            "chi_tieu": e.target.name,
            "ky": board.period.id,
            "tinh_den": vi.day(board.period.end),
            "trang_thai": e.status.label,
            "ket_qua": value_text(e),
            "tu_so": None if e.numerator is None else str(e.numerator),
            "mau_so": e.denominator,
            "ty_le_phan_tram": None if e.share is None else vi.number(e.share, 1),
            "yeu_cau": requirement_text(e.target),
            "vuot_gioi_han": [f.unit.name if f.unit else "toàn cơ quan" for f in e.cap_flags],
            "con_thieu_so_lieu": [x.name for x in e.missing] if e.has_data else [],
            "so_voi_ky_truoc": change_text(e, before),
        })
    return rows


class _SpreadsheetWriter:
    """The one way a CSV of the site is written: every field quoted, every cell made inert."""

    def __init__(self, buffer: io.StringIO):
        self._writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_ALL)

    def writerow(self, cells: list) -> None:
        self._writer.writerow([spreadsheet_cell(cell) for cell in cells])


def scoreboard_csv(year: CampaignYear, period_id: str) -> str:
    board = next(b for b in scoreboards(year) if b.period.id == period_id)
    buffer = io.StringIO()
    headers = ["Mã", "Chỉ tiêu", "Kỳ", "Tính đến", "Trạng thái", "Kết quả", "Tử số", "Mẫu số", "Tỷ lệ (%)",
               "Yêu cầu", "Vượt giới hạn", "Còn thiếu số liệu của", "So với kỳ trước", "Số liệu minh họa"]
    writer = _SpreadsheetWriter(buffer)
    writer.writerow(headers)
    for row in board_rows(year, board):
        writer.writerow([row["ma"], row["chi_tieu"], row["ky"], row["tinh_den"], row["trang_thai"], row["ket_qua"],
                         row["tu_so"] or "", "" if row["mau_so"] is None else row["mau_so"],
                         row["ty_le_phan_tram"] or "", row["yeu_cau"], "; ".join(row["vuot_gioi_han"]),
                         "; ".join(row["con_thieu_so_lieu"]), row["so_voi_ky_truoc"], "Có" if year.illustrative else "Không"])
    # The BOM tells Excel the file is UTF-8, so Vietnamese letters open correctly.
    return "\ufeff" + buffer.getvalue()


def scoreboard_json(year: CampaignYear, period_id: str) -> str:
    board = next(b for b in scoreboards(year) if b.period.id == period_id)
    document = {
        "nam": year.year,
        "ky": board.period.id,
        "ten_ky": board.period.name,
        "tinh_den": vi.day(board.period.end),
        "so_lieu_minh_hoa": year.illustrative,
        "so_chi_tieu_dat": board.met,
        "tong_so_chi_tieu": len(board.evaluations),
        "chi_tieu": board_rows(year, board),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"

