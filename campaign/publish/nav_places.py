"""Where the generated pages of a year go in the navigation while the text page they belong under is not written:
a year started by `make new-year` has its targets' pages before its document is imported (`make import-document`).
Without a place they are left out of the navigation and MkDocs lists each of them, in English, at every build.

(The place belongs in site.nav_children, keyed by the year's scoreboard when its text page is missing; this module
does it after site.navigation until then.)"""

from __future__ import annotations

from pathlib import Path

from .site import TEXT_PAGES, expand_nav


def placed(nav: list, children: dict[str, list[tuple[str, str]]], docs_dir: Path) -> list:
    """`nav` with the `children` (site.nav_children's) of a year's missing text page put under that year's
    scoreboard, which the navigation always has."""
    text_pages = {name for _, name in TEXT_PAGES}
    orphans: dict[str, list[tuple[str, str]]] = {}
    for parent, pages in children.items():
        year, _, name = parent.partition("/")
        if name in text_pages and not (Path(docs_dir) / parent).is_file():
            orphans.setdefault(f"{year}/bang-theo-doi/index.md", []).extend(pages)
    return expand_nav(nav, orphans) if orphans else nav
