"""The real site's workbooks: linked where the Office and the Council look, and saying what the pages say."""

from __future__ import annotations

import io
import re

import openpyxl
import pytest
from test_scoreboard_site import norm, rows_of

pytestmark = pytest.mark.site


def links(page) -> set[str]:
    return set(re.findall(r'href="([^"#]+\.(?:xlsx|csv|json))"', page.read_text(encoding="utf-8")))


def test_the_scoreboard_links_its_workbooks_beside_the_csv(built_site):
    page = built_site / "2021" / "bang-theo-doi" / "index.html"  # the latest period, ca-nam
    assert links(page) == {"../tai-ve/ky-ca-nam/bang-theo-doi-2021-ca-nam.xlsx",
                           "../tai-ve/bang-theo-doi-2021-moi-ky.xlsx",
                           "../tai-ve/ky-ca-nam/bang-theo-doi-2021-ca-nam.csv",
                           "../tai-ve/ky-ca-nam/bang-theo-doi-2021-ca-nam.json",
                           "../tai-ve/ky-ca-nam/ho-so-hoi-dong-2021-ca-nam.xlsx"}
    assert "Tải về để mở bằng Excel" in page.read_text(encoding="utf-8")
    for link in links(page):
        assert (page.parent / link).resolve().is_file(), link


def test_the_scoreboard_workbook_says_what_the_page_says(built_site):
    for period, page in (("6-thang", "6-thang/index.html"), ("ca-nam", "index.html")):
        page_rows = rows_of(built_site / "2021" / "bang-theo-doi" / page)[1:]
        book = openpyxl.load_workbook(built_site / "2021" / "tai-ve" / f"ky-{period}" / f"bang-theo-doi-2021-{period}.xlsx")
        sheet = book["Bảng theo dõi"]
        headers = [c.value for c in sheet[3]]
        rows = [dict(zip(headers, r)) for r in sheet.iter_rows(min_row=4, values_only=True)]
        assert len(rows) == len(page_rows) == 12
        on_page = {r[0].split(". ")[0]: r for r in page_rows}
        for row in rows:
            page_row = on_page[row["Mã"]]
            assert page_row[3].endswith(row["Trạng thái"])
            assert page_row[1].startswith(norm(row["Kết quả"]))


def test_the_guide_links_each_periods_template(built_site):
    page = built_site / "huong-dan" / "index.html"
    assert links(page) == {"../2021/tai-ve/mau-nhap/6-thang.xlsx", "../2021/tai-ve/mau-nhap/ca-nam.xlsx"}
    html = page.read_text(encoding="utf-8")
    for picture in re.findall(r'src="([^"]+\.png)"', html):
        assert (page.parent / picture).resolve().is_file(), picture
    assert len(re.findall(r'src="[^"]*images/excel-[^"]+\.png"', html)) == 3
    template = built_site / "2021" / "tai-ve" / "mau-nhap" / "ca-nam.xlsx"
    book = openpyxl.load_workbook(io.BytesIO(template.read_bytes()))
    assert book.sheetnames == ["Hướng dẫn", "Đơn vị", "Danh mục", "Danh hiệu cơ quan", "Xếp loại tổ chức",
                               "Hoạt động", "Khen thưởng"]
