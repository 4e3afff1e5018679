"""Publishing to the portal end to end: real sshd, rsync and nginx on 127.0.0.1, fake sites with a marker per release."""

import hashlib
import os
import pathlib
import pwd
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from _tools import require_tool

REPO = pathlib.Path(__file__).resolve().parent.parent
DEPLOY = REPO / "scripts" / "deploy.sh"
ROLLBACK = REPO / "scripts" / "rollback.sh"
sys.path.insert(0, str(REPO / "scripts"))
try:
    import site_stamp
finally:
    sys.path.pop(0)
NGINX_EXAMPLE = REPO / "deploy" / "nginx.conf.example"
RELEASE_NAME = re.compile(r"^\d{8}T\d{6}Z-[0-9a-f]{4,}$")
KEEP_RELEASES = 5

# The pages and assets of a fake site, laid out as Material for MkDocs lays out a real one.
PAGES = (
    "index.html",
    "404.html",
    "2021/muc-tieu/index.html",
    "2021/chi-tieu/index.html",
    "search/search_index.json",
    "stylesheets/extra.css",
)
UNCHANGED_ASSET = "assets/images/favicon.png"


# ---------------------------------------------------------------- helpers


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, proc: subprocess.Popen, log: pathlib.Path, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}:\n{log.read_text(errors='replace')}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port} after {timeout}s:\n{log.read_text(errors='replace')}")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def make_site(root: pathlib.Path, marker: str, big_files: int = 0) -> pathlib.Path:
    """A fake built site: every file carries `marker`; the hashed bundle's name changes with it.

    One asset never changes, so a second release can hard-link it (rsync --link-dest).
    `big_files` adds 256 KiB files, for an upload slow enough to interrupt.
    """
    site = root / f"site-{marker}"
    digest = hashlib.sha256(marker.encode()).hexdigest()[:8]
    files = {p: f"<!-- release-marker: {marker} -->\n<p>{p}</p>\n" for p in PAGES}
    files[f"assets/javascripts/bundle.{digest}.min.js"] = f"/* release-marker: {marker} */\n"
    files[f"assets/stylesheets/main.{digest}.min.css"] = f"/* release-marker: {marker} */ body{{}}\n" + "p{}" * 400
    for n in range(big_files):
        files[f"assets/big/{n:03d}.txt"] = f"release-marker: {marker}\n" + "x" * (256 * 1024)
    for rel, text in files.items():
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_text(text, encoding="utf-8")
    (site / UNCHANGED_ASSET).parent.mkdir(parents=True, exist_ok=True)
    (site / UNCHANGED_ASSET).write_bytes(b"\x89PNG fixed bytes shared by every release")
    stamp_as_built(site)
    return site


def stamp_as_built(site: pathlib.Path) -> None:
    """Stamp `site` as `make build` stamps the clean build of this checkout's commit, so deploy.sh takes it.

    Whether this checkout is clean does not matter here: what deploy.sh refuses has its own tests.
    """
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True, check=True).stdout.strip()
    site_stamp.write(site, head, clean=True)


def site_files(site: pathlib.Path) -> dict[str, bytes]:
    """Every file of a site or release; the build stamp is not a file of the site, and never published."""
    return {
        p.relative_to(site).as_posix(): p.read_bytes()
        for p in sorted(site.rglob("*"))
        if p.is_file() and p.relative_to(site).as_posix() != site_stamp.STAMP_NAME
    }


def url_path(rel: str) -> str:
    if rel == "index.html":
        return "/"
    if rel.endswith("/index.html"):
        return "/" + rel[: -len("index.html")]
    return "/" + rel


