"""The site's search index: Material's sections, with every word located and folded at build time.

Material's search plugin cuts pages into sections ({location, title, text}); the title and
text are escaped HTML that keeps a few tags (p, li, code...). This module locates each word
in them, skipping tags and entities, and records its folded key, so the browser only has to
fold the query (overrides/search/engine.js). Offsets count UTF-16 code units, as JavaScript
strings do, so that a character outside the BMP does not shift the highlights after it.
Words inside <pre> (the guide's YAML examples) are marked as code: the engine still finds them,
but ranks a section by its prose, so an example never outranks a page about the words.
"""

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..core.fold import search_key, word_spans

# What the theme's HTML-escaped fields contain besides words: tags and character references.
_MARKUP = re.compile(r"<[^>]*>|&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
_TAG = re.compile(r"<(/?)[^>]*?(/?)>")

# Block ends after which Material's indexer would glue the next words on ("Văn phòngTrung tâm"):
# it keeps no whitespace of its own between cells, rows or divisions.
_GLUING_END = re.compile(
    r"(</(?:td|th|tr|thead|tbody|tfoot|caption|table|div|dt|dd|h[1-6])>|<br\s*/?>)(?=\S)",
    re.IGNORECASE,
)
_PRE = re.compile(r"(<pre\b.*?</pre>)", re.IGNORECASE | re.DOTALL)
_PRE_TAG = re.compile(r"<(/?)pre\b", re.IGNORECASE)

Span = tuple[int, int]


@dataclass(frozen=True)
class IndexedText:
    """An HTML-escaped field and its words: keys to match, spans (UTF-16) to highlight, and the runs of words
    (first index, index past the last) that stand inside <pre>."""

    html: str
    keys: tuple[str, ...]
    spans: tuple[Span, ...]
    code: tuple[Span, ...] = ()

    def words_json(self) -> dict[str, Any]:
        """Keys joined by spaces; spans as (gap since the previous word's end, length) pairs; code runs as
        (first, past the last) word indexes, when there are any."""
        flat: list[int] = []
        end = 0
        for start, stop in self.spans:
            flat += [start - end, stop - start]
            end = stop
        data: dict[str, Any] = {"keys": " ".join(self.keys), "spans": flat}
        if self.code:
            data["code"] = [index for run in self.code for index in run]
        return data


@dataclass(frozen=True)
class Section:
    """One result the search can show: a page, or a heading of it."""

    location: str
    title: IndexedText
    text: IndexedText
    blocks: tuple[Span, ...]
    boost: float = 1.0

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "location": self.location,
            "title": self.title.html,
            "text": self.text.html,
            "title_words": self.title.words_json(),
            "text_words": self.text.words_json(),
            "blocks": [offset for block in self.blocks for offset in block],
        }
        if self.boost != 1.0:
            data["boost"] = self.boost
        return data


def separate_blocks(html: str) -> str:
    """Put a line break after table cells, rows, divisions and <br>, outside <pre>.

    Browsers do not render it; it keeps the words of neighbouring cells apart in the index.
    """
    parts = _PRE.split(html)
    return "".join(
        part if i % 2 else _GLUING_END.sub(r"\1\n", part) for i, part in enumerate(parts)
    )


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class _Identity:
    """The offsets of a text with no character outside the BMP: a code point is one UTF-16 unit."""

    def __getitem__(self, index: int) -> int:
        return index


def _utf16_offsets(text: str):
    """Offset in UTF-16 code units of each code point index, plus the end (indexable)."""
    if not _ASTRAL.search(text):  # nearly every text: no list to build
        return _Identity()
    offsets = [0]
    for ch in text:
        offsets.append(offsets[-1] + (2 if ord(ch) > 0xFFFF else 1))
    return offsets


def index_html(html: str) -> IndexedText:
    """Locate and fold the words of an HTML-escaped field, in NFC."""
    html = unicodedata.normalize("NFC", html)
    utf16 = _utf16_offsets(html)
    keys: list[str] = []
    spans: list[Span] = []
    code: list[Span] = []
    preformatted = 0  # depth of <pre> elements around the cursor
    cursor = 0
    for piece in [*_MARKUP.finditer(html), None]:
        stop = piece.start() if piece else len(html)
        first = len(keys)
        for start, end in word_spans(html[cursor:stop]):
            keys.append(search_key(html[cursor + start : cursor + end]))
            spans.append((utf16[cursor + start], utf16[cursor + end]))
        if preformatted and len(keys) > first:
            if code and code[-1][1] == first:
                code[-1] = (code[-1][0], len(keys))
            else:
                code.append((first, len(keys)))
        if piece:
            tag = _PRE_TAG.match(piece.group())
            if tag:
                preformatted = max(preformatted + (-1 if tag.group(1) else 1), 0)
            cursor = piece.end()
    return IndexedText(html, tuple(keys), tuple(spans), tuple(code))


def top_level_blocks(html: str) -> tuple[Span, ...]:
    """Spans (UTF-16) of the top-level elements and loose text runs: the excerpts a result can show."""
    utf16 = _utf16_offsets(html)
    blocks: list[Span] = []
    depth = 0
    start = 0
    for tag in _TAG.finditer(html):
        closing, self_closing = tag.group(1), tag.group(2)
        if depth == 0 and tag.start() > start and html[start : tag.start()].strip():
            blocks.append((start, tag.start()))
        if depth == 0:
            start = tag.start()
        if closing:
            depth = max(depth - 1, 0)
        elif not self_closing:
            depth += 1
        if depth == 0:
            blocks.append((start, tag.end()))
            start = tag.end()
    if start < len(html) and html[start:].strip():
        blocks.append((start, len(html)))
    return tuple((utf16[a], utf16[b]) for a, b in blocks)


def section_from_entry(entry: Mapping[str, Any]) -> Section:
    """A section from one document of Material's search_index.json."""
    text = index_html(entry.get("text", ""))
    return Section(
        location=entry["location"],
        title=index_html(entry.get("title", "")),
        text=text,
        blocks=top_level_blocks(text.html),
        boost=float(entry.get("boost", 1.0)),
    )


def folded_index(entries: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """The index the search worker fetches on the reader's first query."""
    return {"docs": [section_from_entry(entry).to_json() for entry in entries]}


def stub_index(material_index: Mapping[str, Any]) -> dict[str, Any]:
    """What stays in search/search_index.json, which the theme fetches on every page load:
    its configuration without the documents, a few hundred bytes instead of the whole site."""
    return {"config": material_index.get("config", {}), "docs": []}
