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


def built(tmp_path, data, docs=None):
    result, site = build(tmp_path, data, docs)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


def refused(tmp_path, data) -> str:
    """A build the data stops, leaving no site: what it printed."""
    result, site = build(tmp_path, data)
    assert result.returncode != 0 and not (site / "index.html").exists()
    return result.stdout + result.stderr


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
    # The year-end must say what it holds of the new unit: left out, it is refused, naming the unit.
    refused = campaign("validate", str(data))
    assert refused.returncode == 1
    assert "[unit-not-listed]" in refused.stdout and "'Phòng Quản lý chuyên ngành (minh họa)'" in refused.stdout
    results = data / "2021" / "ket-qua" / "ca-nam.yml"
    results.write_text(text_of(results).replace("danh_muc:\n", "  - ma: phong-quan-ly\n    tong_so:\ndanh_muc:\n", 1),
                       encoding="utf-8")
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
    # A unit whose figures have not come in is said to be so, not shown as figures deleted ("Số người 10 → –").
    pack = article_text(site / "2021" / "hoi-dong" / "ca-nam" / "index.html")
    assert "Văn phòng Sở: chưa có số liệu kỳ này" in pack and "→ –" not in pack
    assert "3/4 đơn vị đã báo cáo đạt Tập thể lao động tiên tiến trở lên (còn 1 đơn vị chưa có số liệu)" in pack


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
    # The Council's pack counts no title before any unit reported one ("0 đơn vị đạt" was a verdict).
    pack = article_text(site / "2021" / "hoi-dong" / "ca-nam" / "index.html")
    assert "Chưa có đơn vị nào báo cáo danh hiệu tập thể; chưa có số liệu đề nghị Tập thể Lao động xuất sắc." in pack
    assert "0 đơn vị" not in pack and "0/" not in pack.split("Danh hiệu tập thể và đề nghị")[1].split("Đơn vị")[0]
    assert campaign("publishable", str(data)).returncode == 0
    # Going live twice is refused, and changes nothing.
    again = campaign("go-live", "2021", str(data))
    assert again.returncode == 1 and "đã là số liệu thật" in again.stderr


def test_a_year_marked_real_by_hand_with_a_placeholder_left_is_refused_at_its_line(tmp_path):
    data = copy_real_data(tmp_path / "data")
    path = data / "2021" / "chien-dich.yml"
    path.write_text(text_of(path).replace("minh_hoa: true", "minh_hoa: false"), encoding="utf-8")
    log = refused(tmp_path, data)
    assert "data/2021/don-vi.yml:8:" in log and "[illustrative-marker]" in log
    # MkDocs' report of the data ends with what to do, in one sentence.
    from campaign.core.problems import FIX_AND_BUILD_AGAIN
    report = log[log.index("Số liệu có lỗi"):].splitlines()
    assert FIX_AND_BUILD_AGAIN in report and report[report.index(FIX_AND_BUILD_AGAIN) - 1].startswith("Tìm thấy ")


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
    assert "Các năm trước" in nav and 'href="2022/bang-theo-doi/' in nav and 'href="2021/muc-tieu/' in nav
    assert nav.index('href="2022/bang-theo-doi/') < nav.index('href="2021/bang-theo-doi/')
    # The home page leads with 2022 and links 2021's scoreboard; 2021's full text is one section away.
    assert 'href="../van-ban-goc/"' in text_of(site / "2021" / "bang-theo-doi" / "index.html")
    assert "Chưa có số liệu" in board(site, "ca-nam", 2022)
    assert "Số liệu minh họa" in board(site, "ca-nam", 2021)
    warnings = campaign("validate", str(data)).stdout
    assert "data/2022/chien-dich.yml" in warnings and "[last-year-in-text]" in warnings


