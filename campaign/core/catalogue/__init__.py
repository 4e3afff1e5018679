"""The catalogue of problem codes: each code's severity, group, title, meaning, fix and message, said once.

In the manner of frictionless-py's error classes: the checker names a code and fills the blanks of its
message; the Office guide lists every code from here, grouped the way a clerk looks for them. Each code is a
constant named after it (YAML_SYNTAX for "yaml-syntax"), imported by name where it is reported: a misspelt
code fails at import, and nothing reaches the Office that the guide does not explain.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping

from . import fields, figures, files, references, standing, text, workbook
from .code import Code, Group, make
from .fields import *  # noqa: F403
from .figures import *  # noqa: F403
from .files import *  # noqa: F403
from .references import *  # noqa: F403
from .standing import *  # noqa: F403
from .text import *  # noqa: F403
from .workbook import *  # noqa: F403

# Every code, in the order the guide lists them within a group: each module's in the order it defines them.
_MODULES = (text, workbook, files, fields, references, figures, standing)
CATALOGUE: Mapping[str, Code] = MappingProxyType(
    {c.code: c for module in _MODULES for c in vars(module).values() if isinstance(c, Code)})

__all__ = ["CATALOGUE", "Code", "Group", "make", *(name for module in _MODULES for name, value in vars(module).items()
                                                    if isinstance(value, Code))]
