"""Material's stylesheet cut down to the rules this site can show: a rule stays when every element it needs may
exist, in a built page or made by a script at run time.

Material's main.css (137 KB, the one file every page must wait for) styles every feature of the theme: admonition
kinds, tabs, code highlighting, blog posts, versions, tags… This site uses a few. A selector is kept unless one of
its compound parts ("div.admonition.note", "[data-md-toggle=search]") can match no element: no element of any
built page has what it asks, and no script of the site names one of its classes, ids or attributes (a script may
add a class to an element, or make an element: search results, tooltips, the table wrappers). What is asked only
by pseudo-classes (:hover, :focus, :checked, :not(…)) or combinators is not asked at all, so states and structure
never drop a rule; media queries, print included, are pruned inside and kept whole otherwise. The rules kept are
written back as they were, byte for byte.

No CSS library: the stylesheet's structure (rules, blocks, strings, comments) and its selectors are read by the
two small readers below, and a selector they cannot read is kept. tinycss2 read it the same (the same pruned
file) but cost 60 ms a build, a third of what the whole real build may cost beyond Material's (README,
"Hiệu năng").
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

# A start tag and its attributes, as browsers read them; good enough for the pages MkDocs writes.
_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*)\s*/?>")
_ATTRIBUTE = re.compile(r"([^\s=>/]+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+)))?")
# A script's string literals, and those of them that are names it may put on the page: a class, an attribute, an
# element ("md-tooltip", "md-typeset__table"), or several separated by spaces; or markup ("<mark>"). A string that
# is a selector (".md-typeset .highlight") only looks for what is there, and names nothing new.
_STRING = re.compile(r"\"((?:[^\"\\\n]|\\.)*)\"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`")
_NAMES = re.compile(r"[A-Za-z_][\w-]*(?: [A-Za-z_][\w-]*)*")
_PREFIX = re.compile(r"(?<![\w-])([A-Za-z_][\w-]*)\$\{")
# HTML's elements: a script's string naming one of these makes that element, not a class of that name.
_HTML_ELEMENTS = frozenset("""a abbr address area article aside audio b base bdi bdo blockquote body br button canvas
caption cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure
footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark
menu meta meter nav noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script
search section select slot small source span strong style sub summary sup svg table tbody td template textarea tfoot
th thead time title tr track u ul var video wbr path use g""".split())
# Rules whose inside is more rules.
_NESTED = {"media", "supports", "document", "layer", "container"}


@dataclass(frozen=True)
class _Element:
    tag: str
    classes: frozenset[str]
    attributes: tuple[tuple[str, str], ...]


@dataclass
class Shown:
    """What the site's pages and scripts can show: every distinct element of the pages (its tag, classes and the
    attributes the stylesheet asks about), and every word of the scripts' strings."""

    elements: set[_Element] = field(default_factory=set)
    page_words: set[str] = field(default_factory=set)
    script_words: set[str] = field(default_factory=set)
    script_prefixes: set[str] = field(default_factory=set)
    attribute_names: frozenset[str] = frozenset()
    _seen: set[tuple[str, str]] = field(default_factory=set)

    def add_page(self, html: str) -> None:
        # Pages repeat the theme's tags word for word: each distinct start tag is read once.
        tags = set(_TAG.findall(html)) - self._seen
        self._seen |= tags
        for tag, attributes in tags:
            tag = tag.lower()
            classes: frozenset[str] = frozenset()
            kept = []
            for name, *values in _ATTRIBUTE.findall(attributes):
                name = name.lower()
                value = next((v for v in values if v), "")
                self.page_words.add(name)
                if name == "class":
                    classes = frozenset(value.split())
                    self.page_words.update(classes)
                if name in self.attribute_names:
                    kept.append((name, value))
                    if name == "id":
                        self.page_words.add(value)
            self.page_words.add(tag)
            self.elements.add(_Element(tag, classes, tuple(sorted(kept))))

    def add_script(self, source: str) -> None:
        for found in _STRING.finditer(source):
            text = next(g for g in found.groups() if g is not None)
            if _NAMES.fullmatch(text):
                self.script_words.update(text.split())
            # A name a script finishes at run time (`md-source__fact--${type}`): any class it begins.
            self.script_prefixes.update(_PREFIX.findall(text))
            # Markup a script writes ("<mark>", `<div class="md-tooltip">`) names its elements, classes, attributes.
            for tag, attributes in _TAG.findall(text):
                self.script_words.add(tag.lower())
                for name, *values in _ATTRIBUTE.findall(attributes):
                    self.script_words.add(name.lower())
                    if name.lower() == "class":
                        self.script_words.update(next((v for v in values if v), "").split())


