"""A launch document as issued, read from Word (.docx) or from its text (.txt), into its parts: the lines above
the title, the title, the preamble, the numbered sections (I. MỤC TIÊU …) and the closing (Nơi nhận, signature).

Faithful to the word: every paragraph's text is kept as the document has it, its list marker too (typed, or
Word's own numbering as Word shows it). Only what is not the document's is taken away: the text extractor's
Markdown (`#` headings, `**bold**`), and the cuts a printed page made in a sentence, which are joined and
reported. Nothing in the document is ever run: it is read as text.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

from ..core.fold import fold


class DocumentError(Exception):
    """The file cannot be read as a launch document; the message says why, in Vietnamese."""


@dataclass(frozen=True)
class Block:
    """A paragraph as the reader sees it: its text with its list marker, and whether all of it is in italics."""

    text: str
    italic: bool = False
    heading: bool = False  # a heading in the source (a `#` line of the text, a Heading style in Word)
    lines: tuple[str, ...] = ()  # a heading printed on several lines (the title)


@dataclass(frozen=True)
class Section:
    numeral: str  # "I", "II", …
    name: str  # as printed: "MỤC TIÊU"
    blocks: tuple[Block, ...]

    @property
    def heading(self) -> str:
        return f"{self.numeral}. {self.name}"


@dataclass(frozen=True)
class LaunchDocument:
    header: tuple[str, ...]  # the lines above the title: "Số: …", "Cao Bằng, ngày … tháng … năm …"
    title: tuple[str, ...]  # "PHÁT ĐỘNG THI ĐUA", then the line under it
    preamble: tuple[Block, ...]
    sections: tuple[Section, ...]
    closing: tuple[Block, ...]  # from "Nơi nhận:" to the signature
    joined: tuple[str, ...]  # the starts of the halves of page-cut sentences that were joined

    @property
    def number_blank(self) -> bool:
        number = next((line for line in self.header if fold(line).lower().startswith("so:")), None)
        return number is not None and not re.sub(r"^\S+:", "", number).split("/", 1)[0].strip()

    @property
    def day_blank(self) -> bool:
        return any(re.search(r"\bngày\s+tháng\b", line) for line in self.header)


MAX_BYTES = 5_000_000  # a launch document is a few pages: 20 to 100 KB as .docx
MAX_UNPACKED = 40_000_000
MAX_PARTS = 500

LIST_MARKER = re.compile(r"^(?:\d+(?:\.\d+)*\.|[a-zđ]\)|[-+•–*])\s")
SECTION_HEADING = re.compile(r"^([IVXLC]+)\.\s+(.+)$")
TITLE = "phat dong thi dua"
CLOSING = "noi nhan:"
# Where a paragraph may end without being cut by a page: its last character is one of these.
_ENDS = ".;:!?…)]\"”'»/"


def normal(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def read(path: Path) -> LaunchDocument:
    """The document in `path`, .docx or .txt (UTF-8), in its parts."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        blocks = _docx_blocks(path)
    elif suffix == ".txt":
        try:
            blocks = text_blocks(path.read_text(encoding="utf-8-sig"))
        except UnicodeDecodeError:
            raise DocumentError(f"{path.name} không phải chữ UTF-8. Trong Word, chọn Lưu thành → Văn bản thuần "
                                "(.txt) → mã hóa Unicode (UTF-8), hoặc nhập thẳng tệp .docx.") from None
    else:
        raise DocumentError(f"{path.name}: chỉ nhập được tệp Word .docx hoặc tệp chữ .txt.")
    return structure(blocks)


# ---- the text (.txt) ---------------------------------------------------------------------------

def text_blocks(text: str) -> list[Block]:
    """Each non-empty line a paragraph, as Word's "save as text" and the text extractor write them; the
    extractor's `#` and `**` taken away, a line wholly in `*…*` kept as italics."""
    blocks = []
    for raw in text.splitlines():
        line = raw.strip()
        heading = line.startswith("#")
        line = line.lstrip("#").strip()
        runs = re.findall(r"\*\*([^*]+)\*\*", line) if heading else []
        if len(runs) > 1 and re.fullmatch(r"(?:\*\*[^*]+\*\*\s*)+", line):
            lines = tuple(normal(r) for r in runs)
            blocks.append(Block(" ".join(lines), heading=True, lines=lines))
            continue
        line = re.sub(r"\*\*(.+?)\*\*", r"\1", line)
        italic = bool(re.fullmatch(r"\*[^*].*[^*]\*|\*[^*]\*", line))
        if italic:
            line = line[1:-1]
        if normal(line):
            blocks.append(Block(normal(line), italic=italic, heading=heading))
    return blocks


# ---- Word (.docx) ------------------------------------------------------------------------------

