"""A unit's figures are one table (campaign/core/figures.py): the schemas, records, workbooks, templates and pages
read it, so a figure added to the table alone appears in every one of them."""

import json
import subprocess
import sys
import textwrap

from sites import ROOT, copy_real_data

from campaign.core import figures
from campaign.read.schema import SCHEMA_DIR, with_figures


def test_the_committed_schemas_hold_the_figure_table():
    for kind in ("chien-dich", "ket-qua"):
        committed = json.loads((SCHEMA_DIR / f"{kind}.schema.json").read_text(encoding="utf-8"))
        assert with_figures(kind, committed) == committed, (
            f"{kind}.schema.json differs from the figure table: run python -m campaign schemas")


def test_every_figure_and_count_is_named_and_said_in_vietnamese():
    for figure in figures.FIGURES:
        assert figure.label and figure.short and figure.in_sentence and figure.column and figure.description
        assert figure.group is None or figure.group in figures.GROUPS
    assert set(figures.COUNT_LABELS) == set(figures.COUNTS)
    for count in figures.COUNTS.values():
        for bound in count.at_most:
            assert bound <= set(figures.COUNTS), f"{count.key} is bounded by unknown counts {bound}"


# Run in a fresh interpreter: the table is extended before any module that reads it is imported, as if the
# figure had been written into core/figures.py.
_ADD_A_FIGURE = textwrap.dedent('''
    import sys, json
    from pathlib import Path
    from campaign.core import figures
    new = figures.Figure("so_sang_kien", ("so_sang_kien",), figures.Form.COUNT, "Số sáng kiến", "Sáng kiến",
                         "số sáng kiến", "Số sáng kiến được công nhận", "Số sáng kiến của đơn vị được công nhận.",
                         "Số sáng kiến, số nguyên từ 0 trở lên.",
                         counts=(figures.Count("so_sang_kien", "sáng kiến được công nhận", int),))
    figures.FIGURES = figures.FIGURES + (new,)
    figures.BY_KEY, figures.COUNTS, figures.ENTRIES = figures.indexes(figures.FIGURES)
    figures.COUNT_LABELS = {k: c.label for k, c in figures.COUNTS.items()}

    from campaign.read.load import load
    from campaign.read.schema import with_figures, schema_file
    from campaign.read.workbook_in import parse_workbook
    from campaign.publish import workbooks
    from campaign.publish.pages import units
    from campaign.read.templates import results_template
    from campaign.score.review import review

    data, report = load(sys.argv[1])
    assert data is not None, [p.as_text() for p in report.errors]
    year = data.year(2021)
    results = year.period_results("ca-nam")
    assert results.unit("phong-a").values["so_sang_kien"] == 3
    assert results.unit("phong-a").counts()["so_sang_kien"] == 3
    schema = with_figures("ket-qua", json.loads(schema_file("ket-qua").read_text()))
    assert "so_sang_kien" in schema["properties"]["don_vi"]["items"]["properties"]
    yr = review(year)
    e = yr.period("ca-nam").target("II.9").evaluation
    assert e.numerator == 5 and e.status.code == "dat", e
    template = workbooks.template_workbook(year, "ca-nam")
    doc = parse_workbook("2021/ket-qua/ca-nam.xlsx", template)
    assert not [p for p in doc.problems if p.is_error], [p.as_text() for p in doc.problems]
    rows = {u["ma"]: u for u in doc.value["don_vi"]}
    assert rows["phong-a"]["so_sang_kien"] == 3 and rows["phong-b"]["so_sang_kien"] == 2
    import openpyxl, io
    sheet = openpyxl.load_workbook(io.BytesIO(template))["Đơn vị"]
    assert "Số sáng kiến được công nhận" in [c.value for c in sheet[3]]
    council = openpyxl.load_workbook(io.BytesIO(workbooks.scoreboard_workbook(yr, "ca-nam")))["Số liệu đơn vị"]
    assert "Số sáng kiến được công nhận" in [c.value for c in council[3]]
    yaml_template = results_template(year.campaign, year.units, year.campaign.period("ca-nam"))
    assert "    so_sang_kien:" in yaml_template
    page = units.units_page(yr, here="2021/don-vi/index.md")
    assert "Sáng kiến" in page and "Số sáng kiến" in page
    unit_page = units.unit_page(yr, "phong-a", here="2021/don-vi/phong-a.md")
    assert "Số sáng kiến" in unit_page
    print("found everywhere")
''')


def test_a_figure_added_to_the_table_is_found_everywhere(tmp_path):
    data = copy_real_data(tmp_path / "data")
    results = data / "2021" / "ket-qua" / "ca-nam.yml"
    text = results.read_text(encoding="utf-8")
    for unit, count in (("phong-a", 3), ("phong-b", 2)):
        text = text.replace(f"  - ma: {unit}\n", f"  - ma: {unit}\n    so_sang_kien: {count}\n", 1)
    results.write_text(text, encoding="utf-8")
    campaign = data / "2021" / "chien-dich.yml"
    campaign.write_text(campaign.read_text(encoding="utf-8").replace(
        "  - ma: II.3i\n",
        "  - ma: II.9\n    ten: Sáng kiến\n    van_ban: Tiêu chí thử của bài kiểm tra\n    loai: so-luong\n"
        "    dem: [so_sang_kien]\n    can_dat: 1\n  - ma: II.3i\n", 1), encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", _ADD_A_FIGURE, str(data)], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "found everywhere"
