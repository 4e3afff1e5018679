"""The Office guide's generated parts: the data files of the year, the input workbook of each period and what it
expects, every message the checker can give, and every bound on what it reads. What names a year, a file or a unit
is taken from the data, so the guide still holds after `make go-live` and `make new-year`."""

from __future__ import annotations

import json
import re

from ..core import vi
from ..core.catalogue import CATALOGUE, Group
from ..core.markup import md
from ..core.model import CampaignYear, Unit
from ..core.problems import SEVERITY_LABEL
from ..read import limits
from ..read.schema import SCHEMA_DIR
from ..read.templates import unit_entry
from ..read.workbook_layout import DATA_SHEETS, UNITS
from .markdown import link
from .paths import Paths


def code_anchor(code: str) -> str:
    return f"ma-{code}"


def unit_entry_example() -> str:
    """Markdown: a new unit's entry in a results file with every figure blank, exactly as `make go-live` and
    `make new-year` write one (a public service unit's, so that its autonomy figure shows too)."""
    unit = Unit("trung-tam-a", "Tên đầy đủ của đơn vị", public_service=True)
    return "```yaml\ndon_vi:\n  # …các đơn vị khác…\n" + "\n".join(unit_entry(unit)) + "\n```\n"


def problem_codes() -> str:
    """Markdown: the codes under their groups, each with its meaning, its fix and an example message."""
    out = []
    for group in Group:
        entries = [c for c in CATALOGUE.values() if c.group is group]
        out.append(f"### {md(group.value)}\n\n")
        for c in entries:
            out.append(f"**{md(c.title)}** · `{c.code}` · {SEVERITY_LABEL[c.severity].lower()}"
                       f"\n{{: #{code_anchor(c.code)} }}\n\n"
                       f"- Nghĩa là: {md(c.meaning)}\n"
                       f"- Cách sửa: {md(c.fix)}\n"
                       f"- Ví dụ thông báo: “{md(c.example_message())}”\n\n")
    return "".join(out)


def workbook_templates(years: tuple[CampaignYear, ...], here: str) -> str:
    """Markdown: a link to each period's input workbook, newest year first, with what it already holds."""
    lines = []
    for year in sorted(years, key=lambda y: y.year, reverse=True):
        for period in year.campaign.periods:
            results = year.period_results(period.id)
            filled = sum(1 for r in (results.units if results else ()) if r.reported)
            state = f"đã có số liệu của {filled}/{len(year.units_in(period))} đơn vị" if filled else "còn trống"
            note = " (số liệu minh họa)" if year.illustrative and filled else ""
            # Named by period and year: after a new year, two links to "ca-nam.xlsx" looked alike.
            label = f"Mẫu {vi.period_in_year(period.name, year.year)} ({period.id}.xlsx)"
            lines.append(f"- {link(label, Paths(year.year).template(period.id), here)}: "
                         f"tính đến {vi.day(period.end)}; {state}{note}.")
    return "\n".join(lines) + "\n"


def leading(years: tuple[CampaignYear, ...]) -> CampaignYear:
    """The year the Office is working on: the newest."""
    return max(years, key=lambda y: y.year)


def data_files(years: tuple[CampaignYear, ...]) -> str:
    """Markdown: the table of the year's data files as they are (a period entered by Excel lists its workbook,
    not the YAML file it replaced)."""
    year = leading(years)
    folder = f"data/{year.year}"
    rows = [(f"{folder}/chien-dich.yml", f"Phong trào năm {year.year}: văn bản phát động, kỳ báo cáo, nội dung, chỉ "
                                         "tiêu, giới hạn. Ít khi phải sửa."),
            (f"{folder}/don-vi.yml", "Danh sách các phòng, đơn vị thuộc Sở, kể cả đơn vị thành lập, sáp nhập, giải thể "
                                     "trong năm.")]
    for period in year.campaign.periods:
        results = year.period_results(period.id)
        if results is not None and results.source is not None and results.source.file.endswith(".xlsx"):
            rows.append((f"{folder}/ket-qua/{period.id}.xlsx", f"Kết quả kỳ {period.name.lower()}, nhập bằng Excel "
                         f"(xem “Nhập cả một kỳ bằng Excel”); kỳ này không còn tệp {period.id}.yml."))
        else:
            rows.append((f"{folder}/ket-qua/{period.id}.yml", f"Kết quả kỳ {period.name.lower()}. Muốn nhập bằng "
                         f"Excel thì thay bằng tệp {period.id}.xlsx (xem “Nhập cả một kỳ bằng Excel”)."))
    lines = ["| Tệp | Nội dung |", "| --- | --- |"] + [f"| `{path}` | {md(what)} |" for path, what in rows]
    return "\n".join(lines) + "\n"


