"""The data's history from git: when each year's figures last changed, and what each change did to the scoreboard.

Read at build time. A build without the history (a shallow clone, an exported folder) still builds: the log
then says what it lacks. Comparing two revisions loads the data twice, so each commit's comparison is kept
in a small cache file, keyed by the commit and by the code and schemas that computed it.

Nothing here trusts the repository's content as structure. Commit messages are data: git's output is read as
NUL-separated fields (a subject can hold any character but NUL), kept with its invisible characters as codes.
The cache is derived state, so it lives in git's own folder (`git rev-parse --git-path`), where no commit can
put one: a `.cache/` a pull request commits is never read.

Each comparison records whether the data on either side was the illustrative data, so the public log can start
where the real year did (`make go-live`): the commit that went live is compared with nothing, never with the
invented figures before it. It records too the periods the commit published (`cong_bo`) and the periods already
published whose figures it changed: a correction of published figures is said as one.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from ..core import vi
from ..core.chars import visible
from ..core.model import Dataset
from ..read.load import load
from .diff import DiffError, changes, data_at, unit_changes

# The log shows the latest changes only: each one costs two loads of the data the first time it is seen.
MAX_ENTRIES = 20
_CODE = Path(__file__).resolve().parents[1]  # the campaign package
CACHE_NAME = "nhat-ky-so-lieu.json"  # in git's folder: `git rev-parse --git-path nhat-ky-so-lieu.json`
_SHA = re.compile(r"[0-9a-f]{40}(?:[0-9a-f]{24})?")
_PARENTS = re.compile(r"(?:[0-9a-f]{40}(?:[0-9a-f]{24})?(?: |$))*")
_SUBJECT_LENGTH = 300  # a subject is kept to this many characters: it is shown nowhere in full

# Why a year has no log, or only part of one; the log's page words each for readers.
NOT_GIT = "not-git"  # the data folder is not in a git repository (an exported copy, a test's folder)
SHALLOW = "shallow"  # the clone holds only the latest commits: older changes and dates are unknown
NO_COMMITS = "no-commits"  # the year's folder was never committed


@dataclass(frozen=True)
class Change:
    """One target in one period whose figure or status a commit changed."""

    target: str
    period: str
    value_before: str
    value_after: str
    status_before: str
    status_after: str


@dataclass(frozen=True)
class UnitChange:
    """One unit's figures and own verdicts in one period that a commit changed, in words: "Lao động tiên tiến 6 → 7"."""

    unit: str
    period: str
    said: str


@dataclass(frozen=True)
class Entry:
    """A commit that changed a year's data; `changes` is None when it could not be compared, `problem` says why.

    Readers see the day and what changed; the commit and its message stay here, for the people who keep the
    repository (a message is in whoever wrote it's words, a hash means nothing to a reader)."""

    commit: str
    day: date
    subject: str
    changes: tuple[Change, ...] | None
    first: bool = False  # the commit that brought the year's data in
    problem: str | None = None
    units: tuple[UnitChange, ...] = ()
    illustrative_before: bool | None = None  # whether the data before it was the illustrative data; None: unknown
    illustrative_after: bool | None = None
    published: tuple[str, ...] = ()  # the periods (in words: "Sơ kết 6 tháng năm 2021") it marked published
    corrected: tuple[str, ...] = ()  # the periods published before it whose figures it changed

    @property
    def went_live(self) -> bool:
        """The commit that replaced the illustrative data with the real year, compared with nothing before it."""
        return self.illustrative_before is True and self.illustrative_after is False and self.first

    @property
    def back_to_real(self) -> bool:
        """A real year switched to illustrative by hand and back: compared with its last real state."""
        return self.illustrative_before is True and self.illustrative_after is False and not self.first


@dataclass(frozen=True)
class YearHistory:
    year: int
    entries: tuple[Entry, ...] = ()
    last_update: date | None = None  # the day of the latest commit that changed the year's data, when known
    limitation: str | None = None  # NOT_GIT, SHALLOW or NO_COMMITS
    older: int = 0  # changes left out of the log beyond MAX_ENTRIES


