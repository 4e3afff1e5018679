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


@pytest.mark.parametrize("brk", ["\r", "\r\n", "\n", "\x0b", "\x0c", "\x85", "\u2028", "\u2029"])
def test_md_keeps_data_on_one_line_whatever_the_line_break(brk):
    hostile = f"Tên{brk}# Tiêu đề giả{brk}| a | b |{brk}    mã{brk}```"
    html = to_html(render._table(["A"], [[render.md(hostile)]], label="Bảng"))
    assert "<h1" not in html and "<code" not in html and "<pre" not in html and html.count("<tr") == 2
    assert not set(render.md(hostile)) & set("\r\n\x0b\x0c\x85\u2028\u2029")


def test_md_and_attr_show_control_and_direction_characters_as_a_mark():
    for text in ("a\x00b", "a\x1b[31mb", "a\u202eb", "a\u200bb", "a\x7fb"):
        assert render.md(text).startswith("a\ufffd") and "\ufffd" in render.attr(text)
        assert render.md(text).isprintable()


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
        assert status.label in badge
        assert 'aria-hidden="true"' in badge


def test_progress_bar_has_a_text_equivalent():
    from fractions import Fraction
    bar = render.bar(Fraction(9, 10))
    assert 'role="img"' in bar and 'aria-label="Tiến độ 90\u00a0%"' in bar and ">90\u00a0%<" in bar
    assert render.bar(None) == "–"


def test_notice_appears_only_while_results_are_illustrative():
    target = ratio_target(["hoan_thanh_xuat_sac"], ["tong_so"], 15)
    illustrative = year(campaign(target), UNITS)
    assert "Số liệu minh họa" in render.notice(illustrative)
    from dataclasses import replace
    real = replace(illustrative, campaign=replace(illustrative.campaign, illustrative=False))
    assert render.notice(real) == ""


def test_scoreboard_page_summary_and_rows():
    target = ratio_target(["hoan_thanh_xuat_sac"], ["tong_so"], 15, id="II.3b")
    y = year(campaign(target), UNITS, **{"ca-nam": results(YEAR_END, [
        unit_result("a", 10, 2, 8), unit_result("b", 10, 1, 9)])})
    page = render.scoreboard_page(y, "ca-nam", here="2021/bang-theo-doi/ca-nam.md")
    assert "**1/1 chỉ tiêu đạt**" in page
    assert "15,0\u00a0% (3/20)" in page
    assert "[II\\.3b\\. Tỷ lệ thử](../chi-tieu/ii-3b.md)" in page
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


FORMULAS = ['=HYPERLINK("http://x.invalid")', "+2", "-1+1", "@SUM(A1)", "\t=1", "\r=1", "＝1+1", "＋1", "－1", "＠x",
            " =1", "\u200b=1", "﹦1"]


@pytest.mark.parametrize("text", FORMULAS)
def test_a_cell_that_starts_like_a_formula_is_written_as_text(text):
    cell = render.spreadsheet_cell(text)
    assert cell == "'" + text


@pytest.mark.parametrize("text", ["Văn phòng Sở", "97,7 %", "–", "10/10 việc", "tăng 2; Chưa đạt → Đạt", "", "'=x"])
def test_an_ordinary_cell_is_written_as_it_is(text):
    assert render.spreadsheet_cell(text) == text


def test_the_change_column_is_worded_so_no_download_cell_starts_like_a_formula():
    from fractions import Fraction

    assert render._change(Fraction(2), 0, "") == "tăng 2"
    assert render._change(Fraction(-3, 2), 1, " điểm %") == "giảm 1,5 điểm %"
    assert render._change(Fraction(0), 0, "") == "không đổi"


def test_every_csv_field_is_quoted_and_every_cell_inert(real_year):
    from dataclasses import replace

    from campaign.chars import formula_start

    names = iter(FORMULAS * 10)
    campaign = replace(real_year.campaign, targets=tuple(replace(t, name=next(names)) for t in real_year.campaign.targets))
    hostile = replace(real_year, campaign=campaign, units=tuple(replace(u, name=next(names)) for u in real_year.units))
    for period in hostile.campaign.periods:
        text = render.scoreboard_csv(hostile, period.id)
        body = text[1:]
        rows = list(csv.reader(io.StringIO(body)))
        again = io.StringIO()
        csv.writer(again, lineterminator="\r\n", quoting=csv.QUOTE_ALL).writerows(rows)
        assert body == again.getvalue()  # every field quoted
        assert not [cell for row in rows for cell in row if formula_start(cell)]
        assert {row[1] for row in rows[1:]} <= {"'" + f for f in FORMULAS}  # the names, kept whole
