"""The browser's search engine (overrides/search/engine.js), run under node.

Its query folding must give what campaign/search_fold.py gives the index, and its ranking
must put exact marks first, phrases before scattered words.
"""

import json
import subprocess
import unicodedata
from pathlib import Path

import pytest
from _tools import require_tool

from campaign.core.fold import fold, search_key, words
from campaign.publish.search_index import folded_index

ROOT = Path(__file__).resolve().parent.parent
ENGINE = ROOT / "overrides" / "search" / "engine.js"
HARNESS = ROOT / "tests" / "search_engine_cli.js"
SEED = ROOT / "seed" / "phat-dong-thi-dua-2021.txt"

# Where Vietnamese text and what surrounds it live; stable across Unicode versions,
# unlike the newest scripts (Python 3.11 knows Unicode 14, node 20 knows 15.1).
RANGES = [
    (0x0020, 0x024F),  # ASCII and Latin
    (0x0300, 0x036F),  # combining diacritical marks
    (0x1E00, 0x1EFF),  # Latin Extended Additional: the precomposed Vietnamese letters
    (0x2000, 0x206F),  # general punctuation: quotes, dashes, ellipsis
]


def run_engine(request: dict) -> dict:
    require_tool("node", "the search engine is JavaScript and runs under node in these tests")
    result = subprocess.run(
        ["node", str(HARNESS)],
        input=json.dumps({"engine": str(ENGINE), **request}),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def python_side(text: str) -> list:
    return [fold(text), search_key(text), words(text)]


def test_javascript_folds_and_splits_like_python():
    characters = [chr(c) for a, b in RANGES for c in range(a, b + 1)]
    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    document_words = sorted({word for line in lines for word in words(line)})
    samples = characters + lines + document_words
    samples += [unicodedata.normalize("NFD", text) for text in lines + document_words]
    samples += ["ĐƯỜNG đường Đường", "(KH&CN); “Đoàn kết,” 01/CT-UBND 20%", "hoá hóa", "snake_case 𝕏🚩"]
    javascript = run_engine({"strings": samples})["strings"]
    mismatches = [
        (text, python_side(text), theirs)
        for text, theirs in zip(samples, javascript)
        if python_side(text) != theirs
    ]
    assert not mismatches, mismatches[:10]


def entry(location: str, title: str, text: str, boost: float = 1.0) -> dict:
    return {"location": location, "title": title, "text": text} | ({"boost": boost} if boost != 1.0 else {})


DOCS = [
    entry("duong/", "Đường lối", "<p>Thực hiện tốt chủ trương, đường lối của Đảng.</p>"),
    entry("duong-2/", "Biểu dương", "<p>Bình xét, biểu dương, khen thưởng kịp thời.</p>"),
    entry("dau-moi/", "Văn phòng", "<p>Văn phòng Sở làm đầu mối, có trách nhiệm tham mưu.</p>"),
    entry("moi/", "Nông thôn", "<p>Đầu năm, xây dựng nông thôn mới; đổi mới sáng tạo.</p>"),
    entry("chien-si/", "Danh hiệu", "<p>Danh hiệu “Chiến sĩ thi đua cấp cơ sở” năm 2021.</p>"),
    entry("rai-rac/", "Rải rác", "<p>Chiến lược phát triển; sĩ số; thi hành; đua tranh.</p>"),
    entry("bang/", "Bảng", "<p>Đơn vị</p><ul><li>Văn phòng Sở</li><li>Trung tâm Ứng dụng KH&amp;CN</li></ul>"),
    entry("bang/#ket-qua", "Kết quả", "<p>An toàn về an ninh trật tự</p>"),
    entry("hoa-1/", "Cơ quan", "<p>Cơ quan văn hoá năm 2021</p>"),
    entry("hoa-2/", "Công sở", "<p>Thực hiện văn hóa công sở</p>"),
    entry("hoa-3/", "Hoà bình", "<p>Văn bản về hòa bình</p>"),
    entry("lao-dong/", "Lao động tiên tiến", "<p>Tỷ lệ đạt danh hiệu Lao động tiên tiến.</p>"),
    entry("yaml/", "Ví dụ", "<pre><code>lao_dong_tien_tien: 10</code></pre>"),
    # A guide's example, a document's page and a data page that quotes the document in a heading and a sentence.
    entry("huong-dan/#vi-du", "Ví dụ: thêm một đơn vị",
          "<p>Thêm một mục vào <code>don-vi.yml</code>:</p><pre><code>  - ma: phong-quan-ly\n"
          "    ten: Phòng Quản lý chuyên ngành, một tên rất dài để dòng bị cắt ở bên phải\n"
          "    su_nghiep_cong_lap: false\n</code></pre><p>Rồi gửi yêu cầu hợp nhất.</p>"),
    entry("quan-ly/", "Quản lý nhà nước", "<p>Phòng họp; công tác quản lý nhà nước về khoa học.</p>"),
    entry("van-ban/", "III. Nội dung",
          "<p>1. Quán triệt sâu sắc Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị.</p>", boost=2),
    entry("hoat-dong/#1", "1. Quán triệt Chỉ thị số 34-CT/TW, Chỉ thị số 06-CT/TU",
          "<p>Quán triệt sâu sắc Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị: hội nghị ngày 25/02.</p>"
          "<p>Quán triệt sâu sắc Chỉ thị số 34-CT/TW, báo cáo của Văn phòng.</p>"),
    entry("don-vi/van-phong/", "Văn phòng Sở", "<p>Văn phòng Sở: 12 người.</p>"),
    entry("to-chuc/", "V. Tổ chức thực hiện", "<p>Văn phòng Sở tổng hợp kết quả thi đua.</p>", boost=2),
]


@pytest.fixture(scope="module")
def search():
    index = folded_index(DOCS)

    def run(*queries: str) -> list:
        return run_engine({"index": index, "queries": list(queries)})["results"]

    return run


def pages(result: dict) -> list[str]:
    return [group[0]["location"].split("#")[0] for group in result["items"]]


def test_marks_typed_rank_exact_words_before_folded_ones(search):
    (with_marks, without) = search("đường", "duong")
    assert pages(with_marks)[:2] == ["duong/", "duong-2/"]
    assert set(pages(without)[:2]) == {"duong/", "duong-2/"}
    (dương,) = search("dương")
    assert pages(dương)[:2] == ["duong-2/", "duong/"]


def test_a_tone_counts_wherever_the_spelling_puts_it(search):
    for query in ["văn hóa", "văn hoá", "VĂN HOÁ"]:
        (result,) = search(query)
        assert set(pages(result)[:2]) == {"hoa-1/", "hoa-2/"}, query
        assert pages(result)[2] == "hoa-3/", query


def test_words_typed_without_marks_do_not_prefer_words_written_without_marks(search):
    (result,) = search("lao dong tien tien")
    assert pages(result)[:2] == ["lao-dong/", "yaml/"]


def test_words_typed_without_marks_find_the_phrase_first(search):
    for query in ["chien si thi dua", "Chiến sĩ thi đua", "chien sĩ thi dua", "CHIEN SI THI DUA"]:
        (result,) = search(query)
        assert pages(result)[0] == "chien-si/", query
    (result,) = search("dau moi")
    assert pages(result)[0] == "dau-moi/"


def test_decomposed_queries_find_what_composed_ones_do(search):
    composed, decomposed = search("an ninh trật tự", unicodedata.normalize("NFD", "an ninh trật tự"))
    assert pages(composed)[0] == pages(decomposed)[0] == "bang/"
    assert composed == decomposed


def test_punctuation_in_the_query_is_ignored(search):
    (result,) = search("“(KH&CN);”")
    assert pages(result) == ["bang/"]


def test_the_word_being_typed_matches_as_a_prefix(search):
    (typing, typed) = search("chien si thi d", "chien si thi d ")
    assert pages(typing)[0] == "chien-si/"
    assert typed["items"][0][0]["terms"] == {"chien": True, "si": True, "thi": True, "d": False}


def test_results_are_grouped_by_page_with_the_page_present(search):
    (result,) = search("an ninh")
    (group,) = result["items"]
    assert [item["location"] for item in group] == ["bang/#ket-qua", "bang/"]
    assert group[1]["score"] == 0


def test_matches_are_marked_in_title_and_excerpt(search):
    (result,) = search("duong loi")
    best = result["items"][0][0]
    assert best["title"] == "<mark>Đường</mark> <mark>lối</mark>"
    assert best["text"] == "<p>Thực hiện tốt chủ trương, <mark>đường</mark> <mark>lối</mark> của Đảng.</p>"
    assert best["terms"] == {"duong": True, "loi": True}


def test_excerpt_shows_the_blocks_that_match(search):
    (result,) = search("trung tam")
    best = result["items"][0][0]
    assert best["text"] == "<ul><li>Văn phòng Sở</li><li><mark>Trung</mark> <mark>tâm</mark> Ứng dụng KH&amp;CN</li></ul>"


def test_empty_and_punctuation_only_queries_find_nothing(search):
    assert search("", "   ", "...") == [{"items": []}] * 3


def test_a_code_example_never_outranks_prose_about_the_words(search):
    (result,) = search("phong quan ly")
    assert pages(result)[0] == "quan-ly/"
    assert "huong-dan/" in pages(result), "words found only in code still find their section"


def test_a_section_found_in_its_code_shows_the_matching_lines_as_wrapping_inline_code(search):
    (result,) = search("phong-quan-ly")
    (item,) = [group[0] for group in result["items"] if group[0]["location"] == "huong-dan/#vi-du"]
    assert "<pre" not in item["text"]
    assert item["text"] == "<p><code>- ma: <mark>phong</mark>-<mark>quan</mark>-<mark>ly</mark></code><br>" \
        "<code>ten: <mark>Phòng</mark> <mark>Quản</mark> <mark>lý</mark> chuyên ngành, một tên rất dài để dòng bị " \
        "cắt ở bên phải</code></p>"
    assert item["terms"] == {"phong": True, "quan": True, "ly": True}
    (prose,) = search("don-vi.yml ma")
    assert prose["items"][0][0]["text"].startswith("<p>Thêm một mục vào <code><mark>don</mark>")


def test_a_phrase_quoted_from_the_document_leads_to_the_documents_page(search):
    for query in ["Chỉ thị số 34-CT/TW", "34-CT/TW", "quan triet sau sac chi thi so 34"]:
        (result,) = search(query)
        assert pages(result)[:2] == ["van-ban/", "hoat-dong/"], query


def test_a_title_that_is_the_query_leads_before_the_document(search):
    (result,) = search("van phong so")
    assert pages(result)[:2] == ["don-vi/van-phong/", "to-chuc/"]
