"""What a workbook cell shows: enough of Excel's number formats to tell when a cell shows another figure or text
than the value it holds, or nothing at all.

A number format is up to four sections (positive; negative; zero; text) of digit placeholders, literals in quotes,
colours and conditions in brackets. `"2"` shows 2 whatever the cell holds, `;;;` shows nothing, `0,` divides by a
thousand, `0%` multiplies by a hundred and rounds. The Office's reviewer sees what Excel shows; the checker reads
what the cell holds: when the two differ, the cell is refused (`differs`), never read silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

# Bracketed parts that only colour a section, name a locale or a currency, or count elapsed time.
_COLOUR = re.compile(r"(?i)black|blue|cyan|green|magenta|red|white|yellow|color\s*\d{1,2}")
_LOCALE = re.compile(r"\$([^-\]]*)(?:-[0-9A-Fa-f]+)?")
_ELAPSED = re.compile(r"(?i)h+|m+|s+")
_DATE_LETTERS = set("yYmMdDhHsSeEbBgG")
# Literal text that changes how a figure reads: digits, signs, a percent sign, separators of decimals or thousands.
_MISLEADING = re.compile(r"[0-9\-+−%‰.,]")
_PLACEHOLDERS = set("0#?")
# Far above any figure the schemas allow (100000 people, 100 %): larger values are refused for their size.
_LARGEST = Decimal(10) ** 15


@dataclass
class Section:
    """One section of a number format, read into what decides what it shows."""

    literal: str = ""  # every literal character, in order
    placeholders: int = 0
    decimals: int = 0  # placeholders after the decimal point
    percent: int = 0  # each % multiplies by 100
    scaling: int = 0  # each comma after the last placeholder divides by 1000
    general: bool = False
    text: bool = False  # @: the text itself
    exponent: bool = False
    fraction: bool = False
    date: set[str] = field(default_factory=set)  # date letters, lower case
    system_date: bool = False  # [$-F800]: the system's long date
    condition: bool = False
    unknown: bool = False  # a bracket Excel may read another way ([DBNum1], a lone bracket)

    @property
    def shows_a_number(self) -> bool:
        return self.general or self.placeholders > 0


def sections(code: str) -> list[Section]:
    """The sections of a format code, each read by `_section`."""
    parts, current, quoted, i = [], [], False, 0
    while i < len(code):
        ch = code[i]
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in "\\_*" and i + 1 < len(code):
            current.append(code[i:i + 2])
            i += 2
            continue
        elif not quoted and ch == ";":
            parts.append("".join(current))
            current = []
            i += 1
            continue
        current.append(ch)
        i += 1
    parts.append("".join(current))
    return [_section(part) for part in parts]


def _section(code: str) -> Section:
    s = Section()
    block = ""  # the number's own characters in order: placeholders, the decimal point, commas
    i = 0
    while i < len(code):
        ch = code[i]
        if ch == '"':
            end = code.find('"', i + 1)
            end = len(code) if end < 0 else end
            s.literal += code[i + 1:end]
            i = end + 1
            continue
        if ch == "\\" and i + 1 < len(code):
            s.literal += code[i + 1]
            i += 2
            continue
        if ch == "_" and i + 1 < len(code):  # a space the width of the next character
            i += 2
            continue
        if ch == "*" and i + 1 < len(code):  # the next character repeated to fill the cell
            s.literal += code[i + 1] * 3
            i += 2
            continue
        if ch == "[":
            end = code.find("]", i)
            if end < 0:
                s.unknown = True
                break
            _bracket(s, code[i + 1:end])
            i = end + 1
            continue
        if code[i:i + 7].casefold() == "general":
            s.general = True
            i += 7
            continue
        if code[i:i + 5].upper() == "AM/PM" or code[i:i + 3].upper() == "A/P":
            i += 5 if code[i:i + 5].upper() == "AM/PM" else 3
            continue
        if ch in _PLACEHOLDERS or ch == "," or (ch == "." and not s.date and "." not in block):
            block += ch
        elif ch == "%":
            s.percent += 1
        elif ch in "Ee" and code[i + 1:i + 2] in ("+", "-") and block:
            s.exponent = True
            i += 2
            continue
        elif ch == "/" and block:
            s.fraction = True
        elif ch == "@":
            s.text = True
        elif ch in _DATE_LETTERS:
            s.date.add(ch.lower())
        elif not ch.isspace():  # digits other than 0 too: Excel shows them as they are
            s.literal += ch
        i += 1
    whole, _, decimals = block.partition(".")
    s.placeholders = sum(ch in _PLACEHOLDERS for ch in block)
    s.decimals = sum(ch in _PLACEHOLDERS for ch in decimals)
    # Commas inside the whole part group thousands; each comma after its last placeholder (or among the
    # decimals) divides by a thousand.
    s.scaling = len(whole) - len(whole.rstrip(",")) + decimals.count(",")
    return s


def _bracket(s: Section, inside: str) -> None:
    """A [..] part: a colour, a locale or currency (its symbol is shown), elapsed time, or a condition."""
    locale = _LOCALE.fullmatch(inside)
    if re.fullmatch(r"\s*(<=|>=|<>|<|>|=)\s*-?[0-9.]+\s*", inside):
        s.condition = True
    elif locale:
        s.literal += locale.group(1)
        s.system_date = s.system_date or inside.upper() in ("$-F800", "$-X-SYSDATE")
    elif _ELAPSED.fullmatch(inside):
        s.date.add(inside[0].lower())
    elif not _COLOUR.fullmatch(inside):
        s.unknown = True


def _pick(parts: list[Section], value: float | int) -> tuple[Section, bool]:
    """The section Excel uses for a number, and whether a minus sign is shown for it by Excel itself."""
    if value < 0:
        return (parts[1], False) if len(parts) > 1 else (parts[0], True)
    if value == 0 and len(parts) > 2:
        return parts[2], False
    return parts[0], False


def percent_scale(code: str, value: float | int) -> int:
    """How many times the cell's format multiplies `value` by 100 for display (the % signs of its section)."""
    return _pick(sections(code or "General"), value)[0].percent


