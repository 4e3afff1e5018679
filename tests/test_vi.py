"""Vietnamese number, date and order conventions."""

from datetime import date
from fractions import Fraction

import pytest

from campaign import vi


@pytest.mark.parametrize("value, text", [
    (Fraction(15), "15,0\u00a0%"), (Fraction(300, 17), "17,6\u00a0%"), (Fraction(4300, 44), "97,7\u00a0%"),
    (Fraction(99999, 1000), "99,9\u00a0%"),  # cut, not rounded up to a misleading 100,0 %
    (Fraction(0), "0,0\u00a0%"), (Fraction(100), "100,0\u00a0%"),
])
def test_percent_uses_a_decimal_comma_and_never_rounds_up(value, text):
    assert vi.percent(value) == text


def test_numbers_group_thousands_with_dots():
    assert vi.number(1234567) == "1.234.567"
    assert vi.number(Fraction(123456789, 100), 2) == "1.234.567,89"


def test_thresholds_read_as_the_document_writes_them():
    assert vi.threshold(Fraction(20)) == "20\u00a0%"
    assert vi.threshold(Fraction(25, 2)) == "12,5\u00a0%"


def test_dates_are_day_month_year():
    assert vi.day(date(2021, 6, 30)) == "30/06/2021"


def test_d_with_stroke_sorts_after_d_not_after_z():
    assert vi.sort_names(["Đông", "Zê", "Dung", "Ân", "An"]) == ["An", "Ân", "Dung", "Đông", "Zê"]


def test_letters_with_marks_are_letters_of_their_own():
    assert vi.sort_names(["ơ", "ô", "o", "ư", "u", "â", "ă", "a", "ê", "e"]) == [
        "a", "ă", "â", "e", "ê", "o", "ô", "ơ", "u", "ư"]


def test_tones_sort_after_the_base_letters_in_dictionary_order():
    # level, grave, hook, tilde, acute, dot below
    words = ["mạ", "má", "mã", "mả", "mà", "ma"]
    assert vi.sort_names(words) == ["ma", "mà", "mả", "mã", "má", "mạ"]
    # the letters decide before the tones do
    assert vi.sort_names(["mạnh", "mai"]) == ["mai", "mạnh"]


def test_sorting_is_the_same_for_composed_and_decomposed_text():
    import unicodedata
    names = ["Đơn vị sự nghiệp", "Phòng Quản lý", "Văn phòng Sở", "Thanh tra"]
    decomposed = [unicodedata.normalize("NFD", n) for n in names]
    assert [unicodedata.normalize("NFC", n) for n in vi.sort_names(decomposed)] == vi.sort_names(names)
