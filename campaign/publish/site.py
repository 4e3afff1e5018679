"""What a site generator needs from the campaign: the checked data, its review, and every page and file made from
them; the navigation; and the whole source of the site written into a folder.

MkDocs' hooks (hooks/) call these functions, and so does `python -m campaign site DIR`, which writes the complete
source a generator builds: the Markdown of every page (hand-written and generated), the downloads and the
navigation, so another generator can build the same site.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Mapping

from ..core import vi
from ..core.model import CampaignYear, Dataset
from ..core.problems import summary
from ..history import log as history
from ..read.load import load
from ..score.review import YearReview, reviews
from . import front_macros, guide
from .downloads import scoreboard_csv, scoreboard_json
from .markdown import Context
from .nav_places import placed
from .pages import home, lists, log, pack, scoreboard, target, units
from .pages.common import paths_of
from .paths import Paths
from .workbooks import pack_workbook, scoreboard_workbook, template_workbook


class DataError(Exception):
    """The data has errors: the site must not be built. The message is the full Vietnamese report."""


def checked_data(data_dir: Path) -> Dataset:
    """The checked data; raises DataError with every problem."""
    data, report = load(data_dir)
    if data is None:
        lines = [p.as_text() for p in report.problems]
        raise DataError("Số liệu có lỗi, trang web không được tạo:\n" + "\n".join(lines) + "\n"
                        + summary(report.problems))
    return data


@dataclass(frozen=True)
class Build:
    """What one build knows, computed once: the checked data, each year's review, each year's history from git,
    and what each year's pages know besides the data (the last update's day, the hand-written pages present)."""

    data: Dataset
    reviews: Mapping[int, YearReview]
    histories: Mapping[int, history.YearHistory]
    contexts: Mapping[int, Context] = field(default_factory=dict)
    data_dir: Path | None = None  # the folders it was made from: the guide's field reference reads the data's
    docs_dir: Path | None = None  # examples, the home page the year's text pages

    def review(self, year: int) -> YearReview:
        return self.reviews[year]


def make_build(data_dir: Path, docs_dir: Path) -> Build:
    data = checked_data(data_dir)
    years = [y.year for y in data.years]
    histories = history.read(data_dir, years)
    text_pages = frozenset(p.relative_to(docs_dir).as_posix() for p in Path(docs_dir).rglob("*.md"))
    contexts = {y: Context(histories[y].last_update.isoformat() if histories[y].last_update else None, text_pages)
                for y in years}
    return Build(data, reviews(data.years), histories, contexts, data_dir, Path(docs_dir))


@dataclass(frozen=True)
class GeneratedFile:
    """A file of the site made from data: a page's Markdown, or a download."""

    path: str
    content: str | bytes


def _front_matter(title: str, wide: bool, searched: bool = True) -> str:
    # The theme prints page titles unescaped (in <title> and the navigation), so a title taken from
    # data is given here already escaped, braces included so no template engine reads it as code.
    hide = "hide:\n  - toc\n" if wide else ""
    search = "" if searched else "search:\n  exclude: true\n"
    return (f"---\ntitle: {json.dumps(escape_title(title), ensure_ascii=False)}\nrender_macros: false\n{hide}"
            f"{search}---\n")


def escape_title(title: str) -> str:
    return html.escape(title, quote=True).replace("{", "&#123;").replace("}", "&#125;")