def period_templates(years: tuple[CampaignYear, ...]) -> str:
    """Markdown: what each period's template expects: the units it lists, the columns its figures fill so far,
    and, once, each sheet's columns with what to write in them."""
    year = leading(years)
    out = []
    for period in year.campaign.periods:
        units = year.units_in(period)
        results = year.period_results(period.id)
        filled = [c.header for c in UNITS.read_columns[1:]
                  if results and any(_value(r, c.key) is not None for r in results.units)]
        said = (f"đang có số liệu ở các cột: {', '.join(filled)}; cột nào kỳ này không báo cáo thì để trống cả cột"
                if filled else "chưa có số liệu; điền các cột mà kỳ này báo cáo, cột nào kỳ này không báo cáo thì để "
                               "trống cả cột")
        out.append(f"- **{md(vi.period_in_year(period.name, year.year))}** (`{period.id}.xlsx`, số liệu tính đến "
                   f"{vi.day(period.end)}): trang tính Đơn vị liệt kê {len(units)} đơn vị có mặt ngày đó; {md(said)}.")
    out.append("")
    for sheet in DATA_SHEETS:
        columns = "; ".join(f"**{md(c.header)}**: {md(_percent(c.kind.value))}{' (bắt buộc)' if c.required else ''}"
                            + ("" if c.read else " (chỉ để đọc, không cần sửa)") for c in sheet.columns)
        out.append(f"- Trang tính **{md(sheet.name)}**: {md(sheet.note)} Các cột: {columns}.")
    return "\n".join(out) + "\n"


def _percent(text: str) -> str:
    """A percentage as the site writes it everywhere, "24,5%" (the workbook's own words say Excel's "24,5 %")."""
    return re.sub(r"(\d) %", r"\1%", text)


def _value(result, key: tuple[str, ...]):
    """A unit's figure in a period by its column's key in the results file; None when blank or not reported."""
    return result.values.get(key[-1])


# The schemas' bounds on lists, with what an entry is in the Office's words: (schema, path to the list, words).
_LISTS = (
    ("don-vi", ("don_vi",), "đơn vị trong don-vi.yml"),
    ("ket-qua", ("don_vi",), "đơn vị trong một tệp kết quả"),
    ("ket-qua", ("danh_muc", "additionalProperties"), "việc trong một danh mục của một kỳ"),
    ("ket-qua", ("hoat_dong",), "hoạt động trong một kỳ"),
    ("ket-qua", ("khen_thuong",), "quyết định khen thưởng trong một kỳ"),
    ("ket-qua", ("khen_thuong", "items", "tap_the"), "tập thể trong một quyết định khen thưởng"),
    ("ket-qua", ("khen_thuong", "items", "ca_nhan"), "cá nhân trong một quyết định khen thưởng"),
    ("chien-dich", ("ky_bao_cao",), "kỳ báo cáo trong một năm"),
    ("chien-dich", ("chi_tieu",), "chỉ tiêu trong một năm"),
    ("chien-dich", ("danh_muc",), "danh mục (cũng như danh hiệu, tổ chức, giới hạn) trong một năm"),
    ("chien-dich", ("noi_dung",), "nội dung thi đua"),
)


def _list_bound(kind: str, path: tuple[str, ...]) -> int:
    node = json.loads((SCHEMA_DIR / f"{kind}.schema.json").read_text(encoding="utf-8"))
    for step in path:
        node = node[step] if step in ("items", "additionalProperties") else node["properties"][step]
    return node.get("maxItems", node.get("maxProperties"))


def bounds() -> list[tuple[str, str]]:
    """Every bound on what the checker and the build read, in the Office's words: (what, how much at most)."""
    n = vi.number
    return [
        ("Một tệp số liệu YAML", f"{limits.MAX_FILE_BYTES // 1_000_000} MB"),
        ("Cả thư mục data/ (mọi tệp, mọi năm)", f"{limits.MAX_DATA_BYTES // 1_000_000} MB, "
                                                f"{n(limits.MAX_DATA_ENTRIES)} tệp và thư mục"),
        ("Thư mục năm", n(limits.MAX_YEARS)),
        ("Tệp trong một thư mục ket-qua/", n(limits.MAX_RESULTS_FILES)),
        ("Ô của bảng theo dõi, cộng mọi năm (số đơn vị × số kỳ × số chỉ tiêu)", n(limits.MAX_SCOREBOARD_CELLS)),
        *((f"Số {words}", n(_list_bound(kind, path))) for kind, path, words in _LISTS),
        ("Một tệp Excel kết quả", f"{limits.WORKBOOK_MAX_BYTES // 1_000_000} MB; giải nén ra tối đa "
                                  f"{limits.WORKBOOK_MAX_UNPACKED // 1_000_000} MB"),
        ("Ô được ghi trong một tệp Excel, kể cả ô trống", n(limits.WORKBOOK_MAX_CELLS)),
        ("Dòng số liệu của một trang tính", n(limits.WORKBOOK_MAX_ROWS)),
        ("Ô bị gộp, gắn liên kết hay ghi chú trong một tệp Excel", n(limits.WORKBOOK_MAX_RANGE_CELLS)),
        ("Lỗi được liệt kê", f"{limits.MAX_PROBLEMS_PER_FILE} mỗi tệp, {limits.MAX_PROBLEMS} mỗi lần kiểm tra; "
                             "số còn lại được đếm (“… và N lỗi khác”)"),
    ]
