"""The site says every sentence of the campaign document, word for word, where a reader expects it.

Normalisation is NFC and collapsed whitespace only. Quotes are not unified: the document mixes
curly quotes (the motto) and straight ones (titles such as "Cơ quan văn hoá"), and the pages keep
each as the document has it, so a changed quote is a change to the text.
"""

import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parent.parent / "seed" / "phat-dong-thi-dua-2021.txt"

# The printed copy breaks three sentences across pages; these are the starts of the cut-off halves.
PAGE_BREAK_CONTINUATIONS = (
    "Nghị quyết, Chương trình, Đề án",
    "của Trung ương và địa phương",
    "gắn với tình hình thực tiễn",
)

# Where each section of the document has its own page, relative to the built site.
FULL_TEXT_PAGE = "2021/van-ban-goc/index.html"
SECTION_PAGES = {
    "I": "2021/muc-tieu/index.html",
    "II": "2021/chi-tieu/index.html",
    "III": "2021/noi-dung/index.html",
    "IV": "2021/thoi-gian/index.html",
    "V": "2021/to-chuc-thuc-hien/index.html",
}
# Numbered items that carry an anchor, by section: the anchor of item N is f"{prefix}-{N}".
ITEM_ANCHOR_PREFIXES = {"II": "chi-tieu", "III": "noi-dung", "V": "nhiem-vu"}