def year_files(build: Build, year: CampaignYear) -> list[GeneratedFile]:
    """Every page and download made from one campaign year."""
    yr = build.review(year.year)
    paths = paths_of(yr)
    y = year.year
    context = build.contexts.get(y, Context())
    files = []

    def page(path: str, title: str, render, wide: bool = False, searched: bool = True) -> None:
        # Wide tables get the width of the page's table of contents, which they do not need.
        files.append(GeneratedFile(path, _front_matter(title, wide, searched) + render(here=path)))

    leading = yr.leading.period
    # The year's scoreboard shows the period the site leads with; the same board at its own address is the one
    # search finds.
    page(paths.board(), f"Bảng theo dõi năm {y}: {leading.name}",
         lambda here: scoreboard.scoreboard_page(yr, here=here, context=context), wide=True, searched=False)
    for review in yr.periods:
        period = review.period
        page(paths.board(period.id), f"Bảng theo dõi năm {y}: {period.name}",
             lambda here, p=period.id: scoreboard.scoreboard_page(yr, p, here=here, context=context), wide=True)
        page(paths.pack(period.id), f"Hồ sơ trình Hội đồng: {vi.period_in_year(period.name, y)}",
             lambda here, p=period.id: pack.pack_page(yr, p, here=here, context=context), wide=True, searched=False)
        files.append(GeneratedFile(paths.download(period.id, "csv"), scoreboard_csv(review)))
        files.append(GeneratedFile(paths.download(period.id, "json"), scoreboard_json(review)))
        files.append(GeneratedFile(paths.download(period.id, "xlsx"), scoreboard_workbook(yr, period.id)))
        files.append(GeneratedFile(paths.pack_workbook(period.id), pack_workbook(yr, period.id)))
        files.append(GeneratedFile(paths.template(period.id), template_workbook(year, period.id)))
    files.append(GeneratedFile(paths.year_workbook(), scoreboard_workbook(yr)))
    for t in year.campaign.targets:
        page(paths.target(t), f"{t.id}. {t.name}",
             lambda here, i=t.id: target.target_page(yr, i, here=here, context=context))
    page(paths.units(), f"Các phòng, đơn vị năm {y}", lambda here: units.units_page(yr, here=here, context=context),
         wide=True)
    for u in year.units:
        page(paths.unit(u), u.name, lambda here, i=u.id: units.unit_page(yr, i, here=here, context=context))
    page(paths.checklists(), f"Danh mục nhiệm vụ năm {y}",
         lambda here: lists.checklists_page(yr, here=here, context=context))
    linked = paths.content_item(1).split("#")[0] in context.text_pages
    page(paths.activities(), f"Hoạt động theo nội dung năm {y}",
         lambda here: lists.activities_page(yr, linked, here=here, context=context))
    page(paths.timeline(), f"Mốc thời gian năm {y}", lambda here: lists.timeline_page(yr, here=here))
    page(paths.commendations(), f"Khen thưởng năm {y}",
         lambda here: lists.commendations_page(yr, here=here, context=context))
    year_log = build.histories.get(y) or history.YearHistory(y, limitation=history.NOT_GIT)
    page(paths.history(), f"Nhật ký cập nhật số liệu năm {y}", lambda here: log.history_page(yr, year_log, here=here))
    return files


def generated_files(build: Build) -> list[GeneratedFile]:
    """Every file made from data, for every year."""
    return [f for year in build.data.years for f in year_files(build, year)]


def not_found_links(build: Build, docs_dir: Path) -> dict:
    """Where the page for a missing address sends the reader (overrides/404.html): home, the newest year's
    scoreboard, the guide; addresses as the built site has them."""
    newest = max((y.year for y in build.data.years), default=None)
    return {"home": "", "year": newest, "board": f"{newest}/bang-theo-doi/" if newest else "",
            "guide": "huong-dan/" if (docs_dir / "huong-dan.md").is_file() else ""}


def site_parts(site_name: str) -> list[str]:
    """The site's name in the parts the header puts on two lines on a phone: "Thi đua năm 2021", "Sở KH&CN…"."""
    return site_name.split(" — ", 1)


def home_summary(build: Build, here: str) -> str:
    return home.home_summary(build.reviews, here, contexts=build.contexts)


def macros(build: Build, here: str) -> dict[str, Callable[[], str]]:
    """The macros the hand-written pages call, for the page at `here`: MkDocs' macros plugin registers these, and
    the site's exported source fills them in."""
    return {
        "home_summary": lambda: home_summary(build, here),
        "problem_codes": guide.problem_codes,
        "unit_entry_example": guide.unit_entry_example,
        "workbook_templates": lambda: guide.workbook_templates(build.data.years, here=here),
        **front_macros.macros(build, here),
    }


# A unit's page lists its siblings in the navigation; past this many the list of units (one tap away, from
# the home page too) is the way to them, or every unit's page would carry every unit's name.
NAV_UNITS_MOST = 40


