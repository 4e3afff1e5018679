"""Reading a data file safely: only a regular file, never through a link, never more than the limit.

A link in data/ would have the checker read what it points to (a system file quoted in a message, a device
that never ends); a huge file would take minutes to check. Both are refused from the file's metadata, before
a byte is read, and the read itself cannot follow a link or take more than the limit.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..core.catalogue import (
    FILE_NAME_UNSAFE,
    FILE_NOT_REGULAR,
    FILE_TOO_LARGE,
    FILE_UNREADABLE,
    make,
)
from ..core.chars import describe, is_control, is_invisible, is_odd_space
from ..core.problems import Problem

# Far above any real year (the 100× data of bench/validate.py has 0.35 MB results files), and checked in a
# few seconds (see README, "The data and its checks").
MAX_FILE_BYTES = 2_000_000
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def name_problem(name: str) -> Problem | None:
    """A file name with a character nobody can see: it cannot be shown or annotated as it is."""
    hidden = next((ch for ch in name if is_control(ch) or is_invisible(ch) or is_odd_space(ch)), None)
    if hidden is None:
        return None
    return make(FILE_NAME_UNSAFE, name, 1, 1, char=describe(hidden))


def not_regular(path: Path, name: str) -> Problem | None:
    """The problem with `path` if it is a link, a device, a pipe…: anything but a plain file or folder."""
    try:
        return _kind_problem(os.lstat(path).st_mode, name)
    except OSError:
        return None


def _kind_problem(mode: int, name: str) -> Problem | None:
    if stat.S_ISLNK(mode):
        what = "một liên kết (symbolic link) tới tệp hay thư mục khác"
    elif stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    else:
        what = "một tệp đặc biệt của hệ thống (thiết bị, đường ống…)"
    return make(FILE_NOT_REGULAR, name, 1, 1, what=what)


def read_bytes(path: Path, name: str) -> tuple[bytes | None, list[Problem]]:
    """The bytes of the data file at `path` (shown as `name`), or the problems that kept it unread."""
    refused = name_problem(name)
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