def _number_text(value: Decimal) -> str:
    text = f"{value:f}".rstrip("0").rstrip(".") if "." in f"{value:f}" else f"{value:f}"
    return text.replace(".", ",")


def differs(value: object, code: str | None, *, percent_column: bool) -> tuple[str, str] | None:
    """(what the cell shows, in the clerk's words; the value it holds) when its format `code` makes it show
    another figure or text than its value, or nothing; None when it shows the value.

    `percent_column`: the column holds a percentage, which a % in the format shows as it is meant (24,5 % is
    stored 0.245); elsewhere a % shows 3 people as 300 %."""
    code = code or "General"
    parts = sections(code)
    if isinstance(value, bool):
        return None  # Excel shows TRUE/FALSE whatever the format
    if isinstance(value, str):
        return _text_differs(value, parts)
    if isinstance(value, (datetime, date)):
        return _date_differs(value, parts)
    if not isinstance(value, (int, float)):
        return None
    try:
        exact = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    except InvalidOperation:
        return None
    if not exact.is_finite() or abs(exact) > _LARGEST:
        return None  # refused for what it is by the reader or the schema, whatever it shows
    held = _number_text(exact)
    if any(p.condition for p in parts):
        return "đổi cách hiện tùy theo giá trị (định dạng có điều kiện)", held
    section, minus = _pick(parts, value)
    if value == 0 and not section.shows_a_number and section.literal.strip() == "-":
        return None  # the accounting formats' dash for zero (Excel's Comma Style button)
    if section.unknown:
        return "hiện theo một định dạng lạ", held
    if not section.shows_a_number:
        if section.literal.strip():
            return f"hiện “{section.literal.strip()}” thay cho con số", held
        return "không hiện gì (ô trông như để trống)", held
    if section.text or section.date:
        return "hiện con số dưới dạng chữ hay ngày tháng", held
    if section.exponent or section.fraction:
        return "hiện con số dưới dạng số khoa học hay phân số", held
    if _MISLEADING.search(section.literal):
        return f"hiện thêm “{section.literal.strip()}” bên cạnh con số", held
    if value < 0 and not minus and not ("(" in section.literal and ")" in section.literal):
        return "hiện con số không có dấu trừ", held
    if section.general:
        return None
    shown = abs(exact) * Decimal(100) ** section.percent / Decimal(1000) ** section.scaling
    rounded = shown.quantize(Decimal(1).scaleb(-section.decimals), rounding=ROUND_HALF_UP)  # as Excel rounds
    if section.scaling:
        return f"hiện {_number_text(rounded)} (chia cho {1000 ** section.scaling:,})".replace(",", "."), held
    if section.percent > 1 or (section.percent and not percent_column):
        return f"hiện {_number_text(rounded)}{'%' * section.percent}", held
    if rounded != shown:
        sign = "%" if section.percent else ""
        return f"hiện {_number_text(rounded)}{sign} (làm tròn)", f"{_number_text(shown)}{sign}"
    return None


def _text_differs(value: str, parts: list[Section]) -> tuple[str, str] | None:
    held = f"“{value if len(value) <= 40 else value[:37] + '…'}”"
    if len(parts) >= 4:
        section = parts[3]
    else:
        section = next((p for p in parts if p.text), None)
        if section is None:
            return None  # a format without a text section shows text as it is
    if not section.text:
        shown = section.literal.strip()
        return (f"hiện “{shown}” thay cho chữ" if shown else "không hiện gì (ô trông như để trống)"), held
    if section.literal.strip():
        return f"hiện thêm “{section.literal.strip()}” bên cạnh chữ", held
    return None


def _date_differs(value: date, parts: list[Section]) -> tuple[str, str] | None:
    held = value.strftime("%d/%m/%Y")
    section = parts[0]
    if section.system_date:
        return None
    if _MISLEADING.sub("", section.literal) != section.literal and any(ch.isdigit() for ch in section.literal):
        return f"hiện thêm “{section.literal.strip()}” bên cạnh ngày", held
    missing = [name for letter, name in (("d", "ngày"), ("m", "tháng"), ("y", "năm")) if letter not in section.date]
    if missing:
        return f"không hiện {', '.join(missing)}", held
    return None
