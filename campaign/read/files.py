"""Reading the repository's own files safely: only regular files, never through a link, never more than the limit.

A link in data/ would have the checker read what it points to (a system file quoted in a message, a device
that never ends), and a link in docs/ would have the build publish it; a huge file would take minutes to check.
Each is refused from the file's metadata, before a byte is read: `walk` and `unsafe_paths` name every link,
special file and name Windows cannot hold in a tree (the checker walks data/, scripts/build.py everything the
site is built from), and the read itself cannot follow a link or take more than the limit.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..core.catalogue import (
    FILE_NAME_RESERVED,
    FILE_NAME_UNSAFE,
    FILE_NOT_REGULAR,
    FILE_TOO_LARGE,
    FILE_UNREADABLE,
    TOO_MANY_FILES,
    make,
)
from ..core.chars import describe, is_control, is_invisible, is_odd_space
from ..core.problems import Problem
from .ids import WINDOWS_RESERVED
from .limits import MAX_DATA_ENTRIES, MAX_FILE_BYTES

# Characters Windows refuses in a file name, besides control characters.
_WINDOWS_FORBIDDEN = frozenset('<>:"\\|?*')
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def name_problem(name: str) -> Problem | None:
    """A file name with a character nobody can see: it cannot be shown or annotated as it is."""
    hidden = next((ch for ch in name if is_control(ch) or is_invisible(ch) or is_odd_space(ch)), None)
    if hidden is None:
        return None
    return make(FILE_NAME_UNSAFE, name, 1, 1, char=describe(hidden))


def reserved_problem(name: str, shown: str) -> Problem | None:
    """A file or folder name Windows cannot hold (`con.yml`, `aux`, `ca-nam.`), as a problem at `shown`."""
    stem = name.split(".")[0].rstrip(" ").casefold()
    if stem in WINDOWS_RESERVED:
        reason = f"'{stem}' là tên Windows dành riêng, nên tệp này không mở được trên máy Windows"
    elif name.endswith((".", " ")):
        reason = "Windows không cho tên tệp kết thúc bằng dấu chấm hay dấu cách"
    elif _WINDOWS_FORBIDDEN.intersection(name):
        forbidden = "".join(sorted(_WINDOWS_FORBIDDEN.intersection(name)))
        reason = f"Windows không cho dùng các ký tự {forbidden} trong tên tệp"
    else:
        return None
    return make(FILE_NAME_RESERVED, shown, 1, 1, name=name, reason=reason)


@dataclass
class Tree:
    """What `walk` found: the regular files (links never followed) and the problems of the other entries."""

    files: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    size: int = 0  # of the regular files, in bytes


def walk(root: Path, top: Path, limit: int = MAX_DATA_ENTRIES) -> Tree:
    """Every regular file under `top`, hidden folders too; a problem for each link, special file and name that
    cannot be shown or held on Windows, named relative to `root`. Stops, with a problem, after `limit` entries."""
    tree = Tree()
    seen = 0
    pending = [top]
    while pending:
        folder = pending.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            seen += 1
            if seen > limit:
                tree.problems.append(make(TOO_MANY_FILES, top.relative_to(root).as_posix(), 1, 1,
                                          where=f"Thư mục {top.relative_to(root).as_posix()}",
                                          count=f"hơn {limit}", what="tệp và thư mục", limit=limit))
                return tree
            path = Path(entry.path)
            shown = path.relative_to(root).as_posix()
            refused = name_problem(shown) or reserved_problem(entry.name, shown)
            if refused:
                tree.problems.append(refused)
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            mode = info.st_mode
            if stat.S_ISDIR(mode):
                pending.append(path)
            elif stat.S_ISREG(mode):
                tree.size += info.st_size
                if not refused:
                    tree.files.append(path)
            else:
                tree.problems.append(_kind_problem(mode, shown))
    return tree


def unsafe_paths(root: Path, paths: Iterable[Path]) -> list[Problem]:
    """Each link, special file or name Windows cannot hold at or under `paths` (files or folders inside `root`):
    what the build refuses to read, from git's list of the repository's files and from the site's folders."""
    problems: list[Problem] = []
    for path in paths:
        try:
            mode = os.lstat(path).st_mode
        except OSError:  # listed by git, deleted since: nothing to read
            continue
        relative = path.relative_to(root)
        shown = relative.as_posix()
        problems.extend(p for p in (name_problem(shown), *(reserved_problem(part, shown) for part in relative.parts),
                                    _kind_problem(mode, shown)) if p)
        if stat.S_ISDIR(mode):
            problems.extend(walk(root, path, limit=1_000_000).problems)
    return sorted(set(problems))


def not_regular(path: Path, name: str) -> Problem | None:
    """The problem with `path` if it is a link, a device, a pipe…: anything but a plain file or folder."""
    try:
        return _kind_problem(os.lstat(path).st_mode, name)
    except OSError:
        return None


def _kind_problem(mode: int, name: str) -> Problem | None:
    """A link or a special file, as a problem at `name`; None for a regular file or a folder."""
    if stat.S_ISLNK(mode):
        what = "một liên kết (symbolic link) tới tệp hay thư mục khác"
    elif stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    else:
        what = "một tệp đặc biệt của hệ thống (thiết bị, đường ống…)"
    return make(FILE_NOT_REGULAR, name, 1, 1, what=what)


def read_bytes(path: Path, name: str) -> tuple[bytes | None, list[Problem]]:
    """The bytes of the data file at `path` (shown as `name`), or the problems that kept it unread."""
    refused = name_problem(name) or reserved_problem(path.name, name)
    if refused:
        return None, [refused]
    try:
        info = os.lstat(path)
    except OSError:
        return None, [_unreadable(path, name)]
    refused = _kind_problem(info.st_mode, name)
    if refused:
        return None, [refused]
    if stat.S_ISDIR(info.st_mode):
        return None, [_unreadable(path, name)]
    if info.st_size > MAX_FILE_BYTES:
        return None, [_too_large(name, info.st_size)]
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError:  # a link put in its place since (O_NOFOLLOW), or no permission
        return None, [_unreadable(path, name)]
    with os.fdopen(fd, "rb") as file:
        mode = os.fstat(file.fileno()).st_mode
        if not stat.S_ISREG(mode):  # replaced since the look
            return None, [_kind_problem(mode, name) or _unreadable(path, name)]
        raw = file.read(MAX_FILE_BYTES + 1)
    if len(raw) > MAX_FILE_BYTES:  # grew since the look
        return None, [_too_large(name, len(raw))]
    return raw, []


def _too_large(name: str, size: int) -> Problem:
    megabytes = f"{size / 1_000_000:.1f}".replace(".", ",")
    return make(FILE_TOO_LARGE, name, 1, 1, size=megabytes, limit=f"{MAX_FILE_BYTES // 1_000_000}")


def _unreadable(path: Path, name: str) -> Problem:
    if path.is_dir():
        reason = (f"'{path.name}' là một thư mục chứ không phải tệp số liệu. Hãy chuyển các tệp trong đó "
                  f"ra thư mục {path.parent.name}/ rồi xóa thư mục này.")
    else:
        reason = "tệp hỏng hoặc không còn. Hãy tạo lại tệp."
    return make(FILE_UNREADABLE, name, 1, 1, reason=reason)