def _docx_blocks(path: Path) -> list[Block]:
    _check_package(path)
    import docx  # python-docx: only the import command needs it, never the data checker
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
    except Exception as error:  # not a Word document, or a damaged one: python-docx says which in English
        raise DocumentError(f"{path.name} không mở được như tệp Word .docx ({type(error).__name__}). Hãy mở tệp "
                            "bằng Word, lưu lại dạng Word Document (.docx) rồi nhập lại.") from None
    numbers = _Numbering(document)
    blocks: list[Block] = []
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            blocks += _paragraph(Paragraph(element, document), numbers)
        elif tag == "tbl":  # the header and the signature are often laid out in a table: read row by row
            seen = set()
            for row in Table(element, document).rows:
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    for paragraph in cell.paragraphs:
                        blocks += _paragraph(paragraph, numbers)
    return blocks


def _check_package(path: Path) -> None:
    """A .docx is a zip: bounded before anything is unpacked, as the workbook reader bounds a workbook."""
    if path.stat().st_size > MAX_BYTES:
        raise DocumentError(f"{path.name} nặng quá {MAX_BYTES // 1_000_000} MB: văn bản phát động chỉ vài trang. "
                            "Hãy bỏ hình ảnh khỏi tệp, hoặc nhập bản chữ (.txt).")
    try:
        with zipfile.ZipFile(path) as package:
            parts = package.infolist()
    except zipfile.BadZipFile:
        raise DocumentError(f"{path.name} không phải tệp Word .docx (có thể là .doc cũ: hãy mở bằng Word và lưu "
                            "lại dạng Word Document .docx).") from None
    if len(parts) > MAX_PARTS or sum(p.file_size for p in parts) > MAX_UNPACKED:
        raise DocumentError(f"{path.name} giải nén ra quá lớn: không phải một văn bản phát động bình thường.")


def _paragraph(paragraph, numbers: _Numbering) -> list[Block]:
    text = paragraph.text
    style = paragraph.style
    style_name = (style.name or "") if style is not None else ""
    heading = style_name.startswith(("Heading", "Title"))
    marker = numbers.marker(paragraph)
    lines = tuple(normal(part) for part in text.split("\n") if normal(part))
    if not lines:
        return []
    words = [r for r in paragraph.runs if r.text.strip()]
    style_italic = bool(style is not None and style.font.italic)
    italic = bool(words) and all(r.italic or (r.italic is None and style_italic) for r in words)
    body = normal(" ".join(lines))
    if marker:
        body = f"{marker} {body}"
    return [Block(body, italic=italic, heading=heading, lines=lines if heading and len(lines) > 1 else ())]