@dataclass(frozen=True)
class _Compound:
    """One part of a selector between combinators: what a single element must have."""

    tag: str | None
    classes: frozenset[str]
    attributes: tuple[tuple[str, str | None, str | None], ...]  # (name, operator, value)

    def words(self) -> set[str]:
        return {*self.classes, *(name for name, _, _ in self.attributes), *([self.tag] if self.tag else [])}


# One part of a selector at a time: a combinator, a class, an id, an element, an attribute test, or a pseudo-class
# or pseudo-element with its arguments (two levels of parentheses: ":not(:first-child)"). Anything else (an escape,
# a namespace) is not read, and the selector is kept.
_PART = re.compile(r"""
    (?P<combinator>\s*[>+~]\s*|\s+)
  | \.(?P<class>[\w-]+)
  | \#(?P<id>[\w-]+)
  | (?P<tag>[a-zA-Z][\w-]*|\*)
  | \[\s*(?P<attribute>[\w-]+)\s*
      (?:(?P<operator>[~|^$*]?=)\s*(?:"(?P<quoted>[^"\\]*)"|'(?P<single>[^'\\]*)'|(?P<bare>[\w-]+))\s*(?P<flag>[iIsS])?\s*)?\]
  | ::?[\w-]+(?:\((?:[^()]|\([^()]*\))*\))?
""", re.VERBOSE)
# A selector list's commas, outside parentheses, brackets and strings.
_LIST = re.compile(r"""(?:[^,("'\[]|\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\]|"[^"]*"|'[^']*')+""")


def _selectors(prelude: str) -> list[str] | None:
    """A rule's selectors, or None when its list cannot be split here."""
    text = re.sub(r"/\*.*?\*/", "", prelude, flags=re.DOTALL).strip()
    found = [m.group(0) for m in _LIST.finditer(text)]
    return [s.strip() for s in found] if ",".join(found) == text else None


def _compounds(selector: str) -> list[_Compound] | None:
    """The compound parts of one selector, or None when it uses syntax this reader does not know (kept then).
    A pseudo-class or pseudo-element asks for a state or a part, never for an element: it is skipped whole, with
    its arguments (:not(…), :nth-child(…))."""
    parts: list[_Compound] = []
    tag, classes, attributes = None, set(), []

    def close() -> None:
        nonlocal tag, classes, attributes
        if tag is not None or classes or attributes:
            parts.append(_Compound(tag, frozenset(classes), tuple(attributes)))
        tag, classes, attributes = None, set(), []

    at = 0
    while at < len(selector):
        part = _PART.match(selector, at)
        if part is None:
            return None
        at = part.end()
        if part["combinator"] is not None:
            close()
        elif part["class"] is not None:
            classes.add(part["class"])
        elif part["id"] is not None:
            attributes.append(("id", "=", part["id"]))
        elif part["tag"] is not None:
            tag = None if part["tag"] == "*" else part["tag"].lower()
        elif part["attribute"] is not None:
            value = next((v for v in (part["quoted"], part["single"], part["bare"]) if v is not None), None)
            if part["operator"] is None or part["flag"] is not None:  # [a=b i] compares ignoring case: name only
                attributes.append((part["attribute"].lower(), None, None))
            else:
                attributes.append((part["attribute"].lower(), part["operator"], value))
    close()
    return parts


def _matches(value: str, operator: str, wanted: str) -> bool:
    if operator == "=":
        return value == wanted
    if operator == "~=":
        return wanted in value.split()
    if operator == "|=":
        return value == wanted or value.startswith(wanted + "-")
    if operator == "^=":
        return bool(wanted) and value.startswith(wanted)
    if operator == "$=":
        return bool(wanted) and value.endswith(wanted)
    return bool(wanted) and wanted in value


