"""The year as the Office lives it, each event a real mini-site read as a reader sees it (visible text)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from sites import ROOT, build, copy_real_data
from visible import article_text

pytestmark = pytest.mark.site


def text_of(path) -> str:
    return path.read_text(encoding="utf-8")


def built(tmp_path, data):
    result, site = build(tmp_path, data)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


def board(site, period="ca-nam", year=2021) -> str:
    """The scoreboard's visible text up to its legend (which names every status). The latest period with
    figures has no page of its own: it is the year's scoreboard page."""
    page = site / str(year) / "bang-theo-doi" / period / "index.html"
    if not page.is_file():
        page = site / str(year) / "bang-theo-doi" / "index.html"
    return article_text(page).split("Trạng thái: ")[0]


def row(text: str, target: str) -> str:
    """The scoreboard's row of one target, as visible text: from its label to the next target's."""
    start = text.index(target)
    following = re.search(r"II\.\d[a-z]?\. ", text[start + len(target):])
    return text[start:start + len(target) + (following.start() if following else 400)]


def campaign(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "campaign", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


NEW_UNIT = """  - ma: phong-quan-ly
    ten: Phòng Quản lý chuyên ngành (minh họa)
    su_nghiep_cong_lap: false
    tu_ngay: 01/08/2021
"""


def test_a_unit_added_mid_year_leaves_mid_year_alone_and_makes_the_year_end_partial(tmp_path):
    data = copy_real_data(tmp_path / "data")
    units = data / "2021" / "don-vi.yml"
    units.write_text(text_of(units) + NEW_UNIT, encoding="utf-8")
    site = built(tmp_path, data)
    year_end = board(site)
    # Nothing goes blank: every target keeps its figure; those the new unit could change say what is missing.
    assert "Chưa có số liệu" not in year_end
    assert "Chưa đủ số liệu: 5/6 đơn vị; còn thiếu: Phòng Quản lý chuyên ngành (minh họa)" in year_end
    assert "⚠ Vượt giới hạn" in row(year_end, "II.3f")
    # A 100 % target already missed by a unit that reported stays missed, said as settled.
    assert "Đã chắc chắn chưa đạt, dù còn thiếu số liệu của: Phòng Quản lý chuyên ngành (minh họa)" in \
        row(year_end, "II.3a")
    # The unit did not exist on 30/06: the mid-year board does not wait for it.
    assert "Phòng Quản lý chuyên ngành" not in board(site, "6-thang")
    unit_page = article_text(site / "2021" / "don-vi" / "phong-quan-ly" / "index.html")
    assert "Bắt đầu hoạt động từ ngày 01/08/2021" in unit_page
    units_page = article_text(site / "2021" / "don-vi" / "index.html")
    assert "Chưa thành lập" in units_page


def test_a_unit_dissolved_mid_year_is_not_expected_at_year_end(tmp_path):
    data = copy_real_data(tmp_path / "data")
    units = data / "2021" / "don-vi.yml"
    units.write_text(text_of(units).replace(
        "    ten: Phòng chuyên môn B (minh họa)\n    su_nghiep_cong_lap: false\n",
        "    ten: Phòng chuyên môn B (minh họa)\n    su_nghiep_cong_lap: false\n    den_ngay: 15/09/2021\n"
        "    ghi_chu: Sáp nhập vào Phòng chuyên môn A (minh họa)\n"), encoding="utf-8")
    results = data / "2021" / "ket-qua" / "ca-nam.yml"
    text = text_of(results)
    start = text.index("  - ma: phong-b\n")
    end = text.index("  - ma: don-vi-su-nghiep-a\n")
    results.write_text(text[:start] + text[end:], encoding="utf-8")
    site = built(tmp_path, data)
    year_end = board(site)
    assert "Chưa đủ số liệu" not in year_end and "Chưa có số liệu" not in year_end
    unit_page = article_text(site / "2021" / "don-vi" / "phong-b" / "index.html")
    assert "Kết thúc hoạt động ngày 15/09/2021. Sáp nhập vào Phòng chuyên môn A (minh họa)." in unit_page
    assert "Đã kết thúc" in article_text(site / "2021" / "don-vi" / "index.html")
    # Its mid-year figures are still part of the mid-year board.
    assert "Chưa đủ số liệu" not in board(site, "6-thang")


def test_figures_arriving_unit_by_unit_show_the_figure_so_far_and_name_the_missing(tmp_path):
    data = copy_real_data(tmp_path / "data")
    results = data / "2021" / "ket-qua" / "ca-nam.yml"
    text = text_of(results)
    # Văn phòng Sở's entry as a template leaves it: listed, every figure blank.
    start = text.index("  - ma: van-phong\n")
    end = text.index("  - ma: phong-a\n")
    results.write_text(text[:start] + "  - ma: van-phong\n    tong_so:\n    lao_dong_tien_tien:\n" + text[end:],
                       encoding="utf-8")
    report = campaign("validate", str(data))
    assert report.returncode == 0 and "[unit-missing-results]" in report.stdout
    site = built(tmp_path, data)
    year_end = board(site)
    assert "Chưa đủ số liệu: 4/5 đơn vị; còn thiếu: Văn phòng Sở" in row(year_end, "II.3b")
    assert "Chưa đủ số liệu" in row(year_end, "II.3b").split("Chưa đủ số liệu: 4/5")[1]  # the status says it too
    assert "✓ Đạt" not in row(year_end, "II.3b") and "✗ Chưa đạt" not in row(year_end, "II.3b")
    target = article_text(site / "2021" / "chi-tieu" / "ii-3b" / "index.html")
    assert "Chưa có số liệu của 1/5 đơn vị: Văn phòng Sở." in target


def test_going_live_from_the_shipped_data(tmp_path):
    data = copy_real_data(tmp_path / "data")
    before = built(tmp_path / "before", data)
    assert "Số liệu minh họa" in board(before)
    run = campaign("go-live", "2021", str(data))
    assert run.returncode == 0, run.stderr
    for path in data.rglob("*.yml"):
        values = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.lstrip().startswith("#")]
        assert not re.search(r"minh\s*họa|MH-", "\n".join(values)), path
    site = built(tmp_path / "after", data)
    year_end = board(site)
    assert "Số liệu minh họa" not in year_end
    assert "0/12 chỉ tiêu đạt" in year_end and year_end.count("– Chưa có số liệu") == 12
    assert "✓ Đạt" not in year_end and "✗ Chưa đạt" not in year_end
    assert campaign("publishable", str(data)).returncode == 0
    # Going live twice is refused, and changes nothing.
    again = campaign("go-live", "2021", str(data))
    assert again.returncode == 1 and "đã là số liệu thật" in again.stderr


