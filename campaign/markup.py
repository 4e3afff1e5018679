"""Text from data made safe inside Markdown and HTML attributes: no markup from data ever comes alive."""

from __future__ import annotations

import html
import re

# Python-Markdown's escapable characters, plus | for tables; < > & are left to html.escape.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")


def md(text: object) -> str:
    """Text from data, safe inside Markdown: no HTML, no emphasis, no links, no table breaks."""
    return html.escape(_MD_SPECIAL.sub(r"\\\1", str(text)), quote=False).replace("\n", " ")


def attr(text: object) -> str:
    return html.escape(str(text), quote=True)