def _git(repo: Path, *args: str) -> str | None:
    """git's output as text (any byte that is not UTF-8 replaced, never an error), None when git failed."""
    try:
        done = subprocess.run(["git", "-C", str(repo), "-c", "core.quotepath=off", *args], capture_output=True,
                              timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.decode("utf-8", "replace") if done.returncode == 0 else None


def _code_digest() -> str:
    """What computed a comparison: this package and the schemas. A change to either recomputes the log."""
    digest = hashlib.sha256()
    for path in sorted([*_CODE.rglob("*.py"), *(_CODE.parent / "data" / "schemas").glob("*.json")]):
        digest.update(path.relative_to(_CODE.parent).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


class _Revisions:
    """The data as it was at each revision, each loaded once."""

    def __init__(self, repo: Path, data_path: str, workdir: Path):
        self.repo, self.data_path, self.workdir = repo, data_path, workdir
        self.loaded: dict[str, Dataset | None | str] = {}

    def at(self, revision: str) -> Dataset | None | str:
        """The dataset; None when the folder did not exist; a string when it could not be read."""
        if revision not in self.loaded:
            try:
                folder = data_at(revision, self.repo, self.data_path, self.workdir / revision)
            except DiffError as error:
                self.loaded[revision] = str(error)
            else:
                data = load(folder)[0] if folder is not None else None
                self.loaded[revision] = data if folder is None or data is not None else "invalid"
        return self.loaded[revision]


def _only(data: Dataset | None, year: int) -> Dataset | None:
    if data is None:
        return None
    kept = tuple(y for y in data.years if y.year == year)
    return Dataset(kept) if kept else None


def _illustrative(data: Dataset | None | str, year: int) -> bool | None:
    if isinstance(data, str):
        return None
    kept = _only(data, year)
    return kept.years[0].illustrative if kept else None


def _published(data: Dataset | None) -> list[str]:
    """The periods marked published (cong_bo), in words, in the year's order."""
    return [vi.period_in_year(p.name, y.year) for y in (data.years if data else ()) for p in y.campaign.periods
            if p.published]


def _compare(revisions: _Revisions, commit: str, parent: str | None, year: int, real: str | None) -> list:
    """[target rows, unit rows, first, problem, illustrative before, illustrative after, periods published,
    published periods corrected], as the cache keeps it. `real`: the latest earlier commit whose year was real."""
    after = revisions.at(commit)
    before = revisions.at(parent) if parent else None
    flags = [_illustrative(before, year), _illustrative(after, year)]
    if isinstance(after, str) or isinstance(before, str):
        return [None, [], False, "invalid", *flags, [], []]
    before_year, after_year = _only(before, year), _only(after, year)
    if flags == [True, False]:
        # Going live: compared with the year's last real state, if it had one (a real year switched to illustrative
        # and back: what changed meanwhile is said, not hidden), else with nothing: the real year starts here, and
        # the illustrative figures were never results.
        earlier = revisions.at(real) if real else None
        before_year = None if isinstance(earlier, str) else _only(earlier, year)
    rows, units = changes(before_year, after_year), unit_changes(before_year, after_year)
    was, now = (_published(before_year), _published(after_year)) if before_year is not None else ([], [])
    touched = {row[1] for row in [*rows, *units]}
    return [[list(row) for row in rows], [list(row) for row in units], before_year is None, None, *flags,
            [p for p in now if p not in was], [p for p in now if p in was and p in touched]]


def read(data_dir: Path, years, limit: int = MAX_ENTRIES) -> dict[int, YearHistory]:
    """Each year's history, as far as the repository holding `data_dir` knows it; never raises."""
    return _read(Path(data_dir).resolve(), list(years), limit)


def _read(data_dir: Path, years: list[int], limit: int) -> dict[int, YearHistory]:
    top = _git(data_dir, "rev-parse", "--show-toplevel")
    if top is None:
        return {y: YearHistory(y, limitation=NOT_GIT) for y in years}
    repo = Path(top.strip())
    try:
        data_path = data_dir.relative_to(repo).as_posix()
    except ValueError:
        return {y: YearHistory(y, limitation=NOT_GIT) for y in years}
    shallow_file = _git(repo, "rev-parse", "--git-path", "shallow")
    boundary = set()
    if shallow_file is not None:
        path = Path(shallow_file.strip())
        path = path if path.is_absolute() else repo / path
        if path.is_file():
            boundary = set(path.read_text().split())
    cache_path = _cache_path(repo)
    cache = _read_cache(cache_path)
    digest = _code_digest()
    kept: dict[str, object] = {}
    found = {}
    with tempfile.TemporaryDirectory() as tmp:
        revisions = _Revisions(repo, data_path, Path(tmp))
        for year in years:
            found[year] = _year(repo, data_path, year, limit, boundary, revisions, cache, kept, digest)
    if kept != cache and cache_path is not None:
        try:
            cache_path.write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")
        except OSError:
            pass  # a read-only checkout: the log is computed again next time
    return found


def _cache_path(repo: Path) -> Path | None:
    """Where the comparisons are kept: inside git's own folder, which no commit can write."""
    return git_path(repo, CACHE_NAME)


def git_path(repo: Path, name: str) -> Path | None:
    """`name` inside `repo`'s own git folder (`git rev-parse --git-path`), where no commit or pull request can put
    a file: the place for what the build keeps between builds. None outside a git checkout."""
    found = _git(repo, "rev-parse", "--git-path", name)
    if not found or not found.strip():
        return None
    path = Path(found.strip())
    return path if path.is_absolute() else repo / path


def _read_cache(path: Path | None) -> dict:
    """The kept comparisons; an entry of another shape is dropped (and computed again), never trusted."""
    try:
        cache = json.loads(path.read_text(encoding="utf-8")) if path is not None else {}
    except (OSError, ValueError):
        return {}
    if not isinstance(cache, dict):
        return {}
    return {key: value for key, value in cache.items() if _well_formed(value)}


def _strings(rows: object, width: int) -> bool:
    return isinstance(rows, list) and all(
        isinstance(r, list) and len(r) == width and all(isinstance(x, str) for x in r) for r in rows)


def _well_formed(value: object) -> bool:
    if not (isinstance(value, list) and len(value) == 8):
        return False
    rows, units, first, problem, before, after, published, corrected = value
    return ((rows is None or _strings(rows, 6)) and _strings(units, 3) and isinstance(first, bool)
            and (problem is None or isinstance(problem, str))
            and all(flag is None or isinstance(flag, bool) for flag in (before, after))
            and all(isinstance(p, list) and all(isinstance(x, str) for x in p) for p in (published, corrected)))


def _commits(log: str) -> list[tuple[str, str, date, str]]:
    """(commit, parents, day, subject) from `git log -z` with five NUL-separated fields a commit; a field that is
    not what git writes there is skipped to the next commit, never parsed as something else."""
    fields = log.split("\0")
    found, i = [], 0
    while i + 4 < len(fields):
        sha, parents, when, seconds, subject = fields[i:i + 5]
        day = _day(when, seconds)
        if _SHA.fullmatch(sha) and _PARENTS.fullmatch(parents) and day is not None:
            found.append((sha, parents, day, visible(subject[:_SUBJECT_LENGTH])))
            i += 5
        else:
            i += 1
    return found


def _day(iso: str, seconds: str) -> date | None:
    """The commit's day in its committer's time zone; from the Unix time if git wrote no usable date."""
    try:
        return datetime.fromisoformat(iso).date()
    except ValueError:
        pass
    try:
        return datetime.fromtimestamp(int(seconds), timezone.utc).date()
    except (ValueError, OverflowError, OSError):
        return None


def _year(repo, data_path, year, limit, boundary, revisions, cache, kept, digest) -> YearHistory:
    path = f"{data_path}/{year}"
    log = _git(repo, "log", "--first-parent", f"-n{limit + 1}", "-z", "--format=%H%x00%P%x00%cI%x00%ct%x00%s",
               "--", path)
    if log is None:
        return YearHistory(year, limitation=NOT_GIT)
    commits = _commits(log)
    if not commits:
        return YearHistory(year, limitation=NO_COMMITS)
    total = (_git(repo, "rev-list", "--first-parent", "--count", "HEAD", "--", path) or "").strip()
    older = max(0, (int(total) if total.isdigit() else 0) - limit)
    entries, real = [], None
    for sha, parents, day, subject in reversed(commits[:limit]):  # oldest first: each knows the last real state
        parent = parents.split()[0] if parents else None
        if sha in boundary:  # the commit before it is not in this clone: nothing to compare with
            entries.append(Entry(sha, day, subject, None, problem=SHALLOW))
            continue
        key = f"{digest}:{year}:{sha}:{parent}:{real}"
        kept[key] = cache[key] if key in cache else _compare(revisions, sha, parent, year, real)
        rows, units, first, problem, before, after, published, corrected = kept[key]
        entries.append(Entry(sha, day, subject, None if rows is None else tuple(Change(*r) for r in rows),
                             first=first, problem=problem, units=tuple(UnitChange(*u) for u in units),
                             illustrative_before=before, illustrative_after=after, published=tuple(published),
                             corrected=tuple(corrected)))
        if after is False:
            real = sha
    entries.reverse()  # newest first, as the log shows them
    latest = entries[0]
    shallow = any(e.problem == SHALLOW for e in entries)
    # In a shallow clone the oldest commit seems to bring in every file, so its day says nothing.
    last_update = None if latest.problem == SHALLOW else latest.day
    return YearHistory(year, tuple(entries), last_update, SHALLOW if shallow else None, older)
