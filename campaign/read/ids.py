"""The ids the Office gives targets, periods, units and the campaign's lists: when two are the same, and
which cannot name a page.

A target, a period and a unit each get a page named after their id (render.Paths), in a site a reader may
also unpack from a zip on Windows. Two ids that differ only by case or marks name one page there, and look
alike to a reader: they are duplicates. An id that is the name of a page the site already has in that folder,
or a name Windows reserves, cannot name a page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.catalogue import (
    DUPLICATE_ID,
    RESERVED_ID,
)
from ..core.fold import fold
from ..core.problems import Problem
from .strict_yaml import Document

# In each folder where ids name pages, the site has its own index page (MkDocs takes README.md for one too).
SITE_PAGES = frozenset({"index", "readme"})
# Windows refuses these as file names whatever the extension: con.md, nul.html cannot be unpacked there (nor
# com¹, conin$…, which only a file's name, not an id, can hold).
WINDOWS_RESERVED = frozenset({"con", "prn", "aux", "nul", "conin$", "conout$", *(f"com{n}" for n in "0123456789¹²³"),
                              *(f"lpt{n}" for n in "0123456789¹²³")})


def same_id(value: str) -> str:
    """The form in which two ids are the same: case and Vietnamese marks dropped."""
    return fold(value).casefold()


def page_name(value: str) -> str:
    """The name of the page an id gives: "II.3a" → "ii-3a"."""
    return re.sub(r"[^a-z0-9]+", "-", same_id(value)).strip("-")


@dataclass(frozen=True)
class IdList:
    """A list of entries with an id (`ma`) in one data file."""

    key: str  # the list's key in the file
    what: str  # what an entry is, in the Office's words
    index_page: str | None = None  # the site's own page in the folder of the entries' pages; None: no pages


CAMPAIGN_LISTS = (
    IdList("chi_tieu", "chỉ tiêu", "trang của chương “II. Chỉ tiêu”"),
    IdList("ky_bao_cao", "kỳ báo cáo", "bảng theo dõi của kỳ mới nhất"),
    IdList("danh_muc", "danh mục"),
    IdList("danh_hieu_co_quan", "danh hiệu của cơ quan"),
    IdList("to_chuc", "tổ chức"),
    IdList("gioi_han", "giới hạn"),
)
UNIT_LISTS = (IdList("don_vi", "đơn vị", "trang danh sách các phòng, đơn vị"),)


def _reserved(name: str, index_page: str) -> str | None:
    """Why a page cannot be called `name`, in the Office's words; None when it can."""
    if not name:
        return "mã không có chữ hay số nào để đặt tên trang"
    if name in SITE_PAGES:
        return f"trang web đã dùng tên '{name}' cho {index_page}, nên trang này sẽ thay mất trang đó"
    if name in WINDOWS_RESERVED:
        return (f"'{name}' là tên Windows dành riêng, nên khi bản sao trang web được giải nén trên máy Windows, "
                "trang này không mở được")
    return None


def check_ids(doc: Document, lists: tuple[IdList, ...]) -> list[Problem]:
    """Duplicate ids (case and marks aside) and ids that cannot name a page, in a schema-valid document."""
    problems = []
    for spec in lists:
        first: dict[str, tuple[str, int]] = {}
        for i, entry in enumerate(doc.value.get(spec.key, ())):
            path = (spec.key, i, "ma")
            value = entry["ma"]
            name = page_name(value) if spec.index_page else same_id(value)
            reason = _reserved(name, spec.index_page) if spec.index_page else None
            if reason:
                problems.append(doc.problem(path, RESERVED_ID, what=spec.what, id=value, reason=reason))
            if name in first:
                earlier, line = first[name]
                other = (f"mã ở dòng {line}" if earlier == value else
                         f"mã '{earlier}' ở dòng {line} (chỉ khác chữ hoa, chữ thường hoặc dấu, nên là cùng một mã)")
                problems.append(doc.problem(path, DUPLICATE_ID, what=spec.what, id=value, other=other))
            else:
                first[name] = (value, doc.pos(path).line)
    return problems
