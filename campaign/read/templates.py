"""The data files as the Office starts them: the units file, and a period's results file with every unit of the
period listed and every figure written and left blank. Written by `make go-live` and `make new-year`, shown by the
guide as the entry to add for a new unit: the format the reader (read/load.py) reads, written the other way.
"""

from __future__ import annotations

import json
import re

from ..core import vi
from ..core.figures import FIGURES
from ..core.model import Campaign, Period, Unit


def _q(text: str) -> str:
    """Text as a YAML double-quoted scalar, on one line."""
    return json.dumps(text, ensure_ascii=False)


def _comment(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def units_file(units: tuple[Unit, ...], header: str) -> str:
    lines = ["# yaml-language-server: $schema=../schemas/don-vi.schema.json", f"# {_comment(header)}", "don_vi:"]
    for u in units:
        lines += [f"  - ma: {u.id}", f"    ten: {_q(u.name)}", f"    su_nghiep_cong_lap: {str(u.public_service).lower()}"]
        if u.start:
            lines.append(f"    tu_ngay: {vi.day(u.start)}")
        if u.end:
            lines.append(f"    den_ngay: {vi.day(u.end)}")
        if u.note:
            lines.append(f"    ghi_chu: {_q(u.note)}")
    return "\n".join(lines) + "\n"


# A decision to fill in, commented out: removing "# " gives one valid line, with no indentation to get right.
_DECISION = '{so: "", ngay: "", co_quan_ban_hanh: ""}'


def _blank_figures(unit: Unit) -> list[str]:
    """A unit's figures, each written and left blank, in the table's order: a group's key, then its figures."""
    lines, groups = [], set()
    for figure in FIGURES:
        if figure.public_service_only and not unit.public_service:
            continue
        if figure.group is None:
            lines.append(f"    {figure.key}:")
            if figure.key == "danh_hieu_tap_the":  # its decision, to fill in when there is one
                lines.append(f"    # quyet_dinh_danh_hieu_tap_the: {_DECISION}")
            continue
        if figure.group not in groups:
            groups.add(figure.group)
            lines.append(f"    {figure.group}:")
        lines.append(f"      {figure.key}:")
    return lines


def unit_entry(unit: Unit) -> list[str]:
    """A unit's entry in a results file, as a template writes it: its name, its code, every figure blank."""
    return [f"  # {_comment(unit.name)}", f"  - ma: {unit.id}", *_blank_figures(unit)]


def results_template(campaign: Campaign, units: tuple[Unit, ...], period: Period) -> str:
    """A period's results file with every unit of the period listed and every figure left to fill in."""
    lines = [
        "# yaml-language-server: $schema=../../schemas/ket-qua.schema.json",
        f"# Kết quả kỳ {_comment(vi.period_in_year(period.name, campaign.year))} (tính đến {vi.day(period.end)}). "
        "Điền số vào chỗ để trống; mục nào kỳ này không báo cáo thì xóa dòng đó. Không xóa mục của đơn vị nào: đơn "
        "vị không báo cáo kỳ này thì thêm dòng tinh_trang: khong-bao-cao dưới dòng ma. Có quyết định thì bỏ dấu # ở "
        "dòng quyet_dinh và điền số, ngày, cơ quan ban hành. Xem trang Hướng dẫn cập nhật số liệu.",
        f"ky: {period.id}",
        "don_vi:",
    ]
    for u in units:
        if not u.exists_on(period.end):
            continue
        lines += unit_entry(u)
    if campaign.checklists:
        lines.append("danh_muc:")
        lines += [f"  {c.id}: []  # {_comment(c.name)}" for c in campaign.checklists]
    if campaign.agency_titles:
        lines.append("danh_hieu_co_quan:")
        for t in campaign.agency_titles:
            lines += [f"  # {_comment(t.name)}", f"  {t.id}:", "    dat:", f"    # quyet_dinh: {_DECISION}"]
    if campaign.organisations:
        lines.append("xep_loai_to_chuc:")
        for o in campaign.organisations:
            lines += [f"  # {_comment(o.name)}", f"  {o.id}:", "    xep_loai:", f"    # quyet_dinh: {_DECISION}"]
    return "\n".join(lines) + "\n"
