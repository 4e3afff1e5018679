"""The guide's examples still hold after the year's turning points: after `make go-live` (the illustrative units
are gone), after `make new-year` (the Office works on the new year's files) and after a period switches to a
workbook (its YAML file is gone)."""

import re
import shutil
import subprocess
import sys

import pytest
from sites import ROOT, build, copy_real_data
from visible import article_text

from campaign.publish.guide import data_files
from campaign.publish.workbooks import template_workbook
from campaign.read.load import load


def test_the_file_table_lists_a_periods_workbook_instead_of_its_yaml(tmp_path):
    data = shutil.copytree(ROOT / "data", tmp_path / "data")
    loaded, _ = load(data)
    folder = data / "2021" / "ket-qua"
    (folder / "ca-nam.xlsx").write_bytes(template_workbook(loaded.years[0], "ca-nam"))
    (folder / "ca-nam.yml").unlink()
    switched, report = load(data)
    assert report.ok, [p.as_text() for p in report.errors]
    table = data_files(switched.years)
    assert "`data/2021/ket-qua/ca-nam.xlsx`" in table and "`data/2021/ket-qua/ca-nam.yml`" not in table
    assert "`data/2021/ket-qua/6-thang.yml`" in table


@pytest.mark.site
def test_after_going_live_and_starting_next_year_the_guide_speaks_of_the_new_year(tmp_path):
    data = copy_real_data(tmp_path / "data")
    for command in (["go-live", "2021"], ["new-year", "2022"]):
        run = subprocess.run([sys.executable, "-m", "campaign", *command, str(data)], cwd=ROOT, capture_output=True,
                             text=True, timeout=120)
        assert run.returncode == 0, run.stderr
    result, site = build(tmp_path, data)
    assert result.returncode == 0, result.stdout + result.stderr
    page = site / "huong-dan" / "index.html"
    guide = article_text(page)
    # The examples (the codes' example messages, from the checker's catalogue, come after them).
    examples = guide.split("Các thông báo lỗi và cảnh báo")[0]
    assert "data/2022/ket-qua/ca-nam.yml" in examples and "data/2021/" not in examples
    assert "make new-year YEAR=2023" in guide and "make import-document YEAR=2023" in guide
    assert "Phòng chuyên môn B" not in examples  # go-live removed it: no example names it
    # Two years, two "ca-nam.xlsx": each link says its period and year.
    links = re.findall(r'<a href="[^"]*mau-nhap/ca-nam\.xlsx">([^<]+)</a>', page.read_text(encoding="utf-8"))
    assert links == ["Mẫu Tổng kết năm 2022 (ca-nam.xlsx)", "Mẫu Tổng kết năm 2021 (ca-nam.xlsx)"]
