"""Load the data folder: read each file strictly, check it against its schema, build typed records."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path, PurePosixPath
from types import MappingProxyType
from typing import Any

from ..core.catalogue import (
    CHECKS_WAITING,
    CHECKS_WAITING_FOR,
    DATE_INVALID,
    FILE_MISSING,
    FILE_NOT_REGULAR,
    NO_CAMPAIGN,
    NUMBER_TOO_LONG,
    PERCENT_CONFIRMATION_MISMATCH,
    PERCENT_LOOKS_LIKE_FRACTION,
    PERCENT_OUT_OF_RANGE,
    SCHEMA_DATE_FORMAT,
    SCHEMA_EMPTY,
    SCHEMA_ENUM,
    SCHEMA_ID_FORMAT,
    SCHEMA_INVALID,
    SCHEMA_RANGE,
    SCHEMA_TYPE,
    TEXT_CURLY_QUOTES,
    TOO_MANY_FILES,
    WORKBOOK_AND_YAML,
    YAML_AMBIGUOUS_BOOL,
    YAML_AMBIGUOUS_NUMBER,
    YEAR_MISMATCH,
    make,
)
from ..core.figures import BY_KEY, ENTRIES, Figure, Form, in_group
from ..core.model import (
    Activity,
    Campaign,
    CampaignYear,
    Cap,
    ChecklistItem,
    Commendation,
    ContentItem,
    Dataset,
    Evidence,
    IssuingDocument,
    ItemStatus,
    Milestone,
    Named,
    Period,
    PeriodResults,
    Rating,
    ReportState,
    Source,
    Target,
    TitleResult,
    Unit,
    UnitResult,
)
from ..core.problems import Problem, sort_problems
from . import files, schema
from .check import check_year
from .folder import (
    CAMPAIGN_FILE,
    RESULTS_DIR,
    UNITS_FILE,
    WORKBOOK_SUFFIX,
    YEAR_DIR,
    expected_files,
    too_heavy,
    too_large_to_build,
    unexpected_files,
)
from .ids import CAMPAIGN_LISTS, UNIT_LISTS, check_ids
from .limits import MAX_RESULTS_FILES, MAX_YEARS, Collector, bounded
from .strict_yaml import Document, parse
from .workbook_layout import WorkbookDocument
from .year_texts import (
    illustrative_markers,
    last_year_mentions,
    launch_document_day,
    launch_document_missing,
)

# What the walk of data/ finds that stops the check before any file is read: a link or special file anywhere
# (data/schemas/ too), or too many files.
_NOTHING_READ = {FILE_NOT_REGULAR.code, TOO_MANY_FILES.code}
_VALUE_FLAGS = {c.code for c in (YAML_AMBIGUOUS_BOOL, YAML_AMBIGUOUS_NUMBER, NUMBER_TOO_LONG, TEXT_CURLY_QUOTES)}
# Errors of a value that is still a valid number: the file's records can be built, so its other checks run in the
# same round (a share written as 0.245 must not hide a sum that does not add up).
_RECORDS_STILL_BUILD = {c.code for c in (PERCENT_LOOKS_LIKE_FRACTION, PERCENT_CONFIRMATION_MISMATCH)}
_VALUE_SCHEMA_CODES = {c.code for c in (SCHEMA_TYPE, SCHEMA_ENUM, SCHEMA_RANGE, PERCENT_OUT_OF_RANGE,
                                        SCHEMA_DATE_FORMAT, SCHEMA_ID_FORMAT, SCHEMA_EMPTY, SCHEMA_INVALID)}


@dataclass
class Report:
    """Everything a load found, in the order a person fixes things."""

    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def ok(self) -> bool:
        return not self.errors


def read_document(path: Path, root: Path, kind: str) -> Document:
    name = path.relative_to(root).as_posix()
    raw, refused = files.read_bytes(path, name)
    if raw is None:
        return Document(name, problems=refused)
    if path.suffix == WORKBOOK_SUFFIX:
        from .workbook_in import parse_workbook  # openpyxl only when there is a workbook: `validate` stays quick

        doc = parse_workbook(name, raw)
    else:
        doc = parse(name, raw)
    if doc.value is not None:
        # A value the reader already flagged (e.g. `0123`) needs no second message about its type. Only
        # that: a missing or unknown key reported at the same place must stay, or the records are built
        # from a file that lacks a required key.
        flagged = {(p.line, p.column) for p in doc.problems if p.code in _VALUE_FLAGS}
        found = Collector(name)
        found.extend(doc.problems)
        found.extend(p for p in schema.validate(doc, kind)
                     if (p.code not in _VALUE_SCHEMA_CODES or (p.line, p.column) not in flagged)
                     and not (isinstance(doc, WorkbookDocument) and doc.repeats(p)))
        doc.problems = found.problems()
    return doc


class _Records:
    """Turns one schema-valid document into records, noting impossible dates as problems."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.problems: list[Problem] = []

    def source(self, path: tuple, *, keyed: bool = False) -> Source:
        """Where the value at `path` was written; `keyed` for an entry named by its key (a title, a checklist)."""
        where = self.doc.pos(path, key=keyed)
        fields = {}
        value = self._at(path)
        if isinstance(value, dict):
            for key, item in value.items():
                # The key's own line: for a nested block the value starts a line below it.
                pos = self.doc.pos(path + (key,), key=True)
                fields[key] = (pos.line, pos.column)
                for sub in item if isinstance(item, dict) else ():  # a group's figure: "xep_loai.hoan_thanh"
                    pos = self.doc.pos(path + (key, sub), key=True)
                    fields[f"{key}.{sub}"] = (pos.line, pos.column)
                for index in range(len(item) if isinstance(item, list) else 0):
                    pos = self.doc.pos(path + (key, index))
                    fields[f"{key}[{index}]"] = (pos.line, pos.column)
        sheet = self.doc.sheet_of(path) if isinstance(self.doc, WorkbookDocument) else None
        return Source(self.doc.file, where.line, where.column, MappingProxyType(fields), sheet)

    def _at(self, path: tuple) -> Any:
        value = self.doc.value
        for step in path:
            value = value[step]
        return value

    def day(self, path: tuple) -> date:
        text = self._at(path)
        day, month, year = (int(part) for part in text.split("/"))
        try:
            return date(year, month, day)
        except ValueError:
            self.problems.append(self.doc.problem(path, DATE_INVALID, value=text))
            return date(year, month, 1)

    def evidence(self, path: tuple) -> Evidence | None:
        raw = self._at(path) if self._has(path) else None
        if raw is None:
            return None
        return Evidence(raw["so"], self.day(path + ("ngay",)), summary=raw.get("trich_yeu"),
                        issuer=(raw.get("co_quan_ban_hanh") or "").strip() or None, source=self.source(path))

    def _has(self, path: tuple) -> bool:
        try:
            self._at(path)
        except (KeyError, IndexError):
            return False
        return True