def _element_has(element: _Element, compound: _Compound) -> bool:
    if compound.tag is not None and compound.tag != element.tag:
        return False
    if not compound.classes <= element.classes:
        return False
    values = dict(element.attributes)
    for name, operator, wanted in compound.attributes:
        if name not in values:
            return False
        if operator is not None and not _matches(values[name], operator, wanted):
            return False
    return True


class _Judge:
    def __init__(self, shown: Shown):
        self.shown = shown
        self.cache: dict[_Compound, bool] = {}
        # The page's elements by each of their classes, attributes and tag: a compound is tried on the fewest.
        self.by_class: dict[str, list[_Element]] = {}
        self.by_attribute: dict[str, list[_Element]] = {}
        self.by_tag: dict[str, list[_Element]] = {}
        for element in shown.elements:
            self.by_tag.setdefault(element.tag, []).append(element)
            for name in element.classes:
                self.by_class.setdefault(name, []).append(element)
            for name, _ in element.attributes:
                self.by_attribute.setdefault(name, []).append(element)
        values = {(name, value) for e in shown.elements for name, value in e.attributes}
        self.page_values = {v for _, value in values for v in value.split()}
        scripts = shown.script_words
        # What a script may put on the page: elements by their tag name (HTML's, or a custom one, which has a
        # hyphen: "mjx-container"), classes by any name but HTML's elements'.
        self.script_tags = (scripts & _HTML_ELEMENTS) | {name for name in scripts if "-" in name}
        self.script_classes = scripts - _HTML_ELEMENTS

    def _on_a_page(self, compound: _Compound) -> bool:
        groups = [*(self.by_class.get(c, []) for c in compound.classes),
                  *(self.by_attribute.get(name, []) for name, _, _ in compound.attributes),
                  *([self.by_tag.get(compound.tag, [])] if compound.tag is not None else [])]
        candidates = min(groups, key=len) if groups else self.shown.elements
        return any(_element_has(e, compound) for e in candidates)

    def _by_a_script(self, compound: _Compound) -> bool:
        """A script may make this element, or give an element of the page what it lacks: each name it asks for is
        on a page or in a script, and at least one is a script's."""
        shown, scripts = self.shown, self.shown.script_words
        tag_known = compound.tag is None or compound.tag in self.by_tag or compound.tag in self.script_tags
        classes_known = all(c in self.by_class or self._made(c) for c in compound.classes)
        attributes_known = all(
            (name in shown.page_words or name in scripts)
            # a value a script could write: one it names, or one no name can be ("1", "#top")
            and (operator != "=" or wanted in self.page_values or wanted in scripts or not _NAMES.fullmatch(wanted))
            for name, operator, wanted in compound.attributes)
        ours = ((compound.tag in self.script_tags) or any(self._made(c) for c in compound.classes)
                or any(name in scripts for name, _, _ in compound.attributes))
        return tag_known and classes_known and attributes_known and ours

    def _made(self, name: str) -> bool:
        """A class a script may give: one it names, or one a name it finishes at run time begins."""
        return name in self.script_classes or any(name.startswith(p) for p in self.shown.script_prefixes)

    def may_exist(self, compound: _Compound) -> bool:
        if compound not in self.cache:
            self.cache[compound] = self._on_a_page(compound) or self._by_a_script(compound)
        return self.cache[compound]

    def keeps(self, selector: str) -> bool:
        parts = _compounds(selector)
        return parts is None or all(self.may_exist(p) for p in parts)


# What the scanner stops at: a block's start or end, a statement's end, and what may hide those (a string, a comment).
_STOP = re.compile(r"""[{};]|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|/\*.*?\*/""", re.DOTALL)


def _blocks(css: str):
    """The stylesheet's top-level statements, in order: (prelude, block) for a rule or a block at-rule (the block
    without its braces), (statement, None) for `@charset …;` and the like. Strings and comments are skipped whole,
    so a brace inside a data: URL does not count."""
    start, depth, opened = 0, 0, 0
    for found in _STOP.finditer(css):
        mark = found.group(0)
        if mark == "{":
            if depth == 0:
                opened = found.start()
            depth += 1
        elif mark == "}":
            depth -= 1
            if depth == 0:
                yield css[start:opened], css[opened + 1:found.start()]
                start = found.end()
        elif mark == ";" and depth == 0:
            yield css[start:found.end()], None
            start = found.end()
    if css[start:].strip():
        yield css[start:], None


