"""Strict YAML reading: PyYAML's parser, our own value rules, and the line of every value.

PyYAML's safe loader silently keeps the last of two duplicate keys, reads `no` as false,
`0123` as 83 and `7:30` as 450. We only let PyYAML compose the node tree, then build values
ourselves: duplicates, tabs and YAML 1.1 surprises become problems at their line. Anchors, aliases
and absurd nesting are refused while composing, so no input can loop, explode or overflow the stack.
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


# Where PyYAML notices these, the mistake is where the construct began (its context mark).
_STARTED_EARLIER = ("simple key", "quoted scalar", "flow sequence", "flow mapping")
# A line that reads as an ordinary `key: value` or `- key: value` entry.
_KEY_LINE = re.compile(r"\s*(?:-\s+)?[^\s:#'\"\[\]{}&*!|>%@`-][^:#]*:(?:\s|$)")


def _syntax_problem(file: str, text: str, error: yaml.MarkedYAMLError) -> Problem:
    """A PyYAML syntax error as a problem at the line where the Office should look."""
    detail = f"{error.context or ''} {error.problem or ''}"
    mark = error.problem_mark or error.context_mark
    if error.context_mark and any(f"while scanning a {w}" in detail or f"while parsing a {w}" in detail
                                  for w in _STARTED_EARLIER):
        mark = error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    lines = _LINE_BREAK.split(text)
    if "'\\t'" in detail:
        hint = ("Có phím Tab ở giữa dòng (thường ngay sau dấu hai chấm hoặc dấu gạch). YAML chỉ chấp nhận "
                "dấu cách: hãy xóa Tab và gõ một dấu cách.")
    elif ("mapping values are not allowed" in detail and line <= len(lines) and _KEY_LINE.match(lines[line - 1])
          and lines[line - 1].find(":") == column - 1):
        # An ordinary entry read as the tail of the text above it: that line lacks its colon, or this one
        # is indented too far.
        above = next((n for n in range(line - 1, 0, -1)
                      if lines[n - 1].strip() and not lines[n - 1].lstrip().startswith("#")), None)
        if above is not None and not _KEY_LINE.match(lines[above - 1]):
            line, column = above, len(lines[above - 1]) - len(lines[above - 1].lstrip()) + 1
            hint = ("Dòng này thiếu dấu hai chấm (:) sau tên mục, nên dòng dưới bị đọc nối vào nó. "
                    "Hãy viết dạng tên_mục: giá trị.")
        else:
            hint = ("Dòng này bị đọc nối vào dòng trên: có thể dòng này thụt lề sai so với các mục cùng cấp, "
                    "hoặc dòng trên có dấu hai chấm (:) trong nội dung (khi đó đặt nội dung trong ngoặc kép \"…\").")
    elif "mapping values are not allowed" in detail:
        hint = ("Có dấu hai chấm (:) không đúng chỗ. Nếu nội dung có dấu hai chấm, "
                "hãy đặt cả nội dung trong ngoặc kép \"…\".")
    elif "could not find expected ':'" in detail or "simple key" in detail:
        hint = "Thiếu dấu hai chấm (:) sau tên mục, hoặc một dòng bị xuống dòng giữa chừng."
    elif "flow sequence" in detail or "flow mapping" in detail:
        hint = "Có dấu ngoặc [ hoặc { mở ở đây mà chưa đóng. Hãy thêm ] hoặc } ở cuối, trên cùng dòng."
    elif "quoted scalar" in detail or "end of stream" in detail:
        hint = "Có dấu ngoặc kép mở ở đây mà chưa đóng. Hãy kiểm tra cặp ngoặc kép \"…\"."
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
    return Problem(file, line, column, "yaml-syntax", f"Tệp không đúng cú pháp YAML. {hint}")


def read_text(file: str, raw: bytes) -> tuple[str | None, list[Problem]]:
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return None, [Problem(file, line, 1, "file-encoding",
                              "Tệp không phải mã UTF-8, nên chữ tiếng Việt sẽ bị lỗi. "
                              "Hãy lưu lại tệp với mã UTF-8.")]


# The characters PyYAML counts as line breaks, so our line numbers agree with its marks.
_LINE_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")
# Nesting far deeper than any data file: past it the input is garbage, not data.
_MAX_DEPTH = 40


def _line_of(text: str, index: int) -> int:
    return len(_LINE_BREAK.findall(text, 0, index)) + 1


def _tab_problems(file: str, text: str) -> list[Problem]:
    problems = []
    for number, line in enumerate(_LINE_BREAK.split(text), start=1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            problems.append(Problem(
                file, number, indent.index("\t") + 1, "yaml-tab-indent",
                "Dòng này thụt lề bằng phím Tab. YAML chỉ chấp nhận dấu cách: "
                "hãy xóa Tab và thụt lề bằng dấu cách (2 dấu cách mỗi cấp)."))
    return problems


class _Refused(Exception):
    """A construct our data never needs, refused while composing so it cannot expand or loop."""

    def __init__(self, problem: Problem):
        super().__init__(problem.message)
        self.problem = problem


class _Composer(yaml.SafeLoader):
    """PyYAML's safe composer that refuses anchors and aliases, bounds nesting and notes explicit tags.

    Aliases can make a tree that expands exponentially or refers to itself; a data file never needs them.
    """

    def __init__(self, stream: str, file: str):
        super().__init__(stream)
        self.file = file
        self.depth = 0
        self.explicit_tags: list[tuple[yaml.Mark, str]] = []

    def compose_node(self, parent, index):
        event = self.peek_event()
        line, column = event.start_mark.line + 1, event.start_mark.column + 1
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise _Refused(Problem(
                self.file, line, column, "yaml-anchor",
                "Không dùng ký hiệu & (đặt tên) hoặc * (dùng lại) ở đầu giá trị trong tệp số liệu: "
                "hãy chép đầy đủ nội dung. Nếu đó là chữ, đặt cả giá trị trong ngoặc kép \"…\"."))
        if getattr(event, "tag", None) not in (None, "!"):
            self.explicit_tags.append((event.start_mark, event.tag))
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise _Refused(Problem(
                self.file, line, column, "yaml-syntax",
                f"Tệp không đúng cú pháp YAML: các mục lồng nhau quá {_MAX_DEPTH} cấp. "
                "Hãy kiểm tra các dấu ngoặc [ ] và { } ở dòng này."))
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def _compose(doc: Document, text: str) -> yaml.Node | None:
    """The node tree of `text`, or None with the reason noted in `doc`."""
    loader = None
    try:
        loader = _Composer(text, doc.file)  # reads the whole text at once: a bad character stops it here
        node = loader.get_single_node()
    except _Refused as refused:
        doc.problems.append(refused.problem)
        return None
    except yaml.MarkedYAMLError as error:
        doc.problems.append(_syntax_problem(doc.file, text, error))
        return None
    except yaml.reader.ReaderError as error:
        line = _line_of(text, error.position)
        start = text.rfind("\n", 0, error.position) + 1
        doc.problems.append(Problem(
            doc.file, line, error.position - start + 1, "text-control-char",
            f"Dòng này có một ký tự điều khiển không nhìn thấy (mã U+{error.character:04X}), thường do chép "
            "từ Word, PDF hoặc trang web. Hãy xóa ký tự đó (gõ lại đoạn chữ quanh vị trí này)."))
        return None
    except yaml.YAMLError:
        doc.problems.append(Problem(doc.file, 1, 1, "yaml-syntax",
                                    "Tệp không đúng cú pháp YAML. Hãy kiểm tra lại toàn bộ tệp."))
        return None
    finally:
        if loader is not None:
            loader.dispose()
    for mark, tag in loader.explicit_tags:
        doc.problems.append(Problem(
            doc.file, mark.line + 1, mark.column + 1, "yaml-tag",
            f"Không dùng nhãn '{tag.replace('tag:yaml.org,2002:', '!!')}' trong tệp số liệu; hãy xóa nó. "
            "Nếu muốn giá trị là chữ, đặt nó trong ngoặc kép \"…\"."))
    if node is None:
        doc.problems.append(Problem(doc.file, 1, 1, "file-empty",
                                    "Tệp trống. Hãy khôi phục nội dung của tệp."))
    return node


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
    node = _compose(doc, text)
    if node is not None:
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
