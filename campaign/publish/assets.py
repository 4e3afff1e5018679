"""The site's own stylesheet as browsers get it: comments and spaces taken out, strings left as they are.

The source (docs/stylesheets/thidua.css) keeps its comments, which say why each rule is there; a phone
on a slow line need not download them.
"""

from __future__ import annotations

import re

_STRING = r"""("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')"""
# A string or a comment, scanned together: a quote inside a comment ("Material's") stays in the comment.
_STRING_OR_COMMENT = re.compile(_STRING + r"|/\*.*?\*/", re.DOTALL)


def _squeeze(rules: str) -> str:
    rules = re.sub(r"\s+", " ", rules)
    rules = re.sub(r"\s*([{};,>])\s*", r"\1", rules)
    return re.sub(r":\s+", ":", rules).replace(";}", "}")


def compact_css(text: str) -> str:
    """The same rules in fewer bytes: comments removed, runs of whitespace cut, none around { } ; , > or
    after a colon, outside quoted strings ("Trang " counter(page) keeps its spaces)."""
    text = _STRING_OR_COMMENT.sub(lambda found: found.group(1) or " ", text)
    parts = re.split(_STRING, text)
    return "".join(part if i % 2 else _squeeze(part) for i, part in enumerate(parts)).strip() + "\n"
