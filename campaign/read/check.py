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
from ..core.figures import BY_KEY, ENTRIES, FIGURES, in_group
from ..core.measures import cap_flags, sum_counts
from ..core.model import (
    Campaign,
    Cap,
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


def _figure_at(source: Source | None, key: str, code: Code, /, **blanks: object) -> Problem:
    """Problem `code` at the figure that holds `key` (a figure's or a count's key) in a unit's entry: its own line
    in YAML, its own cell in a workbook (a rating's column, not the row's first cell); its group's place, else the
    entry's, when the figure was not written."""
    name = _figure_field(key)
    if source is not None and name not in source.fields:
        name = name.split(".")[0]
    return _at(source, name, code, **blanks)


def _figure_field(key: str) -> str:
    """Where figure or count `key` is written in a unit's entry, as Source names it: "xep_loai.hoan_thanh_tot"."""
    figure = BY_KEY.get(key) or next((f for f in FIGURES if any(c.key == key for c in f.counts)), None)
    return ".".join(figure.path) if figure else key


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
                    where=f"trước khi phát động thi đua (tháng {c.document.month:02d}/{c.document.year})"
                    if c.document.known else f"trước năm thi đua {c.year}")]
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
    elif period.id != c.periods[-1].id:
        after = f" và sau hạn chốt quyết định của kỳ ({vi.day(deadline)})"
        fix = ("Nếu ngày đúng và quyết định vẫn thuộc kỳ này, Văn phòng Sở dời han_chot_quyet_dinh của kỳ trong "
               "chien-dich.yml; nếu không, ghi quyết định vào kỳ sau. Nếu ngày ghi nhầm, hãy sửa ngày.")
    else:  # the year's last period has no later one: the decision is this year's (a later deadline) or next year's
        after = f" và sau hạn chốt quyết định của kỳ ({vi.day(deadline)})"
        fix = (f"{period.name} là kỳ cuối của năm {c.year}, không có kỳ sau. Nếu ngày đúng và quyết định là về kết "
               f"quả năm {c.year}, Văn phòng Sở dời han_chot_quyet_dinh của kỳ trong chien-dich.yml theo kế hoạch "
               f"tổng kết (hỏi Hội đồng Thi đua – Khen thưởng nếu chưa rõ); nếu quyết định thuộc phong trào năm "
               f"{c.year + 1}, ghi vào số liệu năm {c.year + 1} (thư mục data/{c.year + 1}/). Nếu ngày ghi nhầm, "
               "hãy sửa ngày.")
    return [_at(decision.source, "ngay", DECISION_AFTER_DEADLINE, day=vi.day(day), end=vi.day(period.end),
                deadline=after, fix=fix)]


def _listing(results: PeriodResults, expected: list[Unit], names: dict[str, str], end: date,
             with_figures: frozenset[str]) -> list[Problem]:
    """Each unit of the period with no entry at all, while others have one: an error where its entry belongs (before
    the next unit of don-vi.yml that is listed), since its figures would vanish from the site unannounced. A unit
    without a figure anywhere in the year was most likely just added to don-vi.yml, with its entries being added
    period by period: it is told so, never that it was deleted, with the one line to add."""
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
        entry = "dòng" if workbook else "mục"
        if following is not None:
            where = f"ngay trên dòng của '{names.get(following.unit, following.unit)}'" if workbook else \
                f"ngay trước mục của '{names.get(following.unit, following.unit)}' (dòng này)"
        else:
            where = f"ngay dưới dòng của '{names.get(last.unit, last.unit)}'" if workbook else \
                f"sau mục của '{names.get(last.unit, last.unit)}' (dòng này)"
        new = unit.id not in with_figures
        if new:
            why = (f"Đơn vị chưa có số liệu nào trong năm: nếu đơn vị vừa được thêm vào don-vi.yml, mỗi kỳ có đơn vị "
                   f"cần có {entry} của nó, kể cả khi chưa có số liệu.")
        else:
            why = "Có thể đã bị xóa nhầm, và nếu để vậy, số liệu của đơn vị sẽ biến mất khỏi trang web."
        if workbook:
            fix = (f"Hãy chèn {'một' if new else 'lại'} dòng của đơn vị {where} và ghi {unit.id} ở ô "
                   f"{header_of(UNITS, 'ma')}: để trống các ô số liệu nếu chưa có; nếu đơn vị không báo cáo kỳ này, "
                   f"chọn “{ReportState.NOT_REPORTED.label}” ở ô {header_of(UNITS, 'tinh_trang')}.")
        else:
            fix = (f"Hãy thêm {'' if new else 'lại '}vào don_vi, {where}, một dòng - ma: {unit.id} (thụt lề như dòng "
                   "- ma của đơn vị khác); các số ghi sau, khi đơn vị gửi. Nếu đơn vị không báo cáo kỳ này, ghi thêm "
                   "ngay dưới: tinh_trang: khong-bao-cao.")
        problem = _at(source, None, UNIT_NOT_LISTED, entry=entry, name=unit.name, unit=unit.id, end=vi.day(end),
                      why=why, fix=fix)
        if following is None and workbook:
            problem = replace(problem, line=problem.line + 1, column=1)
        problems.append(problem)
    return problems


def _to_write(r: UnitResult, unit: Unit, results: PeriodResults) -> str:
    """For an entry written as its code alone, in YAML: the keys to write under it when its figures come, those the
    other entries of the period have (all of a unit's figures when none has any), as a sentence to append."""
    if _in_workbook(r.source) or r.did_not_report or any(k in r.source.fields for k in ENTRIES):
        return ""
    written = {k for other in results.units if other.source for k in other.source.fields if k in ENTRIES}
    keys = [k for k in ENTRIES if (k in written or not written)
            and not (BY_KEY.get(k) is not None and BY_KEY[k].public_service_only and not unit.public_service)]
    said = [f"{k} ({', '.join(f.key for f in in_group(k))})" if in_group(k) else k for k in keys]
    return (f" Khi có số liệu, ghi dưới dòng ma của đơn vị các mục: {', '.join(said)}, thụt lề như ở mục của "
            "đơn vị khác.") if said else ""


