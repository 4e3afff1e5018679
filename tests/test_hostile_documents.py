"""A launch document made to hurt the importer, or made oddly by Word: each is read whole, refused in Vietnamese
naming why, or read as Word shows it; never a hang, an internal error, or words silently lost from the pages.

The documents are made here from a small Word file written with python-docx, each changed in its XML the way
the case needs; nothing is committed.
"""

from __future__ import annotations

import re
import time
import zipfile
from pathlib import Path

import pytest
from test_launch_document import _year

from campaign.office.document_pages import pages, shown
from campaign.office.launch_document import DocumentError, facts, read, structure, text_blocks

LINES = ["Số: 12/TN-THU", "Nơi thử nghiệm, ngày 05 tháng 01 năm 2022", "PHÁT ĐỘNG THI ĐUA",
         "Tên phong trào thử nghiệm", "Đoạn mở đầu thử nghiệm.", "I. MỤC TIÊU", "Mục tiêu thử nghiệm.",
         "II. CHỈ TIÊU"]


def word(path: Path, *, table: bool = False) -> Path:
    import docx

    document = docx.Document()
    if table:
        cells = document.add_table(rows=1, cols=2).rows[0].cells
        cells[0].text, cells[1].text = "CƠ QUAN THỬ NGHIỆM", LINES[0]
    for line in LINES[1 if table else 0:]:
        document.add_paragraph(line)
    for item in ("Chỉ tiêu thử nghiệm một;", "Chỉ tiêu thử nghiệm hai;"):
        document.add_paragraph(item, style="List Number")
    for line in ("Nơi nhận:", "- Lưu: thử.", "CHỨC VỤ THỬ NGHIỆM", "Người Ký Thử"):
        document.add_paragraph(line)
    document.save(path)
    return path


def changed(source: Path, target: Path, part: str, change) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info.filename)
            new.writestr(info.filename, change(data.decode("utf-8")).encode("utf-8") if info.filename == part
                         else data)
    return target


def _timed_read(path: Path):
    started = time.monotonic()
    try:
        return read(path)
    finally:
        assert time.monotonic() - started < 10


# Word's numbering part written by hand: a start or level that is no number, or a start Word never writes.
NUMBERING = {
    "start-not-a-number": lambda x: re.sub(r'<w:start w:val="\d+"/>', '<w:start w:val="abc"/>', x),
    "level-not-a-number": lambda x: x.replace('w:ilvl="0"', 'w:ilvl="x"', 1),
    "start-two-billion-in-roman": lambda x: re.sub(r'<w:numFmt w:val="decimal"/>', '<w:numFmt w:val="upperRoman"/>',
                                                   re.sub(r'<w:start w:val="\d+"/>',
                                                          '<w:start w:val="2000000000"/>', x)),
}


@pytest.mark.parametrize("case", NUMBERING)
def test_a_numbering_part_with_odd_numbers_is_read_at_once_with_words_whole(case, tmp_path):
    document = _timed_read(changed(word(tmp_path / "a.docx"), tmp_path / "b.docx", "word/numbering.xml",
                                   NUMBERING[case]))
    items = [b.text for s in document.sections for b in s.blocks]
    assert [re.sub(r"^\S+ ", "", t) for t in items[-2:]] == ["Chỉ tiêu thử nghiệm một;", "Chỉ tiêu thử nghiệm hai;"]


def test_a_style_based_on_itself_is_read_at_once(tmp_path):
    def loop(styles: str) -> str:
        return re.sub(r'(<w:style [^>]*w:styleId="ListNumber"[^>]*><w:name w:val="List Number"/>)'
                      r'(<w:basedOn w:val="[^"]*"/>)?', r'\1<w:basedOn w:val="ListNumber"/>', styles, count=1)
    document = _timed_read(changed(word(tmp_path / "a.docx"), tmp_path / "b.docx", "word/styles.xml", loop))
    assert document.sections[1].blocks[0].text.endswith("Chỉ tiêu thử nghiệm một;")


