"""A fresh clone's first `make serve`, `make build` and `make test` say one line per install step; the
installers' own output goes to a log shown only when they fail.

The Makefile's real recipes run here, in a copy of the files they read, with stand-ins for Python, pip, npm
and MkDocs that print as much as the real ones do (pip prints a hundred lines on this machine): installing
for real takes minutes, and what is tested is what reaches the terminal.
"""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

NOISE = "for i in $(seq 40); do echo \"noise $i\"; echo \"warning $i\" >&2; done"

# `python -m venv DIR` makes DIR/bin with a python, a pip (noisy, exit $PIP_EXIT) and an mkdocs that do nothing.
FAKE_PYTHON = f"""#!/bin/sh
if [ "$1" = "-m" ] && [ "$2" = "venv" ]; then
  mkdir -p "$3/bin"
  printf '#!/bin/sh\\nexit 0\\n' > "$3/bin/python"
  printf '#!/bin/sh\\nexit 0\\n' > "$3/bin/mkdocs"
  printf '#!/bin/sh\\n{NOISE}\\nexit ${{PIP_EXIT:-0}}\\n' > "$3/bin/pip"
  chmod +x "$3/bin/python" "$3/bin/mkdocs" "$3/bin/pip"
fi
"""
FAKE_NPM = f"""#!/bin/sh
mkdir -p node_modules
{NOISE}
exit ${{NPM_EXIT:-0}}
"""

PIP_STEPS = {
    "check": "Đang cài công cụ kiểm tra số liệu vào .venv (chỉ lần đầu)...",
    "site": "Đang cài công cụ dựng trang web vào .venv (chỉ lần đầu)...",
    "dev": "Đang cài công cụ kiểm thử vào .venv (chỉ lần đầu)...",
}
NPM_STEP = "Đang cài công cụ Node cho kiểm thử vào node_modules (chỉ lần đầu)..."


@pytest.fixture
def clone(tmp_path):
    """The files the install recipes read, as a fresh clone has them, and the stand-ins on PATH."""
    work = tmp_path / "clone"
    work.mkdir()
    for name in ("Makefile", "package.json", "package-lock.json"):
        shutil.copy(ROOT / name, work / name)
    shutil.copytree(ROOT / "requirements", work / "requirements")
    tools = tmp_path / "tools"
    tools.mkdir()
    for name, text in (("python-fake", FAKE_PYTHON), ("npm", FAKE_NPM)):
        (tools / name).write_text(text, encoding="utf-8")
        (tools / name).chmod(0o755)
    return work, tools


def make(clone, target, **env):
    work, tools = clone
    return subprocess.run(
        ["make", "--no-print-directory", target, f"PYTHON={tools / 'python-fake'}"], cwd=work,
        env={**os.environ, "PATH": f"{tools}:{os.environ['PATH']}", **env}, capture_output=True, text=True,
        timeout=60)


def lines(result) -> list[str]:
    return (result.stdout + result.stderr).splitlines()


@pytest.mark.parametrize("target, steps", [
    ("serve", [PIP_STEPS["site"]]),
    ("build", [PIP_STEPS["site"]]),
    ("validate", [PIP_STEPS["check"]]),
    ("test", [PIP_STEPS["dev"], NPM_STEP]),
])
def test_a_fresh_clone_says_one_line_per_install_step(clone, target, steps):
    result = make(clone, target)
    assert result.returncode == 0, result.stdout + result.stderr
    assert lines(result) == steps
    # Installed once: the next run says nothing about installing.
    assert lines(make(clone, target)) == []


def test_a_failed_pip_install_shows_its_log_and_stops(clone):
    result = make(clone, "build", PIP_EXIT="1")
    assert result.returncode != 0
    out = lines(result)
    assert out[0] == PIP_STEPS["site"]
    assert "noise 40" in out and "warning 40" in out
    assert not (clone[0] / ".venv" / ".site-installed").exists()


def test_a_failed_npm_install_shows_its_output_and_stops(clone):
    result = make(clone, "test", NPM_EXIT="1")
    assert result.returncode != 0
    out = lines(result)
    assert out[:2] == [PIP_STEPS["dev"], NPM_STEP]
    assert "noise 40" in out and "warning 40" in out
    assert not (clone[0] / "node_modules" / ".installed").exists()
