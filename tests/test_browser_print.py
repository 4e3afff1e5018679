"""Printing for the Council's meetings: A4, no navigation, every target, no table row cut across two sheets."""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

import pytest
from browser_support import open_page

from campaign.read.load import load

ROOT = Path(__file__).resolve().parent.parent
BOARD = "2021/bang-theo-doi/"
DOCUMENT = "2021/van-ban-goc/"
UNITS = "2021/don-vi/"
TARGET = "2021/chi-tieu/ii-3f/"
UNIT = "2021/don-vi/phong-b/"
AGENCY = "Sở Khoa học và Công nghệ tỉnh Cao Bằng"
A4_POINTS = (595.28, 841.89)
# A4 is 210 mm wide; the print stylesheet leaves 12 mm each side: 186 mm is 703 CSS px.
A4_CONTENT_PX = 703

SCREEN_TEXT = """() => ({
  navigation: [...document.querySelectorAll('.md-header__topic, .md-sidebar .md-nav__link, .md-footer')]
    .map(e => e.innerText.trim()).filter(Boolean),
  article: document.querySelector('article').innerText,
  rows: [...document.querySelectorAll('article tbody tr')].map(tr => [...tr.cells].map(td => td.innerText)),
})"""

PRINT_LAYOUT = """() => {
  const article = document.querySelector('article').getBoundingClientRect();
  const shown = sel => [...document.querySelectorAll(sel)].filter(e => getComputedStyle(e).display !== 'none');
  return {
    navigationShown: shown('.md-header, .md-sidebar, .md-footer, .md-search, .md-skip').length,
    rowsThatMayBreak: [...document.querySelectorAll('article tr')]
      .filter(tr => getComputedStyle(tr).breakInside !== 'avoid').map(tr => tr.innerText.slice(0, 40)),
    headersThatDoNotRepeat: [...document.querySelectorAll('article table')]
      .filter(t => !t.tHead || getComputedStyle(t.tHead).display !== 'table-header-group').length,
    tablesTooWide: [...document.querySelectorAll('article table')]
      .filter(t => !t.closest('.tt-grid'))  // the grid prints across, on pages of its own (thidua.css)
      .filter(t => t.getBoundingClientRect().right > article.right + 1).map(t => t.rows[0].innerText.slice(0, 40)),
    pageTooWide: document.scrollingElement.scrollWidth > document.scrollingElement.clientWidth,
  };
}"""


def squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def print_pdf(browser, url: str, scale: float = 1) -> tuple[dict, list]:
    """The page's screen text, and its PDF as printed on A4: a pypdf page list."""
    from pypdf import PdfReader

    with open_page(browser, url) as (page, _):
        screen = page.evaluate(SCREEN_TEXT)
        pdf = page.pdf(format="A4", print_background=True, scale=scale)
    return screen, PdfReader(io.BytesIO(pdf)).pages


def target_ids() -> list[str]:
    dataset, report = load(ROOT / "data")
    assert dataset is not None, report.problems
    return [t.id for t in dataset.year(2021).campaign.targets]


@pytest.mark.browser
@pytest.mark.parametrize("path", [BOARD, DOCUMENT, UNITS, TARGET, UNIT])
def test_print_layout_hides_navigation_keeps_rows_whole_and_fits_a4(site_server, browser, path):
    with open_page(browser, site_server + path, width=A4_CONTENT_PX) as (page, _):
        page.emulate_media(media="print")
        layout = page.evaluate(PRINT_LAYOUT)
    assert layout == {"navigationShown": 0, "rowsThatMayBreak": [], "headersThatDoNotRepeat": 0,
                      "tablesTooWide": [], "pageTooWide": False}


