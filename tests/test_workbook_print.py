"""The Council's workbooks as they print: LibreOffice prints each sheet, and its table must be one A4 page wide.

XlsxWriter writes column widths in characters; how many fit across a page is the spreadsheet program's own
arithmetic, which no reading of the file can check. So each sheet is printed, as a clerk printing it would, and
the first page must hold every column of the table: a column pushed onto a second page across is a Council
member reading half a table (#20). Each sheet is printed alone, so its first page is the PDF's first page, and
its headers are replaced by short marks (K00, K01…) that no wrapping can split: the widths, which decide the page,
are the workbook's own.
"""

from __future__ import annotations

import io
import subprocess

import openpyxl
import pytest
from _tools import require_tool
from sites import ROOT

from campaign.publish.workbooks import pack_workbook, scoreboard_workbook
from campaign.read.load import load
from campaign.read.workbook_layout import HEADER_ROW
from campaign.score.review import review

pytestmark = pytest.mark.office


def _squash(text: str) -> str:
    return "".join(text.split())


def _printed_first_pages(tmp_path, books: dict[str, bytes]) -> dict[tuple[str, str], tuple[list[str], str]]:
    """(workbook, sheet) → (the marks of the table's columns, the text of the sheet's first printed page)."""
    soffice = require_tool("soffice", "printing the workbooks as a spreadsheet program does "
                                      "(apt-get install libreoffice-calc-nogui)")
    pdftotext = require_tool("pdftotext", "reading the printed pages (apt-get install poppler-utils)")
    files, headers = [], {}
    for name, raw in books.items():
        for sheet in openpyxl.load_workbook(io.BytesIO(raw)).sheetnames:
            book = openpyxl.load_workbook(io.BytesIO(raw))
            for other in [s for s in book.sheetnames if s != sheet]:
                del book[other]
            marks = []
            for cell in book[sheet][HEADER_ROW]:
                if cell.value:
                    cell.value = f"K{len(marks):02d}"
                    marks.append(cell.value)
            headers[(name, sheet)] = marks
            path = tmp_path / f"{name}-{len(files)}.xlsx"
            book.save(path)
            files.append(((name, sheet), path))
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to",
                    "pdf", "--outdir", str(tmp_path), *(str(p) for _, p in files)],
                   check=True, capture_output=True, timeout=600)
    pages = {}
    for key, path in files:
        first = subprocess.run([pdftotext, "-f", "1", "-l", "1", "-layout", str(path.with_suffix(".pdf")), "-"],
                               check=True, capture_output=True, text=True).stdout
        pages[key] = (headers[key], first)
    return pages


def test_every_sheet_of_the_councils_workbooks_prints_one_page_wide(tmp_path):
    year = load(ROOT / "data")[0].year(2021)
    yr = review(year)
    books = {"bang-theo-doi-ca-nam": scoreboard_workbook(yr, "ca-nam"),
             "bang-theo-doi-6-thang": scoreboard_workbook(yr, "6-thang"),
             "ho-so-hoi-dong-ca-nam": pack_workbook(yr, "ca-nam")}
    printed = _printed_first_pages(tmp_path, books)
    assert len(printed) >= 10
    for (name, sheet), (headers, page) in printed.items():
        text = _squash(page)
        assert len(headers) >= 3, (name, sheet)
        missing = [h for h in headers if h not in text]
        assert not missing, f"{name} / {sheet}: the first printed page lacks the columns {missing}"
        assert "SởKhoahọcvàCôngnghệtỉnhCaoBằng" in text and "Trang1/" in text, (name, sheet)
    # The targets' names, the longest texts of the scoreboard, keep its widest column: their room is not shared
    # out evenly with a status or a figure.
    board = openpyxl.load_workbook(io.BytesIO(books["bang-theo-doi-ca-nam"]))["Bảng theo dõi"]
    widths = {cell.value: _width(board, cell.column) for cell in board[HEADER_ROW]}
    assert widths["Chỉ tiêu"] == max(widths.values()) > widths["Trạng thái"], widths


def _width(sheet, column: int) -> float:
    """A column's width as written (openpyxl keeps a run of equal columns as one entry)."""
    return next(d.width for d in sheet.column_dimensions.values() if d.min <= column <= d.max)
