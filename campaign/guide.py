"""The Office guide's list of every message the checker can give, made from the catalogue at build time."""

from __future__ import annotations

from .catalogue import CATALOGUE, Group
from .markup import md
from .problems import SEVERITY_LABEL


def code_anchor(code: str) -> str:
    return f"ma-{code}"


def problem_codes() -> str:
    """Markdown: the codes under their groups, each with its meaning, its fix and an example message."""
    out = []
    for group in Group:
        entries = [c for c in CATALOGUE.values() if c.group is group]
        out.append(f"### {md(group.value)}\n\n")
        for c in entries:
            out.append(f"**{md(c.title)}** · `{c.code}` · {SEVERITY_LABEL[c.severity].lower()}"
                       f"\n{{: #{code_anchor(c.code)} }}\n\n"
                       f"- Nghĩa là: {md(c.meaning)}\n"
                       f"- Cách sửa: {md(c.fix)}\n"
                       f"- Ví dụ thông báo: “{md(c.example_message())}”\n\n")
    return "".join(out)