def fetch(base: str, path: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(base + path, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, dict(error.headers), error.read()


def wait_next_second() -> None:
    """Release names carry the UTC second; two publications need two different seconds."""
    time.sleep(1.05 - (time.time() % 1))


def start_deploy(portal: "Portal", site: pathlib.Path, **extra_env) -> subprocess.Popen:
    """deploy.sh in the background, in a session of its own so that a test can end it and all it started."""
    env = {**portal.env, "SITE_DIR": str(site), **extra_env}
    return subprocess.Popen(
        [str(DEPLOY)], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )


def wait_for_upload(portal: "Portal", proc: subprocess.Popen, total: int, at_least: int = 3) -> pathlib.Path:
    """The .partial folder of `proc`'s upload, once it holds `at_least` files and before it is complete."""
    deadline = time.monotonic() + 60
    uploaded = 0
    partial = None
    while time.monotonic() < deadline and proc.poll() is None:
        partials = list((portal.path / "releases").glob("*.partial")) if (portal.path / "releases").is_dir() else []
        if partials:
            partial = partials[0]
            uploaded = sum(1 for p in partial.rglob("*") if p.is_file())
            if uploaded >= at_least:
                break
        time.sleep(0.05)
    assert proc.poll() is None, "the upload ended before it could be caught under way"
    assert partial is not None and at_least <= uploaded < total, (uploaded, total)
    return partial


def end_session(proc: subprocess.Popen) -> None:
    """Kill what a test started with start_deploy, if still running (cleanup only)."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


def processes_mentioning(text: str) -> list[str]:
    """Command lines of the live processes on this machine (the SSH server's too) that contain `text`."""
    found = []
    for entry in pathlib.Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            state = next(line for line in (entry / "status").read_text().splitlines() if line.startswith("State:"))
        except (OSError, StopIteration):
            continue
        if text in cmdline and "zombie" not in state:
            found.append(f"{entry.name}: {cmdline}")
    return found


def complete_releases(portal: "Portal") -> list[str]:
    return [n for n in portal.releases() if RELEASE_NAME.match(n) and (portal.path / "releases" / n / "index.html").is_file()]


# ---------------------------------------------------------------- servers


@pytest.fixture(scope="module")
def ssh_server(tmp_path_factory):
    """A real OpenSSH server on 127.0.0.1 with a throwaway host key, accepting one throwaway user key."""
    sshd = require_tool("sshd", "the deploy tests upload over a real SSH server")
    require_tool("ssh", "the deploy script connects with the OpenSSH client")
    keygen = require_tool("ssh-keygen", "the deploy tests make throwaway SSH keys")
    require_tool("rsync", "the deploy script uploads with rsync")
    tmp = tmp_path_factory.mktemp("sshd")
    host_key, user_key = tmp / "host_ed25519", tmp / "user_ed25519"
    for key in (host_key, user_key):
        subprocess.run([keygen, "-q", "-t", "ed25519", "-N", "", "-C", "", "-f", str(key)], check=True, timeout=30)
    (tmp / "authorized_keys").write_text((tmp / "user_ed25519.pub").read_text())
    user = pwd.getpwuid(os.geteuid()).pw_name
    port = free_port()
    config = tmp / "sshd_config"
    config.write_text(
        f"ListenAddress 127.0.0.1\n"
        f"Port {port}\n"
        f"HostKey {host_key}\n"
        f"PidFile {tmp / 'sshd.pid'}\n"
        f"AuthorizedKeysFile {tmp / 'authorized_keys'}\n"
        f"AllowUsers {user}\n"
        "PubkeyAuthentication yes\n"
        "PasswordAuthentication no\n"
        "KbdInteractiveAuthentication no\n"
        "PermitRootLogin prohibit-password\n"
        "UsePAM no\n"
        "StrictModes no\n"
        "LogLevel VERBOSE\n"
    )
    if os.geteuid() == 0 and not os.path.isdir("/run/sshd"):
        # sshd running as root chroots its unprivileged child here (a compile-time path); Debian's
        # service makes it at start, and a container without that service lacks it.
        os.makedirs("/run/sshd", mode=0o755, exist_ok=True)
    known_hosts = tmp / "known_hosts"
    host_pub = (tmp / "host_ed25519.pub").read_text().split()
    known_hosts.write_text(f"[127.0.0.1]:{port} {host_pub[0]} {host_pub[1]}\n")
    log = tmp / "sshd.log"
    with open(log, "wb") as log_file:
        proc = subprocess.Popen([sshd, "-D", "-e", "-f", str(config)], stdout=log_file, stderr=subprocess.STDOUT)
    try:
        wait_for_port(port, proc, log)
        yield {
            "port": port,
            "user": user,
            "key": user_key,
            "known_hosts": known_hosts,
            "tmp": tmp,
        }
    finally:
        stop(proc)


class Portal:
    """One deploy target: DEPLOY_PATH on the SSH server, served by nginx with deploy/nginx.conf.example."""

    def __init__(self, path: pathlib.Path, base_url: str, env: dict):
        self.path = path
        self.base_url = base_url
        self.env = env

    def run(self, script: pathlib.Path, extra_env: dict | None = None, timeout: float = 120):
        env = {**self.env, **(extra_env or {})}
        return subprocess.run([str(script)], cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout)

    def deploy(self, site: pathlib.Path, **extra_env) -> subprocess.CompletedProcess:
        result = self.run(DEPLOY, {"SITE_DIR": str(site), **extra_env})
        assert result.returncode == 0, result.stderr
        return result

    def releases(self) -> list[str]:
        releases = self.path / "releases"
        return sorted(p.name for p in releases.iterdir()) if releases.is_dir() else []

    def current(self) -> str:
        link = self.path / "current"
        assert link.is_symlink(), "current must be a symlink"
        target = os.readlink(link)
        assert target.startswith("releases/"), target
        return target.removeprefix("releases/")

    def assert_serves(self, site: pathlib.Path) -> None:
        """`current` is one complete release equal to `site`, and nginx serves exactly it."""
        name = self.current()
        assert RELEASE_NAME.match(name), name
        expected = site_files(site)
        release = self.path / "releases" / name
        assert site_files(release) == expected
        for rel, content in expected.items():
            status, _, body = fetch(self.base_url, url_path(rel))
            assert (status, body) == (200, content), f"{url_path(rel)} served {status}"


def nginx_site_config(deploy_path: pathlib.Path, port: int) -> str:
    """The sample config, pointed at a test port and DEPLOY_PATH; fails if its shape changed."""
    text = NGINX_EXAMPLE.read_text()
    text, listens = re.subn(r"(?m)^    listen 80;\n    listen \[::\]:80;\n", f"    listen 127.0.0.1:{port};\n", text)
    text, roots = re.subn(r"(?m)^    root /srv/thi-dua/current;$", f"    root {deploy_path}/current;", text)
    assert (listens, roots) == (1, 1), "deploy/nginx.conf.example no longer has the listen/root lines the test rewrites"
    return text


@pytest.fixture
def portal(tmp_path, ssh_server):
    nginx = require_tool("nginx", "the deploy tests check what a reader gets through the sample nginx config")
    deploy_path = tmp_path / "portal"
    deploy_path.mkdir()
    conf_dir = tmp_path / "nginx"
    conf_dir.mkdir()
    port = free_port()
    (conf_dir / "site.conf").write_text(nginx_site_config(deploy_path, port))
    temp_paths = "".join(f"    {kind}_temp_path {conf_dir / kind};\n" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    (conf_dir / "nginx.conf").write_text(
        "daemon off;\n"
        "worker_processes 1;\n"
        # As root the workers would switch to nobody, who cannot read pytest's private tmp dirs.
        + ("user root;\n" if os.geteuid() == 0 else "")
        + f"pid {conf_dir / 'nginx.pid'};\n"
        f"error_log {conf_dir / 'error.log'} warn;\n"
        "events { worker_connections 64; }\n"
        "http {\n"
        "    types { text/html html; text/css css; application/javascript js; application/json json map;"
        " image/png png; text/plain txt; application/xml xml; }\n"
        "    default_type application/octet-stream;\n"
        f"    access_log {conf_dir / 'access.log'};\n"
        + temp_paths
        + f"    include {conf_dir / 'site.conf'};\n"
        "}\n"
    )
    log = conf_dir / "nginx.out"
    args = [nginx, "-p", str(conf_dir), "-c", str(conf_dir / "nginx.conf"), "-e", str(conf_dir / "error.log")]
    check = subprocess.run([*args, "-t"], capture_output=True, text=True, timeout=30)
    assert check.returncode == 0, check.stderr
    with open(log, "wb") as log_file:
        proc = subprocess.Popen(args, stdout=log_file, stderr=subprocess.STDOUT)
    try:
        wait_for_port(port, proc, log)
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(tmp_path),
            "LANG": "C.UTF-8",
            "DEPLOY_HOST": "127.0.0.1",
            "DEPLOY_PORT": str(ssh_server["port"]),
            "DEPLOY_USER": ssh_server["user"],
            "DEPLOY_PATH": str(deploy_path),
            "DEPLOY_SSH_KEY": str(ssh_server["key"]),
            "DEPLOY_KNOWN_HOSTS": str(ssh_server["known_hosts"]),
            # The fake sites are not built from data/: the refusal of illustrative data has its own test.
            "DEPLOY_ALLOW_ILLUSTRATIVE": "1",
        }
        yield Portal(deploy_path, f"http://127.0.0.1:{port}", env)
    finally:
        stop(proc)


# ---------------------------------------------------------------- scenarios


@pytest.mark.server
def test_publish_then_publish_again_switches_whole_releases(portal, tmp_path):
    first = make_site(tmp_path, "first")
    result = portal.deploy(first)
    assert "Đã xuất bản" in result.stderr
    portal.assert_serves(first)
    first_release = portal.current()

    wait_next_second()
    second = make_site(tmp_path, "second")
    portal.deploy(second)
    portal.assert_serves(second)
    assert portal.releases() == sorted([first_release, portal.current()])

    # --link-dest: the unchanged asset is one file on disk shared by both releases.
    shared = [portal.path / "releases" / name / UNCHANGED_ASSET for name in portal.releases()]
    assert shared[0].stat().st_ino == shared[1].stat().st_ino


@pytest.mark.server
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["terminated", "killed"])
def test_interrupted_upload_leaves_current_as_it_was(portal, tmp_path, sig):
    first = make_site(tmp_path, "first")
    portal.deploy(first)
    first_release = portal.current()

    wait_next_second()
    big = make_site(tmp_path, "big", big_files=40)  # 10 MiB at 2 MiB/s: about 5 s of upload
    total = len(site_files(big))
    env = {**portal.env, "SITE_DIR": str(big), "DEPLOY_BWLIMIT": "2048"}
    proc = subprocess.Popen(
        [str(DEPLOY)], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    try:
        # Kill it once the upload is under way but not done.
        deadline = time.monotonic() + 30
        uploaded = 0
        partial = None
        while time.monotonic() < deadline and proc.poll() is None:
            partials = list((portal.path / "releases").glob("*.partial"))
            if partials:
                partial = partials[0]
                uploaded = sum(1 for p in partial.rglob("*") if p.is_file())
                if uploaded >= 3:
                    break
            time.sleep(0.05)
        assert proc.poll() is None, "the upload ended before it could be interrupted"
        assert partial is not None and 3 <= uploaded < total, (uploaded, total)
        os.killpg(proc.pid, sig)
        _, stderr = proc.communicate(timeout=90)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
    assert proc.returncode != 0

    assert portal.current() == first_release
    portal.assert_serves(first)
    if sig == signal.SIGTERM:
        assert "current) giữ nguyên" in stderr
        assert not list((portal.path / "releases").glob("*.partial")), "the trap removes the partial upload"
    else:
        # No trap runs on SIGKILL: the leftover stays until the next publication removes it.
        assert list((portal.path / "releases").glob("*.partial"))

    # The killed deploy's lock died with it: the next one gets it at once (it would fail otherwise).
    wait_next_second()
    third = make_site(tmp_path, "third")
    result = portal.deploy(third, DEPLOY_LOCK_WAIT="0")
    assert "bận" not in result.stderr
    portal.assert_serves(third)
    assert not list((portal.path / "releases").glob("*.partial"))
    assert len(portal.releases()) == 2


@pytest.mark.server
def test_failed_upload_leaves_current_as_it_was(portal, tmp_path):
    first = make_site(tmp_path, "first")
    portal.deploy(first)
    first_release = portal.current()

    wait_next_second()
    second = make_site(tmp_path, "second")
    # Stands for a connection dropped midway: the real rsync uploads part of the site, then the
    # command fails with rsync's own code for that (12).
    real_rsync = require_tool("rsync", "the deploy script uploads with rsync")
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    (fake_bin / "rsync").write_text(
        "#!/bin/sh\n"
        f'{real_rsync} --exclude=2021/ "$@" || exit $?\n'
        'echo "rsync: connection unexpectedly closed" >&2\n'
        "exit 12\n"
    )
    (fake_bin / "rsync").chmod(0o755)
    result = portal.run(DEPLOY, {"SITE_DIR": str(second), "PATH": f"{fake_bin}:{portal.env['PATH']}"})
    assert result.returncode != 0
    assert "current) giữ nguyên" in result.stderr
    assert portal.current() == first_release
    portal.assert_serves(first)
    assert portal.releases() == [first_release]


@pytest.mark.server
def test_rollback_returns_to_the_previous_release(portal, tmp_path):
    none_yet = portal.run(ROLLBACK)
    assert none_yet.returncode != 0
    assert "chưa có bản phát hành nào" in none_yet.stderr

    first = make_site(tmp_path, "first")
    portal.deploy(first)
    wait_next_second()
    second = make_site(tmp_path, "second")
    portal.deploy(second)
    portal.assert_serves(second)

    result = portal.run(ROLLBACK)
    assert result.returncode == 0, result.stderr
    assert "Đã quay lại" in result.stderr
    portal.assert_serves(first)

    again = portal.run(ROLLBACK)
    assert again.returncode != 0
    assert "không có bản phát hành nào cũ hơn" in again.stderr
    portal.assert_serves(first)
    assert len(portal.releases()) == 2


@pytest.mark.server
def test_keeps_only_the_last_five_releases(portal, tmp_path):
    names = []
    for n in range(KEEP_RELEASES + 2):
        if n:
            wait_next_second()
        site = make_site(tmp_path, f"r{n}")
        portal.deploy(site)
        names.append(portal.current())
    assert portal.releases() == names[-KEEP_RELEASES:]
    portal.assert_serves(site)

    # A machine whose clock is behind names its release older than all others: the last five
    # by name stay, and so does this one, since `current` points to it.
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    (fake_bin / "date").write_text("#!/bin/sh\necho 20010101T000000Z\n")
    (fake_bin / "date").chmod(0o755)
    behind = make_site(tmp_path, "clock-behind")
    portal.deploy(behind, PATH=f"{fake_bin}:{portal.env['PATH']}")
    assert portal.current().startswith("20010101T000000Z-")
    assert portal.releases() == [portal.current(), *names[-KEEP_RELEASES:]]
    portal.assert_serves(behind)


@pytest.mark.server
def test_refuses_a_server_whose_host_key_is_not_pinned(portal, tmp_path, ssh_server):
    other = tmp_path / "other_key"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "", "-f", str(other)], check=True, timeout=30)
    wrong = tmp_path / "known_hosts"
    wrong.write_text(f"[127.0.0.1]:{ssh_server['port']} " + " ".join((tmp_path / "other_key.pub").read_text().split()[:2]) + "\n")
    site = make_site(tmp_path, "first")
    result = portal.run(DEPLOY, {"SITE_DIR": str(site), "DEPLOY_KNOWN_HOSTS": str(wrong)})
    assert result.returncode != 0
    assert not (portal.path / "current").exists()
    assert portal.releases() == []


# ---------------------------------------------------------------- issue #12: races and leftovers


@pytest.mark.server
def test_second_deploy_waits_for_the_first_instead_of_removing_its_upload(portal, tmp_path):
    """Finding 2a, and its siblings: a deploy, or a rollback, started during an upload waits for the lock
    or stops with a message; it never takes the running upload's .partial for a leftover."""
    first = make_site(tmp_path, "first")
    portal.deploy(first)
    first_release = portal.current()

    wait_next_second()
    # 20 MiB at 2 MiB/s: about 10 s of upload, time enough for the two refused attempts below.
    big = make_site(tmp_path, "big", big_files=80)
    uploading = start_deploy(portal, big, DEPLOY_BWLIMIT="2048")
    try:
        partial = wait_for_upload(portal, uploading, len(site_files(big)))
        wait_next_second()  # a release name of its own for the second deploy
        second = make_site(tmp_path, "second")

        impatient = portal.run(DEPLOY, {"SITE_DIR": str(second), "DEPLOY_LOCK_WAIT": "1"})
        assert impatient.returncode == 75, impatient.stderr
        assert "Máy chủ đang bận: một lần xuất bản khác (bản " in impatient.stderr
        assert "Sau 1 giây máy chủ vẫn bận" in impatient.stderr
        rollback = portal.run(ROLLBACK, {"DEPLOY_LOCK_WAIT": "1"})
        assert rollback.returncode == 75, rollback.stderr
        assert "Máy chủ đang bận" in rollback.stderr
        assert uploading.poll() is None and partial.is_dir(), "the running upload was disturbed"
        assert portal.current() == first_release

        patient = start_deploy(portal, second, DEPLOY_LOCK_WAIT="120")
        try:
            _, first_err = uploading.communicate(timeout=120)
            _, second_err = patient.communicate(timeout=120)
        finally:
            end_session(patient)
    finally:
        end_session(uploading)
    assert uploading.returncode == 0, first_err
    assert "Đã xuất bản" in first_err
    assert patient.returncode == 0, second_err
    assert "Máy chủ đang bận" in second_err and "Đã xuất bản" in second_err
    big_release = partial.name.removesuffix(".partial")
    assert site_files(portal.path / "releases" / big_release) == site_files(big)
    assert portal.releases() == sorted([first_release, big_release, portal.current()])
    portal.assert_serves(second)


@pytest.mark.server
def test_pruning_counts_only_complete_releases(portal, tmp_path):
    """Finding 2b: a folder that is not a complete release is neither counted among the five kept nor deleted."""
    releases = portal.path / "releases"
    releases.mkdir()
    old = [f"2020010{n}T000000Z-aaaaaa{n}" for n in range(1, 7)]
    for name in old:
        (releases / name).mkdir()
        (releases / name / "index.html").write_text(f"<p>{name}</p>\n")
    odd = {
        "20991231T235959Z-x": None,  # the name pattern, but not a git sha; empty
        "20991231T235959Z-abcdef0": None,  # a release's name, without index.html
        "ban-sao-cu": "index.html",  # a copy made by hand
    }
    for name, content in odd.items():
        (releases / name).mkdir()
        if content:
            (releases / name / content).write_text("<p>copy</p>\n")
    (releases / "ghi-chu.txt").write_text("notes\n")

    site = make_site(tmp_path, "new")
    result = portal.deploy(site)
    portal.assert_serves(site)
    assert complete_releases(portal) == [*old[-(KEEP_RELEASES - 1):], portal.current()]
    for name in [*odd, "ghi-chu.txt"]:
        assert (releases / name).exists(), f"{name} must be left alone"
        assert f"Để nguyên releases/{name}: không phải bản phát hành hoàn chỉnh" in result.stderr
    for name in old[: -(KEEP_RELEASES - 1)]:
        assert f"Xoá bản phát hành cũ: {name}" in result.stderr


@pytest.mark.server
def test_rollback_skips_incomplete_releases(portal, tmp_path):
    """Finding 2c: rollback passes over a release without index.html to the complete one before it."""
    sites = []
    for n in range(3):
        if n:
            wait_next_second()
        sites.append(make_site(tmp_path, f"r{n}"))
        portal.deploy(sites[-1])
    r0, r1, r2 = portal.releases()
    (portal.path / "releases" / r1 / "index.html").unlink()  # damaged by hand, say

    result = portal.run(ROLLBACK)
    assert result.returncode == 0, result.stderr
    assert f"Bỏ qua releases/{r1}: bản này không hoàn chỉnh" in result.stderr
    assert f"Đã quay lại: {portal.path}/current -> releases/{r0} (thay cho {r2})." in result.stderr
    assert portal.current() == r0
    portal.assert_serves(sites[0])

    again = portal.run(ROLLBACK)
    assert again.returncode == 4
    assert "không có bản phát hành nào cũ hơn" in again.stderr
    assert portal.current() == r0


@pytest.mark.server
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["terminated", "interrupted"])
def test_stopped_deploy_ends_its_upload_with_it(portal, tmp_path, sig):
    """Finding 2d: a signal to the deploy script alone (not its process group) ends its rsync too, at once."""
    first = make_site(tmp_path, "first")
    portal.deploy(first)
    first_release = portal.current()

    wait_next_second()
    big = make_site(tmp_path, "big", big_files=80)  # 20 MiB at 2 MiB/s: about 10 s of upload
    proc = start_deploy(portal, big, DEPLOY_BWLIMIT="2048")
    try:
        partial = wait_for_upload(portal, proc, len(site_files(big)))
        os.kill(proc.pid, sig)
        signalled = time.monotonic()
        _, stderr = proc.communicate(timeout=60)
        took = time.monotonic() - signalled
        # Whatever is left of the upload (here, the SSH server's side runs on this machine too).
        deadline = time.monotonic() + 10
        while (left := processes_mentioning(partial.name)) and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        end_session(proc)
    assert proc.returncode == 128 + sig, stderr
    assert not left, f"still running after deploy.sh ended: {left}"
    # The upload had about 9 s to go: the script used to wait for all of it before its trap ran.
    assert took < 7, f"deploy.sh took {took:.1f} s to stop: it waited for the upload"
    assert "current) giữ nguyên" in stderr
    assert not partial.exists()
    assert portal.current() == first_release
    portal.assert_serves(first)

    # And it let go of the lock.
    wait_next_second()
    second = make_site(tmp_path, "second")
    portal.deploy(second, DEPLOY_LOCK_WAIT="0")
    portal.assert_serves(second)


