"""What a site generator needs from the campaign: the checked data, and the pages and files to generate."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from pathlib import Path

from ..core.model import Dataset
from ..core.problems import summary
from ..history import log as history
from ..read.load import load
from . import render, workbook_out


class DataError(Exception):
    """The data has errors: the site must not be built. The message is the full Vietnamese report."""


_cache: dict[Path, tuple[tuple, Dataset]] = {}


def _stamp(data_dir: Path) -> tuple:
    return tuple(sorted((str(p), p.stat().st_mtime_ns, p.stat().st_size)
                        for p in data_dir.rglob("*") if p.is_file()))


def dataset(data_dir: Path) -> Dataset:
    """The checked data, loaded once per change of the files; raises DataError with every problem."""
    data_dir = data_dir.resolve()
    stamp = _stamp(data_dir)
    cached = _cache.get(data_dir)
    if cached and cached[0] == stamp:
        return cached[1]
    data, report = load(data_dir)
    if data is None:
        lines = [p.as_text() for p in report.problems]
        raise DataError("Số liệu có lỗi, trang web không được tạo:\n" + "\n".join(lines) + "\n"
                        + summary(report.problems))
    _cache[data_dir] = (stamp, data)
    return data


@dataclass(frozen=True)
class GeneratedFile:
    """A file of the site made from data: a page holding one macro call, or a download."""

    path: str
    content: str | bytes


def _front_matter(title: str, wide: bool, macros: bool = True) -> str:
    # The theme prints page titles unescaped (in <title> and the navigation), so a title taken from
    # data is given here already escaped, braces included so no template engine reads it as code.
    hide = "hide:\n  - toc\n" if wide else ""
    return (f"---\ntitle: {json.dumps(escape_title(title), ensure_ascii=False)}\n"
            f"render_macros: {'true' if macros else 'false'}\n{hide}---\n")


def escape_title(title: str) -> str:
    return html.escape(title, quote=True).replace("{", "&#123;").replace("}", "&#125;")


def generated_files(data: Dataset, text_pages: set[str] = frozenset(),
                    histories: dict | None = None) -> list[GeneratedFile]:
    """Every file made from data. `text_pages` are the hand-written pages present, so links only go there;
    `histories` (history.read) the data's history per year, for the log and the "last updated" line."""
    files = []
    for year in data.years:
        paths = render.paths_of(year)
        y = year.year
        log = (histories or {}).get(y) or history.YearHistory(y, limitation=history.NOT_GIT)

        def page(path: str, title: str, call: str, wide: bool = False) -> None:
            # Wide tables get the width of the page's table of contents, which they do not need.
            files.append(GeneratedFile(path, _front_matter(title, wide) + "{{ " + call + " }}\n"))

        board = render.current_board(render.scoreboards(year))
        page(paths.board(), f"Bảng theo dõi năm {y}: {board.period.name}", f"scoreboard_page({y})", wide=True)
        for period in year.campaign.periods:
            if period.id != board.period.id:  # the current period is the year's scoreboard page itself
                page(paths.board(period.id), f"Bảng theo dõi năm {y}: {period.name}",
                     f'scoreboard_page({y}, "{period.id}")', wide=True)
            files.append(GeneratedFile(paths.download(period.id, "csv"), render.scoreboard_csv(year, period.id)))
            files.append(GeneratedFile(paths.download(period.id, "json"), render.scoreboard_json(year, period.id)))
            files.append(GeneratedFile(paths.download(period.id, "xlsx"),
                                       workbook_out.scoreboard_workbook(year, period.id)))
            files.append(GeneratedFile(paths.template(period.id), workbook_out.template_workbook(year, period.id)))
        files.append(GeneratedFile(paths.year_workbook(), workbook_out.scoreboard_workbook(year)))
        for target in year.campaign.targets:
            page(paths.target(target), f"{target.id}. {target.name}", f'target_page({y}, "{target.id}")')
        page(paths.units(), f"Các phòng, đơn vị năm {y}", f"units_page({y})", wide=True)
        for unit in year.units:
            page(paths.unit(unit), unit.name, f'unit_page({y}, "{unit.id}")')
        page(paths.checklists(), f"Danh mục nhiệm vụ năm {y}", f"checklists_page({y})")
        linked = paths.content_item(1).split("#")[0] in text_pages
        page(paths.activities(), f"Hoạt động theo nội dung năm {y}", f"activities_page({y}, {linked})")
        page(paths.timeline(), f"Mốc thời gian năm {y}", f"timeline_page({y})")
        page(paths.commendations(), f"Khen thưởng năm {y}", f"commendations_page({y})")
        files.append(GeneratedFile(paths.history(), _front_matter(f"Nhật ký cập nhật số liệu năm {y}", False, False)
                                   + render.history_page(year, log, here=paths.history())))
    return files


