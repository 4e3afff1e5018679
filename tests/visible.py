"""The text a reader sees in a built page's content: tags, scripts and styles dropped, whitespace collapsed."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path


class _Article(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0  # inside <article>
        self.skip = 0  # inside <script>, <style> or <svg>
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth += 1
        elif tag in ("script", "style", "svg"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1
        elif tag in ("script", "style", "svg"):
            self.skip -= 1

    def handle_data(self, data):
        if self.depth and not self.skip:
            self.parts.append(data)


def article_text(page: Path) -> str:
    parser = _Article()
    parser.feed(page.read_text(encoding="utf-8"))
    return re.sub(r"\s+", " ", " ".join(parser.parts)).strip()
