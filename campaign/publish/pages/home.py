"""The home page's part made from data: where the newest campaign year stands, and a way to each unit."""

from __future__ import annotations

from ...core import vi
from ...score.review import YearReview
from ..markdown import NO_CONTEXT, link, notice, stamp_line
from ..paths import Paths
from .common import headline, paths_of


def home_summary(reviews: dict[int, YearReview], here: str, *, contexts: dict | None = None) -> str:
    """The newest year's standing, a way to each of its units, and to each earlier year's scoreboard.
    `reviews` each year's review, by year; `contexts` each year's Context, by year."""
    ordered = sorted(reviews.values(), key=lambda r: r.year.year, reverse=True)
    yr = ordered[0]
    year = yr.year
    paths = paths_of(yr)
    units = " · ".join(link(u.name, paths.unit(u), here) for u in vi.sort_names(year.units, key=lambda u: u.name))
    out = (headline(yr, yr.leading, here, f"Năm {year.year}, " if len(ordered) > 1 else "")
           + notice(year.illustrative)
           + link("Xem bảng theo dõi chỉ tiêu", paths.board(), here) + "\n\n"
           + '<nav class="tt-units" aria-label="Kết quả của từng phòng, đơn vị" markdown>\n'
           + f"Kết quả của từng phòng, đơn vị: {units}\n</nav>\n\n"
           + stamp_line((contexts or {}).get(year.year, NO_CONTEXT), paths.history(), here))
    if len(ordered) > 1:
        out += ("Các năm trước: "
                + " · ".join(link(f"Bảng theo dõi năm {r.year.year}", Paths(r.year.year).board(), here)
                             for r in ordered[1:]) + "\n")
    return out
