"""The launch document's facts in chien-dich.yml (van_ban: number, date, place, signer, title line), filled from
the document being imported: an empty one is written as the document says it, one already written and different
is left as it is and named, one the document does not say in a form the reader knows is named for the Office to
fill by hand. Nothing is guessed: a fact is written only as the document prints it."""

from __future__ import annotations

import json
import re

from ..core.model import DOCUMENT_FACTS, IssuingDocument

# Each fact's key in van_ban and its name for the Office, in the order the block lists them.
LABELS = {"so": "số văn bản", "ngay": "ngày ban hành", "thang": "tháng ban hành", "nam": "năm ban hành",
          "noi_ban_hanh": "nơi ban hành", "chuc_vu_nguoi_ky": "chức vụ người ký", "nguoi_ky": "người ký",
          "trich_yeu": "trích yếu (dòng dưới chữ PHÁT ĐỘNG THI ĐUA)"}
# What make new-year wrote above the empty facts, and what replaces it once the document is in.
_WAITING = re.compile(r"(?m)^  # Văn bản phát động năm \d+: để trống.*\n")
FILLED_NOTE = ("  # Đúng như bản gốc, đọc từ văn bản bằng make import-document; số và ngày để trống nếu bản gốc để "
               "trống: không tự điền.\n")


def written(document: IssuingDocument) -> dict[str, str | int | None]:
    """The facts as chien-dich.yml holds them, by key."""
    return {"so": document.number, "ngay": document.day, "thang": document.month, "nam": document.year,
            "noi_ban_hanh": document.place, "chuc_vu_nguoi_ky": document.signer_title, "nguoi_ky": document.signer,
            "trich_yeu": document.summary}


def _empty(value) -> bool:
    return value is None or not str(value).strip()


def _yaml(value: str | int) -> str:
    return str(value) if isinstance(value, int) else json.dumps(value, ensure_ascii=False)


def _set(block: str, key: str, value: str | int) -> str:
    line = f"  {key}: {_yaml(value)}"
    found = re.search(rf"(?m)^  {key}:.*$", block)
    if found:
        return block[:found.start()] + line + block[found.end():]
    return block.rstrip("\n") + "\n" + line + "\n"


def fill(text: str, current: IssuingDocument, read: dict[str, str | int], year: int) -> tuple[str, list[str]]:
    """`text` (chien-dich.yml) with its empty facts filled from `read` (what the document says), and what was
    done and what is left for the Office, line by line in Vietnamese."""
    block_at = re.search(r"(?ms)^van_ban:.*?(?=^\S|\Z)", text)
    block = block_at.group(0)
    have = written(current)
    done, left, differ = [], [], []
    for key, label in LABELS.items():
        value = read.get(key)
        if value is None:
            # A blank day may be the original's (its date line, when read, says so); the others are asked for.
            if key != "ngay" and _empty(have[key]):
                left.append(f"{label} (van_ban.{key})")
            continue
        if _empty(have[key]):
            if str(value).strip():
                block = _set(block, key, value)
                done.append(f"{label}: {value}")
        elif str(have[key]).strip() != str(value).strip():
            differ.append(f"van_ban.{key} ({label}) ghi “{have[key]}”, văn bản ghi “{value}”")
    filled = {**have, **{k: v for k, v in read.items() if _empty(have[k])}}
    if all(not _empty(filled[key]) for key in DOCUMENT_FACTS):
        block = _WAITING.sub(FILLED_NOTE, block)
    where = f"data/{year}/chien-dich.yml"
    said = []
    if done:
        said.append(f"Đã ghi vào {where} (van_ban), đúng như văn bản: " + "; ".join(done) + ".")
    if differ:
        said.append(f"Cần xem: {where} đã ghi khác văn bản, lệnh không sửa: " + "; ".join(differ)
                    + ". Nếu văn bản này đúng là văn bản phát động của năm, hãy sửa các dòng đó theo văn bản.")
    if left:
        said.append(f"Việc tiếp theo: lệnh không đọc được từ văn bản {', '.join(left)}; hãy điền vào {where} đúng "
                    f"như bản gốc. Chưa điền đủ thì trang chủ ghi văn bản phát động năm {year} chưa được đưa lên "
                    "trang.")
    return text[:block_at.start()] + block + text[block_at.end():], said
