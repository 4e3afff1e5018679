"""Checks of meaning across files: references, sums, dates, evidence, and caps (as warnings)."""

from __future__ import annotations

from collections import Counter
from datetime import date

from . import vi
from .compute import cap_flags
from .model import (
    Campaign, ItemStatus, PeriodResults, Rating, Source, Unit,
)
from .problems import Problem, Severity


def _at(source: Source | None, field: str | None, code: str, message: str,
        severity: Severity = Severity.ERROR, *, index: int | None = None) -> Problem:
    file, line, column = source.at(field, index) if source else ("?", 1, 1)
    return Problem(file, line, column, code, message, severity)


def check_campaign(c: Campaign) -> list[Problem]:
    problems = []
    seen: set[str] = set()
    for target in c.targets:
        if target.id in seen:
            problems.append(_at(target.source, "ma", "duplicate-id",
                                f"Mã chỉ tiêu '{target.id}' bị trùng. Mỗi chỉ tiêu cần một mã riêng."))
        seen.add(target.id)
        refs = [("danh_muc", target.checklist, c.checklists, "danh mục"),
                ("danh_hieu", target.title, c.agency_titles, "danh hiệu của cơ quan"),
                ("gioi_han", target.cap, c.caps, "giới hạn")]
        for field, ref, pool, what in refs:
            if ref is not None and ref not in {x.id for x in pool}:
                problems.append(_at(target.source, field, "unknown-reference",
                                    f"Chỉ tiêu {target.id} dùng {what} '{ref}' nhưng không có {what} nào mang mã này. "
                                    f"Các mã hiện có: {', '.join(x.id for x in pool) or '(chưa có)'}."))
    seen_periods: set[str] = set()
    previous: date | None = None
    for period in c.periods:
        if period.id in seen_periods:
            problems.append(_at(period.source, "ma", "duplicate-id", f"Mã kỳ báo cáo '{period.id}' bị trùng."))
        seen_periods.add(period.id)
        if not c.start <= period.end <= c.end:
            problems.append(_at(period.source, "den_ngay", "date-outside-campaign",
                                f"Ngày {vi.day(period.end)} nằm ngoài thời gian thi đua "
                                f"({vi.day(c.start)} – {vi.day(c.end)})."))
        if previous and period.end <= previous:
            problems.append(_at(period.source, "den_ngay", "period-order",
                                "Các kỳ báo cáo phải xếp theo thứ tự thời gian: kỳ này kết thúc không sau kỳ trước."))
        previous = period.end
    return problems


def check_units(units: tuple[Unit, ...]) -> list[Problem]:
    problems, seen = [], set()
    for unit in units:
        if unit.id in seen:
            problems.append(_at(unit.source, "ma", "duplicate-id",
                                f"Mã đơn vị '{unit.id}' bị trùng. Mỗi đơn vị cần một mã riêng."))
        seen.add(unit.id)
    return problems


def _check_day(day: date, source: Source | None, field: str, c: Campaign, period_end: date | None,
               *, bounded_above: bool = True) -> list[Problem]:
    if day < c.start:
        return [_at(source, field, "date-outside-campaign",
                    f"Ngày {vi.day(day)} trước khi phát động thi đua (tháng {c.document.month:02d}/{c.document.year}).")]
    if bounded_above and day > c.end:
        return [_at(source, field, "date-outside-campaign",
                    f"Ngày {vi.day(day)} sau khi hết thời gian thi đua ({vi.day(c.end)}).")]
    if bounded_above and period_end and day > period_end:
        return [_at(source, field, "date-after-period",
                    f"Ngày {vi.day(day)} sau ngày chốt số liệu của kỳ ({vi.day(period_end)}). "
                    "Hãy ghi vào kỳ sau, hoặc kiểm tra lại ngày.")]
    return []


