"""The guide's reference of every field of every data file, made from the JSON schemas (their Vietnamese
descriptions), with its type, whether it is required, its allowed values in readers' words and an example taken
from the data when the data has one."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..core.choices import CollectiveTitle, ItemStatus, Rating, ReportState
from ..core.figures import COUNT_LABELS
from ..core.markup import md
from ..core.model import Cap
from ..read.schema import ID_RULES, SCHEMA_DIR, with_figures

# The data files, in the order a clerk meets them, with the schema each follows.
FILES = (("chien-dich.yml", "chien-dich.schema.json"), ("don-vi.yml", "don-vi.schema.json"),
         ("ket-qua/<kỳ>.yml", "ket-qua.schema.json"))

DATE_PATTERN = "^(0[1-9]|[12][0-9]|3[01])/(0[1-9]|1[0-2])/20[0-9]{2}$"

# Each closed list of values, in readers' words; a list is said by the first family that holds all its values.
_KINDS = {"danh-muc": "danh mục việc: đếm số việc đã hoàn thành", "ty-le": "tỷ lệ giữa hai số đếm",
          "so-luong": "một số đếm", "phan-tram-don-vi": "phần trăm của từng đơn vị (mức tự chủ)",
          "danh-hieu": "cơ quan đạt hay chưa đạt một danh hiệu",
          "xep-loai-to-chuc": "mức xếp loại của từng tổ chức"}
FAMILIES: tuple[dict[str, str], ...] = (
    {m.code: m.label for m in Rating}, {m.code: m.label for m in CollectiveTitle},
    {m.code: m.label for m in ItemStatus}, {m.code: m.label for m in ReportState}, dict(COUNT_LABELS), _KINDS,
    {"tat-ca": "mọi việc trong danh mục"},
    {Cap.DEPARTMENT: "cộng chung toàn Sở", Cap.PER_UNIT: "tính riêng trong từng phòng, đơn vị"},
)


@dataclass(frozen=True)
class Field:
    path: str  # "van_ban.so", "chi_tieu[].nguong", "danh_muc.<mã>[].can_cu.ngay"
    kind: str
    required: str
    values: str
    description: str


def schema(name: str) -> dict:
    """A schema as the checker uses it: with the unit figures' parts made from the figure table."""
    kind = name.removesuffix(".schema.json")
    loaded = json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
    return with_figures(kind, loaded) if kind in ("chien-dich", "ket-qua") else loaded


def _resolve(node: dict, root: dict) -> dict:
    while "$ref" in node:
        node = {**root["$defs"][node["$ref"].rsplit("/", 1)[-1]], **{k: v for k, v in node.items() if k != "$ref"}}
    return node


def words_for(values: list) -> dict[str, str] | None:
    """The readers' words of each value of a closed list, from the first family that says all of them."""
    codes = [v for v in values if v is not None]
    return next((f for f in FAMILIES if all(c in f for c in codes)), None)


def value_words(values: list) -> str:
    """`code` (words) for each value of a closed list (the code alone where no family says it: a test names
    such a list, the page does not break)."""
    family = words_for(values) or {}
    said = [f"`{c}` ({md(family[c])})" if c in family else f"`{c}`" for c in values if c is not None]
    return "; ".join(said + (["để trống (chưa có)"] if None in values else []))


def _types(node: dict) -> list[str]:
    kind = node.get("type")
    return kind if isinstance(kind, list) else [kind] if kind else []


def type_words(node: dict) -> str:
    """What a value of `node` is, as the Office writes it."""
    types = _types(node)
    if "enum" in node:
        words = "một giá trị trong danh sách"
    elif "oneOf" in node:
        words = " hoặc ".join(type_words(option) for option in node["oneOf"])
    elif "const" in node:
        words = f"đúng chữ `{node['const']}`"
    elif "string" in types and node.get("pattern") == DATE_PATTERN:
        words = "ngày, dạng ngày/tháng/năm (dd/mm/yyyy)"
    elif "string" in types and node.get("pattern") in ID_RULES:
        words = "mã, " + ID_RULES[node["pattern"]]
    elif "string" in types:
        words = "chữ" + (f", tối đa {_number(node['maxLength'])} ký tự" if "maxLength" in node else "")
    elif "number" in types and node.get("format") == "phan-tram":
        words = "phần trăm: số từ 0 đến 100, không kèm dấu % (24.5 là 24,5%)"
    elif "integer" in types or "number" in types:
        low, high = node.get("minimum"), node.get("maximum")
        words = ("số nguyên" if "integer" in types else "số") + (
            f" từ {_number(low)} đến {_number(high)}" if low is not None and high is not None else "")
    elif "boolean" in types:
        words = "`true` (có) hoặc `false` (không)"
    elif "array" in types:
        words = "danh sách, mỗi phần tử một dòng bắt đầu bằng dấu gạch (-)"
    elif "object" in types:
        words = "nhóm các mục con"
    else:
        words = "xem theo cách đo (loai) bên dưới"
    return words + ("; để trống được" if "null" in types and "enum" not in node else "")


def _number(n: int) -> str:
    """100000 as "100.000"; a year stays 2021."""
    return f"{n:,}".replace(",", ".") if n >= 10_000 else str(n)


def fields(root: dict) -> list[Field]:
    """Every field of a schema, depth first, each with what it is, whether required, and its allowed values."""
    out: list[Field] = []
    _walk(root, root, "", True, out)
    return out


