"""A problem code: its group, words and message template, and `make`, the one way a problem is made."""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from enum import Enum
from typing import Mapping

from ..problems import Problem, Severity


class Group(Enum):
    """Where a clerk looks for a message, in the order the guide lists them."""

    TYPING = "Lỗi gõ YAML"
    WORKBOOK = "Tệp Excel"
    FILES = "Tệp và thư mục"
    FIELDS = "Tên mục và giá trị"
    DATES = "Ngày tháng"
    CODES = "Mã không khớp"
    FIGURES = "Số liệu không khớp"
    UNITS = "Đơn vị thành lập, sáp nhập, giải thể"
    EVIDENCE = "Thiếu căn cứ"
    ILLUSTRATIVE = "Số liệu minh họa và số liệu thật"
    WAITING = "Kiểm tra còn chờ"


@dataclass(frozen=True, eq=False)  # one object per code: equal only to itself
class Code:
    code: str
    group: Group
    title: str  # a few words, as a heading in the guide
    meaning: str  # what happened, in the Office's words
    fix: str  # what to do
    template: str  # the message; {name} blanks are filled by the checker
    example: Mapping[str, str] = field(default_factory=dict)  # blanks for the guide's example message
    severity: Severity = Severity.ERROR

    @property
    def fields(self) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(self.template) if name}

    def message(self, **blanks: object) -> str:
        return self.template.format(**blanks).strip()

    def example_message(self) -> str:
        return self.message(**self.example)


_E, _W, _N = Severity.ERROR, Severity.WARNING, Severity.NOTE
_ID_RULE = "chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ van-phong"


def make(code: Code, file: str, line: int, column: int, **blanks: object) -> Problem:
    """The problem `code` (one of this module's constants) at a place, its message filled from its template."""
    if not isinstance(code, Code):  # a code as a bare string could be misspelt: name it by its constant
        raise TypeError(f"a problem code is one of campaign.core.catalogue's constants, not {code!r}")
    return Problem(file, line, column, code.code, code.message(**blanks), code.severity)
