"""A year's text pages (docs/<year>/…) made from its launch document, and put in place only when they are
complete and say the document word for word.

The pages are those 2021 has: one per section the site knows (Mục tiêu, Chỉ tiêu, Nội dung, Thời gian thi đua,
Tổ chức thực hiện) and the full text (Văn bản gốc). Numbered items carry the anchors the scoreboard links to
(#chi-tieu-3, #noi-dung-4, #nhiem-vu-2); on the page of section II, each target's words (`van_ban` in
chien-dich.yml) link to the target's page. Text is escaped so that Markdown, HTML and template syntax in the
document stay text, and the pages are not templates (no `render_macros`).
"""

from __future__ import annotations

import posixpath
import re
import shutil
import tempfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from ..core.fold import fold
from ..core.model import CampaignYear, Target
from .launch_document import Block, DocumentError, LaunchDocument, Section, normal

FRONT_MATTER = ("---\n# The campaign's own words rank above pages that only repeat them (see README, \"Tìm kiếm\").\n"
                "search:\n  boost: 2\n---\n\n")
FULL_TEXT = "van-ban-goc.md"
TARGETS_PAGE = "chi-tieu/index.md"


@dataclass(frozen=True)
class Place:
    """A section of the document the site has a page for: its page, its label and its items' anchor prefix."""

    name: str  # the section's name as printed, folded: "muc tieu"
    page: str
    label: str
    anchor: str


# The site's text pages (campaign.publish.site.TEXT_PAGES, in the same order), by the section they hold.
PLACES = (
    Place("muc tieu", "muc-tieu.md", "Mục tiêu", "muc-tieu"),
    Place("chi tieu", TARGETS_PAGE, "Chỉ tiêu", "chi-tieu"),
    Place("noi dung", "noi-dung.md", "Nội dung", "noi-dung"),
    Place("thoi gian thi dua", "thoi-gian.md", "Thời gian thi đua", "thoi-gian"),
    Place("to chuc thuc hien", "to-chuc-thuc-hien.md", "Tổ chức thực hiện", "nhiem-vu"),
)
PAGES = tuple(p.page for p in PLACES) + (FULL_TEXT,)


def place_of(section: Section) -> Place | None:
    name = normal(fold(section.name).lower())
    return next((p for p in PLACES if p.name == name), None)


def section_id(section: Section) -> str:
    """The section's anchor on the full text: its page's name (#muc-tieu, #thoi-gian), else its name's slug."""
    place = place_of(section)
    if place:
        return place.page.split("/")[0].removesuffix(".md")
    return re.sub(r"[^a-z0-9]+", "-", fold(section.name).lower()).strip("-")


# ---- Markdown that shows the text as it is -----------------------------------------------------

def escaped(text: str) -> str:
    """Text as Markdown that shows exactly it: emphasis, links, code, attribute lists, HTML and entities escaped,
    a leading list marker, heading, quote or admonition sign too. Plain prose is left as it reads."""
    text = text.replace("\\", "\\\\")
    text = re.sub(r"([`*_\[\]{}])", r"\\\1", text)
    text = re.sub(r"&(?=#?\w+;)", "&amp;", text).replace("<", "&lt;")
    text = re.sub(r"^(\d+)\.(\s)", r"\1\\.\2", text)
    return re.sub(r"^([-+#>!])", r"\\\1", text)


def _block(block: Block, anchor: str | None = None, text: str | None = None) -> str:
    body = text if text is not None else escaped(block.text)
    if block.italic:
        body = f"*{body}*"
    if anchor:
        body += f"\n{{: #{anchor} }}"
    return body


def _items(blocks, prefix: str | None) -> list[tuple[Block, str | None]]:
    """Each block with the anchor of its number (`prefix`-N) if it is a numbered item, the first N only."""
    seen, out = set(), []
    for block in blocks:
        found = re.match(r"^(\d+)\.\s", block.text)
        anchor = f"{prefix}-{found.group(1)}" if prefix and found and found.group(1) not in seen else None
        if anchor:
            seen.add(found.group(1))
        out.append((block, anchor))
    return out


def _paragraphs(blocks, prefix: str | None, level: str, linked=None) -> list[str]:
    out = []
    for block, anchor in _items(blocks, prefix):
        if block.heading:
            out.append(f"{level} {escaped(block.text)}")
        else:
            out.append(_block(block, anchor, linked(block) if linked else None))
    return out


# ---- the target passages of section II ---------------------------------------------------------

