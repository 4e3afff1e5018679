"""Target kinds and count keys are each said once: the model, the schema, the evaluators and the wordings agree."""

import json
from enum import Enum

from factory import unit_result

from campaign.core.figures import COUNT_LABELS
from campaign.core.model import CollectiveTitle, TargetKind
from campaign.read.schema import SCHEMA_DIR
from campaign.score import kinds

SCHEMA = json.loads((SCHEMA_DIR / "chien-dich.schema.json").read_text(encoding="utf-8"))


def test_every_kind_is_known_everywhere():
    assert kinds.gaps(list(TargetKind), kinds.KINDS, SCHEMA) == []


def test_a_hypothetical_kind_is_named_in_each_place_it_lacks():
    # A kind added to the model alone: the registry and both places in the schema must be named.
    Extended = Enum("Extended", {**{k.name: k.value for k in TargetKind}, "SCORE": "diem-so"}, type=str)
    registry = {Extended(k.value): v for k, v in kinds.KINDS.items()}
    found = kinds.gaps(list(Extended), registry, SCHEMA)
    assert found == [
        "diem-so: no entry in kinds.KINDS (evaluation and wording)",
        "diem-so: not in the schema's chi_tieu.loai enum",
        "diem-so: no 'if loai = diem-so' branch in the schema saying which keys it needs",
    ]


def test_a_kind_only_in_the_schema_is_named_too():
    schema = json.loads(json.dumps(SCHEMA))
    schema["properties"]["chi_tieu"]["items"]["properties"]["loai"]["enum"].append("diem-so")
    found = kinds.gaps(list(TargetKind), kinds.KINDS, schema)
    assert "diem-so: not a member of model.TargetKind" in found
    assert "diem-so: no entry in kinds.KINDS (evaluation and wording)" in found


def test_what_a_kind_needs_is_what_the_schema_requires():
    schema = json.loads(json.dumps(SCHEMA))
    branch = next(b for b in schema["properties"]["chi_tieu"]["items"]["allOf"]
                  if b["if"]["properties"]["loai"]["const"] == "ty-le")
    branch["then"]["required"].remove("nguong")
    assert kinds.gaps(list(TargetKind), kinds.KINDS, schema) == [
        "ty-le: the schema requires ['mau_so', 'tu_so'], the kind needs ['mau_so', 'nguong', 'tu_so']"]


def test_a_kind_without_a_wording_cannot_be_made():
    class Half(kinds.Kind):
        kind = TargetKind.RATIO
        needs = frozenset()

        def evaluate(self, target, period, year, results):
            raise AssertionError

    try:
        Half()
    except TypeError as error:
        assert "method" in str(error) and "requirement" in str(error) and "value" in str(error)
    else:
        raise AssertionError("a kind without its wordings was accepted")


def test_count_keys_are_one_list_in_the_schema_the_labels_and_the_counts():
    in_schema = SCHEMA["$defs"]["so_dem"]["enum"]
    full = unit_result("u", 10, excellent=0, good=10, advanced=10, soldiers=1, title=CollectiveTitle.ADVANCED,
                       proposed=False)
    assert set(in_schema) == set(COUNT_LABELS) == set(full.counts())
    assert len(in_schema) == len(set(in_schema))
    # Every place in the schema that takes count keys refers to that one list.
    text = json.dumps(SCHEMA)
    assert text.count('"hoan_thanh_xuat_sac", "hoan_thanh_tot", "hoan_thanh"') <= 1
