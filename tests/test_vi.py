"""Vietnamese number, date and order conventions."""

import math
from datetime import date
from fractions import Fraction

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from campaign.core import vi


@pytest.mark.parametrize("value, text", [
    (Fraction(15), "15,0%"), (Fraction(300, 17), "17,6%"), (Fraction(4300, 44), "97,7%"),
    (Fraction(0), "0,0%"), (Fraction(100), "100,0%"),
    # As Excel's ROUND: 2/12, 1/7 and 2/7 of the staff, not cut to 16,6 / 14,2 / 28,5.
    (Fraction(200, 12), "16,7%"), (Fraction(100, 7), "14,3%"), (Fraction(200, 7), "28,6%"),
])
def test_percent_rounds_as_excel_with_a_decimal_comma(value, text):
    assert vi.percent(value) == text


@pytest.mark.parametrize("value, text", [
    # x,x5 rounds away from zero, as Excel's ROUND does (Python's round() would give 16,6 and 0,2).
    ("16.65", "16,7"), ("16.75", "16,8"), ("0.25", "0,3"), ("0.15", "0,2"), ("2.45", "2,5"), ("99.95", "100,0"),
    ("14.95", "15,0"), ("19.95", "20,0"), ("16.649", "16,6"), ("-0.05", "-0,1"), ("-0.04", "0,0"),
])
def test_halves_round_away_from_zero(value, text):
    assert vi.number(Fraction(value), 1) == text


# Every threshold and cap of the campaign (15, 20, 100), just under, at and just over each.
@pytest.mark.parametrize("value, limits, text", [
    ("99.95", [100], "99,95%"), ("99.96", [100], "99,96%"), ("99.94", [100], "99,9%"),
    ("99.995", [100], "99,995%"), ("99.9999", [100], "dưới 100%"), ("100", [100], "100,0%"),
    ("14.95", [15], "14,95%"), ("14.96", [15], "14,96%"), ("14.94", [15], "14,9%"), ("15", [15], "15,0%"),
    ("15.04", [15], "15,04%"), ("15.05", [15], "15,1%"),  # just over a cap must not read as at it
    ("19.95", [20], "19,95%"), ("19.99", [20], "19,99%"), ("20", [20], "20,0%"), ("20.01", [20], "20,01%"),
    ("16.65", [15], "16,7%"), ("16.65", [15, 20], "16,7%"),
    ("14.96", [15, 100], "14,96%"), ("0", [15], "0,0%"),
])
def test_a_share_beside_a_limit_never_reads_as_the_other_side_of_it(value, limits, text):
    value = Fraction(value)
    assert vi.percent_beside(value, [Fraction(x) for x in limits]) == text


def test_every_share_of_a_small_unit_reads_on_its_side_of_every_limit():
    # Read back as a reader does, a shown share is under, at or over each limit exactly when the share is.
    limits = [Fraction(15), Fraction(20), Fraction(100)]
    for denominator in range(1, 120):
        for numerator in range(0, denominator + 1):
            value = Fraction(100 * numerator, denominator)
            shown = vi.percent_beside(value, limits)
            read = Fraction(shown.rstrip("%").replace(".", "").replace(",", "."))
            assert [(read > x) - (read < x) for x in limits] == [(value > x) - (value < x) for x in limits], shown


def test_numbers_group_thousands_with_dots():
    assert vi.number(1234567) == "1.234.567"
    assert vi.number(Fraction(123456789, 100), 2) == "1.234.567,89"


def test_thresholds_read_as_the_document_writes_them():
    # "20%", as the campaign document writes it: one style of percent on every page.
    assert vi.threshold(Fraction(20)) == "20%"
    assert vi.threshold(Fraction(25, 2)) == "12,5%"


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


@pytest.mark.parametrize("value, limits, shown", [
    ("16.65", [15], "16.7"), ("99.95", [100], "99.9"), ("14.96", [15], "14.9"), ("15.04", [15], "15.1"),
    ("15", [15], "15"), ("100", [100], "100"), ("19.95", [20], "19.9"), ("20.01", [20], "20.1"),
])
def test_a_share_at_one_decimal_stays_on_its_side_of_each_limit(value, limits, shown):
    # For a workbook's "0.0%" cells, which cannot show more digits as the pages do.
    assert vi.one_decimal_beside(Fraction(value), [Fraction(x) for x in limits]) == Fraction(shown)


@given(st.fractions(), st.integers(min_value=0, max_value=4))
@example(Fraction(1, 2), 0)
@example(Fraction(-1665, 100), 1)
@example(Fraction(200, 12), 1)
def test_rounding_in_integers_is_excels_round(value, digits):
    # ROUND as its definition says it, in exact fractions: the integer arithmetic must agree everywhere.
    scale = 10 ** digits
    whole = math.floor(abs(value) * scale + Fraction(1, 2))
    assert vi.round_half_away(value, digits) == Fraction(whole if value >= 0 else -whole, scale)
    assert vi.round_half_away(int(value), digits) == int(value)
