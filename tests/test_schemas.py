"""The JSON Schemas the checker and the Office's editor use: valid, described in Vietnamese, and used by the data."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from campaign.read.schema import SCHEMA_DIR

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = sorted(SCHEMA_DIR.glob("*.schema.json"))


@pytest.mark.parametrize("path", SCHEMAS, ids=[p.name for p in SCHEMAS])
def test_schema_is_valid_draft_2020_12(path: Path):
    Draft202012Validator.check_schema(json.loads(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("path", SCHEMAS, ids=[p.name for p in SCHEMAS])
def test_every_data_file_names_its_schema(path: Path):
    users = [p for p in (ROOT / "data").rglob("*.yml")
             if re.search(rf"\$schema=\S*/{re.escape(path.name)}$", p.read_text(encoding="utf-8").splitlines()[0])]
    assert users, f"no data file starts with '# yaml-language-server: $schema=…/{path.name}'"


def _types(node: dict) -> set:
    kind = node.get("type")
    return set(kind) if isinstance(kind, list) else {kind}


def _nodes(node, path=()):
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from _nodes(value, path + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _nodes(value, path + (index,))


@pytest.mark.parametrize("path", SCHEMAS, ids=[p.name for p in SCHEMAS])
def test_every_number_has_a_sensible_range(path: Path):
    unbounded = ["/".join(map(str, where)) for where, node in _nodes(json.loads(path.read_text(encoding="utf-8")))
                 if _types(node) & {"integer", "number"} and not ("minimum" in node and "maximum" in node)]
    assert not unbounded, f"give these a minimum and a maximum: {unbounded}"


@pytest.mark.parametrize("path", SCHEMAS, ids=[p.name for p in SCHEMAS])
def test_every_text_has_a_length_limit(path: Path):
    # A 100,000-character name made a 9.6 MB site: each text is bounded by what it holds (a code, a name, a passage).
    unbounded = ["/".join(map(str, where)) for where, node in _nodes(json.loads(path.read_text(encoding="utf-8")))
                 if "string" in _types(node) and "maxLength" not in node
                 and not re.fullmatch(r"[^+*]*", node.get("pattern", "+"))]  # a pattern without + or * bounds it
    assert not unbounded, f"give these a maxLength: {unbounded}"


def test_every_id_pattern_says_its_rule_and_ends_at_the_end():
    from campaign.read.schema import ID_RULES, python_regex

    patterns = {node["pattern"] for path in SCHEMAS for _, node in _nodes(json.loads(path.read_text(encoding="utf-8")))
                if isinstance(node.get("pattern"), str)}
    assert {p for p in patterns if "/" not in p} == set(ID_RULES)
    for pattern in patterns:
        # jsonschema uses re.search, where `$` also matches before a final line break; ECMA-262's does not.
        samples = [x for x in ("phong-b", "II.3a", "30/06/2021") if re.search(python_regex(pattern), x)]
        assert samples, pattern
        assert re.search(python_regex(pattern), samples[0] + "\n") is None, pattern


@pytest.mark.parametrize("path", SCHEMAS, ids=[p.name for p in SCHEMAS])
def test_every_percentage_is_marked_so_a_fraction_is_questioned(path: Path):
    unmarked = ["/".join(map(str, where)) for where, node in _nodes(json.loads(path.read_text(encoding="utf-8")))
                if "number" in _types(node) and "phần trăm" in node.get("description", "")
                and (node.get("format") != "phan-tram" or (node.get("minimum"), node.get("maximum")) != (0, 100))]
    assert not unmarked, f"a percentage is 0–100 with \"format\": \"phan-tram\": {unmarked}"