def _linker(year: CampaignYear, notes: list[str]):
    """Links each target's words (`van_ban`) where section II says them, to the target's page; notes the targets
    whose words are not found word for word."""
    from ..publish.paths import Paths

    paths = Paths(year.year)
    here = f"{year.year}/chi-tieu"
    pending: list[Target] = list(year.campaign.targets)

    def linked(block: Block) -> str:
        text = block.text
        spans = []
        for target in list(pending):
            words = normal(target.text)
            start = text.find(words)
            while start >= 0 and any(s < start + len(words) and start < e for s, e, _ in spans):
                start = text.find(words, start + 1)
            if start >= 0:
                spans.append((start, start + len(words), target))
                pending.remove(target)
        out, at = [], 0
        for start, end, target in sorted(spans, key=lambda s: s[0]):
            out.append(inline(text[at:start]) if at else escaped(text[:start]))
            out.append(f"[{inline(text[start:end])}]({posixpath.relpath(paths.target(target), here)})")
            at = end
        out.append(inline(text[at:]) if spans else escaped(text))
        return "".join(out)

    def unlinked() -> None:
        for target in pending:
            notes.append(f"Chỉ tiêu {target.id}: không thấy nguyên văn câu chữ (van_ban) của chỉ tiêu trong mục "
                         "Chỉ tiêu của văn bản, nên trang Chỉ tiêu không có liên kết tới trang của chỉ tiêu này. "
                         f"Hãy chép đúng câu chữ của văn bản vào van_ban trong data/{year.year}/chien-dich.yml.")
    return linked, unlinked


def inline(text: str) -> str:
    """Text escaped as inside a line, where a leading "1." or "-" is no list marker."""
    return escaped("x" + text)[1:]


# ---- the pages ---------------------------------------------------------------------------------

def pages(document: LaunchDocument, year: CampaignYear) -> tuple[dict[str, str], list[str]]:
    """The year's text pages (path under docs/<year>/ → Markdown), and notes for the Office."""
    notes: list[str] = []
    out: dict[str, str] = {}
    linked, unlinked = _linker(year, notes)
    for section in document.sections:
        place = place_of(section)
        if place is None:
            notes.append(f"Mục “{section.heading}” không có trang riêng trên trang web (các trang: "
                         f"{', '.join(p.label for p in PLACES)}); mục này có trong trang Văn bản gốc.")
            continue
        if place.page in out:
            raise DocumentError(f"Mục “{section.heading}” có hai lần trong văn bản: không biết đặt mục nào vào trang.")
        body = _paragraphs(section.blocks, place.anchor, "##", linked if place.page == TARGETS_PAGE else None)
        out[place.page] = FRONT_MATTER + "\n\n".join([f"# {section.numeral}. {place.label}", *body]) + "\n"
    unlinked()
    out[FULL_TEXT] = full_text(document)
    if len(year.campaign.content_items) != _count(out.get("noi-dung.md", ""), "noi-dung"):
        notes.append(f"Mục Nội dung của văn bản có {_count(out.get('noi-dung.md', ''), 'noi-dung')} nội dung đánh "
                     f"số, còn data/{year.year}/chien-dich.yml (noi_dung) có {len(year.campaign.content_items)}: hãy "
                     "sửa cho khớp.")
    return out, notes


def _count(page: str, prefix: str) -> int:
    return len(re.findall(rf"(?m)^\{{: #{prefix}-\d+ \}}$", page))


def full_text(document: LaunchDocument) -> str:
    blank = {(True, True): " Số văn bản và ngày ban hành để trống như trong văn bản.",
             (True, False): " Số văn bản để trống như trong văn bản.",
             (False, True): " Ngày ban hành để trống như trong văn bản."}
    note = "Toàn văn văn bản phát động thi đua, giữ nguyên từng chữ." + blank.get(
        (document.number_blank, document.day_blank), "")
    # The label is an attribute's value, yet Markdown's inline syntax in it still runs (`*e*` became <em> and the
    # heading lost its attributes): only letters and plain punctuation go in.
    label = re.sub(r"[\"{}<>&*_`\[\]\\]", "", document.title[0]).capitalize() if document.title else ""
    parts = ["# Văn bản gốc", f'!!! note "Ghi chú"\n\n    {escaped(note)}',
             *(escaped(line) for line in document.header),
             f"## {'<br>'.join(escaped(line) for line in document.title)} "
             f'{{: #phat-dong-thi-dua data-toc-label="{label}" }}',
             *_paragraphs(document.preamble, None, "###")]
    for section in document.sections:
        place = place_of(section)
        parts.append(f"## {escaped(section.heading)} {{: #{section_id(section)} }}")
        parts += _paragraphs(section.blocks, place.anchor if place else None, "###")
    parts += _paragraphs(document.closing, None, "###")
    return FRONT_MATTER + "\n\n".join(parts) + "\n"


