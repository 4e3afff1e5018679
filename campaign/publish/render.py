"""Markdown for the scoreboard pages, made from records; every string from data is escaped."""

from __future__ import annotations

import csv
import html
import io
import json
import math
import posixpath
import re
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from ..core import figures, vi
from ..core.figures import COUNT_LABELS, FIGURES, Figure, Form
from ..core.markup import attr, md, spreadsheet_cell
from ..core.measures import CapFlag
from ..core.model import CampaignYear, Evidence, Target, TargetKind, Unit
from ..history import log as history
from ..read.ids import page_name
from ..score import kinds
from ..score.compute import Evaluation, Scoreboard, Status, current_board, scoreboards
from ..score.evaluation import UnitLine
from ..score.kinds import count_labels

# The sign beside each status, so that it never rests on colour alone; a status added later gets "•" until
# it has one. The legend, the badges and their CSS classes (tt-<code>) come from the Status enum itself.
_SIGNS = {Status.MET: "✓", Status.NOT_MET: "✗", Status.NO_DATA: "–", Status.MET_OVER_CAP: "⚠",
          Status.INCOMPLETE: "…"}
_MEANINGS = {Status.MET_OVER_CAP: "đạt chỉ tiêu, nhưng có số liệu vượt giới hạn: chờ Hội đồng Thi đua – Khen "
                                  "thưởng quyết định",
             Status.INCOMPLETE: "mới có số liệu của một phần các đơn vị, phần còn thiếu có thể làm thay đổi kết quả"}
AGENCY = "Sở Khoa học và Công nghệ tỉnh Cao Bằng"
COUNCIL = "Hội đồng Thi đua – Khen thưởng Sở"
# Kept out of the search index (Material's search plugin skips the element): legends and notices said on
# every page would otherwise outrank the pages that are about the words.
NO_SEARCH = "data-search-exclude"


def sign(status: Status) -> str:
    return _SIGNS.get(status, "•")


class Paths:
    """Where each page of a campaign year lives, and links between them.

    The current period's scoreboard is the year's scoreboard page itself: one address, not two copies.
    """

    def __init__(self, year: int, current: str | None = None):
        self.year = year
        self.current = current

    def board(self, period_id: str | None = None) -> str:
        name = "index" if period_id is None or period_id == self.current else period_id
        return f"{self.year}/bang-theo-doi/{name}.md"

    def target(self, target: Target) -> str:
        return f"{self.year}/chi-tieu/{target_slug(target)}.md"

    def targets_text(self, item: str | None = None) -> str:
        """The campaign's own section II; `item` an anchor of it (chi-tieu-3)."""
        return f"{self.year}/chi-tieu/index.md" + (f"#{item}" if item else "")

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

    def history(self) -> str:
        return f"{self.year}/nhat-ky-so-lieu.md"

    def download(self, period_id: str, extension: str) -> str:
        return f"{self.year}/tai-ve/bang-theo-doi-{period_id}.{extension}"

    def year_workbook(self) -> str:
        return f"{self.year}/tai-ve/bang-theo-doi-{self.year}-moi-ky.xlsx"

    def template(self, period_id: str) -> str:
        """The period's input workbook; named as the data file it becomes, so an upload keeps the right name."""
        return f"{self.year}/tai-ve/mau-nhap/{period_id}.xlsx"

    def content_item(self, number: int) -> str:
        return f"{self.year}/noi-dung.md#noi-dung-{number}"


def paths_of(year: CampaignYear) -> Paths:
    return Paths(year.year, current_board(scoreboards(year)).period.id)


def target_slug(target: Target) -> str:
    return page_name(target.id)  # ids.check_ids holds these unique and unreserved


def document_item(target: Target) -> str | None:
    """The item of the document a target stands in: "II.3" for II.3f. The letter is this site's numbering;
    a target whose code does not follow the document (a criterion added later) has none."""
    found = re.fullmatch(r"([IVX]+\.(\d+))[a-z]*", target.id)
    return found.group(1) if found else None


def wording(words: str) -> str:
    """The site's own wording (figures, labels, statuses) in a table cell or raw HTML: escaped for HTML only.

    Unlike md(), it leaves no backslash escapes, so a cell holding only such text is not parsed as Markdown:
    on a year of 500 units that parse was most of the build's time. Never for text from the data.
    """
    return html.escape(words, quote=False)


def link(text: str, target: str, here: str) -> str:
    """A Markdown link from page `here` to page `target` (both relative to docs/); text is escaped."""
    path, _, anchor = target.partition("#")
    relative = posixpath.relpath(path, posixpath.dirname(here) or ".")
    return f"[{md(text)}]({relative}{'#' + anchor if anchor else ''})"


# ---- small pieces -------------------------------------------------------------------------------

def notice(year: CampaignYear) -> str:
    if not year.illustrative:
        return ""
    return (f'<p class="tt-notice" role="note" {NO_SEARCH}><strong>Số liệu minh họa.</strong> Các con số, tên '
            "đơn vị và số văn bản về kết quả trên trang này chưa phải số liệu thật: chúng chỉ minh họa cách trình "
            "bày, cho đến khi Văn phòng Sở nhập số liệu thật.</p>\n\n")


@dataclass(frozen=True)
class Context:
    """What a page knows besides the data: the day the year's figures last changed (ISO, from the data's git
    history; None when unknown) and which hand-written pages of the site exist, so links go only there."""

    stamp: str | None = None
    text_pages: frozenset[str] = frozenset()


NO_CONTEXT = Context()


def stamp_line(year: CampaignYear, context: Context, here: str) -> str:
    """When the year's figures last changed, and where the log of the changes is."""
    log = link("Nhật ký cập nhật số liệu", Paths(year.year).history(), here)
    stamp = context.stamp
    when = (f"ngày {vi.day(date.fromisoformat(stamp))}" if stamp
            else "chưa xác định được (bản dựng này không có lịch sử thay đổi của số liệu)")
    return f'<p class="tt-stamp" {NO_SEARCH} markdown>Cập nhật số liệu lần cuối: {when} · {log}</p>\n\n'


def badge(status: Status) -> str:
    return (f'<span class="tt-status tt-{status.code}"><span aria-hidden="true">{sign(status)}</span> '
            f"{status.label}</span>")


def status_legend() -> str:
    parts = []
    for status in Status:
        meaning = _MEANINGS.get(status)
        parts.append(f"{sign(status)} {status.label}" + (f" ({meaning})" if meaning else ""))
    return "Trạng thái: " + " · ".join(parts) + "."


def _limits(e: Evaluation) -> list[Fraction]:
    return [x for x in (e.target.threshold, *(f.cap.maximum for f in e.cap_flags)) if x is not None]