# ---------------------------------------------------------------- the nginx sample


@pytest.mark.server
def test_nginx_sample_caches_hashed_assets_and_sends_security_headers(portal, tmp_path):
    site = make_site(tmp_path, "first")
    portal.deploy(site)
    bundle = next(p for p in site_files(site) if p.startswith("assets/javascripts/bundle."))
    css = next(p for p in site_files(site) if p.startswith("assets/stylesheets/main."))

    status, headers, _ = fetch(portal.base_url, "/" + bundle)
    assert status == 200
    assert headers["Cache-Control"] == "public, max-age=31536000, immutable"
    for path in ("/", "/2021/muc-tieu/", "/stylesheets/extra.css", "/search/search_index.json"):
        status, headers, _ = fetch(portal.base_url, path)
        assert (status, headers["Cache-Control"]) == (200, "no-cache"), path
    status, headers, _ = fetch(portal.base_url, "/" + UNCHANGED_ASSET)
    assert headers["Cache-Control"] == "public, max-age=86400"

    status, headers, body = fetch(portal.base_url, "/khong-co-trang-nay/")
    assert status == 404
    assert body == (site / "404.html").read_bytes()
    assert "immutable" not in headers.get("Cache-Control", "")
    status, headers, _ = fetch(portal.base_url, "/assets/javascripts/bundle.00000000.min.js")
    assert status == 404 and "Cache-Control" not in headers, "a missing asset must not be cached"

    for path in ("/", "/khong-co-trang-nay/"):
        _, headers, _ = fetch(portal.base_url, path)
        csp = headers["Content-Security-Policy"]
        assert "default-src 'self'" in csp and "script-src 'self' 'sha256-" in csp
        assert "'unsafe-inline'" not in csp and "'unsafe-eval'" not in csp
        assert "frame-ancestors 'self'" in csp
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert headers["X-Frame-Options"] == "SAMEORIGIN"
        assert "camera=()" in headers["Permissions-Policy"]

    _, headers, _ = fetch(portal.base_url, "/" + css, {"Accept-Encoding": "gzip"})
    assert headers.get("Content-Encoding") == "gzip"
    status, headers = fetch_no_redirect(portal.base_url + "/2021/muc-tieu")
    assert (status, headers["Location"]) == (301, "/2021/muc-tieu/")