def _fraction(value: int | Decimal) -> Fraction:
    return Fraction(value)


def build_campaign(doc: Document) -> tuple[Campaign, list[Problem]]:
    r = _Records(doc)
    v = doc.value

    def named(key: str) -> tuple[Named, ...]:
        return tuple(Named(x["ma"], x["ten"]) for x in v[key])

    targets = []
    for i, t in enumerate(v["chi_tieu"]):
        kind = t["loai"]
        required = t.get("can_dat")
        targets.append(Target(
            id=t["ma"], name=t["ten"], text=t["van_ban"], kind=kind,
            threshold=_fraction(t["nguong"]) if "nguong" in t else None,
            required=None if required in (None, "tat-ca") else int(required),
            numerator=tuple(t.get("tu_so", t.get("dem", ()))),
            denominator=tuple(t.get("mau_so", ())),
            checklist=t.get("danh_muc"), title=t.get("danh_hieu"),
            min_rating=Rating.from_code(t["muc_toi_thieu"]) if "muc_toi_thieu" in t else None,
            cap=t.get("gioi_han"), short=t.get("ten_ngan"), source=r.source(("chi_tieu", i))))
    d = v["van_ban"]
    campaign = Campaign(
        year=v["nam"], illustrative=v["minh_hoa"], name=v["ten"], motto=v["chu_de"],
        document=IssuingDocument(d["so"], d["ngay"], d["thang"], d["nam"], d["noi_ban_hanh"].strip(),
                                 d["chuc_vu_nguoi_ky"].strip(), d["nguoi_ky"].strip(),
                                 (d.get("trich_yeu") or "").strip() or None),
        start_text=v["thoi_gian"]["bat_dau"], end=r.day(("thoi_gian", "ket_thuc")),
        periods=tuple(Period(p["ma"], p["ten"], r.day(("ky_bao_cao", i, "den_ngay")), p.get("cong_bo", False),
                             decision_deadline=r.day(("ky_bao_cao", i, "han_chot_quyet_dinh"))
                             if "han_chot_quyet_dinh" in p else None,
                             source=r.source(("ky_bao_cao", i)))
                      for i, p in enumerate(v["ky_bao_cao"])),
        milestones=tuple(Milestone(r.day(("moc_thoi_gian", i, "ngay")), m["su_kien"])
                         for i, m in enumerate(v.get("moc_thoi_gian", []))),
        content_items=tuple(ContentItem(c["so"], c["ten"]) for c in v["noi_dung"]),
        checklists=named("danh_muc"), agency_titles=named("danh_hieu_co_quan"), organisations=named("to_chuc"),
        caps=tuple(Cap(c["ma"], c["ten"], tuple(c["tu_so"]), tuple(c["mau_so"]), _fraction(c["toi_da"]),
                       c.get("can_cu", "").strip() or None, c.get("pham_vi"))
                   for c in v["gioi_han"]),
        targets=tuple(targets),
        source=r.source(()),
    )
    return campaign, r.problems