def value_text(e: Evaluation) -> str:
    return kinds.of(e.target).value(e) if e.has_data else "–"


def requirement_text(target: Target) -> str:
    return kinds.of(target).requirement(target)


def _is_unit_count(keys: tuple[str, ...]) -> bool:
    """Counts of units (a title, a proposal), not of people: "số phòng, đơn vị", "đơn vị đạt …"."""
    return bool(keys) and all(k == "don_vi" or COUNT_LABELS[k].startswith("đơn vị ") for k in keys)


def noun(target: Target) -> str:
    """What a target counts, for "còn thiếu 1 người"; empty for a kind that counts nothing one by one."""
    if target.kind in (TargetKind.RATIO, TargetKind.COUNT):
        keys = target.denominator or target.numerator
        return "đơn vị" if _is_unit_count(keys) else "người"
    return {TargetKind.CHECKLIST: "việc", TargetKind.UNIT_PERCENT: "đơn vị",
            TargetKind.ORG_RATING: "tổ chức"}.get(target.kind, "")


def shortfall(e: Evaluation) -> int | None:
    """How many more people, items or units a target not reached needs; None when reached or unknown.

    A ratio needs people moved into its count (the total stays): the least k with (n + k) / d ≥ threshold.
    The other kinds count towards their denominator: the checklist's goal, the units, the organisations.
    """
    if e.status is not Status.NOT_MET or e.numerator is None or e.denominator is None:
        return None
    if e.target.kind is TargetKind.RATIO and e.share is not None:
        need = math.ceil(e.target.threshold * e.denominator / 100) - e.numerator
    else:
        need = e.denominator - e.numerator
    return max(int(need), 0) or None


def gap_text(e: Evaluation) -> str:
    """What is left to reach the target, in people, items or units."""
    if e.status is not Status.NOT_MET:
        return "–"
    need, what = shortfall(e), noun(e.target)
    if need is None or not what:
        return "Chưa đạt được"
    return f"{vi.number(need)} {what}"


def allowed(flag: CapFlag) -> int | None:
    """The most a cap allows of what it counts, for the counts it was measured on."""
    if flag.denominator is None:
        return None
    return math.floor(flag.cap.maximum * flag.denominator / 100)


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
    return "<br>".join(x for x in (wording(value_text(e)), completeness_text(e), cap_text(e)) if x)


def cap_text(e: Evaluation) -> str:
    """A figure above a cap, said beside the result: how far over, for the agency, and how many units."""
    overall = [f for f in e.cap_flags if f.unit is None]
    units = [f for f in e.cap_flags if f.unit is not None]
    if not e.cap_flags:
        return ""
    parts = []
    if overall:
        flag = overall[0]
        most = allowed(flag)
        parts.append(f"toàn Sở {vi.percent_beside(flag.share, [flag.cap.maximum])}"
                     + (f", tối đa {vi.number(most)} người" if most is not None else ""))
    if units:
        parts.append(f"{len(units)} đơn vị vượt")
    cap = e.cap_flags[0].cap
    return (f'<span class="tt-cap"><span aria-hidden="true">⚠</span> Vượt giới hạn '
            f"{vi.threshold(cap.maximum)}: {'; '.join(parts)}</span>")


def basis_text(cap) -> str:
    """A cap's legal basis as the Office wrote it; said to be missing rather than guessed."""
    return f"Căn cứ: {md(cap.basis)}" if cap.basis else "Căn cứ: chưa ghi căn cứ"


def decision_text(year: CampaignYear, e: Evaluation, here: str) -> str:
    """What the Emulation Council has to decide about a figure above a cap, with the units above it named."""
    paths = paths_of(year)
    cap = e.cap_flags[0].cap
    overall = next((f for f in e.cap_flags if f.unit is None), None)
    units = [f for f in e.cap_flags if f.unit is not None]
    out = [f"{link(f'{e.target.id} — {e.target.name}', paths.target(e.target), here)}: "
           f"{md(value_text(e))}, {badge(e.status)}. Giới hạn: {md(cap.name)} ({basis_text(cap)})."]
    if overall is not None and allowed(overall) is not None:
        over = overall.numerator - allowed(overall)
        out.append(f" Toàn Sở: {vi.number(overall.numerator)} trên {vi.number(overall.denominator)}, tối đa "
                   f"{vi.number(allowed(overall))} theo giới hạn (vượt {vi.number(over)}).")
    if units:
        named = [f"{link(f.unit.name, paths.unit(f.unit), here)} "
                 f"{vi.percent_beside(f.share, [cap.maximum])} ({vi.number(f.numerator)}/{vi.number(f.denominator)}"
                 f", tối đa {vi.number(allowed(f))})" for f in sorted(units, key=lambda f: vi.sort_key(f.unit.name))]
        out.append(f" Vượt giới hạn ở {len(units)} đơn vị: " + "; ".join(named) + ".")
    if e.status is Status.MET_OVER_CAP:
        out.append(f" {COUNCIL} cần quyết định số được công nhận trong giới hạn trước khi tính chỉ tiêu là đạt.")
    else:
        out.append(f" {COUNCIL} cần xem xét số vượt giới hạn.")
    return "".join(out)


def decisions(year: CampaignYear, board: Scoreboard, here: str) -> str:
    flagged = [e for e in board.evaluations if e.cap_flags]
    if not flagged:
        return ""
    items = "".join(f"- {decision_text(year, e, here)}\n" for e in flagged)
    return (f'<div class="tt-decide" role="note" markdown>\n\n**Cần {COUNCIL} quyết định** '
            f"({md(board.period.name)})\n\n{items}\n</div>\n\n")


def change_text(e: Evaluation, before: Evaluation | None) -> str:
    if before is None or not before.has_data or not e.has_data:
        return "–"
    parts = []
    if e.share is not None and before.share is not None and e.target.kind is TargetKind.RATIO:
        parts.append(_change(vi.round_half_away(e.share, 1) - vi.round_half_away(before.share, 1), 1, " điểm %"))
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


# ---- tables -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Column:
    """A column: its header, the label a card shows before its cells (the header when None), and whether its
    cells are numbers (aligned right) and belong in the search index."""

    header: str
    label: str | None = None
    numeric: bool = False
    searched: bool = True


def _columns(columns) -> list[Column]:
    return [c if isinstance(c, Column) else Column(c) for c in columns]


