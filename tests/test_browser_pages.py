"""Every page in a real browser: loads cleanly, fits a phone and a desktop, passes axe at WCAG 2.1 AA."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import pytest

from browser_support import AXE, new_context, open_page, page_paths, visit

WIDTHS = (360, 1280)
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# The page scrolls sideways when its content is wider than the window; a wide table must scroll in its own box.
SIDEWAYS = """() => {
  const root = document.scrollingElement;
  if (root.scrollWidth <= root.clientWidth) return null;
  const wide = [...document.querySelectorAll('main *')]
    .filter(e => e.getBoundingClientRect().right > root.clientWidth + 1)
    .slice(0, 3).map(e => e.outerHTML.slice(0, 80));
  return `scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth}; first too wide: ${wide.join(' | ')}`;
}"""

AXE_RUN = """async (tags) => {
  const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
  return result.violations.map(v => `${v.id} (${v.impact}): ${v.help}\\n` + v.nodes.slice(0, 5).map(
    n => `    ${n.target.join(' ')}: ${n.failureSummary.split('\\n').slice(1, 2).join('')}`).join('\\n'));
}"""


@dataclass(frozen=True)
class PageReport:
    """What one page showed in the browser at one window width."""

    path: str
    problems: tuple[str, ...]
    sideways: str | None
    violations: tuple[str, ...] | None  # None when axe-core is not installed


@pytest.fixture(scope="module")
def survey(built_site, site_server, browser):
    """survey(width): every page loaded once at that width, checked for all the tests below."""

    @functools.cache
    def at(width: int) -> list[PageReport]:
        reports = []
        context = new_context(browser, width=width)
        try:
            for path in page_paths(built_site):
                # An idle network: the search index and whatever comes after "load" has arrived (or failed).
                with visit(context, site_server + path, wait_until="networkidle") as (page, watch):
                    sideways = page.evaluate(SIDEWAYS)
                    violations = None
                    if AXE.is_file():
                        page.add_script_tag(path=str(AXE))
                        violations = tuple(page.evaluate(AXE_RUN, WCAG_21_AA))
                    reports.append(PageReport(path, tuple(watch.problems), sideways, violations))
        finally:
            context.close()
        return reports

    return at


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
def test_every_page_loads_cleanly(built_site, survey, width):
    reports = survey(width)
    assert len(reports) == len(list(built_site.rglob("*.html"))) > 20
    found = [f"/{r.path}: {problem}" for r in reports for problem in r.problems]
    assert not found, "\n".join(found)


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
def test_no_page_scrolls_sideways(survey, width):
    found = [f"/{r.path}: {r.sideways}" for r in survey(width) if r.sideways]
    assert not found, f"pages wider than the {width} px window:\n" + "\n".join(found)


@pytest.mark.browser
def test_a_wide_table_scrolls_in_its_own_box(site_server, browser):
    with open_page(browser, site_server + "2021/don-vi/", width=360) as (page, _):
        box = page.locator(".tt-table-wrap").first
        assert box.evaluate("e => getComputedStyle(e).overflowX") == "auto"
        assert box.evaluate("e => e.scrollWidth > e.clientWidth"), "the units table should be wider than a phone"
        box.evaluate("e => e.scrollLeft = 100")
        assert box.evaluate("e => e.scrollLeft") > 0
        assert page.evaluate("document.scrollingElement.scrollLeft") == 0


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
def test_every_page_passes_axe_at_wcag21_aa(survey, axe_script, width):
    found = [f"/{r.path}: {violation}" for r in survey(width) for violation in r.violations]
    assert not found, "\n".join(found)
