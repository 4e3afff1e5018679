"""The Office guide's generated parts: the input workbook of each period, and every message the checker can give."""

from __future__ import annotations

from ..core import vi
from ..core.catalogue import CATALOGUE, Group
from ..core.markup import md
from ..core.model import CampaignYear
from ..core.problems import SEVERITY_LABEL
from .markdown import link
from .paths import Paths


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


def workbook_templates(years: tuple[CampaignYear, ...], here: str) -> str:
    """Markdown: a link to each period's input workbook, newest year first, with what it already holds."""
    lines = []
    for year in sorted(years, key=lambda y: y.year, reverse=True):
        for period in year.campaign.periods:
            results = year.period_results(period.id)
            filled = sum(1 for r in (results.units if results else ()) if r.reported)
            state = f"đã có số liệu của {filled}/{len(year.units_in(period))} đơn vị" if filled else "còn trống"
            note = " (số liệu minh họa)" if year.illustrative and filled else ""
            lines.append(f"- {link(f'{period.id}.xlsx', Paths(year.year).template(period.id), here)}: "
                         f"{md(period.name)} {year.year}, tính đến {vi.day(period.end)}; "
                         f"{state}{note}.")
    return "\n".join(lines) + "\n"