def check_results(year_campaign: Campaign, units: tuple[Unit, ...], results: PeriodResults,
                  with_figures: frozenset[str] = frozenset()) -> list[Problem]:
    """The problems of one period's results; `with_figures`: the units with a figure (or a state) in any period of
    the year."""
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
            problems.append(_at(listed.source, "tong_so", UNIT_MISSING_RESULTS, name=unit.name, unit=unit.id,
                                add=_to_write(listed, unit, results)))
    if end is not None:
        problems += _listing(results, expected, {u.id: u.name for u in units}, end, with_figures)
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
        problems.append(_figure_at(src, r.unrated[0], RATINGS_INCOMPLETE,
                                   fields=_names(src, UNITS, *(("xep_loai", k) for k in r.unrated))))
    if r.staff is None:
        return problems  # nothing to add up until the staff count is in (staff-missing says so if other figures are)
    if r.ratings is not None:
        total = sum(r.ratings.values())
        if total != r.staff:
            problems.append(_at(src, "xep_loai", RATINGS_SUM_MISMATCH, total=total, staff=r.staff,
                                field=_cell(src, UNITS, "tong_so")))
    if r.advanced is not None and r.advanced > r.staff:
        problems.append(_figure_at(src, "lao_dong_tien_tien", ADVANCED_OVER_STAFF, advanced=r.advanced,
                                   staff=r.staff))
    if r.advanced is not None and r.ratings is not None:
        good = r.ratings[Rating.EXCELLENT] + r.ratings[Rating.GOOD]
        if r.advanced > good:
            problems.append(_figure_at(src, "lao_dong_tien_tien", ADVANCED_OVER_GOOD, advanced=r.advanced,
                                       good=good))
    if r.emulation_soldiers is not None:
        if r.advanced is None:
            problems.append(_figure_at(src, "chien_si_thi_dua_co_so", SOLDIERS_WITHOUT_ADVANCED,
                                       field=_cell(src, UNITS, "lao_dong_tien_tien")))
        elif r.emulation_soldiers > r.advanced:
            problems.append(_figure_at(src, "chien_si_thi_dua_co_so", SOLDIERS_OVER_ADVANCED,
                                       soldiers=r.emulation_soldiers, advanced=r.advanced))
    if r.autonomy is not None and unit is not None and not unit.public_service:
        problems.append(_figure_at(src, "ty_le_tu_chu", AUTONOMY_NOT_APPLICABLE, name=unit.name,
                                   field=_cell(src, UNITS, "ty_le_tu_chu"),
                                   remove="xóa số ở ô này" if _in_workbook(src) else "xóa dòng này"))
    return problems


def check_caps(c: Campaign, units: tuple[Unit, ...], results: PeriodResults) -> list[Problem]:
    problems = []
    period = c.period(results.period)
    counted = tuple(u for u in units if period is None or u.exists_on(period.end))
    for cap in c.caps:
        for flag in cap_flags(cap, counted, results):
            share = vi.percent(flag.share)
            if flag.unit is None:
                problems.append(_department_over_cap(cap, results, counted, share=share))
            else:
                problems.append(_figure_at(results.unit(flag.unit.id).source, cap.numerator[0], OVER_CAP,
                                           who=flag.unit.name, share=share, cap=cap.name))
    return problems


def _department_over_cap(cap: Cap, results: PeriodResults, counted: tuple[Unit, ...], share: str) -> Problem:
    """A department's total above a cap, at the first unit's figure that the total adds: in a workbook, the top cell
    of the column to look down (a header is no figure to check, column A no figure at all); in YAML, that figure's
    line. The message says it is the total of the column over the units, not that unit's figure."""
    key = cap.numerator[0]
    adding = [found.source for found in (results.unit(u.id) for u in counted) if found is not None
              and None not in (sum_counts(found.counts(), cap.numerator), sum_counts(found.counts(), cap.denominator))]
    if not adding or adding[0] is None:
        return _at(results.source, "don_vi", OVER_CAP, who=vi.WHOLE_DEPARTMENT, share=share, cap=cap.name)
    first = adding[0]
    column = f"cột {_names(first, UNITS, tuple(_figure_field(key).split('.')))}" if _in_workbook(first) else key
    who = (f"{vi.WHOLE_DEPARTMENT} (cộng {column} của {len(adding)} phòng, đơn vị, không riêng "
           f"{'dòng' if _in_workbook(first) else 'mục'} này)")
    return _figure_at(first, key, OVER_CAP, who=who, share=share, cap=cap.name)


def check_year(c: Campaign, units: tuple[Unit, ...], results: list[PeriodResults]
               ) -> tuple[list[Problem], dict[str, PeriodResults]]:
    problems = check_campaign(c) + check_units(units)  # duplicate and reserved ids: ids.check_ids
    by_period: dict[str, PeriodResults] = {}
    with_figures = frozenset(u.unit for r in results for u in r.units if u.values or u.did_not_report)
    for r in results:
        if r.period in by_period:
            problems.append(_at(r.source, "ky", DUPLICATE_PERIOD, period=r.period,
                                other=by_period[r.period].source.file))
            continue
        problems += check_results(c, units, r, with_figures)
        problems += check_caps(c, units, r)
        by_period[r.period] = r
    return problems, by_period