def _conditions(node: dict) -> dict[str, tuple[list[str], list[str], dict]]:
    """For an object with `if loai = X then …` branches: by field, the kinds that require it, the kinds that
    allow it, and what a branch says of it."""
    said: dict[str, tuple[list[str], list[str], dict]] = {}
    for branch in node.get("allOf", []):
        kind = branch.get("if", {}).get("properties", {}).get("loai", {}).get("const")
        then = branch.get("then", {})
        if not kind:
            continue
        allowed = then.get("propertyNames", {}).get("enum", [])
        for name in set(allowed) | set(then.get("required", [])):
            required, allows, extra = said.setdefault(name, ([], [], {}))
            if name in then.get("required", []):
                required.append(kind)
            allows.append(kind)
            if name in then.get("properties", {}):
                extra.update(then["properties"][name])
    return said


def _walk(node: dict, root: dict, path: str, required: bool, out: list[Field]) -> None:
    node = _resolve(node, root)
    conditions = _conditions(node)
    every_kind = len({b.get("if", {}).get("properties", {}).get("loai", {}).get("const")
                      for b in node.get("allOf", [])} - {None})
    for name, child in node.get("properties", {}).items():
        child = _resolve(child, root)
        needed, allows, extra = conditions.get(name, ([], [], {}))
        child = {**child, **extra} if extra else child
        if name in node.get("required", []):
            said = "bắt buộc"
        elif needed:
            said = "bắt buộc khi `loai` là " + ", ".join(f"`{k}`" for k in needed)
        else:
            said = "không bắt buộc"
        if allows and len(allows) < every_kind:
            said += "; chỉ dùng khi `loai` là " + ", ".join(f"`{k}`" for k in allows)
        _field(child, root, f"{path}.{name}" if path else name, said, out)


def _field(node: dict, root: dict, path: str, required: str, out: list[Field]) -> None:
    values = ""
    if "enum" in node:
        values = value_words(node["enum"])
    elif "oneOf" in node and any("const" in o for o in node["oneOf"]):
        values = value_words([o["const"] for o in node["oneOf"] if "const" in o])
    items = _resolve(node["items"], root) if isinstance(node.get("items"), dict) else None
    if items and "enum" in items:
        values = value_words(items["enum"])
    out.append(Field(path, type_words(node), required, values, node.get("description", "")))
    if items and "properties" in items:
        _walk(items, root, f"{path}[]", True, out)
    elif items and "array" not in _types(items) and "enum" not in items and items.get("description"):
        out.append(Field(f"{path}[]", type_words(items), "", "", items["description"]))
    mapped = node.get("additionalProperties")
    if isinstance(mapped, dict):
        key = f"{path}.<mã>"
        mapped = _resolve(mapped, root)
        if "properties" in mapped:
            _walk(mapped, root, key, True, out)
        elif "items" in mapped:
            _field(mapped, root, key, "", out)
        else:
            _field(mapped, root, key, "", out)
    if "properties" in node:
        _walk(node, root, path, True, out)


# ---- examples from the data --------------------------------------------------------------------

def examples(root: dict, values: list[Any]) -> dict[str, str]:
    """The first value the data gives for each field path (as the reference names it), shown as YAML writes it."""
    found: dict[str, str] = {}
    for value in values:
        _examples(root, root, value, "", found)
    return found


def _shown(value: Any) -> str | None:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value if len(value) <= 60 else value[:57] + "…"
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return "[" + ", ".join(value) + "]"
    return None


def _examples(node: dict, root: dict, value: Any, path: str, found: dict[str, str]) -> None:
    node = _resolve(node, root)
    if path and path not in found and _shown(value) is not None:
        found[path] = _shown(value)
    if isinstance(value, dict):
        props = node.get("properties", {})
        for key, item in value.items():
            if key in props:
                _examples(props[key], root, item, f"{path}.{key}" if path else key, found)
            elif isinstance(node.get("additionalProperties"), dict):
                _examples(node["additionalProperties"], root, item, f"{path}.<mã>", found)
    elif isinstance(value, list) and isinstance(node.get("items"), dict):
        for item in value:
            _examples(node["items"], root, item, f"{path}[]", found)


def raw_values(data_dir: Path, years: list[int], name: str) -> list[Any]:
    """The files named `name` (a results file: every period's YAML) of each year, newest first, as plain values."""
    out = []
    for year in sorted(years, reverse=True):
        folder = Path(data_dir) / str(year)
        paths = sorted((folder / "ket-qua").glob("*.yml")) if name.startswith("ket-qua/") else [folder / name]
        for path in paths:
            if path.is_file():
                # libyaml: the same values as safe_load, five times faster on a large results file.
                out.append(yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader))
    return out


# ---- the reference -----------------------------------------------------------------------------

def field_reference(data_dir: Path, years: list[int]) -> str:
    """Markdown: for each data file, each of its fields with what it is, whether required, its allowed values,
    an example and its meaning."""
    # Out of the search index: a reader searching "tập thể lao động xuất sắc" wants the target, not this list.
    out = ['<div data-search-exclude markdown>\n\n']
    for name, schema_name in FILES:
        root = schema(schema_name)
        seen = examples(root, raw_values(data_dir, years, name))
        out.append(f"### Tệp `{name}`: {md(root.get('title', ''))}\n\n{md(root.get('description', ''))}\n\n")
        for f in fields(root):
            parts = [f"**`{f.path}`**", md(f.description) if f.description else "", f"Kiểu: {f.kind}."]
            if f.required:
                parts.append(f"{f.required[0].upper()}{f.required[1:]}.")
            if f.values:
                parts.append(f"Giá trị: {f.values}.")
            if f.path in seen:
                parts.append(f"Ví dụ: `{_code(seen[f.path])}`.")
            out.append("- " + " ".join(p for p in parts if p) + "\n")
        out.append("\n")
    return "".join(out) + "</div>\n"


def _code(text: str) -> str:
    """Text inside a code span: backticks cannot end it early, line breaks do not show."""
    return re.sub(r"\s+", " ", text).replace("`", "'")