def fetch_no_redirect(url: str) -> tuple[int, dict]:
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(url, timeout=10) as response:
            return response.status, dict(response.headers)
    except urllib.error.HTTPError as error:
        with error:
            return error.code, dict(error.headers)


# ---------------------------------------------------------------- refusals, no server needed


def test_refuses_missing_variables(tmp_path):
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path), "DEPLOY_ALLOW_ILLUSTRATIVE": "1"}
    for script in (DEPLOY, ROLLBACK):
        result = subprocess.run([str(script)], cwd=REPO, env=env, capture_output=True, text=True, timeout=30)
        assert result.returncode == 2, result.stderr
        assert "thiếu biến môi trường" in result.stderr
        for name in ("DEPLOY_HOST", "DEPLOY_PORT", "DEPLOY_USER", "DEPLOY_PATH", "DEPLOY_SSH_KEY", "DEPLOY_KNOWN_HOSTS"):
            assert name in result.stderr

    partial = {**env, "DEPLOY_HOST": "127.0.0.1", "DEPLOY_PORT": "22", "DEPLOY_USER": "u", "DEPLOY_PATH": "/srv/x"}
    result = subprocess.run([str(DEPLOY)], cwd=REPO, env=partial, capture_output=True, text=True, timeout=30)
    assert result.returncode == 2
    assert "thiếu biến môi trường: DEPLOY_SSH_KEY DEPLOY_KNOWN_HOSTS." in result.stderr


