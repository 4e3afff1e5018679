"""Properties of the checker: consistent data always passes and keeps its counts; any damage is a problem, never a crash.

The number of examples comes from the hypothesis profile in conftest.py.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from badcases import BASELINE
from hypothesis import given
from hypothesis import strategies as st

from campaign.core.model import Rating
from campaign.read.load import load
from campaign.read.strict_yaml import parse
from campaign.score.review import review

VIETNAMESE = re.compile("[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", re.IGNORECASE)
CAMPAIGN_START, CAMPAIGN_END = date(2021, 1, 1), date(2021, 12, 31)
PERIOD_ENDS = {"6-thang": date(2021, 6, 30), "ca-nam": date(2021, 12, 31)}
CHECKLIST = "nhiem-vu-ubnd"  # what the baseline's chien-dich.yml offers
TITLE = "van-hoa"
ORGANISATIONS = ("dang-bo", "cong-doan")
CONTENT_ITEMS = (1, 2)

# Free text as the Office types it: Vietnamese letters, digits, and the punctuation YAML cares about.
_TEXT_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ" \
                 "AĂÂĐÊÔƠƯ0123456789 ,.:;-#'\"/&*!%@()[]{}?|>"
texts = st.text(_TEXT_ALPHABET, min_size=1, max_size=40).map(lambda t: unicodedata.normalize("NFC", t))


def days(start: date, end: date):
    return st.integers(0, (end - start).days).map(lambda n: start + timedelta(days=n))


@dataclass
class UnitFigures:
    id: str
    staff: int
    ratings: tuple[int, int, int, int] | None  # excellent, good, done, not done
    advanced: int | None
    soldiers: int | None
    autonomy: Decimal | None


@st.composite
def unit_figures(draw, unit_id: str, public: bool, with_ratings: bool) -> UnitFigures:
    staff = draw(st.integers(0, 60))
    ratings = advanced = soldiers = None
    if with_ratings:
        cuts = sorted(draw(st.lists(st.integers(0, staff), min_size=3, max_size=3)))
        ratings = (cuts[0], cuts[1] - cuts[0], cuts[2] - cuts[1], staff - cuts[2])
        if draw(st.booleans()):
            advanced = draw(st.integers(0, ratings[0] + ratings[1]))  # LĐTT only among "tốt" or better
            if draw(st.booleans()):
                soldiers = draw(st.integers(0, advanced))  # CSTĐCS only among LĐTT
    autonomy = None
    if public and draw(st.booleans()):
        autonomy = Decimal(draw(st.integers(0, 1000))) / 10
    return UnitFigures(unit_id, staff, ratings, advanced, soldiers, autonomy)


def q(text: str) -> str:
    """Free text as a YAML double-quoted scalar (a JSON string is one)."""
    return json.dumps(text, ensure_ascii=False)


def d(day: date) -> str:
    return day.strftime("%d/%m/%Y")


@st.composite
def datasets(draw) -> tuple[dict[str, str], dict]:
    """Files of a consistent campaign year (beside the baseline's chien-dich.yml) and the figures they hold."""
    count = draw(st.integers(1, 8))
    publics = draw(st.lists(st.booleans(), min_size=count, max_size=count))
    names = draw(st.lists(texts, min_size=count, max_size=count))
    lines = ["don_vi:"]
    for i in range(count):
        lines += [f"  - ma: don-vi-{i + 1}", f"    ten: {q(names[i])}",
                  f"    su_nghiep_cong_lap: {'true' if publics[i] else 'false'}"]
    files = {"2021/don-vi.yml": "\n".join(lines) + "\n"}
    figures: dict = {}
    items_count = draw(st.integers(0, 12))
    for period, end in PERIOD_ENDS.items():
        with_ratings = period == "ca-nam"
        units = [draw(unit_figures(f"don-vi-{i + 1}", publics[i], with_ratings)) for i in range(count)]
        lines = [f"ky: {period}", "don_vi:"]
        for u in units:
            lines += [f"  - ma: {u.id}", f"    tong_so: {u.staff}"]
            if u.ratings is not None:
                lines += ["    xep_loai:"] + [f"      {r.code.replace('-', '_')}: {n}"
                                               for r, n in zip((Rating.EXCELLENT, Rating.GOOD, Rating.DONE,
                                                                Rating.NOT_DONE), u.ratings)]
            if u.advanced is not None:
                lines.append(f"    lao_dong_tien_tien: {u.advanced}")
            if u.soldiers is not None:
                lines.append(f"    chien_si_thi_dua_co_so: {u.soldiers}")
            if u.autonomy is not None:
                lines.append(f"    ty_le_tu_chu: {u.autonomy}")
                if 0 < u.autonomy < 1:  # really under 1 %: confirmed, or it is an error
                    lines.append(f"    xac_nhan_duoi_1_phan_tram: {u.autonomy}")
        statuses = draw(st.lists(st.sampled_from(["chua-thuc-hien", "dang-thuc-hien", "hoan-thanh"]),
                                 min_size=items_count, max_size=items_count))
        if statuses:
            lines += ["danh_muc:", f"  {CHECKLIST}:"]
            for n, status in enumerate(statuses, start=1):
                lines += [f"    - ma: nv-{n:02d}", f"      ten: {q(draw(texts))}", f"      trang_thai: {status}"]
                if status == "hoan-thanh" or draw(st.booleans()):
                    lines += ["      can_cu:", f"        so: {q(draw(texts))}",
                              f"        ngay: {d(draw(days(CAMPAIGN_START, end)))}"]
        if draw(st.booleans()):
            earned = draw(st.booleans())
            lines += ["danh_hieu_co_quan:", f"  {TITLE}:", f"    dat: {'true' if earned else 'false'}"]
            if earned:
                lines += ["    quyet_dinh:", f"      so: {q(draw(texts))}",
                          f"      ngay: {d(draw(days(CAMPAIGN_START, end)))}"]
        ratings = draw(st.lists(st.sampled_from([r.code for r in Rating]), min_size=len(ORGANISATIONS),
                                max_size=len(ORGANISATIONS)))
        lines += ["xep_loai_to_chuc:"] + [f"  {org}: {r}" for org, r in zip(ORGANISATIONS, ratings)]
        activities = draw(st.lists(st.tuples(st.sampled_from(CONTENT_ITEMS), days(CAMPAIGN_START, end), texts,
                                             st.one_of(st.none(), st.integers(1, count))), max_size=4))
        if activities:
            lines.append("hoat_dong:")
            for item, day, text, unit in activities:
                lines += [f"  - noi_dung: {item}", f"    ngay: {d(day)}", f"    mo_ta: {q(text)}"]
                if unit is not None:
                    lines.append(f"    don_vi: don-vi-{unit}")
        files[f"2021/ket-qua/{period}.yml"] = "\n".join(lines) + "\n"
        figures[period] = {"units": units, "statuses": statuses}
    return files, figures


def build(files: dict[str, str | bytes], folder: Path) -> Path:
    data = folder / "data"
    shutil.copytree(BASELINE, data)
    for name, content in files.items():
        (data / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return data


@given(datasets())
def test_consistent_data_loads_without_error_and_keeps_its_counts(generated):
    files, figures = generated
    with tempfile.TemporaryDirectory() as folder:
        dataset, report = load(build(files, Path(folder)))
    assert report.errors == [], "\n".join(p.as_text() for p in report.errors)
    # The only warnings consistent data may earn: over a cap, and a name that starts like a spreadsheet formula (- or
    # @ are in the alphabet). An autonomy under 1 % is confirmed beside it.
    assert {p.code for p in report.problems} <= {"over-cap", "text-formula-start"}
    year = dataset.year(2021)
    for period, expected in figures.items():
        results = year.period_results(period)
        for unit in expected["units"]:
            got = results.unit(unit.id)
            assert got.staff == unit.staff
            assert got.advanced == unit.advanced
            assert got.emulation_soldiers == unit.soldiers
            assert got.autonomy == unit.autonomy
            if unit.ratings is None:
                assert got.ratings is None
            else:
                assert tuple(got.ratings[r] for r in (Rating.EXCELLENT, Rating.GOOD, Rating.DONE,
                                                      Rating.NOT_DONE)) == unit.ratings
        assert [i.status.code for i in results.checklist_items] == expected["statuses"]
    assert len(review(year).periods) == len(PERIOD_ENDS)


# --- damage -------------------------------------------------------------------------------------------

DATA_FILES = sorted(p.relative_to(BASELINE).as_posix() for p in BASELINE.rglob("*.yml"))
SURPRISES = ["no", "0123", "7:30", "yes", "~", "&a", "*a", "!!python/object:os.system", "[", "{", "'", '"',
             "- ", ": ", "#", "\t", "---", "1e3", "0x1F", ".inf", "2021-06-30", "🙂", "\u0301", "\x00", "\ufeff"]


@st.composite
def damaged(draw) -> tuple[str, bytes]:
    name = draw(st.sampled_from(DATA_FILES))
    raw = (BASELINE / name).read_bytes()
    lines = raw.split(b"\n")
    at = draw(st.integers(0, len(lines) - 1))
    how = draw(st.sampled_from(["delete-line", "duplicate-line", "tab", "swap", "truncate", "surprise",
                                "replace-value", "random-bytes"]))
    if how == "delete-line":
        del lines[at]
    elif how == "duplicate-line":
        lines.insert(at, lines[at])
    elif how == "tab":
        line = lines[at]
        cut = draw(st.integers(0, len(line)))
        lines[at] = line[:cut] + b"\t" + line[cut:]
    elif how == "swap":
        text = b"\n".join(lines)
        i = draw(st.integers(0, max(len(text) - 2, 0)))
        return name, text[:i] + text[i + 1:i + 2] + text[i:i + 1] + text[i + 2:]
    elif how == "truncate":
        text = b"\n".join(lines)
        return name, text[:draw(st.integers(0, len(text)))]
    elif how == "surprise":
        line = lines[at]
        cut = draw(st.integers(0, len(line)))
        lines[at] = line[:cut] + draw(st.sampled_from(SURPRISES)).encode("utf-8") + line[cut:]
    elif how == "replace-value":
        line = lines[at]
        if b": " in line:
            lines[at] = line[:line.index(b": ") + 2] + draw(st.sampled_from(SURPRISES)).encode("utf-8")
    else:
        noise = draw(st.binary(min_size=1, max_size=8))
        line = lines[at]
        cut = draw(st.integers(0, len(line)))
        lines[at] = line[:cut] + noise + line[cut:]
    return name, b"\n".join(lines)


def assert_well_formed(report, data_name: str = "data") -> None:
    for problem in report.problems:
        assert problem.file == data_name or problem.file.startswith(data_name + "/"), problem.as_text()
        assert problem.line >= 1 and problem.column >= 1, problem.as_text()
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", problem.code), problem.as_text()
        assert VIETNAMESE.search(problem.message), problem.as_text()


@given(st.lists(damaged(), min_size=1, max_size=2))
def test_damaged_files_are_reported_never_raised(damage):
    with tempfile.TemporaryDirectory() as folder:
        dataset, report = load(build(dict(damage), Path(folder)))
    assert_well_formed(report)
    assert (dataset is None) == bool(report.errors)


@given(st.binary(max_size=400))
def test_any_bytes_parse_to_problems_not_exceptions(raw):
    doc = parse("tep.yml", raw)
    for problem in doc.problems:
        assert problem.line >= 1 and problem.column >= 1
        assert VIETNAMESE.search(problem.message)


@given(st.text(st.sampled_from(list("ab:-[]{}&*!|>'\"# \t\n?,%@`~01")), max_size=200))
def test_any_yaml_looking_text_parses_to_problems_not_exceptions(text):
    doc = parse("tep.yml", text.encode("utf-8"))
    assert all(problem.line >= 1 for problem in doc.problems)
