"""The building blocks of the site's Markdown pages: links, statuses, tables that become cards on a phone, notices.

Text from data is escaped with md() (core/markup.py); the site's own wording with wording(); nothing else reaches
a page. These blocks know nothing of targets or units: the pages (publish/pages/) put them together.
"""

from __future__ import annotations

import html
import posixpath
import re
from dataclasses import dataclass
from datetime import date

from ..core import vi
from ..core.markup import attr, md
from ..score.evaluation import Status
from .words import sign

_MEANINGS = {Status.MET_OVER_CAP: "đạt chỉ tiêu, nhưng có số liệu vượt giới hạn: chờ Hội đồng Thi đua – Khen "
                                  "thưởng quyết định",
             Status.INCOMPLETE: "mới có số liệu của một phần các đơn vị, phần còn thiếu có thể làm thay đổi kết quả"}

# Kept out of the search index (Material's search plugin skips the element): legends and notices said on
# every page would otherwise outrank the pages that are about the words.
NO_SEARCH = "data-search-exclude"


def wording(words: str) -> str:
    """The site's own wording (figures, labels, statuses) in a table cell or raw HTML: escaped for HTML only.

    Unlike md(), it leaves no backslash escapes, so a cell holding only such text is not parsed as Markdown:
    on a year of 500 units that parse was most of the build's time. Never for text from the data.
    """
    return html.escape(words, quote=False)


def link(text: str, target: str, here: str) -> str:
    """A Markdown link from page `here` to page `target` (both relative to docs/); text is escaped."""
    path, _, anchor = target.partition("#")
    relative = relative_path(path, posixpath.dirname(here) or ".")
    return f"[{md(text)}]({relative}{'#' + anchor if anchor else ''})"


def relative_path(path: str, start: str) -> str:
    """posixpath.relpath(path, start) for two paths inside the site (relative, never above its root), without
    relpath's two calls to the working directory: a year of 500 units writes some 14,000 links."""
    to = [part for part in posixpath.normpath(path).split("/") if part != "."]
    base = [part for part in posixpath.normpath(start).split("/") if part != "."]
    common = 0
    while common < min(len(to), len(base)) and to[common] == base[common]:
        common += 1
    return "/".join([".."] * (len(base) - common) + to[common:]) or "."


def notice(illustrative: bool) -> str:
    if not illustrative:
        return ""
    return (f'<p class="tt-notice" role="note" {NO_SEARCH}><strong>Số liệu minh họa.</strong> Các con số, tên '
            "đơn vị và số văn bản về kết quả trên trang này chưa phải số liệu thật: chúng chỉ minh họa cách trình "
            "bày, cho đến khi Văn phòng Sở nhập số liệu thật.</p>\n\n")


@dataclass(frozen=True)
class Context:
    """What a page knows besides the data: the day the year's figures last changed (ISO, from the data's git
    history; None when unknown) and which hand-written pages of the site exist, so links go only there."""

    stamp: str | None = None
    text_pages: frozenset[str] = frozenset()


NO_CONTEXT = Context()


def stamp_line(context: Context, log: str, here: str) -> str:
    """When the Office last changed the year's figures on the site, and where the log of the changes (page `log`)
    is: the day of the change, which a reader must not take for the day the figures count to."""
    stamp = context.stamp
    when = (f"ngày {vi.day(date.fromisoformat(stamp))} (ngày Văn phòng Sở đưa số liệu lên trang, không phải ngày "
            "chốt số liệu)" if stamp
            else "chưa xác định được (bản dựng này không có lịch sử thay đổi của số liệu)")
    return (f'<p class="tt-stamp" {NO_SEARCH} markdown>Cập nhật số liệu lần cuối: {when} · '
            f"{link('Nhật ký cập nhật số liệu', log, here)}</p>\n\n")


def badge(status: Status) -> str:
    return (f'<span class="tt-status tt-{status.code}"><span aria-hidden="true">{sign(status)}</span> '
            f"{status.label}</span>")


def status_legend() -> str:
    parts = []
    for status in Status:
        meaning = _MEANINGS.get(status)
        parts.append(f"{sign(status)} {status.label}" + (f" ({meaning})" if meaning else ""))
    return "Trạng thái: " + " · ".join(parts) + "."


