"""Strict YAML reading: PyYAML's parser, our own value rules, and the line of every value.

PyYAML's safe loader silently keeps the last of two duplicate keys, reads `no` as false,
`0123` as 83 and `7:30` as 450. We take only the parser's events (libyaml's when PyYAML has it)
and build values ourselves: duplicates, tabs and YAML 1.1 surprises become problems at their line.
Anchors, aliases and absurd nesting are refused on the way, so no input can loop, explode or
overflow the stack.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Callable, Iterator, NamedTuple

import yaml

from ..core.catalogue import (
    FILE_EMPTY,
    FILE_ENCODING,
    NUMBER_TOO_LONG,
    TEXT_CONTROL_CHAR,
    TEXT_CURLY_QUOTES,
    TEXT_FORMULA_START,
    TEXT_INVISIBLE_CHAR,
    TEXT_NOT_NFC,
    TEXT_ODD_SPACE,
    YAML_AMBIGUOUS_BOOL,
    YAML_AMBIGUOUS_NUMBER,
    YAML_ANCHOR,
    YAML_COMPLEX_KEY,
    YAML_DUPLICATE_KEY,
    YAML_ODD_INDENT,
    YAML_SYNTAX,
    YAML_TAB_INDENT,
    YAML_TAG,
    Code,
    make,
)
from ..core.chars import describe, formula_start, is_control, is_invisible, is_odd_space
from ..core.problems import Problem
from .limits import Collector

Path = tuple[str | int, ...]

_NULLS = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}
_INT = re.compile(r"-?(0|[1-9][0-9]*)")
_DECIMAL = re.compile(r"-?(0|[1-9][0-9]*)\.[0-9]+")
# Quotes Word and phones put in for " and ': YAML takes them for text, so the page would show them.
_CURLY_OPEN, _CURLY_CLOSE = "“‘„”’", "”’“‘"
_CURLY = re.compile("[“”‘’„]")
# Plain scalars that YAML 1.1 (PyYAML) reads as something else than their text shows.
_YAML11_BOOL = re.compile(r"(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)")
_LEADING_ZERO = re.compile(r"[-+]?0[0-9_]+(\.[0-9]*)?")
_SEXAGESIMAL = re.compile(r"[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?")
_OTHER_NUMBER = re.compile(
    r"[-+]?(0[xob][0-9a-fA-F_]+|[0-9][0-9_]*_[0-9_]*(\.[0-9_]*)?|\+[0-9]+(\.[0-9]*)?|\.[0-9]+|[0-9]+\.|\.(inf|Inf|INF|nan|NaN|NAN))"
)


class Pos(NamedTuple):
    line: int
    column: int


class _Mark(NamedTuple):
    """A place as the parser's marks give it: line and column from 0."""

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

    def problem(self, path: Path, code: Code, *, key: bool = False, **blanks: object) -> Problem:
        """Problem `code` (see the catalogue) at the value at `path`, or at its key."""
        where = self.pos(path, key=key)
        return make(code, self.file, where.line, where.column, **blanks)


