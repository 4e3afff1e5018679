"""Diacritic folding and word splitting for search, so "chien si" finds "chiến sĩ".

The site's search worker (overrides/search/engine.js) does the same to the query
in the browser; tests/test_search_engine.py checks that both sides agree.
"""

import re
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


@lru_cache(maxsize=1 << 16)  # a site repeats its words: each is folded once
def search_key(word: str) -> str:
    """The form under which a word is indexed and looked up: folded, then lower case."""
    return fold(word).lower()


@lru_cache(maxsize=4096)
def is_word_char(ch: str) -> bool:
    """Letters, digits and nonspacing marks make words; everything else separates them."""
    category = unicodedata.category(ch)
    return category[0] in "LN" or category == "Mn"


# Letters and digits (\w without "_"), and the nonspacing marks of decomposed text, which \w does not take: in
# the BMP, where every text of this site is; a text beyond it takes the slower path, character by character.
_WORD = re.compile("(?:[^\\W_]|[" + "".join(re.escape(chr(c)) for c in range(0x300, 0x10000)
                                               if unicodedata.category(chr(c)) == "Mn") + "])+")
_BEYOND_BMP = re.compile("[\U00010000-\U0010FFFF]")


def word_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each word of plain text, punctuation left out: "(KH&CN);" has "KH", "CN"."""
    if not _BEYOND_BMP.search(text):
        for found in _WORD.finditer(text):
            yield found.span()
        return
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
