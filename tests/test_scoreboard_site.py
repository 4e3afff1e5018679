"""The real site's scoreboard, target and unit pages, and the downloads that must match them."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser

import pytest
from visible import article_text

pytestmark = pytest.mark.site


class Rows(HTMLParser):
    """The text of every table row of a page, cell by cell; `tables` the same, table by table."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[str]]] = []
        self._cell: list[str] | None = None

    @property
    def rows(self) -> list[list[str]]:
        return [row for table in self.tables for row in table]

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.tables[-1][-1].append(re.sub(r"\s+", " ", "".join(self._cell)).strip())
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def page_text(path) -> str:
    return norm(path.read_text(encoding="utf-8"))


def rows_of(path) -> list[list[str]]:
    return tables_of(path)[0]


def tables_of(path) -> list[list[list[str]]]:
    parser = Rows()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.tables


BOARD = ("2021", "bang-theo-doi", "index.html")


def test_scoreboard_shows_every_target_with_status_and_summary(built_site):
    page = built_site.joinpath(*BOARD)
    html = page_text(page)
    rows = rows_of(page)
    assert rows[0] == ["Chỉ tiêu", "Kết quả", "Yêu cầu", "Trạng thái", "Còn thiếu", "So với kỳ trước"]
    ids = [row[0].split(" ")[0].rstrip(".") for row in rows[1:]]
    assert sorted(ids) == ["II.1a", "II.1b", "II.2", *(f"II.3{letter}" for letter in "abcdefghi")]
    # What is not reached comes first, then what waits for the Council; within each, the targets' order.
    statuses = [row[3] for row in rows[1:]]
    assert statuses[:5] == ["✗ Chưa đạt"] * 5 and statuses[5] == "⚠ Đạt, vượt giới hạn"
    assert ids[:5] == ["II.1b", "II.3a", "II.3d", "II.3e", "II.3g"]
    assert "6/12 chỉ tiêu đạt" in html and "1 chờ Hội đồng Thi đua – Khen thưởng Sở quyết định" in html
    assert "Số liệu minh họa" in html
    by_id = {row[0].split(" ")[0].rstrip("."): row for row in rows[1:]}
    # 7/43 is 16,28 %: rounded as Excel does, not cut to 16,2.
    assert by_id["II.3b"][1] == "16,3% (7/43)" and by_id["II.3b"][3] == "✓ Đạt"
    assert by_id["II.3a"][3] == "✗ Chưa đạt" and by_id["II.3a"][4] == "1 người"
    assert by_id["II.3a"][2] == "Tất cả (100%)"
    assert by_id["II.1b"][4] == "1 việc" and by_id["II.1b"][5] == "tăng 5; Đang thực hiện → Chưa đạt"
    # Met, but above the cap: one state of its own, not "✓ Đạt" beside a warning.
    assert by_id["II.3f"][3] == "⚠ Đạt, vượt giới hạn"
    assert "Vượt giới hạn 15%" in by_id["II.3f"][1]


def test_the_council_is_told_what_to_decide_with_the_units_above_the_cap_named(built_site):
    html = page_text(built_site.joinpath(*BOARD))
    decide = html[html.index("Cần Hội đồng Thi đua"):]
    for unit in ("Phòng chuyên môn A (minh họa)", "Phòng chuyên môn B (minh họa)", "Đơn vị sự nghiệp B (minh họa)"):
        assert unit in decide[:3000]
    assert "tối đa 6 theo giới hạn (vượt 1)" in decide
    assert "chưa ghi căn cứ" in decide


