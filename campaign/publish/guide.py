"""The Office guide's generated parts: the input workbook of each period, every message the checker can give, and
every bound on what it reads."""

from __future__ import annotations

import json

from ..core import vi
from ..core.catalogue import CATALOGUE, Group
from ..core.markup import md
from ..core.model import CampaignYear
from ..core.problems import SEVERITY_LABEL
from ..read import limits
from ..read.schema import SCHEMA_DIR
from .markdown import link
from .paths import Paths


def code_anchor(code: str) -> str:
    return f"ma-{code}"


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
            lines.append(f"- {link(f'{period.id}.xlsx', Paths(year.year).template(period.id), here)}: "
                         f"{md(period.name)} {year.year}, tính đến {vi.day(period.end)}; "
                         f"{state}{note}.")
    return "\n".join(lines) + "\n"


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
