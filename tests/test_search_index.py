"""The folded search index: words located in Material's escaped HTML, keys folded, blocks for excerpts."""

import html
import unicodedata

from hypothesis import given
from hypothesis import strategies as st
from material.plugins.search.plugin import Parser

from campaign.core.fold import search_key
from campaign.publish.search_index import (
    folded_index,
    index_html,
    section_from_entry,
    separate_blocks,
    stub_index,
    top_level_blocks,
)


def utf16_slice(text: str, start: int, end: int) -> str:
    """What JavaScript's text.slice(start, end) returns."""
    return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")


def spans_as_words(indexed):
    return [utf16_slice(indexed.html, start, end) for start, end in indexed.spans]


def test_words_are_located_and_folded_tags_and_entities_skipped():
    indexed = index_html("<p>Sở KH&amp;CN làm <code>đầu mối</code></p>")
    assert spans_as_words(indexed) == ["Sở", "KH", "CN", "làm", "đầu", "mối"]
    assert indexed.keys == ("so", "kh", "cn", "lam", "dau", "moi")


def test_spans_count_utf16_units_as_javascript_does():
    indexed = index_html("Cờ 🚩 thi đua 𝕏 đạt")
    assert spans_as_words(indexed) == ["Cờ", "thi", "đua", "𝕏", "đạt"]
    assert indexed.spans[-1] == (17, 20)  # 🚩 and 𝕏 take two units each


def test_decomposed_text_is_indexed_composed():
    indexed = index_html(unicodedata.normalize("NFD", "An ninh trật tự"))
    assert indexed.html == "An ninh trật tự"
    assert indexed.keys == ("an", "ninh", "trat", "tu")
    assert spans_as_words(indexed) == ["An", "ninh", "trật", "tự"]


def test_words_json_stores_gaps_and_lengths():
    indexed = index_html("<p>thi đua</p>")
    assert indexed.words_json() == {"keys": "thi dua", "spans": [3, 3, 1, 3]}
    assert index_html("").words_json() == {"keys": "", "spans": []}


def test_words_of_preformatted_text_are_marked_as_code():
    indexed = index_html("<p>mã <code>ma</code></p><pre><code>- ma: phong-a\n  ten: A</code></pre><p>x</p><pre>y</pre>")
    assert indexed.keys == ("ma", "ma", "ma", "phong", "a", "ten", "a", "x", "y")
    assert indexed.code == ((2, 7), (8, 9))
    assert indexed.words_json()["code"] == [2, 7, 8, 9]
    assert "code" not in index_html("<p>thi <code>dua</code></p>").words_json()


def test_blocks_are_top_level_elements_and_loose_text():
    html = "<p>một</p><ul><li>hai</li><li>ba</li></ul> bốn <p>năm</p>"
    blocks = [html[start:end] for start, end in top_level_blocks(html)]
    assert blocks == ["<p>một</p>", "<ul><li>hai</li><li>ba</li></ul>", " bốn ", "<p>năm</p>"]


def test_table_cells_are_kept_apart_for_the_theme_indexer():
    page = (
        '<h1 id="bang">Bảng</h1><table><tr><th>Đơn vị</th><th>Chỉ tiêu</th></tr>'
        "<tr><td>Văn phòng</td><td>Trung tâm</td></tr></table><div>một</div><div>hai</div>"
    )
    parser = Parser()
    parser.feed(separate_blocks(page))
    parser.close()
    text = "".join(parser.data[0].text)
    assert index_html(text).keys == ("don", "vi", "chi", "tieu", "van", "phong", "trung", "tam", "mot", "hai")


def test_block_separation_leaves_preformatted_and_inline_text_alone():
    assert separate_blocks("<pre><code>a<br>b</code></pre>") == "<pre><code>a<br>b</code></pre>"
    assert separate_blocks("<p><em>thi</em><strong>đua</strong></p>") == "<p><em>thi</em><strong>đua</strong></p>"
    assert separate_blocks("<td>a</td>\n<td>b</td>") == "<td>a</td>\n<td>b</td>"
    assert separate_blocks("x<br>y<br />z") == "x<br>\ny<br />\nz"


MATERIAL_INDEX = {
    "config": {"lang": ["en"], "separator": "[\\s\\-]+", "pipeline": ["stopWordFilter"], "fields": {}},
    "docs": [
        {"location": "2021/noi-dung/", "title": "III. Nội dung", "text": "<p>chủ trương, đường lối</p>"},
        {"location": "2021/van-ban-goc/#noi-dung", "title": "III. NỘI DUNG", "text": "", "boost": 0.5},
    ],
}


def test_section_from_entry_keeps_location_and_boost():
    section = section_from_entry(MATERIAL_INDEX["docs"][1])
    assert section.location == "2021/van-ban-goc/#noi-dung"
    assert section.title.keys == ("iii", "noi", "dung")
    assert section.boost == 0.5
    assert section.blocks == ()


def test_folded_index_has_what_the_worker_reads():
    (first, second) = folded_index(MATERIAL_INDEX["docs"])["docs"]
    assert first == {
        "location": "2021/noi-dung/",
        "title": "III. Nội dung",
        "text": "<p>chủ trương, đường lối</p>",
        "title_words": {"keys": "iii noi dung", "spans": [0, 3, 2, 3, 1, 4]},
        "text_words": {"keys": "chu truong duong loi", "spans": [3, 3, 1, 6, 2, 5, 1, 3]},
        "blocks": [0, 28],
    }
    assert second["boost"] == 0.5


def test_stub_index_keeps_the_configuration_and_no_documents():
    assert stub_index(MATERIAL_INDEX) == {"config": MATERIAL_INDEX["config"], "docs": []}


@given(st.lists(st.one_of(st.text(), st.sampled_from(["<p>", "</p>", "<code>", "</code>", "<li>", "đường", "Ủy"]))))
def test_every_span_is_a_word_outside_markup_whose_key_is_stored(pieces):
    # Material escapes the text it keeps; tags are its own.
    field = "".join(piece if piece.startswith("<") else html.escape(piece, quote=False) for piece in pieces)
    indexed = index_html(field)
    found = spans_as_words(indexed)
    assert [search_key(word) for word in found] == list(indexed.keys)
    for word in found:
        assert word and not set(word) & set("<>&;/ ")
