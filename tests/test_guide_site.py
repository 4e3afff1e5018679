"""The Office guide as built: every message the checker can give is explained there, with an example."""

import pytest
from test_bad_data import emitted_codes
from visible import article_text

from campaign.core.catalogue import CATALOGUE

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


def test_the_guides_example_message_is_what_the_checker_says(tmp_path):
    """Example 1 of the guide quotes a message with its line: make that very mistake and compare."""
    import re
    import shutil
    from pathlib import Path

    from campaign.read.load import load

    root = Path(__file__).resolve().parent.parent
    guide = (root / "docs" / "huong-dan.md").read_text(encoding="utf-8").replace("{{ nam() }}", "2021")  # the year the guide speaks of: the data's newest
    quoted = re.search(r"> `(data/2021/ket-qua/ca-nam\.yml:\d+:\d+: LỖI \[ratings-sum-mismatch\][^`]*)`", guide, re.S)
    expected = re.sub(r"\s*\n>\s*", " ", quoted.group(1))
    data = tmp_path / "data"
    shutil.copytree(root / "data", data)
    path = data / "2021" / "ket-qua" / "ca-nam.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("      hoan_thanh_tot: 8\n", "      hoan_thanh_tot: 7\n", 1), encoding="utf-8")
    _, report = load(data)
    said = [p.as_text() for p in report.problems if p.code == "ratings-sum-mismatch"]
    assert said == [expected]


def test_the_guide_lists_every_bound_the_checker_holds_to(built_site):
    """Issue #19: the limits are said to the Office, with the numbers the checker uses (campaign/read/limits.py and
    the schemas): the guide's table is written by hand, this holds it to them row by row."""
    from pathlib import Path

    from campaign.publish.guide import bounds

    source = (Path(__file__).resolve().parent.parent / "docs" / "huong-dan.md").read_text(encoding="utf-8")
    table = "| Nội dung | Nhiều nhất |\n| --- | --- |\n" + "".join(f"| {what} | {most} |\n" for what, most in bounds())
    assert table in source, "copy the table printed by: python -c 'from campaign.publish.guide import bounds; ...'"
    text = article_text(built_site / "huong-dan" / "index.html")
    assert all(what in text for what, _ in bounds())
