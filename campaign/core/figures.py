"""The figures a unit reports in a period, said once: the data's key, the labels readers see, the workbook column,
the form of the value, and the counts that targets and caps add up from it.

Every place that lists a unit's figures reads this table: the records (model.UnitResult), the schemas' figure keys
and count keys (read.schema fills them from here, and a test holds the committed JSON files equal to it), the
workbook's columns (read.workbook_layout), the YAML template (office.lifecycle), the pages and the downloads. A
figure added here appears in all of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType
from typing import Callable, Mapping

from . import vi
from .choices import Coded, CollectiveTitle, Rating


class Form(Enum):
    """What kind of value a figure is."""

    COUNT = "count"  # a number of people, a whole number ≥ 0
    CHOICE = "choice"  # one of a closed list (a Coded enum)
    YES_NO = "yes-no"
    PERCENT = "percent"  # a percentage 0–100, as the Office writes it (24,5 for 24,5 %)

    @property
    def numeric(self) -> bool:
        return self in (Form.COUNT, Form.PERCENT)


@dataclass(frozen=True)
class Count:
    """A count that targets and caps may add up over the units (their `tu_so`, `mau_so`, `dem`)."""

    key: str
    label: str  # inside a sentence: "hoàn thành xuất sắc nhiệm vụ", "đơn vị đạt Tập thể lao động tiên tiến trở lên"
    of: Callable[[object], int]  # the count from the figure's value
    # Counts this one never exceeds in a unit, each set added up (the checker holds the data to them): a ratio of
    # such counts is at most 100 % in every unit, reported or not yet.
    at_most: tuple[frozenset[str], ...] = ()

    @property
    def counts_units(self) -> bool:
        """A count of units (a title, a proposal), not of people."""
        return self.label.startswith("đơn vị ")


@dataclass(frozen=True)
class Figure:
    key: str  # the key the Office writes (the last step of `path`)
    path: tuple[str, ...]  # where it is written in a unit's entry of a results file: ("xep_loai", "hoan_thanh")
    form: Form
    label: str  # as a heading or a label: "Hoàn thành xuất sắc nhiệm vụ"
    short: str  # as a column's header in a wide table: "HTXS"
    in_sentence: str  # inside a sentence: "chưa có số liệu về xếp loại hoàn thành xuất sắc nhiệm vụ"
    column: str  # the workbook column's header
    description: str  # the schema's description: what the Office's editor shows on hover
    note: str  # the message Excel shows when the cell is selected
    width: int = 13  # the workbook column's width
    choices: type[Coded] | None = None
    public_service_only: bool = False  # only public S&T service units report it
    counts: tuple[Count, ...] = ()
    abbreviation: tuple[str, str] | None = None  # one the short header uses, and what it stands for

    @property
    def group(self) -> str | None:
        """The entry several figures are written under together (xep_loai), None for a figure on its own."""
        return self.path[0] if len(self.path) > 1 else None

    @property
    def entry(self) -> str:
        """The key of the unit's entry that holds the figure: its own key, or its group's."""
        return self.path[0]


_COUNT_NOTE = "Số người, số nguyên từ 0 trở lên. Để trống khi chưa có."


def _rating(rating: Rating, short: str) -> Figure:
    key = rating.code.replace("-", "_")
    words = rating.label[0].lower() + rating.label[1:]
    return Figure(key, ("xep_loai", key), Form.COUNT, rating.label, short, f"xếp loại {words}", rating.label,
                  f"Số người {words}.", _COUNT_NOTE,
                  counts=(Count(key, words, int, (frozenset({"tong_so"}),)),), abbreviation=(short, words))


_STAFF = Count("tong_so", "tổng số người", int)
_GOOD_OR_BETTER = frozenset({"hoan_thanh_xuat_sac", "hoan_thanh_tot"})

FIGURES: tuple[Figure, ...] = (
    Figure("tong_so", ("tong_so",), Form.COUNT, "Số người", "Số người", "số người", "Tổng số người",
           "Tổng số đảng viên, công chức, viên chức, người lao động của đơn vị. Để trống khi chưa có số liệu của "
           "đơn vị.", _COUNT_NOTE, 11, counts=(_STAFF,)),
    _rating(Rating.EXCELLENT, "HTXS"),
    _rating(Rating.GOOD, "HTT"),
    _rating(Rating.DONE, "HT"),
    _rating(Rating.NOT_DONE, "KHT"),
    Figure("lao_dong_tien_tien", ("lao_dong_tien_tien",), Form.COUNT, "Lao động tiên tiến", "LĐTT",
           "Lao động tiên tiến", "Lao động tiên tiến", "Số người đạt danh hiệu Lao động tiên tiến.", _COUNT_NOTE, 12,
           counts=(Count("lao_dong_tien_tien", "Lao động tiên tiến", int,
                         (frozenset({"tong_so"}), _GOOD_OR_BETTER)),),
           abbreviation=("LĐTT", "Lao động tiên tiến")),
    Figure("chien_si_thi_dua_co_so", ("chien_si_thi_dua_co_so",), Form.COUNT, "Chiến sĩ thi đua cơ sở", "CSTĐCS",
           "Chiến sĩ thi đua cơ sở", "Chiến sĩ thi đua cơ sở",
           "Số người đạt danh hiệu Chiến sĩ thi đua cơ sở (trong số Lao động tiên tiến).", _COUNT_NOTE, 12,
           counts=(Count("chien_si_thi_dua_co_so", "Chiến sĩ thi đua cơ sở", int,
                         (frozenset({"lao_dong_tien_tien"}), frozenset({"tong_so"}))),),
           abbreviation=("CSTĐCS", "Chiến sĩ thi đua cơ sở")),
    Figure("danh_hieu_tap_the", ("danh_hieu_tap_the",), Form.CHOICE, "Danh hiệu tập thể", "Danh hiệu tập thể",
           "danh hiệu tập thể", "Danh hiệu tập thể",
           "Danh hiệu tập thể của đơn vị: khong-dat, lao-dong-tien-tien hoặc lao-dong-xuat-sac.",
           "Chọn trong danh sách.", 27, choices=CollectiveTitle,
           counts=(Count("tap_the_lao_dong_tien_tien", "đơn vị đạt Tập thể lao động tiên tiến trở lên",
                         lambda title: int(title is not CollectiveTitle.NONE), (frozenset({"don_vi"}),)),
                   Count("tap_the_lao_dong_xuat_sac", "đơn vị đạt Tập thể lao động xuất sắc",
                         lambda title: int(title is CollectiveTitle.EXCELLENT),
                         (frozenset({"don_vi"}), frozenset({"tap_the_lao_dong_tien_tien"}))))),
    Figure("de_nghi_tap_the_xuat_sac", ("de_nghi_tap_the_xuat_sac",), Form.YES_NO, "Được đề nghị Tập thể Lao động "
           "xuất sắc", "Đề nghị TTLĐXS", "đề nghị Tập thể Lao động xuất sắc", "Đề nghị Tập thể Lao động xuất sắc",
           "true nếu đơn vị được đề nghị tặng danh hiệu Tập thể Lao động xuất sắc.", "Chọn Có hoặc Không.", 15,
           counts=(Count("de_nghi_tap_the_xuat_sac", "đơn vị được đề nghị Tập thể Lao động xuất sắc", int,
                         (frozenset({"don_vi"}),)),),
           abbreviation=("TTLĐXS", "Tập thể Lao động xuất sắc")),
    Figure("ty_le_tu_chu", ("ty_le_tu_chu",), Form.PERCENT, "Mức tự chủ", "Tự chủ", "mức tự chủ",
           "Mức tự chủ tài chính", "Mức tự chủ tài chính của đơn vị sự nghiệp công lập, phần trăm (0–100), theo "
           "phương án tự chủ được duyệt.", "Chỉ đơn vị sự nghiệp công lập. Gõ 24,5 thành 24,5 %.",
           public_service_only=True),
)

# The unit itself, as a count: targets over units divide by it ("số phòng, đơn vị").
UNIT_COUNT = Count("don_vi", "số phòng, đơn vị", int)
# Abbreviations the short headers use, spelled out once under the wide table.
ABBREVIATIONS: tuple[tuple[str, str], ...] = tuple(f.abbreviation for f in FIGURES if f.abbreviation)

# Entries several figures are written under together, with what the Office's editor says of them.
GROUPS: Mapping[str, str] = MappingProxyType({
    "xep_loai": "Số người theo từng mức xếp loại (chỉ ghi số, không ghi tên). Cộng lại phải bằng tong_so.",
})
MAX_PEOPLE = 100_000  # the largest count of people a unit can report: more is a slip
STAFF = "tong_so"  # the figure without which a unit has reported nothing


def indexes(table: tuple[Figure, ...]):
    """What the rest of the code looks figures up by: (by key, counts by key, the entries in order)."""
    by_key = MappingProxyType({f.key: f for f in table})
    counts = MappingProxyType({UNIT_COUNT.key: UNIT_COUNT, **{c.key: c for f in table for c in f.counts}})
    entries = tuple(dict.fromkeys(f.entry for f in table))  # in the template's order: a figure's key or its group's
    return by_key, counts, entries


BY_KEY, COUNTS, ENTRIES = indexes(FIGURES)
COUNT_LABELS: Mapping[str, str] = MappingProxyType({k: c.label for k, c in COUNTS.items()})


def in_group(group: str) -> tuple[Figure, ...]:
    return tuple(f for f in FIGURES if f.group == group)


def at_most_whole(numerator: tuple[str, ...], denominator: tuple[str, ...]) -> bool:
    """Whether numerator/denominator cannot exceed 100 % in any unit, by the bounds the checker enforces."""
    num, den = set(numerator), set(denominator)
    if num <= den:
        return True
    ratings = {f.key for f in in_group("xep_loai")}
    if num <= ratings and STAFF in den:  # the ratings add up to the staff
        return True
    if len(num) == 1:
        count = COUNTS.get(next(iter(num)))
        return count is not None and any(bound <= den for bound in count.at_most)
    return False


def shown(figure: Figure, value: object) -> str:
    """A figure's value as readers see it: "12", "Tập thể lao động tiên tiến", "Có", "24,5%"."""
    if figure.form is Form.COUNT:
        return vi.number(value)
    if figure.form is Form.CHOICE:
        return value.label
    if figure.form is Form.YES_NO:
        return "Có" if value else "Không"
    return vi.percent(value)


def cell(figure: Figure, value: object) -> object:
    """A figure's value as a workbook cell holds it: a number, a label, yes/no, a percentage as a fraction of 1."""
    if value is None:
        return None
    if figure.form is Form.CHOICE:
        return value.label
    if figure.form is Form.PERCENT:
        return float(value) / 100
    return value
