"""A workbook looked at before it is opened: what openpyxl would build from it, bounded from the zip and its parts.

openpyxl makes an object of every cell written in a sheet, empty or not, and of every cell a merged range, a
link or a comment covers: a 17 KB file with one merge over a whole sheet costs 1.7 GB. So, before it opens a
workbook, the checker reads the zip's directory (sizes as declared), unpacks each XML part once (sizes as they
really are: a zip can lie), refuses XML that declares entities (a few bytes that unpack to gigabytes), and counts
the cells, rows, ranges, strings and formats the parts hold. Each bound is in `limits`; what is over one is a
problem at its sheet and cell, in the clerk's words.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass, field, replace
from io import BytesIO
from posixpath import dirname, join, normpath

from defusedxml import ElementTree

from ..core import vi
from ..core.catalogue import WORKBOOK_TOO_LARGE, WORKBOOK_UNREADABLE, WORKBOOK_UNSAFE, Code, make
from ..core.problems import Problem
from .limits import (
    WORKBOOK_MAX_BYTES,
    WORKBOOK_MAX_CELLS,
    WORKBOOK_MAX_PART,
    WORKBOOK_MAX_PARTS,
    WORKBOOK_MAX_RANGE_CELLS,
    WORKBOOK_MAX_ROW_ENTRIES,
    WORKBOOK_MAX_STRINGS,
    WORKBOOK_MAX_STYLES,
    WORKBOOK_MAX_UNPACKED,
)

_XML = (".xml", ".rels", ".vml")
_DTD = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
# An element by its local name, whatever its namespace prefix: <c r="A1">, <x:c>, <c/>.
_CELL = re.compile(rb"<(?:[\w.-]+:)?c[\s/>]")
_ROW = re.compile(rb"<(?:[\w.-]+:)?row[\s/>]")
_STRING = re.compile(rb"<(?:[\w.-]+:)?si[\s/>]")
_STYLE = re.compile(rb"<(?:[\w.-]+:)?xf[\s/>]")
_RANGED = re.compile(rb"<(?:[\w.-]+:)?(?:mergeCell|hyperlink|comment)\b[^>]*?\bref\s*=\s*[\"']([^\"']*)[\"']")
_CORNER = re.compile(r"\$?([A-Za-z]{0,3})\$?([0-9]*)")
_MAX_ROW, _MAX_COLUMN = 1_048_576, 16_384


def _column_number(letters: str) -> int:
    number = 0
    for ch in letters.upper():
        number = number * 26 + ord(ch) - 64
    return number


def area(ref: str) -> tuple[int, int, int]:
    """(cells covered, top row, left column) of a reference such as "A1:XFD1048576", "B:B" or "A1 C3:D4"."""
    total, top, left = 0, 0, 0
    for part in ref.split():
        corners = []
        for corner in part.split(":")[:2]:
            found = _CORNER.fullmatch(corner)
            if not found:
                return _MAX_ROW * _MAX_COLUMN, 1, 1  # not a reference: openpyxl cannot read it either
            letters, digits = found.groups()
            corners.append((int(digits) if digits else None, _column_number(letters) if letters else None))
        if len(corners) == 1:
            corners.append(corners[0])
        (r1, c1), (r2, c2) = corners
        rows = (abs((r2 or _MAX_ROW) - (r1 or 1)) + 1) if r1 or r2 else _MAX_ROW
        columns = (abs((c2 or _MAX_COLUMN) - (c1 or 1)) + 1) if c1 or c2 else _MAX_COLUMN
        total += rows * columns
        top, left = top or (r1 or 1), left or (c1 or 1)
    return total, top or 1, left or 1


@dataclass
class _Found:
    """What the parts hold, and in which part most of it is."""

    cells: dict[str, int] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)
    strings: int = 0
    styles: int = 0
    ranges: list[tuple[str, str, int]] = field(default_factory=list)  # (part, ref, cells covered)


def scan(file: str, raw: bytes) -> list[Problem]:
    """The problems that keep a workbook unopened; none when openpyxl may open it."""
    if len(raw) > WORKBOOK_MAX_BYTES:
        return [make(WORKBOOK_TOO_LARGE, file, 1, 1, detail=f"{_mb(len(raw))}, giới hạn {_mb(WORKBOOK_MAX_BYTES)}")]
    try:
        archive = zipfile.ZipFile(BytesIO(raw))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return []  # not a zip: openpyxl refuses it, and the reason is said then
    with archive:
        parts = archive.infolist()
        too_large = _declared(parts)
        if too_large:
            return [make(WORKBOOK_TOO_LARGE, file, 1, 1, detail=too_large)]
        if len({p.filename for p in parts}) < len(parts):
            return [make(WORKBOOK_UNSAFE, file, 1, 1, reason="tệp nén có hai phần cùng tên, nên không biết phần "
                         "nào được đọc: Excel không bao giờ ghi như vậy.")]
        found = _Found()
        sheets: dict[str, str] = {}
        unpacked = 0
        for info in parts:
            if not info.filename.endswith(_XML):
                continue
            data, refused = _unpack(file, archive, info)
            if refused:
                return [refused]
            unpacked += len(data)
            if unpacked > WORKBOOK_MAX_UNPACKED:
                return [make(WORKBOOK_TOO_LARGE, file, 1, 1, detail=f"giải nén ra hơn {_mb(unpacked)}, giới hạn "
                             f"{_mb(WORKBOOK_MAX_UNPACKED)}")]
            if _DTD.search(data):
                return [make(WORKBOOK_UNSAFE, file, 1, 1, reason=f"phần {info.filename} có khai báo thực thể XML "
                             "(DOCTYPE, ENTITY), thứ Excel không bao giờ ghi ra và có thể làm tệp phình ra hàng tỷ "
                             "lần khi mở.")]
            _count(found, info.filename, data)
            if info.filename == "xl/workbook.xml" or info.filename.endswith("/_rels/workbook.xml.rels"):
                sheets.setdefault(info.filename, data)  # type: ignore[arg-type]
        names = _sheet_names(sheets)
    return _over(file, found, names)


def _declared(parts: list[zipfile.ZipInfo]) -> str:
    if len(parts) > WORKBOOK_MAX_PARTS:
        return f"{len(parts)} phần, giới hạn {WORKBOOK_MAX_PARTS}"
    unpacked = sum(p.file_size for p in parts)
    largest = max((p.file_size for p in parts), default=0)
    if unpacked > WORKBOOK_MAX_UNPACKED or largest > WORKBOOK_MAX_PART:
        return f"giải nén ra {_mb(unpacked)}, giới hạn {_mb(WORKBOOK_MAX_UNPACKED)}"
    return ""


def _unpack(file: str, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[bytes, Problem | None]:
    """The part's bytes, read no further than it declares; a problem when it is not what the zip says."""
    try:
        with archive.open(info) as part:
            data = part.read(WORKBOOK_MAX_PART + 1)
    except (zipfile.BadZipFile, EOFError, zlib.error) as error:
        lie = "CRC" in str(error) or isinstance(error, EOFError)
        return b"", make(WORKBOOK_UNSAFE, file, 1, 1, reason=(
            f"phần {info.filename} của tệp nén {'không khớp với kích thước và mã kiểm tra nó khai' if lie else 'bị hỏng'}"
            ": tệp đã bị sửa sau khi Excel lưu, hoặc được làm ra để đánh lừa chương trình đọc."))
    except (NotImplementedError, RuntimeError):  # a compression Excel never uses, or a part under a password
        return b"", make(WORKBOOK_UNREADABLE, file, 1, 1, reason=(
            "tệp được nén hoặc khóa theo cách Excel không dùng. Hãy mở tệp trong Excel, bỏ mật khẩu nếu có, "
            "lưu lại dạng Excel Workbook (*.xlsx) rồi tải lên lại."))
    if len(data) != info.file_size:
        return b"", make(WORKBOOK_UNSAFE, file, 1, 1, reason=(
            f"phần {info.filename} của tệp nén khai {vi.number(info.file_size)} byte nhưng giải nén ra "
            f"{vi.number(len(data))} byte: tệp đã bị sửa sau khi Excel lưu, hoặc được làm ra để đánh lừa chương "
            "trình đọc."))
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data[:4]:  # UTF-16: looked at as UTF-8, to scan it
        data = data.decode("utf-16", "replace").encode("utf-8")
    return data, None