# A launch document made for the test: placeholder words only, nothing about the Department.
TEST_DOCUMENT = """Số: 07/TN-THU
Nơi thử nghiệm, ngày 09 tháng 02 năm 2022
PHÁT ĐỘNG THI ĐUA
Phong trào thử nghiệm năm 2022
Đoạn mở đầu thử nghiệm.
I. MỤC TIÊU
Mục tiêu thử nghiệm.
II. CHỈ TIÊU
1. Chỉ tiêu thử nghiệm.
III. NỘI DUNG
1. Nội dung thử nghiệm.
Nơi nhận:
- Nơi nhận thử nghiệm;
CHỨC VỤ THỬ NGHIỆM
Người Ký Thử Nghiệm
"""


def test_a_new_year_shows_no_launch_document_until_its_own_is_imported(tmp_path):
    """make new-year copied 2021's document facts, moved to 2022: the home page said 2021's signer and title, issued
    in January 2022, of a document not issued yet. Now the new year waits for its own document, and the import
    reads its number, date, signer and title line from it."""
    from sites import copy_docs

    data = copy_real_data(tmp_path / "data")
    docs = copy_docs(tmp_path / "docs")
    assert campaign("new-year", "2022", str(data)).returncode == 0
    warnings = campaign("validate", str(data)).stdout
    assert "data/2022/chien-dich.yml:" in warnings and "[launch-document-missing]" in warnings
    site = built(tmp_path / "before", data)
    home = article_text(site / "index.html")
    assert "Văn bản phát động thi đua năm 2022 chưa được đưa lên trang." in home
    for old in ("Bé Đăng Khoa", "PĐTĐ-SKHCN", "tháng 01 năm 2022", "Phát động thi đua —", "Người ký:",
                "Đoàn kết, kỷ cương"):
        assert old not in home, old
    timeline = article_text(site / "2022" / "moc-thoi-gian" / "index.html")
    assert "văn bản phát động năm 2022 chưa được đưa lên trang" in timeline and "tháng 01/2022" not in timeline

    document = tmp_path / "phat-dong-2022.txt"
    document.write_text(TEST_DOCUMENT, encoding="utf-8")
    run = campaign("import-document", "2022", str(document), "--data", str(data), "--docs", str(docs))
    assert run.returncode == 0, run.stderr
    assert "Đã ghi vào data/2022/chien-dich.yml (van_ban), đúng như văn bản: số văn bản: 07/TN-THU; ngày ban " \
        "hành: 09; tháng ban hành: 2; năm ban hành: 2022; nơi ban hành: Nơi thử nghiệm; chức vụ người ký: Chức vụ " \
        "thử nghiệm; người ký: Người Ký Thử Nghiệm; trích yếu (dòng dưới chữ PHÁT ĐỘNG THI ĐUA): Phong trào thử " \
        "nghiệm năm 2022." in run.stdout
    assert "Cần xem: Chủ đề (chu_de)" in run.stdout  # 2021's motto, which this document does not say
    assert "[launch-document-missing]" not in campaign("validate", str(data)).stdout
    site = built(tmp_path / "after", data, docs)
    home = article_text(site / "index.html")
    assert home.startswith("Phát động thi đua — Phong trào thử nghiệm năm 2022 ")
    for said in ("người ký: Chức vụ thử nghiệm Người Ký Thử Nghiệm",
                 "Thời điểm ban hành: ngày 09 tháng 02 năm 2022. Số văn bản: 07/TN-THU."):
        assert said in home, said
    for old in ("Bé Đăng Khoa", "PĐTĐ-SKHCN", "chưa được đưa lên trang"):
        assert old not in home, old
    timeline = article_text(site / "2022" / "moc-thoi-gian" / "index.html")
    assert "(văn bản ban hành ngày 09/02/2022)" in timeline


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
    "launch-document-missing": "test_a_new_year_shows_no_launch_document_until_its_own_is_imported",
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
    assert any(who.startswith("Toàn Sở (cộng chien_si_thi_dua_co_so của ") for who in flagged)
    assert "Phòng chuyên môn B (minh họa)" in flagged
    assert "⚠ Vượt giới hạn" in row(board(built_site), "II.3f")
    unit = article_text(built_site / "2021" / "don-vi" / "phong-b" / "index.html")
    assert "⚠ Vượt giới hạn 15% trong đơn vị" in unit.split("II.3f.", 1)[1][:200]
    assert "Vượt giới hạn ở 1 chỉ tiêu: II.3f Chiến sĩ thi đua cơ sở" in unit  # the unit's summary says it too


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


