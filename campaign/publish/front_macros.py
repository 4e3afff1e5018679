"""The macros the hand-written pages call for the newest year's front and the Office's guide: the home page's lead
and its links to the year's text pages (launch.py), the guide's table of data files, what each period's template
expects, the reference of every data field (field_guide.py), and the year its examples speak of. site.macros adds
them to its own, so MkDocs' macros plugin and the exported source (`make site`) fill them in alike."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from . import field_guide, guide, launch

if TYPE_CHECKING:
    from .site import Build

# The department as mkdocs.yml names it (`copyright`), who launches the campaign on the home page.
DEPARTMENT = "Sở Khoa học và Công nghệ tỉnh Cao Bằng"


def macros(build: Build, here: str, department: str = DEPARTMENT) -> dict[str, Callable[[], object]]:
    years = build.data.years
    data_dir, docs_dir = Path(build.data_dir or "data"), Path(build.docs_dir or "docs")
    return {
        "home_title": lambda: launch.title(years),
        "home_lead": lambda: launch.lead(years, department),
        "home_document": lambda: launch.document_links(years, docs_dir, here),
        "data_files": lambda: guide.data_files(years),
        "period_templates": lambda: guide.period_templates(years),
        "field_reference": lambda: field_guide.field_reference(data_dir, [y.year for y in years]),
        # The year the guide's examples speak of: the newest, the one the Office is working on.
        "nam": lambda: guide.leading(years).year,
    }
