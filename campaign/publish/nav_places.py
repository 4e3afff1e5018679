"""Where the generated pages of a year go in the navigation while the text page they belong under is not written:
a year started by `make new-year` has its targets' pages before its document is imported (`make import-document`).
Without a place they are left out of the navigation and MkDocs lists each of them, in English, at every build."""

from __future__ import annotations

from pathlib import Path

from .site import TEXT_PAGES


def placed(children: dict[str, list[tuple[str, str]]], docs_dir: Path) -> dict[str, list[tuple[str, str]]]:
    """`children` (site.nav_children's) with those under a missing text page of a year moved under that year's
    scoreboard, which the navigation always has."""
    text_pages = {name for _, name in TEXT_PAGES}
    out: dict[str, list[tuple[str, str]]] = {}
    for parent, pages in children.items():
        year, _, name = parent.partition("/")
        if name in text_pages and not (Path(docs_dir) / parent).is_file():
            parent = f"{year}/bang-theo-doi/index.md"
        out.setdefault(parent, []).extend(pages)
    return out