def test_the_grid_has_a_sign_in_every_cell_a_total_and_the_period_before(built_site):
    grid = tables_of(built_site.joinpath(*BOARD))[1]
    assert grid[0][0] == "Đơn vị" and len(grid[0]) == 13
    names = [row[0] for row in grid[1:]]
    assert names[-2:] == ["Toàn Sở", "Toàn Sở, Sơ kết 6 tháng"] and len(names) == 7
    signs = ("✓", "✗", "⚠", "–", "○", "→")
    assert all(cell.startswith(signs) for row in grid[1:] for cell in row[1:]), grid
    # Every sign in the grid is in the grid's own legend: on paper it stands on a page of its own.
    from visible import article_text

    legend = article_text(built_site.joinpath(*BOARD)).split("Theo từng phòng, đơn vị")[1]
    legend = legend[legend.index("✓ đơn vị đạt"):]
    for sign in {cell[0] for row in grid[1:] for cell in row[1:]}:
        assert f"{sign} " in legend, (sign, legend)
    assert "→ đang thực hiện (dòng Toàn Sở)" in legend


def test_every_period_keeps_its_address_and_the_main_one_shows_the_leading_period(built_site):
    board = built_site / "2021" / "bang-theo-doi"
    assert sorted(p.name for p in board.iterdir()) == ["6-thang", "ca-nam", "index.html"]
    assert "Bảng theo dõi chỉ tiêu năm 2021: Sơ kết 6 tháng" in page_text(board / "6-thang" / "index.html")
    assert "Bảng theo dõi chỉ tiêu năm 2021: Tổng kết năm" in page_text(board / "ca-nam" / "index.html")
    assert "Bảng theo dõi chỉ tiêu năm 2021: Tổng kết năm" in page_text(board / "index.html")


def test_mid_year_scoreboard_has_no_verdict_without_figures(built_site):
    rows = rows_of(built_site / "2021" / "bang-theo-doi" / "6-thang" / "index.html")
    statuses = [row[3] for row in rows[1:]]
    assert statuses.count("– Chưa có số liệu") == 9


def test_target_page_explains_the_computation_and_lists_units(built_site):
    page = built_site / "2021" / "chi-tieu" / "ii-3f" / "index.html"
    html = page_text(page)
    assert "Cách tính." in html and "Giới hạn." in html and "Căn cứ: chưa ghi căn cứ" in html
    assert "mục II.3" in html and "mục II<" not in html
    unit_rows = [r for r in rows_of_all(page) if r and r[0].startswith(("Văn phòng", "Phòng", "Đơn vị ")) and len(r) == 5]
    names = [r[0] for r in unit_rows]
    # Vietnamese order: Đ after D and before P.
    assert names[:5] == ["Đơn vị sự nghiệp A (minh họa)", "Đơn vị sự nghiệp B (minh họa)",
                         "Phòng chuyên môn A (minh họa)", "Phòng chuyên môn B (minh họa)", "Văn phòng Sở"]
    by_name = {r[0]: r for r in unit_rows}
    assert by_name["Phòng chuyên môn A (minh họa)"][1:4] == ["2", "7", "28,6%"]
    assert "⚠ Vượt giới hạn 15%" in by_name["Phòng chuyên môn A (minh họa)"][4]
    assert "trong đơn vị" not in by_name["Văn phòng Sở"][4]  # the department's status only
    assert '<svg class="tt-chart"' in html and "<script" not in html[html.index("<article"):html.index("</article>")]


def rows_of_all(path) -> list[list[str]]:
    return [row for table in tables_of(path) for row in table]


def test_no_column_is_a_dash_from_top_to_bottom(built_site):
    # The Council's grid keeps every target's column, a sign in each cell, "–" where there are no figures yet.
    for page in [*built_site.joinpath("2021").rglob("index.html")]:
        for table in tables_of(page):
            if table[0][1].startswith("II.1a"):  # the grid: "II.1a Tham mưu Nghị quyết, Đề án"…
                continue
            for column in range(len(table[0])):
                cells = [row[column] for row in table[1:] if column < len(row)]
                assert cells and not all(cell == "–" for cell in cells) and table[0][column] != "–", (page, table[0])