def build_units(doc: Document) -> tuple[tuple[Unit, ...], list[Problem]]:
    r = _Records(doc)
    units = tuple(Unit(u["ma"], u["ten"], u["su_nghiep_cong_lap"],
                       r.day(("don_vi", i, "tu_ngay")) if "tu_ngay" in u else None,
                       r.day(("don_vi", i, "den_ngay")) if "den_ngay" in u else None,
                       u.get("ghi_chu"), r.source(("don_vi", i)))
                  for i, u in enumerate(doc.value["don_vi"]))
    return units, r.problems


def _typed(figure: Figure, value: object) -> object:
    """A figure's value as the records hold it: a choice by its code, a percentage as an exact fraction."""
    if figure.form is Form.CHOICE:
        return figure.choices.from_code(value)
    if figure.form is Form.PERCENT:
        return Fraction(value)
    return value


def unit_result(entry: dict, source: Source, title_decision: Evidence | None = None) -> UnitResult:
    """A unit's entry of a results file as a record, by the figure table: a group's figures (the ratings) are
    kept only when all are filled; the entries written but left empty are noted as blank. Beside the figures: the
    decision of its collective title, and the state the Office wrote (tinh_trang: the unit did not report)."""
    values, blank, unrated = {}, [], []
    for key in ENTRIES:
        if key not in entry:
            continue
        written = entry[key]
        grouped = in_group(key)
        if not grouped:
            if written is None:
                blank.append(key)
            else:
                values[key] = _typed(BY_KEY[key], written)
            continue
        filled = {f.key: written[f.key] for f in grouped if written is not None and written[f.key] is not None}
        if not filled:
            blank.append(key)
        elif len(filled) < len(grouped):
            unrated.extend(f.key for f in grouped if f.key not in filled)
        else:
            values.update((f.key, _typed(f, filled[f.key])) for f in grouped)
    state = entry.get("tinh_trang")
    return UnitResult(entry["ma"], MappingProxyType(values), tuple(blank), tuple(unrated),
                      collective_title_decision=title_decision,
                      state=ReportState.from_code(state) if state else None, source=source)


