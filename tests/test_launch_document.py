"""A launch document gets onto the site word for word: `python -m campaign import-document YEAR FILE`.

The documents here are made for the test (a Word file written with python-docx, and a text file as the extractor
writes one) with placeholder words only: nothing in them is about the Department. What each page must show is
said by the test's own description of the document, as Word shows it (its automatic numbers included), not by
the importer.
"""

from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from sites import ROOT, build, copy_docs, copy_real_data

from campaign.office.document_pages import pages, shown
from campaign.office.launch_document import DocumentError, read, text_blocks
from campaign.read.load import load

SEED = ROOT / "seed" / "phat-dong-thi-dua-2021.txt"
HOSTILE = "Nội dung thử nghiệm giữ {{ 7*7 }}, <b>thẻ</b>, *sao*, _gạch_, [ngoặc](x), &amp; và {: #id } nguyên văn."


def campaign(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "campaign", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


# ---- the documents made for the test ------------------------------------------------------------

# (kind, text): "p" a paragraph, "title" the bold title line, "h" a section heading (Word's Heading 1),
# "num" a paragraph Word numbers itself (List Number), "bullet" one Word bullets (List Bullet), "italic" a
# paragraph in italics, "table" a row of a table (cells left to right).
WORD_DOCUMENT = [
    ("table", ("CƠ QUAN THỬ NGHIỆM", "DÒNG THỬ NGHIỆM BÊN PHẢI")),
    ("p", "Số: /TN-THU"),
    ("p", "Nơi thử nghiệm, ngày tháng 01 năm 2022"),
    ("title", "PHÁT ĐỘNG THI ĐUA"),
    ("title", "Phong trào thử nghiệm năm 2022"),
    ("p", HOSTILE),
    ("h", "I. MỤC TIÊU"),
    ("p", "Nội dung thử nghiệm của mục tiêu."),
    ("h", "II. CHỈ TIÊU"),
    ("num", "Chỉ tiêu thử nghiệm thứ nhất;"),
    ("num", "Chỉ tiêu thử nghiệm thứ hai, như sau:"),
    ("p", "- Gạch đầu dòng thử nghiệm;"),
    ("p", "+ Dấu cộng thử nghiệm;"),
    ("bullet", "Dấu chấm tròn thử nghiệm."),
    ("italic", "(Ghi chú thử nghiệm in nghiêng)"),
    ("h", "III. NỘI DUNG"),
    ("p", "1. Nội dung thử nghiệm một."),
    ("p", "2. Nội dung thử nghiệm hai."),
    ("h", "IV. THỜI GIAN THI ĐUA"),
    ("p", "Từ ngày phát động thi đua đến hết ngày 31 tháng 12 năm 2022."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Nhiệm vụ thử nghiệm."),
    ("h", "VI. MỤC THỬ NGHIỆM KHÔNG CÓ TRANG RIÊNG"),
    ("p", "Đoạn thử nghiệm chỉ có trong toàn văn."),
    ("italic", "Nơi nhận:"),
    ("p", "- Nơi nhận thử nghiệm;"),
    ("p", "NGƯỜI KÝ THỬ NGHIỆM"),
]

# The extractor's text: `#` headings, `**` bold, `*…*` italics, and a sentence a page cut in two.
TEXT_DOCUMENT = """Số: /TN-THU

Nơi thử nghiệm, ngày tháng 01 năm 2023

## **PHÁT ĐỘNG THI ĐUA** **Phong trào thử nghiệm năm 2023**

Nội dung thử nghiệm mở đầu.

### **I. MỤC TIÊU**

Nội dung thử nghiệm của mục tiêu.

### **II. CHỈ TIÊU**

1. Chỉ tiêu thử nghiệm;

- Gạch đầu dòng thử nghiệm;

*(Ghi chú thử nghiệm in nghiêng)*

### **III. NỘI DUNG**

1. Nội dung thử nghiệm bị ngắt

ngang trang ở đây.

**2.** Nội dung thử nghiệm hai {{ 1+1 }}.

#### **IV. THỜI GIAN THI ĐUA**

Từ ngày phát động thi đua đến hết ngày 31 tháng 12 năm 2023.

#### **V. TỔ CHỨC THỰC HIỆN**

**1.** Nhiệm vụ thử nghiệm.

***Nơi nhận:***

- Nơi nhận thử nghiệm;

**NGƯỜI KÝ THỬ NGHIỆM**
"""


def write_word(path: Path) -> Path:
    import docx

    document = docx.Document()
    for kind, text in WORD_DOCUMENT:
        if kind == "table":
            table = document.add_table(rows=1, cols=len(text))
            for cell, words in zip(table.rows[0].cells, text):
                cell.text = words
        elif kind == "h":
            document.add_heading(text, level=1)
        elif kind in ("num", "bullet"):
            document.add_paragraph(text, style="List Number" if kind == "num" else "List Bullet")
        else:
            run = document.add_paragraph().add_run(text)
            run.bold = kind == "title"
            run.italic = kind == "italic"
    document.save(path)
    return path


def word_as_shown() -> list[tuple[str, str]]:
    """The Word document as Word shows it: (kind, text), numbers and bullets written out."""
    out, number = [], 0
    for kind, text in WORD_DOCUMENT:
        if kind == "table":
            out += [("p", cell) for cell in text]
            continue
        number = number + 1 if kind == "num" else number
        shown_text = f"{number}. {text}" if kind == "num" else f"• {text}" if kind == "bullet" else text
        out.append((kind, shown_text))
    return out


def text_as_shown() -> list[tuple[str, str]]:
    """The text document as its reader sees it: markup gone, the page-cut sentence whole again."""
    out = []
    for line in TEXT_DOCUMENT.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("## "):
            out += [("title", "PHÁT ĐỘNG THI ĐUA"), ("title", "Phong trào thử nghiệm năm 2023")]
            continue
        heading = line.startswith("#")
        line = line.lstrip("#").strip().replace("**", "")
        if line == "ngang trang ở đây.":
            out[-1] = (out[-1][0], out[-1][1] + " " + line)
            continue
        italic = line.startswith("*")
        out.append(("h" if heading else "italic" if italic else "p", line.strip("*")))
    return out


SECTION_PAGES = {"I": ("muc-tieu", "I. Mục tiêu"), "II": ("chi-tieu", "II. Chỉ tiêu"), "III": ("noi-dung", "III. Nội dung"),
                 "IV": ("thoi-gian", "IV. Thời gian thi đua"), "V": ("to-chuc-thuc-hien", "V. Tổ chức thực hiện")}


def expected_pages(document: list[tuple[str, str]]) -> dict[str, list[tuple[str, str]]]:
    """Each page's blocks, (tag, text): the full text after its note, and each section the site has a page for."""
    start = next(i for i, (kind, _) in enumerate(document) if kind == "title")
    titles = [text for kind, text in document if kind == "title"]
    full = [("p", text) for _, text in document[:start]] + [("h2", " ".join(titles))]
    sections: dict[str, list[tuple[str, str]]] = {}
    current = None
    for kind, text in document[start + len(titles):]:
        if kind == "h":
            full.append(("h2", text))
            numeral = text.split(".")[0]
            current = SECTION_PAGES.get(numeral)
            if current:
                sections[current[0]] = [("h1", current[1])]
            continue
        if text == "Nơi nhận:":
            current = None
        full.append(("p", text))
        if current:
            sections[current[0]].append(("p", text))
    return {"van-ban-goc": full, **sections}


class Blocks(HTMLParser):
    """The (tag, visible text) of each heading and paragraph in a built page's article."""

    TAGS = {"h1", "h2", "h3", "p", "li"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.article = 0
        self.open: list[str] = []
        self.blocks: list[list[str]] = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.article += 1
        elif self.article and tag in self.TAGS:
            self.blocks.append([tag, ""])
            self.open.append(tag)
        elif tag == "br" and self.open:
            self.blocks[-1][1] += " "

    def handle_endtag(self, tag):
        if tag == "article":
            self.article -= 1
        elif self.open and tag == self.open[-1]:
            self.open.pop()

    def handle_data(self, data):
        if self.open:
            self.blocks[-1][1] += data


def page_blocks(page: Path) -> list[tuple[str, str]]:
    parser = Blocks()
    parser.feed(page.read_text(encoding="utf-8"))
    return [(tag, re.sub(r"\s+", " ", text).strip()) for tag, text in parser.blocks if text.strip()]


# ---- without a site -----------------------------------------------------------------------------

def test_importing_the_2021_document_gives_the_pages_the_site_has():
    """docs/2021 are what the command makes of seed/: importing it again changes nothing."""
    data, _ = load(ROOT / "data")
    made, notes = pages(read(SEED), next(y for y in data.years if y.year == 2021))
    assert notes == []
    for name, text in made.items():
        assert (ROOT / "docs" / "2021" / name).read_text(encoding="utf-8") == text, name


def test_the_seed_is_read_in_its_parts_with_the_three_page_cuts_joined():
    document = read(SEED)
    assert document.title == ("PHÁT ĐỘNG THI ĐUA", "Phong trào thực hiện thắng lợi nhiệm vụ năm 2021")
    assert [s.heading for s in document.sections] == ["I. MỤC TIÊU", "II. CHỈ TIÊU", "III. NỘI DUNG",
                                                       "IV. THỜI GIAN THI ĐUA", "V. TỔ CHỨC THỰC HIỆN"]
    assert [start[:20] for start in document.joined] == ["Nghị quyết, Chương t", "của Trung ương và đị",
                                                         "gắn với tình hình th"]
    assert document.number_blank and document.day_blank
    assert [b.text for b in document.closing[-2:]] == ["GIÁM ĐỐC", "Bé Đăng Khoa"]


def test_the_seeds_own_facts_are_2021s_van_ban_and_a_signature_is_read_as_printed():
    """The 2021 document read as make import-document reads a new one gives the van_ban the data holds, blanks kept."""
    from campaign.office.document_facts import written
    from campaign.office.launch_document import facts

    data, _ = load(ROOT / "data")
    assert facts(read(SEED)) == written(data.year(2021).campaign.document)
    signed = read_text("PHÁT ĐỘNG THI ĐUA\nI. MỤC TIÊU\nNội dung thử nghiệm.\nNơi nhận:\n- Nơi thử nghiệm;\n"
                       "KT. CHỨC VỤ THỬ NGHIỆM\nPHÓ CHỨC VỤ THỬ NGHIỆM\nNGƯỜI KÝ THỬ NGHIỆM\n")
    assert facts(signed) == {"chuc_vu_nguoi_ky": "Phó Chức vụ thử nghiệm", "nguoi_ky": "Người Ký Thử Nghiệm"}
    # No signature under the recipients, no date line: nothing is read, nothing guessed.
    assert facts(read_text("PHÁT ĐỘNG THI ĐUA\nI. MỤC TIÊU\nNội dung thử nghiệm.\nNơi nhận:\n- Lưu: thử.\n")) == {}


@pytest.mark.parametrize("text", [HOSTILE, "1. Số ở đầu", "- gạch", "+ cộng", "# thăng", "> trích", "!!! note",
                                  "a\\b", "<script>alert(1)</script>", "---", "KH&CN; &lt; &#123;"])
def test_markup_in_the_document_is_shown_as_text(text):
    from campaign.office.launch_document import Block, structure

    document = structure([Block("PHÁT ĐỘNG THI ĐUA"), Block("Tên thử nghiệm"), Block("I. MỤC TIÊU"), Block(text)])
    made, _ = pages(document, _year())
    assert shown(made["muc-tieu.md"])[1:] == [text]


def test_a_text_without_the_title_or_sections_is_refused_in_vietnamese():
    with pytest.raises(DocumentError, match="PHÁT ĐỘNG THI ĐUA"):
        read_text("I. MỤC TIÊU\nNội dung thử nghiệm.\n")
    with pytest.raises(DocumentError, match="I. MỤC TIÊU"):
        read_text("PHÁT ĐỘNG THI ĐUA\nNội dung thử nghiệm.\n")


def read_text(text: str):
    from campaign.office.launch_document import structure

    return structure(text_blocks(text))


def _year():
    data, _ = load(ROOT / "data")
    return data.years[0]


def test_pages_that_differ_are_kept_unless_replaced_and_a_refusal_writes_nothing(tmp_path):
    docs = copy_docs(tmp_path / "docs")
    document = tmp_path / "van-ban.txt"
    document.write_text(SEED.read_text(encoding="utf-8").replace("quyết liệt hành động", "hành động thử nghiệm"),
                        encoding="utf-8")
    before = {p: p.read_bytes() for p in (docs / "2021").rglob("*.md")}
    refused = campaign("import-document", "2021", str(document), "--docs", str(docs))
    assert refused.returncode == 1 and "van-ban-goc.md" in refused.stderr and "--replace" in refused.stderr
    assert {p: p.read_bytes() for p in (docs / "2021").rglob("*.md")} == before
    replaced = campaign("import-document", "2021", str(document), "--docs", str(docs), "--replace")
    assert replaced.returncode == 0, replaced.stderr
    assert "hành động thử nghiệm" in (docs / "2021" / "van-ban-goc.md").read_text(encoding="utf-8")
    again = campaign("import-document", "2021", str(document), "--docs", str(docs))
    assert again.returncode == 0 and "không có gì thay đổi" in again.stdout
    assert not list(tmp_path.glob(".campaign-*"))


def test_a_file_that_is_not_a_word_document_is_refused_in_vietnamese(tmp_path):
    fake = tmp_path / "van-ban.docx"
    fake.write_bytes(b"\xd0\xcf\x11\xe0 an old .doc file")
    result = campaign("import-document", "2021", str(fake), "--docs", str(tmp_path / "docs"))
    assert result.returncode == 1 and ".docx" in result.stderr and "Traceback" not in result.stderr
    missing_year = campaign("import-document", "2030", str(SEED), "--docs", str(tmp_path / "docs"))
    assert missing_year.returncode == 1 and "make new-year YEAR=2030" in missing_year.stderr


# ---- the new year's site ------------------------------------------------------------------------

def office_edits(data: Path, year: int) -> None:
    """What the Office does after `make new-year`: the campaign's texts say the new year, its document's title
    line and signer are the new document's (placeholders here: these test documents have no signature for the
    import to read)."""
    path = data / str(year) / "chien-dich.yml"
    text = path.read_text(encoding="utf-8").replace(f"năm {year - 1}", f"năm {year}")
    text = re.sub(r"(?m)^  trich_yeu: .*$", f"  trich_yeu: Phong trào thử nghiệm năm {year}", text)
    text = re.sub(r"(?m)^  chuc_vu_nguoi_ky: .*$", "  chuc_vu_nguoi_ky: Giám đốc", text)
    text = re.sub(r"(?m)^  nguoi_ky: .*$", "  nguoi_ky: Người ký thử nghiệm", text)
    text = re.sub(r"(?m)^chu_de: .*$", f'chu_de: "Chủ đề thử nghiệm năm {year}"', text)
    path.write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def new_years_site(tmp_path_factory):
    """2022 from 2021 with its document imported from Word, 2023 from 2022 with its document from text."""
    tmp = tmp_path_factory.mktemp("new-years")
    data = copy_real_data(tmp / "data")
    docs = copy_docs(tmp / "docs")
    said = {}
    for year, document in ((2022, write_word(tmp / "phat-dong-2022.docx")), (2023, tmp / "phat-dong-2023.txt")):
        if year == 2023:
            document.write_text(TEXT_DOCUMENT, encoding="utf-8")
        assert campaign("new-year", str(year), str(data)).returncode == 0
        office_edits(data, year)
        run = campaign("import-document", str(year), str(document), "--data", str(data), "--docs", str(docs))
        assert run.returncode == 0, run.stderr
        said[year] = run.stdout
    result, site = build(tmp, data, docs)
    assert result.returncode == 0, result.stdout + result.stderr
    return site, result.stdout + result.stderr, said




@pytest.mark.site
@pytest.mark.parametrize("year, shown_document", [(2022, word_as_shown), (2023, text_as_shown)])
def test_each_page_of_an_imported_document_says_it_word_for_word(new_years_site, year, shown_document):
    site = new_years_site[0]
    for page, blocks in expected_pages(shown_document()).items():
        got = page_blocks(site / str(year) / page / "index.html")
        if page == "van-ban-goc":
            assert got[:2] == [("h1", "Văn bản gốc"), ("p", "Ghi chú")]
            assert "Số văn bản và ngày ban hành để trống như trong văn bản." in got[2][1]
            got = got[3:]
        assert got == blocks, page


@pytest.mark.site
def test_the_import_says_what_to_look_at(new_years_site):
    said = new_years_site[2]
    assert "“ngang trang ở đây.…”" in said[2023]
    assert "VI. MỤC THỬ NGHIỆM KHÔNG CÓ TRANG RIÊNG" in said[2022] and "Chỉ tiêu II.1a" in said[2022]


@pytest.mark.site
def test_the_new_year_leads_the_header_and_the_home_page(new_years_site):
    from visible import article_text

    site, log, _ = new_years_site
    html = (site / "index.html").read_text(encoding="utf-8")
    assert "<title>Thi đua năm 2023 — Sở KH&CN Cao Bằng</title>" in html
    header = re.search(r'<div class="md-header__topic">(.*?)</div>', html, re.S).group(1)
    assert re.sub(r"<[^>]+>|\s+", "", header) == re.sub(r"\s+", "", "Thi đua năm 2023 — Sở KH&CN Cao Bằng")
    home = article_text(site / "index.html")
    assert home.startswith("Phát động thi đua — Phong trào thử nghiệm năm 2023 ")
    for said in ("“Chủ đề thử nghiệm năm 2023”", "người ký: Giám đốc Người ký thử nghiệm",
                 "Thời điểm ban hành: tháng 01 năm 2023. Văn bản để trống số và ngày",
                 "từ ngày phát động thi đua đến hết ngày 31 tháng 12 năm 2023",
                 "III. Nội dung : hai nội dung thi đua.", "V. Tổ chức thực hiện : một nhiệm vụ tổ chức thực hiện."):
        assert said in home, said
    assert "2021" not in home.split("Các năm trước")[0].replace("31/12/2021", "")
    assert 'href="2023/van-ban-goc/"' in html and 'href="2021/van-ban-goc/"' not in html.split("md-content")[1]
    assert "not included" not in log


@pytest.mark.site
def test_a_new_year_before_its_document_is_whole_and_builds_quietly(tmp_path):
    data = copy_real_data(tmp_path / "data")
    assert campaign("new-year", "2022", str(data)).returncode == 0
    result, site = build(tmp_path, data)
    log = result.stdout + result.stderr
    assert result.returncode == 0, log
    assert "not included" not in log and "INFO" not in log.replace("INFO    -  Cleaning", "").replace(
        "INFO    -  Building", "").replace("INFO    -  Documentation built", "").replace("INFO    -  [macros]", "")
    html = (site / "index.html").read_text(encoding="utf-8")
    assert "<title>Thi đua năm 2022 — Sở KH&CN Cao Bằng</title>" in html
    from visible import article_text

    home = article_text(site / "index.html")
    assert "Văn bản phát động thi đua năm 2022 chưa được đưa lên trang." in home and "Nội dung văn bản" not in home
    # The targets' pages of 2022 are in the navigation, under its scoreboard, until its document is imported.
    target = (site / "2022" / "chi-tieu" / "ii-3f" / "index.html").read_text(encoding="utf-8")
    assert "md-nav__link--active" in target


def test_the_department_launching_on_the_home_page_is_the_one_mkdocs_yml_names():
    from campaign.publish.export import read_config
    from campaign.publish.front_macros import DEPARTMENT

    assert read_config(ROOT / "mkdocs.yml")["copyright"] == DEPARTMENT
