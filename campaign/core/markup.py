"""Text from data made safe inside Markdown, HTML attributes and spreadsheet cells: nothing from data ever comes
alive."""

from __future__ import annotations

import html
import re

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


def spreadsheet_cell(value: object) -> str:
    """A CSV cell that Excel or LibreOffice shows as text, never runs: OWASP's rule for CSV injection, a
    single quote before a cell that starts like a formula (the writer quotes every field)."""
    text = "" if value is None else str(value)
    return "'" + text if formula_start(text) else text
