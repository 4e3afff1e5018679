"""Real mini-sites built end to end: no results yet, a second campaign year, hostile names, broken data."""

from __future__ import annotations

import re
import shutil

import pytest
from sites import build, copy_real_data

pytestmark = pytest.mark.site


def text_of(path) -> str:
    return path.read_text(encoding="utf-8")


def test_a_year_with_no_results_builds_and_shows_no_data_everywhere(tmp_path):
    data = copy_real_data(tmp_path / "data", results=False)
    result, site = build(tmp_path, data)
    assert result.returncode == 0, result.stderr
    board = text_of(site / "2021" / "bang-theo-doi" / "index.html")
    assert "0/12 chỉ tiêu đạt" in board
    assert board.count('class="tt-status tt-chua-co-so-lieu"') == 12
    assert "tt-dat" not in board and "tt-chua-dat" not in board
    # Not a git repository: the log says so, and the build goes on.
    log = text_of(site / "2021" / "nhat-ky-so-lieu" / "index.html")
    assert "không có lịch sử thay đổi của số liệu" in log
    for page in (site / "2021" / "chi-tieu").glob("ii-*/index.html"):
        html = text_of(page)
        assert "Chưa có số liệu" in html and "tt-dat" not in html


def test_a_second_campaign_year_builds_beside_2021(tmp_path):
    data = copy_real_data(tmp_path / "data")
    shutil.copytree(data / "2021", data / "2022")
    for path in (data / "2022").rglob("*.yml"):
        path.write_text(text_of(path).replace("2021", "2022"), encoding="utf-8")
    result, site = build(tmp_path, data)
    assert result.returncode == 0, result.stderr
    assert "Bảng theo dõi chỉ tiêu năm 2022" in text_of(site / "2022" / "bang-theo-doi" / "index.html")
    assert "Bảng theo dõi chỉ tiêu năm 2021" in text_of(site / "2021" / "bang-theo-doi" / "index.html")
    assert (site / "2022" / "tai-ve" / "ky-ca-nam" / "bang-theo-doi-2022-ca-nam.csv").is_file()
    assert (site / "2021" / "tai-ve" / "ky-ca-nam" / "bang-theo-doi-2021-ca-nam.csv").is_file()
    # A missing address offers the newest year's scoreboard.
    assert '<a href="/2022/bang-theo-doi/">Bảng theo dõi năm 2022</a>' in text_of(site / "404.html")


def test_hostile_names_show_as_text(tmp_path):
    data = copy_real_data(tmp_path / "data")
    units = data / "2021" / "don-vi.yml"
    text = text_of(units)
    text = text.replace("ten: Phòng chuyên môn A (minh họa)", "ten: \"<script>alert(1)</script>\"")
    text = text.replace("ten: Phòng chuyên môn B (minh họa)", "ten: \"{{ 7*7 }} **đậm** [x](http://x.invalid)\"")
    units.write_text(text, encoding="utf-8")
    result, site = build(tmp_path, data)
    assert result.returncode == 0, result.stderr
    for page in [site / "2021" / "don-vi" / "index.html", site / "2021" / "don-vi" / "phong-a" / "index.html",
                 site / "2021" / "chi-tieu" / "ii-3a" / "index.html"]:
        html = text_of(page)
        assert "<script>alert(1)" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    board = text_of(site / "2021" / "don-vi" / "index.html")
    assert "{{ 7*7 }} **đậm** [x](http://x.invalid)" in board
    assert not any("x.invalid" in href for href in re.findall(r'href="([^"]*)"', board))
    assert ">49<" not in board


def test_broken_data_stops_the_build_with_the_checkers_message(tmp_path):
    data = copy_real_data(tmp_path / "data")
    results = data / "2021" / "ket-qua" / "ca-nam.yml"
    results.write_text(text_of(results).replace("tong_so: 10", "tong_so: 11", 1), encoding="utf-8")
    result, site = build(tmp_path, data)
    assert result.returncode != 0
    log = result.stdout + result.stderr
    assert "ratings-sum-mismatch" in log and "data/2021/ket-qua/ca-nam.yml:7:" in log
    assert "Traceback" not in log
    assert not (site / "index.html").exists()
