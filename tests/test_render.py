"""Rendering of scoreboard pieces and downloads, without MkDocs."""

import csv
import io
import json

import markdown
import pytest

from campaign import render
from campaign.compute import Status
from campaign.load import load

from factory import UNITS, YEAR_END, campaign, ratio_target, results, unit_result, year

HOSTILE = ["<script>alert(1)</script>", "{{ 7*7 }}", "**đậm** _nghiêng_", "[liên kết](http://x.invalid)",
           "a | b", "# tiêu đề", "KH&CN", "`mã`", "{% raw %}", "\\*"]


def to_html(text: str) -> str:
    return markdown.markdown(text, extensions=["tables", "attr_list", "md_in_html"])


@pytest.mark.parametrize("hostile", HOSTILE)
def test_md_shows_data_as_text(hostile):
    html = to_html(render.md(hostile))
    assert "<script" not in html and "<strong>" not in html and "<em>" not in html and "<a " not in html
    assert "<h1" not in html and "<code>" not in html
    from html.parser import HTMLParser

    class Text(HTMLParser):
        text = ""

        def handle_data(self, data):
            self.text += data
    parser = Text(convert_charrefs=True)
    parser.feed(html)
    assert parser.text.strip() == hostile


def test_hostile_text_inside_a_table_cell_stays_in_its_cell():
    table = render._table(["A", "B"], [[render.md("a | b"), "x"]], label="Bảng")
    html = to_html(table)
    assert html.count("<td") == 2 and "a | b" in html


def test_link_is_relative_to_the_page_and_escapes_its_text():
    assert render.link("II.1a", "2021/chi-tieu/ii-1a.md", "2021/bang-theo-doi/index.md") == \
        "[II\\.1a](../chi-tieu/ii-1a.md)"
    assert render.link("x", "2021/noi-dung.md#noi-dung-3", "index.md") == "[x](2021/noi-dung.md#noi-dung-3)"


def test_status_is_said_in_words_and_a_sign_not_colour_alone():
    for status in Status:
        badge = render.badge(status)
        assert status.label in badge and f"tt-{status.code}" in badge
        assert 'aria-hidden="true"' in badge


def test_every_status_is_in_the_legend_with_its_own_sign():
    legend = render.status_legend()
    signs = [render.sign(s) for s in Status]
    assert all(f"{render.sign(s)} {s.label}" in legend for s in Status)
    assert len(set(signs)) == len(signs)


def test_notice_appears_only_while_results_are_illustrative():
    target = ratio_target(["hoan_thanh_xuat_sac"], ["tong_so"], 15)
    illustrative = year(campaign(target), UNITS)
    assert "Số liệu minh họa" in render.notice(illustrative)
    from dataclasses import replace
    real = replace(illustrative, units_illustrative=False)
    assert render.notice(real) == ""


def test_scoreboard_page_summary_and_rows():
    target = ratio_target(["hoan_thanh_xuat_sac"], ["tong_so"], 15, id="II.3b")
    y = year(campaign(target), UNITS, **{"ca-nam": results(YEAR_END, [
        unit_result("a", 10, 2, 8), unit_result("b", 10, 1, 9)])})
    page = render.scoreboard_page(y, "ca-nam", here="2021/bang-theo-doi/index.md")
    html = to_html(page)
    assert "<strong>1/1 chỉ tiêu đạt</strong>" in html
    assert '<td data-label="Kết quả">15,0% (3/20)</td>' in html
    assert '<a href="../chi-tieu/ii-3b.md">II.3b. Tỷ lệ thử</a>' in html
    assert "bang-theo-doi-ca-nam.csv" in page


@pytest.fixture(scope="module")
def real_year():
    data, report = load("data")
    assert data is not None, report.problems
    return data.year(2021)


def test_csv_has_a_bom_and_one_row_per_target(real_year):
    text = render.scoreboard_csv(real_year, "ca-nam")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text[1:])))
    assert [r["Mã"] for r in rows] == [t.id for t in real_year.campaign.targets]
    assert {r["Số liệu minh họa"] for r in rows} == {"Có"}


def test_json_matches_csv(real_year):
    document = json.loads(render.scoreboard_json(real_year, "ca-nam"))
    rows = list(csv.DictReader(io.StringIO(render.scoreboard_csv(real_year, "ca-nam")[1:])))
    assert document["so_lieu_minh_hoa"] is True
    assert [(x["ma"], x["trang_thai"], x["ket_qua"]) for x in document["chi_tieu"]] == \
        [(r["Mã"], r["Trạng thái"], r["Kết quả"]) for r in rows]
    assert document["so_chi_tieu_dat"] == sum(r["Trạng thái"] == "Đạt" for r in rows)
