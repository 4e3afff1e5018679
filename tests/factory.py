"""Small campaign years built directly as records, for tests of computing and rendering."""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from types import MappingProxyType

from campaign.core.model import (
    Campaign,
    CampaignYear,
    Cap,
    ChecklistItem,
    ContentItem,
    Evidence,
    IssuingDocument,
    ItemStatus,
    Named,
    Period,
    PeriodResults,
    Target,
    TitleResult,
    Unit,
    UnitResult,
)

MID = Period("6-thang", "Sơ kết 6 tháng", date(2021, 6, 30))
YEAR_END = Period("ca-nam", "Tổng kết năm", date(2021, 12, 31))
CSTDCS_CAP = Cap("tran-cstdcs", "Chiến sĩ thi đua cơ sở không quá 15%", ("chien_si_thi_dua_co_so",),
                 ("lao_dong_tien_tien",), Fraction(15))


def ratio_target(num, den, threshold, cap=None, id="T1") -> Target:
    return Target(id, "Tỷ lệ thử", "Văn bản thử", "ty-le", threshold=Fraction(threshold),
                  numerator=tuple(num), denominator=tuple(den), cap=cap)


def campaign(*targets: Target, orgs=("dang-bo",)) -> Campaign:
    return Campaign(
        year=2021, illustrative=True, name="Thử", motto="Thử", document=IssuingDocument("/PĐTĐ", "", 1, 2021, "Cao Bằng", "Giám đốc", "X"),
        start_text="Từ ngày phát động", end=date(2021, 12, 31), periods=(MID, YEAR_END), milestones=(),
        content_items=(ContentItem(1, "Nội dung 1"),), checklists=(Named("nv", "Nhiệm vụ"),),
        agency_titles=(Named("van-hoa", "Cơ quan văn hoá"),), organisations=tuple(Named(o, o) for o in orgs),
        caps=(CSTDCS_CAP,), targets=targets)


def unit_result(unit: str, staff: int | None, excellent=None, good=None, done=0, not_done=0, advanced=None,
                soldiers=None, autonomy=None, title=None, proposed=None) -> UnitResult:
    values = {"tong_so": staff, "lao_dong_tien_tien": advanced, "chien_si_thi_dua_co_so": soldiers,
              "danh_hieu_tap_the": title, "de_nghi_tap_the_xuat_sac": proposed,
              "ty_le_tu_chu": None if autonomy is None else Fraction(autonomy)}
    if excellent is not None:
        values |= {"hoan_thanh_xuat_sac": excellent, "hoan_thanh_tot": good, "hoan_thanh": done,
                   "khong_hoan_thanh": not_done}
    return UnitResult(unit, MappingProxyType({k: v for k, v in values.items() if v is not None}))


def year(camp: Campaign, units: list[Unit], **results_by_period) -> CampaignYear:
    return CampaignYear(camp, tuple(units), MappingProxyType(results_by_period))


def results(period: Period, units=(), items=(), titles=(), orgs=None) -> PeriodResults:
    return PeriodResults(period.id, units=tuple(units), checklist_items=tuple(items), titles=tuple(titles),
                         org_ratings=MappingProxyType(orgs or {}))


def item(i: int, status: ItemStatus) -> ChecklistItem:
    evidence = Evidence(f"{i}/BC", date(2021, 5, 1)) if status is ItemStatus.DONE else None
    return ChecklistItem("nv", f"nv-{i}", f"Nhiệm vụ {i}", status, evidence)


def title(earned: bool) -> TitleResult:
    return TitleResult("van-hoa", earned, Evidence("1/QĐ", date(2021, 12, 20)) if earned else None)


UNITS = [Unit("a", "Phòng A", False), Unit("b", "Đơn vị B", True)]