def test_checklist_target_shows_its_evidence(built_site):
    html = page_text(built_site / "2021" / "chi-tieu" / "ii-1b" / "index.html")
    assert "Số MH-01/BC-SKHCN, ngày 15/02/2021" in html


def test_no_task_is_still_under_way_at_mid_year_after_the_day_of_its_evidence(built_site):
    # The illustrative grid said a resolution was "Đang thực hiện" on 30/06/2021 beside a submission that finished
    # it on 20/04/2021: the Council reading the mid-year column would count one task less than the evidence shows.
    for table in tables_of(built_site / "2021" / "danh-muc" / "index.html"):
        header = table[0]
        assert header[:4] == ["Mã", "Việc", "Sơ kết 6 tháng", "Tổng kết năm"] and header[-1] == "Căn cứ"
        for row in table[1:]:
            day = re.search(r"ngày (\d\d)/(\d\d)/2021", row[-1])
            if day and (int(day[2]), int(day[1])) <= (6, 30):
                assert row[2] == "Hoàn thành", row


def test_unit_page_shows_its_figures_and_flags(built_site):
    page = built_site / "2021" / "don-vi" / "phong-a" / "index.html"
    html = page_text(page)
    assert "<h1" in html and "Phòng chuyên môn A (minh họa)" in html
    assert "Tập thể lao động xuất sắc" in html
    assert "Vượt giới hạn 15%" in html


def test_a_units_page_says_how_it_stands_and_what_is_left(built_site):
    page = built_site / "2021" / "don-vi" / "phong-b" / "index.html"
    html = page_text(page)
    rows = {r[0].split(" ")[0].rstrip("."): r for r in rows_of(page)[1:]}
    assert rows["II.3g"][1] == "Chưa đạt Tập thể lao động tiên tiến trở lên" and rows["II.3g"][2] == "✗ Chưa đạt"
    assert rows["II.3e"][2] == "✗ Chưa đạt còn thiếu 1 người"
    assert rows["II.3b"][2] == "Tính chung toàn Sở: ✓ Đạt"  # no verdict of its own: the department's, said so
    assert "0/3 đạt" in html and "II.3e Lao động tiên tiến: còn thiếu 1 người" in html
    assert "Không đạt" in html  # its collective title, among its figures
    assert "không ghi tên" not in html  # a rule for the Office, not for readers


def test_a_units_summary_names_each_target_in_words_not_by_its_code_alone(built_site):
    # The sentence a unit's head reads first: "II.3a còn thiếu 1 người" says nothing to one who has not learnt
    # the codes, so each code comes with the target's name, as on the scoreboard.
    text = article_text(built_site / "2021" / "don-vi" / "phong-b" / "index.html")
    summary = text.split("Chỉ tiêu cần từng đơn vị đạt:", 1)[1].split("chờ Hội đồng", 1)[0]
    assert "Còn lại: II.3a Hoàn thành tốt trở lên: còn thiếu 1 người; II.3e Lao động tiên tiến: còn thiếu 1" in summary
    assert "Vượt giới hạn ở 1 chỉ tiêu: II.3f Chiến sĩ thi đua cơ sở (" in summary
    assert not re.search(r"II\.\d[a-z]? (còn|chưa|\()", summary), summary


def test_the_units_page_has_a_total_and_no_columns_of_dashes(built_site):
    tables = tables_of(built_site / "2021" / "don-vi" / "index.html")
    year_end, mid_year = tables
    assert year_end[-1][:3] == ["Toàn Sở", "44", "7"]
    assert mid_year[0] == ["Đơn vị", "Số người", "Tự chủ"]


def test_home_leads_to_every_unit(built_site):
    html = (built_site / "index.html").read_text(encoding="utf-8")
    for unit in ("van-phong", "phong-a", "phong-b", "don-vi-su-nghiep-a", "don-vi-su-nghiep-b"):
        assert f'href="2021/don-vi/{unit}/"' in html


