"""Characters a clerk cannot see: which they are, their names in the clerk's words, and text shown without them.

Word, PDF readers and chat apps paste characters that look like nothing or like a space: control characters,
zero-width and direction marks, non-breaking spaces. The checker names them (`describe`) so a clerk can find
them; every place that prints text from data to a terminal or an annotation shows them as a visible code
(`visible`), so none of them can move the cursor, forge a line or reorder what is read.
"""

from __future__ import annotations

import unicodedata

# Names in the clerk's words; the code point is always shown beside them.
_NAMES = {
    "\t": "phím Tab",
    "\n": "ký tự xuống dòng",
    "\r": "ký tự về đầu dòng CR",
    "\x00": "ký tự rỗng NUL",
    "\x07": "ký tự chuông BEL",
    "\x08": "ký tự xóa lùi Backspace",
    "\x0b": "ngắt dòng của Word, do phím Shift+Enter",
    "\x0c": "ký tự ngắt trang",
    "\x1b": "ký tự Escape, thường đi kèm mã màu như [31m",
    "\x7f": "ký tự Delete",
    "\x85": "ký tự xuống dòng kiểu cũ NEL",
    "\u00a0": "dấu cách không ngắt – non-breaking space – của Word hay trang web",
    "\u00ad": "gạch nối mềm của Word – soft hyphen",
    "\u061c": "dấu chiều chữ Ả Rập",
    "\u1680": "dấu cách Ogham",
    "\u180e": "dấu ngăn nguyên âm Mông Cổ",
    "\u200b": "dấu cách độ rộng 0 – zero-width space",
    "\u200c": "ký tự ngăn nối độ rộng 0 – zero-width non-joiner",
    "\u200d": "ký tự nối độ rộng 0 – zero-width joiner",
    "\u200e": "dấu chiều chữ trái sang phải LRM",
    "\u200f": "dấu chiều chữ phải sang trái RLM",
    "\u2028": "ngắt dòng Unicode – line separator",
    "\u2029": "ngắt đoạn Unicode – paragraph separator",
    "\u202a": "ký tự đặt chiều chữ trái sang phải LRE",
    "\u202b": "ký tự đặt chiều chữ phải sang trái RLE",
    "\u202c": "ký tự kết thúc chiều chữ PDF",
    "\u202d": "ký tự ép chiều chữ trái sang phải LRO",
    "\u202e": "ký tự đảo ngược chiều chữ RLO, làm chữ hiện ngược",
    "\u202f": "dấu cách hẹp không ngắt",
    "\u205f": "dấu cách toán học",
    "\u2060": "ký tự nối từ vô hình – word joiner",
    "\u2066": "ký tự cô lập chiều chữ LRI",
    "\u2067": "ký tự cô lập chiều chữ RLI",
    "\u2068": "ký tự cô lập chiều chữ FSI",
    "\u2069": "ký tự kết thúc cô lập chiều chữ PDI",
    "\u3000": "dấu cách chữ Hán – ideographic space",
    "\ufeff": "ký tự đánh dấu BOM vô hình",
}


def is_control(ch: str) -> bool:
    """A C0 or C1 control character, or DEL: never meant in text."""
    return unicodedata.category(ch) == "Cc"


def is_invisible(ch: str) -> bool:
    """A format or separator character that shows nothing: zero-width marks, direction overrides, U+2028/2029;
    and half of a UTF-16 surrogate pair alone (a workbook can write one as _xD800_), which is no character."""
    return unicodedata.category(ch) in ("Cf", "Zl", "Zp", "Cs")


def is_odd_space(ch: str) -> bool:
    """A character that looks like a space but is not the space bar's: non-breaking, thin, ideographic…"""
    return ch != " " and unicodedata.category(ch) == "Zs"


def describe(ch: str) -> str:
    """'dấu cách không ngắt … (mã U+00A0)': a character a clerk cannot see, named so it can be found."""
    if ch in _NAMES:
        name = _NAMES[ch]
    elif is_control(ch):
        name = "ký tự điều khiển không nhìn thấy"
    elif is_odd_space(ch):
        name = "dấu cách đặc biệt, không phải phím cách"
    elif unicodedata.category(ch) == "Cs":
        name = "nửa cặp mã thay thế UTF-16 (surrogate), không phải một ký tự"
    else:
        name = "ký tự định dạng không nhìn thấy"
    return f"{name} (mã U+{ord(ch):04X})"


def visible(text: str) -> str:
    """Text with every control, invisible and direction character written as its code, e.g. [ký tự ẩn U+000A]."""
    if text.isprintable():  # the usual case, at C speed
        return text
    return "".join(f"[ký tự ẩn U+{ord(ch):04X}]" if is_control(ch) or is_invisible(ch) else ch for ch in text)


# What makes a spreadsheet read a cell as a formula (OWASP, CSV injection): = + - @ first, or Tab or CR first.
# Fullwidth and small forms (＝ ﹦ ＋ －…) count as their ASCII letter, as some spreadsheets read them so.
_FORMULA_FIRST = frozenset("=+-@")


def formula_start(text: str) -> str | None:
    """The character that would make a spreadsheet run `text` as a formula, if any."""
    if text[:1] in ("\t", "\r", "\n"):
        return text[0]
    first = next((ch for ch in text if not (ch.isspace() or is_invisible(ch))), "")
    return first if unicodedata.normalize("NFKC", first) in _FORMULA_FIRST else None