def _table(columns, rows: list[list[str]], *, label: str, numeric: set[int] = frozenset(),
           totals: list[list[str]] = (), wide: bool = False, links_header: bool = False) -> str:
    """An HTML table whose cells are Markdown: on a phone each row becomes a card, each cell with its label
    (`data-label`, shown by CSS), so nothing needs scrolling sideways. A `wide` table keeps its grid and
    scrolls in its own box instead. Headers and labels are plain text (Markdown with `links_header`);
    cells are escaped Markdown.
    """
    columns = [replace_numeric(c, i in numeric) for i, c in enumerate(_columns(columns))]
    if not wide:  # a column with nothing in it ("So với kỳ trước" before any previous period) says nothing
        keep = [0] + [i for i in range(1, len(columns))
                      if any(row[i] not in ("–", "") for row in [*rows, *totals])]
        columns = [columns[i] for i in keep]
        rows = [[row[i] for i in keep] for row in rows]
        totals = [[row[i] for i in keep] for row in totals]
    head = []
    for c in columns:
        cls = ' align="right"' if c.numeric else ""  # align=, not style=: the portal's CSP forbids inline styles
        head.append(f'<th{cls} markdown="span">{c.header if links_header else md(c.header)}</th>')
    lines = ["<table markdown>", f'<thead markdown><tr markdown>{"".join(head)}</tr></thead>', "<tbody markdown>"]
    # What every cell of a column starts with: its label for the cards, its alignment, its place in search.
    opening = ["<td" + ("" if wide else f' data-label="{attr(c.label or plain(c.header))}"')
               + (' align="right"' if c.numeric else "") + ("" if c.searched else f" {NO_SEARCH}")
               for c in columns]
    for total, row in [(False, r) for r in rows] + [(True, r) for r in totals]:
        cells = []
        for start, cell in zip(opening, row):
            cells.append(start + (' class="tt-empty"' if cell in ("–", "") else "")
                         + (' markdown="span"' if _MARKDOWN.search(cell) else "") + f">{cell}</td>")
        lines.append(('<tr class="tt-total" markdown>' if total else "<tr markdown>") + "".join(cells) + "</tr>")
    lines += ["</tbody>", "</table>"]
    # A keyboard scrolls the box by moving through its links; a box with none must take focus itself,
    # and then a screen reader needs a name for it (WCAG 2.1.1, axe's scrollable-region-focusable).
    has_link = any("](" in cell for row in [*rows, *totals] for cell in row)
    focus = "" if has_link else f' role="region" tabindex="0" aria-label="{attr(label)}"'
    kind = "tt-wide" if wide else "tt-cards"
    return f'<div class="tt-table {kind}"{focus} markdown>\n' + "\n".join(lines) + "\n</div>\n"


# What Markdown would change in a cell: an escape, a link, emphasis, code. A cell without any is HTML as it is.
_MARKDOWN = re.compile(r"[\\\[*_`]")


def replace_numeric(column: Column, numeric: bool) -> Column:
    return column if column.numeric or not numeric else Column(column.header, column.label, True, column.searched)


def plain(markdown_text: str) -> str:
    """The text of a header written as Markdown: links and escapes removed."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", markdown_text)
    return html.unescape(re.sub(r"\\(.)", r"\1", text))


def period_switch(year: CampaignYear, board: Scoreboard, here: str) -> str:
    paths = paths_of(year)
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
    """How many targets stand in each status, in the enum's order, those with none left out."""
    total = len(board.evaluations)
    counts = [(s, sum(e.status is s for e in board.evaluations)) for s in Status if s is not Status.MET]
    parts = [f"{n} {s.label[0].lower()}{s.label[1:]}" for s, n in counts if n]
    partial = sum(e.has_data and not e.complete for e in board.evaluations)
    if partial:
        parts.append(f"{partial} chỉ tiêu mới có một phần số liệu")
    return (f"{md(board.period.name)}, số liệu tính đến {vi.day(board.period.end)}: "
            f"**{board.met}/{total} chỉ tiêu đạt**" + "".join(f"; {part}" for part in parts))


def home_summary(years, here: str, *, contexts: dict | None = None) -> str:
    """The newest campaign year's standing, a way to each of its units, and to each earlier year's scoreboard.
    `years` is the dataset's years (one CampaignYear will do); `contexts` each year's Context, by year."""
    ordered = sorted(years if isinstance(years, (tuple, list)) else (years,), key=lambda y: y.year, reverse=True)
    year = ordered[0]
    board = current_board(scoreboards(year))
    paths = paths_of(year)
    units = " · ".join(link(u.name, paths.unit(u), here) for u in vi.sort_names(year.units, key=lambda u: u.name))
    out = (notice(year) + (f"**Năm {year.year}:** " if len(ordered) > 1 else "") + summary_line(board) + "\n\n"
           + link("Xem bảng theo dõi chỉ tiêu", paths.board(), here) + "\n\n"
           + '<nav class="tt-units" aria-label="Kết quả của từng phòng, đơn vị" markdown>\n'
           + f"Kết quả của từng phòng, đơn vị: {units}\n</nav>\n\n"
           + stamp_line(year, (contexts or {}).get(year.year, NO_CONTEXT), here))
    if len(ordered) > 1:
        out += ("Các năm trước: "
                + " · ".join(link(f"Bảng theo dõi năm {y.year}", Paths(y.year).board(), here) for y in ordered[1:])
                + "\n")
    return out


def codes_note(year: CampaignYear, here: str, context: Context) -> str:
    targets = year.campaign.targets
    if not targets:
        return ""
    text = Paths(year.year).targets_text()
    document = link("văn bản phát động", text, here) if text in context.text_pages else "văn bản phát động"
    return (f"Mã chỉ tiêu ({md(targets[0].id)}–{md(targets[-1].id)}) là cách đánh số của trang này để tra cứu; "
            f"{document} đánh số 1, 2, 3 và gạch đầu dòng.")


