"""The data folder as a whole: where each file belongs, which files are not where they belong, and whether all
of it together is within what the site can be built from."""

from __future__ import annotations

import re
from fractions import Fraction
from pathlib import Path

from ..core import vi
from ..core.catalogue import DATA_TOO_LARGE, FILE_UNEXPECTED, make
from ..core.model import CampaignYear
from ..core.problems import Problem
from .limits import MAX_DATA_BYTES, MAX_SCOREBOARD_CELLS

CAMPAIGN_FILE = "chien-dich.yml"
UNITS_FILE = "don-vi.yml"
RESULTS_DIR = "ket-qua"
WORKBOOK_SUFFIX = ".xlsx"
# Spreadsheets the checker does not read: the Office is told to save them as .xlsx.
_OTHER_SPREADSHEETS = {".xls", ".xlsm", ".xlsb", ".ods", ".csv"}
YEAR_DIR = re.compile(r"[0-9]{4}")


def expected_files(folder: Path) -> list[Path]:
    results = folder / RESULTS_DIR
    return [folder / CAMPAIGN_FILE, folder / UNITS_FILE,
            *sorted([*results.glob("*.yml"), *results.glob(f"*{WORKBOOK_SUFFIX}")])]


def unexpected_files(data_dir: Path, found: list[Path], folders: list[Path], root: Path) -> list[Problem]:
    """YAML files and spreadsheets the loader would silently skip: misnamed, misplaced, a .yaml ending, or a
    spreadsheet that is not an .xlsx workbook. `found`: the regular files under `data_dir` (files.walk)."""
    expected = {p for folder in folders for p in expected_files(folder)}
    problems = []
    for path in sorted(found):
        relative = path.relative_to(data_dir)
        suffix = path.suffix.lower()
        if (suffix not in (".yml", ".yaml", WORKBOOK_SUFFIX, *_OTHER_SPREADSHEETS)
                or path in expected or any(part.startswith(".") for part in relative.parts)
                or expected.intersection(path.parents)):
            continue
        year = relative.parts[0] if len(relative.parts) > 1 and YEAR_DIR.fullmatch(relative.parts[0]) else None
        if suffix in _OTHER_SPREADSHEETS:
            hint = (f"chương trình chỉ đọc sổ làm việc Excel dạng .xlsx. Hãy mở tệp trong Excel, chọn File → Save As "
                    f"→ Excel Workbook (*.xlsx), đặt tên {path.stem}.xlsx, rồi tải lên thay cho tệp này.")
        elif suffix == WORKBOOK_SUFFIX and path.suffix != WORKBOOK_SUFFIX:
            hint = f"hãy đổi đuôi tệp thành chữ thường: {path.stem}.xlsx."
        elif suffix == WORKBOOK_SUFFIX and year is None:
            hint = f"tệp Excel kết quả phải nằm trong thư mục kết quả của năm, ví dụ 2021/{RESULTS_DIR}/."
        elif suffix == WORKBOOK_SUFFIX:
            hint = (f"tệp Excel kết quả một kỳ phải nằm ngay trong thư mục {year}/{RESULTS_DIR}/, tên là mã kỳ, ví dụ "
                    "ca-nam.xlsx.")
        elif path.suffix != ".yml":
            hint = f"chương trình chỉ đọc tệp có đuôi .yml. Hãy đổi tên thành {path.stem}.yml."
        elif year is None:
            hint = "số liệu phải nằm trong thư mục của năm, ví dụ 2021/."
        elif len(relative.parts) == 2:
            hint = (f"trong thư mục {year}/ chỉ đọc {CAMPAIGN_FILE}, {UNITS_FILE} và thư mục {RESULTS_DIR}/. "
                    f"Nếu đây là kết quả một kỳ báo cáo, hãy chuyển tệp vào {year}/{RESULTS_DIR}/.")
        else:
            hint = f"tệp kết quả phải nằm ngay trong thư mục {year}/{RESULTS_DIR}/, không nằm trong thư mục con."
        problems.append(make(FILE_UNEXPECTED, path.relative_to(root).as_posix(), 1, 1, hint=hint))
    return problems


def too_large_to_build(data_dir: Path, years: list[CampaignYear]) -> list[Problem]:
    """The bound on what the site is built from: units × periods × targets, all years together."""
    cells = {y.year: (len(y.units), len(y.campaign.periods), len(y.campaign.targets)) for y in years}
    total = sum(u * p * t for u, p, t in cells.values())
    if total <= MAX_SCOREBOARD_CELLS:
        return []
    year, (units, periods, targets) = max(cells.items(), key=lambda item: item[1][0] * item[1][1] * item[1][2])
    return [make(DATA_TOO_LARGE, data_dir.name, 1, 1, limit=f"{vi.number(MAX_SCOREBOARD_CELLS)} ô", detail=(
        f"{vi.number(total)} ô của bảng theo dõi (cộng mọi năm: số đơn vị × số kỳ × số chỉ tiêu; nhiều nhất là "
        f"năm {year} với {units} đơn vị × {periods} kỳ × {targets} chỉ tiêu)"))]


def too_heavy(data_dir: Path, size: int) -> list[Problem]:
    """The bound on what is read: all the data's files together, checked from their sizes before any is read."""
    if size <= MAX_DATA_BYTES:
        return []
    return [make(DATA_TOO_LARGE, data_dir.name, 1, 1, limit=f"{MAX_DATA_BYTES // 1_000_000} MB",
                 detail=f"các tệp trong thư mục {data_dir.name} nặng {vi.number(Fraction(size, 1_000_000), 1)} MB")]
