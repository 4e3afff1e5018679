"""The built search: our worker wired into the theme, the theme's index a stub, every page indexed."""

import importlib.util
import json
import re
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urljoin

import material
import pytest

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
