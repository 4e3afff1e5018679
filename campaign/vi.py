"""Vietnamese conventions: numbers with a decimal comma, dd/mm/yyyy dates, dictionary order of names."""

from __future__ import annotations

import math
import unicodedata
from datetime import date
from fractions import Fraction

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


def truncate(value: Fraction, digits: int = 1) -> Fraction:
    """Cut, never round up: 99.96 % must not read as 100,0 % beside a 100 % target."""
    scale = 10 ** digits
    return Fraction(math.floor(value * scale), scale)


def number(value: Fraction | int, digits: int = 0) -> str:
    value = Fraction(value)
    if value.denominator == 1 and digits == 0:
        whole = f"{int(value):,}".replace(",", ".")
        return whole
    cut = truncate(value, digits)
    text = f"{float(cut):,.{digits}f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def percent(value: Fraction, digits: int = 1) -> str:
    """15 → '15,0 %' (Vietnamese decimal comma, a space before the sign)."""
    return f"{number(value, digits)}\u00a0%"


def threshold(value: Fraction) -> str:
    """A threshold as the document writes it: 20 → '20 %', 12.5 → '12,5 %'."""
    digits = 0 if value.denominator == 1 else 1
    return f"{number(value, digits)}\u00a0%"


def day(value: date) -> str:
    return value.strftime("%d/%m/%Y")