def nav_children(build: Build) -> dict[str, list[tuple[str, str]]]:
    """The generated pages that belong under a page of the navigation: (escaped title, path) by its path."""
    children = {}
    for year in build.data.years:
        paths = paths_of(build.review(year.year))
        children[paths.targets_text()] = [(escape_title(f"{t.id}. {t.name}"), paths.target(t))
                                          for t in year.campaign.targets]
        if len(year.units) <= NAV_UNITS_MOST:
            children[paths.units()] = [(escape_title(u.name), paths.unit(u))
                                       for u in vi.sort_names(year.units, key=lambda u: u.name)]
    return children


def expand_nav(nav: list, children: dict[str, list[tuple[str, str]]]) -> list:
    """`nav` (navigation()'s) with generated pages under the pages they belong to: after a section's first
    page, or, for a page elsewhere, in a section it then opens (its title links to it). Unchanged otherwise."""
    out = []
    for i, entry in enumerate(nav):
        title, value = next(iter(entry.items())) if isinstance(entry, dict) else (None, entry)
        if isinstance(value, list):
            out.append({title: expand_nav(value, children)})
            continue
        extra = [{name: path} for name, path in children.get(value, [])]
        if not extra:
            out.append(entry)
        elif i == 0:  # the section's own page: its children follow it in the section
            out += [entry, *extra]
        else:
            out.append({title: [value, *extra]} if title else [value, *extra])
    return out


# The campaign document's sections, as hand-written pages of a year (docs/<year>/…), in the document's order.
TEXT_PAGES = (("Mục tiêu", "muc-tieu.md"), ("Chỉ tiêu", "chi-tieu/index.md"), ("Nội dung", "noi-dung.md"),
              ("Thời gian thi đua", "thoi-gian.md"), ("Tổ chức thực hiện", "to-chuc-thuc-hien.md"),
              ("Văn bản gốc", "van-ban-goc.md"))


def _year_sections(yr: YearReview, docs_dir: Path) -> list[dict]:
    """A year's two sections: its document's pages (those written), and its scoreboard pages."""
    year = yr.year
    paths = paths_of(yr)
    # A section's own index.md becomes the section's link (navigation.indexes): nested, it keeps its label.
    text = [{label: [{label: f"{year.year}/{page}"}] if page.endswith("index.md") else f"{year.year}/{page}"}
            for label, page in TEXT_PAGES if (docs_dir / str(year.year) / page).is_file()]
    boards = [{"Kỳ đang công bố": paths.board()}]
    boards += [{period.name: paths.board(period.id)} for period in year.campaign.periods]
    boards += [{f"Hồ sơ Hội đồng: {period.name}": paths.pack(period.id)}
               for period in year.campaign.periods]
    boards += [{"Các phòng, đơn vị": paths.units()}, {"Danh mục nhiệm vụ": paths.checklists()},
               {"Hoạt động theo nội dung": paths.activities()}, {"Khen thưởng": paths.commendations()},
               {"Mốc thời gian": paths.timeline()}, {"Nhật ký cập nhật số liệu": paths.history()}]
    sections = [{"Văn bản phát động": text}] if text else []
    return sections + [{"Bảng theo dõi": boards}]


def navigation(build: Build, docs_dir: Path) -> list[dict]:
    """The site's navigation: the newest year first, at the top level; earlier years as an archive below it,
    each with its own document and scoreboard; the Office's guide last; generated pages under the pages they
    belong to."""
    years = sorted(build.reviews.values(), key=lambda r: r.year.year, reverse=True)
    nav: list[dict] = [{"Trang chủ": "index.md"}]
    if years:
        nav += _year_sections(years[0], docs_dir)
    if len(years) > 1:
        nav.append({"Các năm trước": [{f"Năm {r.year.year}": _year_sections(r, docs_dir)} for r in years[1:]]})
    if (docs_dir / "huong-dan.md").is_file():
        nav.append({"Hướng dẫn cập nhật số liệu": "huong-dan.md"})
    return expand_nav(nav, placed(nav_children(build), docs_dir, TEXT_PAGES))


__all__ = ["Build", "DataError", "GeneratedFile", "Paths", "generated_files", "make_build", "navigation"]