def scoreboard_page(year: CampaignYear, period_id: str | None = None, *, here: str,
                    context: Context = NO_CONTEXT) -> str:
    boards = scoreboards(year)
    board = current_board(boards) if period_id is None else next(b for b in boards if b.period.id == period_id)
    paths = paths_of(year)
    rows = []
    for e in board.evaluations:
        rows.append([
            link(f"{e.target.id}. {e.target.name}", paths.target(e.target), here),
            result_cell(e),
            wording(requirement_text(e.target)),
            badge(e.status),
            wording(gap_text(e)),
            wording(change_text(e, board.before(e.target))),
        ])
    title = f"# Bảng theo dõi chỉ tiêu năm {year.year}: {md(board.period.name)}\n\n"
    downloads = (f'<p class="tt-no-print" {NO_SEARCH} markdown>Tải về để mở bằng Excel: '
                 + link(f"{board.period.name} (.xlsx)", paths.download(board.period.id, "xlsx"), here) + " · "
                 + link("Cả năm, mọi kỳ (.xlsx)", paths.year_workbook(), here)
                 + ". Cho phần mềm khác: "
                 + link("CSV", paths.download(board.period.id, "csv"), here) + " · "
                 + link("JSON", paths.download(board.period.id, "json"), here) + "</p>\n\n")
    previous = (f" Cột “So với kỳ trước” so với kỳ {md(board.previous.period.name)}." if board.previous else "")
    legend = (f'<p class="tt-legend" {NO_SEARCH} markdown>{status_legend()} “Còn thiếu”: số người, việc hoặc '
              "đơn vị cần thêm để đạt. Tỷ lệ tính từ số đếm, làm tròn một chữ số thập phân như hàm ROUND của Excel, "
              f"thêm chữ số khi cần để không trông như đã chạm mức (99,95%).{previous} "
              f"{codes_note(year, here, context)}</p>\n\n")
    return (title + notice(year) + summary_line(board) + "\n\n" + stamp_line(year, context, here)
            + period_switch(year, board, here)
            + _table(["Chỉ tiêu", "Kết quả", "Yêu cầu", "Trạng thái", "Còn thiếu", "So với kỳ trước"], rows,
                     label=f"Bảng theo dõi chỉ tiêu: {board.period.name}")
            + "\n" + decisions(year, board, here) + legend + unit_grid(year, board, here) + downloads)


# ---- the Council's grid: units × targets ------------------------------------------------------------

def applies_per_unit(target: Target) -> bool:
    """Whether each unit is judged on its own: a per-unit percentage, or a ratio that needs 100% (the whole
    agency reaches it only if every unit does). Below 100% a unit's figure is a share of the agency's."""
    if target.kind is TargetKind.UNIT_PERCENT:
        return True
    return target.kind is TargetKind.RATIO and target.threshold is not None and target.threshold >= 100


# Each unit's page and each row of the grid looks its unit up in every target: by index, not by scanning
# (500 units made that scan a third of the build). Keyed by identity, as scoreboards are computed once.
_BY_UNIT: dict[int, tuple[Evaluation, dict, dict]] = {}


def _by_unit(e: Evaluation) -> tuple[dict, dict]:
    found = _BY_UNIT.get(id(e))
    if found is None or found[0] is not e:
        if len(_BY_UNIT) > 4096:  # `mkdocs serve` computes new scoreboards at each change of the data
            _BY_UNIT.clear()
        found = (e, {x.unit.id: x for x in e.unit_lines},
                 {f.unit.id: f for f in e.cap_flags if f.unit is not None})
        _BY_UNIT[id(e)] = found
    return found[1], found[2]


def unit_line(e: Evaluation, unit: Unit) -> UnitLine | None:
    return _by_unit(e)[0].get(unit.id)


def unit_flag(e: Evaluation, unit: Unit) -> CapFlag | None:
    return _by_unit(e)[1].get(unit.id)


def unit_status(e: Evaluation, line: UnitLine | None) -> Status | None:
    """A unit's own verdict on a target judged per unit; None for the others."""
    if line is None or not applies_per_unit(e.target):
        return None
    if line.numerator is None:
        return Status.NO_DATA
    if e.target.kind is TargetKind.UNIT_PERCENT:
        return Status.MET if line.reached else Status.NOT_MET
    return Status.MET if line.share is not None and line.share >= e.target.threshold else Status.NOT_MET


def _counts_the_unit(e: Evaluation, line: UnitLine) -> bool:
    """Whether a unit's line says yes or no about the unit itself (its title, its proposal)."""
    keys = e.target.numerator
    return (e.target.kind in (TargetKind.RATIO, TargetKind.COUNT) and _is_unit_count(keys)
            and line.denominator in (None, 1) and all(k != "don_vi" for k in keys))


def unit_fact(e: Evaluation, line: UnitLine) -> str:
    """A unit's yes or no on a target that counts units: "Chưa đạt Tập thể lao động tiên tiến trở lên"."""
    what = " + ".join(COUNT_LABELS[k].removeprefix("đơn vị ") for k in e.target.numerator)
    return (what[0].upper() + what[1:]) if line.numerator else f"Chưa {what}"


def unit_figure(e: Evaluation, line: UnitLine, short: bool = False) -> str:
    """A unit's figure in a target: "83,3% (5/6)", "24,5%", "1"; `short` without the counts."""
    if line.numerator is None:
        return "–"
    if _counts_the_unit(e, line):
        return ("Có" if line.numerator else "Không") if short else unit_fact(e, line)
    if e.target.kind is TargetKind.UNIT_PERCENT:
        return vi.percent_beside(line.numerator, [e.target.threshold])
    if line.share is not None:
        flag = unit_flag(e, line.unit)
        limits = [e.target.threshold] + ([flag.cap.maximum] if flag else [])
        share = vi.percent_beside(line.share, limits)
        return share if short else f"{share} ({vi.number(line.numerator)}/{vi.number(line.denominator)})"
    return vi.number(line.numerator)


def _mark(sign_: str, said: str, css: str = "") -> str:
    """A sign in the grid, with the words a screen reader says for it (the grid has 13 columns of them)."""
    css = f' class="{css}"' if css else ""
    return f'<span{css} role="img" aria-label="{attr(said)}">{sign_}</span>'


def _sign_span(status: Status, text: str = "") -> str:
    return _mark(sign(status), status.label, f"tt-{status.code}") + (f" {text}" if text else "")


_SHARE = "○"  # a unit's figure in a target judged for the whole agency


def _grid_cell(e: Evaluation, unit: Unit) -> str:
    line = unit_line(e, unit)
    if line is None:
        return _mark(_SHARE, "Tính chung toàn Sở")
    if line.numerator is None:
        return _sign_span(Status.NO_DATA)
    short = unit_figure(e, line, short=True)
    if unit_flag(e, unit):
        return _mark("⚠", "Vượt giới hạn", "tt-cap") + f" {wording(short)}"
    status = unit_status(e, line)
    if status is None:
        return _mark(_SHARE, "Tính chung toàn Sở") + f" {wording(short)}"
    return _sign_span(status, wording(short))


def _short_value(e: Evaluation) -> str:
    if not e.has_data or e.target.kind is TargetKind.TITLE:  # a title is earned or not: the sign says it
        return ""
    if e.share is not None and e.target.kind is TargetKind.RATIO:
        return vi.percent_beside(e.share, _limits(e))
    return f"{vi.number(e.numerator)}/{vi.number(e.denominator)}" if e.denominator else vi.number(e.numerator)


