"""Hostile text in any text field is refused at its line, or shown as text on every page and inert in every download.

Random strings of markup, template syntax, Markdown punctuation, spreadsheet formula starts, control, invisible
and direction characters and line breaks go into the names and descriptions of the valid baseline. Whatever the
checker accepts is rendered as the site renders it (the generated pages' Markdown, then Python-Markdown with
mkdocs.yml's extensions): each text must come out whole as text, no element, attribute or
link of the page may come from it, and every CSV cell must be inert. The number of examples comes from the
hypothesis profile in conftest.py.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
import shutil
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import markdown
import yaml
from badcases import BASELINE
from hypothesis import given
from hypothesis import strategies as st

from campaign.core.chars import formula_start, is_odd_space
from campaign.core.problems import Severity
from campaign.publish.site import Build, generated_files, home_summary
from campaign.read.load import load
from campaign.score.review import reviews

ROOT = Path(__file__).resolve().parent.parent


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml as data: its !ENV and !!python/name tags read as nothing."""


_ConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: None)
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
# The extensions of mkdocs.yml with their options, as MkDocs hands them to Python-Markdown.
_EXTENSIONS = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), _ConfigLoader)["markdown_extensions"]
MARKDOWN_EXTENSIONS = [e if isinstance(e, str) else next(iter(e)) for e in _EXTENSIONS]
MARKDOWN_CONFIGS = {next(iter(e)): next(iter(e.values())) or {} for e in _EXTENSIONS if isinstance(e, dict)}

# What the checker lets through: markup, template syntax, Markdown punctuation, formula starts, line breaks…
SHOWN = ["<", ">", "&", '"', "'", "<script>", "<a href=x>", "&amp;", "{{", "}}", "{%", "%}", "{#", "{: .x }", "*", "**",
         "_", "`", "```", "[", "]", "(", ")", "](http://x.invalid)", "#", "|", "\\", "!", "=", "+", "-", "@", "＝", "＋",
         "\n", "\u00a0", "\u3000", "a", "Đường", " ", ":", "- ", "1. ", "    ", "<!--", "-->", "---", "==="]
# …and what it refuses: control, invisible and direction characters, CR and the line breaks editors do not show.
REFUSED = ["\x00", "\x07", "\x1b[31m", "\x7f", "\x85", "\t", "\r", "\r\n", "\u200b", "\u200d", "\ufeff", "\u202e",
           "\u2066", "\u2028", "\u2029", "\u00ad"]
# The text fields of the baseline, by key: each line holding one may get a hostile value.
TEXT_LINE = re.compile(r"^(\s*(?:- )?(?:ten|mo_ta|hinh_thuc|su_kien|van_ban|so|trich_yeu|bat_dau|chu_de): )(.*[^\d\s].*)$")
FILES = ("2021/chien-dich.yml", "2021/don-vi.yml", "2021/ket-qua/6-thang.yml", "2021/ket-qua/ca-nam.yml")


def _with_values(values_at) -> tuple[dict[str, str], dict[tuple[str, int], str]]:
    """The baseline's files with the value of some text lines replaced: `values_at(place)` gives the new
    text, or None to keep the line. Returns the files and the texts by (file as reported, line)."""
    files, placed = {}, {}
    for name in FILES:
        lines = (BASELINE / name).read_text(encoding="utf-8").split("\n")
        for index, line in enumerate(lines):
            match = TEXT_LINE.match(line)
            if match:
                place = (f"data/{name}", index + 1)
                written = values_at(place)
                if written is not None:
                    text, ascii_only = written
                    # As the Office could write it: a double-quoted scalar, control characters raw or as escapes.
                    lines[index] = match.group(1) + json.dumps(text, ensure_ascii=ascii_only)
                    placed[place] = text
        files[name] = "\n".join(lines)
    return files, placed


def _load(files: dict[str, str]):
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        shutil.copytree(BASELINE, data)
        for name, content in files.items():
            (data / name).write_bytes(content.encode("utf-8"))
        return load(data)