def text_rule(value: str, file: str, place: Callable[[str | None], tuple[int, int]]) -> tuple[str, list[Problem]]:
    """The one rule for text from data, in a YAML file and in a workbook alike: decomposed Unicode is composed
    (a warning), a control character other than a line break and an invisible or direction character are errors,
    an odd space becomes a space (a warning). The text as kept, and a problem for each kind found, at the
    (line, column) `place` gives for its first character (None: the text as a whole)."""
    problems = []
    text = unicodedata.normalize("NFC", value)
    if text != value:
        problems.append(make(TEXT_NOT_NFC, file, *place(None)))
    if text.isprintable():  # the usual case, at C speed
        return text, problems
    control = next((ch for ch in text if ch != "\n" and is_control(ch)), None)
    if control is not None:
        problems.append(make(TEXT_CONTROL_CHAR, file, *place(control), char=describe(control)))
    invisible = next((ch for ch in text if is_invisible(ch)), None)
    if invisible is not None:
        problems.append(make(TEXT_INVISIBLE_CHAR, file, *place(invisible), char=describe(invisible)))
    odd = next((ch for ch in text if is_odd_space(ch)), None)
    if odd is not None:
        problems.append(make(TEXT_ODD_SPACE, file, *place(odd), char=describe(odd)))
        text = "".join(" " if is_odd_space(ch) else ch for ch in text)
    return text, problems


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
    escape = _escape_at(lines, error.problem_mark) if "escape" in detail or "hexdecimal" in detail else None
    if escape is not None:
        line, column, hint = escape
    elif line <= len(lines) and lines[line - 1][column - 1:column] == "\t":
        hint = ("Có phím Tab ở giữa dòng (thường ngay sau dấu gạch -). YAML chỉ chấp nhận "
                "dấu cách: hãy xóa Tab và gõ một dấu cách.")
    elif "mapping values are not allowed" in detail and line <= len(lines) and _CURLY.search(lines[line - 1]):
        hint = ("Dòng này có dấu ngoặc kép cong “ ” hoặc ‘ ’ (thường do Word hay điện thoại tự đổi). “ ” không phải "
                "dấu ngoặc kép của YAML, nên dấu hai chấm (:) bên trong bị đọc nhầm. Hãy thay bằng ngoặc kép thẳng "
                "\"…\" (phím Shift và phím ').")
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
    elif "alias" in detail or "anchor" in detail:
        hint = "Không dùng ký hiệu & hoặc * ở đầu giá trị; nếu là chữ, hãy đặt trong ngoặc kép."
    else:
        hint = "Hãy kiểm tra thụt lề, dấu hai chấm và dấu ngoặc kép ở dòng này và dòng ngay trên."
    return make(YAML_SYNTAX, file, line, column, hint=hint)


_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|x([0-9A-Fa-f]{2})|.?)")


def _escape_at(lines: list[str], mark) -> tuple[int, int, str] | None:
    """A bad escape inside double quotes ("\\ud800", "\\q"), named as what it is, at its backslash."""
    if mark is None or mark.line >= len(lines):
        return None
    line = lines[mark.line]
    start = line.rfind("\\", 0, mark.column + 1)
    if start < 0:
        return None
    found = _ESCAPE.match(line, start)
    written = found.group()
    code = next((int(g, 16) for g in found.groups() if g), None)
    if code is not None and 0xD800 <= code <= 0xDFFF:
        hint = (f"Mã {written} trong ngoặc kép là một nửa của cặp mã thay thế UTF-16 (surrogate), không phải một "
                "ký tự, nên không dùng được. Hãy gõ thẳng ký tự muốn viết (không dùng mã \\u…).")
    elif code is not None:
        hint = (f"Mã {written} trong ngoặc kép không phải một ký tự Unicode (mã lớn nhất là \\U0010FFFF). Hãy "
                "gõ thẳng ký tự muốn viết.")
    else:
        hint = (f"Trong ngoặc kép, dấu \\ bắt đầu một mã đặc biệt, và {written or chr(92)} không phải mã nào (hoặc "
                "thiếu chữ số). Muốn viết chính dấu \\ (ví dụ một đường dẫn), hãy viết hai lần \\\\, hoặc đặt cả "
                "giá trị trong ngoặc đơn '…'.")
    return mark.line + 1, start + 1, hint


def read_text(file: str, raw: bytes) -> tuple[str | None, list[Problem]]:
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return None, [make(FILE_ENCODING, file, line, 1)]


# The characters PyYAML counts as line breaks, so our line numbers agree with its marks.
_LINE_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")
# Nesting far deeper than any data file: past it the input is garbage, not data.
_MAX_DEPTH = 40
# Digits of the longest number a data file may hold: the schemas bound each figure far below (counts of
# people at 100000, percentages at 100); this bounds the decimals, and keeps int() from ever refusing.
MAX_DIGITS = 15