def unit_grid(year: CampaignYear, board: Scoreboard, here: str) -> str:
    """Every unit against every target, with the agency's total and the period before it: for the Council,
    behind a summary on screen (it is wide), opened on paper by the print stylesheet."""
    paths = paths_of(year)
    targets = [e.target for e in board.evaluations]
    if not year.units or not targets:
        return ""
    columns = [Column("Đơn vị")] + [Column(link(t.id, paths.target(t), here), label=f"{t.id}. {t.name}")
                                    for t in targets]
    rows = [[link(u.name, paths.unit(u), here)] + [_grid_cell(e, u) for e in board.evaluations]
            for u in vi.sort_names(year.units, key=lambda u: u.name)]
    totals = [["**Toàn Sở**"] + [_sign_span(e.status, wording(_short_value(e))) for e in board.evaluations]]
    if board.previous is not None:
        totals.append([f"Toàn Sở, {md(board.previous.period.name)}"]
                      + [_sign_span(e.status, wording(_short_value(e))) for e in board.previous.evaluations])
    legend = (f'<p class="tt-legend" {NO_SEARCH}>✓ đơn vị đạt · ✗ đơn vị chưa đạt (chỉ tiêu cần từng đơn vị '
              f"đạt) · ⚠ vượt giới hạn · {_SHARE} chỉ tiêu tính chung toàn Sở: số của đơn vị là phần đóng góp · "
              "– chưa có số liệu.</p>\n")
    return (f"## Theo từng phòng, đơn vị: {md(board.period.name)}\n\n"
            f'<details class="tt-grid" {NO_SEARCH} markdown>\n'
            f'<summary {NO_SEARCH}>Xem bảng theo từng phòng, đơn vị (bảng rộng: trên màn hình hẹp, kéo sang '
            "ngang để xem hết)</summary>\n\n"
            + _table(columns, rows, totals=totals, wide=True, links_header=True,
                     label=f"Theo từng phòng, đơn vị: {board.period.name}")
            + "\n" + legend + "\n</details>\n\n")


# ---- charts -------------------------------------------------------------------------------------

def _nice_ceiling(value: Fraction) -> Fraction:
    """The axis end: 1, 2, 2.5 or 5 times a power of ten, at or above `value`."""
    if value <= 0:
        return Fraction(1)
    power = Fraction(10) ** (len(str(int(value))) - 1) if value >= 1 else Fraction(1, 10)
    while True:
        for step in (1, 2, Fraction(5, 2), 5, 10):
            if step * power >= value:
                return step * power
        power *= 10


def _measure(e: Evaluation) -> tuple[Fraction | None, str]:
    """What a chart plots for an evaluation, and its label: a share in percent, else a count of its goal."""
    if not e.has_data or e.numerator is None:
        return None, "chưa có số liệu"
    if e.target.kind is TargetKind.RATIO and e.share is not None:
        return e.share, vi.percent_beside(e.share, _limits(e))
    if e.target.kind is TargetKind.TITLE:
        return Fraction(e.numerator), "Đạt" if e.numerator else "Chưa đạt"
    goal = f"/{vi.number(e.denominator)}" if e.denominator else ""
    return Fraction(e.numerator), f"{vi.number(e.numerator)}{goal}"


def chart(year: CampaignYear, target: Target, boards: tuple[Scoreboard, ...]) -> str:
    """The target in each period against its threshold (and cap), drawn at build time: an inline SVG with no
    script, coloured by status through CSS classes, its text said in its title and in the table below it."""
    cap = year.campaign.cap(target.cap)
    evaluations = [next(x for x in b.evaluations if x.target.id == target.id) for b in boards]
    measured = [_measure(e) for e in evaluations]
    ratio = target.kind is TargetKind.RATIO
    values = [v for v, _ in measured if v is not None]
    if ratio:
        goal, goal_text = target.threshold, vi.threshold(target.threshold)
        marks = [goal] + ([cap.maximum] if cap else [])
        top = _nice_ceiling(max([*marks, *values]) * Fraction(11, 10))
        if top > 100 >= max(marks):
            top = Fraction(100)
    else:  # a count: the axis runs to the goal (the checklist's, the units', the organisations'), or past it
        known = [e.denominator for e in evaluations if e.denominator]
        goal = Fraction(known[-1]) if known else None
        if goal is None:
            goal_text = ""
        elif target.kind is TargetKind.TITLE:
            goal_text = "Đạt"
        elif target.kind is TargetKind.COUNT:
            goal_text = vi.number(goal)
        else:
            goal_text = f"{vi.number(goal)}/{vi.number(goal)}"
        top = max([goal or Fraction(1), *values])
    left, width, row, pad = 112, 170, 30, 28
    height = pad + row * len(boards) + 22
    x = lambda v: left + float(v / top) * width  # noqa: E731
    slug = target_slug(target)
    parts = [f'<svg class="tt-chart" viewBox="0 0 360 {height}" width="360" height="{height}" role="img" '
             f'aria-labelledby="bd-{slug}-t">']
    said = [f"{b.period.name}: {text}" for b, (_, text) in zip(boards, measured)]
    requirement = f"yêu cầu {goal_text}" if goal_text else ""
    if cap and ratio:
        requirement += f", giới hạn {vi.threshold(cap.maximum)}"
    parts.append(f'<title id="bd-{slug}-t">{attr(target.id)}: {attr("; ".join(said))}'
                 f'{attr("; " + requirement) if requirement else ""}</title>')
    for i, (board, e, (value, text)) in enumerate(zip(boards, evaluations, measured)):
        y = pad + i * row
        name = board.period.name if len(board.period.name) <= 18 else board.period.name[:17] + "…"
        parts.append(f'<text class="tt-chart-label" x="{left - 6}" y="{y + 15}" text-anchor="end">{attr(name)}</text>')
        parts.append(f'<rect class="tt-chart-track" x="{left}" y="{y + 3}" width="{width}" height="16"/>')
        if value is None:
            parts.append(f'<text class="tt-chart-none" x="{left + 6}" y="{y + 15}">chưa có số liệu</text>')
            continue
        parts.append(f'<rect class="tt-chart-bar tt-{e.status.code}" x="{left}" y="{y + 3}" '
                     f'width="{max(x(min(value, top)) - left, 1.5):.1f}" height="16"/>')
        parts.append(f'<text class="tt-chart-value" x="{left + width + 6}" y="{y + 15}">{attr(text)}</text>')
    bottom = pad + row * len(boards)
    if goal is not None:
        gx = x(min(goal, top))
        same = cap is not None and ratio and cap.maximum == goal
        label = f"Yêu cầu {goal_text}" + (" = giới hạn" if same else "")
        anchor = "end" if gx > left + width - 40 else "middle"
        parts.append(f'<line class="tt-chart-goal" x1="{gx:.1f}" y1="{pad - 4}" x2="{gx:.1f}" y2="{bottom}"/>')
        parts.append(f'<text class="tt-chart-mark" x="{gx:.1f}" y="{pad - 8}" text-anchor="{anchor}">'
                     f'{attr(label)}</text>')
        if cap is not None and ratio and not same:
            cx = x(min(cap.maximum, top))
            parts.append(f'<line class="tt-chart-cap" x1="{cx:.1f}" y1="{pad - 4}" x2="{cx:.1f}" y2="{bottom}"/>')
            parts.append(f'<text class="tt-chart-mark" x="{cx:.1f}" y="{bottom + 14}" text-anchor="middle">'
                         f'Giới hạn {attr(vi.threshold(cap.maximum))}</text>')
    axis = vi.threshold(top) if ratio else vi.number(top)
    if target.kind is not TargetKind.TITLE:  # earned or not: an axis of 0 to 1 says nothing
        parts.append(f'<text class="tt-chart-axis" x="{left}" y="{bottom + 14}" text-anchor="middle">0</text>')
        # The axis's end is left unsaid where the cap's label, under the bars too, would run into it.
        crowded = cap is not None and ratio and x(min(cap.maximum, top)) > left + width - 50
        if not crowded:
            parts.append(f'<text class="tt-chart-axis" x="{left + width}" y="{bottom + 14}" text-anchor="middle">'
                         f'{attr(axis)}</text>')
    parts.append("</svg>")
    return ('<figure class="tt-figure">\n' + "".join(parts) + "\n"
            f'<figcaption {NO_SEARCH}>Biểu đồ: kết quả từng kỳ so với mức yêu cầu'
            + (" và giới hạn" if cap and ratio else "") + "; số liệu ở bảng dưới.</figcaption>\n</figure>\n\n")


