"""The shipped data files: editor schema line, a one-line description, illustrative flag, valid schemas."""

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parent.parent
DATA_FILES = sorted((ROOT / "data").glob("[0-9][0-9][0-9][0-9]/**/*.yml"))
SCHEMAS = {"chien-dich.yml": "chien-dich", "don-vi.yml": "don-vi"}


def test_there_is_data():
    assert len(DATA_FILES) >= 4


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_each_file_names_its_schema_and_says_what_it_holds(path):
    first, second = path.read_text(encoding="utf-8").splitlines()[:2]
    kind = SCHEMAS.get(path.name, "ket-qua")
    assert first.startswith("# yaml-language-server: $schema=")
    schema = (path.parent / first.split("=", 1)[1]).resolve()
    assert schema == ROOT / "data" / "schemas" / f"{kind}.schema.json"
    assert second.startswith("# ") and len(second) > 10


@pytest.mark.parametrize("path", sorted((ROOT / "data" / "schemas").glob("*.json")), ids=lambda p: p.name)
def test_schemas_are_valid_and_described_in_vietnamese(path):
    schema = json.loads(path.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    descriptions = []

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("description"), str):
                descriptions.append(node["description"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
    walk(schema)
    assert len(descriptions) > 5
    assert any(ch in "ăâđêôơưáàảãạ" for ch in schema["description"].lower())


def test_shipped_results_are_marked_illustrative():
    for path in (ROOT / "data").glob("*/ket-qua/*.yml"):
        text = path.read_text(encoding="utf-8")
        assert "minh_hoa: true" in text and "MINH HỌA" in text.splitlines()[1]
