"""Where the generated pages of a year go in the navigation while the text page they belong under is not written:
a year started by `make new-year` has its targets' pages before its document is imported (`make import-document`).
Without a place they were left out of the navigation, and MkDocs listed each of them, in English, at every build."""

from __future__ import annotations

from pathlib import Path


def placed(children: dict[str, list[tuple[str, str]]], docs_dir: Path,
           text_pages: tuple[tuple[str, str], ...]) -> dict[str, list[tuple[str, str]]]:
    """`children` (site.nav_children's) with those under a missing text page of a year (one of `text_pages`, as
    site.TEXT_PAGES lists them) moved under that year's scoreboard, which the navigation always has."""
    names = {name for _, name in text_pages}
    out: dict[str, list[tuple[str, str]]] = {}
    for parent, pages in children.items():
        year, _, name = parent.partition("/")
        if name in names and not (Path(docs_dir) / parent).is_file():
            parent = f"{year}/bang-theo-doi/index.md"
        out.setdefault(parent, []).extend(pages)
    return out
