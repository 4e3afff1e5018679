"""The README, the Makefile and the command line agree, as sqlite-utils checks its own docs."""

import re
from pathlib import Path

from campaign.cli import subcommands

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")


def person_targets() -> list[str]:
    """The make targets a person runs: those the Makefile declares .PHONY."""
    line = next(line for line in MAKEFILE.splitlines() if line.startswith(".PHONY:"))
    return line.split(":", 1)[1].split()


def test_every_make_target_a_person_runs_is_in_the_readme():
    targets = person_targets()
    assert {"serve", "test", "test-fast", "build", "validate"} <= set(targets)
    missing = [t for t in targets if not re.search(rf"(?:`|^)make {re.escape(t)}(?![\w-])", README, re.MULTILINE)]
    assert not missing, f"README.md does not mention: {', '.join('make ' + t for t in missing)}"


def test_every_phony_target_exists():
    defined = set(re.findall(r"^([a-z][a-z-]*):", MAKEFILE, re.MULTILINE))
    assert set(person_targets()) <= defined


def test_every_subcommand_of_the_cli_is_in_the_readme():
    commands = subcommands()
    assert {"validate", "publishable", "diff"} <= set(commands)
    missing = [c for c in commands if f"python -m campaign {c}" not in README]
    assert not missing, f"README.md does not mention: {', '.join('python -m campaign ' + c for c in missing)}"


def test_the_quick_start_is_the_two_commands():
    start = README.split("## Quick start", 1)[1].split("##", 1)[0]
    block = re.search(r"```sh\n(.*?)```", start, re.DOTALL).group(1)
    assert [line.split()[:2] for line in block.strip().splitlines()] == [["make", "serve"], ["make", "test"]]
