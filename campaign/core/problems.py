"""Problems found in the data: records with a place, a stable code and a Vietnamese message for the Office."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from . import vi
from .chars import visible


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "notice"  # not a problem of the data: says which checks could not run yet


SEVERITY_LABEL = {Severity.ERROR: "LỖI", Severity.WARNING: "CẢNH BÁO", Severity.NOTE: "GHI CHÚ"}


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    column: int
    code: str
    message: str
    severity: Severity = Severity.ERROR
    sheet: str | None = None  # in a workbook: the sheet, with line and column its row and column
    hidden: int = 0  # a line "… và N lỗi khác" stands for N problems not listed (read.limits)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def in_workbook(self) -> bool:
        return self.file.endswith(".xlsx")

    @property
    def cell(self) -> str:
        """The cell's name as Excel shows it: column 4, row 7 → D7."""
        return f"{column_letter(self.column)}{self.line}"

    @property
    def place(self) -> str:
        """Where to look, in the Office's words; empty for a problem of a whole workbook."""
        if self.sheet:
            return f"Trang tính {self.sheet}, ô {self.cell}"
        return "" if self.in_workbook else f"dòng {self.line}, cột {self.column}"

    def as_text(self) -> str:
        """One line for a terminal: a file name or message holding a control character shows its code instead."""
        if self.in_workbook:
            where = f"{self.file}: {self.place}:" if self.place else f"{self.file}:"
            return visible(f"{where} {SEVERITY_LABEL[self.severity]} [{self.code}] {self.message}")
        return visible(
            f"{self.file}:{self.line}:{self.column}: {SEVERITY_LABEL[self.severity]} "
            f"[{self.code}] {self.message}"
        )

    def as_github(self) -> str:
        """A GitHub workflow command: one line whatever the file is called, so data can never issue a command."""
        kind = self.severity.value
        if self.in_workbook:
            # GitHub places annotations by line, which a workbook has not: the sheet and cell go in the message.
            place = f"{self.place}: " if self.place else ""
            return f"::{kind} file={_github_property(self.file)}::{_github_data(visible(f'[{self.code}] {place}{self.message}'))}"
        message = _github_data(visible(f"[{self.code}] {self.message}"))
        return (f"::{kind} file={_github_property(self.file)},line={self.line},col={self.column}"
                f"::{message}")


def column_letter(number: int) -> str:
    """1 → A, 27 → AA: the name Excel shows for a column."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


# The escaping of @actions/core (command.ts): a command ends at a line break and its properties at , or ::.
def _github_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _github_property(text: str) -> str:
    return _github_data(text).replace(":", "%3A").replace(",", "%2C")


_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.NOTE: 2}


def sort_problems(problems: list[Problem]) -> list[Problem]:
    """Errors first, then warnings, then notes; each group in file, sheet and line order. An error buried among
    warnings was missed: it is what stops the site, so it comes first."""
    return sorted(set(problems), key=lambda p: (_RANK[p.severity], p.file, p.sheet or "", p.line, p.column, p.code,
                                                p.message))


def internal_error(error: Exception) -> str:
    """What the Office reads when the checker itself fails: a sentence and the exception, never a traceback."""
    # The data cannot cause this (the tests feed it every kind of damage); if it happens anyway, the Office gets
    # a sentence, and the developers the exception's name and text.
    return ("LỖI NỘI BỘ: chương trình kiểm tra gặp sự cố không do số liệu của bạn. Hãy gửi dòng dưới đây cho "
            f"người phụ trách kỹ thuật.\n{type(error).__name__}: {visible(str(error))}")


# The last line of a build the data stopped: what to do, in one sentence.
FIX_AND_BUILD_AGAIN = ("Trang web chưa được dựng: hãy sửa các LỖI ở trên, bắt đầu từ lỗi đầu tiên, rồi dựng lại "
                       "(make validate kiểm tra riêng số liệu).")


def summary(problems: list[Problem]) -> str:
    """One line: how many of each kind, adding up to the number of problems listed, and how many more there are
    that the bounds left unlisted (read.limits)."""
    listed = [p for p in problems if not p.hidden]
    errors = sum(p.severity is Severity.ERROR for p in listed)
    warnings = sum(p.severity is Severity.WARNING for p in listed)
    notes = sum(p.severity is Severity.NOTE for p in listed)
    waiting = len({p.file for p in listed if p.severity is Severity.NOTE})
    more = sum(p.hidden for p in problems)
    if not problems:
        return "Dữ liệu hợp lệ: không có lỗi, không có cảnh báo."
    parts = [f"{errors} lỗi", f"{warnings} cảnh báo"] + ([f"{notes} ghi chú"] if notes else [])
    text = f"Tìm thấy {len(listed)} thông báo: {', '.join(parts[:-1])} và {parts[-1]}."
    if more:
        text += f" Còn {vi.number(more)} lỗi, cảnh báo khác chưa liệt kê (dòng “… và N lỗi khác” của mỗi tệp)."
    if any(p.is_error for p in problems):
        text += " Lỗi được xếp trước: sửa hết lỗi thì số liệu mới được dùng để dựng trang."
    if waiting:
        text += (f" {waiting} tệp chưa được kiểm tra hết vì còn lỗi (xem GHI CHÚ): sửa xong các lỗi, "
                 "lần kiểm tra sau có thể báo thêm.")
    return text


def report_text(problems: list[Problem]) -> str:
    """The check's report for a terminal, as `make validate` prints it: each problem at its place, then the summary."""
    return "".join(p.as_text() + "\n" for p in problems) + summary(problems)
