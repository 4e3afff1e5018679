"""The page a missing address gets (404.html): Vietnamese, a way home, to the scoreboard, the guide and search, with
links that hold from any depth, and nothing more to load than any other page."""

import os
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from conftest import mkdocs_build
from visible import article_text

SCRIPT_SRC = re.compile(r"<script\b[^>]*\bsrc=\"([^\"]+)\"", re.IGNORECASE)
STYLESHEET = re.compile(r"<link\b[^>]*rel=\"stylesheet\"[^>]*href=\"([^\"]+)\"", re.IGNORECASE)
# Addresses a reader may have mistyped, at every depth MkDocs' pages have and deeper.
MISSING = ("khong-co/", "2021/khong-co/", "2021/chi-tieu/ii-9z/", "a/b/c/d/e/")


class _Article(HTMLParser):
    """The links of a page's <article> ({text: href}), its forms, inputs and the `for` of its labels."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.inside = 0
        self.href: str | None = None
        self.links: dict[str, str] = {}
        self.labels: list[str] = []
        self.forms: list[dict] = []
        self.inputs: list[dict] = []
        self.text = ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.inside += tag == "article"
        if self.inside and tag == "a":
            self.href, self.text = attrs.get("href"), ""
        if self.inside and tag == "label":
            self.labels.append(attrs.get("for"))
        if self.inside and tag == "form":
            self.forms.append(attrs)
        if self.inside and tag == "input":
            self.inputs.append(attrs)

    def handle_endtag(self, tag):
        self.inside -= tag == "article"
        if tag == "a" and self.href is not None:
            self.links[self.text.strip()] = self.href
            self.href = None

    def handle_data(self, data):
        if self.href is not None:
            self.text += data


def article(page: Path) -> _Article:
    parser = _Article()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def served_file(site: Path, url: str) -> Path:
    """The file a static server sends for a URL path of the site."""
    path = site / urlsplit(url).path.lstrip("/")
    return path / "index.html" if path.is_dir() else path


@pytest.mark.site
def test_the_404_page_is_vietnamese_and_offers_home_scoreboard_guide_and_search(built_site):
    page = built_site / "404.html"
    text = article_text(page)
    assert text.startswith("Không tìm thấy trang"), text
    assert "Not found" not in page.read_text(encoding="utf-8")
    assert "<title>Không tìm thấy trang - " in page.read_text(encoding="utf-8")
    found = article(page)
    assert list(found.links) == ["Về trang chủ", "Bảng theo dõi năm 2021", "Hướng dẫn cập nhật số liệu"]
    # A search box of its own, with no script: it sends the words to the home page as ?q=, where the theme's
    # search opens with them.
    (form,) = found.forms
    assert form["action"] == found.links["Về trang chủ"] and form.get("method") == "get"
    (query,) = found.inputs
    assert query["name"] == "q" and found.labels == [query["id"]]
    assert "tìm trang cần đọc theo từ khoá" in text and text.endswith("Tìm kiếm")


@pytest.mark.site
def test_the_404_links_lead_to_their_pages_from_any_depth(built_site):
    links = article(built_site / "404.html").links
    expected = {"Về trang chủ": "index.html", "Bảng theo dõi năm 2021": "2021/bang-theo-doi/index.html",
                "Hướng dẫn cập nhật số liệu": "huong-dan/index.html"}
    for missing in MISSING:
        for text, href in links.items():
            url = urljoin("http://site/" + missing, href)
            assert served_file(built_site, url) == built_site / expected[text], (missing, text, href)
    html = (built_site / "404.html").read_text(encoding="utf-8")
    for asset in SCRIPT_SRC.findall(html) + STYLESHEET.findall(html):
        assert served_file(built_site, urljoin("http://site/a/b/c/d/e/", asset)).is_file(), asset


@pytest.mark.site
def test_the_404_page_loads_nothing_a_page_does_not(built_site):
    home = (built_site / "index.html").read_text(encoding="utf-8")
    missing = (built_site / "404.html").read_text(encoding="utf-8")
    name = lambda url: url.rsplit("/", 1)[-1]  # noqa: E731
    assert sorted(map(name, SCRIPT_SRC.findall(missing))) == sorted(map(name, SCRIPT_SRC.findall(home)))
    assert sorted(map(name, STYLESHEET.findall(missing))) == sorted(map(name, STYLESHEET.findall(home)))
    assert " style=" not in missing.split("<article", 1)[1].split("</article>", 1)[0]


@pytest.mark.site
def test_the_404_links_follow_the_sites_address_when_it_is_not_the_hosts_root(tmp_path, monkeypatch):
    monkeypatch.setitem(os.environ, "SITE_URL", "https://cong-thong-tin.example.invalid/thi-dua/")
    site = mkdocs_build(tmp_path / "site")
    links = article(site / "404.html").links
    assert links["Về trang chủ"].startswith("/thi-dua/")
    assert links["Bảng theo dõi năm 2021"] == "/thi-dua/2021/bang-theo-doi/"
    assert links["Hướng dẫn cập nhật số liệu"] == "/thi-dua/huong-dan/"
    assert article(site / "404.html").forms[0]["action"] == links["Về trang chủ"]