def test_a_cell_said_to_span_two_billion_columns_is_read_once(tmp_path):
    wide = changed(word(tmp_path / "a.docx", table=True), tmp_path / "b.docx", "word/document.xml",
                   lambda x: x.replace("<w:tc><w:tcPr>", '<w:tc><w:tcPr><w:gridSpan w:val="2000000000"/>', 1))
    document = _timed_read(wide)  # python-docx's row.cells made a tuple of 2,000,000,000 cells
    assert document.header == ("CƠ QUAN THỬ NGHIỆM", LINES[0], LINES[1])


INVISIBLE_TO_THE_READER = {
    # Track Changes left on: the inserted word was dropped, the page said the opposite ("không" is "not").
    "tracked-insertion": ("<w:r><w:t>Đoạn mở đầu thử nghiệm.</w:t></w:r>",
                          '<w:r><w:t xml:space="preserve">Đoạn mở đầu </w:t></w:r><w:ins w:id="1" w:author="a" '
                          'w:date="2022-01-01T00:00:00Z"><w:r><w:t xml:space="preserve">không </w:t></w:r></w:ins>'
                          "<w:r><w:t>thử nghiệm.</w:t></w:r>", "không"),
    "content-control": ("<w:p><w:r><w:t>Đoạn mở đầu thử nghiệm.</w:t></w:r></w:p>",
                        "<w:sdt><w:sdtContent><w:p><w:r><w:t>Đoạn trong ô nội dung.</w:t></w:r></w:p></w:sdtContent>"
                        "</w:sdt>", "Đoạn trong ô nội dung."),
    "smart-tag": ("<w:r><w:t>Đoạn mở đầu thử nghiệm.</w:t></w:r>",
                  '<w:smartTag w:uri="u" w:element="e"><w:r><w:t>Đoạn có thẻ.</w:t></w:r></w:smartTag>',
                  "Đoạn có thẻ."),
}


@pytest.mark.parametrize("case", INVISIBLE_TO_THE_READER)
def test_words_the_reader_cannot_place_refuse_the_document_naming_them(case, tmp_path):
    old, new, words = INVISIBLE_TO_THE_READER[case]
    path = changed(word(tmp_path / "a.docx"), tmp_path / "b.docx", "word/document.xml",
                   lambda x: x.replace(old, new, 1) if old in x else pytest.fail("the test's document changed"))
    with pytest.raises(DocumentError, match=re.escape(words)):
        read(path)


def test_a_merged_cell_with_no_cell_above_is_no_internal_error(tmp_path):
    path = changed(word(tmp_path / "a.docx", table=True), tmp_path / "b.docx", "word/document.xml",
                   lambda x: x.replace("<w:tc><w:tcPr>", "<w:tc><w:tcPr><w:vMerge/>", 1))
    with pytest.raises(DocumentError, match="CƠ QUAN THỬ NGHIỆM"):
        read(path)  # python-docx: ValueError "no tr above topmost tr in w:tbl"


@pytest.mark.parametrize("line", ["Nơi thử nghiệm, ngày 31 tháng 02 năm 2022", "Nơi thử nghiệm, ngày 0 tháng 01 năm 2022",
                                  "Nơi thử nghiệm, ngày 99 tháng 01 năm 2022",
                                  "Nơi thử nghiệm, ngày ３１ tháng 01 năm 2022"])
def test_a_date_line_not_on_the_calendar_is_left_for_the_office(line):
    document = structure(text_blocks("\n".join([LINES[0], line, *LINES[2:]])))
    assert facts(document) == {"so": "12/TN-THU", "trich_yeu": "Tên phong trào thử nghiệm"}


@pytest.mark.parametrize("title", ["Tên *sao* thử", "Tên _gạch_ thử", "Tên `mã` thử", "Tên [ngoặc](x) thử",
                                   "Tên a\\b thử"])
def test_markup_in_a_one_line_title_keeps_the_heading_whole(title):
    """The title line's words went into the heading's attribute list unescaped: `*sao*` became emphasis there, the
    attributes were shown as text, and the import refused its own pages as a bug."""
    document = structure(text_blocks(f"PHÁT ĐỘNG THI ĐUA {title}\nI. MỤC TIÊU\nMục tiêu thử nghiệm.\n"))
    made, _ = pages(document, _year())
    assert f"PHÁT ĐỘNG THI ĐUA {title}" in shown(made["van-ban-goc.md"])