def test_refuses_a_deploy_path_that_needs_quoting(tmp_path):
    key = tmp_path / "key"
    key.write_text("not used")
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "DEPLOY_HOST": "127.0.0.1",
        "DEPLOY_PORT": "22",
        "DEPLOY_USER": "u",
        "DEPLOY_PATH": "/srv/x; rm -rf ~",
        "DEPLOY_SSH_KEY": str(key),
        "DEPLOY_KNOWN_HOSTS": str(key),
    }
    result = subprocess.run([str(DEPLOY)], cwd=REPO, env=env, capture_output=True, text=True, timeout=30)
    assert result.returncode == 2
    assert "DEPLOY_PATH không hợp lệ" in result.stderr


def project_copy(tmp_path: pathlib.Path, campaign_main: str | None = None) -> pathlib.Path:
    """A throwaway checkout: the scripts, the campaign package, the venv, the real (illustrative) data, a git commit."""
    project = tmp_path / "project"
    shutil.copytree(REPO / "scripts", project / "scripts")
    shutil.copytree(REPO / "campaign", project / "campaign", ignore=shutil.ignore_patterns("__pycache__"))
    if campaign_main is not None:
        (project / "campaign" / "__main__.py").write_text(campaign_main)
    (project / ".venv").symlink_to(REPO / ".venv")
    shutil.copytree(REPO / "data", project / "data")
    git = ["git", "-C", str(project), "-c", "user.name=test", "-c", "user.email=test@invalid"]
    subprocess.run([*git, "init", "-q"], check=True, timeout=30)
    subprocess.run([*git, "commit", "-q", "--allow-empty", "-m", "test"], check=True, timeout=30)
    return project