def test_a_year_marked_real_by_hand_with_a_placeholder_left_is_refused_at_its_line(tmp_path):
    data = copy_real_data(tmp_path / "data")
    path = data / "2021" / "chien-dich.yml"
    path.write_text(text_of(path).replace("minh_hoa: true", "minh_hoa: false"), encoding="utf-8")
    result, site = build(tmp_path, data)
    assert result.returncode != 0
    log = result.stdout + result.stderr
    assert "data/2021/don-vi.yml:8:" in log and "[illustrative-marker]" in log
    assert not (site / "index.html").exists()


def test_next_years_campaign_leads_the_site_and_this_year_stays_as_an_archive(tmp_path):
    data = copy_real_data(tmp_path / "data")
    run = campaign("new-year", "2022", str(data))
    assert run.returncode == 0, run.stderr
    site = built(tmp_path, data)
    home = article_text(site / "index.html")
    assert "Năm 2022, Sơ kết 6 tháng" in home and "Bảng theo dõi năm 2021" in home
    assert home.index("Năm 2022") < home.index("Bảng theo dõi năm 2021")
    # The navigation: 2022's scoreboard at the top, 2021's document and scoreboard under "Các năm trước".
    nav = text_of(site / "index.html")
    assert "Các năm trước" in nav and 'href="2022/bang-theo-doi/' in nav and 'href="2021/van-ban-goc/' in nav
    assert nav.index('href="2022/bang-theo-doi/') < nav.index('href="2021/bang-theo-doi/')
    assert "Chưa có số liệu" in board(site, "ca-nam", 2022)
    assert "Số liệu minh họa" in board(site, "ca-nam", 2021)
    warnings = campaign("validate", str(data)).stdout
    assert "data/2022/chien-dich.yml" in warnings and "[last-year-in-text]" in warnings


