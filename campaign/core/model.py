"""Typed, immutable records of a campaign and its results; built once from checked data."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from functools import cached_property
from types import MappingProxyType
from typing import Mapping

from . import figures
from .choices import Coded, CollectiveTitle, ItemStatus, Rating, ReportState  # noqa: F401  (the records' choices)


@dataclass(frozen=True)
class Source:
    """Where a record was written: its file, line and column, and those of its fields.

    A field's place is that of its key; an item of a list field is found as `name[index]`, a field of a nested
    block as `name.field` (xep_loai.hoan_thanh_tot: in a workbook, that figure's own cell).
    """

    file: str
    line: int
    column: int
    fields: Mapping[str, tuple[int, int]] = field(default_factory=lambda: MappingProxyType({}))
    sheet: str | None = None  # in a workbook: the sheet, with line and column its row and column

    def at(self, name: str | None = None, index: int | None = None) -> tuple[str, int, int]:
        """The place of field `name` (of its `index`-th item for a list), else of the record itself."""
        place = None
        if name is not None and index is not None:
            place = self.fields.get(f"{name}[{index}]")
        if name is not None and place is None:
            place = self.fields.get(name)
        line, column = place or (self.line, self.column)
        return self.file, line, column


def _source():
    return field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Evidence:
    """A document with its number and date: a decision (quyet_dinh) or the evidence of a task done (can_cu)."""

    number: str
    issued: date
    summary: str | None = None  # trich_yeu
    issuer: str | None = None  # co_quan_ban_hanh: the body that issued it, as the Office writes it; None: not written
    source: Source | None = _source()


@dataclass(frozen=True)
class Period:
    id: str
    name: str
    end: date
    published: bool = False  # the Office says so (cong_bo): the site then leads with it
    # han_chot_quyet_dinh: the last day a decision on this period's outcomes may bear (titles and ratings of a
    # year are often decided in January); None: no decision dated after `end` is accepted.
    decision_deadline: date | None = None
    source: Source | None = _source()


@dataclass(frozen=True)
class Milestone:
    day: date
    event: str


@dataclass(frozen=True)
class ContentItem:
    number: int
    name: str


@dataclass(frozen=True)
class Named:
    """A checklist, an agency title or an organisation: an id and a name."""

    id: str
    name: str


@dataclass(frozen=True)
class Cap:
    id: str
    name: str
    numerator: tuple[str, ...]
    denominator: tuple[str, ...]
    maximum: Fraction
    basis: str | None = None  # the rule that sets it, as the Office writes it (can_cu); None: not written yet
    scope: str | None = None  # DEPARTMENT or PER_UNIT (pham_vi); None: not written yet, both are looked at

    DEPARTMENT = "toan-co-quan"  # the department's total is held to the cap
    PER_UNIT = "tung-don-vi"  # each unit is held to it on its own

    @property
    def on_department(self) -> bool:
        return self.scope in (None, Cap.DEPARTMENT)

    @property
    def on_units(self) -> bool:
        return self.scope in (None, Cap.PER_UNIT)


@dataclass(frozen=True)
class Target:
    id: str
    name: str
    text: str
    kind: str  # its `loai`: the code of its kind of measure (campaign/score/kinds/)
    threshold: Fraction | None = None
    required: int | None = None  # None with a checklist means every item
    numerator: tuple[str, ...] = ()
    denominator: tuple[str, ...] = ()
    checklist: str | None = None
    title: str | None = None
    min_rating: Rating | None = None
    cap: str | None = None
    short: str | None = None  # a very short name for summaries, grids and print (ten_ngan); None: `name`
    source: Source | None = _source()

    @property
    def label(self) -> str:
        return self.short or self.name


# The launch document's facts without which it is not on the site yet (its keys in chien-dich.yml, van_ban):
# make new-year leaves them empty, as the new year's document is not issued yet. Its number and day are not
# among them: the original may leave them blank, as 2021's does.
DOCUMENT_FACTS = ("thang", "nam", "noi_ban_hanh", "chuc_vu_nguoi_ky", "nguoi_ky")


@dataclass(frozen=True)
class IssuingDocument:
    number: str
    day: str
    month: int | None
    year: int | None
    place: str
    signer_title: str
    signer: str
    summary: str | None = None  # the title line under "PHÁT ĐỘNG THI ĐUA" (trích yếu), as printed

    @property
    def missing(self) -> tuple[str, ...]:
        """The keys of DOCUMENT_FACTS still empty: the year's document is not on the site until none is."""
        values = dict(zip(DOCUMENT_FACTS, (self.month, self.year, self.place, self.signer_title, self.signer)))
        return tuple(key for key, value in values.items() if value is None or not str(value).strip())

    @property
    def known(self) -> bool:
        return not self.missing


@dataclass(frozen=True)
class Campaign:
    year: int
    illustrative: bool  # the year's one switch: units, results and decision numbers are placeholders
    name: str
    motto: str
    document: IssuingDocument
    start_text: str
    end: date
    periods: tuple[Period, ...]
    milestones: tuple[Milestone, ...]
    content_items: tuple[ContentItem, ...]
    checklists: tuple[Named, ...]
    agency_titles: tuple[Named, ...]
    organisations: tuple[Named, ...]
    caps: tuple[Cap, ...]
    targets: tuple[Target, ...]
    source: Source | None = _source()

    @property
    def start(self) -> date:
        """The earliest day the campaign can have begun: the document is dated by month only; before the year's
        document is on the site, the first day of its year."""
        if not self.document.known:
            return date(self.year, 1, 1)
        return date(self.document.year, self.document.month, 1)

    def period(self, period_id: str) -> Period | None:
        return next((p for p in self.periods if p.id == period_id), None)

    def cap(self, cap_id: str | None) -> Cap | None:
        return next((c for c in self.caps if c.id == cap_id), None)


@dataclass(frozen=True)
class Unit:
    id: str
    name: str
    public_service: bool
    start: date | None = None  # first day, when the unit was created during the campaign
    end: date | None = None  # last day, when it was merged or dissolved during the campaign
    note: str | None = None
    source: Source | None = _source()

    def exists_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class UnitResult:
    """What a unit reported in a period: its figures (see core/figures.py) by key, as typed values.

    A figure left out of `values` was not reported; one written but left blank is in `blank` (by its entry, the
    key the Office wrote: xep_loai for the ratings), to be filled. The ratings are all in or none.
    """

    unit: str
    values: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))
    blank: tuple[str, ...] = ()  # the entries written but left empty, to be filled
    unrated: tuple[str, ...] = ()  # rating levels left empty while others are filled in
    collective_title_decision: Evidence | None = None  # quyet_dinh_danh_hieu_tap_the
    state: ReportState | None = None  # tinh_trang: the Office says the unit did not report this period
    source: Source | None = _source()

    @property
    def reported(self) -> bool:
        return self.staff is not None

    @property
    def did_not_report(self) -> bool:
        """The Office wrote that the unit did not report this period (it has no figures, and none will come)."""
        return self.state is ReportState.NOT_REPORTED

    @property
    def staff(self) -> int | None:  # None: the unit is listed, its figures not in yet
        return self.values.get(figures.STAFF)

    @property
    def ratings(self) -> Mapping[Rating, int] | None:
        found = {r: self.values.get(r.code.replace("-", "_")) for r in Rating}
        return None if None in found.values() else MappingProxyType(found)

    @property
    def advanced(self) -> int | None:  # Lao động tiên tiến
        return self.values.get("lao_dong_tien_tien")

    @property
    def emulation_soldiers(self) -> int | None:  # Chiến sĩ thi đua cơ sở
        return self.values.get("chien_si_thi_dua_co_so")

    @property
    def collective_title(self) -> CollectiveTitle | None:
        return self.values.get("danh_hieu_tap_the")

    @property
    def proposed_excellent(self) -> bool | None:
        return self.values.get("de_nghi_tap_the_xuat_sac")

    @property
    def autonomy(self) -> Fraction | None:
        return self.values.get("ty_le_tu_chu")

    def counts(self) -> dict[str, int]:
        """The counts this unit reported, under the keys targets and caps name; none before its staff count."""
        if self.staff is None:
            return {}
        found: dict[str, int] = {figures.UNIT_COUNT.key: 1}
        for figure in figures.FIGURES:
            value = self.values.get(figure.key)
            if value is not None:
                found.update((count.key, count.of(value)) for count in figure.counts)
        return found


