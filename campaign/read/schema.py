"""JSON Schema validation of a data file, each error turned into a Vietnamese problem at its line."""

from __future__ import annotations

import difflib
import json
import re
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from jsonschema import Draft202012Validator, FormatChecker, validators
from jsonschema.exceptions import ValidationError

from ..core import figures, vi
from ..core.catalogue import (
    ILLUSTRATIVE_ELSEWHERE,
    PERCENT_CONFIRMATION_MISMATCH,
    PERCENT_LOOKS_LIKE_FRACTION,
    PERCENT_OUT_OF_RANGE,
    SCHEMA_DATE_FORMAT,
    SCHEMA_DUPLICATE_ITEM,
    SCHEMA_EMPTY,
    SCHEMA_ENUM,
    SCHEMA_ID_FORMAT,
    SCHEMA_INVALID,
    SCHEMA_RANGE,
    SCHEMA_REQUIRED,
    SCHEMA_TYPE,
    SCHEMA_UNKNOWN_KEY,
    TEXT_TOO_LONG,
    TOO_MANY_ITEMS,
)
from ..core.chars import visible
from ..core.problems import Problem, Severity
from .limits import MAX_PROBLEMS_PER_FILE, not_shown
from .strict_yaml import Document
from .workbook_layout import WorkbookDocument

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "data" / "schemas"
# Written beside a share strictly between 0 and 1, repeating it, to say it is really under 1 %.
CONFIRM_KEY = "xac_nhan_duoi_1_phan_tram"

# What each id pattern of the schemas asks, in the Office's words (a test holds every pattern to an entry).
ID_RULES = {
    "^[a-z0-9]+(-[a-z0-9]+)*$": "chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ van-phong",
    "^[A-Za-z0-9]+(\\.[A-Za-z0-9]+)*$": "gồm chữ không dấu và số, các phần nối bằng một dấu chấm, ví dụ II.3a",
}

_TYPE_WORDS = {
    "integer": "một số nguyên (ví dụ 12)",
    "number": "một số (ví dụ 22.5)",
    "string": "chữ",
    "boolean": "true (có) hoặc false (không)",
    "array": "một danh sách, mỗi phần tử trên một dòng bắt đầu bằng dấu gạch (-)",
    "object": "một nhóm mục con, mỗi mục dạng tên: giá trị",
    "null": "để trống",
}


def python_regex(pattern: str) -> str:
    """A JSON Schema pattern (ECMA-262) for Python's re: `$` ends the text in ECMA-262, while Python's `$`
    also matches before a final line break, so "phong-b\\n" passed every id pattern and made a folder
    with a line break in its name. The schemas keep the standard `$`, which the Office's editor reads right."""
    out, escaped, in_class = [], False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "$":
            ch = r"\Z"
        out.append(ch)
    return "".join(out)


@lru_cache(maxsize=None)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(python_regex(pattern))


def _pattern(validator, pattern, instance, schema):
    if validator.is_type(instance, "string") and not _compiled(pattern).search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


_Validator = validators.extend(Draft202012Validator, {"pattern": _pattern})
# "format": "phan-tram" marks a percentage (an annotation the Office's editor ignores). Its one check: a value
# strictly between 0 and 1, what a cell formatted as a percentage in Excel gives (24,5 % is 0.245). It is an
# error unless confirmed: in YAML by CONFIRM_KEY beside it repeating the value, in a workbook by the cell's own
# percentage format (the clerk saw 0,5 %).
_FORMATS = FormatChecker(formats=())


def is_fraction(value: object) -> bool:
    return not isinstance(value, bool) and isinstance(value, (int, Decimal)) and 0 < value < 1


@_FORMATS.checks("phan-tram")
def _not_a_fraction(value: object) -> bool:
    return not is_fraction(value)


@lru_cache(maxsize=None)
def percent_keys() -> frozenset[str]:
    """The keys whose values are percentages ("format": "phan-tram") in any of the schemas."""
    found = set()

    def walk(node):
        if isinstance(node, dict):
            for name, sub in node.get("properties", {}).items():
                if isinstance(sub, dict) and sub.get("format") == "phan-tram":
                    found.add(name)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in sorted(SCHEMA_DIR.glob("*.schema.json")):
        walk(json.loads(path.read_text(encoding="utf-8")))
    return frozenset(found)


