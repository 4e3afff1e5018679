"""The quick lock for `make validate` pins exactly what the site's lock pins for the same packages."""

import re
from pathlib import Path

REQUIREMENTS = Path(__file__).resolve().parent.parent / "requirements"


def entries(name: str) -> dict[str, tuple[str, frozenset[str]]]:
    text = (REQUIREMENTS / name).read_text(encoding="utf-8")
    found = {}
    for block in re.split(r"\n(?=[a-z])", text):
        head = re.match(r"([a-z0-9_.-]+)==(\S+)", block)
        if head:
            found[head.group(1)] = (head.group(2), frozenset(re.findall(r"sha256:[0-9a-f]{64}", block)))
    return found


def test_the_checkers_lock_is_a_subset_of_the_sites_with_the_same_hashes():
    check, site = entries("check.txt"), entries("site.txt")
    assert {"pyyaml", "jsonschema"} <= set(check)
    for name, pinned in check.items():
        assert site.get(name) == pinned, name
        assert pinned[1], f"{name} has no hash"


def test_the_checker_imports_nothing_of_the_site():
    import subprocess
    import sys

    code = ("import sys, campaign.cli, campaign.read.load, campaign.office.lifecycle, campaign.history.diff; "
            "print(sorted(m for m in ('mkdocs', 'material', 'markdown', 'jinja2') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=REQUIREMENTS.parent).stdout
    assert out.strip() == "[]"