def test_a_correction_after_publication_is_shown_old_and_new(tmp_path):
    from campaign.history.diff import changes, markdown
    from campaign.read.load import load

    before, _ = load(ROOT / "data")
    data = copy_real_data(tmp_path / "data")
    results = data / "2021" / "ket-qua" / "ca-nam.yml"
    results.write_text(text_of(results).replace("    chien_si_thi_dua_co_so: 2\n    danh_hieu_tap_the: lao-dong-xuat-sac",
                                                "    chien_si_thi_dua_co_so: 1\n    danh_hieu_tap_the: lao-dong-xuat-sac"),
                       encoding="utf-8")
    after, report = load(data)
    assert report.ok
    table = markdown(changes(before, after))
    assert "II\\.3f" in table and "16,3" in table and "→" in table


# The warnings that tell the Office what the site will show, and the test below that builds the case and looks.
PROMISES = {
    "over-cap": "test_an_over_cap_warning_is_marked_on_the_site",
    "unit-missing-results": "test_figures_arriving_unit_by_unit_show_the_figure_so_far_and_name_the_missing",
    "unit-figures-missing": "test_a_figure_left_blank_is_shown_as_missing_with_the_unit_named",
}


def test_every_warning_that_promises_something_on_the_site_has_a_test_that_looks():
    from campaign.core.catalogue import CATALOGUE
    from campaign.core.problems import Severity

    # An error never reaches the site; a warning that says what the site will show must be kept.
    promising = {c.code for c in CATALOGUE.values()
                 if c.severity is Severity.WARNING and "trang web sẽ" in c.template.lower()}
    assert promising == set(PROMISES)
    assert all(name in globals() for name in PROMISES.values())


def test_an_over_cap_warning_is_marked_on_the_site(built_site):
    report = campaign("validate", "data").stdout
    flagged = re.findall(r"\[over-cap\] ([^:]+): ", report)
    assert "Toàn cơ quan" in flagged and "Phòng chuyên môn B (minh họa)" in flagged
    assert "⚠ Vượt giới hạn" in row(board(built_site), "II.3f")
    unit = article_text(built_site / "2021" / "don-vi" / "phong-b" / "index.html")
    assert "⚠ Vượt giới hạn 15% trong đơn vị" in unit.split("II.3f.", 1)[1][:200]
    assert "Vượt giới hạn ở 1 chỉ tiêu: II.3f" in unit  # the unit's summary says it too


def test_a_figure_left_blank_is_shown_as_missing_with_the_unit_named(tmp_path):
    data = copy_real_data(tmp_path / "data")
    results = data / "2021" / "ket-qua" / "ca-nam.yml"
    results.write_text(text_of(results).replace("    danh_hieu_tap_the: lao-dong-tien-tien\n", "    danh_hieu_tap_the:\n",
                                                1), encoding="utf-8")
    report = campaign("validate", str(data))
    assert "[unit-figures-missing] 'Văn phòng Sở' còn để trống: danh_hieu_tap_the" in report.stdout
    site = built(tmp_path, data)
    # Phòng B has already missed the title, so II.3g is settled; the missing unit is named all the same.
    assert "Đã chắc chắn chưa đạt, dù còn thiếu số liệu của: Văn phòng Sở (4/5 đơn vị đã có)" in \
        row(board(site), "II.3g")
