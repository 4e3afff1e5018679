"""Every bound on what the checker and the build read, said once, and the one rule for problems past a bound.

A pull request is untrusted input: a file, a workbook or a folder can be made to cost any amount of time or
memory. Each bound is checked before the work it bounds (from a file's metadata, a workbook's zip directory and
a scan of its parts, a list's length), far above what a real year needs (the department has a dozen units;
`make bench-validate` measures the worst each bound lets through). The schemas bound each list of a data file
(`maxItems`) and each figure; the guide lists all of them (`guide.limits`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from ..core import vi
from ..core.catalogue import PROBLEMS_NOT_SHOWN, make
from ..core.problems import Problem, Severity

# A data file (YAML): far above any real year (the 100× data of bench/validate.py has 0.35 MB results files).
MAX_FILE_BYTES = 2_000_000
# The data folder: its entries (files and folders, walked without following a link), its year folders, and the
# files in one year's ket-qua/ (at most 12 periods, each a YAML file or a workbook).
MAX_DATA_ENTRIES = 2_000
MAX_DATA_BYTES = 10_000_000  # all files under data/ together (the real data: 60 KB; the 100× data: 0.7 MB)
MAX_YEARS = 50
MAX_RESULTS_FILES = 30
# What the site is built from: every unit in every period against every target, all years together, is a cell
# of the scoreboard pages. The build grows faster than the cells (measured on the shared 2-core machine: the 100×
# data of bench/run.py, 500 units × 2 periods × 12 targets = 12,000 cells, 24 s and 140 MiB; with 6 periods,
# 36,000 cells, 103 s and 264 MiB): this bound keeps the build near half a minute and under 300 MB. The real
# year has 120.
MAX_SCOREBOARD_CELLS = 15_000

# A workbook, checked before openpyxl builds anything (workbook_scan): a period's template is some tens of
# kilobytes, 500 units about 100 KB and 20,000 cells.
WORKBOOK_MAX_BYTES = 5_000_000
WORKBOOK_MAX_UNPACKED = 40_000_000  # all parts, as the zip declares and as they really unpack
WORKBOOK_MAX_PART = 15_000_000  # one part (a sheet, the shared strings)
WORKBOOK_MAX_PARTS = 500
WORKBOOK_MAX_CELLS = 100_000  # cells written in the file, empty ones included: openpyxl makes an object of each
WORKBOOK_MAX_ROWS = 5_000  # data rows of one sheet
WORKBOOK_MAX_ROW_ENTRIES = 100_000  # rows written in the file, with their heights, empty or not
WORKBOOK_MAX_RANGE_CELLS = 10_000  # cells covered by merged ranges, links and comments: openpyxl makes each one
WORKBOOK_MAX_STRINGS = 100_000  # shared strings
WORKBOOK_MAX_STYLES = 20_000  # cell formats

# Problems: what one file and one run report; past that, one line says how many more there are. The pull
# request's summary page (GitHub's step summary, at most 1 MiB) then stays under a few hundred kilobytes.
MAX_PROBLEMS_PER_FILE = 100
MAX_PROBLEMS = 300
# A list of known codes in a message ("Các mã hiện có: …"): the first ones, then how many more.
MAX_LISTED = 20


def listing(names: Iterable[object], empty: str = "(chưa có)") -> str:
    """'a, b, c' for a message: at most MAX_LISTED names, then '… (và 480 mã khác)'."""
    names = [str(n) for n in names]
    if not names:
        return empty
    shown = ", ".join(names[:MAX_LISTED])
    return shown if len(names) <= MAX_LISTED else f"{shown}… (và {len(names) - MAX_LISTED} mã khác)"


class Collector:
    """Problems of one file, kept up to a bound and only counted beyond it, so that no input can make the
    checker hold a million messages."""

    def __init__(self, file: str, bound: int = MAX_PROBLEMS_PER_FILE):
        self.file = file
        self.bound = bound
        self.kept: list[Problem] = []
        self.more = 0
        self.worst: Severity | None = None  # the gravest severity among those only counted

    @property
    def full(self) -> bool:
        """Whether a problem added now would only be counted: a reader can then count it without writing it."""
        return len(self.kept) >= self.bound

    def add(self, problem: Problem) -> None:
        if problem.hidden:  # another collector's "… và N lỗi khác": its count joins this one's
            self.count(problem.hidden, problem.severity)
        elif len(self.kept) < self.bound:
            self.kept.append(problem)
        else:
            self.count(1, problem.severity)

    def count(self, number: int, severity: Severity) -> None:
        self.more += number
        self.worst = _graver(self.worst, severity)

    def extend(self, problems: Iterable[Problem]) -> None:
        for problem in problems:
            self.add(problem)

    def problems(self) -> list[Problem]:
        """The problems kept, and a line for the others when there are any."""
        return [*self.kept, not_shown(self.file, self.more, self.worst)] if self.more else list(self.kept)


_GRAVITY = {Severity.NOTE: 0, Severity.WARNING: 1, Severity.ERROR: 2}


def _graver(a: Severity | None, b: Severity) -> Severity:
    return b if a is None or _GRAVITY[b] > _GRAVITY[a] else a


def not_shown(file: str, count: int, severity: Severity) -> Problem:
    """'… và N lỗi khác': an error itself when any of those it stands for is one, so nothing passes unseen."""
    return replace(make(PROBLEMS_NOT_SHOWN, file, 1, 1, count=vi.number(count)),
                   severity=severity, hidden=count)


def bounded(problems: list[Problem]) -> list[Problem]:
    """Problems in their order, cut to MAX_PROBLEMS_PER_FILE per file and MAX_PROBLEMS in all; each file's cut
    said by one line at the end."""
    kept: list[Problem] = []
    per_file: dict[str, int] = {}
    cut: dict[str, Collector] = {}
    for problem in problems:
        if problem.hidden:  # a reader's own "… và N lỗi khác": carried over as a count
            cut.setdefault(problem.file, Collector(problem.file)).count(problem.hidden, problem.severity)
            continue
        per_file[problem.file] = per_file.get(problem.file, 0) + 1
        if per_file[problem.file] <= MAX_PROBLEMS_PER_FILE and len(kept) < MAX_PROBLEMS:
            kept.append(problem)
        else:
            cut.setdefault(problem.file, Collector(problem.file)).count(1, problem.severity)
    return kept + [not_shown(c.file, c.more, c.worst) for c in cut.values()]
