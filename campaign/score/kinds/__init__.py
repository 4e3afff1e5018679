"""The kinds of target, each in its own module of this package; `of(target)` is the one way to its kind.

A module here that defines a subclass of `Kind` adds a kind: this package finds it, so adding a kind touches its
own module, the schema (its `loai` code and the keys it needs) and the data, and `gaps()` names what is missing.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import MappingProxyType
from typing import Mapping

from ...core.model import Target
from .base import Detail, Kind, Movement, count_labels, counts_units

__all__ = ["Detail", "Kind", "Movement", "count_labels", "counts_units", "gaps", "of", "registry"]

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")


def registry() -> Mapping[str, Kind]:
    """Every kind this package's modules define, by the code the Office writes as a target's `loai`."""
    return MappingProxyType({k.code: k() for k in _concrete(Kind) if k.__module__.startswith(f"{__name__}.")})


def _concrete(cls) -> list[type]:
    found = []
    for sub in cls.__subclasses__():
        found += [sub] if not getattr(sub, "__abstractmethods__", None) else []
        found += _concrete(sub)
    return found


KINDS = registry()


def of(target: Target) -> Kind:
    return KINDS[target.kind]


def gaps(registry: Mapping[str, Kind], schema: dict) -> list[str]:
    """What each kind lacks, place by place: the registry (a module of this package), the schema's `loai` enum and
    its `if loai = … then` branch with the keys the kind needs. Empty when every place knows every kind."""
    targets = schema["properties"]["chi_tieu"]["items"]
    schema_enum = set(targets["properties"]["loai"]["enum"])
    branches = {}
    for branch in targets.get("allOf", []):
        code = branch.get("if", {}).get("properties", {}).get("loai", {}).get("const")
        if code is not None:
            branches[code] = set(branch.get("then", {}).get("required", []))
    found = []
    for code in sorted(set(registry) | schema_enum | set(branches)):
        entry = registry.get(code)
        if entry is None:
            found.append(f"{code}: no kind in campaign/score/kinds/ (a subclass of Kind with code = {code!r})")
        if code not in schema_enum:
            found.append(f"{code}: not in the schema's chi_tieu.loai enum")
        if code not in branches:
            found.append(f"{code}: no 'if loai = {code}' branch in the schema saying which keys it needs")
        elif entry is not None and branches[code] != set(entry.needs):
            found.append(f"{code}: the schema requires {sorted(branches[code])}, the kind needs {sorted(entry.needs)}")
    return found