def build_results(doc: Document) -> tuple[PeriodResults, list[Problem]]:
    r = _Records(doc)
    v = doc.value
    units = [unit_result(u, r.source(("don_vi", i)), r.evidence(("don_vi", i, "quyet_dinh_danh_hieu_tap_the")))
             for i, u in enumerate(v.get("don_vi", []))]
    items = []
    for checklist, entries in v.get("danh_muc", {}).items():
        for i, item in enumerate(entries):
            path = ("danh_muc", checklist, i)
            items.append(ChecklistItem(checklist, item["ma"], item["ten"], ItemStatus.from_code(item["trang_thai"]),
                                       r.evidence(path + ("can_cu",)), r.source(path)))
    titles = tuple(TitleResult(key, t["dat"], r.evidence(("danh_hieu_co_quan", key, "quyet_dinh")),
                               r.source(("danh_hieu_co_quan", key), keyed=True))
                   for key, t in v.get("danh_hieu_co_quan", {}).items() if t["dat"] is not None)
    activities = tuple(Activity(a["noi_dung"], r.day(("hoat_dong", i, "ngay")), a["mo_ta"], a.get("don_vi"),
                                r.source(("hoat_dong", i)))
                       for i, a in enumerate(v.get("hoat_dong", [])))
    commendations = tuple(Commendation(r.evidence(("khen_thuong", i, "quyet_dinh")), c["hinh_thuc"],
                                       tuple(c.get("tap_the", ())), tuple(c.get("ca_nhan", ())),
                                       r.source(("khen_thuong", i)))
                          for i, c in enumerate(v.get("khen_thuong", [])))
    # An organisation's rating is its level alone (dang-bo: hoan-thanh-tot) or a block with its decision.
    org_levels = {k: x["xep_loai"] if isinstance(x, dict) else x for k, x in v.get("xep_loai_to_chuc", {}).items()}
    results = PeriodResults(
        period=v["ky"], source_document=v.get("nguon"),
        units=tuple(units), checklist_items=tuple(items), titles=titles,
        org_ratings=MappingProxyType({k: Rating.from_code(x) for k, x in org_levels.items() if x is not None}),
        org_decisions=MappingProxyType({k: r.evidence(("xep_loai_to_chuc", k, "quyet_dinh"))
                                        for k, x in v.get("xep_loai_to_chuc", {}).items()
                                        if isinstance(x, dict) and x.get("quyet_dinh") is not None}),
        activities=activities, commendations=commendations, source=r.source(()),
        sections=MappingProxyType({key: r.source((key,)) for key, x in v.items() if isinstance(x, dict)}))
    return results, r.problems


def load_year(folder: Path, root: Path) -> tuple[CampaignYear | None, list[Problem]]:
    """Every problem of one year in one run: a file too broken to read its meaning says its checks wait."""
    problems: list[Problem] = []
    docs = {}
    for name, kind in ((CAMPAIGN_FILE, "chien-dich"), (UNITS_FILE, "don-vi")):
        path = folder / name
        if not path.is_file() and not path.is_symlink():  # a link is refused when read, never followed
            problems.append(make(FILE_MISSING, path.relative_to(root).as_posix(), 1, 1, name=name,
                                 folder=folder.name))
            continue
        docs[name] = read_document(path, root, kind)
    results_dir = (folder / RESULTS_DIR).relative_to(root).as_posix()
    linked = files.not_regular(folder / RESULTS_DIR, results_dir)
    if linked:
        problems.append(linked)
    result_paths = [] if linked else expected_files(folder)[2:]
    if len(result_paths) > MAX_RESULTS_FILES:
        problems.append(make(TOO_MANY_FILES, results_dir, 1, 1, where=f"Thư mục {results_dir}",
                             count=len(result_paths), what="tệp kết quả", limit=MAX_RESULTS_FILES))
        result_paths = []
    result_docs = [read_document(p, root, "ket-qua") for p in result_paths]
    readable = {}
    for doc in [*docs.values(), *result_docs]:
        problems.extend(doc.problems)
        if any(p.is_error and p.code not in _RECORDS_STILL_BUILD for p in doc.problems):
            problems.append(make(CHECKS_WAITING, doc.file, 1, 1))
        else:
            readable[doc.file] = doc
    found, result_docs = _one_source_per_period(result_docs)
    problems.extend(found)
    campaign_doc, units_doc = docs.get(CAMPAIGN_FILE), docs.get(UNITS_FILE)
    campaign = units = None
    if campaign_doc is not None and campaign_doc.file in readable:
        problems.extend(check_ids(campaign_doc, CAMPAIGN_LISTS))
        campaign, found = build_campaign(campaign_doc)
        problems.extend(found)
    if units_doc is not None and units_doc.file in readable:
        problems.extend(check_ids(units_doc, UNIT_LISTS))
        units, found = build_units(units_doc)
        problems.extend(found)
    period_results = []
    for doc in result_docs:
        if doc.file in readable:
            results, found = build_results(doc)
            problems.extend(found)
            period_results.append(results)
    if campaign is None or units is None:
        broken = CAMPAIGN_FILE if campaign is None else UNITS_FILE
        problems.extend(make(CHECKS_WAITING_FOR, doc.file, 1, 1, other=broken)
                        for doc in result_docs if doc.file in readable)
        return None, problems
    found, by_period = check_year(campaign, units, period_results)
    problems.extend(found)
    problems.extend(illustrative_markers(campaign, list(readable.values())))
    problems.extend(last_year_mentions(int(folder.name), campaign_doc))
    problems.extend(launch_document_missing(campaign, campaign_doc))
    problems.extend(launch_document_day(campaign, campaign_doc))
    if any(p.is_error for p in problems):
        return None, problems
    return CampaignYear(campaign, units, MappingProxyType(by_period)), problems


