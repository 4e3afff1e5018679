"""Folding and word splitting for search: every Vietnamese mark, both cases, both Unicode forms."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from campaign.core.fold import fold, search_key, words

# Each vowel with its six tones: ngang, huyền, sắc, hỏi, ngã, nặng.
VOWELS = {
    "a": "aàáảãạ",
    "ă": "ăằắẳẵặ",
    "â": "âầấẩẫậ",
    "e": "eèéẻẽẹ",
    "ê": "êềếểễệ",
    "i": "iìíỉĩị",
    "o": "oòóỏõọ",
    "ô": "ôồốổỗộ",
    "ơ": "ơờớởỡợ",
    "u": "uùúủũụ",
    "ư": "ưừứửữự",
    "y": "yỳýỷỹỵ",
}
TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]
BARE = {"a": "a", "ă": "a", "â": "a", "e": "e", "ê": "e", "i": "i", "o": "o",
        "ô": "o", "ơ": "o", "u": "u", "ư": "u", "y": "y"}


def test_the_vowel_table_is_every_tone_on_every_vowel():
    for vowel, row in VOWELS.items():
        assert row == "".join(unicodedata.normalize("NFC", vowel + tone) for tone in TONES)


@pytest.mark.parametrize("vowel", VOWELS)
def test_every_tone_on_every_vowel_folds_to_the_bare_vowel(vowel):
    row = VOWELS[vowel]
    assert fold(row) == BARE[vowel] * 6
    assert fold(row.upper()) == BARE[vowel].upper() * 6


@pytest.mark.parametrize("vowel", VOWELS)
def test_decomposed_input_folds_like_composed(vowel):
    for letter in VOWELS[vowel] + VOWELS[vowel].upper():
        assert fold(unicodedata.normalize("NFD", letter)) == fold(letter)


def test_d_with_stroke_folds_to_d_keeping_case():
    assert fold("đ") == "d"
    assert fold("Đ") == "D"
    assert fold("ĐẢNG ỦY, Đảng ủy, đua") == "DANG UY, Dang uy, dua"


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("chiến sĩ thi đua", "chien si thi dua"),
        ("An toàn về an ninh trật tự", "An toan ve an ninh trat tu"),
        ("Văn phòng Sở làm đầu mối", "Van phong So lam dau moi"),
        ("Cơ quan văn hoá", "Co quan van hoa"),
        ("Cơ quan văn hóa", "Co quan van hoa"),
        ("Sở KH&CN", "So KH&CN"),
    ],
)
def test_phrases_fold_and_keep_everything_but_marks(written, folded):
    assert fold(written) == folded
    assert fold(unicodedata.normalize("NFD", written)) == folded


def test_search_key_is_folded_lower_case():
    assert search_key("Đường") == "duong"
    assert search_key("ĐƯỜNG") == "duong"
    assert search_key(unicodedata.normalize("NFD", "Đường")) == "duong"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Đoàn kết, kỷ cương”", ["Đoàn", "kết", "kỷ", "cương"]),
        ("(KH&CN);", ["KH", "CN"]),
        ("năm 2021./.", ["năm", "2021"]),
        ("Chỉ thị số 01/CT-UBND ngày 18/01/2021", ["Chỉ", "thị", "số", "01", "CT", "UBND", "ngày", "18", "01", "2021"]),
        ('"An toàn về an ninh trật tự"', ["An", "toàn", "về", "an", "ninh", "trật", "tự"]),
        ("tự chủ từ 20% trở lên;", ["tự", "chủ", "từ", "20", "trở", "lên"]),
        ("hoạn nạn... kịp thời", ["hoạn", "nạn", "kịp", "thời"]),
        ("Ban TĐKT tỉnh (B/c);", ["Ban", "TĐKT", "tỉnh", "B", "c"]),
        ("kinh tế - xã hội", ["kinh", "tế", "xã", "hội"]),
        ("snake_case", ["snake", "case"]),
    ],
)
def test_punctuation_stuck_to_words_is_left_out(text, expected):
    assert words(text) == expected


def test_a_decomposed_word_stays_one_word():
    decomposed = unicodedata.normalize("NFD", "trật tự")
    assert words(decomposed) == [unicodedata.normalize("NFD", "trật"), unicodedata.normalize("NFD", "tự")]
    assert [search_key(word) for word in words(decomposed)] == ["trat", "tu"]


@given(st.text())
def test_fold_is_idempotent_and_leaves_no_nonspacing_mark(text):
    folded = fold(text)
    assert fold(folded) == folded
    assert not any(unicodedata.category(ch) == "Mn" for ch in unicodedata.normalize("NFD", folded))


@given(st.text())
def test_fold_ignores_the_normal_form(text):
    assert fold(unicodedata.normalize("NFD", text)) == fold(unicodedata.normalize("NFC", text))


@given(st.text(alphabet=st.sampled_from("".join(VOWELS.values()) + "đĐbcdghklmnpqrstvx ,.;()“”&/-")))
def test_words_of_vietnamese_text_fold_to_ascii(text):
    for word in words(text):
        assert search_key(word).isascii()
        assert search_key(word).isalnum()
