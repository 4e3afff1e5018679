"""A year's lists beside the scoreboard: the checklists' items, the activities under each content item, the
timeline, and the commendations."""

from __future__ import annotations

from ...core import vi
from ...core.markup import md
from ...score.review import YearReview
from ..markdown import NO_CONTEXT, Context, link, notice, stamp_line, table
from ..paths import Paths
from .common import paths_of


def checklists_page(yr: YearReview, *, here: str, context: Context = NO_CONTEXT) -> str:
    year = yr.year
    periods = year.campaign.periods
    out = [f"# Danh mục nhiệm vụ năm {year.year}\n\n", notice(year.illustrative),
           stamp_line(context, Paths(year.year).history(), here)]
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
                        + [md(vi.evidence(latest.evidence))])
        out.append(table(["Mã", "Việc", *[p.name for p in periods], "Căn cứ"], rows, label=checklist.name) + "\n")
    return "".join(out)


def activities_page(yr: YearReview, linked: bool = True, *, here: str, context: Context = NO_CONTEXT) -> str:
    """Activities under each content item; `linked` when the campaign's text page is on the site."""
    year = yr.year
    paths = Paths(year.year)
    out = [f"# Hoạt động theo nội dung thi đua năm {year.year}\n\n", notice(year.illustrative),
           stamp_line(context, paths.history(), here)]
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


def _issued(c) -> str:
    """When the launch document was issued, as far as it says; that it is not on the site yet, if it is not."""
    d = c.document
    if not d.known:
        return f"văn bản phát động năm {c.year} chưa được đưa lên trang"
    day = d.day.strip()
    return (f"văn bản ban hành ngày {md(day)}/{d.month:02d}/{d.year}" if day
            else f"văn bản ban hành tháng {d.month:02d}/{d.year}, không ghi ngày")


def timeline_page(yr: YearReview, *, here: str) -> str:
    c = yr.year.campaign
    paths = paths_of(yr)
    events = [(m.day, md(m.event)) for m in c.milestones]
    events += [(p.end, f"Chốt số liệu kỳ {link(p.name, paths.board(p.id), here)}") for p in c.periods]
    events.sort(key=lambda e: e[0])
    # A Markdown list inside a Markdown-enabled box: in an HTML <li>, escapes and links stayed raw.
    out = [f"# Mốc thời gian năm {c.year}\n\n",
           f"Thời gian thi đua: {md(c.start_text)} ({_issued(c)}) đến hết ngày {vi.day(c.end)}.\n\n",
           '<div class="tt-timeline" markdown>\n\n']
    for day, text in events:
        out.append(f'1. <time datetime="{day.isoformat()}">{vi.day(day)}</time>: {text}\n')
    out.append("\n</div>\n")
    return "".join(out)


def commendations_page(yr: YearReview, *, here: str, context: Context = NO_CONTEXT) -> str:
    year = yr.year
    out = [f"# Khen thưởng năm {year.year}\n\n", notice(year.illustrative),
           stamp_line(context, Paths(year.year).history(), here)]
    any_found = False
    for period in year.campaign.periods:
        results = year.period_results(period.id)
        for c in (results.commendations if results else ()):
            any_found = True
            units = ", ".join(md(year.unit(u).name) for u in c.units)
            people = ", ".join(md(p) for p in c.people)
            out.append(f"## {md(c.form)}\n\n- Quyết định: {md(vi.evidence(c.decision))}\n")
            if units:
                out.append(f"- Tập thể: {units}\n")
            if people:
                out.append(f"- Cá nhân: {people}\n")
            out.append(f"- Báo cáo kỳ: {md(period.name)}\n\n")
    if not any_found:
        out.append("Chưa có quyết định khen thưởng nào được ghi nhận.\n")
    return "".join(out)
