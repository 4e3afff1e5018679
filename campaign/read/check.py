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
    DEADLINE_BEFORE_PERIOD_END,
    DECISION_AFTER_DEADLINE,
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
    UNIT_NOT_LISTED,
    UNIT_NOT_REPORTED_WITH_FIGURES,
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
from ..core.figures import BY_KEY, ENTRIES
from ..core.measures import cap_flags
from ..core.model import (
    Campaign,
    Evidence,
    ItemStatus,
    Period,
    PeriodResults,
    Rating,
    ReportState,
    Source,
    Unit,
    UnitResult,
)
from ..core.problems import Problem
from .limits import listing
from .workbook_layout import CHECKLISTS, TITLES, UNITS, Sheet, header_of


def _at(source: Source | None, field: str | None, code: Code, /, *, index: int | None = None,
        **blanks: object) -> Problem:
    """Problem `code` (see the catalogue) at `field` of the record written at `source`."""
    file, line, column = source.at(field, index) if source else ("?", 1, 1)
    problem = make(code, file, line, column, **blanks)
    return replace(problem, sheet=source.sheet) if source is not None and source.sheet else problem


def _names(source: Source | None, sheet: Sheet, *keys: str | tuple[str, ...]) -> str:
    """Fields as the Office sees them: the columns' headers in a workbook ('Tổng số người'), else the keys (the
    last step of a nested key: khong_hoan_thanh)."""
    steps = [key if isinstance(key, tuple) else (key,) for key in keys]
    if source is not None and source.sheet:
        return ", ".join(header_of(sheet, *key) or key[-1] for key in steps)
    return ", ".join(key[-1] for key in steps)


def _cell(source: Source | None, sheet: Sheet, key: str) -> str:
    """One field as a place to fill: "ô 'Tổng số người'" in a workbook, "tong_so" in YAML."""
    return f"ô {_names(source, sheet, key)}" if source is not None and source.sheet else key


def _in_workbook(source: Source | None) -> bool:
    return source is not None and source.sheet is not None


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
        if period.decision_deadline and period.decision_deadline < period.end:
            problems.append(_at(period.source, "han_chot_quyet_dinh", DEADLINE_BEFORE_PERIOD_END,
                                deadline=vi.day(period.decision_deadline), end=vi.day(period.end)))
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


def check_decision(decision: Evidence | None, c: Campaign, period: Period | None) -> list[Problem]:
    """A decision on an outcome of `period` (a title, a rating, a commendation): not before the campaign, and after
    the period's closing day only up to the decision deadline the Office set for the period."""
    if decision is None:
        return []
    day = decision.issued
    if day < c.start:
        return _check_day(day, decision.source, "ngay", c, None)
    if period is None or day <= period.end:
        return []
    deadline = period.decision_deadline
    if deadline is not None and day <= deadline:
        return []
    if deadline is None:
        after = ", và kỳ chưa có hạn chốt quyết định"
        fix = (f"Danh hiệu, xếp loại cả năm thường được quyết định vào tháng 1 năm sau: để nhận quyết định này, ghi "
               f"hạn chốt quyết định của kỳ {period.name} trong chien-dich.yml, mục ky_bao_cao, dòng "
               f"han_chot_quyet_dinh (ví dụ ngày họp tổng kết), không sớm hơn {vi.day(day)}. Nếu ngày ghi nhầm, "
               "hãy sửa ngày.")
    else:
        after = f" và sau hạn chốt quyết định của kỳ ({vi.day(deadline)})"
        fix = ("Nếu ngày đúng và quyết định vẫn thuộc kỳ này, Văn phòng Sở dời han_chot_quyet_dinh của kỳ trong "
               "chien-dich.yml; nếu không, ghi quyết định vào kỳ sau. Nếu ngày ghi nhầm, hãy sửa ngày.")
    return [_at(decision.source, "ngay", DECISION_AFTER_DEADLINE, day=vi.day(day), end=vi.day(period.end),
                deadline=after, fix=fix)]


