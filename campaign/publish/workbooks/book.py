"""What every workbook of the site shares: its formats, its printed page, and the way a cell is written.

Written with XlsxWriter, each value by its type: text with write_string, so a unit named "=1+1" or "@SUM(A1)"
stays text and no cell is ever a formula made from data; numbers as numbers with number and percentage
formats; dates as dates shown dd/mm/yyyy. The output is the same bytes for the same data.
"""

from __future__ import annotations

from datetime import date, datetime, time
from fractions import Fraction
from io import BytesIO

import xlsxwriter

from ...core import vi
from ...core.model import CampaignYear
from ...read.workbook_layout import DATE_FORMAT, HEADER_ROW, NO, NOTE_ROW, PERCENT_FORMAT, TITLE_ROW, YES

ILLUSTRATIVE = ("SỐ LIỆU MINH HỌA: các con số, tên đơn vị và số văn bản về kết quả chưa phải số liệu thật; chúng "
                "chỉ minh họa cách trình bày, cho đến khi Văn phòng Sở nhập số liệu thật.")
_MAX_WIDTH = 45
# What A4 across holds at 100 %, in Excel's column widths (characters of the default font), inside the margins
# `printed` sets. Excel's own arithmetic (7 pixels a character and 5 of padding, 1,045 pixels inside the margins)
# gives about 140; LibreOffice prints no more than 120 (measured: 12 columns of width 10 on the page, not 13; 24 of
# width 5, not 25). The smaller holds in both. Printed at 100 %, never shrunk to fit: a sheet wider than this wraps
# its texts in narrower columns instead of printing 5-point text.
PAGE_WIDTH = 118
FONT_SIZE = 10  # points, on screen and on paper
AGENCY = "Sở Khoa học và Công nghệ tỉnh Cao Bằng"