def _edit(path, old, new):
    text = text_of(path)
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _problem_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if re.search(r" (LỖI|CẢNH BÁO|GHI CHÚ) \[", line)]


def test_a_january_decision_is_published_up_to_the_closing_date_and_refused_after_it(tmp_path):
    data = copy_real_data(tmp_path / "data")
    results = data / "2021" / "ket-qua" / "ca-nam.yml"
    _edit(results, "      so: MH-01/QĐ-CA\n      ngay: 20/12/2021\n", "      so: MH-01/QĐ-CA\n      ngay: 15/01/2022\n")
    # No closing date yet: refused, and the message says where to set one.
    log = refused(tmp_path / "refused", data)
    assert "data/2021/ket-qua/ca-nam.yml:145:" in log and "[decision-after-deadline]" in log
    assert "han_chot_quyet_dinh" in log
    # The Office sets the year-end review's closing date for decisions: the January decision is in.
    _edit(data / "2021" / "chien-dich.yml", "    den_ngay: 31/12/2021\n",
          "    den_ngay: 31/12/2021\n    han_chot_quyet_dinh: 31/01/2022\n")
    site = built(tmp_path / "accepted", data)
    assert "✓ Đạt" in row(board(site), "II.3c")
    # Past the closing date: refused again, the date said.
    _edit(results, "      ngay: 15/01/2022\n", "      ngay: 15/02/2022\n")
    assert "sau hạn chốt quyết định của kỳ (31/01/2022)" in refused(tmp_path / "late", data)


def test_a_unit_row_deleted_from_the_year_end_workbook_is_refused_at_its_row(tmp_path):
    import io

    import openpyxl

    from campaign.publish.workbooks import template_workbook
    from campaign.read.load import load

    data = copy_real_data(tmp_path / "data")
    dataset, _ = load(data)
    book = openpyxl.load_workbook(io.BytesIO(template_workbook(dataset.years[0], "ca-nam")))
    assert book["Đơn vị"]["A6"].value == "phong-b"
    book["Đơn vị"].delete_rows(6)
    folder = data / "2021" / "ket-qua"
    (folder / "ca-nam.yml").unlink()
    book.save(folder / "ca-nam.xlsx")
    lines = _problem_lines(refused(tmp_path, data))
    not_listed = [line for line in lines if "[unit-not-listed]" in line]
    assert len(not_listed) == 1, lines
    assert not_listed[0].startswith("data/2021/ket-qua/ca-nam.xlsx: Trang tính Đơn vị, ô A6: LỖI [unit-not-listed]")
    assert "'Phòng chuyên môn B (minh họa)' (mã phong-b)" in not_listed[0]
    # The error comes first, before the warnings about caps that the same file earns.
    assert lines[0] == not_listed[0] and any("CẢNH BÁO" in line for line in lines[1:])


def test_a_share_pasted_as_a_fraction_is_refused_and_a_confirmed_small_share_is_published(tmp_path):
    data = copy_real_data(tmp_path / "data")
    results = data / "2021" / "ket-qua" / "ca-nam.yml"
    _edit(results, "    ty_le_tu_chu: 24.5\n", "    ty_le_tu_chu: 0.245\n")
    log = refused(tmp_path / "refused", data)
    assert "data/2021/ket-qua/ca-nam.yml:49:" in log and "LỖI [percent-looks-like-fraction]" in log
    assert "có phải ý bạn là 24,5%?" in log
    # A share that is really that small, confirmed beside it, is published as written.
    _edit(results, "    ty_le_tu_chu: 0.245\n", "    ty_le_tu_chu: 0.5\n    xac_nhan_duoi_1_phan_tram: 0.5\n")
    site = built(tmp_path / "confirmed", data)
    unit = article_text(site / "2021" / "don-vi" / "don-vi-su-nghiep-a" / "index.html")
    assert "0,5%" in unit.split("II.2", 1)[1][:300]
    assert "✗ Chưa đạt" in row(board(site), "II.2")