def _count(found: _Found, name: str, data: bytes) -> None:
    cells = sum(1 for _ in _CELL.finditer(data))
    rows = sum(1 for _ in _ROW.finditer(data))
    if cells:
        found.cells[name] = cells
    if rows:
        found.rows[name] = rows
    found.strings += sum(1 for _ in _STRING.finditer(data))
    found.styles += sum(1 for _ in _STYLE.finditer(data))
    for ref in _RANGED.finditer(data):
        text = ref.group(1).decode("utf-8", "replace")
        found.ranges.append((name, text, area(text)[0]))


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _sheet_names(parts: dict[str, bytes]) -> dict[str, str]:
    """Each sheet's part (xl/worksheets/sheet1.xml) → the sheet's name as Excel shows it on its tab."""
    try:
        book = ElementTree.fromstring(parts["xl/workbook.xml"])
        rels = ElementTree.fromstring(parts["xl/_rels/workbook.xml.rels"])
    except Exception:  # missing or broken: openpyxl says so when it opens the file; names stay unknown
        return {}
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter() if _local(r.tag) == "Relationship"}
    names = {}
    for sheet in book.iter():
        if _local(sheet.tag) != "sheet":
            continue
        rid = next((v for k, v in sheet.attrib.items() if _local(k) == "id"), None)
        target = targets.get(rid, "")
        path = target.lstrip("/") if target.startswith("/") else normpath(join(dirname("xl/workbook.xml"), target))
        names[path] = sheet.get("name", "")
    return names


