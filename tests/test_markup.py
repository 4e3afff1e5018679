"""The CSV downloads: every cell inert whether a spreadsheet reads the file with "," or ";" (issue #19).

Vietnamese Excel's list separator is ";": a file written with "," is split at every ";" inside a field, quotes or
not, so each part that follows a separator is a cell of its own. These tests read what `csv_text` writes as a
spreadsheet would with either separator, and as a reader that ignores quotes altogether.
"""

from __future__ import annotations

import csv
import io
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from campaign.core.chars import formula_start
from campaign.core.markup import csv_text, spreadsheet_cell

ISSUE = "Thử;=1+2;=cmd|' /C calc'!A0"


def cells_as_read(text: str) -> list[str]:
    """Every cell a spreadsheet may make of the file: parsed with "," and with ";", and split at every separator
    with the quotes ignored; leading spaces and quotes dropped, as a reader may."""
    body = text.removeprefix("\ufeff")
    cells = [cell for delimiter in ",;" for row in csv.reader(io.StringIO(body, newline=""), delimiter=delimiter) for cell in row]
    cells += re.split(r"[,;\t\r\n]", body)
    return [re.sub(r'^[\s"]+', "", cell) for cell in cells]


def live(text: str) -> list[str]:
    return [cell for cell in cells_as_read(text) if formula_start(cell)]


def test_the_issues_target_name_is_inert_under_both_separators():
    text = csv_text([["Mã", "Chỉ tiêu"], ["II.1a", ISSUE]])
    assert live(text) == []
    assert "=1+2" in text and "=cmd|' /C calc'!A0" in text  # kept, as text


def test_a_download_is_utf8_with_a_bom_every_field_quoted_and_crlf():
    text = csv_text([["Mã", "Tỷ lệ (%)"], ["II.3a", "97,7"], [None, 3]])
    assert text == '\ufeff"Mã","Tỷ lệ (%)"\r\n"II.3a","97,7"\r\n"","3"\r\n'


def test_ordinary_text_with_separators_is_kept_as_it_is():
    for text in ("tăng 2; Chưa đạt → Đạt", "97,7 %", "Phòng A, Phòng B", "10/10 việc"):
        assert spreadsheet_cell(text) == text


ALPHABET = st.sampled_from(list(",;\t\r\n\"' =+-@＝＋－＠\u200bab1"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.text(ALPHABET, max_size=12), min_size=1, max_size=4), min_size=1, max_size=3))
def test_no_cell_of_any_text_comes_alive_under_any_separator(rows):
    assert live(csv_text(rows)) == []