@pytest.mark.browser
@pytest.mark.parametrize("path", [BOARD, DOCUMENT])
def test_printed_pdf_is_a4_without_navigation(site_server, browser, path):
    screen, pages = print_pdf(browser, site_server + path)
    for number, pdf_page in enumerate(pages, 1):
        size = (float(pdf_page.mediabox.width), float(pdf_page.mediabox.height))
        # A4, upright, or across for the Council's grid, which prints on pages of its own.
        assert sorted(size) == pytest.approx(sorted(A4_POINTS), abs=2), f"page {number} is {size} pt, not A4"
    printed = squash("".join(p.extract_text() for p in pages))
    article = squash(screen["article"])
    # The footer names the agency, which every sheet prints in its margin on purpose.
    labels = {label for label in screen["navigation"] if squash(label) not in article and label != AGENCY}
    assert labels, "the page should have navigation to leave out"
    assert [label for label in labels if squash(label) in printed] == []


def assert_rows_whole(screen: dict, pages: list, ids: list[str]) -> None:
    """Each scoreboard row: its target id on exactly one sheet, and the whole text of each of its cells there.

    Chromium draws a table cell by cell, so a cell's lines come out of the PDF together; whitespace is
    compared away because pypdf puts spaces around letters with diacritics.
    """
    sheets_text = [squash(p.extract_text()) for p in pages]
    for id_ in ids:
        row = next(r for r in screen["rows"] if r[0].startswith(f"{id_}. "))
        start = squash(row[0])[: len(id_) + 6]
        sheets = [n for n, text in enumerate(sheets_text) if start in text]
        assert len(sheets) == 1, f"{id_}: the start of the row is on sheets {[n + 1 for n in sheets]}"
        cut = [cell for cell in row if squash(cell) not in sheets_text[sheets[0]]]
        assert not cut, f"{id_}: cells not whole on sheet {sheets[0] + 1}: {cut}"


@pytest.mark.browser
def test_printed_scoreboard_has_every_target_each_row_on_one_sheet(site_server, browser):
    ids = target_ids()
    screen, pages = print_pdf(browser, site_server + BOARD)
    printed = squash("".join(p.extract_text() for p in pages))
    assert [id_ for id_ in ids if f"{id_}." not in printed] == []
    assert_rows_whole(screen, pages, ids)


@pytest.mark.browser
def test_rows_stay_whole_and_headers_repeat_over_many_sheets(site_server, browser):
    # At twice the size the scoreboard spreads over several sheets, so row breaks and header rows are exercised.
    ids = target_ids()
    screen, pages = print_pdf(browser, site_server + BOARD, scale=2)
    assert len(pages) >= 3
    assert_rows_whole(screen, pages, ids)
    with_table = [text for text in (squash(p.extract_text()) for p in pages) if any(f"{id_}." in text for id_ in ids)]
    assert len(with_table) >= 2
    assert all("Chỉtiêu" in text and "Trạngthái" in text for text in with_table), "the header row is not repeated"


@pytest.mark.browser
@pytest.mark.parametrize("path", [BOARD, UNITS, TARGET, UNIT, DOCUMENT])
def test_every_sheet_names_the_agency_and_its_number(site_server, browser, path):
    _, pages = print_pdf(browser, site_server + path)
    total = len(pages)
    for number, pdf_page in enumerate(pages, 1):
        text = squash(pdf_page.extract_text())
        assert squash(AGENCY) in text, f"sheet {number} of {path} does not name the agency"
        assert f"Trang{number}/{total}" in text, f"sheet {number} of {path} has no page number"


@pytest.mark.browser
def test_the_printed_scoreboard_says_its_period_its_date_and_has_the_units_grid(site_server, browser):
    screen, pages = print_pdf(browser, site_server + BOARD)
    first = squash(pages[0].extract_text())
    assert squash("Bảng theo dõi chỉ tiêu năm 2021: Tổng kết năm") in first
    assert squash("số liệu tính đến 31/12/2021") in first and squash("Cập nhật số liệu lần cuối") in first
    printed = squash("".join(p.extract_text() for p in pages))
    # The grid is behind a summary on screen, open on paper: every unit, the total, the period before.
    assert "Xembảngtheotừngphòng" not in printed
    for name in ("Văn phòng Sở", "Phòng chuyên môn B (minh họa)", "Toàn Sở, Sơ kết 6 tháng"):
        assert squash(name) in printed, name