def check_results(year_campaign: Campaign, units: tuple[Unit, ...], results: PeriodResults) -> list[Problem]:
    c = year_campaign
    problems: list[Problem] = []
    src = results.source
    period = c.period(results.period)
    if period is None:
        problems.append(_at(src, "ky", "unknown-period",
                            f"Kỳ báo cáo '{results.period}' không có trong chien-dich.yml. "
                            f"Các kỳ hiện có: {', '.join(dict.fromkeys(p.id for p in c.periods))}."))
    end = period.end if period else None
    unit_ids = {u.id: u for u in units}
    seen: set[str] = set()
    for r in results.units:
        unit = unit_ids.get(r.unit)
        if unit is None:
            problems.append(_at(r.source, "ma", "unknown-unit",
                                f"Không có đơn vị mã '{r.unit}' trong don-vi.yml. Hãy kiểm tra chính tả mã, "
                                f"hoặc thêm đơn vị vào don-vi.yml. Các mã hiện có: {', '.join(unit_ids)}."))
        if r.unit in seen:
            problems.append(_at(r.source, "ma", "duplicate-unit",
                                f"Đơn vị '{r.unit}' có hai lần số liệu trong cùng kỳ. Hãy gộp lại thành một."))
        seen.add(r.unit)
        if r.ratings is not None:
            total = sum(r.ratings.values())
            if total != r.staff:
                problems.append(_at(r.source, "xep_loai", "ratings-sum-mismatch",
                                    f"Cộng số người theo các mức xếp loại được {total}, nhưng tổng số người "
                                    f"(tong_so) là {r.staff}. Hai số này phải bằng nhau."))
        if r.advanced is not None and r.advanced > r.staff:
            problems.append(_at(r.source, "lao_dong_tien_tien", "advanced-over-staff",
                                f"Số Lao động tiên tiến ({r.advanced}) lớn hơn tổng số người ({r.staff})."))
        if r.advanced is not None and r.ratings is not None:
            good = r.ratings[Rating.EXCELLENT] + r.ratings[Rating.GOOD]
            if r.advanced > good:
                problems.append(_at(r.source, "lao_dong_tien_tien", "advanced-over-good",
                                    f"Số Lao động tiên tiến ({r.advanced}) lớn hơn số người hoàn thành tốt nhiệm vụ "
                                    f"trở lên ({good}); danh hiệu này chỉ xét cho người hoàn thành tốt trở lên."))
        if r.emulation_soldiers is not None:
            if r.advanced is None:
                problems.append(_at(r.source, "chien_si_thi_dua_co_so", "soldiers-without-advanced",
                                    "Có số Chiến sĩ thi đua cơ sở nhưng thiếu số Lao động tiên tiến "
                                    "(lao_dong_tien_tien). Hãy ghi thêm số đó."))
            elif r.emulation_soldiers > r.advanced:
                problems.append(_at(r.source, "chien_si_thi_dua_co_so", "soldiers-over-advanced",
                                    f"Số Chiến sĩ thi đua cơ sở ({r.emulation_soldiers}) lớn hơn số Lao động tiên "
                                    f"tiến ({r.advanced}); Chiến sĩ thi đua được chọn trong số Lao động tiên tiến."))
        if r.autonomy is not None and unit is not None and not unit.public_service:
            problems.append(_at(r.source, "ty_le_tu_chu", "autonomy-not-applicable",
                                f"'{unit.name}' không phải đơn vị sự nghiệp công lập (xem don-vi.yml), "
                                "nên không ghi mức tự chủ. Hãy xóa dòng này hoặc sửa don-vi.yml."))
    for unit in units:
        if results.units and unit.id not in seen:
            problems.append(_at(src, "don_vi", "unit-missing-results",
                                f"Chưa có số liệu của '{unit.name}' ({unit.id}) trong kỳ này; các chỉ tiêu "
                                "liên quan sẽ hiện \"Chưa có số liệu\".", Severity.WARNING))
    checklists = {x.id for x in c.checklists}
    for checklist in dict.fromkeys(i.checklist for i in results.checklist_items):
        if checklist not in checklists:
            problems.append(_at(results.sections.get("danh_muc"), checklist, "unknown-checklist",
                                f"Danh mục '{checklist}' không có trong chien-dich.yml. "
                                f"Các danh mục hiện có: {', '.join(sorted(checklists))}."))
    item_ids: Counter = Counter()
    for item in results.checklist_items:
        item_ids[(item.checklist, item.id)] += 1
        if item_ids[(item.checklist, item.id)] == 2:
            problems.append(_at(item.source, "ma", "duplicate-item",
                                f"Việc mã '{item.id}' xuất hiện hai lần trong danh mục '{item.checklist}'."))
        if item.status is ItemStatus.DONE and item.evidence is None:
            problems.append(_at(item.source, "trang_thai", "done-without-evidence",
                                f"Việc '{item.name}' ghi là hoàn thành nhưng chưa có căn cứ. Hãy thêm mục can_cu "
                                "với số và ngày của văn bản chứng minh."))
        if item.evidence:
            problems += _check_day(item.evidence.issued, item.evidence.source, "ngay", c, end)
    titles = {x.id for x in c.agency_titles}
    for title in results.titles:
        if title.title not in titles:
            problems.append(_at(title.source, None, "unknown-title",
                                f"Danh hiệu '{title.title}' không có trong chien-dich.yml. "
                                f"Các danh hiệu hiện có: {', '.join(sorted(titles))}."))
        if title.earned and title.decision is None:
            problems.append(_at(title.source, "dat", "earned-without-decision",
                                "Ghi là đã đạt danh hiệu nhưng chưa có quyết định công nhận. Hãy thêm mục "
                                "quyet_dinh với số và ngày của quyết định."))
        if title.decision:
            # Titles of a year are often decided early the next year: no upper bound.
            problems += _check_day(title.decision.issued, title.decision.source, "ngay", c, end, bounded_above=False)
    orgs = {o.id for o in c.organisations}
    for org in results.org_ratings:
        if org not in orgs:
            problems.append(_at(results.sections.get("xep_loai_to_chuc"), org, "unknown-organisation",
                                f"Tổ chức '{org}' không có trong chien-dich.yml. "
                                f"Các tổ chức hiện có: {', '.join(sorted(orgs))}."))
    items = {i.number for i in c.content_items}
    for activity in results.activities:
        if activity.content_item not in items:
            problems.append(_at(activity.source, "noi_dung", "unknown-content-item",
                                f"Không có nội dung thi đua số {activity.content_item}; các nội dung được đánh số "
                                f"từ {min(items)} đến {max(items)}."))
        if activity.unit is not None and activity.unit not in unit_ids:
            problems.append(_at(activity.source, "don_vi", "unknown-unit",
                                f"Không có đơn vị mã '{activity.unit}' trong don-vi.yml."))
        problems += _check_day(activity.day, activity.source, "ngay", c, end)
    for commendation in results.commendations:
        for index, unit_id in enumerate(commendation.units):
            if unit_id not in unit_ids:
                problems.append(_at(commendation.source, "tap_the", "unknown-unit",
                                    f"Không có đơn vị mã '{unit_id}' trong don-vi.yml.", index=index))
        problems += _check_day(commendation.decision.issued, commendation.decision.source, "ngay", c, end,
                               bounded_above=False)
    return problems