class Book:
    """An XlsxWriter workbook with the formats every sheet shares."""

    def __init__(self, created: date):
        self.buffer = BytesIO()
        self.book = xlsxwriter.Workbook(self.buffer, {"in_memory": True, "strings_to_formulas": False,
                                                      "strings_to_urls": False, "strings_to_numbers": False})
        # A fixed creation time, so the same data makes the same file.
        self.book.set_properties({"created": datetime.combine(created, time()), "author": "Sở KH&CN Cao Bằng"})
        self.book.formats[0].set_font_size(FONT_SIZE)  # the workbook's default cell format

        def f(properties: dict):
            return self.book.add_format({"font_size": FONT_SIZE, **properties})

        def cell(properties: dict):  # a cell of a table: a light border, so a printed sheet reads as a table
            return f({"border": 1, "border_color": "#BFBFBF", "valign": "top", **properties})

        self._headings: dict[str, tuple[str, tuple[str, object]]] = {}  # sheets whose table sets their columns
        self.title = f({"bold": True, "font_size": 13})
        self.header_footer = None
        self.note = f({"italic": True, "font_color": "#444444", "text_wrap": True, "valign": "top"})
        self.warning = f({"bold": True, "font_color": "#9C0006", "bg_color": "#FFEB9C", "text_wrap": True,
                          "valign": "top"})
        self.header = f({"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#DDEBF7", "border": 1})
        self.plain = f({"text_wrap": True, "valign": "top"})
        self.text = cell({"text_wrap": True})
        self.info = cell({"text_wrap": True, "bg_color": "#F2F2F2"})
        self.unused = cell({"bg_color": "#D9D9D9", "num_format": PERCENT_FORMAT})
        self.count = cell({"num_format": "#,##0"})
        self.percent = cell({"num_format": PERCENT_FORMAT})
        self.percent_cut = cell({"num_format": "0.0%"})
        self.day = cell({"num_format": DATE_FORMAT, "align": "left"})

    def printed(self, ws, what: str) -> None:
        """A sheet as it prints: A4 across at 100 % (PAGE_WIDTH), the department and `what` at the top, the page
        numbers at the foot, the header row on every page.

        No print date: Excel's &D writes the day in the computer's own format, 12/04/2026 for 4 December on an
        office PC set to English, a date the Council would read as April. The sheet's title says its period."""
        ws.set_landscape()
        ws.set_paper(9)
        ws.set_print_scale(100)
        ws.set_margins(left=0.4, right=0.4, top=0.75, bottom=0.6)
        ws.set_header(f"&L&{FONT_SIZE - 1}{_header_text(AGENCY)}&R&{FONT_SIZE - 1}{_header_text(what)}",
                      {"margin": 0.3})
        ws.set_footer(f"&R&{FONT_SIZE - 1}Trang &P/&N", {"margin": 0.3})

    def sheet(self, name: str, title: str, note: tuple[str, object], columns: int | None = None):
        """A sheet with its title, and the note under it spread over the table's columns and wrapped, so it neither
        hides under the next cells nor makes the printed page wider than the table. With no `columns`, the table
        `write_table` writes next sets them."""
        ws = self.book.add_worksheet(name)
        self.printed(ws, title)
        ws.repeat_rows(HEADER_ROW - 1)
        if columns is None:
            self._headings[name] = (title, note)
        else:
            self.heading(ws, title, note, [9] * columns)
        return ws

    def heading(self, ws, title: str, note: tuple[str, object], widths: list[float]) -> None:
        """The title and the note over the columns of `widths`, the note's row as high as its wrapped text."""
        last = max(len(widths) - 1, 1)
        ws.merge_range(TITLE_ROW - 1, 0, TITLE_ROW - 1, last, "", self.title)
        ws.write_string(TITLE_ROW - 1, 0, title, self.title)
        text, style = note
        ws.merge_range(NOTE_ROW - 1, 0, NOTE_ROW - 1, last, "", style)
        ws.write_string(NOTE_ROW - 1, 0, text, style)
        ws.set_row(NOTE_ROW - 1, 15 * -(-len(text) // max(int(sum(widths)), 18)) + 4)

    def write(self, ws, row: int, column: int, value: object, style=None) -> None:
        """One cell by the type of its value (0-based row and column)."""
        if value is None:
            ws.write_blank(row, column, None, style or self.text)
        elif isinstance(value, bool):
            ws.write_string(row, column, YES if value else NO, style or self.text)
        elif isinstance(value, (int, float, Fraction)):
            ws.write_number(row, column, float(value), style or self.count)
        elif isinstance(value, (date, datetime)):
            ws.write_datetime(row, column, datetime.combine(value, time()) if not isinstance(value, datetime)
                              else value, style or self.day)
        else:
            ws.write_string(row, column, str(value), style or self.text)

    def close(self) -> bytes:
        self.book.close()
        return self.buffer.getvalue()


def _header_text(text: str) -> str:
    """Text for a printed header: "&" doubled (Excel's codes start with it), within Excel's 255 characters."""
    text = text.replace("&", "&&")
    return text if len(text) <= 80 else text[:79] + "…"


def note(year: CampaignYear, book: Book, text: str) -> tuple[str, object]:
    return (ILLUSTRATIVE + " " + text, book.warning) if year.illustrative else (text, book.note)


def write_table(book: Book, ws, headers: list[str], rows: list[list[object]], styles: dict[int, object]) -> None:
    """Headers on the frozen header row, the rows under them, a filter on every column, widths that fit."""
    header_row = HEADER_ROW - 1
    shown = [[_shown(v) for v in row] for row in rows]
    # Each column as wide as its longest text; narrowed to fit the page, never below its header's longest word
    # (headers wrap between words), nor below 10 where the page holds that.
    words = [len(max(header.split(), key=len)) + 3 for header in headers]
    natural = [min(max([len(texts[c]) + 2 for texts in shown] + [words[c], 6]), _MAX_WIDTH)
               for c in range(len(headers))]
    widths = fit_page(natural, [max(word, 10) for word in words], words)
    if ws.name in book._headings:
        book.heading(ws, *book._headings.pop(ws.name), widths)
    for column, header in enumerate(headers):
        ws.write_string(header_row, column, header, book.header)
        ws.set_column(column, column, widths[column])
    ws.set_row(header_row, height(headers, widths))
    column_styles = [styles.get(column) for column in range(len(headers))]
    for r, (row, texts) in enumerate(zip(rows, shown), start=header_row + 1):
        for column, value in enumerate(row):
            book.write(ws, r, column, value, column_styles[column])
        needed = height(texts, widths)
        if needed > 15:  # one line is the default height
            ws.set_row(r, needed)
    ws.freeze_panes(header_row + 1, 0)
    ws.autofilter(header_row, 0, header_row + max(len(rows), 1), len(headers) - 1)


def fit_page(widths: list[float], *floors: list[float]) -> list[float]:
    """Column widths that fit A4 across at 100 %. Each column keeps a floor (the first of `floors` whose columns
    fit, each floor no wider than its column; 6 when none does); the room left is shared in proportion to what each
    column wanted beyond its floor, so a target's long name keeps more room than a status, and texts wrap."""
    if sum(widths) <= PAGE_WIDTH:
        return list(widths)
    kept = next((kept for kept in ([min(w, f) for w, f in zip(widths, floor)] for floor in floors)
                 if sum(kept) <= PAGE_WIDTH), [min(w, 6) for w in widths])
    room, wanted = PAGE_WIDTH - sum(kept), sum(w - f for w, f in zip(widths, kept))
    if wanted <= 0:
        return kept
    return [int(f + (w - f) * room / wanted) for w, f in zip(widths, kept)]


def height(texts: list[str], widths: list[float]) -> float:
    """The height of a row whose wrapped texts fit their columns: a spreadsheet does not always fit it itself."""
    lines = max((-(-len(text) // max(int(width) - 1, 1)) for text, width in zip(texts, widths) if text), default=1)
    return 15 * max(lines, 1)


def _shown(value: object) -> str:
    if isinstance(value, (date, datetime)):
        return "00/00/0000"
    if isinstance(value, float):
        return f"{value:.3f}"
    return "" if value is None else str(value)


def cut_share(share: Fraction | None, limits=()) -> float | None:
    """A percentage as Excel stores it, at one decimal as the site rounds it (97,69 % is 97,7 %), never on the
    other side of a threshold or cap than the share itself (vi.one_decimal_beside)."""
    return None if share is None else float(vi.one_decimal_beside(share, limits)) / 100


