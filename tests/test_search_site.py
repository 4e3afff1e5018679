"""The built search: our worker wired into the theme, the theme's index a stub, every page indexed."""

import html
import importlib.util
import json
import re
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urljoin

import material
import pytest

from campaign.core.fold import search_key, words

ROOT = Path(__file__).resolve().parent.parent
CONFIG_BLOCK = re.compile(r"\{% block config %\}.*?\{% endblock %\}", re.DOTALL)
CONFIG_SCRIPT = re.compile(r'<script id="__config" type="application/json">(.*?)</script>', re.DOTALL)
SCRIPT_SRC = re.compile(r"<script\b[^>]*\bsrc=\"([^\"]+)\"", re.IGNORECASE)
THEME_WORKER = re.compile(r'"search": "assets/javascripts/workers/search\.[0-9a-f]+\.min\.js" \| url,')


def config_block(text: str) -> str:
    block = CONFIG_BLOCK.search(text).group(0)
    return "\n".join(line.strip() for line in block.splitlines())


def test_our_config_block_is_the_themes_but_for_the_worker():
    theirs = (Path(material.__file__).parent / "templates" / "base.html").read_text(encoding="utf-8")
    ours = (ROOT / "overrides" / "main.html").read_text(encoding="utf-8")
    expected = THEME_WORKER.sub('"search": "search/worker.js" | url,', config_block(theirs))
    assert expected != config_block(theirs), "Material no longer names its worker this way"
    assert config_block(ours) == expected, (
        "Material's config block changed: copy it again into overrides/main.html, keeping our worker"
    )


def site_pages(site: Path) -> list[Path]:
    return sorted(path for path in site.rglob("*.html") if path.name != "404.html")


def page_url(site: Path, page: Path) -> str:
    """The page's URL path, as the search index writes locations."""
    relative = page.relative_to(site).as_posix()
    return relative.removesuffix("index.html")


@pytest.mark.site
def test_the_theme_index_fetched_on_every_page_is_a_stub(built_site):
    stub = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert stub["docs"] == []
    assert "config" in stub
    assert (built_site / "search" / "search_index.json").stat().st_size < 1000


@pytest.mark.site
def test_every_page_is_in_the_folded_index(built_site):
    index = json.loads((built_site / "search" / "folded_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"].split("#")[0] for doc in index["docs"]}
    # The year's scoreboard shows a period whose own page is the one in the index: it is left out of search.
    # The review packs repeat the scoreboards for print: left out of search too.
    shown_elsewhere = {"2021/bang-theo-doi/", "2021/hoi-dong/6-thang/", "2021/hoi-dong/ca-nam/"}
    assert {page_url(built_site, page) for page in site_pages(built_site)} - shown_elsewhere <= locations
    assert not shown_elsewhere & locations
    for doc in index["docs"]:
        for field in ("title_words", "text_words"):
            assert doc[field]["keys"].isascii(), (doc["location"], doc[field]["keys"])


@pytest.mark.site
def test_every_page_points_the_theme_at_our_worker_and_loads_no_script_of_ours(built_site):
    for page in site_pages(built_site):
        html = page.read_text(encoding="utf-8")
        config = json.loads(CONFIG_SCRIPT.search(html).group(1))
        worker = urljoin("http://site/" + page_url(built_site, page), config["search"])
        assert worker == "http://site/search/worker.js", page
        scripts = [src.rsplit("/", 1)[-1] for src in SCRIPT_SRC.findall(html)]
        # The Council's review packs print their print date; no other page loads a script of ours.
        ours = ["ngay-in.js"] if page_url(built_site, page).startswith("2021/hoi-dong/") else []
        # Material's own script is loaded by overrides/main.html's loader, at the reader's first interaction.
        assert scripts == ours, (page, scripts)
        (bundle,) = re.findall(r'<script data-bundle="([^"]+)">', html)
        assert bundle.rsplit("/", 1)[-1].startswith("bundle."), (page, bundle)
    for name in ("worker.js", "engine.js", "folded_index.json"):
        assert (built_site / "search" / name).is_file()