def test_section_ii_links_every_target_to_its_page(built_site):
    html = (built_site / "2021" / "chi-tieu" / "index.html").read_text(encoding="utf-8")
    article = html[html.index("<article"):html.index("</article>")]
    for slug in ("ii-1a", "ii-1b", "ii-2", *(f"ii-3{x}" for x in "abcdefghi")):
        assert f'href="{slug}/"' in article, slug


def test_the_timeline_has_links_not_raw_markdown(built_site):
    page = built_site / "2021" / "moc-thoi-gian" / "index.html"
    html = page_text(page)
    assert "](" not in html and "\\-" not in html and "\\(" not in html
    assert '<a href="../bang-theo-doi/6-thang/">Sơ kết 6 tháng</a>' in html
    assert "01/CT-UBND" in html and "(28/01/1941-28/01/2021)" in html


def test_percent_is_written_one_way_everywhere(built_site):
    for page in built_site.rglob("*.html"):
        text = page_text(page)
        assert not re.search(r"\d[\s\u00a0]%", text), page


def test_downloads_parse_and_match_the_page(built_site):
    for period in ("6-thang", "ca-nam"):
        name = "index.html" if period == "ca-nam" else f"{period}/index.html"
        page_rows = rows_of(built_site / "2021" / "bang-theo-doi" / name)[1:]
        raw = (built_site / "2021" / "tai-ve" / f"ky-{period}" / f"bang-theo-doi-2021-{period}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
        document = json.loads((built_site / "2021" / "tai-ve" / f"ky-{period}" / f"bang-theo-doi-2021-{period}.json").read_text("utf-8"))
        assert len(table) == len(page_rows) == len(document["chi_tieu"]) == 12
        on_page = {row[0].split(". ")[0]: row for row in page_rows}
        for csv_row, json_row in zip(table, document["chi_tieu"]):
            page_row = on_page[csv_row["Mã"]]
            assert page_row[3].endswith(csv_row["Trạng thái"]) and csv_row["Trạng thái"] == json_row["trang_thai"]
            assert page_row[1].startswith(norm(csv_row["Kết quả"])) and csv_row["Kết quả"] == json_row["ket_qua"]


def test_heading_anchors_keep_the_letter_d_with_stroke(built_site):
    html = (built_site / "2021" / "chi-tieu" / "ii-3f" / "index.html").read_text(encoding="utf-8")
    assert 'id="so-lieu-tung-don-vi-tong-ket-nam"' in html


def test_every_page_with_results_says_when_its_figures_last_changed(built_site):
    pages = ["index.html", "2021/bang-theo-doi/index.html", "2021/bang-theo-doi/6-thang/index.html",
             "2021/chi-tieu/ii-3f/index.html", "2021/don-vi/index.html", "2021/don-vi/phong-b/index.html",
             "2021/danh-muc/index.html", "2021/hoat-dong/index.html", "2021/khen-thuong/index.html"]
    for page in pages:
        html = page_text(built_site / page)
        # The day of the latest commit that changed data/2021, or, without history, that it is unknown.
        assert re.search(r"Cập nhật số liệu lần cuối: (ngày \d\d/\d\d/\d{4}|chưa xác định được)", html), page
        assert 'href="' in html[html.index("Cập nhật số liệu lần cuối"):][:400]
    log = page_text(built_site / "2021" / "nhat-ky-so-lieu" / "index.html")
    assert "Nhật ký cập nhật số liệu năm 2021" in log


def test_the_packs_changes_say_a_figure_not_reported_in_words(built_site):
    """The pack's changes by unit read "Hoàn thành xuất sắc nhiệm vụ – → 2" under target lines that say "chưa có số
    liệu → 97,7%": a dash for the same absence. Both now say it in words."""
    from visible import article_text

    page = article_text(built_site / "2021" / "hoi-dong" / "ca-nam" / "index.html")
    units = page[page.index("Theo đơn vị"):]
    assert "Hoàn thành xuất sắc nhiệm vụ chưa có → 2" in units and " – → " not in units