def _figure_schema(figure: figures.Figure) -> dict:
    if figure.form is figures.Form.COUNT:
        found = {"type": ["integer", "null"], "minimum": 0, "maximum": figures.MAX_PEOPLE}
    elif figure.form is figures.Form.CHOICE:
        found = {"enum": [c.code for c in figure.choices] + [None]}
    elif figure.form is figures.Form.YES_NO:
        found = {"type": ["boolean", "null"]}
    else:
        found = {"type": ["number", "null"], "format": "phan-tram", "minimum": 0, "maximum": 100}
    return found | {"description": figure.description}


def with_figures(kind: str, schema: dict) -> dict:
    """`schema` with its parts about a unit's figures made from the figure table (core/figures.py): the figures
    of a unit's entry in a results file, and the count keys a target or a cap may add up. The committed JSON
    files hold the same (a test says so; `python -m campaign schemas` writes them), for the Office's editor."""
    schema = json.loads(json.dumps(schema))
    if kind == "chien-dich":
        counts = list(figures.COUNTS)
        schema["$defs"]["so_dem"]["enum"] = counts
        schema["$defs"]["cac_so_dem"]["description"] = ("Các số đếm được cộng lại, lấy trên tất cả đơn vị: "
                                                        + ", ".join(counts) + ".")
    elif kind == "ket-qua":
        item = schema["properties"]["don_vi"]["items"]
        made = {}
        for entry in figures.ENTRIES:
            grouped = figures.in_group(entry)
            made[entry] = _figure_schema(figures.BY_KEY[entry]) if not grouped else {
                "type": ["object", "null"], "additionalProperties": False, "required": [f.key for f in grouped],
                "properties": {f.key: _figure_schema(f) for f in grouped}, "description": figures.GROUPS[entry]}
        # The figures take the place of those written before; the unit's other keys keep theirs.
        properties, placed = {}, False
        for key, value in item["properties"].items():
            if key not in figures.ENTRIES:
                properties[key] = value
            elif not placed:
                properties |= made
                placed = True
        item["properties"] = properties if placed else properties | made
    return schema


def write_schemas() -> list[str]:
    """Write the figure table's parts into the committed schema files; the names of those it changed."""
    changed = []
    for kind in ("chien-dich", "ket-qua"):
        path = schema_file(kind)
        text = path.read_text(encoding="utf-8")
        made = json.dumps(with_figures(kind, json.loads(text)), ensure_ascii=False, indent=2) + "\n"
        if made != text:
            path.write_text(made, encoding="utf-8")
            changed.append(path.name)
    return changed


def schema_file(kind: str) -> Path:
    return SCHEMA_DIR / f"{kind}.schema.json"


@lru_cache(maxsize=None)
def validator(kind: str) -> Draft202012Validator:
    # The schemas are checked against the metaschema by the tests (tests/test_schemas.py), not on every
    # run: that check alone took a third of the time `validate` spends on the real data.
    schema = json.loads(schema_file(kind).read_text(encoding="utf-8"))
    return _Validator(with_figures(kind, schema), format_checker=_FORMATS)


def validate(doc: Document, kind: str) -> Iterator[Problem]:
    """The schema's problems, as the validator finds them. A list past its `maxItems` ends the check: its
    entries are not checked one by one (each schema says `maxItems` before `items`, so the bound comes first)."""
    for error in validator(kind).iter_errors(doc.value):
        if error.validator == "format" and _confirmed(doc, tuple(error.absolute_path), error.instance):
            continue
        yield from _problems(doc, error)
        if error.validator in ("maxItems", "maxProperties"):
            return
    if not isinstance(doc, WorkbookDocument):
        yield from _stale_confirmations(doc, doc.value, ())


def _confirmed(doc: Document, path: tuple, value: object) -> bool:
    """Whether the Office said that the share at `path`, under 1 %, is really that small."""
    if isinstance(doc, WorkbookDocument):
        return path in doc.percent_cells
    parent = _value_at(doc.value, path[:-1])
    confirmation = parent.get(CONFIRM_KEY) if isinstance(parent, dict) else None
    return is_fraction(confirmation) and confirmation == value