def _commit(repo, message: str, when: str) -> None:
    env = {"GIT_AUTHOR_NAME": "Văn phòng Sở", "GIT_AUTHOR_EMAIL": "vp@t", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@t", "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when, "PATH": "/usr/bin:/bin"}
    for args in (["add", "-A"], ["commit", "-qm", message]):
        subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, env=env)


def test_the_data_log_starts_at_go_live_and_says_each_change_in_plain_words(tmp_path):
    """#18/#20: after go-live the public log showed the illustrative figures as earlier results, commit hashes and
    file names, and "Chưa so sánh được" without a reason. Now: the illustrative history is left out (and said to
    be), the go-live is named, each later change says its targets and each unit's figures, dated by entry day."""
    repo = tmp_path / "repo"
    data = copy_real_data(repo / "data")
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True)
    _commit(repo, "Dữ liệu minh họa", "2021-03-01T09:00:00+07:00")
    assert campaign("go-live", "2021", str(data)).returncode == 0
    _commit(repo, "Chuyển sang số liệu thật", "2021-06-20T09:00:00+07:00")
    results = data / "2021" / "ket-qua" / "6-thang.yml"
    text = text_of(results)
    filled = text.replace("    tong_so:\n", "    tong_so: 9\n").replace(
        "      hoan_thanh_xuat_sac:\n      hoan_thanh_tot:\n      hoan_thanh:\n      khong_hoan_thanh:\n",
        "      hoan_thanh_xuat_sac: 2\n      hoan_thanh_tot: 7\n      hoan_thanh: 0\n      khong_hoan_thanh: 0\n")
    assert filled != text
    results.write_text(filled, encoding="utf-8")
    _commit(repo, "VP nhập số liệu 6 tháng", "2021-07-05T09:00:00+07:00")
    site = built(tmp_path, data)
    log = article_text(site / "2021" / "nhat-ky-so-lieu" / "index.html")
    assert "Ngày 05/07/2021" in log and "Ngày 20/06/2021" in log and "01/03/2021" not in log
    latest = log[log.index("Ngày 05/07/2021"):log.index("Ngày 20/06/2021")]
    assert "II.3b" in latest and "Sơ kết 6 tháng năm 2021" in latest
    assert "Văn phòng Sở" in latest and "Hoàn thành xuất sắc nhiệm vụ: – → 2" in latest
    went_live = log[log.index("Ngày 20/06/2021"):]
    assert "Bắt đầu số liệu thật của năm" in went_live
    assert "Những lần cập nhật khi số liệu năm còn là số liệu minh họa không ghi vào nhật ký" in went_live
    # Nothing of the illustrative year, and nothing of the repository's: no hash, no file, no message.
    assert "(minh họa)" not in log and "16,3%" not in log and "so sánh được" not in log
    assert not re.search(r"\b[0-9a-f]{10,}\b", log) and ".yml" not in log and "VP nhập" not in log
    assert "không phải ngày chốt số liệu" in log


