"""Target kinds and count keys are each said once: a kind's module, the schema and the data agree, and a new kind
needs nothing else: every output asks the kind, none tests which kind a target has."""

import csv
import io
import json
from datetime import date
from fractions import Fraction
from types import MappingProxyType

import openpyxl
from factory import MID, UNITS, YEAR_END, campaign, unit_result, year

from campaign.core.figures import COUNT_LABELS
from campaign.core.model import Activity, CollectiveTitle, PeriodResults, Target
from campaign.publish import downloads
from campaign.publish.pages.scoreboard import scoreboard_page
from campaign.publish.pages.target import target_page
from campaign.publish.pages.units import unit_page
from campaign.publish.workbooks import scoreboard_workbook
from campaign.read.schema import SCHEMA_DIR
from campaign.score import kinds
from campaign.score.evaluation import Evaluation, Status, UnitLine
from campaign.score.review import review

SCHEMA = json.loads((SCHEMA_DIR / "chien-dich.schema.json").read_text(encoding="utf-8"))


def test_every_kind_is_known_everywhere():
    assert kinds.gaps(kinds.registry(), SCHEMA) == []


def test_a_kind_only_in_the_schema_is_named():
    schema = json.loads(json.dumps(SCHEMA))
    schema["properties"]["chi_tieu"]["items"]["properties"]["loai"]["enum"].append("diem-so")
    assert kinds.gaps(kinds.registry(), schema) == [
        "diem-so: no kind in campaign/score/kinds/ (a subclass of Kind with code = 'diem-so')",
        "diem-so: no 'if loai = diem-so' branch in the schema saying which keys it needs"]


def test_what_a_kind_needs_is_what_the_schema_requires():
    schema = json.loads(json.dumps(SCHEMA))
    branch = next(b for b in schema["properties"]["chi_tieu"]["items"]["allOf"]
                  if b["if"]["properties"]["loai"]["const"] == "ty-le")
    branch["then"]["required"].remove("nguong")
    assert kinds.gaps(kinds.registry(), schema) == [
        "ty-le: the schema requires ['mau_so', 'tu_so'], the kind needs ['mau_so', 'nguong', 'tu_so']"]


def test_a_kind_without_a_wording_cannot_be_made():
    class Half(kinds.Kind):
        code = "nua"
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
    assert text.count('"$ref": "#/$defs/so_dem"') == 1


# A kind a maintainer might add: "each unit holds at least N activities in the period", judged per unit. It is
# defined here as it would be in its own module of campaign/score/kinds/: nothing else of the code changes.
class ActivitiesPerUnit(kinds.Kind):
    code = "hoat-dong-don-vi"
    needs = frozenset({"can_dat"})
    noun = "hoạt động"

    def evaluate(self, target, period, year, results):
        lines = []
        for unit in year.units_in(period):
            held = sum(a.unit == unit.id for a in results.activities)
            lines.append(UnitLine(unit, Fraction(held), target.required, None, held >= target.required))
        reached = sum(line.reached for line in lines)
        status = Status.MET if reached == len(lines) else Status.NOT_MET
        return Evaluation(target, period, status, Fraction(reached), len(lines), None, None, tuple(lines),
                          expected=len(lines))

    def per_unit(self, target):
        return True

    def unit_status(self, e, line):
        return Status.MET if line.reached else Status.NOT_MET

    def unit_shortfall(self, e, line):
        return None if line.reached else Fraction(e.target.required) - line.numerator

    def value(self, e):
        return f"{e.numerator}/{e.denominator} đơn vị đủ hoạt động"

    def requirement(self, target):
        return f"Mỗi đơn vị từ {target.required} hoạt động"

    def method(self, year, target):
        return f"Đếm hoạt động của từng đơn vị trong kỳ; đạt khi mọi đơn vị có từ {target.required} hoạt động."


def test_every_module_of_the_package_is_a_kind_in_the_registry():
    import pkgutil

    modules = {m.name for m in pkgutil.iter_modules(kinds.__path__)} - {"base", "units"}
    assert {type(k).__module__.rsplit(".", 1)[1] for k in kinds.registry().values()} == modules


def test_a_new_kind_needs_only_its_module_the_schema_and_the_data(monkeypatch):
    # As if ActivitiesPerUnit were a module of campaign/score/kinds/: the package's registry would hold it.
    registry = {**kinds.registry(), ActivitiesPerUnit.code: ActivitiesPerUnit()}
    monkeypatch.setattr(kinds, "KINDS", registry)
    schema = json.loads(json.dumps(SCHEMA))
    items = schema["properties"]["chi_tieu"]["items"]
    assert "hoat-dong-don-vi: no 'if loai" in "\n".join(kinds.gaps(registry, schema))
    items["properties"]["loai"]["enum"].append("hoat-dong-don-vi")
    items["allOf"].append({"if": {"properties": {"loai": {"const": "hoat-dong-don-vi"}}},
                           "then": {"required": ["can_dat"]}})
    assert kinds.gaps(registry, schema) == []

    target = Target("II.9", "Hoạt động của đơn vị", "Văn bản thử", "hoat-dong-don-vi", required=2)
    activities = (Activity(1, date(2021, 11, 2), "Hội thảo", "a"), Activity(1, date(2021, 11, 9), "Tập huấn", "a"),
                  Activity(2, date(2021, 12, 1), "Hội nghị", "b"))
    results = PeriodResults("ca-nam", units=(unit_result("a", 5), unit_result("b", 5)), activities=activities)
    y = year(campaign(target), UNITS, **{"ca-nam": results})
    yr = review(y)
    t = yr.period("ca-nam").target("II.9")
    assert t.status is Status.NOT_MET and t.cell("b").status is Status.NOT_MET and t.cell("b").shortfall == 1
    board = scoreboard_page(yr, "ca-nam", here="2021/bang-theo-doi/index.md")
    assert "1/2 đơn vị đủ hoạt động" in board and "Mỗi đơn vị từ 2 hoạt động" in board
    assert "còn thiếu 1 hoạt động" in unit_page(yr, "b", here="2021/don-vi/b.md")
    assert "Đếm hoạt động của từng đơn vị" in target_page(yr, "II.9", here="2021/chi-tieu/ii-9.md")
    rows = list(csv.DictReader(io.StringIO(downloads.scoreboard_csv(yr.period("ca-nam"))[1:])))
    assert rows[0]["Kết quả"] == "1/2 đơn vị đủ hoạt động" and rows[0]["Trạng thái"] == "Chưa đạt"
    grid = openpyxl.load_workbook(io.BytesIO(scoreboard_workbook(yr, "ca-nam")))["Đơn vị × chỉ tiêu"]
    assert "✗ Chưa đạt 1" in [c.value for row in grid.iter_rows() for c in row]
    assert MID and YEAR_END and MappingProxyType  # the factory's periods frame the year
