"""Material's stylesheet pruned to what the site shows: rules for what no page has and no script makes go; states,
structure, print and what the theme's script adds at run time stay; the rules kept are the same bytes."""

import re
from pathlib import Path

import material
import pytest

from campaign.publish.theme_css import Shown, attribute_names, prune, slim_site
from campaign.publish.theme_script import focusable_code

ROOT = Path(__file__).resolve().parent.parent
MATERIAL_CSS = Path(material.__file__).resolve().parent / "templates" / "assets" / "stylesheets"


def shown(css: str, *pages: str, scripts: tuple[str, ...] = ()) -> Shown:
    found = Shown(attribute_names=attribute_names(css))
    for page in pages:
        found.add_page(page)
    for script in scripts:
        found.add_script(script)
    return found


def pruned(css: str, *pages: str, scripts: tuple[str, ...] = ()) -> str:
    return prune(css, shown(css, *pages, scripts=scripts))


def test_a_rule_for_what_no_page_has_goes_and_the_rest_stays_word_for_word():
    css = "a{color:red}.note .title{top:0}.z,.q{left:0}div.z{x:1}span.z{x:2}"
    assert pruned(css, '<p><a class="z" href="x">a</a><div class="z"></div></p>') == "a{color:red}.z{left:0}div.z{x:1}"


def test_states_parts_and_structure_never_drop_a_rule():
    css = (".z:hover>a::before{a:1}:not(.absent) .z{b:2}.z:nth-child(2n+1){c:3}*,:after{d:4}"
           "[data-md-toggle=search]:checked~.z{e:5}.z:focus-visible{f:6}")
    page = '<input data-md-toggle="search" type="checkbox"><div class="z"><a href="#">x</a></div>'
    assert pruned(css, page) == css


def test_media_queries_and_print_are_pruned_inside_and_kept_otherwise():
    css = "@media print{.z{a:1}.gone{b:2}}@media screen and (max-width:44.984375em){.gone{c:3}}@page{margin:1cm}"
    assert pruned(css, '<p class="z">') == "@media print{.z{a:1}}@page{margin:1cm}"
    keyframes = "@keyframes spin{0%{a:1}to{a:2}}@charset \"UTF-8\";"
    assert pruned(keyframes, "<p>") == keyframes


def test_what_a_script_makes_stays_and_what_it_only_looks_for_goes():
    css = (".md-tooltip{a:1}.md-typeset__table{b:2}.md-gone{c:3}.p{d:4}p{e:5}[data-md-state=lock]{f:6}"
           ".md-header--shadow{g:7}")
    script = ('x("div",{class:"md-typeset__table"});e.classList.add("md-header--shadow");'
              'x("p",{class:"md-tooltip"});document.querySelector(".md-gone");setAttribute("data-md-state","lock")')
    page = '<header class="md-header"></header>'
    # "p" names an element the script makes, not a class; ".md-gone" is a selector it looks for.
    assert pruned(css, page, scripts=(script,)) == (".md-tooltip{a:1}.md-typeset__table{b:2}p{e:5}"
                                                    "[data-md-state=lock]{f:6}.md-header--shadow{g:7}")


def test_markup_a_script_writes_names_its_elements_and_classes():
    css = ".md-search-result mark{a:1}.md-result em.hit{b:2}.md-gone strong{c:3}"
    script = 'out += html.slice(a, b) + "<mark>" + x; y = `<em class="hit other">${t}</em>`'
    assert pruned(css, '<div class="md-search-result md-result">', scripts=(script,)) == (
        ".md-search-result mark{a:1}.md-result em.hit{b:2}")


def test_a_name_a_script_finishes_at_run_time_keeps_the_classes_it_begins():
    css = ".md-source__fact--version{a:1}.md-source__fact--stars{b:2}.md-other--x{c:3}"
    script = "x(\"li\",{class:`md-source__fact md-source__fact--${t}`})"
    assert pruned(css, "<p>", scripts=(script,)) == ".md-source__fact--version{a:1}.md-source__fact--stars{b:2}"


def test_code_blocks_are_focusable_before_materials_script_runs():
    html = '<pre><code class="language-yaml">a: 1</code></pre><pre class="x"><code tabindex="-1">b</code></pre><code>c</code>'
    assert focusable_code(html) == ('<pre><code tabindex="0" class="language-yaml">a: 1</code></pre>'
                                    '<pre class="x"><code tabindex="-1">b</code></pre><code>c</code>')


