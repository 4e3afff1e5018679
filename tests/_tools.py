"""Tests that need a tool from the system: skipped without it, required in CI."""

import os
import shutil

import pytest


def require_tool(path_or_name: str, why: str) -> None:
    """Skip the calling test when the tool is missing; fail instead when CI=true."""
    if os.path.isfile(path_or_name) or shutil.which(path_or_name):
        return
    message = f"{path_or_name} is missing: {why}"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{message} (required when CI=true)", pytrace=False)
    pytest.skip(message)