@dataclass(frozen=True)
class ChecklistItem:
    checklist: str
    id: str
    name: str
    status: ItemStatus
    evidence: Evidence | None = None
    source: Source | None = _source()


@dataclass(frozen=True)
class TitleResult:
    title: str
    earned: bool
    decision: Evidence | None = None
    source: Source | None = _source()


@dataclass(frozen=True)
class Activity:
    content_item: int
    day: date
    description: str
    unit: str | None = None
    source: Source | None = _source()


@dataclass(frozen=True)
class Commendation:
    decision: Evidence
    form: str
    units: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    source: Source | None = _source()


@dataclass(frozen=True)
class PeriodResults:
    period: str
    source_document: str | None = None
    units: tuple[UnitResult, ...] = ()
    checklist_items: tuple[ChecklistItem, ...] = ()
    titles: tuple[TitleResult, ...] = ()
    org_ratings: Mapping[str, Rating] = field(default_factory=lambda: MappingProxyType({}))
    # The decision of each organisation's rating, where the Office wrote one (xep_loai_to_chuc.<id>.quyet_dinh).
    org_decisions: Mapping[str, Evidence] = field(default_factory=lambda: MappingProxyType({}))
    activities: tuple[Activity, ...] = ()
    commendations: tuple[Commendation, ...] = ()
    source: Source | None = _source()
    # Where each block keyed by ids (danh_muc, xep_loai_to_chuc…) was written, to point at one of its keys.
    sections: Mapping[str, Source] = field(default_factory=lambda: MappingProxyType({}), compare=False, repr=False)

    def unit(self, unit_id: str) -> UnitResult | None:
        return self._unit_index.get(unit_id)

    @cached_property
    def _unit_index(self) -> Mapping[str, UnitResult]:
        # Looked up once per unit and per target or cap: a scan would make a large year quadratic.
        index: dict[str, UnitResult] = {}
        for result in self.units:
            index.setdefault(result.unit, result)  # the first, as the checker reports the others
        return MappingProxyType(index)


@dataclass(frozen=True)
class CampaignYear:
    """One campaign with its units and the results of each reporting period."""

    campaign: Campaign
    units: tuple[Unit, ...]
    results: Mapping[str, PeriodResults]

    @property
    def year(self) -> int:
        return self.campaign.year

    @property
    def illustrative(self) -> bool:
        return self.campaign.illustrative

    def units_in(self, period: Period) -> tuple[Unit, ...]:
        """The units that exist on the period's closing day: only they are expected to report."""
        return tuple(u for u in self.units if u.exists_on(period.end))

    def unit(self, unit_id: str) -> Unit | None:
        return next((u for u in self.units if u.id == unit_id), None)

    def period_results(self, period_id: str) -> PeriodResults | None:
        return self.results.get(period_id)


@dataclass(frozen=True)
class Dataset:
    years: tuple[CampaignYear, ...]

    def year(self, year: int) -> CampaignYear:
        return next(y for y in self.years if y.year == year)