def _line_of(text: str, index: int) -> int:
    return len(_LINE_BREAK.findall(text, 0, index)) + 1


# Line breaks YAML 1.1 knows and GitHub's editor does not: after one, every line number would be off by one.
_ODD_BREAK = re.compile("[\x85\u2028\u2029]")
_EDITOR_BREAK = re.compile("\r\n|[\r\n]")


def _separator_problems(file: str, text: str) -> Iterator[Problem]:
    """NEL, U+2028 and U+2029 written as themselves, at the line and column the Office's editor shows."""
    if not _ODD_BREAK.search(text):
        return
    for number, line in enumerate(_EDITOR_BREAK.split(text), start=1):
        found = _ODD_BREAK.search(line)
        if found is None:
            continue
        ch, column = found.group(), found.start() + 1
        if is_control(ch):
            yield make(TEXT_CONTROL_CHAR, file, number, column, char=describe(ch))
        else:
            yield make(TEXT_INVISIBLE_CHAR, file, number, column, char=describe(ch))


# What an editor shows as blank at the start of a line: spaces, tabs, and the spaces Word and web pages paste.
_INDENT = re.compile("[ \t\u00a0\u1680\u2000-\u200b\u202f\u205f\u2060\u3000\ufeff]*")


def _indent_problems(file: str, text: str) -> Iterator[Problem]:
    """Indentation that is not made of spaces. libyaml takes a non-breaking space for text, so the file
    reads on and fails lines further down, with a message about something else: report it where it is."""
    for number, line in enumerate(_EDITOR_BREAK.split(text), start=1):  # lines as the Office's editor counts them
        indent = _INDENT.match(line).group()
        if not indent.strip(" "):
            continue
        if "\t" in indent:
            yield make(YAML_TAB_INDENT, file, number, indent.index("\t") + 1)
        else:
            odd = next(ch for ch in indent if ch != " ")
            yield make(YAML_ODD_INDENT, file, number, indent.index(odd) + 1, char=describe(odd))


class _Refused(Exception):
    """A construct our data never needs, refused while reading so it cannot expand or loop."""

    def __init__(self, problem: Problem):
        super().__init__(problem.message)
        self.problem = problem


if yaml.__with_libyaml__:
    from yaml._yaml import CParser as _Events  # libyaml: the events PyYAML's own parser gives, many times faster
else:  # pragma: no cover - PyYAML built without libyaml

    class _Events(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser):
        def __init__(self, stream: str):
            yaml.reader.Reader.__init__(self, stream)
            yaml.scanner.Scanner.__init__(self)
            yaml.parser.Parser.__init__(self)


def _read(doc: Document, text: str) -> None:
    """Fill `doc` with the value of `text`, or with the reason it has none."""
    events = None
    reader = _Reader(doc.file, text)
    try:
        events = _Events(text)  # reads the whole text at once: a bad character stops it here
        value = reader.document(events)
    except _Refused as refused:
        doc.problems.append(refused.problem)
        return
    except yaml.MarkedYAMLError as error:
        doc.problems.append(_syntax_problem(doc.file, text, error))
        return
    except yaml.reader.ReaderError as error:
        # libyaml counts the position in bytes of the UTF-8 text, PyYAML's reader in characters.
        before = text.encode("utf-8")[:error.position].decode("utf-8", "ignore") if yaml.__with_libyaml__ \
            else text[:error.position]
        line = _line_of(before, len(before))
        column = len(before) - before.rfind("\n")
        doc.problems.append(make(TEXT_CONTROL_CHAR, doc.file, line, column, char=describe(chr(error.character))))
        return
    except yaml.YAMLError:
        doc.problems.append(make(YAML_SYNTAX, doc.file, 1, 1, hint="Hãy kiểm tra lại toàn bộ tệp."))
        return
    finally:
        if events is not None:
            events.dispose()
    # Problems of values count only in a file that reads to the end: a syntax error comes alone.
    doc.problems.extend(reader.problems.problems())
    if value is None:  # nothing, only comments, or a lone '---' or '~': none of it is data
        doc.problems.append(make(FILE_EMPTY, doc.file, 1, 1))
        return
    doc.value = value
    doc.positions.update(reader.positions)
    doc.key_positions.update(reader.key_positions)