def _listing(results: PeriodResults, expected: list[Unit], names: dict[str, str], end: date) -> list[Problem]:
    """Each unit of the period with no entry at all, while others have one: an error where its entry belongs (before
    the next unit of don-vi.yml that is listed), since its figures would vanish from the site unannounced."""
    listed = {}
    for r in results.units:
        listed.setdefault(r.unit, r)
    if not listed:
        return []  # a period without unit figures yet (organisation ratings only, say): nothing left out
    problems = []
    last = max(results.units, key=lambda r: (r.source.line if r.source else 0))
    for index, unit in enumerate(expected):
        if unit.id in listed:
            continue
        following = next((listed[u.id] for u in expected[index + 1:] if u.id in listed), None)
        source = (following or last).source
        workbook = _in_workbook(source)
        if following is not None:
            where = f"ngay trên dòng của '{names.get(following.unit, following.unit)}'" if workbook else \
                f"ngay trước mục của '{names.get(following.unit, following.unit)}' (dòng này)"
        else:
            where = f"ngay dưới dòng của '{names.get(last.unit, last.unit)}'" if workbook else \
                f"sau mục của '{names.get(last.unit, last.unit)}' (dòng này)"
        if workbook:
            fix = (f"Hãy chèn lại dòng của đơn vị {where} và ghi {unit.id} ở ô {header_of(UNITS, 'ma')}: để trống các "
                   f"ô số liệu nếu chưa có; nếu đơn vị không báo cáo kỳ này, chọn "
                   f"“{ReportState.NOT_REPORTED.label}” ở ô {header_of(UNITS, 'tinh_trang')}.")
        else:
            fix = (f"Hãy thêm lại mục của đơn vị vào don_vi, {where}: - ma: {unit.id}, để trống các số nếu chưa có "
                   "số liệu; nếu đơn vị không báo cáo kỳ này, ghi thêm tinh_trang: khong-bao-cao.")
        problem = _at(source, None, UNIT_NOT_LISTED, entry="dòng" if workbook else "mục", name=unit.name,
                      unit=unit.id, end=vi.day(end), fix=fix)
        if following is None and workbook:
            problem = replace(problem, line=problem.line + 1, column=1)
        problems.append(problem)
    return problems


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
    seen: dict[str, UnitResult] = {}
    for r in results.units:
        unit = unit_ids.get(r.unit)
        name = unit.name if unit else r.unit
        if unit is None:
            problems.append(_at(r.source, "ma", UNKNOWN_UNIT, unit=r.unit, known=known_units))
        if r.unit in seen:
            problems.append(_at(r.source, "ma", DUPLICATE_UNIT, name=name, unit=r.unit,
                                rows=f"dòng {seen[r.unit].source.line} và dòng {r.source.line}"))
        seen.setdefault(r.unit, r)
        dated = unit is not None and not (unit.start and unit.end and unit.end < unit.start)  # else told once
        if dated and end is not None and not unit.exists_on(end):
            problems.append(_at(r.source, "ma", UNIT_NOT_IN_PERIOD, name=unit.name, when=lifetime_text(unit, end),
                                end=vi.day(end), remove="xóa dòng của đơn vị khỏi trang tính"
                                if _in_workbook(r.source) else "xóa mục của đơn vị khỏi tệp kỳ này"))
        problems += _check_unit(r, unit, name)
        problems += check_decision(r.collective_title_decision, c, period)
    reported = {r.unit for r in results.units if r.reported or r.did_not_report}
    for unit in expected:
        listed = results.unit(unit.id)
        if listed is not None and unit.id not in reported:
            problems.append(_at(listed.source, "tong_so", UNIT_MISSING_RESULTS, name=unit.name, unit=unit.id))
    if end is not None:
        problems += _listing(results, expected, {u.id: u.name for u in units}, end)
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
            cells = _names(item.source, CHECKLISTS, ("can_cu", "so"), ("can_cu", "ngay"))
            add = (f"điền các ô {cells} của dòng này" if _in_workbook(item.source)
                   else "thêm mục can_cu với số (so) và ngày (ngay) của văn bản chứng minh")
            problems.append(_at(item.source, "trang_thai", DONE_WITHOUT_EVIDENCE, name=item.name, add=add))
        if item.evidence:
            problems += _check_day(item.evidence.issued, item.evidence.source, "ngay", c, end)
    titles = {x.id for x in c.agency_titles}
    for title in results.titles:
        if title.title not in titles:
            problems.append(_at(title.source, None, UNKNOWN_TITLE, title=title.title,
                                known=listing(sorted(titles))))
        if title.earned and title.decision is None:
            cells = _names(title.source, TITLES, *(("quyet_dinh", k) for k in ("so", "ngay", "co_quan_ban_hanh")))
            add = (f"điền các ô {cells} của dòng này" if _in_workbook(title.source)
                   else "thêm mục quyet_dinh với số (so), ngày (ngay) và cơ quan ban hành (co_quan_ban_hanh) của "
                        "quyết định")
            problems.append(_at(title.source, "dat", EARNED_WITHOUT_DECISION, add=add))
        problems += check_decision(title.decision, c, period)
    orgs = {o.id for o in c.organisations}
    for org in dict.fromkeys([*results.org_ratings, *results.org_decisions]):
        if org not in orgs:
            problems.append(_at(results.sections.get("xep_loai_to_chuc"), org, UNKNOWN_ORGANISATION,
                                organisation=org, known=listing(sorted(orgs))))
    for decision in results.org_decisions.values():
        problems += check_decision(decision, c, period)
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
        problems += check_decision(commendation.decision, c, period)
    return problems