def _one_source_per_period(docs: list[Document]) -> tuple[list[Problem], list[Document]]:
    """A period given both as a workbook and as a YAML file is an error at the workbook; its figures are checked
    from the workbook (the newer way in), the YAML file only for its own mistakes."""
    workbooks = {PurePosixPath(d.file).stem: d for d in docs if d.file.endswith(WORKBOOK_SUFFIX)}
    problems, kept = [], []
    for doc in docs:
        path = PurePosixPath(doc.file)
        workbook = workbooks.get(path.stem) if path.suffix == ".yml" else None
        if workbook is None:
            kept.append(doc)
            continue
        problems.append(make(WORKBOOK_AND_YAML, workbook.file, 1, 1, period=path.stem, yaml=path.name,
                             workbook=PurePosixPath(workbook.file).name))
    return problems, kept


@contextmanager
def _without_cycle_collection():
    """Loading makes hundreds of thousands of small objects and no reference cycles (aliases are refused):
    the cyclic collector would only rescan them again and again, a third of the time on a large data set."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load(data_dir: Path | str) -> tuple[Dataset | None, Report]:
    """Load every campaign year under `data_dir`; the dataset is None when any error was found."""
    with _without_cycle_collection():
        return _load(Path(data_dir))


def _load(data_dir: Path) -> tuple[Dataset | None, Report]:
    given = data_dir
    data_dir = data_dir.resolve()
    root = data_dir.parent
    report = Report()
    years = []
    if given.is_symlink():  # the data folder itself a link: read from wherever it points, so never
        report.problems.append(files.not_regular(given, data_dir.name))
        return None, report
    # Every link, special file and name Windows cannot hold under data/, hidden folders too: refused unread.
    tree = files.walk(root, data_dir) if data_dir.is_dir() else files.Tree()
    report.problems.extend(tree.problems)
    stop = too_heavy(data_dir, tree.size) + [p for p in tree.problems if p.code in _NOTHING_READ]
    if stop:  # nothing is read while a link is there (a schema could be one) or past the folder's bound
        report.problems = bounded(sort_problems([*report.problems, *stop]))
        return None, report
    entries = sorted(p for p in data_dir.iterdir() if YEAR_DIR.fullmatch(p.name)) if data_dir.is_dir() else []
    folders = [p for p in entries if p.is_dir() and not p.is_symlink()]
    if not entries:
        report.problems.append(make(NO_CAMPAIGN, data_dir.name, 1, 1))
    if data_dir.is_dir():
        report.problems.extend(unexpected_files(data_dir, tree.files, folders, root))
    if len(folders) > MAX_YEARS:
        report.problems.append(make(TOO_MANY_FILES, data_dir.name, 1, 1, where=f"Thư mục {data_dir.name}",
                                    count=len(folders), what="thư mục năm", limit=MAX_YEARS))
        folders = []
    for folder in folders:
        year, found = load_year(folder, root)
        report.problems.extend(found)
        if year is not None:
            if str(year.year) != folder.name:
                file, line, column = year.campaign.source.at("nam")
                report.problems.append(make(YEAR_MISMATCH, file, line, column, year=year.year,
                                            folder=folder.name))
            years.append(year)
    report.problems.extend(too_large_to_build(data_dir, years))
    report.problems = bounded(sort_problems(report.problems))
    if not report.ok:
        return None, report
    return Dataset(tuple(years)), report
