"""The real site's scoreboard, target and unit pages, and the downloads that must match them."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser

import pytest

pytestmark = pytest.mark.site


class Rows(HTMLParser):
    """The text of every table row of a page, cell by cell."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append(re.sub(r"\s+", " ", "".join(self._cell)).strip())
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def page_text(path) -> str:
    return norm(path.read_text(encoding="utf-8"))


def rows_of(path) -> list[list[str]]:
    parser = Rows()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.rows


def test_scoreboard_shows_every_target_with_status_and_summary(built_site):
    page = built_site / "2021" / "bang-theo-doi" / "ca-nam" / "index.html"
    html = page_text(page)
    rows = rows_of(page)
    assert rows[0] == ["Chỉ tiêu", "Kết quả", "Yêu cầu", "Trạng thái", "Tiến độ", "So với kỳ trước"]
    ids = [row[0].split(" ")[0].rstrip(".") for row in rows[1:]]
    assert ids == ["II.1a", "II.1b", "II.2", *(f"II.3{letter}" for letter in "abcdefghi")]
    assert "7/12 chỉ tiêu đạt" in html
    assert "Số liệu minh họa" in html
    by_id = {row[0].split(" ")[0].rstrip("."): row for row in rows[1:]}
    assert by_id["II.3b"][1] == "16,2 % (7/43)" and by_id["II.3b"][3].endswith("Đạt")
    assert by_id["II.3a"][3].endswith("Chưa đạt")
    assert "Vượt giới hạn 15 %" in by_id["II.3f"][1]
    assert by_id["II.1b"][5] == "tăng 5"


def test_mid_year_scoreboard_has_no_verdict_without_figures(built_site):
    rows = rows_of(built_site / "2021" / "bang-theo-doi" / "6-thang" / "index.html")
    statuses = [row[3] for row in rows[1:]]
    assert statuses.count("– Chưa có số liệu") == 9


def test_target_page_explains_the_computation_and_lists_units(built_site):
    page = built_site / "2021" / "chi-tieu" / "ii-3f" / "index.html"
    html = page_text(page)
    assert "Cách tính." in html and "Giới hạn." in html
    unit_rows = [r for r in rows_of(page) if r and r[0].startswith(("Văn phòng", "Phòng", "Đơn vị")) and r[0] != "Đơn vị"]
    names = [r[0] for r in unit_rows]
    # Vietnamese order: Đ after D and before P.
    assert names[:5] == ["Đơn vị sự nghiệp A (minh họa)", "Đơn vị sự nghiệp B (minh họa)",
                         "Phòng chuyên môn A (minh họa)", "Phòng chuyên môn B (minh họa)", "Văn phòng Sở"]
    assert ["Phòng chuyên môn A (minh họa)", "2", "7", "28,5 %"] in unit_rows


def test_checklist_target_shows_its_evidence(built_site):
    html = page_text(built_site / "2021" / "chi-tieu" / "ii-1b" / "index.html")
    assert "Số MH-01/BC-SKHCN, ngày 15/02/2021" in html


def test_unit_page_shows_its_figures_and_flags(built_site):
    page = built_site / "2021" / "don-vi" / "phong-a" / "index.html"
    html = page_text(page)
    assert "<h1" in html and "Phòng chuyên môn A (minh họa)" in html
    assert "Tập thể lao động xuất sắc" in html
    assert "Vượt giới hạn 15 %" in html


def test_downloads_parse_and_match_the_page(built_site):
    for period in ("6-thang", "ca-nam"):
        page_rows = rows_of(built_site / "2021" / "bang-theo-doi" / period / "index.html")[1:]
        raw = (built_site / "2021" / "tai-ve" / f"bang-theo-doi-{period}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
        document = json.loads((built_site / "2021" / "tai-ve" / f"bang-theo-doi-{period}.json").read_text("utf-8"))
        assert len(table) == len(page_rows) == len(document["chi_tieu"]) == 12
        for csv_row, json_row, page_row in zip(table, document["chi_tieu"], page_rows):
            assert page_row[0].startswith(f"{csv_row['Mã']}. ")
            assert page_row[3].endswith(csv_row["Trạng thái"]) and csv_row["Trạng thái"] == json_row["trang_thai"]
            assert page_row[1].startswith(norm(csv_row["Kết quả"])) and csv_row["Kết quả"] == json_row["ket_qua"]


def test_heading_anchors_keep_the_letter_d_with_stroke(built_site):
    html = (built_site / "2021" / "chi-tieu" / "ii-3f" / "index.html").read_text(encoding="utf-8")
    assert 'id="so-lieu-tung-don-vi-tong-ket-nam"' in html
