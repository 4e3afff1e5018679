"""What Material's script did as a page loaded that a reader needs before it runs, done at build time instead: the
script now loads at the reader's first interaction (overrides/main.html, README "Hiệu năng").

Code blocks a keyboard can reach: Material's script gives a code block that scrolls sideways `tabindex="0"` (on a
screen with a pointer that hovers), so a keyboard can scroll it (WCAG: scrollable regions are focusable). Before it
runs every code block gets one; once it runs it removes those it would not have given.
"""

from __future__ import annotations

import re

_CODE = re.compile(r"<pre([^>]*)><code(?![^>]*\btabindex=)")


def focusable_code(html: str) -> str:
    """Each `<pre><code>` of a page's content with `tabindex="0"` on its code element, as Material's script sets it."""
    return _CODE.sub(r'<pre\1><code tabindex="0"', html)