def test_attribute_values_are_compared():
    css = '[dir=rtl] .z{a:1}[dir=ltr] .z{b:2}a[href^="#"]{c:3}a[href$=".pdf"]{d:4}[class*=z]{e:5}'
    page = '<body dir="ltr"><p class="z"><a href="#top">x</a></p></body>'
    assert pruned(css, page, scripts=('"dir"',)) == '[dir=ltr] .z{b:2}a[href^="#"]{c:3}[class*=z]{e:5}'


def test_braces_and_quotes_inside_strings_and_comments_are_text():
    css = '.z{background:url("data:image/svg+xml;a{b}c;")}/* } .gone{ */.gone{content:"}"}.z:after{content:\'{\'}'
    assert pruned(css, '<i class="z">') == '.z{background:url("data:image/svg+xml;a{b}c;")}.z:after{content:\'{\'}'


def test_materials_stylesheet_with_everything_shown_comes_back_byte_for_byte():
    css = next(MATERIAL_CSS.glob("main.*.min.css")).read_text(encoding="utf-8")
    # A page with an element of every class, and a script naming every word: every element could be made.
    words = " ".join(sorted(set(re.findall(r"[A-Za-z_][\w-]*", css))))
    everything = shown(css, f'<div class="{words}">', scripts=(f'"{words}"',))
    assert prune(css, everything) == css


def test_a_site_gets_one_stylesheet_named_after_its_content(tmp_path):
    theme = tmp_path / "assets" / "stylesheets"
    theme.mkdir(parents=True)
    (theme / "main.0123abcd.min.css").write_text('@charset "UTF-8";.z{a:1}.gone{b:2}\n/*# sourceMappingURL=x.map*/')
    (theme / "main.0123abcd.min.css.map").write_text("{}")
    (theme / "palette.4567cdef.min.css").write_text('@charset "UTF-8";[data-md-color-primary=indigo]{c:3}.gone{d:4}')
    links = ('<link rel="stylesheet" href="{0}assets/stylesheets/main.0123abcd.min.css">\n      '
             '<link rel="stylesheet" href="{0}assets/stylesheets/palette.4567cdef.min.css">')
    page = '<html><head>{}</head><body data-md-color-primary="indigo"><p class="z">main.0123abcd.min.css</p></body>'
    (tmp_path / "index.html").write_text(page.format(links.format("")))
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "index.html").write_text(page.format(links.format("../../")))
    name = slim_site(tmp_path)
    assert re.fullmatch(r"main\.[0-9a-f]{8}\.min\.css", name)
    assert [p.name for p in theme.iterdir()] == [name]
    assert (theme / name).read_text() == '@charset "UTF-8";.z{a:1}\n[data-md-color-primary=indigo]{c:3}'
    assert (tmp_path / "a" / "b" / "index.html").read_text() == page.format(
        f'<link rel="stylesheet" href="../../assets/stylesheets/{name}">')
    # The page's own text is not a link: only the head is rewritten.
    assert "<p class=\"z\">main.0123abcd.min.css</p>" in (tmp_path / "index.html").read_text()


@pytest.mark.site
def test_the_built_site_loads_one_pruned_theme_stylesheet(built_site, built_pages):
    material = sum(len(p.read_bytes()) for p in MATERIAL_CSS.glob("*.min.css"))
    theme = list((built_site / "assets" / "stylesheets").iterdir())
    assert len(theme) == 1 and theme[0].stat().st_size < 0.6 * material, theme
    text = theme[0].read_text(encoding="utf-8")
    # What the site shows or the theme's script makes stays; kinds of admonition and code the site has none of go.
    for kept in (".md-header", ".md-search-result__item", ".md-tooltip2", ".md-typeset__table", "@media print",
                 "[data-md-toggle=search]:checked", ".md-typeset .admonition"):
        assert kept in text, kept
    for gone in (".highlight .kd", ".md-typeset .tabbed-set", ".md-post__", ".md-typeset .task-list", ".md-tabs",
                 ".md-typeset .mermaid", ".md-banner"):
        assert gone not in text, gone
    for page in built_pages:
        html = page.read_text(encoding="utf-8")
        links = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
        assert [link.rsplit("/", 1)[-1] for link in links] == [theme[0].name, "thidua.css"], (page, links)
