"""The period workbook's layout, said once: its sheets, their columns, and where each cell goes in the data.

A period's results can be a workbook, `data/<year>/ket-qua/<period>.xlsx`, instead of a YAML file. The reader
(`workbook_in`) turns it into the same Document a YAML file gives, a value and the place of each part, so the
schema and the meaning checks are the ones YAML gets; the template (`workbook_out`) is written from this same
layout. Nothing here imports a spreadsheet library: the checker loads one only when a workbook is there.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import Enum

from ..core import vi
from ..core.catalogue import Code
from ..core.figures import FIGURES, Figure, Form
from ..core.model import Coded, ItemStatus, Rating, ReportState
from ..core.problems import Problem
from .strict_yaml import Document, Path


class Kind(Enum):
    """What a column holds, as the reader checks it and the template offers it."""

    COUNT = "một số nguyên từ 0 trở lên (ví dụ 12)"
    NUMBER = "một số nguyên (ví dụ 4)"
    PERCENT = "một phần trăm (ví dụ 24,5 %)"
    CHOICE = "một lựa chọn trong danh sách thả xuống"
    YES_NO = "Có hoặc Không"
    DATE = "một ngày (ví dụ 15/06/2021)"
    TEXT = "chữ"
    CODE = "một mã viết thường không dấu, nối bằng gạch ngang (ví dụ van-phong)"
    CODES = "các mã cách nhau bằng dấu chấm phẩy (ví dụ phong-a; van-phong)"
    NAMES = "các họ tên cách nhau bằng dấu chấm phẩy"


@dataclass(frozen=True)
class Column:
    header: str
    key: tuple[str, ...]  # where the value goes in the row's record; () for a column shown only to help
    kind: Kind
    width: int = 14
    choices: type[Coded] | None = None
    required: bool = False  # a row with data must fill it
    note: str = ""  # the input message Excel shows when the cell is selected
    # A column added after templates were in use: a workbook made from an older template lacks it, and still reads.
    optional: bool = False

    @property
    def read(self) -> bool:
        return bool(self.key)


class Shape(Enum):
    """How a sheet's rows make its section of the results."""

    UNITS = "units"  # one row per unit of the period, listed by the template: a list of records
    LIST = "list"  # rows the Office adds: a list of records
    GROUPED = "grouped"  # rows the Office adds, grouped by their first column: {group: [records]}
    KEYED = "keyed"  # one row per id, listed by the template: {id: record}


