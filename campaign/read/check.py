"""Checks of meaning across files: references, sums, dates, evidence, and caps (as warnings)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date

from ..core import vi
from ..core.catalogue import (
    ADVANCED_OVER_GOOD,
    ADVANCED_OVER_STAFF,
    AUTONOMY_NOT_APPLICABLE,
    DATE_AFTER_PERIOD,
    DATE_OUTSIDE_CAMPAIGN,
    DONE_WITHOUT_EVIDENCE,
    DUPLICATE_ITEM,
    DUPLICATE_PERIOD,
    DUPLICATE_UNIT,
    EARNED_WITHOUT_DECISION,
    OVER_CAP,
    PERIOD_ORDER,
    RATINGS_INCOMPLETE,
    RATINGS_SUM_MISMATCH,
    SOLDIERS_OVER_ADVANCED,
    SOLDIERS_WITHOUT_ADVANCED,
    STAFF_MISSING,
    UNIT_DATES_ORDER,
    UNIT_FIGURES_MISSING,
    UNIT_MISSING_RESULTS,
    UNIT_NOT_IN_PERIOD,
    UNKNOWN_CHECKLIST,
    UNKNOWN_CONTENT_ITEM,
    UNKNOWN_ORGANISATION,
    UNKNOWN_PERIOD,
    UNKNOWN_REFERENCE,
    UNKNOWN_TITLE,
    UNKNOWN_UNIT,
    Code,
    make,
)
from ..core.figures import ENTRIES
from ..core.measures import cap_flags
from ..core.model import Campaign, ItemStatus, PeriodResults, Rating, Source, Unit
from ..core.problems import Problem
from .limits import listing


def _at(source: Source | None, field: str | None, code: Code, *, index: int | None = None,
        **blanks: object) -> Problem:
    """Problem `code` (see the catalogue) at `field` of the record written at `source`."""
    file, line, column = source.at(field, index) if source else ("?", 1, 1)
    problem = make(code, file, line, column, **blanks)
    return replace(problem, sheet=source.sheet) if source is not None and source.sheet else problem


def check_campaign(c: Campaign) -> list[Problem]:
    problems = []
    for target in c.targets:
        refs = [("danh_muc", target.checklist, c.checklists, "danh mục"),
                ("danh_hieu", target.title, c.agency_titles, "danh hiệu của cơ quan"),
                ("gioi_han", target.cap, c.caps, "giới hạn")]
        for field, ref, pool, what in refs:
            if ref is not None and ref not in {x.id for x in pool}:
                problems.append(_at(target.source, field, UNKNOWN_REFERENCE, target=target.id, what=what, ref=ref,
                                    known=listing(x.id for x in pool)))
    previous: date | None = None
    for period in c.periods:
        if not c.start <= period.end <= c.end:
            problems.append(_at(period.source, "den_ngay", DATE_OUTSIDE_CAMPAIGN, day=vi.day(period.end),
                                where=f"nằm ngoài thời gian thi đua ({vi.day(c.start)} – {vi.day(c.end)})"))
        if previous and period.end <= previous:
            problems.append(_at(period.source, "den_ngay", PERIOD_ORDER))
        previous = period.end
    return problems


def check_units(units: tuple[Unit, ...]) -> list[Problem]:
    problems = []
    for unit in units:  # duplicate ids are found where they are read (campaign/ids.py)
        if unit.start and unit.end and unit.end < unit.start:
            problems.append(_at(unit.source, "den_ngay", UNIT_DATES_ORDER, name=unit.name, end=vi.day(unit.end),
                                start=vi.day(unit.start)))
    return problems


def lifetime_text(unit: Unit, day: date) -> str:
    """Why `unit` does not exist on `day`, as a clause: "kết thúc ngày 15/09/2021"."""
    if unit.start and day < unit.start:
        return f"bắt đầu hoạt động từ ngày {vi.day(unit.start)}"
    return f"kết thúc ngày {vi.day(unit.end)}"


def _check_day(day: date, source: Source | None, field: str, c: Campaign, period_end: date | None,
               *, bounded_above: bool = True) -> list[Problem]:
    if day < c.start:
        return [_at(source, field, DATE_OUTSIDE_CAMPAIGN, day=vi.day(day),
                    where=f"trước khi phát động thi đua (tháng {c.document.month:02d}/{c.document.year})")]
    if bounded_above and day > c.end:
        return [_at(source, field, DATE_OUTSIDE_CAMPAIGN, day=vi.day(day),
                    where=f"sau khi hết thời gian thi đua ({vi.day(c.end)})")]
    if bounded_above and period_end and day > period_end:
        return [_at(source, field, DATE_AFTER_PERIOD, day=vi.day(day), end=vi.day(period_end))]
    return []


def check_results(year_campaign: Campaign, units: tuple[Unit, ...], results: PeriodResults) -> list[Problem]:
    c = year_campaign
    problems: list[Problem] = []
    src = results.source
    period = c.period(results.period)
    if period is None:
        problems.append(_at(src, "ky", UNKNOWN_PERIOD, period=results.period,
                            known=listing(dict.fromkeys(p.id for p in c.periods))))
    end = period.end if period else None
    expected = [u for u in units if end is None or u.exists_on(end)]
    unit_ids = {u.id: u for u in units}
    known_units = listing(unit_ids)
    seen: set[str] = set()
    for r in results.units:
        unit = unit_ids.get(r.unit)
        if unit is None:
            problems.append(_at(r.source, "ma", UNKNOWN_UNIT, unit=r.unit, known=known_units))
        if r.unit in seen:
            problems.append(_at(r.source, "ma", DUPLICATE_UNIT, unit=r.unit))
        seen.add(r.unit)
        dated = unit is not None and not (unit.start and unit.end and unit.end < unit.start)  # else told once
        if dated and end is not None and not unit.exists_on(end):
            problems.append(_at(r.source, "ma", UNIT_NOT_IN_PERIOD, name=unit.name, when=lifetime_text(unit, end),
                                end=vi.day(end)))
        name = unit.name if unit else r.unit
        if r.staff is None and len(r.blank) < sum(1 for k in r.source.fields if k in ENTRIES):
            problems.append(_at(r.source, "tong_so", STAFF_MISSING, name=name))
        elif r.staff is not None and r.blank:
            problems.append(_at(r.source, r.blank[0], UNIT_FIGURES_MISSING, name=name, fields=", ".join(r.blank)))
        if r.unrated:
            problems.append(_at(r.source, "xep_loai", RATINGS_INCOMPLETE, fields=", ".join(r.unrated)))
        if r.staff is None:
            continue  # nothing to add up until the staff count is in (staff-missing says so if other figures are)
        if r.ratings is not None:
            total = sum(r.ratings.values())
            if total != r.staff:
                problems.append(_at(r.source, "xep_loai", RATINGS_SUM_MISMATCH, total=total, staff=r.staff))
        if r.advanced is not None and r.advanced > r.staff:
            problems.append(_at(r.source, "lao_dong_tien_tien", ADVANCED_OVER_STAFF, advanced=r.advanced,
                                staff=r.staff))
        if r.advanced is not None and r.ratings is not None:
            good = r.ratings[Rating.EXCELLENT] + r.ratings[Rating.GOOD]
            if r.advanced > good:
                problems.append(_at(r.source, "lao_dong_tien_tien", ADVANCED_OVER_GOOD, advanced=r.advanced,
                                    good=good))
        if r.emulation_soldiers is not None:
            if r.advanced is None:
                problems.append(_at(r.source, "chien_si_thi_dua_co_so", SOLDIERS_WITHOUT_ADVANCED))
            elif r.emulation_soldiers > r.advanced:
                problems.append(_at(r.source, "chien_si_thi_dua_co_so", SOLDIERS_OVER_ADVANCED,
                                    soldiers=r.emulation_soldiers, advanced=r.advanced))
        if r.autonomy is not None and unit is not None and not unit.public_service:
            problems.append(_at(r.source, "ty_le_tu_chu", AUTONOMY_NOT_APPLICABLE, name=unit.name))
    reported = {r.unit for r in results.units if r.reported}
    for unit in expected:
        if results.units and unit.id not in reported:
            listed = results.unit(unit.id)
            problems.append(_at(listed.source if listed else src, "tong_so" if listed else "don_vi",
                                UNIT_MISSING_RESULTS, name=unit.name, unit=unit.id))
    checklists = {x.id for x in c.checklists}
    for checklist in dict.fromkeys(i.checklist for i in results.checklist_items):
        if checklist not in checklists:
            problems.append(_at(results.sections.get("danh_muc"), checklist, UNKNOWN_CHECKLIST,
                                checklist=checklist, known=listing(sorted(checklists))))
    item_ids: Counter = Counter()
    for item in results.checklist_items:
        item_ids[(item.checklist, item.id)] += 1
        if item_ids[(item.checklist, item.id)] == 2:
            problems.append(_at(item.source, "ma", DUPLICATE_ITEM, item=item.id, checklist=item.checklist))
        if item.status is ItemStatus.DONE and item.evidence is None:
            problems.append(_at(item.source, "trang_thai", DONE_WITHOUT_EVIDENCE, name=item.name))
        if item.evidence:
            problems += _check_day(item.evidence.issued, item.evidence.source, "ngay", c, end)
    titles = {x.id for x in c.agency_titles}
    for title in results.titles:
        if title.title not in titles:
            problems.append(_at(title.source, None, UNKNOWN_TITLE, title=title.title,
                                known=listing(sorted(titles))))
        if title.earned and title.decision is None:
            problems.append(_at(title.source, "dat", EARNED_WITHOUT_DECISION))
        if title.decision:
            # Titles of a year are often decided early the next year: no upper bound.
            problems += _check_day(title.decision.issued, title.decision.source, "ngay", c, end, bounded_above=False)
    orgs = {o.id for o in c.organisations}
    for org in results.org_ratings:
        if org not in orgs:
            problems.append(_at(results.sections.get("xep_loai_to_chuc"), org, UNKNOWN_ORGANISATION,
                                organisation=org, known=listing(sorted(orgs))))
    items = {i.number for i in c.content_items}
    for activity in results.activities:
        if activity.content_item not in items:
            problems.append(_at(activity.source, "noi_dung", UNKNOWN_CONTENT_ITEM, number=activity.content_item,
                                first=min(items), last=max(items)))
        if activity.unit is not None and activity.unit not in unit_ids:
            problems.append(_at(activity.source, "don_vi", UNKNOWN_UNIT, unit=activity.unit, known=known_units))
        problems += _check_day(activity.day, activity.source, "ngay", c, end)
    for commendation in results.commendations:
        for index, unit_id in enumerate(commendation.units):
            if unit_id not in unit_ids:
                problems.append(_at(commendation.source, "tap_the", UNKNOWN_UNIT, index=index, unit=unit_id,
                                    known=known_units))
        problems += _check_day(commendation.decision.issued, commendation.decision.source, "ngay", c, end,
                               bounded_above=False)
    return problems


def check_caps(c: Campaign, units: tuple[Unit, ...], results: PeriodResults) -> list[Problem]:
    problems = []
    for cap in c.caps:
        period = c.period(results.period)
        for flag in cap_flags(cap, tuple(u for u in units if period is None or u.exists_on(period.end)), results):
            share = vi.percent(flag.share)
            if flag.unit is None:
                problems.append(_at(results.source, "don_vi", OVER_CAP, who="Toàn cơ quan", share=share,
                                    cap=cap.name))
            else:
                unit_result = results.unit(flag.unit.id)
                problems.append(_at(unit_result.source, cap.numerator[0], OVER_CAP, who=flag.unit.name,
                                    share=share, cap=cap.name))
    return problems


def check_year(c: Campaign, units: tuple[Unit, ...], results: list[PeriodResults]
               ) -> tuple[list[Problem], dict[str, PeriodResults]]:
    problems = check_campaign(c) + check_units(units)  # duplicate and reserved ids: ids.check_ids
    by_period: dict[str, PeriodResults] = {}
    for r in results:
        if r.period in by_period:
            problems.append(_at(r.source, "ky", DUPLICATE_PERIOD, period=r.period,
                                other=by_period[r.period].source.file))
            continue
        problems += check_results(c, units, r)
        problems += check_caps(c, units, r)
        by_period[r.period] = r
    return problems, by_period
