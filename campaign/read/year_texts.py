"""Checks of a year's texts as a whole, beside its schema and its meaning: markers of the illustrative data left in
a year marked real, last year's "năm …" left by `make new-year`, a launch document not yet on the site or dated on
no day of the calendar."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..core.catalogue import DATE_INVALID, ILLUSTRATIVE_MARKER, LAST_YEAR_IN_TEXT, LAUNCH_DOCUMENT_MISSING
from ..core.fold import fold
from ..core.model import Campaign
from ..core.problems import Problem
from .strict_yaml import Document

# What the shipped illustrative data marks itself with: a "(minh họa)" in a name, an "MH-" decision number.
_MARKER = re.compile(r"minh\s*hoa|^\s*mh-", re.IGNORECASE)


def looks_illustrative(text: str) -> bool:
    """Whether `text` carries a marker of the illustrative data, however its marks were typed."""
    return bool(_MARKER.search(fold(text)))


def illustrative_markers(campaign: Campaign, docs: list[Document]) -> list[Problem]:
    """In a year marked real, each text that still carries an illustrative marker, at its line."""
    if campaign.illustrative:
        return []
    found = []
    for doc in docs:
        for path, value in _texts(doc.value, ()):
            if looks_illustrative(value):
                found.append(doc.problem(path, ILLUSTRATIVE_MARKER, value=value if len(value) <= 60
                                         else value[:57] + "…"))
    return found


def last_year_mentions(year: int, doc: Document) -> list[Problem]:
    """Texts of the campaign of `year` (its folder's name) that still say "năm <last year>": likely copied by
    make new-year and not yet edited to the new launch document."""
    said = re.compile(rf"\bnăm\s+{year - 1}\b", re.IGNORECASE)
    return [doc.problem(path, LAST_YEAR_IN_TEXT, value=value if len(value) <= 60 else value[:57] + "…",
                        year=year, last=year - 1)
            for path, value in _texts(doc.value, ()) if said.search(value)]


def launch_document_missing(campaign: Campaign, doc: Document) -> list[Problem]:
    """A year whose launch document is not on the site yet (make new-year leaves its facts empty), at the first
    empty fact's line: the site says so instead of showing another year's."""
    missing = campaign.document.missing
    if not missing:
        return []
    return [doc.problem(("van_ban", missing[0]), LAUNCH_DOCUMENT_MISSING, year=campaign.year, keys=", ".join(missing))]


def launch_document_day(campaign: Campaign, doc: Document) -> list[Problem]:
    """The launch document's day, when written in figures, is a day of its month: the home page and the timeline
    print it ("ngày 31 tháng 02 năm 2022" was published as written)."""
    d = campaign.document
    day = d.day.strip()
    if not day.isdigit() or not day.isascii() or d.month is None or d.year is None:
        return []
    try:
        date(d.year, d.month, int(day))
    except ValueError:
        return [doc.problem(("van_ban", "ngay"), DATE_INVALID, value=f"{day}/{d.month:02d}/{d.year}")]
    return []


def _texts(value: Any, path: tuple):
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _texts(item, path + (index,))


