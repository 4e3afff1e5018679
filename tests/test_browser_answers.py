"""The answers people come for, where they look: the Director's verdict on a phone's first screen, and the
Council's review pack on paper with the department, the print date and the page numbers on every sheet."""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from browser_support import open_page

from campaign.read.load import load
from campaign.score.evaluation import Status
from campaign.score.review import review

ROOT = Path(__file__).resolve().parent.parent
AGENCY = "Sở Khoa học và Công nghệ tỉnh Cao Bằng"

IN_FIRST_SCREEN = """(words) => {
  const seen = [];
  const walker = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
  let text = '';
  const nodes = [];
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const box = node.parentElement.getBoundingClientRect();
    if (box.bottom <= window.innerHeight && box.height > 0) nodes.push(node.textContent);
  }
  text = nodes.join(' ').replace(/\\s+/g, ' ');
  return words.filter(w => !text.includes(w));
}"""


def leading():
    data, _ = load(ROOT / "data")
    return review(data.year(2021)).leading


@pytest.mark.browser
@pytest.mark.parametrize("path", ["", "2021/bang-theo-doi/"])
def test_the_first_screen_of_a_phone_says_where_the_campaign_stands(site_server, browser, path):
    now = leading()
    wanted = [f"{now.period.name}, số liệu tính đến 31/12/2021: {now.met}/{len(now.targets)} chỉ tiêu đạt",
              *(t.target.label for t in now.targets if t.status is Status.NOT_MET)]
    assert len(wanted) > 2  # the shipped data has targets not reached
    with open_page(browser, site_server + path, width=360, height=740) as (page, _):
        assert page.evaluate("window.scrollY") == 0
        missing = page.evaluate(IN_FIRST_SCREEN, wanted)
    assert missing == []


def squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


@pytest.mark.browser
def test_the_printed_review_pack_names_the_department_the_print_date_and_the_page_on_every_sheet(site_server,
                                                                                                  browser):
    from pypdf import PdfReader

    with open_page(browser, site_server + "2021/hoi-dong/ca-nam/", wait_until="networkidle") as (page, _):
        pdf = page.pdf(prefer_css_page_size=True, print_background=True)
    pages = PdfReader(io.BytesIO(pdf)).pages
    today = date.today().strftime("%d/%m/%Y")
    texts = [squash(p.extract_text()) for p in pages]
    assert len(pages) >= 2
    for number, text in enumerate(texts, start=1):
        assert squash(AGENCY) in text and squash(f"In ngày {today}") in text, number
        assert squash(f"Trang {number}/{len(pages)}") in text, number
    whole = "".join(texts)
    assert squash("Số liệu tính đến 31/12/2021") in whole and squash("Cần Hội đồng Thi đua") in whole
    # The grid is open, its columns headed by the targets' short names, a page across of its own.
    assert squash("II.3a Hoàn thành tốt trở lên") in whole and squash("Phòng chuyên môn B (minh họa)") in whole
    assert any(p.mediabox.width > p.mediabox.height for p in pages)