def test_a_real_year_switched_to_illustrative_and_back_hides_no_correction(tmp_path):
    """The attack on #18's log: after going live and publishing, a commit marked the year illustrative while it
    changed a published figure, and the next marked it real again. The log must still say the correction, against
    the last real state, not start the year again with "Bắt đầu số liệu thật"."""
    repo = tmp_path / "repo"
    data = copy_real_data(repo / "data")
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True)
    _commit(repo, "Dữ liệu minh họa", "2021-03-01T09:00:00+07:00")
    assert campaign("go-live", "2021", str(data)).returncode == 0
    _commit(repo, "Chuyển sang số liệu thật", "2021-06-20T09:00:00+07:00")
    results = data / "2021" / "ket-qua" / "6-thang.yml"
    results.write_text(text_of(results).replace("    tong_so:\n", "    tong_so: 9\n").replace(
        "      hoan_thanh_xuat_sac:\n      hoan_thanh_tot:\n      hoan_thanh:\n      khong_hoan_thanh:\n",
        "      hoan_thanh_xuat_sac: 2\n      hoan_thanh_tot: 7\n      hoan_thanh: 0\n      khong_hoan_thanh: 0\n"),
        encoding="utf-8")
    settings = data / "2021" / "chien-dich.yml"
    settings.write_text(text_of(settings).replace("    den_ngay: 30/06/2021\n", "    den_ngay: 30/06/2021\n    cong_bo: true\n"),
                        encoding="utf-8")
    _commit(repo, "Số liệu 6 tháng, công bố", "2021-07-05T09:00:00+07:00")
    settings.write_text(text_of(settings).replace("minh_hoa: false", "minh_hoa: true"), encoding="utf-8")
    results.write_text(text_of(results).replace("hoan_thanh_xuat_sac: 2\n      hoan_thanh_tot: 7",
                                                "hoan_thanh_xuat_sac: 3\n      hoan_thanh_tot: 6"), encoding="utf-8")
    _commit(repo, "x", "2021-07-10T09:00:00+07:00")
    settings.write_text(text_of(settings).replace("minh_hoa: true", "minh_hoa: false"), encoding="utf-8")
    _commit(repo, "y", "2021-07-11T09:00:00+07:00")
    log = article_text(built(tmp_path, data) / "2021" / "nhat-ky-so-lieu" / "index.html")
    back = log[log.index("Ngày 11/07/2021"):log.index("Ngày 05/07/2021")]
    assert "Số liệu năm được đánh dấu lại là số liệu thật" in back and "Sửa số liệu đã công bố" in back
    assert "Hoàn thành xuất sắc nhiệm vụ: 2 → 3" in back
    assert "Ngày 10/07/2021" not in log  # the illustrative state itself is not history
    assert "Công bố kết quả kỳ Sơ kết 6 tháng năm 2021" in log
    assert log.count("Bắt đầu số liệu thật của năm") == 1 and "Ngày 20/06/2021" in log


REAL_UNIT = "  - ma: phong-thu-nghiem\n    ten: Phòng Thử nghiệm\n    su_nghiep_cong_lap: false\n"