def settings(tmp_path: pathlib.Path) -> dict:
    key = tmp_path / "key"
    key.write_text("not used: the deploy stops before connecting")
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "DEPLOY_HOST": "127.0.0.1",
        "DEPLOY_PORT": "9",
        "DEPLOY_USER": "nobody",
        "DEPLOY_PATH": str(tmp_path / "portal"),
        "DEPLOY_SSH_KEY": str(key),
        "DEPLOY_KNOWN_HOSTS": str(key),
    }


def test_refuses_illustrative_data_unless_allowed(tmp_path):
    project = project_copy(tmp_path)
    result = subprocess.run(
        [str(project / "scripts" / "deploy.sh")], cwd=project, env=settings(tmp_path), capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 3, result.stderr
    assert "minh họa" in result.stderr
    assert not (tmp_path / "portal").exists()


def test_refuses_when_publishability_cannot_be_checked(tmp_path):
    """Fails closed: a checker that crashes is no permission to publish."""
    project = project_copy(tmp_path, campaign_main="import sys\nsys.exit(7)\n")
    result = subprocess.run(
        [str(project / "scripts" / "deploy.sh")], cwd=project, env=settings(tmp_path), capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1, result.stderr
    assert "Không kiểm tra được" in result.stderr and "mã 7" in result.stderr
    assert not (tmp_path / "portal").exists()


# ---------------------------------------------------------------- issue #12: only a successful build is published

# What `make build` reads; copied from the work tree, so that the tests see the code as it is now.
BUILD_SOURCES = ("Makefile", "mkdocs.yml", ".gitignore", "docs", "overrides", "macros", "hooks", "campaign", "data",
                 "scripts", "requirements")


def built_project(tmp_path: pathlib.Path) -> pathlib.Path:
    """A clean git checkout of this work tree's build sources (one commit) that uses this checkout's venv."""
    project = tmp_path / "project"
    project.mkdir()
    for part in BUILD_SOURCES:
        source = REPO / part
        if source.is_dir():
            shutil.copytree(source, project / part, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, project / part)
    git(project, "init", "-q")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "test")
    (project / ".git" / "info" / "exclude").write_text("/.venv\n")
    (project / ".venv").symlink_to(REPO / ".venv")
    return project


def git(project: pathlib.Path, *args: str) -> str:
    command = ["git", "-C", str(project), "-c", "user.name=test", "-c", "user.email=test@invalid", *args]
    return subprocess.run(command, check=True, capture_output=True, text=True, timeout=60).stdout


def make_build(project: pathlib.Path, **popen) -> subprocess.CompletedProcess | subprocess.Popen:
    """`make build` in `project`; -o: the venv is this checkout's, already installed, never reinstalled from the copy."""
    command = ["make", "-s", "-o", ".venv/.site-installed", "build"]
    env = {**os.environ, "SITE_URL": ""}
    if popen:
        return subprocess.Popen(command, cwd=project, env=env, text=True, **popen)
    return subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, timeout=300)


def _ours(output: str) -> list[str]:
    """The lines the build printed, without make's own "make: *** [Makefile:…] Error 1" after a failed recipe
    ("make[1]: ***" when the tests themselves run under make, as `make test-fast` runs them)."""
    return [line for line in output.rstrip().splitlines() if not re.match(r"make(\[\d+\])?: \*\*\*", line)]