# ---- target, unit and other pages ---------------------------------------------------------------------

def method_text(year: CampaignYear, target: Target) -> str:
    return kinds.of(target).method(year, target)


def unit_verdict(e: Evaluation, line: UnitLine, here: str) -> str:
    """A unit's verdict and what it lacks on a target judged per unit; its cap flag otherwise."""
    flag = unit_flag(e, line.unit)
    parts = []
    status = unit_status(e, line)
    if status is not None:
        text = badge(status)
        left = "" if _counts_the_unit(e, line) else unit_gap(e, line)  # the figure says it already
        parts.append(text + (f" {left}" if left else ""))
    elif line.numerator is not None:
        parts.append("Tính chung toàn Sở")
    if flag is not None:
        parts.append(f'<span class="tt-cap"><span aria-hidden="true">⚠</span> Vượt giới hạn '
                     f"{vi.threshold(flag.cap.maximum)}: tối đa {vi.number(allowed(flag))}, có "
                     f"{vi.number(flag.numerator)}</span>")
    return "<br>".join(parts) or "–"


def unit_gap(e: Evaluation, line: UnitLine) -> str:
    """What a unit lacks on a target judged per unit: "còn thiếu 1 người"; empty when it has reached it."""
    if unit_status(e, line) is not Status.NOT_MET:
        return ""
    if e.target.kind is TargetKind.UNIT_PERCENT:
        return f"còn thiếu {vi.number(e.target.threshold - line.numerator, 1)} điểm %"
    if _counts_the_unit(e, line):
        return unit_fact(e, line)[0].lower() + unit_fact(e, line)[1:]
    return f"còn thiếu {vi.number(line.denominator - line.numerator)} {noun(e.target)}"


def _unit_table(e: Evaluation, here: str, paths: Paths, label: str) -> str:
    """Each unit's part in a target, the agency's total last; only the columns the target's kind has."""
    kind = e.target.kind
    lines = sorted(e.unit_lines, key=lambda x: vi.sort_key(x.unit.name))
    if kind is TargetKind.UNIT_PERCENT:
        columns = ["Đơn vị", "Mức tự chủ", "Đánh giá"]
        rows = [[link(x.unit.name, paths.unit(x.unit), here), wording(unit_figure(e, x)), unit_verdict(e, x, here)]
                for x in lines]
        return _table(columns, rows, label=label, numeric={1})
    den_label = count_labels(e.target.denominator)
    columns = ["Đơn vị", count_labels(e.target.numerator).capitalize()]
    if den_label:
        columns += [den_label.capitalize(), "Tỷ lệ"]
    columns.append("Đánh giá")
    rows = []
    for x in lines:
        name = link(x.unit.name, paths.unit(x.unit), here)
        if x.numerator is None:
            rows.append([name, "Chưa có số liệu"] + (["–", "–"] if den_label else []) + ["–"])
            continue
        row = [name, vi.number(x.numerator)]
        if den_label:
            flag = unit_flag(e, x.unit)
            limits = [e.target.threshold] + ([flag.cap.maximum] if flag else [])
            row += [vi.number(x.denominator), vi.percent_beside(x.share, limits) if x.share is not None else "–"]
        rows.append(row + [unit_verdict(e, x, here)])
    totals = []
    if e.has_data and e.numerator is not None:
        total = ["**Toàn Sở**", vi.number(e.numerator)]
        if den_label:
            total += [vi.number(e.denominator), wording(_short_value(e))]
        totals.append(total + [badge(e.status)])
    return _table(columns, rows, label=label, numeric={1, 2, 3} if den_label else {1}, totals=totals)


