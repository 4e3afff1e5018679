"""Text from data made safe inside Markdown, HTML attributes and spreadsheet cells: nothing from data ever comes
alive."""

from __future__ import annotations

import csv
import html
import io
import re
from typing import Iterable, Sequence

from .chars import formula_start

# Python-Markdown's escapable characters, plus | for tables; < > & are left to html.escape.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")
# Every line break Python-Markdown or a browser may honour (CR alone ends a line too), tabs, and runs of
# spaces (four make a code block after '> ' or '- ', two before a break a <br>): one space. HTML shows no more.
_BREAKS = re.compile("(?:\r\n|[ \t\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]){2,}|[\t\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# Other control characters, and those that reorder or hide text: shown as a replacement mark. The checker
# refuses all of them; this is the last line of defence should a page ever be made from unchecked text.
_HIDDEN = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\u00ad\u061c\u180e\u200b-\u200f"
                     "\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]")


def plain(text: object) -> str:
    """Text from data on one line, without characters that move, hide or reorder what follows."""
    return _HIDDEN.sub("\ufffd", _BREAKS.sub(" ", str(text)))


def md(text: object) -> str:
    """Text from data, safe inside Markdown: no HTML, no emphasis, no links, no table breaks, one line."""
    return html.escape(_MD_SPECIAL.sub(r"\\\1", plain(text)), quote=False)


def attr(text: object) -> str:
    return html.escape(plain(text), quote=True)


# Where a spreadsheet may start a new cell inside a field: the list separators of English and Vietnamese Excel
# ("," and ";"), Tab (LibreOffice offers it), and line breaks. Read with a separator other than the writer's,
# quotes no longer hold a field together, so every part that follows one of these starts a cell of its own.
_CELL_BREAK = re.compile(r"([,;\t\r\n])")
_LEADING_QUOTES = re.compile(r'^[\s"]+')


def spreadsheet_cell(value: object) -> str:
    """A CSV cell that Excel or LibreOffice shows as text, never runs, whatever separator it reads the file with.

    OWASP's rule for CSV injection, a single quote before a cell that starts like a formula, applied to the
    field and to every part of it that follows a "," a ";", a Tab or a line break: read with ";" (Vietnamese
    Excel's list separator), `Thử;=1+2` would otherwise hold a cell `=1+2`."""
    text = "" if value is None else str(value)
    if formula_start(text) or formula_start(_LEADING_QUOTES.sub("", text)):
        text = "'" + text
    if not _CELL_BREAK.search(text):
        return text
    parts = _CELL_BREAK.split(text)
    for index in range(2, len(parts), 2):  # the parts after a separator (odd indexes are the separators)
        if formula_start(_LEADING_QUOTES.sub("", parts[index])):
            parts[index] = "'" + parts[index]
    return "".join(parts)


def csv_text(rows: Iterable[Sequence[object]]) -> str:
    """A whole CSV download: a BOM, so that Excel reads the Vietnamese letters as UTF-8; every field quoted; every
    cell inert under "," and ";" alike (`spreadsheet_cell`); lines ended by CR LF, as Excel writes them."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    for row in rows:
        writer.writerow([spreadsheet_cell(cell) for cell in row])
    return "\ufeff" + buffer.getvalue()