def test_a_unit_added_after_going_live_is_asked_for_one_line_and_that_line_is_enough(tmp_path):
    """The guide's order (go live, then add the real units) led to "có thể đã bị xóa nhầm… Hãy thêm lại" for a unit
    never there, and doing just that (`- ma: …`) to "Thiếu mục 'tong_so'". A unit with no figure in the year is
    told it may be new; the one line it is asked for is accepted, as a unit waiting for its figures."""
    data = copy_real_data(tmp_path / "data")
    assert campaign("go-live", "2021", str(data)).returncode == 0
    units = data / "2021" / "don-vi.yml"
    units.write_text(text_of(units) + REAL_UNIT, encoding="utf-8")
    refused = campaign("validate", str(data))
    assert refused.returncode == 1
    lines = [line for line in _problem_lines(refused.stdout) if "[unit-not-listed]" in line]
    assert [line.split(":")[0] for line in lines] == ["data/2021/ket-qua/6-thang.yml", "data/2021/ket-qua/ca-nam.yml"]
    for line in lines:
        assert "'Phòng Thử nghiệm' (mã phong-thu-nghiem)" in line
        assert "nếu đơn vị vừa được thêm vào don-vi.yml" in line and "xóa nhầm" not in line
        assert "một dòng - ma: phong-thu-nghiem" in line
    # Doing what it says, in the mid-year file only: the year-end still says the same, never "deleted".
    mid_year = data / "2021" / "ket-qua" / "6-thang.yml"
    _edit(mid_year, "danh_muc:\n", "  - ma: phong-thu-nghiem\ndanh_muc:\n")
    still = [line for line in _problem_lines(campaign("validate", str(data)).stdout) if "LỖI" in line]
    assert len(still) == 1 and still[0].startswith("data/2021/ket-qua/ca-nam.yml") and "xóa nhầm" not in still[0]
    _edit(data / "2021" / "ket-qua" / "ca-nam.yml", "danh_muc:\n", "  - ma: phong-thu-nghiem\ndanh_muc:\n")
    accepted = campaign("validate", str(data))
    assert accepted.returncode == 0, accepted.stdout
    waiting = [line for line in accepted.stdout.splitlines() if "'Phòng Thử nghiệm'" in line]
    assert len(waiting) == 2 and all("[unit-missing-results]" in line for line in waiting)
    # The figures to write under it when they come: the keys the other entries have, the ratings with their levels.
    assert "ghi dưới dòng ma của đơn vị các mục: tong_so, xep_loai (hoan_thanh_xuat_sac, hoan_thanh_tot, hoan_thanh, " \
           "khong_hoan_thanh), lao_dong_tien_tien" in waiting[0]
    assert "ty_le_tu_chu" not in waiting[0]  # not a public service unit
    site = built(tmp_path, data)
    assert "Chưa có số liệu" in board(site)


def test_units_written_before_going_live_are_in_the_new_results_files(tmp_path):
    """The other order the guide gives: the real units first (the illustrative results then lack them, which going
    live replaces anyway), then go-live writes every period's file with them, every figure blank."""
    data = copy_real_data(tmp_path / "data")
    units = data / "2021" / "don-vi.yml"
    units.write_text(text_of(units) + REAL_UNIT, encoding="utf-8")
    run = campaign("go-live", "2021", str(data))
    assert run.returncode == 0, run.stderr
    assert "Giữ lại các đơn vị: Văn phòng Sở, Phòng Thử nghiệm." in run.stdout
    for period in ("6-thang", "ca-nam"):
        assert "  - ma: phong-thu-nghiem\n    tong_so:\n    xep_loai:\n" in text_of(data / "2021" / "ket-qua" /
                                                                               f"{period}.yml")
    assert campaign("validate", str(data)).returncode == 0


def test_a_unit_added_to_a_period_entered_by_workbook_is_asked_for_a_row(tmp_path):
    import io

    import openpyxl

    from campaign.publish.workbooks import template_workbook
    from campaign.read.load import load

    data = copy_real_data(tmp_path / "data")
    dataset, _ = load(data)
    book = openpyxl.load_workbook(io.BytesIO(template_workbook(dataset.years[0], "ca-nam")))
    sheet = book["Đơn vị"]
    last = max(row for row in range(4, sheet.max_row + 1) if sheet[f"A{row}"].value)
    folder = data / "2021" / "ket-qua"
    (folder / "ca-nam.yml").unlink()
    book.save(folder / "ca-nam.xlsx")
    units = data / "2021" / "don-vi.yml"
    units.write_text(text_of(units) + REAL_UNIT + "    tu_ngay: 01/08/2021\n", encoding="utf-8")
    refused = campaign("validate", str(data))
    lines = [line for line in _problem_lines(refused.stdout) if "[unit-not-listed]" in line]
    assert len(lines) == 1, refused.stdout
    assert lines[0].startswith(f"data/2021/ket-qua/ca-nam.xlsx: Trang tính Đơn vị, ô A{last + 1}: LỖI")
    assert "nếu đơn vị vừa được thêm vào don-vi.yml" in lines[0] and "xóa nhầm" not in lines[0]
    assert "Hãy chèn một dòng của đơn vị ngay dưới dòng của" in lines[0] and "ghi phong-thu-nghiem ở ô" in lines[0]
    # Doing what it says: the code in the row below, the other cells blank.
    book = openpyxl.load_workbook(folder / "ca-nam.xlsx")
    book["Đơn vị"][f"A{last + 1}"] = "phong-thu-nghiem"
    book.save(folder / "ca-nam.xlsx")
    accepted = campaign("validate", str(data))
    assert accepted.returncode == 0, accepted.stdout
    assert "[unit-missing-results] Chưa có số liệu của 'Phòng Thử nghiệm'" in accepted.stdout