def target_page(year: CampaignYear, target_id: str, *, here: str, context: Context = NO_CONTEXT) -> str:
    boards = scoreboards(year)
    paths = paths_of(year)
    target = next(t for t in year.campaign.targets if t.id == target_id)
    cap = year.campaign.cap(target.cap)
    item = document_item(target)
    cited = "Văn bản phát động"
    if item is not None:
        number = item.split(".")[1]
        linked = paths.targets_text() in context.text_pages
        cited += ", " + (link(f"mục {item}", paths.targets_text(f"chi-tieu-{number}"), here) if linked
                         else f"mục {md(item)}")
    out = [f"# {md(target.id)}. {md(target.name)}\n\n", notice(year),
           f"> {md(target.text)}\n>\n> — {cited}\n\n",
           stamp_line(year, context, here),
           f"**Cách tính.** {method_text(year, target)}\n\n"]
    if cap:
        out.append(f"**Giới hạn.** {md(cap.name)}. {basis_text(cap)}. Số liệu vượt giới hạn được đánh dấu ⚠, "
                   f"chờ {COUNCIL} quyết định.\n\n")
    out.append(f'<p class="tt-legend" {NO_SEARCH} markdown>{codes_note(year, here, context)}</p>\n\n')
    out.append("## Theo kỳ báo cáo\n\n")
    out.append(chart(year, target, boards))
    rows = []
    for board in boards:
        e = next(x for x in board.evaluations if x.target.id == target.id)
        rows.append([link(board.period.name, paths.board(board.period.id), here), vi.day(board.period.end),
                     result_cell(e), badge(e.status),
                     wording(gap_text(e)), wording(change_text(e, board.before(target)))])
    out.append(_table(["Kỳ", "Tính đến", "Kết quả", "Trạng thái", "Còn thiếu", "So với kỳ trước"], rows,
                      label="Theo kỳ báo cáo"))
    latest = current_board(boards)
    e = next(x for x in latest.evaluations if x.target.id == target.id)
    if e.cap_flags:
        out.append(f'\n<div class="tt-decide" role="note" markdown>\n\n**Cần {COUNCIL} quyết định** '
                   f"({md(latest.period.name)})\n\n{decision_text(year, e, here)}\n\n</div>\n")
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
                reached = "–" if rating is None else badge(
                    Status.MET if rating.rank >= target.min_rating.rank else Status.NOT_MET)
                rows.append([md(org.name), rating.label if rating else "Chưa có số liệu", reached])
            out.append(_table(["Tổ chức", "Xếp loại", "Kết quả"], rows,
                              label=f"Xếp loại từng tổ chức: {board.period.name}"))
    return "".join(out)


_ABBREVIATIONS = " · ".join(f"{short}: {words}" for short, words in figures.ABBREVIATIONS) + "."


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


def absence(unit: Unit, year: CampaignYear, period_id: str) -> str | None:
    """"Chưa thành lập" or "Đã kết thúc" for a unit that did not exist at the period's end; None otherwise."""
    period = year.campaign.period(period_id)
    if unit.exists_on(period.end):
        return None
    return "Chưa thành lập" if unit.start and period.end < unit.start else "Đã kết thúc"


def _unit_figures(unit: Unit, year: CampaignYear, period_id: str) -> list[str] | None:
    """What a unit reported for a period, in the order of the figure table ("–" where it reported nothing);
    None when it reported nothing at all, or did not exist then."""
    results = year.period_results(period_id)
    if absence(unit, year, period_id):
        return None
    r = results.unit(unit.id) if results else None
    if r is None or not r.reported:
        return None
    return [figures.shown(f, r.values[f.key]) if f.key in r.values else "–" for f in FIGURES]


def _figure_total(figure: Figure, values: list) -> str:
    """The agency's figure: a sum of counts; how many units hold a title, are proposed, or report a share."""
    if not values:
        return "–"
    if figure.form is Form.COUNT:
        return vi.number(sum(values))
    if figure.form is Form.CHOICE:
        return f"{sum(figure.counts[0].of(v) for v in values)}/{len(values)} đơn vị đạt"
    if figure.form is Form.YES_NO:
        return f"{sum(values)} đơn vị"
    return f"{len(values)} đơn vị báo cáo"


def _figure_totals(year: CampaignYear, period_id: str) -> list[str]:
    """The agency's line of the units' table, in the order of the figure table."""
    results = year.period_results(period_id)
    period = year.campaign.period(period_id)
    reported = [results.unit(u.id) for u in year.units_in(period)] if results else []
    reported = [r for r in reported if r is not None and r.reported]
    return [_figure_total(f, [r.values[f.key] for r in reported if f.key in r.values]) for f in FIGURES]


def units_page(year: CampaignYear, *, here: str, context: Context = NO_CONTEXT) -> str:
    paths = paths_of(year)
    units = vi.sort_names(year.units, key=lambda u: u.name)
    out = [f"# Các phòng, đơn vị năm {year.year}\n\n", notice(year), stamp_line(year, context, here),
           '<nav class="tt-units" aria-label="Trang của từng phòng, đơn vị" markdown>\n'
           "Trang của từng phòng, đơn vị: " + " · ".join(link(u.name, paths.unit(u), here) for u in units)
           + "\n</nav>\n\n"]
    for period in reversed(year.campaign.periods):
        out.append(f"## {md(period.name)} (tính đến {vi.day(period.end)})\n\n")
        shown = {u.id: _unit_figures(u, year, period.id) for u in units}
        if not any(shown.values()):
            out.append("Chưa có số liệu của phòng, đơn vị nào.\n\n")
            continue
        # A column no unit has reported yet is left out and named, instead of a column of dashes.
        keep = [i for i in range(len(FIGURES)) if any(f and f[i] != "–" for f in shown.values())]
        left_out = [FIGURES[i].in_sentence for i in range(len(FIGURES)) if i not in keep]
        columns = [Column("Đơn vị")] + [Column(FIGURES[i].short, FIGURES[i].label, numeric=FIGURES[i].form.numeric)
                                        for i in keep]
        rows = [[link(u.name, paths.unit(u), here)]
                + [(shown[u.id][i] if shown[u.id] else
                    ((absence(u, year, period.id) or "Chưa có số liệu") if n == 0 else "–"))
                   for n, i in enumerate(keep)] for u in units]
        totals = _figure_totals(year, period.id)
        out.append(_table(columns, rows, label=f"Các phòng, đơn vị: {period.name}",
                          totals=[["**Toàn Sở**"] + [totals[i] for i in keep]]) + "\n")
        if left_out:
            out.append(f"Kỳ này chưa có số liệu về: {', '.join(left_out)}.\n\n")
    out.append(f'<p class="tt-legend" {NO_SEARCH}>{_ABBREVIATIONS}</p>\n')
    return "".join(out)


def _unit_fact(unit: Unit, year: CampaignYear, period_id: str) -> str:
    """What the unit reported for a period, as labelled figures (no abbreviations to decode)."""
    shown = _unit_figures(unit, year, period_id)
    gone = absence(unit, year, period_id)
    if gone:
        return f"Kỳ này: {gone[0].lower()}{gone[1:]}.\n\n"
    if shown is None:
        return "Đơn vị chưa báo cáo số liệu kỳ này.\n\n"
    pairs = [(f.label, value) for f, value in zip(FIGURES, shown) if value != "–"]
    missing = [f.in_sentence for f, value in zip(FIGURES, shown) if value == "–"
               and (not f.public_service_only or unit.public_service)]
    items = "".join(f"<div><dt {NO_SEARCH}>{wording(label)}</dt><dd>{wording(value)}</dd></div>" for label, value in pairs)
    out = f'<dl class="tt-figures">{items}</dl>\n\n'
    if missing:
        out += f'<p {NO_SEARCH}>Chưa có số liệu về: {", ".join(missing)}.</p>\n\n'
    return out


