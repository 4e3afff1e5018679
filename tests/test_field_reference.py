"""The guide's reference names every field of every data file, as the schemas have them, and says each in the
Office's words: a field added to a schema without its Vietnamese description, or missing from the built page,
fails here."""

import json
import re
from html.parser import HTMLParser

import pytest

from campaign.publish.field_guide import FILES, fields, schema, words_for
from campaign.read.schema import SCHEMA_DIR


def property_names(node, out=None) -> set[str]:
    """Every key under any `properties` of a schema, wherever it is (branches, items, definitions): a walk of
    its own, so that a field the reference's walk misses is still asked for."""
    out = set() if out is None else out
    if isinstance(node, dict):
        for name, child in node.get("properties", {}).items():
            out.add(name)
            property_names(child, out)
        for key, child in node.items():
            if key != "properties":
                property_names(child, out)
    elif isinstance(node, list):
        for child in node:
            property_names(child, out)
    return out


def described(node, path="") -> list[str]:
    """Each property, and each list's items, without a description (after following a $ref)."""
    missing = []
    if isinstance(node, dict):
        for name, child in node.get("properties", {}).items():
            if "description" not in child and "$ref" not in child and not path.endswith("then"):
                missing.append(f"{path}.{name}")
            missing += described(child, f"{path}.{name}")
        for key, child in node.items():
            if key not in ("properties", "if"):
                missing += described(child, f"{path}.{key}" if key != "then" else f"{path}.then")
    elif isinstance(node, list):
        for i, child in enumerate(node):
            missing += described(child, f"{path}[{i}]")
    return missing


@pytest.mark.parametrize("name", sorted(p.name for p in SCHEMA_DIR.glob("*.schema.json")))
def test_every_field_of_every_schema_has_a_vietnamese_description(name):
    assert described(json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))) == []


def test_every_schema_is_in_the_reference():
    assert {s for _, s in FILES} == {p.name for p in SCHEMA_DIR.glob("*.schema.json")}


@pytest.mark.parametrize("data_file, schema_name", FILES)
def test_the_reference_walks_every_field(data_file, schema_name):
    root = schema(schema_name)
    walked = {re.split(r"[.\[\]]+", f.path.replace("<mã>", ""))[-1] or f.path for f in fields(root)}
    walked |= {part for f in fields(root) for part in re.split(r"[.\[\]]+", f.path)}
    assert property_names(root) - walked == set()


def enums(node) -> list[list]:
    if isinstance(node, dict):
        return ([node["enum"]] if "enum" in node else []) + [e for child in node.values() for e in enums(child)]
    if isinstance(node, list):
        return [e for child in node for e in enums(child)]
    return []


def test_every_closed_list_of_values_is_said_in_words():
    for _, name in FILES:
        for values in enums(schema(name)):
            if not {"ma", "ten", "loai"} & set(values):  # a `propertyNames` list names fields, not values
                assert words_for(values), f"no words for {values}: add them to field_guide.FAMILIES"


class Codes(HTMLParser):
    """The code spans of the guide's reference, by the data file whose section (a heading "Tệp <file>: …") they
    are in."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.section = None
        self.by_file: dict[str, list[str]] = {}
        self.heading = self.code = None  # the text of the heading, the code span, being read

    def handle_starttag(self, tag, attrs):
        if tag in ("h2", "h3"):
            self.heading, self.section = "", None
        elif tag == "code" and self.heading is None:
            self.code = ""

    def handle_endtag(self, tag):
        if tag in ("h2", "h3") and self.heading is not None:
            found = re.match(r"Tệp (\S+):", self.heading)
            self.section = found.group(1) if found and tag == "h3" else None
            self.heading = None
        elif tag == "code" and self.code is not None:
            if self.section:
                self.by_file.setdefault(self.section, []).append(self.code)
            self.code = None

    def handle_data(self, data):
        if self.heading is not None:
            self.heading += data
        elif self.code is not None:
            self.code += data


@pytest.mark.site
@pytest.mark.parametrize("data_file, schema_name", FILES)
def test_the_built_guide_names_every_field_of_every_data_file(built_site, data_file, schema_name):
    parser = Codes()
    parser.feed((built_site / "huong-dan" / "index.html").read_text(encoding="utf-8"))
    names = set()
    for code in parser.by_file.get(data_file, []):
        names |= {part for part in re.split(r"[.\[\]]+", code) if part}
    missing = property_names(schema(schema_name)) - names
    assert not missing, f"the guide's reference of {data_file} lacks: {', '.join(sorted(missing))}"
    paths = {f.path for f in fields(schema(schema_name))}
    assert paths <= set(parser.by_file[data_file])