_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
_BULLETS = {"-": "-", "–": "-", "—": "-", "+": "+", "o": "o"}


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _formatted(n: int, fmt: str) -> str:
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("a") + (n - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    return str(n)  # decimal, and any format this reader does not know: the number itself


class _Numbering:
    """Word's automatic numbering, counted as Word shows it: the marker of each numbered paragraph."""

    def __init__(self, document):
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId → level → (format, text, start)
        self.counters: dict[tuple[str, int], int] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        abstract = {}
        for definition in root.iter(f"{w}abstractNum"):
            levels = {}
            for lvl in definition.iter(f"{w}lvl"):
                fmt = lvl.find(f"{w}numFmt")
                text = lvl.find(f"{w}lvlText")
                start = lvl.find(f"{w}start")
                levels[int(lvl.get(f"{w}ilvl", "0"))] = (
                    fmt.get(f"{w}val") if fmt is not None else "decimal",
                    text.get(f"{w}val") if text is not None else "",
                    int(start.get(f"{w}val")) if start is not None else 1)
            abstract[definition.get(f"{w}abstractNumId")] = levels
        for num in root.iter(f"{w}num"):
            ref = num.find(f"{w}abstractNumId")
            if ref is not None:
                self.levels[num.get(f"{w}numId")] = abstract.get(ref.get(f"{w}val"), {})
        self._w = w

    def _num_pr(self, paragraph):
        w = getattr(self, "_w", "")
        for owner in (paragraph._p.pPr, *self._style_chain(paragraph.style)):
            props = owner.find(f"{w}numPr") if owner is not None else None
            if props is not None:
                num = props.find(f"{w}numId")
                level = props.find(f"{w}ilvl")
                return (num.get(f"{w}val") if num is not None else None,
                        int(level.get(f"{w}val")) if level is not None else 0)
        return None

    @staticmethod
    def _style_chain(style):
        while style is not None:
            yield style.element.pPr
            style = style.base_style

    def marker(self, paragraph) -> str | None:
        if not self.levels:
            return None
        found = self._num_pr(paragraph)
        if not found or found[0] in (None, "0") or found[0] not in self.levels:
            return None
        num, level = found
        levels = self.levels[num]
        fmt, text, start = levels.get(level, ("decimal", f"%{level + 1}.", 1))
        self.counters[(num, level)] = self.counters.get((num, level), start - 1) + 1
        for deeper in [key for key in self.counters if key[0] == num and key[1] > level]:
            del self.counters[deeper]
        if fmt == "bullet":
            return _BULLETS.get(text.strip(), "•")
        if fmt == "none":
            return None

        def value(match):
            at = int(match.group(1)) - 1
            lvl_fmt, _, lvl_start = levels.get(at, ("decimal", "", 1))
            return _formatted(self.counters.get((num, at), lvl_start), lvl_fmt)
        return re.sub(r"%(\d)", value, text) or None


# ---- the parts ---------------------------------------------------------------------------------

def is_item(block: Block) -> bool:
    return bool(LIST_MARKER.match(block.text))


def _section_heading(block: Block) -> re.Match | None:
    found = SECTION_HEADING.match(block.text)
    if found and found.group(2) == found.group(2).upper() and any(c.isalpha() for c in found.group(2)):
        return found
    return None


def structure(blocks: list[Block]) -> LaunchDocument:
    """The paragraphs in the document's parts; page-cut sentences joined."""
    at = next((i for i, b in enumerate(blocks) if fold(b.text).lower().startswith(TITLE)), None)
    first_section = next((i for i, b in enumerate(blocks) if _section_heading(b)), None)
    if at is None or (first_section is not None and first_section < at):
        raise DocumentError("Không thấy dòng “PHÁT ĐỘNG THI ĐUA” ở đầu văn bản (trước mục I): tệp có phải văn bản "
                            "phát động thi đua không?")
    if first_section is None:
        raise DocumentError("Không thấy mục nào dạng “I. MỤC TIÊU” (số La Mã, dấu chấm, tên mục viết hoa): hãy "
                            "kiểm tra tệp có đủ nội dung văn bản.")
    title_block = blocks[at]
    if title_block.lines:
        title, rest = title_block.lines, at + 1
    elif fold(title_block.text).lower() == TITLE and at + 1 < first_section and not is_item(blocks[at + 1]):
        title, rest = (title_block.text, blocks[at + 1].text), at + 2
    else:
        title, rest = (title_block.text,), at + 1
    header = tuple(b.text for b in blocks[:at])
    joined: list[str] = []
    preamble = _joined(blocks[rest:first_section], joined)
    sections: list[Section] = []
    closing: tuple[Block, ...] = ()
    current: tuple[str, str, list[Block]] | None = None
    for i in range(first_section, len(blocks)):
        block = blocks[i]
        heading = _section_heading(block)
        if fold(block.text).lower().startswith(CLOSING):
            closing = tuple(replace(b, heading=False) for b in blocks[i:])
            break
        if heading:
            if current:
                sections.append(Section(current[0], current[1], _joined(current[2], joined)))
            current = (heading.group(1), heading.group(2), [])
        else:
            current[2].append(block)
    if current:
        sections.append(Section(current[0], current[1], _joined(current[2], joined)))
    return LaunchDocument(header, title, preamble, tuple(sections), closing, tuple(joined))


def _joined(blocks: list[Block], joined: list[str]) -> tuple[Block, ...]:
    """A paragraph that stops without ending its sentence, followed by one that is no list item nor heading, is a
    sentence a printed page cut in two (DOMAIN: three in the 2021 document): one paragraph again."""
    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        if (previous and not previous.heading and not block.heading and not is_item(block)
                and previous.italic == block.italic and previous.text[-1] not in _ENDS):
            out[-1] = replace(previous, text=f"{previous.text} {block.text}")
            joined.append(block.text[:40].rstrip())
        else:
            out.append(block)
    return tuple(out)


# ---- the document's own facts (number, date, signer, title line) ------------------------------

_DATED = re.compile(r"^(?P<place>[^,]+),\s*ngày\s*(?P<day>\d{1,2})?\s*tháng\s*(?P<month>\d{1,2})\s*năm\s*(?P<year>\d{4})$",
                    re.IGNORECASE)
_NAME = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+){1,5}$")


def _position(line: str) -> str:
    """A signer's position as printed in capitals, as the data writes it: "PHÓ GIÁM ĐỐC" → "Phó Giám đốc"."""
    words = line.lower().split()
    first = 2 if words[0] == "phó" and len(words) > 1 else 1
    return " ".join(w.capitalize() if i < first else w for i, w in enumerate(words))


def facts(document: LaunchDocument) -> dict[str, str | int]:
    """What the document itself says of its number, date, place, signer and title line, by their keys in
    chien-dich.yml (van_ban); a fact it does not say in a form read here is left out. A blank day or number in
    the original is read as blank ("")."""
    found: dict[str, str | int] = {}
    for line in document.header:
        if "so" not in found and fold(line).lower().startswith("so:"):
            found["so"] = normal(line.split(":", 1)[1])
        dated = _DATED.match(line)
        if dated and "nam" not in found:
            month, year = int(dated["month"]), int(dated["year"])
            if 1 <= month <= 12 and 2000 <= year <= 2100:
                found |= {"noi_ban_hanh": normal(dated["place"]), "ngay": dated["day"] or "", "thang": month,
                          "nam": year}
    if len(document.title) > 1:
        found["trich_yeu"] = " ".join(document.title[1:])
    lines = [b.text for b in document.closing]
    # The signature: the signer's name on the last line, the position in capitals just above it.
    if len(lines) >= 2 and _NAME.match(lines[-1]) and lines[-2] == lines[-2].upper() and _NAME.match(lines[-2]):
        name = lines[-1]
        found["chuc_vu_nguoi_ky"] = _position(lines[-2])
        found["nguoi_ky"] = name.title() if name == name.upper() else name
    return found
