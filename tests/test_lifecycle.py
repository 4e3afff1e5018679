"""go-live and new-year as commands: what they write, and that a refusal leaves the data as it was."""

import hashlib
import shutil
from pathlib import Path

import pytest

from campaign.office.lifecycle import LifecycleError, go_live, new_year
from campaign.read.load import load

ROOT = Path(__file__).resolve().parent.parent


def snapshot(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def data(tmp_path) -> Path:
    shutil.copytree(ROOT / "data", tmp_path / "data")
    return tmp_path / "data"


def test_go_live_keeps_the_campaign_and_the_real_units_and_empties_every_period(data):
    before, _ = load(data)
    go_live(data, 2021)
    after, report = load(data)
    assert report.ok
    old, new = before.year(2021), after.year(2021)
    assert not new.illustrative and old.illustrative
    assert new.campaign.targets == old.campaign.targets and new.campaign.caps == old.campaign.caps
    assert [u.name for u in new.units] == ["Văn phòng Sở"]
    for period in new.campaign.periods:
        results = new.period_results(period.id)
        assert [r.unit for r in results.units] == ["van-phong"] and not results.units[0].reported
        assert not results.checklist_items and not results.titles and not results.org_ratings
    assert not list(data.parent.glob(".campaign-*")), "the trial copy is cleaned up"


def test_go_live_refuses_data_with_errors_and_writes_nothing(data):
    path = data / "2021" / "don-vi.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("    ten: Văn phòng Sở\n",
                                                             "    ten: Văn phòng Sở\n    tu_ngay: 31/06/2021\n"),
                    encoding="utf-8")
    before = snapshot(data)
    with pytest.raises(LifecycleError, match="date-invalid|Lỗi đầu tiên: data/2021/don-vi.yml"):
        go_live(data, 2021)
    assert snapshot(data) == before
    assert not list(data.parent.glob(".campaign-*")), "the trial copy is cleaned up"


def test_go_live_reads_past_errors_in_the_results_it_replaces(data):
    """The illustrative results are replaced whole: an error in them (a real unit written into don-vi.yml first,
    which they lack; a slip in a figure) does not stop the year going live."""
    path = data / "2021" / "ket-qua" / "ca-nam.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("tong_so: 10", "tong_so: 11", 1), encoding="utf-8")
    assert not load(data)[1].ok
    go_live(data, 2021)
    assert load(data)[1].ok


def test_go_live_refuses_when_every_unit_is_a_placeholder(data):
    path = data / "2021" / "don-vi.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("ten: Văn phòng Sở", "ten: Văn phòng Sở (minh họa)"),
                    encoding="utf-8")
    before = snapshot(data)
    with pytest.raises(LifecycleError, match="đơn vị thật"):
        go_live(data, 2021)
    assert snapshot(data) == before


def test_new_year_moves_dates_drops_the_old_documents_milestones_and_refuses_to_overwrite(data):
    new_year(data, 2022)
    loaded, report = load(data)
    assert report.ok
    y = loaded.year(2022)
    assert [p.end.isoformat() for p in y.campaign.periods] == ["2022-06-30", "2022-12-31"]
    assert y.campaign.end.isoformat() == "2022-12-31" and y.campaign.milestones == ()
    assert len(y.campaign.targets) == 12 and y.illustrative  # the copied units are still the placeholders
    assert all(not r.reported for p in y.campaign.periods for r in y.period_results(p.id).units)
    before = snapshot(data)
    with pytest.raises(LifecycleError, match="không ghi đè"):
        new_year(data, 2022)
    assert snapshot(data) == before


def test_new_year_without_last_years_campaign_is_refused(data):
    with pytest.raises(LifecycleError, match="Không có năm 2019"):
        new_year(data, 2020)
