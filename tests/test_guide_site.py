"""The Office guide as built: every message the checker can give is explained there, with an example."""

import pytest

from campaign.catalogue import CATALOGUE
from test_bad_data import emitted_codes
from visible import article_text

pytestmark = pytest.mark.site


def test_the_built_guide_explains_every_code_the_checker_can_emit(built_site):
    text = article_text(built_site / "huong-dan" / "index.html")
    missing = sorted(code for code in emitted_codes() if code not in text)
    assert not missing, f"the guide page lacks: {', '.join(missing)}"


def test_each_code_in_the_guide_has_its_fix_and_example(built_site):
    text = article_text(built_site / "huong-dan" / "index.html")
    for entry in CATALOGUE.values():
        assert f"{entry.title} · {entry.code}" in text
        assert entry.fix in text, entry.code
        assert entry.example_message() in text, entry.code
