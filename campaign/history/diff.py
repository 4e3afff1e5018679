"""What a change to the data does to the scoreboard: targets whose value or status changed, per period."""

from __future__ import annotations

import subprocess
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

from ..core import vi
from ..core.chars import visible
from ..core.figures import FIGURES, shown
from ..core.markup import md, plain
from ..core.model import Dataset
from ..read.limits import MAX_DATA_ENTRIES
from ..read.load import load
from ..score.evaluation import Status
from ..score.review import Scope, review


class DiffError(Exception):
    pass


class UnsafeRevision(DiffError):
    """The data at a revision holds what the checker never reads (a link, a submodule) or far more than any data
    folder: said in Vietnamese, never extracted."""


# The data folder of one revision, as git lists it: at most this many files and bytes are extracted. A year is
# a few files of at most 2 MB (a workbook 5 MB); read.limits bounds the entries of data/ alike.
MAX_REVISION_FILES = MAX_DATA_ENTRIES
MAX_REVISION_BYTES = 100_000_000
_MODES = {"120000": "liên kết (symbolic link)", "160000": "kho con (submodule)"}


def git(repo: Path, *args: str) -> subprocess.CompletedProcess:
    """git with paths as they are written (not quoted as octal), its output as bytes."""
    return subprocess.run(["git", "-C", str(repo), "-c", "core.quotepath=off", *args], capture_output=True)


def data_at(revision: str, repo: Path, data_path: str, into: Path) -> Path | None:
    """Extract the data folder as it was at `revision`; None when it did not exist then. Only regular files are
    extracted: a link or a submodule anywhere in it, or more than the bounds, is an UnsafeRevision."""
    if git(repo, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}").returncode != 0:
        raise DiffError(f"Không tìm thấy phiên bản '{visible(revision)}' trong kho git.")
    listing = git(repo, "ls-tree", "-r", "-z", "-l", revision, "--", data_path)
    if listing.returncode != 0:
        raise DiffError(f"Không đọc được danh sách tệp của phiên bản '{visible(revision)}'.")
    entries = [line.decode("utf-8", "replace") for line in listing.stdout.split(b"\0") if line]
    if not entries:
        return None
    odd, size = [], 0
    for entry in entries:
        meta, _, name = entry.partition("\t")
        mode, _, _, length = (meta.split() + ["", "", "", ""])[:4]
        if mode in _MODES:
            odd.append(f"{_MODES[mode]} {visible(name)}")
        size += int(length) if length.isdigit() else 0
    shown = visible(revision)
    if odd:
        listed = "; ".join(odd[:5]) + (f" và {len(odd) - 5} mục khác" if len(odd) > 5 else "")
        raise UnsafeRevision(f"Số liệu ở phiên bản {shown} có {listed}. Chương trình chỉ đọc tệp thật trong thư "
                             "mục số liệu, không bao giờ đọc theo liên kết, nên chưa so sánh được phiên bản này.")
    if len(entries) > MAX_REVISION_FILES or size > MAX_REVISION_BYTES:
        raise UnsafeRevision(f"Thư mục {data_path} ở phiên bản {shown} có {len(entries)} tệp, {size // 1_000_000} MB: "
                             f"quá mức {MAX_REVISION_FILES} tệp, {MAX_REVISION_BYTES // 1_000_000} MB của một thư mục "
                             "số liệu, nên chưa so sánh được phiên bản này.")
    archive = git(repo, "archive", "--format=tar", revision, "--", data_path)
    if archive.returncode != 0:
        raise DiffError(f"Không lấy được thư mục {data_path} ở phiên bản '{shown}'.")
    try:
        with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
            members = [m for m in tar.getmembers() if m.isfile() or m.isdir()]
            tar.extractall(into, members=members, filter="data")
    except (tarfile.TarError, OSError) as error:  # listed as regular files above: only a damaged archive is left
        raise UnsafeRevision(f"Không giải nén được thư mục {data_path} ở phiên bản {shown} "
                             f"({visible(str(error))}).") from None
    return into / data_path


def _rows(data: Dataset | None) -> dict[tuple[int, str, str], tuple[str, str, str, str]]:
    """(year, period, target) → (target label, period name, value, status)."""
    found = {}
    for year in (data.years if data else ()):
        for period in review(year).periods:
            for t in period.targets:
                found[(year.year, period.period.id, t.target.id)] = (
                    f"{t.target.id} {t.target.label}", vi.period_in_year(period.period.name, year.year),
                    t.kind.value(t.evaluation) if t.has_data else "–", t.status.label)
    return found


def _unit_rows(data: Dataset | None) -> dict[tuple[int, str, str], tuple[str, str, dict[str, tuple[str, str]]]]:
    """(year, period, unit) → (unit name, period name, {key: (what, as shown)}): each figure the unit reported, and
    its own verdict on each target that judges it on its own. Keyed by the figure's key and the target's id, never
    by their wording: a target given a short name is the same target, not one gone and one come."""
    found = {}
    for year in (data.years if data else ()):
        for period in review(year).periods:
            for u in period.units:
                said = {}
                if u.result is not None:
                    said |= {f"figure:{f.key}": (f.label, shown(f, u.result.values[f.key]))
                             for f in FIGURES if f.key in u.result.values}
                said |= {f"target:{t.target.id}": (f"{t.target.id} {t.target.label}", cell.status.label)
                         for t, cell in u.cells if cell.scope is Scope.OWN and cell.reported}
                found[(year.year, period.period.id, u.unit.id)] = (
                    u.unit.name, vi.period_in_year(period.period.name, year.year), said)
    return found


