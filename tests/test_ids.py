"""Ids that name pages: the same id whatever its case or marks, and no id may take a name the site or Windows has."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.core.model import Target, Unit
from campaign.publish.paths import Paths
from campaign.read import ids

ROOT = Path(__file__).resolve().parent.parent


def test_ids_that_differ_only_by_case_or_marks_are_the_same():
    assert ids.page_name("II.3a") == ids.page_name("ii.3A") == "ii-3a"
    assert ids.same_id("Đường") == ids.same_id("duong")


@pytest.mark.parametrize("name", ["index", "readme", "con", "nul", "aux", "prn", "com1", "lpt9", ""])
def test_a_reserved_or_empty_name_cannot_name_a_page(name):
    assert ids._reserved(name, "trang danh sách")


def test_the_pages_of_ids_are_named_as_the_check_names_them():
    target = Target("II.3a", "x", "x", "so-luong")
    assert Paths(2021).target(target) == f"2021/chi-tieu/{ids.page_name('II.3a')}.md"
    assert Paths(2021).unit(Unit("phong-a", "x", False)) == "2021/don-vi/phong-a.md"


def test_the_folders_where_ids_name_pages_hold_no_hand_written_page_but_their_index():
    # A hand-written page there could be taken by an id the check does not know about: add its name to
    # ids.SITE_PAGES, or put the page elsewhere.
    paths = Paths(2021)
    folders = {Path(p).parent.name for p in (paths.board("x"), paths.target(Target("x", "x", "x", "so-luong")),
                                             paths.unit(Unit("x", "x", False)))}
    for year in (ROOT / "docs").glob("[0-9][0-9][0-9][0-9]"):
        for folder in folders:
            found = {p.stem.lower() for p in (year / folder).glob("*.md")} if (year / folder).is_dir() else set()
            assert found <= ids.SITE_PAGES, f"docs/{year.name}/{folder}/ has {sorted(found - ids.SITE_PAGES)}"
