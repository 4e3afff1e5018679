"""Vietnamese conventions: numbers with a decimal comma, dd/mm/yyyy dates, dictionary order of names."""

from __future__ import annotations

import functools
import math
import unicodedata
from datetime import date
from decimal import Decimal
from fractions import Fraction

# The department as a whole, as every output names it (pages, downloads, workbooks, the checker): never "toàn cơ
# quan", which the pages do not say.
WHOLE_DEPARTMENT = "Toàn Sở"

# Letters in dictionary order; a letter with a breve, circumflex or horn is a letter of its own.
_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_LETTER_RANK = {letter: rank for rank, letter in enumerate(_ALPHABET)}
_MODIFIERS = {"\u0306", "\u0302", "\u031b"}  # breve, circumflex, horn: part of the letter
# Tone marks in the order dictionaries use: level, grave, hook, tilde, acute, dot below.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def _letters(text: str):
    """Yield (letter, tone, is_upper) for each base character of `text`."""
    decomposed = unicodedata.normalize("NFD", text)
    i = 0
    while i < len(decomposed):
        base = decomposed[i]
        i += 1
        modifiers, tone = "", 0
        while i < len(decomposed) and unicodedata.combining(decomposed[i]):
            mark = decomposed[i]
            if mark in _MODIFIERS:
                modifiers += mark
            else:
                tone = _TONES.get(mark, tone)
            i += 1
        letter = unicodedata.normalize("NFC", base.lower() + modifiers)
        yield letter, tone, base.isupper()


@functools.lru_cache(maxsize=4096)  # every table of units sorts the same names again
def sort_key(text: str) -> tuple:
    """Key for Vietnamese dictionary order: letters first, then tones, then case."""
    letters, tones, cases = [], [], []
    for letter, tone, upper in _letters(text):
        rank = _LETTER_RANK.get(letter)
        letters.append((0, rank) if rank is not None else (1, ord(letter[0])))
        tones.append(tone)
        cases.append(upper)
    return tuple(letters), tuple(tones), tuple(cases)


def sort_names(items, key=lambda item: item):
    return sorted(items, key=lambda item: sort_key(key(item)))


def one_decimal_beside(value: Fraction, limits=()) -> Fraction:
    """A share at one decimal, for a cell with a fixed "0.0%" format (the workbooks): rounded as Excel's ROUND,
    unless that would put it on or across a limit it is not on; then towards its own side (99,95 beside 100
    is 99,9; 15,04 above a 15 cap is 15,1)."""
    shown = round_half_away(value, 1)
    for limit in (Fraction(x) for x in limits if x is not None):
        if value < limit <= shown:
            return Fraction(math.floor(value * 10), 10)
        if shown <= limit < value:
            return Fraction(math.ceil(value * 10), 10)
    return shown


def _scaled(value: Fraction | int, digits: int) -> int:
    """value × 10^digits rounded half away from zero, in integers: floor(|n|/d × 10^digits + 1/2) is
    (2|n| × 10^digits + d) // 2d. A year of 500 units rounds some 40,000 shares; Fraction arithmetic was
    most of the time its pages took."""
    if not isinstance(value, (int, Fraction)):
        value = Fraction(value)
    n, d = value.numerator, value.denominator
    whole = (2 * abs(n) * 10 ** digits + d) // (2 * d)
    return whole if n >= 0 else -whole


def round_half_away(value: Fraction | int, digits: int = 1) -> Fraction:
    """Round as Excel's ROUND does, halves away from zero: 16,65 → 16,7; 2/12 → 16,7 (not 16,6)."""
    return Fraction(_scaled(value, digits), 10 ** digits)


def number(value: Fraction | int, digits: int = 0) -> str:
    """1234567 → '1.234.567'; 16,65 with one digit → '16,7' (dots group thousands, a comma before decimals)."""
    if digits == 0 and (isinstance(value, int) or value.denominator == 1):  # counts, most of what is shown
        return f"{int(value):,}".replace(",", ".")
    scaled = _scaled(value, digits)
    negative = scaled < 0
    whole, decimals = divmod(abs(int(scaled)), 10 ** digits)
    text = f"{whole:,}".replace(",", ".")
    if digits:
        text += "," + str(decimals).zfill(digits)
    return ("-" if negative else "") + text


def percent(value: Fraction, digits: int = 1) -> str:
    """15 → '15,0%': a decimal comma, and the sign written as the campaign document writes it ("20%")."""
    return f"{number(value, digits)}%"


def percent_beside(value: Fraction, limits, most_digits: int = 3) -> str:
    """A share shown next to thresholds or caps, never suggesting a side of them it is not on.

    Rounded to one decimal as Excel does, unless that lands on a limit the share does not reach or
    exceed: 99,95 beside 100 reads '99,95%', 14,96 beside 15 '14,96%'. Past `most_digits` decimals
    it says "dưới 100%" / "trên 15%".
    """
    limits = [Fraction(limit) for limit in limits if limit is not None]
    for digits in range(1, most_digits + 1):
        shown = round_half_away(value, digits)
        if all((shown > limit) - (shown < limit) == (value > limit) - (value < limit) for limit in limits):
            return percent(value, digits)
    limit = min(limits, key=lambda x: abs(x - value))
    return f"{'dưới' if value < limit else 'trên'} {threshold(limit)}"


def threshold(value: Fraction) -> str:
    """A threshold as the document writes it: 20 → '20%', 12.5 → '12,5%'."""
    digits = 0 if value.denominator == 1 else 1
    return f"{number(value, digits)}%"


def day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def evidence(document) -> str:
    """A document that proves something (a decision, a report), as readers cite it: "Số 12/QĐ-UBND, ngày
    15/06/2021, của UBND tỉnh" (the issuer as the Office wrote it, when it did); "–" when there is none."""
    if document is None:
        return "–"
    issuer = getattr(document, "issuer", None)
    return f"Số {document.number}, ngày {day(document.issued)}" + (f", của {issuer}" if issuer else "")


def exact(value: Decimal | Fraction | int) -> str:
    """A number as written, exactly, with a decimal comma: Decimal('0.245') → '0,245'; 24.50 → '24,5'."""
    if isinstance(value, Fraction):
        value = Decimal(value.numerator) / Decimal(value.denominator)
    text = f"{Decimal(value).normalize():f}"
    return text.replace(".", ",")


def period_in_year(name: str, year: int) -> str:
    """A period's name with its year: "Sơ kết 6 tháng năm 2021", but "Tổng kết năm 2021", never "năm năm"."""
    return f"{name} {year}" if name.rstrip().lower().endswith("năm") else f"{name} năm {year}"
