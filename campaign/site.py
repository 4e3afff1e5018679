"""What a site generator needs from the campaign: the checked data, and the pages and files to generate."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import render
from .load import load
from .model import Dataset
from .problems import summary


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
    content: str


def generated_files(data: Dataset) -> list[GeneratedFile]:
    files = []
    for year in data.years:
        paths = render.Paths(year.year)
        y = year.year

        def page(path: str, call: str, wide: bool = False) -> None:
            # Wide tables get the width of the page's table of contents, which they do not need.
            front = "---\nhide:\n  - toc\n---\n" if wide else ""
            files.append(GeneratedFile(path, front + "{{ " + call + " }}\n"))

        page(paths.board(), f"scoreboard_page({y})", wide=True)
        for period in year.campaign.periods:
            page(paths.board(period.id), f'scoreboard_page({y}, "{period.id}")', wide=True)
            files.append(GeneratedFile(paths.download(period.id, "csv"), render.scoreboard_csv(year, period.id)))
            files.append(GeneratedFile(paths.download(period.id, "json"), render.scoreboard_json(year, period.id)))
        for target in year.campaign.targets:
            page(paths.target(target), f'target_page({y}, "{target.id}")')
        page(paths.units(), f"units_page({y})", wide=True)
        for unit in year.units:
            page(paths.unit(unit), f'unit_page({y}, "{unit.id}")')
        page(paths.checklists(), f"checklists_page({y})")
        page(paths.activities(), f"activities_page({y})")
        page(paths.timeline(), f"timeline_page({y})")
        page(paths.commendations(), f"commendations_page({y})")
    return files
