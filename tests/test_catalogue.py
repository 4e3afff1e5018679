"""The catalogue of problem codes: every code the checker emits is in it, each entry complete and in Vietnamese."""

import pytest
from test_bad_data import VIETNAMESE, emitted_codes

from campaign.core.catalogue import CATALOGUE, Group


def test_the_catalogue_and_the_checker_know_the_same_codes():
    emitted, known = emitted_codes(), set(CATALOGUE)
    assert not emitted - known, f"add to campaign/core/catalogue/: {', '.join(sorted(emitted - known))}"
    assert not known - emitted, f"the checker never emits: {', '.join(sorted(known - emitted))}"


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_an_entry_explains_itself_and_its_example_fills_every_blank(code):
    entry = CATALOGUE[code]
    for text in (entry.title, entry.meaning, entry.fix, entry.example_message()):
        assert VIETNAMESE.search(text), f"{code}: {text!r}"
    assert set(entry.example) == entry.fields, f"{code}: the example must fill exactly {sorted(entry.fields)}"
    assert "{" not in entry.example_message()


def test_a_misspelt_code_fails_at_import_and_a_bare_string_is_refused():
    import campaign.core.catalogue as catalogue

    with pytest.raises(ImportError):
        exec("from campaign.core.catalogue import YAML_SYNTAXX")
    with pytest.raises(TypeError):
        catalogue.make("yaml-syntax", "data/x.yml", 1, 1)


def test_each_code_is_the_constant_named_after_it():
    import campaign.core.catalogue as catalogue

    for code, entry in CATALOGUE.items():
        assert getattr(catalogue, code.upper().replace("-", "_")) is entry


def test_every_group_has_codes():
    assert {c.group for c in CATALOGUE.values()} == set(Group)
