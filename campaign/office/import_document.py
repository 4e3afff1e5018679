"""`python -m campaign import-document YEAR FILE`: the year's launch document, as issued, onto its text pages."""

from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path

from ..read.load import CAMPAIGN_FILE, load
from .document_facts import fill
from .document_pages import mismatches, pages, write
from .launch_document import DocumentError, LaunchDocument, facts, normal, read
from .lifecycle import LifecycleError, staged_year


class ImportRefused(Exception):
    """Nothing was written; the message says why and what to do, in Vietnamese."""


def import_document(year: int, file: Path, data_dir: Path, docs_dir: Path, *, replace: bool = False) -> list[str]:
    """Read `file` (.docx or .txt), make docs/<year>/'s text pages from it, check that they say it word for word,
    fill the empty facts of the year's van_ban (number, date, signer, title line) from it, and put both in place
    together. Returns what was done and what the Office should look at, line by line."""
    if not file.is_file():
        raise ImportRefused(f"Không thấy tệp {file}.")
    data, report = load(data_dir)
    if data is None:
        raise ImportRefused(f"Số liệu còn {len(report.errors)} lỗi, hãy sửa trước (chạy make validate). Lỗi đầu tiên: "
                            f"{report.errors[0].as_text()}")
    campaign_year = next((y for y in data.years if y.year == year), None)
    if campaign_year is None:
        raise ImportRefused(f"Chưa có năm {year} trong {data_dir}: chạy make new-year YEAR={year} trước, rồi nhập "
                            "văn bản.")
    try:
        document = read(file)
        made, notes = pages(document, campaign_year)
        wrong = mismatches(document, made)
        if wrong:  # a bug of this command, never the Office's: nothing is written
            raise ImportRefused("Các trang làm ra không giữ đúng chữ của văn bản, nên không ghi gì:\n"
                                + "\n".join(wrong))
        before = (data_dir / str(year) / CAMPAIGN_FILE).read_text(encoding="utf-8")
        text, filled = fill(before, campaign_year.campaign.document, facts(document), year)
        # The data and the pages go in together: a refusal of either writes neither.
        with staged_year(data_dir, year, {CAMPAIGN_FILE: text}) if text != before else nullcontext():
            done = write(docs_dir, year, made, replace=replace)
    except (DocumentError, LifecycleError) as error:
        raise ImportRefused(str(error)) from None
    motto = campaign_year.campaign.motto
    if normal(motto) not in _words(document):
        notes.append(f"Chủ đề (chu_de) “{motto}” không thấy trong văn bản: hãy sửa chu_de trong "
                     f"data/{year}/{CAMPAIGN_FILE} theo văn bản (trang chủ trích dẫn dòng này).")
    said = [f"Văn bản: {' — '.join(document.title)}; {len(document.sections)} mục "
            f"({', '.join(s.numeral for s in document.sections)})."]
    if document.joined:
        said.append("Đã nối lại các câu bị ngắt trang, ở các đoạn bắt đầu bằng: "
                    + "; ".join(f"“{start}…”" for start in document.joined) + ". Hãy xem lại các chỗ đó.")
    return said + done + filled + [f"Cần xem: {note}" for note in notes]


def _words(document: LaunchDocument) -> str:
    """All the document's text in one line, to find a phrase of the data in it."""
    blocks = [*document.preamble, *(b for s in document.sections for b in s.blocks), *document.closing]
    return normal(" ".join([*document.header, *document.title, *(b.text for b in blocks)]))
