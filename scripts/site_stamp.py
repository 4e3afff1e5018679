"""The build stamp: what `make build` records about the site it made, and what `make deploy` checks.

scripts/build.py writes STAMP_NAME into the site once the build has succeeded: the commit it was
built from (git rev-parse HEAD), whether the work tree was clean, and a digest of every other file.
scripts/deploy.sh runs `verify` and publishes only a site whose stamp names the current commit, was
built from a clean work tree and whose files are still those the build wrote. A site left by a
failed build, by another commit's build, or edited by hand has no such stamp and is refused.

The stamp is a safeguard against mistakes, not a signature: anyone who can write site/ can write it.

Where it lives, and why it is harmless: inside the site, as a hidden file, so that the GitHub
artifact carries it from the build job to the publish job (upload-artifact needs
include-hidden-files for that). deploy.sh never uploads it (rsync --exclude); if someone uploads
the artifact's zip to the portal by hand, what it reveals is a commit id (already in the
artifact's name and in the release folder's name), a yes/no and digests of public files:
no path of the build machine, no user name, no secret.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pathlib
import subprocess
import sys

STAMP_NAME = ".build-stamp"
FORMAT = "1"
# Exit code of `verify` when the site is not the current commit's successful build.
NOT_THIS_BUILD = 6


def site_digest(site: pathlib.Path) -> tuple[int, str]:
    """(number of regular files, sha256 over every path and content) of the site, the stamp left out.

    Symbolic links are covered by their target, so replacing a file by a link changes the digest.
    """
    entries = []
    files = 0
    for dirpath, dirnames, filenames in os.walk(site):
        dirnames.sort()
        for name in dirnames + filenames:
            path = pathlib.Path(dirpath, name)
            rel = path.relative_to(site).as_posix()
            if rel == STAMP_NAME:
                continue
            if path.is_symlink():
                entries.append(f"link {os.readlink(path)}\0{rel}")
            elif name in filenames and path.is_file():
                files += 1
                entries.append(f"file {hashlib.sha256(path.read_bytes()).hexdigest()}\0{rel}")
    outer = hashlib.sha256()
    for entry in sorted(entries, key=lambda e: e.split("\0", 1)[1].encode("utf-8", "surrogateescape")):
        outer.update(entry.encode("utf-8", "surrogateescape") + b"\n")
    return files, "sha256:" + outer.hexdigest()


def git_state(repo: pathlib.Path) -> tuple[str, bool]:
    """(HEAD's full commit id or "", whether the work tree has no change and no untracked file)."""
    try:
        commit = subprocess.run(["git", "rev-parse", "--verify", "HEAD"], cwd=repo, capture_output=True,
                                text=True, check=True).stdout.strip()
        status = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all"], cwd=repo,
                                capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return "", False
    return commit, status == ""


def write(site: pathlib.Path, commit: str, clean: bool) -> None:
    files, digest = site_digest(site)
    (site / STAMP_NAME).write_text(
        "# Dấu của bản dựng: 'make build' ghi tệp này khi dựng trang thành công; 'make deploy' chỉ\n"
        "# xuất bản khi nó khớp với phiên bản mã nguồn hiện tại và các tệp trong thư mục. Đừng sửa tay.\n"
        f"format={FORMAT}\ncommit={commit}\nclean={'yes' if clean else 'no'}\nfiles={files}\ndigest={digest}\n",
        encoding="utf-8",
    )


def read(site: pathlib.Path) -> dict[str, str] | None:
    try:
        text = (site / STAMP_NAME).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    fields = dict(line.split("=", 1) for line in text.splitlines() if "=" in line and not line.startswith("#"))
    return fields if fields.get("format") == FORMAT else None


def problem(site: pathlib.Path, repo: pathlib.Path) -> str | None:
    """Why `site` must not be published from `repo`'s current commit, in Vietnamese; None when it may."""
    rebuild = "Hãy chạy 'make build' rồi xuất bản lại."
    stamp = read(site)
    if stamp is None:
        return (f"{site}/ không có dấu của một lần dựng thành công ({STAMP_NAME}): lần dựng gần nhất đã dừng"
                f" vì lỗi, hoặc thư mục này không do 'make build' tạo ra. {rebuild}")
    head, _ = git_state(repo)
    if not head:
        return "không xác định được phiên bản mã nguồn (git rev-parse HEAD): hãy chạy trong bản sao git của kho."
    if stamp.get("commit") != head:
        built = stamp.get("commit", "")[:7] or "không rõ"
        return (f"{site}/ được dựng từ phiên bản {built}, còn mã nguồn hiện tại là phiên bản {head[:7]}:"
                f" trang này không phải bản dựng của phiên bản hiện tại (lần dựng gần nhất có thể đã dừng vì lỗi)."
                f" {rebuild}")
    if stamp.get("clean") != "yes":
        return (f"{site}/ được dựng khi thư mục làm việc còn thay đổi chưa commit, nên không ứng với phiên bản"
                f" {head[:7]} nào cả. Hãy commit (hoặc bỏ) các thay đổi, kiểm tra 'git status', rồi chạy"
                f" 'make build' và xuất bản lại.")
    files, digest = site_digest(site)
    if (str(files), digest) != (stamp.get("files"), stamp.get("digest")):
        return (f"các tệp trong {site}/ đã thay đổi sau khi dựng ({files} tệp, lúc dựng có {stamp.get('files')}"
                f" tệp, hoặc nội dung khác). {rebuild}")
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    verify = commands.add_parser("verify", help="exit 0 if the site is the current commit's successful build")
    verify.add_argument("site", type=pathlib.Path)
    args = parser.parse_args(argv)
    repo = pathlib.Path(__file__).resolve().parent.parent
    why = problem(args.site, repo)
    if why:
        print(f"Lỗi: {why} Không xuất bản.", file=sys.stderr)
        return NOT_THIS_BUILD
    return 0


if __name__ == "__main__":
    sys.exit(main())