def words_of(site: Path, location: str) -> str:
    index = json.loads((site / "search" / "folded_index.json").read_text(encoding="utf-8"))
    (doc,) = [doc for doc in index["docs"] if doc["location"] == location]
    return doc["title_words"]["keys"] + " | " + doc["text_words"]["keys"]


@pytest.mark.site
def test_words_of_table_cells_written_on_one_line_stay_apart(search_site):
    words = words_of(search_site, "bang/")
    assert "van phong so tap the lao dong tien tien chua co so lieu trung tam ung dung" in words
    assert "cong doan co so hoan thanh tot nhiem vu" in words


@pytest.mark.site
def test_decomposed_pages_are_indexed_and_shown_composed(search_site):
    assert words_of(search_site, "to-hop/") == (
        "to hop | phong quan ly khoa hoc viet bang bang ma to hop tham dinh cong nghe"
    )
    index = json.loads((search_site / "search" / "folded_index.json").read_text(encoding="utf-8"))
    (doc,) = [doc for doc in index["docs"] if doc["location"] == "to-hop/"]
    assert doc["title"] == "Tổ hợp"


def test_the_hook_leaves_a_site_without_search_alone(tmp_path):
    spec = importlib.util.spec_from_file_location("folded_search", ROOT / "hooks" / "folded_search.py")
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    hook.on_post_build(SimpleNamespace(site_dir=str(tmp_path)))
    assert list(tmp_path.iterdir()) == []


def ranked_pages(site: Path, queries: list[str]) -> list[list[str]]:
    """The pages our engine lists for each query on the built site, best first (node runs the engine)."""
    from test_search_engine import run_engine

    index = json.loads((site / "search" / "folded_index.json").read_text(encoding="utf-8"))
    results = run_engine({"index": index, "queries": queries})["results"]
    return [[group[0]["location"].split("#")[0] for group in result["items"]] for result in results]


@pytest.mark.site
def test_pages_about_the_words_rank_above_pages_that_repeat_them(built_site):
    chien_si, tap_the = ranked_pages(built_site, ["chien si thi dua", "tap the lao dong xuat sac"])
    # The target's page, section II and the full text, before any legend or table that only names them.
    assert set(chien_si[:3]) == {"2021/chi-tieu/ii-3f/", "2021/chi-tieu/", "2021/van-ban-goc/"}, chien_si
    assert not [page for page in chien_si[:8] if page.startswith("2021/don-vi/") and page != "2021/don-vi/"]
    assert set(tap_the[:3]) == {"2021/chi-tieu/ii-3h/", "2021/chi-tieu/", "2021/van-ban-goc/"}, tap_the


@pytest.mark.site
def test_notices_legends_and_stamps_are_left_out_of_the_index(built_site):
    text = (built_site / "search" / "folded_index.json").read_text(encoding="utf-8")
    for boilerplate in ("chưa phải số liệu thật", "như hàm ROUND của Excel", "Cập nhật số liệu lần cuối",
                        "HTXS: hoàn thành xuất sắc nhiệm vụ", "Tải về bảng này", "Xem bảng theo từng phòng"):
        assert boilerplate not in text, boilerplate


def search_results(site: Path, queries: list[str]) -> tuple[list[dict], list[dict]]:
    """The folded index's sections, and our engine's result for each query on the built site (under node)."""
    from test_search_engine import run_engine

    docs = json.loads((site / "search" / "folded_index.json").read_text(encoding="utf-8"))["docs"]
    return docs, run_engine({"index": {"docs": docs}, "queries": queries})["results"]


def prose_keys(doc: dict) -> list[str]:
    """A section's title and text keys, without the words of its code examples (<pre>)."""
    keys = doc["text_words"]["keys"].split()
    code = doc["text_words"].get("code", [])
    in_code = {i for start, end in zip(code[::2], code[1::2]) for i in range(start, end)}
    return doc["title_words"]["keys"].split() + ["|"] + [k for i, k in enumerate(keys) if i not in in_code]


