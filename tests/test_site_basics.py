"""The built site: strict build, Vietnamese pages, nothing loaded from another host."""

import html.entities
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

# Attributes through which a browser fetches something by itself.
RESOURCE_ATTRIBUTES = {"src", "srcset", "poster", "data", "formaction"}
# <link> relations that only describe a page and fetch nothing.
NON_FETCHING_LINK_RELS = {"canonical", "alternate", "prev", "next"}
CSS_URL = re.compile(r"""url\(\s*(['"]?)(.*?)\1\s*\)""", re.IGNORECASE | re.DOTALL)
CSS_IMPORT = re.compile(r"""@import\s+(?:url\(\s*)?['"]?([^'")\s;]+)""", re.IGNORECASE)
CHARACTER_REFERENCE = re.compile(r"&([A-Za-z][A-Za-z0-9]*);")


def is_other_host(url: str) -> bool:
    url = url.strip()
    return url.startswith("//") or bool(urlsplit(url).netloc)


class References(HTMLParser):
    """URLs a page fetches (resources) and URLs it links to (<a href>), each with the tag it came from."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.resources: list[tuple[str, str]] = []
        self.links: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name in RESOURCE_ATTRIBUTES & attributes.keys():
            for candidate in (attributes[name] or "").split(","):
                if candidate.strip():
                    self.resources.append((tag, candidate.split()[0]))
        href = attributes.get("href")
        if href is None:
            return
        if tag == "link":
            if not set((attributes.get("rel") or "").lower().split()) <= NON_FETCHING_LINK_RELS:
                self.resources.append((tag, href))
        elif tag == "a":
            self.links.append((tag, href))


def references(path: Path) -> References:
    parser = References()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


def css_references(text: str) -> list[str]:
    return [m.group(2) for m in CSS_URL.finditer(text)] + CSS_IMPORT.findall(text)


@pytest.mark.site
def test_strict_build_produces_every_page(built_site):
    for page in [
        "index.html",
        "2021/muc-tieu/index.html",
        "2021/chi-tieu/index.html",
        "2021/noi-dung/index.html",
        "2021/thoi-gian/index.html",
        "2021/to-chuc-thuc-hien/index.html",
        "2021/van-ban-goc/index.html",
    ]:
        assert (built_site / page).is_file(), page


@pytest.mark.site
def test_every_page_is_in_vietnamese(built_pages):
    assert built_pages
    for path in built_pages:
        assert re.search(r'<html\b[^>]*\blang="vi"', path.read_text(encoding="utf-8")), path


@pytest.mark.site
def test_no_page_fetches_from_another_host(built_site, built_pages):
    found = []
    for path in built_pages:
        found += [(path, tag, url) for tag, url in references(path).resources if is_other_host(url)]
    for path in [*built_pages, *built_site.rglob("*.css")]:
        found += [(path, "css", url) for url in css_references(path.read_text(encoding="utf-8")) if is_other_host(url)]
    assert not found, "\n".join(f"{path.relative_to(built_site)}: <{tag}> {url}" for path, tag, url in found)


@pytest.mark.site
def test_content_links_stay_on_the_site(built_site, built_pages):
    found = []
    for path in built_pages:
        page = path.read_text(encoding="utf-8")
        parser = References()
        parser.feed(page[page.find("<article"):page.find("</article>")])
        found += [(path, url) for _, url in parser.links if is_other_host(url)]
    assert not found, "\n".join(f"{path.relative_to(built_site)}: {url}" for path, url in found)


@pytest.mark.site
def test_character_references_are_known(built_site, built_pages):
    # Markdown passes "&name;" through untouched, so text like "KH&CN;" would reach the page as a bogus entity.
    unknown = [
        (path, name)
        for path in built_pages
        for name in CHARACTER_REFERENCE.findall(path.read_text(encoding="utf-8"))
        if f"{name};" not in html.entities.html5
    ]
    assert not unknown, "\n".join(f"{path.relative_to(built_site)}: &{name};" for path, name in unknown)


def test_the_helpers_see_other_hosts():
    assert is_other_host("https://fonts.googleapis.com/css")
    assert is_other_host("//cdn.example.org/x.js")
    assert not is_other_host("../assets/stylesheets/main.css")
    assert not is_other_host("data:image/svg+xml;charset=utf-8,<svg xmlns='http://www.w3.org/2000/svg'/>")
    parser = References()
    parser.feed(
        '<link rel="stylesheet" href="https://x.org/a.css"><link rel="canonical" href="https://x.org/">'
        '<img srcset="a.png 1x, https://x.org/b.png 2x"><a href="https://x.org/">x</a>'
    )
    assert parser.resources == [("link", "https://x.org/a.css"), ("img", "a.png"), ("img", "https://x.org/b.png")]
    assert parser.links == [("a", "https://x.org/")]
    css = "@import url('https://x.org/f.css'); a{background:url(\"data:image/svg+xml,<svg/>\")} b{src:url(//x.org/f.woff2)}"
    assert {u for u in css_references(css) if is_other_host(u)} == {"https://x.org/f.css", "//x.org/f.woff2"}


class Anchors(HTMLParser):
    """Every <a href> of a page with its visible text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.anchors: list[tuple[str, str]] = []
        self._open: list[tuple[str, list[str]]] = []

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href")
        if tag == "a" and href is not None:
            self._open.append((href, []))

    def handle_endtag(self, tag):
        if tag == "a" and self._open:
            href, parts = self._open.pop()
            self.anchors.append((href, " ".join("".join(parts).split())))

    def handle_data(self, data):
        for _, parts in self._open:
            parts.append(data)


@pytest.mark.site
def test_sidebar_lists_every_page_under_its_own_label(built_site):
    # navigation.indexes makes any index.md the link of its enclosing section, which once hid "Chỉ tiêu".
    # navigation.prune renders a section's pages on the pages of that section: read one of them.
    parser = Anchors()
    parser.feed((built_site / "2021" / "thoi-gian" / "index.html").read_text(encoding="utf-8"))
    anchors = set(parser.anchors)
    for href, label in {
        "../muc-tieu/": "Mục tiêu",
        "../chi-tieu/": "Chỉ tiêu",
        "../noi-dung/": "Nội dung",
        "./": "Thời gian thi đua",
        "../to-chuc-thuc-hien/": "Tổ chức thực hiện",
        "../van-ban-goc/": "Văn bản gốc",
    }.items():
        assert (href, label) in anchors, (href, label)


@pytest.mark.site
def test_every_generated_page_is_in_the_navigation(built_site):
    # On its own page, the navigation lists it: targets under "Chỉ tiêu", units under their list.
    for page, label in [("2021/chi-tieu/ii-3f/index.html", 'II.3f. 15% đạt danh hiệu "Chiến sĩ thi đua cấp cơ sở"'),
                        ("2021/don-vi/phong-b/index.html", "Phòng chuyên môn B (minh họa)"),
                        ("2021/bang-theo-doi/6-thang/index.html", "Sơ kết 6 tháng"),
                        ("2021/nhat-ky-so-lieu/index.html", "Nhật ký cập nhật số liệu")]:
        parser = Anchors()
        parser.feed((built_site / page).read_text(encoding="utf-8"))
        assert ("./", label) in set(parser.anchors), page
