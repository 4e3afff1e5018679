"""Strict YAML reading: PyYAML's parser, our own value rules, and the line of every value.

PyYAML's safe loader silently keeps the last of two duplicate keys, reads `no` as false,
`0123` as 83 and `7:30` as 450. We only let PyYAML compose the node tree, then build values
ourselves: duplicates, tabs and YAML 1.1 surprises become problems at their line.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import yaml

from .problems import Problem, Severity

Path = tuple[str | int, ...]

_NULLS = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}
_INT = re.compile(r"-?(0|[1-9][0-9]*)")
_DECIMAL = re.compile(r"-?(0|[1-9][0-9]*)\.[0-9]+")
# Plain scalars that YAML 1.1 (PyYAML) reads as something else than their text shows.
_YAML11_BOOL = re.compile(r"(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)")
_LEADING_ZERO = re.compile(r"[-+]?0[0-9_]+(\.[0-9]*)?")
_SEXAGESIMAL = re.compile(r"[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?")
_OTHER_NUMBER = re.compile(
    r"[-+]?(0[xob][0-9a-fA-F_]+|[0-9][0-9_]*_[0-9_]*(\.[0-9_]*)?|\+[0-9]+(\.[0-9]*)?|\.[0-9]+|[0-9]+\.|\.(inf|Inf|INF|nan|NaN|NAN))"
)


@dataclass(frozen=True)
class Pos:
    line: int
    column: int


@dataclass
class Document:
    """A YAML file read strictly: its value and where each part of it stands."""

    file: str
    value: Any = None
    positions: dict[Path, Pos] = field(default_factory=dict)
    key_positions: dict[Path, Pos] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def pos(self, path: Path, *, key: bool = False) -> Pos:
        """The place of the value at `path`, or of its nearest parent that has one."""
        table = self.key_positions if key else self.positions
        path = tuple(path)
        while path:
            if path in table:
                return table[path]
            if key and path in self.positions:
                return self.positions[path]
            path = path[:-1]
        return self.positions.get((), Pos(1, 1))

    def problem(self, path: Path, code: str, message: str, *, key: bool = False,
                severity: Severity = Severity.ERROR) -> Problem:
        where = self.pos(path, key=key)
        return Problem(self.file, where.line, where.column, code, message, severity)


def _syntax_message(error: yaml.MarkedYAMLError) -> str:
    detail = f"{error.context or ''} {error.problem or ''}"
    if "mapping values are not allowed" in detail:
        hint = ("Có dấu hai chấm (:) không đúng chỗ. Nếu nội dung có dấu hai chấm, "
                "hãy đặt cả nội dung trong ngoặc kép \"…\".")
    elif "could not find expected ':'" in detail or "simple key" in detail:
        hint = "Thiếu dấu hai chấm (:) sau tên mục, hoặc một dòng bị xuống dòng giữa chừng."
    elif "quoted scalar" in detail or "end of stream" in detail:
        hint = "Có dấu ngoặc kép mở mà chưa đóng. Hãy kiểm tra cặp ngoặc kép \"…\"."
    elif "expected <block end>" in detail or "did not find expected key" in detail:
        hint = "Thụt lề không thẳng hàng: các mục cùng cấp phải bắt đầu ở cùng một cột."
    elif "expected '-' indicator" in detail or "block sequence" in detail:
        hint = "Danh sách bị thụt lề sai: mỗi phần tử bắt đầu bằng dấu gạch (-) ở cùng một cột."
    elif "single document" in detail:
        hint = "Tệp chỉ được có một phần; hãy xóa dòng '---' thừa."
    elif "alias" in detail or "anchor" in detail:
        hint = "Không dùng ký hiệu & hoặc * ở đầu giá trị; nếu là chữ, hãy đặt trong ngoặc kép."
    else:
        hint = "Hãy kiểm tra thụt lề, dấu hai chấm và dấu ngoặc kép ở dòng này và dòng ngay trên."
    return f"Tệp không đúng cú pháp YAML. {hint}"


def read_text(file: str, raw: bytes) -> tuple[str | None, list[Problem]]:
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return None, [Problem(file, line, 1, "file-encoding",
                              "Tệp không phải mã UTF-8, nên chữ tiếng Việt sẽ bị lỗi. "
                              "Hãy lưu lại tệp với mã UTF-8.")]


def _tab_problems(file: str, text: str) -> list[Problem]:
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            problems.append(Problem(
                file, number, indent.index("\t") + 1, "yaml-tab-indent",
                "Dòng này thụt lề bằng phím Tab. YAML chỉ chấp nhận dấu cách: "
                "hãy xóa Tab và thụt lề bằng dấu cách (2 dấu cách mỗi cấp)."))
    return problems


def parse(file: str, raw: bytes) -> Document:
    """Read one YAML file strictly; never raises for bad input."""
    doc = Document(file)
    text, problems = read_text(file, raw)
    doc.problems.extend(problems)
    if text is None:
        return doc
    tabs = _tab_problems(file, text)
    if tabs:
        doc.problems.extend(tabs)
        return doc
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        doc.problems.append(Problem(file, line, column, "yaml-syntax", _syntax_message(error)))
        return doc
    except yaml.YAMLError:
        doc.problems.append(Problem(file, 1, 1, "yaml-syntax",
                                    "Tệp không đúng cú pháp YAML. Hãy kiểm tra lại toàn bộ tệp."))
        return doc
    if node is None:
        doc.problems.append(Problem(file, 1, 1, "file-empty",
                                    "Tệp trống. Hãy khôi phục nội dung của tệp."))
        return doc
    doc.value = _Builder(doc).build(node, ())
    return doc


class _Builder:
    def __init__(self, doc: Document):
        self.doc = doc

    def _where(self, node: yaml.Node) -> Pos:
        return Pos(node.start_mark.line + 1, node.start_mark.column + 1)

    def _problem(self, node: yaml.Node, code: str, message: str,
                 severity: Severity = Severity.ERROR) -> None:
        where = self._where(node)
        self.doc.problems.append(Problem(self.doc.file, where.line, where.column, code, message, severity))

    def build(self, node: yaml.Node, path: Path) -> Any:
        self.doc.positions[path] = self._where(node)
        if not node.tag.startswith("tag:yaml.org,2002:"):
            self._problem(node, "yaml-tag", f"Không dùng nhãn '{node.tag}' trong tệp số liệu; hãy xóa nó.")
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, path + (index,)) for index, item in enumerate(node.value)]
        return self._scalar(node)

    def _mapping(self, node: yaml.MappingNode, path: Path) -> dict:
        result: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self._problem(key_node, "yaml-complex-key", "Tên mục phải là một chữ đơn giản.")
                continue
            key = self._text(key_node, key_node.value)
            if key in result:
                self._problem(key_node, "yaml-duplicate-key",
                              f"Mục '{key}' xuất hiện hai lần (lần đầu ở dòng {first_line[key]}). "
                              "Chỉ giữ một lần và gộp số liệu vào đó; chương trình không tự chọn giúp.")
                continue
            first_line[key] = key_node.start_mark.line + 1
            self.doc.key_positions[path + (key,)] = self._where(key_node)
            result[key] = self.build(value_node, path + (key,))
        return result

    def _text(self, node: yaml.ScalarNode, value: str) -> str:
        normal = unicodedata.normalize("NFC", value)
        if normal != value:
            self._problem(node, "text-not-nfc",
                          "Chữ ở đây được gõ theo kiểu dấu tách rời (Unicode tổ hợp); chương trình đã "
                          "tự chuyển sang kiểu dựng sẵn (NFC). Nên gõ lại bằng bộ gõ Unicode dựng sẵn.",
                          Severity.WARNING)
        return normal

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        value = node.value
        if node.style is not None:
            return self._text(node, value)
        if value in _NULLS:
            return None
        if value in _TRUE:
            return True
        if value in _FALSE:
            return False
        if _INT.fullmatch(value):
            return int(value)
        if _DECIMAL.fullmatch(value):
            return Decimal(value)
        if _YAML11_BOOL.fullmatch(value):
            self._problem(node, "yaml-ambiguous-bool",
                          f"Giá trị '{value}' dễ bị hiểu nhầm thành có/không. Nếu muốn ghi có/không, "
                          f"viết true hoặc false; nếu là chữ, đặt trong ngoặc kép: \"{value}\".")
            return self._text(node, value)
        if _LEADING_ZERO.fullmatch(value) or _SEXAGESIMAL.fullmatch(value) or _OTHER_NUMBER.fullmatch(value):
            self._problem(node, "yaml-ambiguous-number",
                          f"Giá trị '{value}' dễ bị đọc sai thành một số khác (ví dụ 0123 thành 83, "
                          f"7:30 thành 450). Nếu là số, viết số thường không có số 0 ở đầu; "
                          f"nếu là chữ, đặt trong ngoặc kép: \"{value}\".")
            return self._text(node, value)
        return self._text(node, value)
