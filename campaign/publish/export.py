"""The site's whole source written into a folder, for any generator that reads a MkDocs project: every page as
plain Markdown (the hand-written pages with their macros filled in, the generated pages), the downloads, the images
and stylesheets, the theme's overrides, the folded search index, and a mkdocs.yml with the navigation.

`python -m campaign site DIR` writes it. MkDocs' own build of the project goes through hooks that call the same
functions (site.generated_files, site.navigation, the macros of site.macros); this folder needs no hook and no
plugin but the theme's search, which is how the way off MkDocs is measured (see README, "Trình tạo trang").
"""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import jinja2
import markdown
import yaml

from ..core.fold import fold
from . import launch
from .search_index import folded_index
from .site import Build, generated_files, macros, navigation, not_found_links, site_parts

_FRONT = re.compile(r"\A---\n(.*?\n)---\n", re.S)


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml as data: an !ENV tag reads as its default, a !!python/name as nothing."""


def _env(loader, node):
    values = loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else [loader.construct_scalar(node)]
    return values[-1] if len(values) > 1 else None


_ConfigLoader.add_constructor("!ENV", _env)
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def read_config(path: Path) -> dict:
    return yaml.load(path.read_text(encoding="utf-8"), _ConfigLoader)


def _expand(text: str, here: str, build: Build) -> str:
    """A hand-written page with `render_macros: true` as MkDocs' macros plugin renders it; others as they are."""
    found = _FRONT.match(text)
    front = yaml.safe_load(found.group(1)) if found else {}
    if not (front or {}).get("render_macros"):
        return text
    env = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=True)
    body = env.from_string(text[found.end():]).render(**macros(build, here))
    kept = {k: v for k, v in front.items() if k != "render_macros"}
    head = f"---\n{yaml.safe_dump(kept, allow_unicode=True, sort_keys=False)}---\n" if kept else ""
    return head + body


class _Sections(HTMLParser):
    """A page's HTML cut into search sections at its headings, as the theme's search cuts it: a section per
    heading with an id, text outside elements marked data-search-exclude."""

    def __init__(self, location: str, title: str):
        super().__init__(convert_charrefs=False)
        self.sections = [{"location": location, "title": title, "text": ""}]
        self.location = location
        self.heading: list[str] | None = None
        self.excluded = 0
        self.stack: list[bool] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        excluded = "data-search-exclude" in attrs
        if tag not in ("br", "img", "hr", "input", "meta"):
            self.stack.append(excluded)
            self.excluded += excluded
        if re.fullmatch(r"h[1-6]", tag) and attrs.get("id") and not self.excluded:
            self.heading = []
            self.sections.append({"location": f"{self.location}#{attrs['id']}", "title": "", "text": ""})

    def handle_endtag(self, tag):
        if tag in ("br", "img", "hr", "input", "meta") or not self.stack:
            return
        self.excluded -= self.stack.pop()
        if self.heading is not None and re.fullmatch(r"h[1-6]", tag):
            self.sections[-1]["title"] = "".join(self.heading).strip()
            self.heading = None
        elif tag in ("p", "li", "td", "th", "dd", "dt", "div", "tr"):
            self.sections[-1]["text"] += " "

    def handle_data(self, data):
        if self.excluded:
            return
        if self.heading is not None:
            self.heading.append(data)
        else:
            self.sections[-1]["text"] += data

    def handle_entityref(self, name):
        self.handle_data(f"&{name};")

    def handle_charref(self, name):
        self.handle_data(f"&#{name};")


def _location(page: str) -> str:
    """A page's address in the built site (directory URLs): "2021/muc-tieu.md" → "2021/muc-tieu/"."""
    stem = page.removesuffix(".md")
    if stem == "index":
        return ""
    return stem.removesuffix("index") if stem.endswith("/index") else stem + "/"


def _search_entries(pages: dict[str, str], config: dict) -> list[dict]:
    extensions = [e if isinstance(e, str) else next(iter(e)) for e in config.get("markdown_extensions", [])]
    configs = {next(iter(e)): dict(next(iter(e.values())) or {}) for e in config.get("markdown_extensions", [])
               if isinstance(e, dict)}
    configs.setdefault("toc", {})["slugify"] = lambda value, separator: markdown.extensions.toc.slugify(
        fold(value), separator)
    converter = markdown.Markdown(extensions=extensions, extension_configs=configs)
    entries = []
    for page, text in sorted(pages.items()):
        found = _FRONT.match(text)
        front = yaml.safe_load(found.group(1)) if found else {}
        body = text[found.end():] if found else text
        html = converter.reset().convert(body)
        title = (front or {}).get("title") or next(iter(re.findall(r"<h1[^>]*>(.*?)</h1>", html)), "")
        parser = _Sections(_location(page), re.sub(r"<[^>]+>", "", title))
        parser.feed(html)
        for section in parser.sections:
            section["text"] = re.sub(r"\s+", " ", section["text"]).strip()
            boost = ((front or {}).get("search") or {}).get("boost")
            if boost:
                section["boost"] = boost
        entries += [s for s in parser.sections if s["title"] or s["text"]]
    return entries


def write_site(build: Build, root: Path, out: Path) -> list[str]:
    """Write the site's source under `out` from the project at `root`; returns the pages written."""
    config = read_config(root / "mkdocs.yml")
    docs, overrides = root / config.get("docs_dir", "docs"), root / config["theme"]["custom_dir"]
    if out.exists():
        shutil.rmtree(out)
    (out / "docs").mkdir(parents=True)
    pages: dict[str, str] = {}
    for path in sorted(docs.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue  # only the repository's own regular files
        relative = path.relative_to(docs).as_posix()
        target = out / "docs" / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix == ".md":
            pages[relative] = _expand(path.read_text(encoding="utf-8"), relative, build)
            target.write_text(pages[relative], encoding="utf-8")
        else:
            shutil.copyfile(path, target)
    for generated in generated_files(build):
        target = out / "docs" / generated.path
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(generated.content, bytes):
            target.write_bytes(generated.content)
        else:
            target.write_text(generated.content, encoding="utf-8")
            if generated.path.endswith(".md"):
                pages[generated.path] = generated.content
    shutil.copytree(overrides, out / "overrides", symlinks=False,
                    ignore=lambda folder, names: [n for n in names if (Path(folder) / n).is_symlink()])
    search = out / "docs" / "search"
    search.mkdir(exist_ok=True)
    (search / "folded_index.json").write_text(
        json.dumps(folded_index(_search_entries(pages, config)), ensure_ascii=False, separators=(",", ":")),
        encoding="utf-8")
    exported = {k: v for k, v in config.items() if k not in ("hooks", "watch", "plugins", "nav")}
    # The newest year names the site, as hooks/pages.py names it for MkDocs.
    exported["site_name"] = launch.site_name(build.data.years, config["site_name"])
    exported["site_description"] = launch.site_description(build.data.years, config["copyright"],
                                                           config["site_description"])
    exported["site_url"] = config.get("site_url") or ""
    exported["theme"] = {**config["theme"], "custom_dir": "overrides"}
    exported["extra"] = {**{k: v for k, v in config.get("extra", {}).items() if k != "campaign_data"},
                         "site_parts": site_parts(exported["site_name"]),
                         "not_found": not_found_links(build, docs)}
    exported["plugins"] = [{"search": {"lang": "en"}}]
    exported["nav"] = navigation(build, docs)
    (out / "mkdocs.yml").write_text(
        "# Written by python -m campaign site: the whole site as plain Markdown, no hook, no macro.\n"
        + yaml.safe_dump(exported, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return sorted(pages)
