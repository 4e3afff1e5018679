"""The site's front, from the newest campaign year's data: the site's name and description, the home page's
lead (the launch as the document states it) and its links to the year's text pages. A new year changes them
all by its data alone (`make new-year`, then `make import-document`)."""

from __future__ import annotations

import html
import re
from pathlib import Path

from ..core.markup import md
from ..core.model import CampaignYear, IssuingDocument
from .markdown import link

# Who a launch of the Department is addressed to, as the 2021 document says it: the whole staff, which is
# what this site's campaign is (see DOMAIN, "Who uses the site").
AUDIENCE = "toàn thể đảng viên, công chức, viên chức và người lao động Sở KH&CN"

_WORDS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "mười một", "mười hai",
          "mười ba", "mười bốn", "mười lăm", "mười sáu", "mười bảy", "mười tám", "mười chín", "hai mươi")


def newest(years) -> CampaignYear:
    return max(years, key=lambda y: y.year)


def site_name(years, configured: str) -> str:
    """"Thi đua năm <newest year> — <the department>", the department as mkdocs.yml's site_name names it
    after its dash; the configured name as it is when there is no year."""
    if not years:
        return configured
    department = configured.split(" — ", 1)[1] if " — " in configured else configured
    return f"Thi đua năm {newest(years).year} — {department}"


def site_description(years, department: str, configured: str) -> str:
    """The pages' meta description: the newest campaign's name, by `department` (its full name)."""
    if not years:
        return configured
    return f"{newest(years).campaign.name} của {department} và bảng theo dõi chỉ tiêu."


def number_words(n: int) -> str:
    """A small count in words, as the document writes "mười nội dung"; digits past twenty."""
    return _WORDS[n] if 0 <= n < len(_WORDS) else str(n)


def _lower_first(text: str) -> str:
    """ "Từ ngày phát động" → "từ ngày phát động" inside a sentence; an acronym ("KH&CN …") is left alone."""
    return text[0].lower() + text[1:] if len(text) > 1 and text[1].islower() else text


def _day(day, month, year) -> str:
    return f"ngày {day:02d} tháng {month:02d} năm {year}"


def _issued(d: IssuingDocument) -> str:
    """When the document was issued and, where the original leaves its number or day blank, that it does."""
    day = d.day.strip()
    dated = f"{d.place}, ngày {day + ' ' if day else ''}tháng {d.month:02d} năm {d.year}"
    number_blank = not d.number.split("/", 1)[0].strip()
    when = f"{'ngày ' + day + ' ' if day else ''}tháng {d.month:02d} năm {d.year}"
    blanks = [word for word, blank in (("số", number_blank), ("ngày", not day)) if blank]
    if not blanks:
        return f"{md(when)}. Số văn bản: {md(d.number)}."
    quoted = ([f"“Số: {md(d.number)}”"] if number_blank else []) + ([f"“{md(dated)}”"] if not day else [])
    return f"{md(when)}. Văn bản để trống {' và '.join(blanks)}: {', '.join(quoted)}."


def not_on_site(year: int) -> str:
    """What the site says of a year whose launch document is not on it yet."""
    return f"Văn bản phát động thi đua năm {year} chưa được đưa lên trang."


def title(years) -> str:
    """Markdown: the home page's title, the newest campaign's launch as its document names it; the year alone
    while its document is not on the site (the name copied by make new-year is last year's)."""
    c = newest(years).campaign
    if not c.document.known:
        return f"# Phong trào thi đua năm {c.year} {{: #phat-dong-thi-dua }}\n"
    return f"# Phát động thi đua — {md(c.document.summary or c.name)} {{: #phat-dong-thi-dua }}\n"


def lead(years, department: str) -> str:
    """Markdown: the newest campaign's launch, as its data states it: who launched it and to whom, its motto,
    when it was issued (blank number and day kept blank), and how long it runs. Before the year's document is
    on the site, that it is not: nothing copied from last year's is said as this year's."""
    year = newest(years)
    c = year.campaign
    d = c.document
    if not d.known:
        return (f"**{not_on_site(c.year)}** Người ký, số, ngày ban hành, chủ đề và toàn văn của văn bản sẽ có "
                "ở đây khi Văn phòng Sở đưa văn bản lên.\n")
    end = _day(c.end.day, c.end.month, c.end.year)
    return (f"{md(d.signer_title)} {md(department)} phát động {md(_lower_first(c.name))} tới {md(AUDIENCE)}.\n\n"
            "Chủ đề, phương châm hành động:\n\n"
            f"> “{md(c.motto)}”\n\n"
            f"- **Người phát động:** {md(d.signer_title)} {md(department)}; người ký: {md(d.signer_title)} "
            f"{md(d.signer)}.\n"
            f"- **Thời điểm ban hành:** {_issued(d)}\n"
            f"- **Thời gian thi đua:** {md(_lower_first(c.start_text))} đến hết {end}.\n")


def _heading(page: Path) -> str | None:
    """The text of a text page's title (its first level-1 heading), its Markdown escapes and attributes undone."""
    text = re.sub(r"\A---\n.*?\n---\n", "", page.read_text(encoding="utf-8"), flags=re.S)  # front matter
    found = re.search(r"(?m)^# (.+?)(?:\s*\{:[^}]*\})?\s*$", text)
    return html.unescape(re.sub(r"\\(.)", r"\1", found.group(1))) if found else None


def _items(page: Path) -> int:
    """How many numbered items the page marks with an anchor (`{: #noi-dung-3 }`)."""
    return len(set(re.findall(r"(?m)^\{: #[a-z-]+?-(\d+) \}$", page.read_text(encoding="utf-8"))))


def document_links(years, docs_dir: Path, here: str) -> str:
    """Markdown: a link to each text page of the newest year's document present under `docs_dir`, with what it
    holds; nothing while the year's document is not on the site yet."""
    year = newest(years)
    c = year.campaign
    end = _day(c.end.day, c.end.month, c.end.year)

    def said(name: str, page: Path) -> str:
        count = _items(page)
        return {
            "muc-tieu.md": "mục tiêu của phong trào thi đua.",
            "chi-tieu/index.md": f"các chỉ tiêu phấn đấu năm {year.year}.",
            "noi-dung.md": f"{number_words(count) if count else 'các'} nội dung thi đua.",
            "thoi-gian.md": f"{md(_lower_first(c.start_text))} đến hết {end}.",
            "to-chuc-thuc-hien.md": f"{number_words(count) if count else 'các'} nhiệm vụ tổ chức thực hiện.",
            "van-ban-goc.md": "toàn văn văn bản phát động thi đua.",
        }[name]

    from .site import TEXT_PAGES  # here: site imports this module's macros

    lines = []
    for label, name in TEXT_PAGES:
        page = Path(docs_dir) / str(year.year) / name
        if page.is_file():
            lines.append(f"- {link(_heading(page) or label, f'{year.year}/{name}', here)}: {said(name, page)}")
    return "## Nội dung văn bản\n\n" + "\n".join(lines) + "\n" if lines else ""