def _value_at(value: object, path: tuple) -> object:
    for step in path:
        try:
            value = value[step]
        except (KeyError, IndexError, TypeError):
            return None
    return value


def _stale_confirmations(doc: Document, value: object, path: tuple) -> list[Problem]:
    """Each confirmation that does not repeat the share under 1 % beside it: edited, or no longer needed."""
    found = []
    if isinstance(value, dict):
        confirmation = value.get(CONFIRM_KEY)
        if is_fraction(confirmation):
            shares = [(k, value[k]) for k in value if k in percent_keys()]
            if not any(is_fraction(v) and v == confirmation for _, v in shares):
                field, share = shares[0] if shares else ("tỷ lệ", None)
                state = ("để trống" if share is None and shares else "không có" if not shares
                         else f"là {_show(share)}")
                found.append(doc.problem(path + (CONFIRM_KEY,), PERCENT_CONFIRMATION_MISMATCH, key=True,
                                         confirmed=_show(confirmation), field=field, state=state))
        items = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        return found
    for key, item in items:
        found.extend(_stale_confirmations(doc, item, path + (key,)))
    return found


def _show(value: object) -> str:
    """A value as the Office wrote it in YAML, never as Python prints it; what cannot be seen, by its code."""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    text = visible(text if len(text) <= 60 else text[:57] + "…")
    return text


def _subject(value: object, doc: Document | None = None, path: tuple = ()) -> str:
    """The start of a sentence about a value that is wrong; in a workbook, the cell's column and what it shows."""
    header = doc.header(path) if isinstance(doc, WorkbookDocument) else None
    if header and value is not None and not isinstance(value, (dict, list)):
        return f"Ô {header} ghi {doc.shown(path, value)}:"
    if value is None:
        return "Mục này đang để trống nên"
    if isinstance(value, dict):
        return "Ở đây đang là một nhóm mục con nên"
    if isinstance(value, list):
        return "Ở đây đang là một danh sách nên"
    return f"Giá trị '{_show(value)}'"


def _suggest(word: object, choices) -> str:
    if not isinstance(word, str):
        return ""
    close = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1, cutoff=0.6)
    return f" Có phải ý bạn là '{close[0]}'?" if close else ""