def check_caps(c: Campaign, units: tuple[Unit, ...], results: PeriodResults) -> list[Problem]:
    problems = []
    for cap in c.caps:
        for flag in cap_flags(cap, units, results):
            share = vi.percent(flag.share)
            if flag.unit is None:
                problems.append(_at(results.source, "don_vi", "over-cap",
                                    f"Toàn cơ quan: {share}, vượt giới hạn ({cap.name}). "
                                    "Trang web sẽ đánh dấu điều này; hãy kiểm tra lại số liệu.", Severity.WARNING))
            else:
                unit_result = results.unit(flag.unit.id)
                problems.append(_at(unit_result.source, cap.numerator[0], "over-cap",
                                    f"{flag.unit.name}: {share}, vượt giới hạn ({cap.name}). "
                                    "Trang web sẽ đánh dấu điều này; hãy kiểm tra lại số liệu.", Severity.WARNING))
    return problems


def check_year(c: Campaign, units: tuple[Unit, ...], results: list[PeriodResults]
               ) -> tuple[list[Problem], dict[str, PeriodResults]]:
    problems = check_campaign(c) + check_units(units)
    by_period: dict[str, PeriodResults] = {}
    for r in results:
        if r.period in by_period:
            problems.append(_at(r.source, "ky", "duplicate-period",
                                f"Đã có một tệp kết quả khác cho kỳ '{r.period}' "
                                f"({by_period[r.period].source.file}). Mỗi kỳ chỉ một tệp."))
            continue
        problems += check_results(c, units, r)
        problems += check_caps(c, units, r)
        by_period[r.period] = r
    return problems, by_period