def unit_changes(before: Dataset | None, after: Dataset | None) -> list[tuple[str, str, str]]:
    """(unit, period, what changed in words, one change a line: "Lao động tiên tiến: 6 → 7\nII.3e …: Chưa đạt → Đạt")."""
    old, new = _unit_rows(before), _unit_rows(after)
    out = []
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        was, now = (a[2] if a else {}), (b[2] if b else {})
        said = [f"{(now.get(key) or was[key])[0]}: {was.get(key, ('', '–'))[1]} → {now.get(key, ('', '–'))[1]}"
                for key in dict.fromkeys([*was, *now])
                if was.get(key, (None, None))[1] != now.get(key, (None, None))[1]]
        if said:
            name, period = (b or a)[:2]
            out.append((name, period, "\n".join(said)))
    return out


def changes(before: Dataset | None, after: Dataset | None) -> list[tuple[str, str, str, str, str, str]]:
    """(target, period, result before, after, status before, after) of each target whose result or status changed.
    A target (or period) that comes or goes without a figure changed nothing a reader sees: it is not listed."""
    old, new = _rows(before), _rows(after)
    empty = ("–", Status.NO_DATA.label)
    out = []
    for key in sorted(set(old) | set(new), key=lambda k: (k[0], k[1], k[2])):
        a, b = old.get(key), new.get(key)
        was, now = (a[2:] if a else empty), (b[2:] if b else empty)
        if was == now:
            continue
        label, period = (b or a)[:2]
        out.append((label, period, was[0], now[0] if b else "(đã bỏ)", was[1], now[1] if b else "(đã bỏ)"))
    return out


def _before_after(before: str, after: str) -> str:
    return f"{md(before)} → {md(after)}" if before != after else md(after)


def markdown(rows, units=()) -> str:
    title = "### Thay đổi của bảng theo dõi\n\n"
    if not rows:
        out = title + "Thay đổi này không làm thay đổi kết quả hay trạng thái của chỉ tiêu nào.\n"
    else:
        lines = [title.rstrip("\n") + "\n", "| Chỉ tiêu | Kỳ | Kết quả trước → sau | Trạng thái trước → sau |",
                 "| --- | --- | --- | --- |"]
        for label, period, v0, v1, s0, s1 in rows:
            lines.append(f"| {md(label)} | {md(period)} | {_before_after(v0, v1)} | {_before_after(s0, s1)} |")
        out = "\n".join(lines) + "\n"
    if units:
        out += "\n#### Số liệu từng đơn vị\n\n| Đơn vị | Kỳ | Số liệu trước → sau |\n| --- | --- | --- |\n"
        out += "".join(f"| {md(unit)} | {md(period)} | {said_md(said)} |\n" for unit, period, said in units)
    return out


def said_md(said: str) -> str:
    """A unit's changes, one a line, for a Markdown table cell."""
    return "<br>".join(md(line) for line in said.split("\n"))


def _arrow(before: str, after: str) -> str:
    return f"{plain(before)} → {plain(after)}" if before != after else plain(after)


def text(rows, units=()) -> str:
    """The same changes for a terminal (`make diff`): plain lines, none of Markdown's escapes (II\\.3f, &amp;)."""
    title = "Thay đổi của bảng theo dõi"
    if not rows:
        lines = [f"{title}: thay đổi này không làm thay đổi kết quả hay trạng thái của chỉ tiêu nào."]
    else:
        lines = [f"{title}:"]
        for label, period, v0, v1, s0, s1 in rows:
            lines.append(f"- {plain(label)} ({plain(period)}): kết quả {_arrow(v0, v1)}; trạng thái {_arrow(s0, s1)}")
    if units:
        lines.append("Số liệu từng đơn vị:")
        lines += [f"- {plain(unit)} ({plain(period)}): {plain(said.replace(chr(10), '; '))}" for unit, period, said in units]
    return "\n".join(lines) + "\n"


def diff(base: str, head: str, repo: Path, data_path: str = "data", fmt: str = "markdown") -> str:
    """The changes from `base` to `head`, as Markdown for the pull request's summary or as `text` for a terminal."""
    with tempfile.TemporaryDirectory() as tmp:
        datasets = []
        for name, revision in (("base", base), ("head", head)):
            try:
                folder = data_at(revision, repo, data_path, Path(tmp) / name)
            except UnsafeRevision as refused:
                if fmt == "text":
                    return f"Thay đổi của bảng theo dõi: {plain(str(refused))}\n"
                return f"### Thay đổi của bảng theo dõi\n\n{md(str(refused))}\n"
            if folder is None:
                datasets.append(None)
                continue
            data, report = load(folder)
            if data is None:
                if fmt == "text":
                    errors = "\n".join(f"- {p.as_text()}" for p in report.errors)
                    return (f"Thay đổi của bảng theo dõi: số liệu ở phiên bản {plain(revision)} còn lỗi, nên chưa so "
                            f"sánh được:\n{errors}\n")
                errors = "\n".join(f"- {md(p.as_text())}" for p in report.errors)
                return (f"### Thay đổi của bảng theo dõi\n\nSố liệu ở phiên bản {md(revision)} còn lỗi, "
                        f"nên chưa so sánh được:\n\n{errors}\n")
            datasets.append(data)
    return (text if fmt == "text" else markdown)(changes(*datasets), unit_changes(*datasets))