def build_leftovers(project: pathlib.Path) -> list[str]:
    return sorted(p.name for p in project.iterdir() if p.name.startswith((".site-build-", ".site-old-")))


def run_deploy(project: pathlib.Path, tmp_path: pathlib.Path, **extra_env) -> subprocess.CompletedProcess:
    """deploy.sh of `project`, with settings that lead nowhere: every refusal here comes before connecting."""
    env = {**settings(tmp_path), "DEPLOY_ALLOW_ILLUSTRATIVE": "1", **extra_env}
    return subprocess.run([str(project / "scripts" / "deploy.sh")], cwd=project, env=env, capture_output=True, text=True,
                          timeout=60)


@pytest.mark.site
def test_refused_build_is_never_published(tmp_path):
    """Finding 1: a build MkDocs refuses leaves site/ as it was, and deploy.sh refuses that older site."""
    project = built_project(tmp_path)
    built = make_build(project)
    assert built.returncode == 0, built.stderr
    assert "Đã dựng trang vào site/" in built.stderr
    site = project / "site"
    before = site_files(site)
    stamp = site_stamp.read(site)
    assert stamp["commit"] == git(project, "rev-parse", "HEAD").strip() and stamp["clean"] == "yes"

    # A broken link, committed: in strict mode MkDocs writes every page, then stops on the warning.
    page = sorted((project / "docs").rglob("*.md"))[0]
    page.write_text(page.read_text(encoding="utf-8") + "\n[liên kết hỏng](khong-co-trang-nay.md)\n", encoding="utf-8")
    git(project, "commit", "-q", "-am", "broken link")
    refused = make_build(project)
    assert refused.returncode != 0
    assert "khong-co-trang-nay.md" in refused.stderr
    assert _ours(refused.stderr)[-1].startswith("Trang web chưa được dựng, site/ giữ nguyên: hãy sửa")
    assert site_files(site) == before and site_stamp.read(site) == stamp
    assert build_leftovers(project) == []
    assert git(project, "status", "--porcelain") == "", "make build's temporary files must be ignored by git"

    deploy = run_deploy(project, tmp_path)
    assert deploy.returncode == 6, deploy.stderr
    assert "không phải bản dựng của phiên bản hiện tại" in deploy.stderr and "make build" in deploy.stderr
    assert "Đã xuất bản" not in deploy.stderr
    assert not (tmp_path / "portal").exists()


@pytest.mark.site
def test_build_with_broken_data_says_so_in_vietnamese_at_the_line(tmp_path):
    """Finding 1: the Office reads why, in Vietnamese, at the file and line; not only an English MkDocs line."""
    project = built_project(tmp_path)
    data_file = sorted((project / "data").glob("*/*.yml"))[0]
    text = data_file.read_text(encoding="utf-8")
    assert text.endswith("\n")
    key = re.search(r"(?m)^([a-z_]+):", text).group(1)
    data_file.write_text(text + f"{key}: lặp lại\n", encoding="utf-8")
    line = len(text.splitlines()) + 1

    result = make_build(project)
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "Số liệu có lỗi, trang web không được tạo:" in output
    assert f"{data_file.relative_to(project).as_posix()}:{line}:1: LỖI [yaml-duplicate-key]" in output
    # It ends with one sentence saying what to do, not with MkDocs' exit code.
    assert _ours(output)[-1] == ("Trang web chưa được dựng, site/ giữ nguyên: hãy sửa các LỖI ở trên, "
                                                "bắt đầu từ lỗi đầu tiên, rồi chạy lại make build.")
    assert "mkdocs" not in output.lower()
    assert not re.search(r"(?m)^(WARNING|ERROR)\b", output), output
    assert not (project / "site").exists() and build_leftovers(project) == []