def _problems(doc: Document, error: ValidationError) -> Iterable[Problem]:
    path = tuple(error.absolute_path)
    kind = error.validator
    schema = error.schema if isinstance(error.schema, dict) else {}
    described = schema.get("description", "")
    if kind == "required":
        missing = [k for k in error.validator_value if k not in error.instance]
        props = schema.get("properties", {})
        return [doc.problem(path, SCHEMA_REQUIRED, name=name, description=props.get(name, {}).get("description", ""))
                for name in missing]
    if kind == "additionalProperties":
        known = list(schema.get("properties", {}))
        extra = [k for k in error.instance if k not in known]
        # A mapping of 50,000 unknown keys: the first are said (each with a suggestion, which costs), the rest counted.
        said = [doc.problem(path + (name,), ILLUSTRATIVE_ELSEWHERE, key=True) if name == "minh_hoa" and not path
                else doc.problem(path + (name,), SCHEMA_UNKNOWN_KEY, key=True, **_unknown_key(name, known))
                for name in extra[:MAX_PROBLEMS_PER_FILE]]
        if len(extra) > MAX_PROBLEMS_PER_FILE:
            said.append(not_shown(doc.file, len(extra) - MAX_PROBLEMS_PER_FILE, Severity.ERROR))
        return said
    if list(error.schema_path)[-2:-1] == ["propertyNames"]:
        # jsonschema checks each key against `propertyNames` as if it were a value of the object.
        name = error.instance
        if kind == "enum":
            return [doc.problem(path + (name,), SCHEMA_UNKNOWN_KEY, key=True,
                                **_unknown_key(name, error.validator_value))]
        if kind == "maxLength":
            return [doc.problem(path + (name,), TEXT_TOO_LONG, key=True, length=len(name),
                                limit=error.validator_value)]
        return [doc.problem(path + (name,), SCHEMA_ID_FORMAT, key=True, value=_show(name),
                            rule=ID_RULES[error.validator_value])]
    if kind == "type":
        wanted = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        words = " hoặc ".join(_TYPE_WORDS.get(w, w) for w in wanted)
        hint = ""
        if isinstance(error.instance, str) and re.fullmatch(r"-?\d+,\d+", error.instance):
            hint = f" Số thập phân viết bằng dấu chấm: {error.instance.replace(',', '.')}."
        elif isinstance(error.instance, str) and error.instance.lower() in {"có", "co", "không", "khong"}:
            hint = " Viết true thay cho 'có', false thay cho 'không'."
        return [doc.problem(path, SCHEMA_TYPE, subject=_subject(error.instance), wanted=words, hint=hint)]
    if kind in ("enum", "const"):
        allowed = error.validator_value if kind == "enum" else [error.validator_value]
        listed = ", ".join(str(a) for a in allowed if a is not None)
        if None in allowed:
            listed += " (hoặc để trống khi chưa có)"
        return [doc.problem(path, SCHEMA_ENUM, subject=_subject(error.instance),
                            suggestion=_suggest(error.instance, [a for a in allowed if a is not None]),
                            allowed=listed)]
    if kind == "pattern":
        if "/" in error.validator_value:
            return [doc.problem(path, SCHEMA_DATE_FORMAT, value=_show(error.instance))]
        return [doc.problem(path, SCHEMA_ID_FORMAT, value=_show(error.instance), rule=ID_RULES[error.validator_value])]
    if kind == "format":  # a percentage written as a fraction
        meant = Decimal(error.instance) * 100
        written, value = f"{meant.normalize():f}", _show(error.instance)
        if isinstance(doc, WorkbookDocument):
            fix = (f"Ô này là số thường, không phải phần trăm: hãy gõ lại {vi.exact(meant)} vào ô (ô tự thành "
                   f"{vi.exact(meant)}%). Nếu tỷ lệ đúng là {vi.exact(error.instance)}%, dưới 1%, hãy gõ kèm dấu "
                   f"%: {vi.exact(error.instance)}%.")
        else:
            fix = (f"Ở đây ghi số phần trăm, không kèm dấu %: {written}. Nếu tỷ lệ đúng là {vi.exact(error.instance)}%, "
                   f"dưới 1%, hãy ghi thêm ngay dưới dòng này: {CONFIRM_KEY}: {value}")
        return [doc.problem(path, PERCENT_LOOKS_LIKE_FRACTION, meant=vi.exact(meant), fix=fix,
                            subject=_subject(error.instance, doc, path) if isinstance(doc, WorkbookDocument)
                            else f"Tỷ lệ {value}")]
    if kind in ("minimum", "maximum"):
        if schema.get("format") == "phan-tram":
            workbook = isinstance(doc, WorkbookDocument)
            fix = ("Hãy gõ lại số phần trăm từ 0 đến 100 vào ô, ví dụ 24,5 (ô tự thành 24,5%)." if workbook
                   else "Hãy ghi số từ 0 đến 100, không kèm dấu %.")
            return [doc.problem(path, PERCENT_OUT_OF_RANGE, fix=fix,
                                subject=_subject(error.instance, doc, path).rstrip(":") if workbook
                                else f"Phần trăm {_show(error.instance)}")]
        return [doc.problem(path, SCHEMA_RANGE, subject=_subject(error.instance, doc, path).rstrip(":"),
                            bound="nhỏ nhất" if kind == "minimum" else "lớn nhất", limit=error.validator_value)]
    if kind == "maxLength":
        return [doc.problem(path, TEXT_TOO_LONG, length=len(error.instance), limit=error.validator_value)]
    if kind in ("maxItems", "maxProperties"):
        name = path[-1] if path and isinstance(path[-1], str) else "này"
        return [doc.problem(path, TOO_MANY_ITEMS, key=True, name=name, count=vi.number(len(error.instance)),
                            limit=vi.number(error.validator_value))]
    if kind in ("minItems", "minLength"):
        return [doc.problem(path, SCHEMA_EMPTY)]
    if kind == "uniqueItems":
        return [doc.problem(path, SCHEMA_DUPLICATE_ITEM)]
    return [doc.problem(path, SCHEMA_INVALID, subject=_subject(error.instance), description=described)]


def _unknown_key(name: object, known) -> dict[str, str]:
    return {"name": _show(name), "suggestion": _suggest(name, known), "known": ", ".join(known)}