def _check_unit(r: UnitResult, unit: Unit | None, name: str) -> list[Problem]:
    """The figures of one unit's entry: filled together, adding up, and only those that apply to the unit."""
    src = r.source
    if r.did_not_report:
        figures = [k for k in ENTRIES if k in src.fields and k not in r.blank]
        if not figures:
            return []
        state = (f"ô {header_of(UNITS, 'tinh_trang')} ghi “{ReportState.NOT_REPORTED.label}”" if _in_workbook(src)
                 else f"tinh_trang: {ReportState.NOT_REPORTED.code}")
        return [_at(src, figures[0], UNIT_NOT_REPORTED_WITH_FIGURES, name=name, state=state,
                    fields=_names(src, UNITS, *figures))]
    problems = []
    if r.staff is None and len(r.blank) < sum(1 for k in src.fields if k in ENTRIES):
        problems.append(_at(src, "tong_so", STAFF_MISSING, name=name, field=_cell(src, UNITS, "tong_so")))
    elif r.staff is not None and r.blank:
        problems.append(_at(src, r.blank[0], UNIT_FIGURES_MISSING, name=name, fields=_names(src, UNITS, *r.blank)))
    if r.unrated:
        problems.append(_at(src, "xep_loai", RATINGS_INCOMPLETE,
                            fields=_names(src, UNITS, *(("xep_loai", k) for k in r.unrated))))
    if r.staff is None:
        return problems  # nothing to add up until the staff count is in (staff-missing says so if other figures are)
    if r.ratings is not None:
        total = sum(r.ratings.values())
        if total != r.staff:
            problems.append(_at(src, "xep_loai", RATINGS_SUM_MISMATCH, total=total, staff=r.staff,
                                field=_cell(src, UNITS, "tong_so")))
    if r.advanced is not None and r.advanced > r.staff:
        problems.append(_at(src, "lao_dong_tien_tien", ADVANCED_OVER_STAFF, advanced=r.advanced, staff=r.staff))
    if r.advanced is not None and r.ratings is not None:
        good = r.ratings[Rating.EXCELLENT] + r.ratings[Rating.GOOD]
        if r.advanced > good:
            problems.append(_at(src, "lao_dong_tien_tien", ADVANCED_OVER_GOOD, advanced=r.advanced, good=good))
    if r.emulation_soldiers is not None:
        if r.advanced is None:
            problems.append(_at(src, "chien_si_thi_dua_co_so", SOLDIERS_WITHOUT_ADVANCED,
                                field=_cell(src, UNITS, "lao_dong_tien_tien")))
        elif r.emulation_soldiers > r.advanced:
            problems.append(_at(src, "chien_si_thi_dua_co_so", SOLDIERS_OVER_ADVANCED,
                                soldiers=r.emulation_soldiers, advanced=r.advanced))
    if r.autonomy is not None and unit is not None and not unit.public_service:
        problems.append(_at(src, "ty_le_tu_chu", AUTONOMY_NOT_APPLICABLE, name=unit.name,
                            field=_cell(src, UNITS, "ty_le_tu_chu"),
                            remove="xóa số ở ô này" if _in_workbook(src) else "xóa dòng này"))
    return problems


def check_caps(c: Campaign, units: tuple[Unit, ...], results: PeriodResults) -> list[Problem]:
    problems = []
    for cap in c.caps:
        period = c.period(results.period)
        for flag in cap_flags(cap, tuple(u for u in units if period is None or u.exists_on(period.end)), results):
            share = vi.percent(flag.share)
            if flag.unit is None:
                problem = _at(results.source, "don_vi", OVER_CAP, who="Toàn cơ quan", share=share, cap=cap.name)
                column = _column_of(results, cap.numerator[0])
                # In a workbook, a total of the whole department is a column: its header's cell, not column A.
                problems.append(replace(problem, column=column) if column and problem.sheet else problem)
            else:
                unit_result = results.unit(flag.unit.id)
                problems.append(_at(unit_result.source, cap.numerator[0], OVER_CAP, who=flag.unit.name,
                                    share=share, cap=cap.name))
    return problems


def _column_of(results: PeriodResults, key: str) -> int | None:
    """The column the units' `key` (or the group holding it: xep_loai) is written in, where a unit has it."""
    entry = BY_KEY[key].entry if key in BY_KEY else key
    return next((r.source.fields[entry][1] for r in results.units if r.source and entry in r.source.fields), None)


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