def unit_page(year: CampaignYear, unit_id: str, *, here: str, context: Context = NO_CONTEXT) -> str:
    paths = paths_of(year)
    unit = year.unit(unit_id)
    kind = "Đơn vị sự nghiệp KH&amp;CN công lập" if unit.public_service else "Phòng, đơn vị thuộc Sở"
    life = lifetime_note(unit)
    out = [f"# {md(unit.name)}\n\n", notice(year),
           f"{kind}. {life + ' ' if life else ''}{link('Tất cả các phòng, đơn vị', paths.units(), here)}.\n\n",
           stamp_line(year, context, here)]
    boards = scoreboards(year)
    for board in reversed(boards):
        out.append(f"## {md(board.period.name)} (tính đến {vi.day(board.period.end)})\n\n")
        rows, judged, short = [], [], []
        for e in board.evaluations:
            line = unit_line(e, unit)
            if line is None or line.numerator is None:
                continue
            status = unit_status(e, line)
            if status is not None:
                judged.append(status)
                if status is Status.NOT_MET:
                    short.append(e)
            rows.append([link(f"{e.target.id}. {e.target.name}", paths.target(e.target), here),
                         wording(unit_figure(e, line)), unit_verdict(e, line, here)])
        if rows:
            met = sum(s is Status.MET for s in judged)
            summary = (f"Chỉ tiêu cần từng đơn vị đạt: **{met}/{len(judged)} đạt**." if judged
                       else "Kỳ này chưa có chỉ tiêu nào xét riêng cho từng đơn vị.")
            if short:
                left = [f"{md(e.target.id)} {md(unit_gap(e, unit_line(e, unit)))}" for e in short]
                summary += " Còn lại: " + "; ".join(left) + "."
            out.append(summary + "\n\n")
            # The targets' names are on every unit's page: kept out of the search index, so that a search for
            # "chiến sĩ thi đua" finds the target and the campaign's text, not five unit pages.
            out.append(_table([Column("Chỉ tiêu", searched=False), "Số liệu của đơn vị", "Đánh giá"], rows,
                              label=f"Phần của {unit.name} trong các chỉ tiêu: {board.period.name}"))
            out.append("\n")
        else:
            out.append("Kỳ này chưa có số liệu của đơn vị theo các chỉ tiêu.\n\n")
        out.append("**Số liệu đơn vị báo cáo**\n\n" + _unit_fact(unit, year, board.period.id))
    return "".join(out)


def checklists_page(year: CampaignYear, *, here: str, context: Context = NO_CONTEXT) -> str:
    periods = year.campaign.periods
    out = [f"# Danh mục nhiệm vụ năm {year.year}\n\n", notice(year), stamp_line(year, context, here)]
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
        out.append(_table(["Mã", "Việc", *[p.name for p in periods], "Căn cứ"], rows, label=checklist.name) + "\n")
    return "".join(out)


def current_period_name(year: CampaignYear) -> str:
    return current_board(scoreboards(year)).period.name


def activities_page(year: CampaignYear, linked: bool = True, *, here: str, context: Context = NO_CONTEXT) -> str:
    """Activities under each content item; `linked` when the campaign's text page is on the site."""
    paths = Paths(year.year)
    out = [f"# Hoạt động theo nội dung thi đua năm {year.year}\n\n", notice(year), stamp_line(year, context, here)]
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


def timeline_page(year: CampaignYear, *, here: str) -> str:
    c = year.campaign
    paths = paths_of(year)
    events = [(m.day, md(m.event)) for m in c.milestones]
    events += [(p.end, f"Chốt số liệu kỳ {link(p.name, paths.board(p.id), here)}") for p in c.periods]
    events.sort(key=lambda e: e[0])
    # A Markdown list inside a Markdown-enabled box: in an HTML <li>, escapes and links stayed raw.
    out = [f"# Mốc thời gian năm {year.year}\n\n",
           f"Thời gian thi đua: {md(c.start_text)} (văn bản ban hành tháng {c.document.month:02d}/"
           f"{c.document.year}, không ghi ngày) đến hết ngày {vi.day(c.end)}.\n\n",
           '<div class="tt-timeline" markdown>\n\n']
    for day, text in events:
        out.append(f'1. <time datetime="{day.isoformat()}">{vi.day(day)}</time>: {text}\n')
    out.append("\n</div>\n")
    return "".join(out)


def commendations_page(year: CampaignYear, *, here: str, context: Context = NO_CONTEXT) -> str:
    out = [f"# Khen thưởng năm {year.year}\n\n", notice(year), stamp_line(year, context, here)]
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


def history_page(year: CampaignYear, log, *, here: str) -> str:
    """The log of the year's data changes (`log`: a history.YearHistory), newest first."""
    paths = paths_of(year)
    out = [f"# Nhật ký cập nhật số liệu năm {year.year}\n\n",
           "Mỗi lần Văn phòng Sở cập nhật số liệu năm này: ngày, nội dung thay đổi, và những chỉ tiêu có kết quả "
           f"hoặc trạng thái thay đổi theo đó. {link('Xem bảng theo dõi', paths.board(), here)}.\n\n"]
    reasons = {
        history.NOT_GIT: "Bản dựng này không có lịch sử thay đổi của số liệu (thư mục số liệu không nằm trong kho "
                         "git), nên chưa có nhật ký và chưa rõ ngày cập nhật số liệu lần cuối.",
        history.SHALLOW: "Bản dựng này chỉ có một phần lịch sử (bản sao rút gọn của kho git): các thay đổi cũ hơn "
                         "và ngày của chúng có thể không có ở đây.",
        history.NO_COMMITS: "Số liệu năm này chưa được lưu vào lịch sử thay đổi lần nào.",
    }
    if log.limitation:
        out.append(f'<p class="tt-notice" role="note">{reasons[log.limitation]}</p>\n\n')
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
            out.append(_table(["Chỉ tiêu", "Kỳ", "Kết quả trước → sau", "Trạng thái trước → sau"], rows,
                              label=f"Thay đổi ngày {vi.day(entry.day)}"))
            out.append("\n")
    if log.older:
        out.append(f"Còn {log.older} lần cập nhật cũ hơn không hiện ở đây (xem lịch sử git của thư mục "
                   f"<code>data/{year.year}</code>).\n")
    if not log.entries and not log.limitation:
        out.append("Chưa có lần cập nhật nào.\n")
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