def _prune_rules(css: str, judge: _Judge) -> str:
    out = []
    for prelude, block in _blocks(css):
        head = prelude.strip()
        if block is None or (head.startswith("@") and head[1:].split("(")[0].split()[0].lower() not in _NESTED):
            out.append(prelude + ("" if block is None else "{" + block + "}"))
        elif head.startswith("@"):
            inner = _prune_rules(block, judge)
            if inner:
                out.append(prelude + "{" + inner + "}")
        else:
            selectors = _selectors(prelude)
            kept = [s for s in selectors if judge.keeps(s)] if selectors is not None else None
            if kept is None or len(kept) == len(selectors):
                out.append(prelude + "{" + block + "}")
            elif kept:
                out.append(",".join(kept) + "{" + block + "}")
    return "".join(out)


def attribute_names(css: str) -> frozenset[str]:
    """The attributes the stylesheet's selectors ask about (ids included): the only ones a page's elements are
    told apart by."""
    names = {"id"}
    for found in re.finditer(r"\[\s*([A-Za-z_:][\w:.-]*)", css):
        names.add(found.group(1).lower())
    return frozenset(names)


def prune(css: str, shown: Shown) -> str:
    """The stylesheet with only the selectors that may match an element the site shows."""
    return _prune_rules(css, _Judge(shown))


# Material's stylesheets in a built site: the theme's and the palette's, each named after its content.
_MAIN = re.compile(r"main\.[0-9a-f]{8,}\.min\.css")
_PALETTE_LINK = re.compile(r'\s*<link rel="stylesheet" href="[^"]*assets/stylesheets/palette\.[0-9a-f]{8,}\.min\.css">')
# Scripts that run in a worker or hold a search language's rules: they never touch a page.
_NO_PAGE_SCRIPTS = ("assets/javascripts/lunr/", "assets/javascripts/workers/")


def slim_site(site_dir: Path) -> str | None:
    """Material's stylesheet and its palette's, pruned to what the built site can show and joined into one file,
    `assets/stylesheets/main.<hash of its content>.min.css` (the portal keeps such names a year: a file whose
    content changes must change its name); every page points at it. Its new name, or None without the theme's."""
    folder = site_dir / "assets" / "stylesheets"
    main = next((p for p in sorted(folder.glob("main.*.min.css")) if _MAIN.fullmatch(p.name)), None)
    if main is None:
        return None
    palette = next(iter(sorted(folder.glob("palette.*.min.css"))), None)
    css = main.read_text(encoding="utf-8")
    if palette is not None:
        css += palette.read_text(encoding="utf-8").removeprefix('@charset "UTF-8";')
    css = re.sub(r"/\*# sourceMappingURL=[^*]*\*/", "", css)
    pages = {path: path.read_text(encoding="utf-8") for path in sorted(site_dir.rglob("*.html"))}
    shown = Shown(attribute_names=attribute_names(css))
    for html in pages.values():
        shown.add_page(html)
    for script in sorted(site_dir.rglob("*.js")):
        if not script.relative_to(site_dir).as_posix().startswith(_NO_PAGE_SCRIPTS):
            shown.add_script(script.read_text(encoding="utf-8"))
    pruned = prune(css, shown)
    name = f"main.{hashlib.sha256(pruned.encode('utf-8')).hexdigest()[:8]}.min.css"
    for old in (main, palette):
        if old is not None:
            old.unlink()
            old.with_name(old.name + ".map").unlink(missing_ok=True)
    (folder / name).write_text(pruned, encoding="utf-8")
    for path, html in pages.items():
        head, end, body = html.partition("</head>")  # the links are in the head: a large page's body is not read
        slim = _PALETTE_LINK.sub("", head.replace(main.name, name))
        if slim != head:
            path.write_text(slim + end + body, encoding="utf-8")
    return name
