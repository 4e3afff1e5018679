"""Reads a period workbook into the Document a YAML file gives; every mistake is a problem at its sheet and cell.

The workbook is the Office's: anything can be in it. What openpyxl would build from it is bounded before it is
opened (workbook_scan), openpyxl parses it through defusedxml, and a formula is never computed: a formula typed
in a cell is a problem at that cell. It is read as Excel shows it: a row, column or sheet nobody can see, a cell
whose number format shows another figure or nothing (cell_format), two sheets of one name and text with a
character nobody can see (the YAML reader's text_rule) are each a problem at their place. Only values of the
types a column allows reach the Document; the schema and the meaning checks then see it exactly as they see a
YAML file.
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
import warnings
import zipfile
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from io import BytesIO
from pathlib import PurePosixPath
from typing import Any

import openpyxl
from defusedxml import DefusedXmlException
from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula
from openpyxl.worksheet.worksheet import Worksheet

from ..core import vi
from ..core.catalogue import (
    NUMBER_TOO_LONG,
    TEXT_FORMULA_START,
    WORKBOOK_CELL_TYPE,
    WORKBOOK_COLUMN_MISSING,
    WORKBOOK_COLUMN_UNKNOWN,
    WORKBOOK_FILE_NAME,
    WORKBOOK_FORMULA,
    WORKBOOK_HEADER_ROW,
    WORKBOOK_HIDDEN,
    WORKBOOK_MERGED_CELLS,
    WORKBOOK_NUMBER_AS_TEXT,
    WORKBOOK_NUMBER_FORMAT,
    WORKBOOK_SHEET_DUPLICATE,
    WORKBOOK_SHEET_MISSING,
    WORKBOOK_SHEET_UNKNOWN,
    WORKBOOK_TOO_LARGE,
    WORKBOOK_UNREADABLE,
    WORKBOOK_UNSAFE,
    Code,
    make,
)
from ..core.chars import formula_start, is_control
from ..core.problems import Problem, column_letter
from .cell_format import differs, percent_scale
from .limits import WORKBOOK_MAX_ROWS, Collector
from .strict_yaml import MAX_DIGITS, Pos, text_rule
from .workbook_layout import (
    DATA_SHEETS,
    NO,
    SHEET_NAMES,
    YES,
    Column,
    Kind,
    Sheet,
    WorkbookDocument,
    shown,
)
from .workbook_records import WRONG, Records
from .workbook_scan import scan

_HEADER_SEARCH = 10  # the header row is looked for in the first rows, so a row inserted above it is no harm

_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_NUMBER_TEXT = re.compile(r"[-+]?\s*\d[\d.,\s]*%?")
# Smaller than this, a row (in points) or a column (in characters) shows nothing: as good as hidden.
_MIN_ROW_HEIGHT = 5
_MIN_COLUMN_WIDTH = 1
_LARGEST = 10 ** MAX_DIGITS  # a count or a percentage of more digits: pasted by mistake, as in YAML
_LIST_SEPARATOR = re.compile(r"[;\n]")
# How a workbook writes a character XML cannot hold (_x001B_ for Escape); Excel shows the character, openpyxl
# keeps the escape: the text is read as Excel shows it.
_EXCEL_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
# Problems of a sheet's columns: its rows then lack values the schema would call missing, again and again.
_FRAME_CODES = {WORKBOOK_HEADER_ROW, WORKBOOK_COLUMN_MISSING, WORKBOOK_COLUMN_UNKNOWN}


def normal(text: object) -> str:
    """A header or a sheet name as compared: composed, one space between words, case folded."""
    return " ".join(unicodedata.normalize("NFC", str(text)).split()).casefold()


def parse_workbook(file: str, raw: bytes) -> WorkbookDocument:
    """Read one workbook; never raises for bad input."""
    doc = WorkbookDocument(file)
    name = PurePosixPath(file).name
    stem = PurePosixPath(file).stem
    if not _ID.fullmatch(stem):
        doc.problems.append(make(WORKBOOK_FILE_NAME, file, 1, 1, name=name))
        return doc
    refused = scan(file, raw)  # what openpyxl would build, bounded before it builds anything
    if refused:
        doc.problems.extend(refused)
        return doc
    try:
        with warnings.catch_warnings():  # openpyxl warns of parts it drops (extensions, printer settings): not ours
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(BytesIO(raw), data_only=False, keep_links=False, rich_text=False)
    except DefusedXmlException:  # XML that declares entities in a form the scan could not see (another encoding)
        doc.problems.append(make(WORKBOOK_UNSAFE, file, 1, 1, reason="tệp có khai báo thực thể XML (DOCTYPE, "
                                 "ENTITY), thứ Excel không bao giờ ghi ra và có thể làm tệp phình ra hàng tỷ lần."))
        return doc
    except Exception:  # a third-party parser on anything the Office uploads: whatever it raises, it is unreadable
        doc.problems.append(make(WORKBOOK_UNREADABLE, file, 1, 1, reason=_unreadable_reason(raw)))
        return doc
    try:
        reader = _Reader(doc, book, stem)
        reader.read()
        doc.problems.extend(reader.found.problems())
    finally:
        book.close()
    return doc


def _unreadable_reason(raw: bytes) -> str:
    if raw.startswith(b"\xd0\xcf\x11\xe0"):
        return ("tệp có mật khẩu, hoặc là tệp Excel đời cũ (.xls) đổi tên thành .xlsx. Hãy bỏ mật khẩu, mở tệp "
                "và chọn File → Save As → Excel Workbook (*.xlsx).")
    try:
        with zipfile.ZipFile(BytesIO(raw)) as archive:
            strict = b"purl.oclc.org/ooxml/spreadsheetml" in archive.read("xl/workbook.xml")
    except (KeyError, zipfile.BadZipFile, ValueError, OSError, EOFError):
        strict = False
    if strict:  # Excel's "Strict Open XML Spreadsheet" choice of Save As, which openpyxl does not read
        return ("tệp được lưu dạng Strict Open XML Spreadsheet. Hãy mở tệp, chọn File → Save As → Excel Workbook "
                "(*.xlsx) rồi tải lên lại.")
    return ("tệp không phải sổ làm việc Excel (.xlsx), hoặc bị hỏng khi tải lên. Hãy mở tệp trong Excel, lưu lại "
            "dạng Excel Workbook (*.xlsx) rồi tải lên lại.")


class _Reader:
    """The whole workbook: which sheets it has, each data sheet read into its section of the results."""

    def __init__(self, doc: WorkbookDocument, book, period: str):
        self.doc = doc
        self.book = book
        self.period = period
        self.found = Collector(doc.file)  # bounded: a sheet of 5,000 wrong rows is 60,000 wrong cells

    def problem(self, where: tuple[str | None, int, int], code: Code, **blanks: object) -> None:
        """Problem `code` at (sheet, row, column); a sheet of None for the whole workbook."""
        sheet, row, column = where
        problem = make(code, self.doc.file, row, column, **blanks)
        self.add(replace(problem, sheet=sheet) if sheet else problem)

    def add(self, problem: Problem) -> None:
        self.found.add(problem)

    def read(self) -> None:
        doc = self.doc
        value: dict[str, Any] = {"ky": self.period}
        doc.positions[()] = doc.positions[("ky",)] = doc.key_positions[("ky",)] = Pos(1, 1)
        found: dict[str, Worksheet] = {}
        known = {normal(name): name for name in SHEET_NAMES}
        for title in self.book.sheetnames:
            sheet = self.book[title]
            wanted = known.get(normal(title))
            if wanted in found:  # "Đơn vị" typed twice, composed and decomposed: which one would Excel's reader see?
                self.problem((title, 1, 1), WORKBOOK_SHEET_DUPLICATE, name=title, first=found[wanted].title)
            elif wanted is None:
                close = difflib.get_close_matches(normal(title), list(known), n=1, cutoff=0.6)
                self.problem((title, 1, 1), WORKBOOK_SHEET_UNKNOWN, name=title,
                             suggestion=f" Có phải ý bạn là '{known[close[0]]}'?" if close else "",
                             known=", ".join(SHEET_NAMES[1:]))
            elif isinstance(sheet, Worksheet):
                found[wanted] = sheet
        for spec in DATA_SHEETS:
            sheet = found.get(spec.name)
            if sheet is None:
                self.problem((None, 1, 1), WORKBOOK_SHEET_MISSING, name=spec.name)
                continue
            doc.sheets[spec.section] = sheet.title
            if sheet.sheet_state != "visible":
                self.problem((sheet.title, 1, 1), WORKBOOK_HIDDEN, what=f"Trang tính '{sheet.title}'")
            section = _SheetReader(self, spec, sheet).read()
            if section is not None:
                value[spec.section] = section
        doc.value = value


class _SheetReader(Records):
    """One sheet's table: its header row, its columns by their headers, its rows as records."""

    def __init__(self, reader: _Reader, spec: Sheet, sheet: Worksheet):
        self.reader = reader
        self.doc = reader.doc
        self.spec = spec
        self.sheet = sheet
        self.title = sheet.title
        # The cells the file has, by (row, column). Worksheet.iter_rows would make a cell for every empty place in
        # its range: a sheet whose last cell is far down or far right would cost millions of them.
        self.cells = sheet._cells
        self.percent_at: set[tuple[int, int]] = set()  # (row, column) of numbers read from a percentage cell

    def problem(self, where: tuple[int, int], code: Code, **blanks: object) -> None:
        self.reader.problem((self.title, *where), code, **blanks)
        self.doc.said.add((self.title, None if code in _FRAME_CODES else where[0]))

    # ---- the table's frame -----------------------------------------------------------------------

    def header(self) -> tuple[int, dict[Column, int]] | None:
        """The header row and each known column's number; problems for headers missing or unknown."""
        by_header = {normal(c.header): c for c in self.spec.columns}
        best, best_row = 0, None
        top: dict[int, list] = {}
        for (row, column), cell in self.cells.items():
            if row <= _HEADER_SEARCH:
                top.setdefault(row, []).append((column, cell))
        top = {row: [cell for _, cell in sorted(cells, key=lambda c: c[0])] for row, cells in top.items()}
        for row, cells in sorted(top.items()):
            count = sum(1 for cell in cells if isinstance(cell.value, str) and normal(cell.value) in by_header)
            if count > best:
                best, best_row = count, cells
        if best_row is None:
            first = self.spec.columns[0].header
            self.problem((3, 1), WORKBOOK_HEADER_ROW, first=first,
                         headers=", ".join(f"'{c.header}'" for c in self.spec.columns[:3]))
            return None
        row = best_row[0].row
        columns: dict[Column, int] = {}
        for cell in best_row:
            if cell.value is None or (isinstance(cell.value, str) and not cell.value.strip()):
                continue
            column = by_header.get(normal(cell.value)) if isinstance(cell.value, str) else None
            if column is None or column in columns:
                close = difflib.get_close_matches(normal(cell.value), list(by_header), n=1, cutoff=0.6)
                self.problem((row, cell.column), WORKBOOK_COLUMN_UNKNOWN, name=_show(cell.value),
                             suggestion=f" Có phải là '{by_header[close[0]].header}'?" if close else "")
                continue
            columns[column] = cell.column
        for index, column in enumerate(self.spec.columns, start=1):
            if column.read and not column.optional and column not in columns:
                self.problem((row, index), WORKBOOK_COLUMN_MISSING, name=column.header)
        return row, columns

    def frame_problems(self, header_row: int, columns: dict[Column, int]) -> None:
        for merged in self.sheet.merged_cells.ranges:
            if merged.max_row >= header_row:
                self.problem((merged.min_row, merged.min_col), WORKBOOK_MERGED_CELLS, cells=merged.coord)
        for number in sorted(set(columns.values())):
            why = self.column_unseen(number)
            if why is not None:
                self.problem((header_row, number), WORKBOOK_HIDDEN, what=f"Cột {column_letter(number)}{why}")

    def column_unseen(self, number: int) -> str | None:
        """Why the column cannot be seen ('' for hidden), or None: hidden, or too narrow to show anything."""
        dimension = next((d for d in self.sheet.column_dimensions.values()
                          if d.min is not None and d.min <= number <= (d.max or d.min)), None)
        if dimension is not None and dimension.hidden:
            return ""
        width = dimension.width if dimension is not None else None  # openpyxl's default for a <col> without one: 13
        if width is None:
            width = self.sheet.sheet_format.defaultColWidth
        if width is None and self.sheet.sheet_format.baseColWidth is not None:
            width = self.sheet.sheet_format.baseColWidth or 0
        if width is not None and width < _MIN_COLUMN_WIDTH:
            return f" (kéo hẹp còn {vi.number(Decimal(repr(float(width))), 1)} ký tự, nên không nhìn thấy)"
        return None

    def row_unseen(self, number: int) -> str | None:
        """Why the row cannot be seen ('' for hidden), or None: hidden, filtered out, or too low to show."""
        dimension = self.sheet.row_dimensions.get(number)
        if dimension is not None and dimension.hidden:
            return ""
        form = self.sheet.sheet_format
        height = dimension.height if dimension is not None else None
        if height is None and form.zeroHeight:
            return " (trang tính đặt mọi dòng chưa chỉnh độ cao thành ẩn)"
        if height is None and form.customHeight:
            height = form.defaultRowHeight
        if height is not None and height < _MIN_ROW_HEIGHT:
            return f" (kéo thấp còn {vi.number(Decimal(repr(float(height))), 1)} điểm, nên không nhìn thấy)"
        return None

    # ---- rows ------------------------------------------------------------------------------------

    def read(self) -> Any:
        found = self.header()
        if found is None:
            return None
        header_row, columns = found
        self.doc.positions[(self.spec.section,)] = self.doc.key_positions[(self.spec.section,)] = Pos(header_row, 1)
        self.frame_problems(header_row, columns)
        key_column = self.spec.columns[0]
        if key_column not in columns:
            return None  # no row can be told apart: the missing column is reported
        rows = []
        cells = self.cells
        wanted = {number: column for column, number in columns.items() if column.read}
        numbers = sorted({row for (row, number), cell in cells.items()
                          if row > header_row and number in wanted and not _blank(cell)})
        if len(numbers) > WORKBOOK_MAX_ROWS:
            self.problem((numbers[WORKBOOK_MAX_ROWS], 1), WORKBOOK_TOO_LARGE,
                         detail=f"trang tính có hơn {vi.number(WORKBOOK_MAX_ROWS)} dòng số liệu")
            numbers = numbers[:WORKBOOK_MAX_ROWS]
        for number in numbers:
            row_cells = {column: cells.get((number, at)) for at, column in wanted.items()}
            why = self.row_unseen(number)
            if why is not None:
                self.problem((number, 1), WORKBOOK_HIDDEN, what=f"Dòng {number}{why}")
            values = {column: self.value(column, cell, number, columns[column]) for column, cell in row_cells.items()}
            rows.append((number, values))
        return self.section(rows, columns)

    def value(self, column: Column, cell, row: int, number: int) -> Any:
        """The cell's value as the data holds it, or None (blank, or wrong: then a problem at the cell). Text is held
        to the rule YAML text is held to; a value is read only if the cell shows it as it is."""
        if _blank(cell):
            return None
        raw = cell.value
        if cell.data_type == "f" or (isinstance(raw, str) and cell.data_type != "s" and raw.startswith("=")):
            self.problem((row, number), WORKBOOK_FORMULA, formula=_show(raw))
            return WRONG
        if cell.data_type == "e":
            return self.wrong(column, raw, row, number)
        if isinstance(raw, str):
            raw = self.text(_EXCEL_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), raw).strip(" \n"), column, row,
                            number)
            if raw is WRONG:
                return WRONG
        elif isinstance(raw, (int, float)) and not isinstance(raw, bool) and _oversized(raw):
            return self.too_long(column, raw, row, number)
        value = self.convert(column, cell, raw, row, number)
        if value is not None and value is not WRONG:
            shown = differs(cell.value, cell.number_format, percent_column=column.kind is Kind.PERCENT)
            if shown:
                self.problem((row, number), WORKBOOK_NUMBER_FORMAT, shows=shown[0], value=shown[1],
                             format=_show(cell.number_format))
                return WRONG
        return value

    def text(self, raw: str, column: Column, row: int, number: int) -> Any:
        """Text by the rule YAML text follows (strict_yaml.text_rule): WRONG when it holds a character refused."""
        text, found = text_rule(raw, self.doc.file, lambda ch: (row, number))
        for problem in found:
            self.reader.add(replace(problem, sheet=self.title))
            self.doc.said.add((self.title, row))
        if any(p.is_error for p in found):
            return WRONG
        start = formula_start(text) if column.kind in (Kind.TEXT, Kind.NAMES) else None
        if start and not is_control(start):  # shown as text everywhere (markup.spreadsheet_cell): was it meant?
            self.problem((row, number), TEXT_FORMULA_START, char=start)
        return text

    def too_long(self, column: Column, raw: float, row: int, number: int) -> object:
        """A number no figure can be: infinite, not a number, or of more digits than any figure has."""
        if isinstance(raw, float) and not math.isfinite(raw):
            return self.wrong(column, raw, row, number)
        digits = _digits(raw)
        self.problem((row, number), NUMBER_TOO_LONG, value=_show(raw), digits=digits, limit=MAX_DIGITS)
        return WRONG

    def convert(self, column: Column, cell, raw: Any, row: int, number: int) -> Any:
        """The value of a cell that is neither blank, a formula nor refused text, as its column wants it."""
        kind = column.kind
        number_read = isinstance(raw, (int, float)) and not isinstance(raw, bool)
        percent_format = number_read and percent_scale(cell.number_format, raw) > 0
        if kind in (Kind.COUNT, Kind.NUMBER):
            if isinstance(raw, bool) or isinstance(raw, (datetime, date)):
                return self.wrong(column, raw, row, number)
            if isinstance(raw, (int, float)):
                if float(raw).is_integer() and not percent_format:
                    return int(raw)
                return self.wrong(column, raw, row, number, percent=percent_format)
            return self.text_number(column, raw, row, number)
        if kind is Kind.PERCENT:
            if isinstance(raw, bool) or isinstance(raw, (datetime, date)):
                return self.wrong(column, raw, row, number)
            if isinstance(raw, (int, float)):
                # 24,5 % typed in Excel is stored as 0.245: the cell's format says it is a percentage.
                if percent_format:
                    self.percent_at.add((row, number))
                share = Decimal(repr(raw)) * 100 ** percent_scale(cell.number_format, raw)
                share = round(share, 6).normalize()
                return int(share) if share == share.to_integral_value() else share
            return self.text_number(column, raw, row, number)
        if kind is Kind.CHOICE:
            if isinstance(raw, str):
                for member in column.choices:
                    if normal(raw) in (normal(member.label), normal(member.code)):
                        return member.code
            return self.wrong(column, raw, row, number,
                              wanted="một trong: " + "; ".join(m.label for m in column.choices))
        if kind is Kind.YES_NO:
            if isinstance(raw, bool):
                return raw
            if isinstance(raw, str) and normal(raw) in (normal(YES), normal(NO)):
                return normal(raw) == normal(YES)
            return self.wrong(column, raw, row, number)
        if kind is Kind.DATE:
            if isinstance(raw, (datetime, date)):
                return raw.strftime("%d/%m/%Y")
            if isinstance(raw, str) and re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", raw):
                return raw  # the schema says how a date must be written
            return self.wrong(column, raw, row, number)
        if isinstance(raw, (datetime, date)) or isinstance(raw, bool):
            return self.wrong(column, raw, row, number)
        text = str(int(raw)) if isinstance(raw, float) and raw.is_integer() else str(raw)
        if kind in (Kind.CODES, Kind.NAMES):
            return [part.strip() for part in _LIST_SEPARATOR.split(text) if part.strip()]
        return text

    def text_number(self, column: Column, raw: Any, row: int, number: int) -> object:
        if isinstance(raw, str) and _NUMBER_TEXT.fullmatch(raw):
            self.problem((row, number), WORKBOOK_NUMBER_AS_TEXT, value=_show(raw), name=column.header)
            return WRONG
        return self.wrong(column, raw, row, number)

    def wrong(self, column: Column, raw: Any, row: int, number: int, wanted: str | None = None, *,
              percent: bool = False) -> object:
        """A value of the wrong kind, quoted as the cell shows it (24,5% in a cell formatted as a percentage)."""
        self.problem((row, number), WORKBOOK_CELL_TYPE, name=column.header, value=_show(raw, percent),
                     wanted=wanted or column.kind.value)
        return WRONG


