"""require_tool skips without the program, and fails instead when CI=true."""

import pytest
from _tools import require_tool

MISSING = "no-such-program-for-the-test"


def test_found_tool_gives_its_path():
    assert require_tool("sh", "every test machine has a shell").endswith("/sh")


def test_missing_tool_skips_outside_ci(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match=f"{MISSING} not found: needed here"):
        require_tool(MISSING, "needed here")


def test_missing_tool_fails_in_ci(monkeypatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="required because CI=true"):
        require_tool(MISSING, "needed here")