@functools.cache
def rendered_places() -> frozenset[tuple[str, int]]:
    """The text lines of the baseline whose value some generated page shows (a document number, say, is not)."""
    files, placed = _with_values(lambda place: (f"Dấu hiệu {place[0]} dòng {place[1]} hết", False))
    dataset, report = _load(files)
    assert dataset is not None, report.problems
    runs = [run for content in _pages(dataset).values() if "<" in content for run in _runs(content)]
    return frozenset(place for place, text in placed.items() if any(text in run for run in runs))


@st.composite
def hostile_data(draw) -> tuple[dict[str, str], dict[tuple[str, int], str]]:
    """The baseline's files with hostile values in some text fields, and the texts by place. Half the
    examples use only what the checker lets through, so that rendering is tried as often as refusing."""
    alphabet = draw(st.sampled_from([SHOWN, SHOWN + REFUSED]))
    text = st.lists(st.sampled_from(alphabet), min_size=1, max_size=10).map("".join)
    return _with_values(lambda place: (draw(text), draw(st.booleans())) if draw(st.integers(0, 3)) == 0 else None)


class _Page(HTMLParser):
    """The text runs of a page, and its tags with their attributes."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.runs: list[str] = []
        self.tags: list[tuple[str, list]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_data(self, data):
        self.runs.append(data)


def _collapsed(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _shown(text: str) -> str:
    """What a text the checker accepted looks like on a page: odd spaces made spaces, on one line."""
    return _collapsed("".join(" " if is_odd_space(ch) else ch for ch in text))


_MARKDOWN = markdown.Markdown(extensions=MARKDOWN_EXTENSIONS, extension_configs=MARKDOWN_CONFIGS)


def _html(text: str) -> str:
    return _MARKDOWN.reset().convert(text)


def _pages(dataset) -> dict[str, str]:
    """Every generated page as HTML, every download as text."""
    out = {}
    build = Build(dataset, reviews(dataset.years), {})
    for generated in generated_files(build):
        here = generated.path
        if here.endswith(".xlsx"):
            continue  # workbooks: tests/test_workbook_*.py hold their cells to text, never a formula
        if not here.endswith(".md"):
            out[here] = generated.content
            continue
        _, front, body = generated.content.split("---\n", 2)
        title = yaml.safe_load(front)["title"]
        # The theme prints a title unescaped: it must hold no markup and no template syntax of its own.
        assert re.fullmatch(r"(?:[^<>{}&]|&(?:amp|lt|gt|quot|#x27|#123|#125);)*", title), title
        out[here] = _html(body)
    out["index.md"] = _html(home_summary(build, "index.md"))
    return out


@given(hostile_data())
def test_hostile_text_is_refused_at_its_line_or_shown_as_text_and_inert(generated):
    files, placed = generated
    dataset, report = _load(files)
    for problem in report.problems:
        if problem.severity is Severity.NOTE:
            continue  # "the other checks of this file wait": at the file's first line, by design
        assert (problem.file, problem.line) in placed, problem.as_text()  # at the line of a hostile value
    if dataset is None:
        return
    pages = _pages(dataset)
    for path, content in pages.items():
        if path.endswith(".csv"):
            rows = list(csv.reader(io.StringIO(content.lstrip("\ufeff"))))
            assert not [cell for row in rows for cell in row if formula_start(cell)], path
            continue
        if path.endswith(".json"):
            json.loads(content)
            continue
        page = _Page()
        page.feed(content)
        for tag, attrs in page.tags:
            if tag == "script" and path.startswith("2021/hoi-dong/") and dict(attrs).get("src", "").endswith(
                    "/javascripts/ngay-in.js"):
                continue  # the review pack's own print date, a file of the site: the one script a page holds
            assert tag not in ("script", "img", "iframe", "pre", "code", "em", "hr"), (path, tag)
            for name, value in attrs:
                assert not name.startswith("on"), (path, tag, name)
                if name in ("href", "src"):
                    assert "x.invalid" not in value and "://" not in value and ":" not in value.split("/")[0], \
                        (path, value)
    runs = [_collapsed(run) for content in pages.values() if "<" in content for run in _runs(content)]
    for place, text in placed.items():
        shown = _shown(text)
        if shown and place in rendered_places():  # whole in one run of text: none of it became markup
            assert any(shown in run for run in runs), (place, text, shown)


def _runs(page_html: str) -> list[str]:
    page = _Page()
    page.feed(page_html)
    return page.runs
