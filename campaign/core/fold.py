"""Diacritic folding and word splitting for search, so "chien si" finds "chiến sĩ".

The site's search worker (overrides/search/engine.js) does the same to the query
in the browser; tests/test_search_engine.py checks that both sides agree.
"""

import unicodedata
from collections.abc import Iterator
from functools import lru_cache

# Vietnamese đ/Đ is a letter of its own, not d with a combining mark: NFD keeps it whole.
_STROKED = str.maketrans("đĐ", "dD")


def fold(text: str) -> str:
    """Remove every diacritic, keep letter case: "Đường" -> "Duong".

    Works on NFC and NFD input alike; the result is NFC.
    """
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", bare.translate(_STROKED))


def search_key(word: str) -> str:
    """The form under which a word is indexed and looked up: folded, then lower case."""
    return fold(word).lower()


@lru_cache(maxsize=4096)
def is_word_char(ch: str) -> bool:
    """Letters, digits and nonspacing marks make words; everything else separates them."""
    category = unicodedata.category(ch)
    return category[0] in "LN" or category == "Mn"


def word_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each word of plain text, punctuation left out: "(KH&CN);" has "KH", "CN"."""
    start = None
    for i, ch in enumerate(text):
        if is_word_char(ch):
            if start is None:
                start = i
        elif start is not None:
            yield start, i
            start = None
    if start is not None:
        yield start, len(text)


def words(text: str) -> list[str]:
    """The words of plain text, as written."""
    return [text[start:end] for start, end in word_spans(text)]
