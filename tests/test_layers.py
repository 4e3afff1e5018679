"""The package's layers import only downwards, as README's Map says: core ← read ← score ← history ← publish ← office,
and the commands (cli.py) above them all. A module reaching up (publish/guide.py once imported office/lifecycle.py)
fails here, with the import named, instead of becoming a circle that one day breaks at import time."""

from __future__ import annotations

import ast
from pathlib import Path

CAMPAIGN = Path(__file__).resolve().parent.parent / "campaign"
LAYERS = ["core", "read", "score", "history", "publish", "office"]  # each may import those before it


def _layer(module: str) -> int:
    """The rank of a module named from the package (`campaign.read.load` → 1); the commands rank above all."""
    parts = module.split(".")
    return LAYERS.index(parts[1]) if len(parts) > 1 and parts[1] in LAYERS else len(LAYERS)


def _imports(source: str, module: str):
    """(line, module imported) for each import of the package in `module`'s source, relative ones resolved."""
    package = module.split(".")[:-1]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                yield node.lineno, ".".join(base + ([node.module] if node.module else []))
            elif node.module and node.module.startswith("campaign"):
                yield node.lineno, node.module
        elif isinstance(node, ast.Import):
            yield from ((node.lineno, a.name) for a in node.names if a.name.startswith("campaign"))


def _upward(source: str, module: str) -> list[str]:
    return [f"{module}:{line} imports {imported}" for line, imported in _imports(source, module)
            if _layer(imported) > _layer(module)]


def test_every_layer_imports_only_the_layers_below_it():
    found = []
    for path in sorted(CAMPAIGN.rglob("*.py")):
        parts = path.relative_to(CAMPAIGN.parent).with_suffix("").parts
        module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        if parts[-1] == "__init__":
            module += ".__init__"  # its relative imports start from the package itself
        found += _upward(path.read_text(encoding="utf-8"), module)
    assert not found, "\n".join(found)


def test_the_check_names_an_upward_import_and_passes_a_downward_one():
    assert _upward("from ..office.lifecycle import go_live\n", "campaign.publish.guide") == [
        "campaign.publish.guide:1 imports campaign.office.lifecycle"]
    assert _upward("from ...core import vi\nimport campaign.read.load\n", "campaign.publish.pages.home") == []
    assert _upward("from ..history import log\n", "campaign.read.load") == [
        "campaign.read.load:1 imports campaign.history"]


MOST_LINES = 510  # "no file over about 500 lines" (issue 17): a module past it holds two jobs; split it by job


def test_no_module_of_the_package_grows_past_about_500_lines():
    long = {path.relative_to(CAMPAIGN.parent).as_posix(): n for path in sorted(CAMPAIGN.rglob("*.py"))
            for n in [len(path.read_text(encoding="utf-8").splitlines())] if n > MOST_LINES}
    assert not long, long
