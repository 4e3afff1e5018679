"""Finds the outside programs some tests need: skips without them, fails without them when CI=true."""

import os
import shutil

import pytest

# System daemons live in sbin, which a non-root PATH often lacks.
_EXTRA_PATH = ("/usr/local/sbin", "/usr/sbin", "/sbin")


def in_ci() -> bool:
    """CI sets CI=true: there every tool is installed by .ci/run, so a missing one is a failure."""
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def find_tool(name: str) -> str | None:
    search = os.pathsep.join([os.environ.get("PATH", ""), *_EXTRA_PATH])
    return shutil.which(name, path=search)


def require_tool(name: str, why: str) -> str:
    """Return the path of program `name`; without it skip the test, or fail it when CI=true.

    `why` says what the test needs it for, so the skip reason tells a person what is lost.
    """
    path = find_tool(name)
    if path:
        return path
    reason = f"{name} not found: {why} (install it, or run .ci/run which installs it)"
    if in_ci():
        pytest.fail(f"{reason}; required because CI=true", pytrace=False)
    pytest.skip(reason)