def contexts(histories: dict, docs_dir: Path) -> dict[int, render.Context]:
    """What each year's pages know besides the data: the day its figures last changed ("Cập nhật lần cuối")
    and the hand-written pages present under `docs_dir`."""
    text_pages = frozenset(p.relative_to(docs_dir).as_posix() for p in Path(docs_dir).rglob("*.md"))
    return {y: render.Context(h.last_update.isoformat() if h.last_update else None, text_pages)
            for y, h in histories.items()}


# A unit's page lists its siblings in the navigation; past this many the list of units (one tap away, from
# the home page too) is the way to them, or every unit's page would carry every unit's name.
NAV_UNITS_MOST = 40


def nav_children(data: Dataset) -> dict[str, list[tuple[str, str]]]:
    """The generated pages that belong under a page of the navigation: (escaped title, path) by its path."""
    children = {}
    for year in data.years:
        paths = render.paths_of(year)
        children[paths.targets_text()] = [(escape_title(f"{t.id}. {t.name}"), paths.target(t))
                                          for t in year.campaign.targets]
        if len(year.units) <= NAV_UNITS_MOST:
            children[paths.units()] = [(escape_title(u.name), paths.unit(u))
                                       for u in render.vi.sort_names(year.units, key=lambda u: u.name)]
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


def _year_sections(year, docs_dir: Path) -> list[dict]:
    """A year's two sections: its document's pages (those written), and its scoreboard pages."""
    paths = render.paths_of(year)
    current = render.current_board(render.scoreboards(year)).period.id
    # A section's own index.md becomes the section's link (navigation.indexes): nested, it keeps its label.
    text = [{label: [{label: f"{year.year}/{page}"}] if page.endswith("index.md") else f"{year.year}/{page}"}
            for label, page in TEXT_PAGES if (docs_dir / str(year.year) / page).is_file()]
    boards = [{"Kỳ gần nhất": paths.board()}]
    # The latest period's scoreboard is "Kỳ gần nhất" itself: one address, so one entry.
    boards += [{period.name: paths.board(period.id)} for period in year.campaign.periods if period.id != current]
    boards += [{"Các phòng, đơn vị": paths.units()}, {"Danh mục nhiệm vụ": paths.checklists()},
               {"Hoạt động theo nội dung": paths.activities()}, {"Khen thưởng": paths.commendations()},
               {"Mốc thời gian": paths.timeline()}, {"Nhật ký cập nhật số liệu": paths.history()}]
    sections = [{"Văn bản phát động": text}] if text else []
    return sections + [{"Bảng theo dõi": boards}]


def navigation(data: Dataset, docs_dir: Path) -> list[dict]:
    """The site's navigation: the newest year first, at the top level; earlier years as an archive below it,
    each with its own document and scoreboard; the Office's guide last. A plain function, so another generator
    (or a step before it) can write the same navigation."""
    years = sorted(data.years, key=lambda y: y.year, reverse=True)
    nav: list[dict] = [{"Trang chủ": "index.md"}]
    if years:
        nav += _year_sections(years[0], docs_dir)
    if len(years) > 1:
        nav.append({"Các năm trước": [{f"Năm {y.year}": _year_sections(y, docs_dir)} for y in years[1:]]})
    if (docs_dir / "huong-dan.md").is_file():
        nav.append({"Hướng dẫn cập nhật số liệu": "huong-dan.md"})
    return nav