@pytest.mark.site
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["terminated", "killed"])
def test_interrupted_build_leaves_the_previous_site(tmp_path, sig):
    """Finding 1: a build stopped while MkDocs writes leaves the previous site/ whole; the next build cleans up."""
    project = built_project(tmp_path)
    assert make_build(project).returncode == 0
    site = project / "site"
    before, stamp = site_files(site), site_stamp.read(site)

    proc = make_build(project, start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        writing = False
        while not writing and time.monotonic() < deadline and proc.poll() is None:
            writing = any(p.is_file() for d in project.glob(".site-build-*") for p in d.rglob("*"))
            time.sleep(0.02)
        assert writing and proc.poll() is None, "the build ended before it could be interrupted"
        os.killpg(proc.pid, sig)
        _, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
    assert proc.returncode != 0
    assert site_files(site) == before and site_stamp.read(site) == stamp
    assert git(project, "status", "--porcelain") == ""
    if sig == signal.SIGTERM:
        assert "Dựng trang bị dừng: site/ giữ nguyên" in stderr
        assert build_leftovers(project) == []

    rebuilt = make_build(project)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert build_leftovers(project) == []
    assert site_files(site) == before, "same sources, same site"


def test_deploy_refuses_a_site_the_current_commits_build_did_not_make(tmp_path):
    """Finding 1: no stamp, a stamp of a dirty work tree, or a file changed after the build: refused, with the reason."""
    project = built_project(tmp_path)
    head = git(project, "rev-parse", "HEAD").strip()
    site = make_site(tmp_path, "site")
    cases = {
        "không có dấu của một lần dựng thành công": lambda: (site / site_stamp.STAMP_NAME).unlink(),
        "được dựng khi thư mục làm việc còn thay đổi chưa commit": lambda: site_stamp.write(site, head, clean=False),
        "đã thay đổi sau khi dựng": lambda: (
            site_stamp.write(site, head, clean=True),
            (site / "index.html").write_text("<p>sửa tay</p>\n", encoding="utf-8"),
        ),
    }
    for message, spoil in cases.items():
        spoil()
        result = run_deploy(project, tmp_path, SITE_DIR=str(site))
        assert result.returncode == 6, (message, result.stderr)
        assert message in result.stderr and "make build" in result.stderr
        assert not (tmp_path / "portal").exists()


def test_refuses_data_changed_since_the_commit(tmp_path):
    """Sibling of finding 1: the publishability check reads data/ as it is; the site was built from the commit's."""
    project = built_project(tmp_path)
    live = subprocess.run([str(project / ".venv" / "bin" / "python"), "-m", "campaign", "go-live", "2021", "data"],
                          cwd=project, capture_output=True, text=True, timeout=60)
    assert live.returncode == 0, live.stderr
    check = subprocess.run([str(project / ".venv" / "bin" / "python"), "-m", "campaign", "publishable", "data"],
                           cwd=project, capture_output=True, text=True, timeout=60)
    assert check.returncode == 0, "the edited data must pass the check, or this test proves nothing: " + check.stderr
    site = make_site(tmp_path, "site")
    site_stamp.write(site, git(project, "rev-parse", "HEAD").strip(), clean=True)
    result = run_deploy(project, tmp_path, SITE_DIR=str(site), DEPLOY_ALLOW_ILLUSTRATIVE="")
    assert result.returncode == 6, result.stderr
    assert "data/ có thay đổi chưa commit" in result.stderr
    assert not (tmp_path / "portal").exists()


@pytest.fixture(scope="module")
def real_site(tmp_path_factory) -> pathlib.Path:
    """The project's own site, built by MkDocs from a copy of the sources (data/ may not exist yet on a branch)."""
    tmp = tmp_path_factory.mktemp("real-site")
    project = tmp / "project"
    for part in ("docs", "macros", "campaign", "data", "hooks", "overrides"):
        if (REPO / part).exists():
            shutil.copytree(REPO / part, project / part, ignore=shutil.ignore_patterns("__pycache__"))
    (project / "data").mkdir(exist_ok=True)
    shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": ""}
    build = subprocess.run(
        [str(REPO / ".venv" / "bin" / "mkdocs"), "build", "--strict", "--quiet", "--site-dir", str(tmp / "site")],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr
    stamp_as_built(tmp / "site")
    return tmp / "site"


@pytest.mark.site
def test_nginx_sample_allows_every_inline_script_of_the_real_build(real_site):
    """The CSP hashes in the sample must cover the inline scripts Material writes into a real build."""
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import csp_hashes
    finally:
        sys.path.pop(0)
    needed = set(csp_hashes.site_hashes(real_site))
    assert needed, "a Material page has inline scripts: finding none means the parser broke"
    csp = re.search(r'Content-Security-Policy "([^"]+)"', NGINX_EXAMPLE.read_text()).group(1)
    directives = {d.split()[0]: set(d.split()[1:]) for d in csp.split(";") if d.strip()}
    missing = needed - directives["script-src"]
    assert not missing, f"add to script-src in deploy/nginx.conf.example: {' '.join(sorted(missing))}"


@pytest.mark.site
@pytest.mark.server
@pytest.mark.browser
def test_real_site_published_and_served_runs_under_the_sample_csp(portal, real_site):
    """Build, publish, serve, read: a browser sees no CSP violation or script error, and search works."""
    chromium = require_tool("chromium", "the test opens the published site in a real browser")
    from playwright.sync_api import sync_playwright

    portal.deploy(real_site)
    portal.assert_serves(real_site)
    problems = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"], timeout=30_000)
        try:
            page = browser.new_page()
            page.set_default_timeout(15_000)
            page.add_init_script(
                "document.addEventListener('securitypolicyviolation',"
                " e => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI))"
            )
            page.on("console", lambda m: m.type == "error" and "CSP violation" in m.text and problems.append(m.text))
            page.on("pageerror", lambda e: problems.append(f"script error: {e}"))
            pages = sorted(url_path(p.relative_to(real_site).as_posix()) for p in real_site.rglob("index.html"))
            for path in pages:
                page.goto(portal.base_url + path)
                assert page.evaluate("typeof __md_get") == "function", f"{path}: Material's inline script did not run"
            # Search runs in a web worker that fetches the index: worker-src and connect-src.
            page.goto(portal.base_url + "/")
            page.locator(".md-search__input").click()
            page.keyboard.type("thi đua", delay=20)
            page.locator(".md-search-result__item").first.wait_for(state="visible")
        finally:
            browser.close()
    assert not problems, problems


# ---------------------------------------------------------------- issue #19: only the repository's own regular files

@pytest.mark.site
def test_build_refuses_a_link_anywhere_a_pull_request_can_put_one(tmp_path):
    """A link committed under docs/ had the build copy what it points to into the site, stamped clean."""
    project = built_project(tmp_path)
    (project / "docs" / "bi-mat.md").symlink_to("/etc/passwd")
    (project / ".github").mkdir()
    (project / ".github" / "mau.md").symlink_to("../mkdocs.yml")
    (project / "overrides" / "partials" / "aux.html").write_text("x", encoding="utf-8")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "links")
    (project / "docs" / "chua-commit.md").symlink_to("/etc/hostname")  # a local build reads untracked files too
    result = make_build(project)
    assert result.returncode != 0, result.stderr
    for path, code in (("docs/bi-mat.md", "file-not-regular"), (".github/mau.md", "file-not-regular"),
                       ("docs/chua-commit.md", "file-not-regular"), ("overrides/partials/aux.html", "file-name-reserved")):
        assert f"{path}:1:1: LỖI [{code}]" in result.stderr, result.stderr
    assert "root:" not in result.stdout + result.stderr
    assert "site/ không bị thay đổi" in result.stderr and not (project / "site").exists()
    assert build_leftovers(project) == []