def mark(sign_: str, said: str, css: str = "") -> str:
    """A sign in a grid, with the words a screen reader says for it (a grid has many columns of them)."""
    css = f' class="{css}"' if css else ""
    return f'<span{css} role="img" aria-label="{attr(said)}">{sign_}</span>'


def status_mark(status: Status, text: str = "") -> str:
    return mark(sign(status), status.label, f"tt-{status.code}") + (f" {text}" if text else "")


@dataclass(frozen=True)
class Column:
    """A column: its header, the label a card shows before its cells (the header when None), and whether its
    cells are numbers (aligned right) and belong in the search index."""

    header: str
    label: str | None = None
    numeric: bool = False
    searched: bool = True


def _columns(columns) -> list[Column]:
    return [c if isinstance(c, Column) else Column(c) for c in columns]


def table(columns, rows: list[list[str]], *, label: str, numeric: set[int] = frozenset(),
          totals: list[list[str]] = (), wide: bool = False, links_header: bool = False) -> str:
    """An HTML table whose cells are Markdown: on a phone each row becomes a card, each cell with its label
    (`data-label`, shown by CSS), so nothing needs scrolling sideways. A `wide` table keeps its grid and
    scrolls in its own box instead. Headers and labels are plain text (Markdown with `links_header`);
    cells are escaped Markdown.
    """
    columns = [_numeric(c, i in numeric) for i, c in enumerate(_columns(columns))]
    if not wide:  # a column with nothing in it ("So với kỳ trước" before any previous period) says nothing
        keep = [0] + [i for i in range(1, len(columns))
                      if any(row[i] not in ("–", "") for row in [*rows, *totals])]
        columns = [columns[i] for i in keep]
        rows = [[row[i] for i in keep] for row in rows]
        totals = [[row[i] for i in keep] for row in totals]
    head = []
    for c in columns:
        cls = ' align="right"' if c.numeric else ""  # align=, not style=: the portal's CSP forbids inline styles
        head.append(f'<th{cls} markdown="span">{c.header if links_header else md(c.header)}</th>')
    lines = ["<table markdown>", f'<thead markdown><tr markdown>{"".join(head)}</tr></thead>', "<tbody markdown>"]
    # What every cell of a column starts with: its label for the cards, its alignment, its place in search.
    opening = ["<td" + ("" if wide else f' data-label="{attr(c.label or plain(c.header))}"')
               + (' align="right"' if c.numeric else "") + ("" if c.searched else f" {NO_SEARCH}")
               for c in columns]
    for total, row in [(False, r) for r in rows] + [(True, r) for r in totals]:
        cells = []
        for start, cell in zip(opening, row):
            cells.append(start + (' class="tt-empty"' if cell in ("–", "") else "")
                         + (' markdown="span"' if _MARKDOWN.search(cell) else "") + f">{cell}</td>")
        lines.append(('<tr class="tt-total" markdown>' if total else "<tr markdown>") + "".join(cells) + "</tr>")
    lines += ["</tbody>", "</table>"]
    # A keyboard scrolls the box by moving through its links; a box with none must take focus itself,
    # and then a screen reader needs a name for it (WCAG 2.1.1, axe's scrollable-region-focusable).
    has_link = any("](" in cell for row in [*rows, *totals] for cell in row)
    focus = "" if has_link else f' role="region" tabindex="0" aria-label="{attr(label)}"'
    kind = "tt-wide" if wide else "tt-cards"
    return f'<div class="tt-table {kind}"{focus} markdown>\n' + "\n".join(lines) + "\n</div>\n"


# What Markdown would change in a cell: an escape, a link, emphasis, code. A cell without any is HTML as it is.
_MARKDOWN = re.compile(r"[\\\[*_`]")


def _numeric(column: Column, numeric: bool) -> Column:
    return column if column.numeric or not numeric else Column(column.header, column.label, True, column.searched)


def plain(markdown_text: str) -> str:
    """The text of a header written as Markdown: links and escapes removed."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", markdown_text)
    return html.unescape(re.sub(r"\\(.)", r"\1", text))
