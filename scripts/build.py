"""`make build`: builds the site strictly into a temporary folder beside site/, and puts it in place only on success.

A build MkDocs refuses (a data error, a broken link, any warning in strict mode) or that is
interrupted never touches site/: the previous site stays whole, and no half-written site exists
to be published by mistake. On success the new site gets its build stamp (scripts/site_stamp.py),
then replaces site/ by two renames on the same file system, with signals held off in between.
Temporary folders are named .site-build-* and .site-old-* (ignored by git); a build killed outright
leaves one behind, and the next build removes it. A lock file (.site-build.lock) keeps two builds in
the same folder from removing each other's temporary folders.

Only the repository's own regular files are ever read: before MkDocs starts, every file git tracks or
would track (hidden folders such as .github/ too) and every file of the folders the site is made from is
looked at without following links. A symbolic link, a special file or a name Windows cannot hold stops
the build with its path (campaign.read.files, the checker's own rule): MkDocs would copy what a link
in docs/ points to into the site.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import os
import pathlib
import shutil
import signal
import subprocess
import sys
import tempfile

import site_stamp

REPO = pathlib.Path(__file__).resolve().parent.parent
SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
# What MkDocs reads besides git's list of files: walked on disk, so that an ignored or new file counts too.
SITE_SOURCES = ("mkdocs.yml", "docs", "overrides", "data", "hooks", "macros", "campaign")

sys.path.insert(0, str(REPO))  # the campaign package, for the checker's own rule on files
from campaign.core.problems import internal_error, report_text  # noqa: E402
from campaign.read.files import unsafe_paths  # noqa: E402
from campaign.read.load import load  # noqa: E402


class Interrupted(BaseException):
    """A signal asked the build to stop: clean up, then exit with 128 + the signal's number."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _raise_interrupted(signum, _frame):
    # The first signal stops the build; the ones after it (make passes its own on to its children, a group gets
    # one each) must not break the clean-up it started, or a temporary folder is left half removed.
    for other in SIGNALS:
        signal.signal(other, signal.SIG_IGN)
    raise Interrupted(signum)


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@contextlib.contextmanager
def build_lock(path: pathlib.Path):
    with open(path, "a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            say("Đang có một lần dựng trang khác trong thư mục này; chờ nó xong…")
            fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def remove_leftovers(parent: pathlib.Path, name: str) -> None:
    for pattern in (f".{name}-build-*", f".{name}-old-*"):
        for leftover in parent.glob(pattern):
            if leftover.is_dir() and not leftover.is_symlink():
                shutil.rmtree(leftover, ignore_errors=True)


def repository_files(repo: pathlib.Path) -> list[pathlib.Path]:
    """Every file git tracks, and every other file it does not ignore: what a pull request can add or change."""
    try:
        listing = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=repo,
                                 capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):  # not a git checkout: the site's folders are still walked
        return []
    return [repo / os.fsdecode(name) for name in listing.split(b"\0") if name]


def refused_files(repo: pathlib.Path) -> list[str]:
    """Each link, special file or name Windows cannot hold that the build would read, as the checker says it."""
    paths = repository_files(repo) + [repo / source for source in SITE_SOURCES]
    return [problem.as_text() for problem in unsafe_paths(repo, paths)]


def run_mkdocs(out: pathlib.Path) -> int:
    """mkdocs build --strict into `out`; a signal to this process stops MkDocs too."""
    child = subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "--site-dir", str(out)],
                             cwd=REPO, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    try:
        return child.wait()
    finally:
        if child.poll() is None:
            child.terminate()
            try:
                child.wait(timeout=10)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()


def data_folder() -> pathlib.Path:
    """The data folder mkdocs.yml reads (extra.campaign_data: CAMPAIGN_DATA, else data/), from the repository."""
    return REPO / os.environ.get("CAMPAIGN_DATA", "data")


def check_data() -> bool:
    """The data checker first, as `make validate` runs it (its own function, in this process): on an error, its
    report and one sentence, and no MkDocs run whose own output would bury them. A data error found later by MkDocs
    itself is reported by the hook."""
    try:
        _, report = load(data_folder())
    except Exception as error:  # a bug of the checker, never the Office's mistake: a sentence, not a traceback
        say("Số liệu có lỗi, trang web không được tạo:")
        say(internal_error(error))
        return False
    if report.ok:
        return True
    say("Số liệu có lỗi, trang web không được tạo:")
    say(report_text(report.problems))
    return False


def swap_into_place(new: pathlib.Path, site: pathlib.Path) -> None:
    """site/ becomes `new`; a signal waits until both renames are done, so site/ is never half of either."""
    old = None
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, SIGNALS)
    try:
        if site.is_dir() and not site.is_symlink():
            old = pathlib.Path(tempfile.mkdtemp(prefix=f".{site.name}-old-", dir=site.parent))
            os.replace(site, old)  # over the empty folder mkdtemp made
        elif site.is_symlink() or site.exists():
            site.unlink()
        os.rename(new, site)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def build(site: pathlib.Path) -> int:
    parent = site.parent
    with build_lock(parent / f".{site.name}-build.lock"):
        remove_leftovers(parent, site.name)
        refused = refused_files(REPO)
        if refused:
            say("\n".join(refused))
            say(f"Lỗi: dựng trang không thành công: kho có {len(refused)} tệp không phải tệp thật (liên kết, tệp đặc"
                " biệt) hoặc có tên Windows không cho dùng; chương trình không bao giờ đọc chúng. Hãy xóa hoặc đổi tên"
                f" chúng. {site.name}/ không bị thay đổi.")
            return 1
        commit, clean = site_stamp.git_state(REPO)
        if not check_data():
            say(f"Trang web chưa được dựng, {site.name}/ giữ nguyên: hãy sửa các LỖI ở trên, bắt đầu từ lỗi đầu "
                "tiên, rồi chạy lại make build.")
            return 1
        work = pathlib.Path(tempfile.mkdtemp(prefix=f".{site.name}-build-", dir=parent))
        try:
            status = run_mkdocs(work)
            if status != 0:
                say(f"Trang web chưa được dựng, {site.name}/ giữ nguyên: hãy sửa điều được báo ở trên (thường là "
                    "một liên kết hỏng hay một trang viết sai), rồi chạy lại make build.")
                return status or 1
            # The stamp says clean only if nothing changed while MkDocs read the files.
            commit_after, clean_after = site_stamp.git_state(REPO)
            clean = clean and clean_after and commit_after == commit
            site_stamp.write(work, commit, clean)
            swap_into_place(work, site)
        finally:
            if work.exists():
                shutil.rmtree(work, ignore_errors=True)
    if not commit:
        say(f"Cảnh báo: không xác định được phiên bản mã nguồn (git); {site.name}/ sẽ không được phép xuất bản.")
    elif not clean:
        say(f"Cảnh báo: thư mục làm việc có thay đổi chưa commit ('git status'): {site.name}/ dùng để xem thử được,"
            " nhưng 'make deploy' sẽ không xuất bản nó. Hãy commit rồi dựng lại.")
    say(f"Đã dựng trang vào {site.name}/ (phiên bản {commit[:7] or 'không rõ'}).")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site-dir", type=pathlib.Path, default=REPO / "site")
    args = parser.parse_args(argv)
    for signum in SIGNALS:
        signal.signal(signum, _raise_interrupted)
    site = args.site_dir.absolute()
    try:
        return build(site)
    except Interrupted as stop:
        say(f"Dựng trang bị dừng: {site.name}/ giữ nguyên như trước lần dựng này.")
        return 128 + stop.signum


if __name__ == "__main__":
    sys.exit(main())
