"""Any shape of workbook (issue #19): hidden and resized rows and columns, number formats, merges, odd text and
odd numbers anywhere in the baseline template. Whatever the shape, the checker never fails inside, and every
problem of the workbook has its place: a sheet and a cell, or the whole file for what concerns the whole file."""

from __future__ import annotations

import io
import shutil
import unicodedata
from datetime import datetime

import openpyxl
from badcases import BASELINE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from test_bad_data import JUNK, VIETNAMESE
from workbook_cases import WORKBOOK, baseline_workbook

from campaign.read.load import load
from campaign.read.workbook_layout import DATA_SHEETS

# What concerns a whole workbook, or a file beside it: said at the file, without a sheet.
WHOLE_FILE = {"workbook-unreadable", "workbook-unsafe", "workbook-too-large", "workbook-sheet-missing",
              "checks-waiting", "checks-waiting-for", "problems-not-shown"}
FORMATS = ["General", "0", "#,##0", "0.0", "0%", "0.0##%", '"2"', ";;;", "0;0;", "0,", "#,##0,,", "[>5]0;0",
           "0.00E+00", "# ?/?", "@", '@" X"', "dd/mm/yyyy", "mm/yyyy", "[Red]0", "[DBNum1]0", '0" người"',
           '_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-', "0*0", "\\2"]
ODD = "\u202e\u200b\u2028\u0085\u00a0\u3000\ufeff\u0301=+-@;, \n"
SHEETS = [s.name for s in DATA_SHEETS]

values = st.one_of(
    st.none(), st.booleans(), st.integers(-10, 200_000), st.integers(10 ** 14, 10 ** 20),
    st.floats(allow_nan=False, allow_infinity=False, width=64), st.sampled_from([0.245, 1e300, -1e-300, 24.5]),
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2030, 1, 1)),
    st.text(st.sampled_from(list(ODD) + list("aăđơ0129-x")), max_size=12),
    st.sampled_from(["Có", "Không", "Hoàn thành", "van-phong", "=1+1", "'=1", "10", "24,5 %"]))
cells = st.tuples(st.sampled_from(SHEETS), st.integers(1, 8), st.integers(1, 13))
changes = st.lists(st.one_of(
    st.tuples(st.just("value"), cells, values),
    st.tuples(st.just("format"), cells, st.one_of(st.sampled_from(FORMATS),
                                                    st.text(max_size=8).map(lambda t: ILLEGAL_CHARACTERS_RE.sub("", t)))),
    st.tuples(st.just("row"), st.sampled_from(SHEETS), st.integers(1, 8), st.sampled_from([0, 0.5, 3, 15, None])),
    st.tuples(st.just("column"), st.sampled_from(SHEETS), st.integers(1, 13), st.sampled_from([0, 0.5, 8, None])),
    st.tuples(st.just("merge"), cells, st.integers(0, 2), st.integers(0, 2)),
    st.tuples(st.just("title"), st.sampled_from(SHEETS), st.sampled_from([unicodedata.normalize("NFD", "Đơn vị"), "ĐƠN VỊ", "Danh mục ", "Sheet1"]))),
    max_size=8)


def apply(book, change) -> None:
    kind = change[0]
    if kind == "value":
        (sheet, row, column), value = change[1], change[2]
        if isinstance(value, str):
            value = ILLEGAL_CHARACTERS_RE.sub("", value)  # openpyxl cannot write these; the XML cases do
        book[sheet].cell(row, column).value = value
    elif kind == "format":
        (sheet, row, column), code = change[1], change[2]
        book[sheet].cell(row, column).number_format = code or "General"
    elif kind == "row":
        dimension = book[change[1]].row_dimensions[change[2]]
        dimension.height, dimension.hidden = change[3], change[3] is None
    elif kind == "column":
        dimension = book[change[1]].column_dimensions[openpyxl.utils.get_column_letter(change[2])]
        dimension.width, dimension.hidden = change[3] or 0, change[3] is None
    elif kind == "merge":
        (sheet, row, column), down, right = change[1], change[2], change[3]
        book[sheet].merge_cells(start_row=row, start_column=column, end_row=row + down, end_column=column + right)
    elif kind == "title" and change[2] not in book.sheetnames:
        book[change[1]].title = change[2]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes)
def test_any_shape_gives_placed_problems_and_never_an_internal_error(tmp_path_factory, shape):
    book = openpyxl.load_workbook(io.BytesIO(_baseline()))
    for change in shape:
        try:
            apply(book, change)
        except (ValueError, AttributeError, KeyError):  # openpyxl refuses it, or the sheet was renamed
            continue
    buffer = io.BytesIO()
    book.save(buffer)
    data = shutil.copytree(BASELINE, tmp_path_factory.mktemp("shape") / "data")
    (data / "2021" / "ket-qua" / "ca-nam.yml").unlink()
    (data / WORKBOOK).write_bytes(buffer.getvalue())
    _, report = load(data)  # raises on an internal error
    for problem in report.problems:
        text = problem.as_text()
        assert VIETNAMESE.search(problem.message) and not JUNK.search(problem.message), text
        assert problem.line >= 1 and problem.column >= 1, text
        if problem.file.endswith(".xlsx") and problem.code not in WHOLE_FILE:
            assert problem.sheet, f"no sheet: {text}"


_CACHE: list[bytes] = []


def _baseline() -> bytes:
    if not _CACHE:
        _CACHE.append(baseline_workbook())
    return _CACHE[0]