def _over(file: str, found: _Found, names: dict[str, str]) -> list[Problem]:
    """A problem for each count over its bound, at the sheet (and cell) where it is."""

    def at(part: str, row: int, column: int, code: Code, **blanks: object) -> Problem:
        problem = make(code, file, row, column, **blanks)
        return replace(problem, sheet=names[part]) if names.get(part) else problem

    def where(part: str) -> str:
        return "" if names.get(part) else f" (phần {part})"

    problems = []
    cells = sum(found.cells.values())
    if cells > WORKBOOK_MAX_CELLS:
        part = max(found.cells, key=found.cells.get)
        problems.append(at(part, 1, 1, WORKBOOK_TOO_LARGE, detail=(
            f"{vi.number(cells)} ô được ghi trong tệp, kể cả ô trống{where(part)}, giới hạn "
            f"{vi.number(WORKBOOK_MAX_CELLS)}; thường do định dạng hay xóa cả một vùng lớn")))
    rows = sum(found.rows.values())
    if rows > WORKBOOK_MAX_ROW_ENTRIES:
        part = max(found.rows, key=found.rows.get)
        problems.append(at(part, 1, 1, WORKBOOK_TOO_LARGE, detail=(
            f"{vi.number(rows)} dòng được ghi trong tệp{where(part)}, giới hạn {vi.number(WORKBOOK_MAX_ROW_ENTRIES)}")))
    covered = 0
    for part, ref, size in found.ranges:
        covered += size
        if covered > WORKBOOK_MAX_RANGE_CELLS:
            _, top, left = area(ref)
            problems.append(at(part, top, left, WORKBOOK_TOO_LARGE, detail=(
                f"vùng {ref[:40]}{where(part)} gộp, gắn liên kết hay ghi chú cho {vi.number(size)} ô; các vùng như thế "
                f"chỉ được phủ tổng cộng {vi.number(WORKBOOK_MAX_RANGE_CELLS)} ô")))
            break
    if found.strings > WORKBOOK_MAX_STRINGS:
        problems.append(make(WORKBOOK_TOO_LARGE, file, 1, 1, detail=(
            f"{vi.number(found.strings)} đoạn chữ, giới hạn {vi.number(WORKBOOK_MAX_STRINGS)}")))
    if found.styles > WORKBOOK_MAX_STYLES:
        problems.append(make(WORKBOOK_TOO_LARGE, file, 1, 1, detail=(
            f"{vi.number(found.styles)} kiểu định dạng ô, giới hạn {vi.number(WORKBOOK_MAX_STYLES)}")))
    return problems


def _mb(size: int) -> str:
    return f"{vi.number(size // 1_000_000)} MB" if size >= 1_000_000 else f"{vi.number(size // 1000)} KB"