def test_the_data_log_says_when_a_period_is_published_and_when_published_figures_are_corrected(tmp_path):
    """A commit that only set cong_bo: true read "không làm thay đổi kết quả của chỉ tiêu nào…", and a later change
    to the published figures read like any other. Now the first says the period was published, the second that
    published figures were corrected; a change before publishing is no correction."""
    repo = tmp_path / "repo"
    data = copy_real_data(repo / "data")
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True)
    _commit(repo, "Dữ liệu minh họa", "2021-03-01T09:00:00+07:00")
    assert campaign("go-live", "2021", str(data)).returncode == 0
    _commit(repo, "Chuyển sang số liệu thật", "2021-06-20T09:00:00+07:00")
    results = data / "2021" / "ket-qua" / "6-thang.yml"
    _edit(results, "    tong_so:\n    xep_loai:\n      hoan_thanh_xuat_sac:\n      hoan_thanh_tot:\n      hoan_thanh:\n"
                   "      khong_hoan_thanh:\n",
          "    tong_so: 9\n    xep_loai:\n      hoan_thanh_xuat_sac: 2\n      hoan_thanh_tot: 7\n      hoan_thanh: 0\n"
          "      khong_hoan_thanh: 0\n")
    _commit(repo, "Nhập số liệu 6 tháng", "2021-07-05T09:00:00+07:00")
    _edit(data / "2021" / "chien-dich.yml", "    den_ngay: 30/06/2021\n", "    den_ngay: 30/06/2021\n    cong_bo: true\n")
    _commit(repo, "Công bố sơ kết", "2021-07-20T09:00:00+07:00")
    _edit(results, "      hoan_thanh_xuat_sac: 2\n      hoan_thanh_tot: 7\n",
          "      hoan_thanh_xuat_sac: 1\n      hoan_thanh_tot: 8\n")
    _commit(repo, "Sửa xếp loại", "2021-08-02T09:00:00+07:00")
    site = built(tmp_path, data)
    log = article_text(site / "2021" / "nhat-ky-so-lieu" / "index.html")
    corrected = log[log.index("Ngày 02/08/2021"):log.index("Ngày 20/07/2021")]
    published = log[log.index("Ngày 20/07/2021"):log.index("Ngày 05/07/2021")]
    entered = log[log.index("Ngày 05/07/2021"):log.index("Ngày 20/06/2021")]
    assert "Sửa số liệu đã công bố của kỳ Sơ kết 6 tháng năm 2021" in corrected
    assert "Hoàn thành xuất sắc nhiệm vụ: 2 → 1" in corrected
    assert "Công bố kết quả kỳ Sơ kết 6 tháng năm 2021." in published
    assert "trang chủ và bảng theo dõi mở đầu bằng kỳ công bố gần nhất" in published
    assert "không làm thay đổi kết quả" not in published and "Sửa số liệu đã công bố" not in published
    assert "Công bố" not in entered and "Sửa số liệu đã công bố" not in entered
    # What the log says happened: the published period leads the scoreboard, without "chưa công bố".
    leading = article_text(site / "2021" / "bang-theo-doi" / "index.html")
    assert "Sơ kết 6 tháng, số liệu tính đến 30/06/2021" in leading and "chưa công bố" not in leading.split("Tổng kết")[0]
