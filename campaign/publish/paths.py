"""Where each page and download of a campaign year lives in the site, and the names they are given."""

from __future__ import annotations

import re

from ..core.model import Target, Unit
from ..read.ids import page_name


class Paths:
    """Where each page of a campaign year lives, relative to the site's source folder.

    Every period's scoreboard has its own address for good; the year's scoreboard page shows the period the site
    leads with (the latest the Office published).
    """

    def __init__(self, year: int):
        self.year = year

    def board(self, period_id: str | None = None) -> str:
        return f"{self.year}/bang-theo-doi/{'index' if period_id is None else period_id}.md"

    def pack(self, period_id: str) -> str:
        """The Council's review pack of a period, for print."""
        return f"{self.year}/hoi-dong/{period_id}.md"

    def target(self, target: Target) -> str:
        return f"{self.year}/chi-tieu/{target_slug(target)}.md"

    def targets_text(self, item: str | None = None) -> str:
        """The campaign's own section II; `item` an anchor of it (chi-tieu-3)."""
        return f"{self.year}/chi-tieu/index.md" + (f"#{item}" if item else "")

    def units(self) -> str:
        return f"{self.year}/don-vi/index.md"

    def unit(self, unit: Unit) -> str:
        return f"{self.year}/don-vi/{unit.id}.md"

    def checklists(self) -> str:
        return f"{self.year}/danh-muc.md"

    def activities(self) -> str:
        return f"{self.year}/hoat-dong.md"

    def timeline(self) -> str:
        return f"{self.year}/moc-thoi-gian.md"

    def commendations(self) -> str:
        return f"{self.year}/khen-thuong.md"

    def history(self) -> str:
        return f"{self.year}/nhat-ky-so-lieu.md"

    # A period's downloads sit in a folder of the period's own ("ky-" and its id), the year's beside those folders,
    # the Office's templates in "mau-nhap": no period id can make two downloads share a name.
    def download(self, period_id: str, extension: str) -> str:
        return f"{self.year}/tai-ve/ky-{period_id}/bang-theo-doi-{self.year}-{period_id}.{extension}"

    def pack_workbook(self, period_id: str) -> str:
        return f"{self.year}/tai-ve/ky-{period_id}/ho-so-hoi-dong-{self.year}-{period_id}.xlsx"

    def year_workbook(self) -> str:
        return f"{self.year}/tai-ve/bang-theo-doi-{self.year}-moi-ky.xlsx"

    def template(self, period_id: str) -> str:
        """The period's input workbook; named as the data file it becomes, so an upload keeps the right name."""
        return f"{self.year}/tai-ve/mau-nhap/{period_id}.xlsx"

    def content_item(self, number: int) -> str:
        return f"{self.year}/noi-dung.md#noi-dung-{number}"


def target_slug(target: Target) -> str:
    return page_name(target.id)  # ids.check_ids holds these unique and unreserved


def document_item(target: Target) -> str | None:
    """The item of the document a target stands in: "II.3" for II.3f. The letter is this site's numbering;
    a target whose code does not follow the document (a criterion added later) has none."""
    found = re.fullmatch(r"([IVX]+\.(\d+))[a-z]*", target.id)
    return found.group(1) if found else None