# ---- checking the pages say the document -------------------------------------------------------

class _Blocks(HTMLParser):
    """The text of each block element of rendered Markdown, in order."""

    BLOCKS = {"h1", "h2", "h3", "h4", "p", "li"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCKS:
            self.blocks.append("")
            self.depth += 1
        elif tag == "br" and self.depth:
            self.blocks[-1] += " "

    def handle_endtag(self, tag):
        if tag in self.BLOCKS:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.blocks[-1] += data


def shown(markdown_text: str) -> list[str]:
    """What a reader sees of a page, block by block, as the site's Markdown extensions render it."""
    import markdown  # the site's renderer: only the import command needs it, never the data checker

    body = re.sub(r"\A---\n.*?\n---\n", "", markdown_text, flags=re.S)
    html = markdown.markdown(body, extensions=["attr_list", "admonition", "md_in_html", "toc", "tables"])
    parser = _Blocks()
    parser.feed(html)
    return [normal(b) for b in parser.blocks if normal(b)]


def expected(document: LaunchDocument) -> dict[str, list[str]]:
    """What each page must show: the document's words, block by block (a page's own title and note aside)."""
    out = {}
    for section in document.sections:
        place = place_of(section)
        if place:
            out[place.page] = [f"{section.numeral}. {place.label}", *(b.text for b in section.blocks)]
    out[FULL_TEXT] = ["Văn bản gốc", "Ghi chú", None, *document.header, " ".join(document.title),
                      *(b.text for b in document.preamble),
                      *(t for s in document.sections for t in (s.heading, *(b.text for b in s.blocks))),
                      *(b.text for b in document.closing)]
    return out


def mismatches(document: LaunchDocument, made: dict[str, str]) -> list[str]:
    """Each page whose rendered text is not the document's, with the first block that differs."""
    found = []
    for page, want in expected(document).items():
        got = shown(made[page])
        if len(got) != len(want) or any(w is not None and w != g for w, g in zip(want, got)):
            first = next((i for i, (w, g) in enumerate(zip(want, got)) if w is not None and w != g),
                         min(len(want), len(got)))
            found.append(f"{page}: đoạn {first + 1}: "
                         f"“{(got[first] if first < len(got) else '')[:80]}” thay vì "
                         f"“{(want[first] if first < len(want) else '') or ''}”"[:300])
    return found


# ---- writing -----------------------------------------------------------------------------------

def write(docs_dir: Path, year: int, made: dict[str, str], *, replace: bool) -> list[str]:
    """Put the pages in docs/<year>/: in a copy first, swapped in whole. Pages that exist and differ, and text
    pages the document no longer has, are replaced only with `replace`. Returns what changed, in Vietnamese."""
    docs_dir = docs_dir.resolve()
    folder = docs_dir / str(year)
    changed = [p for p in made if not (folder / p).is_file() or (folder / p).read_text(encoding="utf-8") != made[p]]
    stale = [p for p in PAGES if p not in made and (folder / p).is_file()]
    differing = [p for p in changed if (folder / p).is_file()] + stale
    if differing and not replace:
        raise DocumentError(
            f"Đã có trang khác với văn bản này trong docs/{year}/: {', '.join(differing)}. Không ghi gì. Nếu đúng "
            "là văn bản mới thay văn bản cũ, chạy lại với --replace (make import-document … REPLACE=1).")
    if not changed and not stale:
        return [f"Các trang của năm {year} đã đúng như văn bản: không có gì thay đổi."]
    with tempfile.TemporaryDirectory(dir=docs_dir.parent, prefix=".campaign-") as tmp:
        trial = Path(tmp) / str(year)
        if folder.exists():
            shutil.copytree(folder, trial, symlinks=True)
        for page in stale:
            (trial / page).unlink()
        for page, text in made.items():
            (trial / page).parent.mkdir(parents=True, exist_ok=True)
            (trial / page).write_text(text, encoding="utf-8")
        if folder.exists():
            folder.rename(Path(tmp) / "old")
        trial.rename(folder)
    done = [f"Đã ghi docs/{year}/{p}" for p in changed] + [f"Đã xóa docs/{year}/{p} (văn bản mới không có mục này)"
                                                           for p in stale]
    return done