@dataclass(frozen=True)
class Sheet:
    name: str  # the tab's name, at most 31 characters
    section: str  # the key of the results file this sheet stands for
    shape: Shape
    title: str
    note: str  # what to fill, under the title
    columns: tuple[Column, ...]

    def column(self, *key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    @property
    def read_columns(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.read)


_YES_NO = "Chọn Có hoặc Không."
_ISSUER = "Không bắt buộc. Ghi đúng như trên quyết định, ví dụ Đảng ủy Sở; chưa rõ thì để trống."


def _decision(key: str, what: str) -> tuple[Column, ...]:
    """The columns of a decision (number, date, issuer, summary) kept under `key` of the row's record; added with
    issue #18, so a workbook made from an earlier template may lack them. Every sheet with a decision has them in
    this order; a workbook made when a sheet had another order still reads, as columns are found by header."""
    return (
        Column(f"Số quyết định{what}", (key, "so"), Kind.TEXT, 20, note="Ví dụ 123/QĐ-UBND.", optional=True),
        Column(f"Ngày quyết định{what}", (key, "ngay"), Kind.DATE, 13, optional=True,
               note="Ví dụ 20/12/2021. Sau ngày chốt số liệu: đến hạn chốt quyết định của kỳ."),
        Column(f"Cơ quan ban hành quyết định{what}", (key, "co_quan_ban_hanh"), Kind.TEXT, 24, note=_ISSUER,
               optional=True),
        Column(f"Trích yếu quyết định{what}", (key, "trich_yeu"), Kind.TEXT, 30, note="Không bắt buộc.",
               optional=True),
    )


# A unit's figure in its column: the kind of value the reader checks and the template offers, by its form.
_FORM_KIND = {Form.COUNT: Kind.COUNT, Form.CHOICE: Kind.CHOICE, Form.YES_NO: Kind.YES_NO, Form.PERCENT: Kind.PERCENT}


def figure_column(figure: Figure) -> Column:
    return Column(figure.column, figure.path, _FORM_KIND[figure.form], figure.width, figure.choices,
                  note=figure.note)


UNITS = Sheet(
    "Đơn vị", "don_vi", Shape.UNITS, "Số liệu từng phòng, đơn vị",
    "Mỗi đơn vị một dòng; không xóa dòng nào. Chỉ ghi số người, không ghi tên. Ô để trống là chưa có số liệu, sẽ "
    "điền sau; cột để trống cho mọi đơn vị là kỳ này không báo cáo mục đó. Đơn vị không báo cáo kỳ này: chọn "
    "“Không báo cáo kỳ này” ở cột Tình trạng.",
    (
        Column("Mã đơn vị", ("ma",), Kind.CODE, 20, required=True, note="Mã trong don-vi.yml. Không sửa."),
        Column("Tên đơn vị", (), Kind.TEXT, 36),
        *(figure_column(f) for f in FIGURES),
        # Added after the figures: a workbook made from an older template lacks them and still reads.
        *_decision("quyet_dinh_danh_hieu_tap_the", " danh hiệu tập thể"),
        Column("Tình trạng", ("tinh_trang",), Kind.CHOICE, 22, ReportState, optional=True,
               note="Chỉ chọn khi đơn vị không báo cáo kỳ này. Đơn vị sẽ gửi số liệu thì để trống."),
    ))

CHECKLISTS = Sheet(
    "Danh mục", "danh_muc", Shape.GROUPED, "Danh mục việc và căn cứ",
    "Mỗi việc một dòng. Việc Hoàn thành phải có số và ngày của văn bản căn cứ. Giữ nguyên mã việc qua các kỳ.",
    (
        Column("Mã danh mục", ("@group",), Kind.CODE, 18, required=True, note="Chọn trong danh sách."),
        Column("Mã việc", ("ma",), Kind.CODE, 12, required=True, note="Ví dụ nv-03. Giữ nguyên qua các kỳ."),
        Column("Tên việc", ("ten",), Kind.TEXT, 48, required=True),
        Column("Trạng thái", ("trang_thai",), Kind.CHOICE, 17, ItemStatus, required=True,
               note="Chọn trong danh sách."),
        Column("Số văn bản căn cứ", ("can_cu", "so"), Kind.TEXT, 20, note="Ví dụ 123/BC-SKHCN."),
        Column("Ngày văn bản căn cứ", ("can_cu", "ngay"), Kind.DATE, 13, note="Ví dụ 15/06/2021."),
        Column("Trích yếu căn cứ", ("can_cu", "trich_yeu"), Kind.TEXT, 36, note="Không bắt buộc."),
    ))

TITLES = Sheet(
    "Danh hiệu cơ quan", "danh_hieu_co_quan", Shape.KEYED, "Danh hiệu của cơ quan",
    "Mỗi danh hiệu một dòng. Đã đạt thì ghi số, ngày và cơ quan ban hành của quyết định công nhận. Để trống khi "
    "chưa có kết quả.",
    (
        Column("Mã danh hiệu", ("@id",), Kind.CODE, 18, required=True, note="Mã trong chien-dich.yml. Không sửa."),
        Column("Tên danh hiệu", (), Kind.TEXT, 36),
        Column("Đạt", ("dat",), Kind.YES_NO, 8, note=_YES_NO),
        Column("Số quyết định", ("quyet_dinh", "so"), Kind.TEXT, 20, note="Ví dụ 45/QĐ-CAT."),
        Column("Ngày quyết định", ("quyet_dinh", "ngay"), Kind.DATE, 13,
               note="Ví dụ 20/12/2021. Sau ngày chốt số liệu: đến hạn chốt quyết định của kỳ."),
        Column("Cơ quan ban hành quyết định", ("quyet_dinh", "co_quan_ban_hanh"), Kind.TEXT, 24, note=_ISSUER,
               optional=True),
        Column("Trích yếu quyết định", ("quyet_dinh", "trich_yeu"), Kind.TEXT, 36, note="Không bắt buộc."),
    ))

ORGANISATIONS = Sheet(
    "Xếp loại tổ chức", "xep_loai_to_chuc", Shape.KEYED, "Xếp loại Đảng, Công đoàn, Chi đoàn",
    "Mỗi tổ chức một dòng. Để trống khi chưa có kết quả. Có quyết định xếp loại thì ghi số, ngày và cơ quan ban "
    "hành của quyết định.",
    (
        Column("Mã tổ chức", ("@id",), Kind.CODE, 14, required=True, note="Mã trong chien-dich.yml. Không sửa."),
        Column("Tên tổ chức", (), Kind.TEXT, 36),
        Column("Xếp loại", ("xep_loai",), Kind.CHOICE, 30, Rating, note="Chọn trong danh sách."),
        *_decision("quyet_dinh", ""),
    ))

ACTIVITIES = Sheet(
    "Hoạt động", "hoat_dong", Shape.LIST, "Hoạt động theo nội dung thi đua",
    "Mỗi hoạt động một dòng. Nội dung là số thứ tự nội dung trong mục III của văn bản phát động.",
    (
        Column("Nội dung số", ("noi_dung",), Kind.NUMBER, 10, required=True, note="Số thứ tự nội dung, từ 1."),
        Column("Ngày", ("ngay",), Kind.DATE, 12, required=True, note="Ví dụ 10/09/2021."),
        Column("Mô tả", ("mo_ta",), Kind.TEXT, 60, required=True),
        Column("Mã đơn vị thực hiện", ("don_vi",), Kind.CODE, 20, note="Không bắt buộc. Chọn trong danh sách."),
    ))

COMMENDATIONS = Sheet(
    "Khen thưởng", "khen_thuong", Shape.LIST, "Khen thưởng đã có quyết định công khai",
    "Mỗi quyết định một dòng. Chỉ ghi họ tên cá nhân khi quyết định đã công khai.",
    (
        Column("Số quyết định", ("quyet_dinh", "so"), Kind.TEXT, 20, required=True, note="Ví dụ 123/QĐ-UBND."),
        Column("Ngày quyết định", ("quyet_dinh", "ngay"), Kind.DATE, 13, required=True, note="Ví dụ 28/12/2021."),
        Column("Cơ quan ban hành quyết định", ("quyet_dinh", "co_quan_ban_hanh"), Kind.TEXT, 24, note=_ISSUER,
               optional=True),
        Column("Trích yếu quyết định", ("quyet_dinh", "trich_yeu"), Kind.TEXT, 30, note="Không bắt buộc."),
        Column("Hình thức khen thưởng", ("hinh_thuc",), Kind.TEXT, 36, required=True),
        Column("Tập thể được khen (mã đơn vị)", ("tap_the",), Kind.CODES, 26,
               note="Các mã đơn vị, cách nhau bằng dấu chấm phẩy (;)."),
        Column("Cá nhân được khen", ("ca_nhan",), Kind.NAMES, 36,
               note="Họ tên, cách nhau bằng dấu chấm phẩy (;). Chỉ khi quyết định đã công khai."),
    ))

DATA_SHEETS = (UNITS, CHECKLISTS, TITLES, ORGANISATIONS, ACTIVITIES, COMMENDATIONS)
INSTRUCTIONS = "Hướng dẫn"  # the template's first sheet; the reader does not read it
SHEET_NAMES = (INSTRUCTIONS, *(s.name for s in DATA_SHEETS))

TITLE_ROW, NOTE_ROW, HEADER_ROW = 1, 2, 3  # as the template writes them; the reader finds the header row itself
FIRST_DATA_ROW = HEADER_ROW + 1

YES, NO = "Có", "Không"
PERCENT_FORMAT = "0.0##%"
DATE_FORMAT = "dd/mm/yyyy"


def choice_labels(choices: type[Coded]) -> list[str]:
    return [member.label for member in choices]


def header_of(sheet: Sheet, *key: str) -> str | None:
    """The header of the column holding `key` of a row's record; for a group (xep_loai), its columns' headers."""
    exact = [c.header for c in sheet.columns if c.key == key]
    grouped = [c.header for c in sheet.columns if len(key) == 1 and c.key[:1] == key and len(c.key) > 1]
    headers = exact or grouped
    return ", ".join(f"'{h}'" for h in headers) if headers else None


def shown(value: object, percent: bool = False) -> str:
    """A number as Excel shows it on a Vietnamese Windows: a decimal comma, 15 significant digits; a share in a
    cell formatted as a percentage as its percent (0.245 → '24,5%')."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return str(value)
    number = Decimal(f"{float(value) * (100 if percent else 1):.15g}")
    return vi.exact(number) + ("%" if percent else "")


@dataclass
class WorkbookDocument(Document):
    """A workbook read into the shape of a YAML Document: a place is a row and a column on one sheet.

    Each section of the results (don_vi, danh_muc…) comes from one sheet, so the sheet of a place is known
    from the first step of its path; the root and `ky` stand on the units sheet.
    """

    sheets: dict[str, str] = field(default_factory=dict)  # section → sheet name
    # Where the reader already said what is wrong: a row with a wrong cell, or a whole sheet (row None) whose
    # columns are wrong. The reader leaves such values out, and the schema would only say they are missing.
    said: set[tuple[str, int | None]] = field(default_factory=set)
    # Values read from a cell formatted as a percentage: the clerk saw them with their % sign (0,5 %), so a share
    # under 1 % there is what the cell shows, not a fraction typed by mistake.
    percent_cells: set[Path] = field(default_factory=set)

    def repeats(self, problem: Problem) -> bool:
        return (problem.sheet, problem.line) in self.said or (problem.sheet, None) in self.said

    def sheet_of(self, path: Path) -> str:
        return self.sheets.get(path[0] if path else UNITS.section, UNITS.name)

    def header(self, path: Path) -> str | None:
        """The header of the column the value at `path` was read from, quoted, or None."""
        spec = next((s for s in DATA_SHEETS if path and s.section == path[0]), None)
        if spec is None:
            return None
        skip = {Shape.GROUPED: 2, Shape.UNITS: 1, Shape.LIST: 1, Shape.KEYED: 1}[spec.shape]
        key = tuple(str(step) for step in path[1 + skip:])
        return header_of(spec, *key) if key else None

    def shown(self, path: Path, value: object) -> str:
        """The value at `path` as the clerk saw it in its cell."""
        return shown(value / 100 if tuple(path) in self.percent_cells else value, tuple(path) in self.percent_cells) \
            if isinstance(value, (int, Decimal)) and not isinstance(value, bool) else shown(value)

    def problem(self, path: Path, code: Code, *, key: bool = False, **blanks: object) -> Problem:
        return replace(super().problem(path, code, key=key, **blanks), sheet=self.sheet_of(tuple(path)))