def _oversized(number: int | float) -> bool:
    return (isinstance(number, float) and not math.isfinite(number)) or abs(number) >= _LARGEST


def _digits(number: int | float) -> int:
    """How many digits the whole part of a number has; for a huge int, without writing it out (Python refuses
    to write an int of more than 4,300 digits)."""
    if isinstance(number, float):
        return len(f"{abs(number):.0f}")
    return len(str(abs(number))) if number.bit_length() < 10_000 else int(number.bit_length() * 0.30103) + 1


def _blank(cell) -> bool:
    return cell is None or cell.value is None or (isinstance(cell.value, str) and not cell.value.strip())


def _show(value: object, percent: bool = False) -> str:
    """A cell's value as Excel shows it: an array formula in braces, Có/Không, 24,5% for a share in a percentage
    cell, 0,245 otherwise."""
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, ArrayFormula):
        text = "{" + (value.text or "") + "}"
    elif isinstance(value, DataTableFormula):
        text = "{=TABLE(" + ",".join(str(x) for x in (value.r1, value.r2) if x) + ")}"
    elif isinstance(value, float) and not math.isfinite(value):
        text = "không phải một số" if math.isnan(value) else "vô hạn"
    elif isinstance(value, int) and _digits(value) > 60:
        text = f"một số có {vi.number(_digits(value))} chữ số"
    elif isinstance(value, (int, float)):
        text = shown(value, percent)
    elif isinstance(value, (datetime, date)):
        text = value.strftime("%d/%m/%Y")
    else:
        text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"
