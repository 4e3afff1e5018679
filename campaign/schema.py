"""JSON Schema validation of a data file, each error turned into a Vietnamese problem at its line."""

from __future__ import annotations

import difflib
import json
import re
from functools import lru_cache
from pathlib import Path

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from .problems import Problem
from .strict_yaml import Document

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "data" / "schemas"

_TYPE_WORDS = {
    "integer": "một số nguyên (ví dụ 12)",
    "number": "một số (ví dụ 22.5)",
    "string": "chữ",
    "boolean": "true (có) hoặc false (không)",
    "array": "một danh sách, mỗi phần tử trên một dòng bắt đầu bằng dấu gạch (-)",
    "object": "một nhóm mục con, mỗi mục dạng tên: giá trị",
    "null": "để trống",
}


@lru_cache(maxsize=None)
def validator(kind: str) -> Draft202012Validator:
    # The schemas are checked against the metaschema by the tests (tests/test_schemas.py), not on every
    # run: that check alone took a third of the time `validate` spends on the real data.
    schema = json.loads((SCHEMA_DIR / f"{kind}.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def validate(doc: Document, kind: str) -> list[Problem]:
    problems: list[Problem] = []
    for error in validator(kind).iter_errors(doc.value):
        problems.extend(_problems(doc, error))
    return problems


# Characters that look like nothing, or like a space, in an editor: shown by their code in messages.
_INVISIBLE = re.compile("[\u00a0\u00ad\u200b-\u200f\u2028-\u202f\u2060-\u2064\ufeff]")


def _show(value: object) -> str:
    """A value as the Office wrote it in YAML, never as Python prints it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = _INVISIBLE.sub(lambda m: f"[ký tự ẩn U+{ord(m.group()):04X}]", str(value))
    return text if len(text) <= 60 else text[:57] + "…"


def _subject(value: object) -> str:
    """The start of a sentence about a value that is wrong."""
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


def _problems(doc: Document, error: ValidationError) -> list[Problem]:
    path = tuple(error.absolute_path)
    kind = error.validator
    schema = error.schema if isinstance(error.schema, dict) else {}
    described = schema.get("description", "")
    if kind == "required":
        missing = [k for k in error.validator_value if k not in error.instance]
        props = schema.get("properties", {})
        return [doc.problem(path, "schema-required", name=name, description=props.get(name, {}).get("description", ""))
                for name in missing]
    if kind == "additionalProperties":
        known = list(schema.get("properties", {}))
        extra = [k for k in error.instance if k not in known]
        return [doc.problem(path + (name,), "illustrative-elsewhere", key=True) if name == "minh_hoa" and not path
                else doc.problem(path + (name,), "schema-unknown-key", key=True, **_unknown_key(name, known))
                for name in extra]
    if list(error.schema_path)[-2:-1] == ["propertyNames"]:
        # jsonschema checks each key against `propertyNames` as if it were a value of the object.
        name = error.instance
        if kind == "enum":
            return [doc.problem(path + (name,), "schema-unknown-key", key=True,
                                **_unknown_key(name, error.validator_value))]
        return [doc.problem(path + (name,), "schema-id-format", key=True, value=_show(name))]
    if kind == "type":
        wanted = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        words = " hoặc ".join(_TYPE_WORDS.get(w, w) for w in wanted)
        hint = ""
        if isinstance(error.instance, str) and re.fullmatch(r"-?\d+,\d+", error.instance):
            hint = f" Số thập phân viết bằng dấu chấm: {error.instance.replace(',', '.')}."
        elif isinstance(error.instance, str) and error.instance.lower() in {"có", "co", "không", "khong"}:
            hint = " Viết true thay cho 'có', false thay cho 'không'."
        return [doc.problem(path, "schema-type", subject=_subject(error.instance), wanted=words, hint=hint)]
    if kind in ("enum", "const"):
        allowed = error.validator_value if kind == "enum" else [error.validator_value]
        return [doc.problem(path, "schema-enum", subject=_subject(error.instance),
                            suggestion=_suggest(error.instance, allowed),
                            allowed=", ".join(str(a) for a in allowed))]
    if kind == "pattern":
        if "/" in error.validator_value:
            return [doc.problem(path, "schema-date-format", value=_show(error.instance))]
        return [doc.problem(path, "schema-id-format", value=_show(error.instance))]
    if kind in ("minimum", "maximum"):
        if "phần trăm" in described.lower():
            return [doc.problem(path, "percent-out-of-range", value=error.instance)]
        return [doc.problem(path, "schema-range", value=error.instance,
                            bound="nhỏ nhất" if kind == "minimum" else "lớn nhất", limit=error.validator_value)]
    if kind in ("minItems", "minLength"):
        return [doc.problem(path, "schema-empty")]
    if kind == "uniqueItems":
        return [doc.problem(path, "schema-duplicate-item")]
    return [doc.problem(path, "schema-invalid", subject=_subject(error.instance), description=described)]


def _unknown_key(name: object, known) -> dict[str, str]:
    return {"name": _show(name), "suggestion": _suggest(name, known), "known": ", ".join(known)}