def parse(file: str, raw: bytes) -> Document:
    """Read one YAML file strictly; never raises for bad input."""
    doc = Document(file)
    text, problems = read_text(file, raw)
    doc.problems.extend(problems)
    if text is None:
        return doc
    layout = Collector(file)
    layout.extend(_separator_problems(file, text))
    layout.extend(_indent_problems(file, text))
    if layout.kept:
        doc.problems.extend(layout.problems())
        return doc
    _read(doc, text)
    return doc


class _Reader:
    """Builds values straight from the parser's events, noting where each one stands.

    Going from events to values, without PyYAML's node tree, halves the time of a large file. Anchors and
    aliases are refused (they can make a value that expands exponentially or contains itself; a data file
    never needs them), nesting is bounded, and every explicit tag is flagged.
    """

    def __init__(self, file: str, text: str):
        self.file = file
        self.text = text
        self._lines: list[str] | None = None
        self.problems = Collector(file)
        self.positions: dict[Path, Pos] = {}
        self.key_positions: dict[Path, Pos] = {}

    def document(self, events) -> Any:
        events.get_event()  # stream start
        if events.check_event(yaml.StreamEndEvent):
            return None
        events.get_event()  # document start
        value = self._node(events, (), 1)
        events.get_event()  # document end
        if not events.check_event(yaml.StreamEndEvent):
            mark = events.peek_event().start_mark
            raise _Refused(make(YAML_SYNTAX, self.file, mark.line + 1, mark.column + 1,
                                hint="Tệp chỉ được có một phần; hãy xóa dòng '---' thừa."))
        return value

    def _problem(self, mark, code: Code, **blanks: object) -> None:
        if self.problems.full:  # counted, not written: a file of 100,000 mistakes costs no 100,000 messages
            self.problems.count(1, code.severity)
            return
        self.problems.add(make(code, self.file, mark.line + 1, mark.column + 1, **blanks))

    def _check_node(self, event, depth: int) -> None:
        """Refuse an alias, an anchor or absurd nesting at `event`; note an explicit tag."""
        mark = event.start_mark
        if isinstance(event, yaml.AliasEvent) or event.anchor is not None:
            raise _Refused(make(YAML_ANCHOR, self.file, mark.line + 1, mark.column + 1))
        if depth > _MAX_DEPTH:
            raise _Refused(make(YAML_SYNTAX, self.file, mark.line + 1, mark.column + 1,
                                hint=f"Các mục lồng nhau quá {_MAX_DEPTH} cấp: hãy kiểm tra các dấu ngoặc "
                                     "[ ] và { } ở dòng này."))
        if event.tag is not None and event.tag != "!":
            self._problem(mark, YAML_TAG, tag=event.tag.replace("tag:yaml.org,2002:", "!!"))

    def _node(self, events, path: Path | None, depth: int) -> Any:
        """The value of the next node; its place is noted under `path` unless that is None (a dropped node)."""
        event = events.peek_event()
        self._check_node(event, depth)
        events.get_event()
        mark = event.start_mark
        if path is not None:
            self.positions[path] = Pos(mark.line + 1, mark.column + 1)
        if isinstance(event, yaml.ScalarEvent):
            return self._scalar(event)
        if isinstance(event, yaml.SequenceStartEvent):
            items = []
            while not events.check_event(yaml.SequenceEndEvent):
                items.append(self._node(events, None if path is None else path + (len(items),), depth + 1))
            events.get_event()
            return items
        return self._mapping(events, path, depth)

    def _mapping(self, events, path: Path | None, depth: int) -> dict:
        result: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        while not events.check_event(yaml.MappingEndEvent):
            key_event = events.peek_event()
            mark = key_event.start_mark
            if not isinstance(key_event, yaml.ScalarEvent):
                if not isinstance(key_event, yaml.AliasEvent):
                    self._problem(mark, YAML_COMPLEX_KEY)
                self._node(events, None, depth + 1)  # the key, dropped (an alias raises)
                self._node(events, None, depth + 1)  # its value, dropped
                continue
            self._check_node(events.peek_event(), depth)
            events.get_event()
            key = self._text(key_event)
            if key in result:
                self._problem(mark, YAML_DUPLICATE_KEY, name=key, first_line=first_line[key])
                self._node(events, None, depth + 1)
                continue
            first_line[key] = mark.line + 1
            child = None if path is None else path + (key,)
            if child is not None:
                self.key_positions[child] = Pos(mark.line + 1, mark.column + 1)
            result[key] = self._node(events, child, depth + 1)
        events.get_event()
        return result

    def _text(self, event) -> str:
        """The scalar's text by the one rule for text (`text_rule`), each problem at its character when written
        as itself, at the start of the value when written as an escape ("\\e"). A line break stays: the pages
        show it as a space, and ids refuse it by their pattern."""
        def place(ch: str | None) -> tuple[int, int]:
            mark = event.start_mark if ch is None else self._mark_of(event, ch)
            return mark.line + 1, mark.column + 1

        text, problems = text_rule(event.value, self.file, place)
        self.problems.extend(problems)
        return text

    def _mark_of(self, event, ch: str):
        """Where `ch` stands in the text of `event` when written as itself; the start of the value when it is
        written as an escape."""
        if self._lines is None:
            self._lines = _LINE_BREAK.split(self.text)
        start, end = event.start_mark, event.end_mark
        for number in range(start.line, min(end.line, len(self._lines) - 1) + 1):
            line = self._lines[number]
            found = line.find(ch, start.column if number == start.line else 0,
                              end.column if number == end.line else len(line))
            if found >= 0:
                return _Mark(number, found)
        return start

    def _number(self, event) -> int | Decimal | str:
        """A number as written, or its text when it has more digits than any figure: Python's int() refuses
        more than 4,300 digits with an exception, and no count, year or percentage needs more than a few."""
        value = event.value
        digits = sum(ch.isdigit() for ch in value)
        if digits > MAX_DIGITS:
            shown = value if len(value) <= 20 else value[:20] + "…"
            self._problem(event.start_mark, NUMBER_TOO_LONG, value=shown, digits=digits, limit=MAX_DIGITS)
            return value
        return Decimal(value) if "." in value else int(value)

    def _value_text(self, event) -> str:
        text = self._text(event)
        start = formula_start(text)
        if start and not is_control(start):  # shown as text everywhere (markup.spreadsheet_cell): was it meant?
            self._problem(event.start_mark, TEXT_FORMULA_START, char=start)
        return text

    def _scalar(self, event) -> Any:
        value = event.value
        if event.style:  # quoted or block text; plain is None (PyYAML) or "" (libyaml)
            return self._value_text(event)
        if value in _NULLS:
            return None
        if value in _TRUE:
            return True
        if value in _FALSE:
            return False
        if _INT.fullmatch(value) or _DECIMAL.fullmatch(value):
            return self._number(event)
        if len(value) > 1 and value[0] in _CURLY_OPEN and value[-1] in _CURLY_CLOSE:
            self._problem(event.start_mark, TEXT_CURLY_QUOTES, quotes=f"{value[0]}…{value[-1]}")
        elif _YAML11_BOOL.fullmatch(value):
            self._problem(event.start_mark, YAML_AMBIGUOUS_BOOL, value=value)
        elif _LEADING_ZERO.fullmatch(value) or _SEXAGESIMAL.fullmatch(value) or _OTHER_NUMBER.fullmatch(value):
            self._problem(event.start_mark, YAML_AMBIGUOUS_NUMBER, value=value)
        return self._value_text(event)