def code_lines(docs: list[dict]) -> list[str]:
    """Every line of every code example of the site, as text."""
    lines = []
    for doc in docs:
        for block in re.findall(r"<pre\b.*?</pre>", doc["text"], re.DOTALL):
            text = html.unescape(re.sub(r"<[^>]*>", "", block))
            lines += [line.strip() for line in text.splitlines() if words(line)]
    return lines


# Units the department does not have, as a reader might type them.
NO_SUCH_UNITS = ["phong quan ly", "Phòng Quản lý chuyên ngành", "phong ke hoach tai chinh", "Phòng Tổ chức cán bộ",
                 "trung tam thong tin thong ke", "Phòng Quản lý công nghệ và thị trường"]


@pytest.mark.site
def test_no_code_example_comes_first_when_prose_has_the_words(built_site):
    docs, _ = search_results(built_site, [])
    queries = [*NO_SUCH_UNITS, *code_lines(docs)]
    assert len(queries) > 30, "the guide's YAML examples should give many queries"
    # A space after the query: every word whole, none still being typed.
    docs, results = search_results(built_site, [query + " " for query in queries])
    prose = {doc["location"]: set(prose_keys(doc)) for doc in docs}
    for query, result in zip(queries, results):
        terms = {search_key(word) for word in words(query)}
        most = max(len(terms & keys) for keys in prose.values())
        first = result["items"][0][0]
        assert len(terms & prose[first["location"]]) == most, (query, first["location"])
        # Never a code block, cut at the right of the list: its matching lines only, as code that wraps.
        assert "<pre" not in first["text"], (query, first["text"])
    (phong_quan_ly,) = search_results(built_site, ["phong quan ly"])[1]
    assert not phong_quan_ly["items"][0][0]["location"].startswith("huong-dan/#vi-du-6")


def document_phrases(docs: list[dict], least: int = 6, most: int = 12) -> set[str]:
    """Runs of words (folded) that a data page shares with the campaign document's own pages (boosted), each
    standing whole in one section of the document: what a reader quoting the document would type."""
    document = [" ".join(prose_keys(doc)) for doc in docs if doc.get("boost", 1) > 1]
    grams = {tuple(keys[i:i + least]) for text in document for keys in [text.split()]
             for i in range(len(keys) - least + 1)}
    phrases = set()
    for doc in docs:
        if doc.get("boost", 1) > 1:
            continue
        keys = prose_keys(doc)
        i = 0
        while i <= len(keys) - least:
            if tuple(keys[i:i + least]) not in grams:
                i += 1
                continue
            j = i + 1
            while j <= len(keys) - least and tuple(keys[j:j + least]) in grams:
                j += 1
            phrases.add(" ".join(keys[i:min(j + least - 1, i + most)]))
            i = j + least - 1
    return {phrase for phrase in phrases if any(f" {phrase} " in f" {text} " for text in document)}


@pytest.mark.site
def test_a_phrase_quoted_from_the_document_leads_to_the_documents_own_page(built_site):
    docs, _ = search_results(built_site, [])
    phrases = sorted(document_phrases(docs))
    assert len(phrases) > 30, phrases
    numbers = ["01/CT-UBND", "Chỉ thị số 01/CT-UBND", "34-CT/TW", "Chỉ thị số 34-CT/TW", "06-CT/TU"]
    queries = phrases + numbers + ["trong số đó có 15% đạt danh hiệu"]
    docs, results = search_results(built_site, queries)
    by_location = {doc["location"]: doc for doc in docs}
    for query, result in zip(queries, results):
        first = by_location[result["items"][0][0]["location"]]
        # A page named exactly what was typed ("Văn phòng Sở", a unit) is what the reader asks for.
        named = "#" not in first["location"] and first["title_words"]["keys"] == " ".join(
            search_key(word) for word in words(query))
        assert first.get("boost", 1) > 1 or named, (query, first["location"])