CLOSING_START = "Nơi nhận:"
LEADING_MARKER = re.compile(r"^(\d+\.|[IVX]+\.|[-+])\s+")
SECTION_HEADING = re.compile(r"^([IVX]+)\.\s")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def normalize(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


@dataclass(frozen=True)
class Section:
    """A part of the document: "front" (header, title, preamble), "I"…"V", or "closing"."""

    key: str
    heading: str | None
    blocks: tuple[str, ...]


def document_blocks(source: str) -> list[str]:
    """The document's paragraphs and lines, extractor markup removed and page-break cuts joined."""
    blocks: list[str] = []
    joined = set()
    for line in source.splitlines():
        text = normalize(re.sub(r"^#+", "", line.strip()).replace("*", ""))
        if not text:
            continue
        continuation = next((c for c in PAGE_BREAK_CONTINUATIONS if text.startswith(c)), None)
        if continuation:
            blocks[-1] = f"{blocks[-1]} {text}"
            joined.add(continuation)
        else:
            blocks.append(text)
    if len(joined) != len(PAGE_BREAK_CONTINUATIONS):
        raise ValueError(f"page-break cuts not found: {set(PAGE_BREAK_CONTINUATIONS) - joined}")
    return blocks


def document_sections(source: str) -> list[Section]:
    sections = [Section("front", None, ())]
    for block in document_blocks(source):
        heading = SECTION_HEADING.match(block)
        if heading and block.isupper():
            sections.append(Section(heading.group(1), block, ()))
        elif block == CLOSING_START:
            sections.append(Section("closing", None, (block,)))
        else:
            last = sections[-1]
            sections[-1] = Section(last.key, last.heading, last.blocks + (block,))
    return sections


def sentences(block: str) -> list[str]:
    """A block split after . ! ? ; a leading list marker (1., I., -, +) stays with its first sentence."""
    marker = LEADING_MARKER.match(block)
    head, body = (marker.group(0), block[marker.end():]) if marker else ("", block)
    parts = SENTENCE_END.split(body)
    parts[0] = head + parts[0]
    return [normalize(part) for part in parts if part.strip()]


def section_sentences(section: Section) -> list[str]:
    return [s for block in section.blocks for s in sentences(block)]


def document_sentences(sections: list[Section]) -> list[str]:
    out = []
    for section in sections:
        if section.heading:
            out.append(section.heading)
        out += section_sentences(section)
    return out


def missing_sentences(expected: list[str], text: str) -> list[str]:
    return [s for s in expected if s not in text]


class ArticleText(HTMLParser):
    """Visible text of a page's <article> (the content, without nav, header, footer or search),
    and the text of each element inside it that has an id."""

    BLOCK = {
        "address", "blockquote", "br", "dd", "details", "div", "dl", "dt", "figcaption", "figure",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "ol", "p", "pre", "section", "summary",
        "table", "td", "th", "tr", "ul",
    }
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
    SKIP = {"script", "style", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self._open: list[tuple[str, str | None]] = []
        self._article: list[str] = []
        self._by_id: dict[str, list[str]] = {}

    def _inside(self, tag: str) -> bool:
        return any(open_tag == tag for open_tag, _ in self._open)

    def _emit(self, data: str) -> None:
        if not self._inside("article") or any(self._inside(tag) for tag in self.SKIP):
            return
        self._article.append(data)
        for _, element_id in self._open:
            if element_id is not None and element_id in self._by_id:
                self._by_id[element_id].append(data)

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCK:
            self._emit(" ")
        if tag in self.VOID:
            return
        element_id = dict(attrs).get("id")
        self._open.append((tag, element_id))
        if element_id is not None and self._inside("article"):
            self._by_id[element_id] = []

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if tag in self.BLOCK:
            self._emit(" ")
        for depth in range(len(self._open) - 1, -1, -1):
            if self._open[depth][0] == tag:
                del self._open[depth:]
                break

    def handle_data(self, data):
        self._emit(data)

    @property
    def text(self) -> str:
        return normalize("".join(self._article))

    @property
    def by_id(self) -> dict[str, str]:
        return {element_id: normalize("".join(parts)) for element_id, parts in self._by_id.items()}


def read_article(path: Path) -> ArticleText:
    parser = ArticleText()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


@pytest.fixture(scope="module")
def sections() -> list[Section]:
    return document_sections(SEED.read_text(encoding="utf-8"))


def section(sections: list[Section], key: str) -> Section:
    return next(s for s in sections if s.key == key)


def numbered_items(section: Section) -> dict[int, str]:
    return {int(m.group(1)): block for block in section.blocks if (m := re.match(r"^(\d+)\. ", block))}


# The helpers, on the document itself and on small inputs.


def test_page_break_cuts_are_joined(sections):
    text = " ".join(document_sentences(sections))
    for joined in (
        "UBND tỉnh xây dựng Nghị quyết, Chương trình, Đề án",
        "hướng dẫn của Trung ương và địa phương",
        "các hoạt động thi đua gắn với tình hình thực tiễn",
    ):
        assert joined in text
    assert not any(s.startswith(PAGE_BREAK_CONTINUATIONS) for s in document_sentences(sections))


def test_a_missing_page_break_cut_is_an_error():
    with pytest.raises(ValueError, match="page-break cuts not found"):
        document_blocks("Một dòng.\n\nMột dòng khác.")


def test_extractor_markup_is_removed(sections):
    for s in document_sentences(sections):
        assert "*" not in s and not s.startswith("#"), s


def test_document_has_its_sections_and_items(sections):
    assert [s.key for s in sections] == ["front", "I", "II", "III", "IV", "V", "closing"]
    assert sorted(numbered_items(section(sections, "II"))) == [1, 2, 3]
    assert sorted(numbered_items(section(sections, "III"))) == list(range(1, 11))
    assert sorted(numbered_items(section(sections, "V"))) == list(range(1, 7))
    assert section(sections, "closing").blocks[-2:] == ("GIÁM ĐỐC", "Bé Đăng Khoa")


def test_sentences_keep_their_list_marker_and_split_after_a_full_stop():
    assert sentences("8. Một câu. Các tập thể, các nhân được khen thưởng.") == [
        "8. Một câu.",
        "Các tập thể, các nhân được khen thưởng.",
    ]
    assert sentences("- Lưu: VT, VP.") == ["- Lưu: VT, VP."]


def test_a_sentence_changed_by_one_word_is_reported_missing(sections):
    expected = document_sentences(sections)
    text = " ".join(expected)
    assert missing_sentences(expected, text) == []

    quirk = next(s for s in expected if "các nhân được khen thưởng" in s)
    corrected = text.replace("các nhân được khen thưởng", "cá nhân được khen thưởng")
    assert missing_sentences(expected, corrected) == [quirk]


def test_article_text_skips_everything_outside_the_article():
    parser = ArticleText()
    parser.feed(
        "<html><header>Đầu trang</header><nav>Mục lục</nav><article>"
        "<h2 id='t'>PHÁT ĐỘNG<br>Phong trào</h2><p id='a'>1. KH&amp;CN <em>mới</em></p>"
        "<script>ignored()</script></article><footer>Chân trang</footer></html>"
    )
    assert parser.text == "PHÁT ĐỘNG Phong trào 1. KH&CN mới"
    assert parser.by_id == {"t": "PHÁT ĐỘNG Phong trào", "a": "1. KH&CN mới"}


# The built site.


def report(page: str, missing: list[str]) -> str:
    return f"{len(missing)} sentence(s) of the document missing from {page}:\n" + "\n".join(
        f"  - {s}" for s in missing
    )


@pytest.mark.site
def test_full_text_page_has_every_sentence(built_site, sections):
    missing = missing_sentences(document_sentences(sections), read_article(built_site / FULL_TEXT_PAGE).text)
    assert not missing, report(FULL_TEXT_PAGE, missing)


@pytest.mark.site
@pytest.mark.parametrize("key", SECTION_PAGES)
def test_section_page_has_its_sentences(built_site, sections, key):
    page = SECTION_PAGES[key]
    missing = missing_sentences(section_sentences(section(sections, key)), read_article(built_site / page).text)
    assert not missing, report(page, missing)


@pytest.mark.site
@pytest.mark.parametrize("key", ITEM_ANCHOR_PREFIXES)
@pytest.mark.parametrize("page", ["section", "full"])
def test_item_anchors_hold_their_item(built_site, sections, key, page):
    prefix = ITEM_ANCHOR_PREFIXES[key]
    path = SECTION_PAGES[key] if page == "section" else FULL_TEXT_PAGE
    by_id = read_article(built_site / path).by_id
    items = numbered_items(section(sections, key))
    assert {i for i in by_id if i.startswith(f"{prefix}-")} == {f"{prefix}-{n}" for n in items}
    for n, block in items.items():
        assert by_id[f"{prefix}-{n}"] == block, f"{path}#{prefix}-{n}"


@pytest.mark.site
def test_number_and_day_stay_blank(built_site, built_pages):
    for path in built_pages:
        text = read_article(path).text
        assert not re.search(r"Số:\s*\d", text), path
        assert not re.search(r"ngày\s+\d+\s+tháng\s+01\s+năm\s+2021", text), path


@pytest.mark.site
def test_home_states_the_campaign_as_the_document_does(built_site):
    home = read_article(built_site / "index.html").text
    for fact in (
        "Phát động thi đua — Phong trào thực hiện thắng lợi nhiệm vụ năm 2021",
        "“Đoàn kết, kỷ cương, đổi mới sáng tạo, quyết liệt hành động”",
        "Giám đốc Sở Khoa học và Công nghệ tỉnh Cao Bằng",
        "Bé Đăng Khoa",
        "tháng 01 năm 2021",
        "“Số: /PĐTĐ-SKHCN”",
        "“Cao Bằng, ngày tháng 01 năm 2021”",
        "từ ngày phát động thi đua đến hết ngày 31 tháng 12 năm 2021",
    ):
        assert fact in home
    html = (built_site / "index.html").read_text(encoding="utf-8")
    for page in [FULL_TEXT_PAGE, *SECTION_PAGES.values()]:
        assert f'href="{page.removesuffix("index.html")}"' in html, page
