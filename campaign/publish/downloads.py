"""The scoreboard for other software: a CSV (inert in a spreadsheet) and a JSON file, written from the review."""

from __future__ import annotations

import json

from ..core import vi
from ..core.markup import csv_text
from ..score.review import Review
from . import words


def board_rows(review: Review) -> list[dict]:
    rows = []
    for t in review.targets:
        e = t.evaluation
        rows.append({
            "ma": t.target.id,
            "chi_tieu": t.target.name,
            "ky": review.period.id,
            "tinh_den": vi.day(review.period.end),
            "trang_thai": t.status.label,
            "ket_qua": words.value(t),
            "tu_so": None if e.numerator is None else str(e.numerator),
            "mau_so": e.denominator,
            "ty_le_phan_tram": None if e.share is None else vi.number(e.share, 1),
            "yeu_cau": words.requirement(t),
            "vuot_gioi_han": [f.unit.name if f.unit else vi.WHOLE_DEPARTMENT for f in e.cap_flags],
            "con_thieu_so_lieu": [x.name for x in e.missing] if e.has_data else [],
            "so_voi_ky_truoc": words.change(t),
        })
    return rows


def scoreboard_csv(review: Review) -> str:
    """The period's scoreboard for other software, one row per target; the period by its name, as readers say it
    (its code is in the JSON)."""
    headers = ["Mã", "Chỉ tiêu", "Kỳ", "Tính đến", "Trạng thái", "Kết quả", "Tử số", "Mẫu số", "Tỷ lệ (%)",
               "Yêu cầu", "Vượt giới hạn", "Còn thiếu số liệu của", "So với kỳ trước", "Số liệu minh họa"]
    illustrative = "Có" if review.year.illustrative else "Không"
    rows = [[row["ma"], row["chi_tieu"], review.period.name, row["tinh_den"], row["trang_thai"], row["ket_qua"],
             row["tu_so"] or "", "" if row["mau_so"] is None else row["mau_so"], row["ty_le_phan_tram"] or "",
             row["yeu_cau"], "; ".join(row["vuot_gioi_han"]), "; ".join(row["con_thieu_so_lieu"]),
             row["so_voi_ky_truoc"], illustrative] for row in board_rows(review)]
    return csv_text([headers, *rows])


def scoreboard_json(review: Review) -> str:
    document = {
        "nam": review.year.year,
        "ky": review.period.id,
        "ten_ky": review.period.name,
        "tinh_den": vi.day(review.period.end),
        "so_lieu_minh_hoa": review.year.illustrative,
        "so_chi_tieu_dat": review.met,
        "tong_so_chi_tieu": len(review.targets),
        "chi_tieu": board_rows(review),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
