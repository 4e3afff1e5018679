"""Every page in a real browser: loads cleanly, fits a phone and a desktop, passes axe at WCAG 2.1 AA."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

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

# Every status badge lies within the window's width: none cut off at the edge, none to scroll to.
STATUSES_OUTSIDE = """() => {
  const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll('.tt-status')]
    .filter(e => e.checkVisibility())
    .map(e => [e.getBoundingClientRect(), e.innerText.trim(), e.closest('tr, p, li')])
    .filter(([box]) => box.left < 0 || box.right > width + 0.5)
    .map(([box, text, row]) => `${text} at ${Math.round(box.left)}–${Math.round(box.right)} px, in: ` +
         (row ? row.innerText.slice(0, 50).replace(/\\s+/g, ' ') : ''));
}"""

# Markdown a reader should never see: left raw, it was a link, an escape or an emphasis not rendered.
RAW_MARKDOWN = """() => {
  const article = document.querySelector('article').cloneNode(true);
  article.querySelectorAll('code, pre, script, style').forEach(e => e.remove());
  document.body.appendChild(article);  // innerText needs the copy laid out
  const text = article.innerText;
  article.remove();
  return ['](', '\\\\-', '\\\\(', '**', '__'].filter(mark => text.includes(mark))
    .map(mark => `${mark} in “…${text.slice(Math.max(0, text.indexOf(mark) - 30), text.indexOf(mark) + 30)}…”`);
}"""

# The header's lines of text fit the header: none ends in "…".
HEADER_CUT = """() => [...document.querySelectorAll('.md-header__topic:first-child .md-ellipsis')]
  .filter(e => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1).map(e => e.innerText)"""

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
    statuses_outside: tuple[str, ...] = ()
    raw_markdown: tuple[str, ...] = ()
    header_cut: tuple[str, ...] = ()


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
                    reports.append(PageReport(path, tuple(watch.problems), sideways, violations,
                                              tuple(page.evaluate(STATUSES_OUTSIDE)),
                                              tuple(page.evaluate(RAW_MARKDOWN)), tuple(page.evaluate(HEADER_CUT))))
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
def test_the_wide_grid_is_open_under_short_names_and_scrolls_in_its_own_box(site_server, browser):
    with open_page(browser, site_server + "2021/bang-theo-doi/", width=360) as (page, _):
        grid = page.locator("div.tt-grid")
        assert grid.locator("table").is_visible(), "the Council's grid is open, not in a note box"
        assert "II.3a Hoàn thành tốt trở lên" in grid.locator("thead").inner_text().replace("\n", " ")
        box = grid.locator(".tt-table")
        assert box.evaluate("e => getComputedStyle(e).overflowX") == "auto"
        assert box.evaluate("e => e.scrollWidth > e.clientWidth"), "the grid should be wider than a phone"
        box.evaluate("e => e.scrollLeft = 100")
        assert box.evaluate("e => e.scrollLeft") > 0
        assert page.evaluate("document.scrollingElement.scrollLeft") == 0


@pytest.mark.browser
def test_on_a_phone_table_rows_are_cards_that_name_each_figure(site_server, browser):
    with open_page(browser, site_server + "2021/don-vi/phong-b/", width=360) as (page, _):
        card = page.locator(".tt-cards tbody tr").first
        assert card.evaluate("e => getComputedStyle(e).display") == "block"
        # Each cell after the first says its column's name first (CSS generated content, not in the text).
        cells = card.locator("td").evaluate_all(
            "cells => cells.map(c => [getComputedStyle(c, '::before').content, c.innerText.trim()])")
        assert cells[1] == ['"Số liệu của đơn vị: "', "83,3% (5/6)"]
        assert cells[2][0] == '"Đánh giá: "' and cells[2][1].startswith("✗ Chưa đạt")


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
def test_every_page_passes_axe_at_wcag21_aa(survey, axe_script, width):
    found = [f"/{r.path}: {violation}" for r in survey(width) for violation in r.violations]
    assert not found, "\n".join(found)


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
def test_every_status_is_within_the_window(survey, width):
    reports = survey(width)
    assert any(r.path == "2021/bang-theo-doi/" for r in reports)
    found = [f"/{r.path}: {status}" for r in reports for status in r.statuses_outside]
    assert not found, f"statuses cut off or out of view at {width} px:\n" + "\n".join(found)


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
def test_no_page_shows_raw_markdown(survey, width):
    found = [f"/{r.path}: {mark}" for r in survey(width) for mark in r.raw_markdown]
    assert not found, "\n".join(found)


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
def test_the_header_is_not_cut(survey, width):
    found = [f"/{r.path}: {text!r}" for r in survey(width) for text in r.header_cut]
    assert not found, "\n".join(found)


@pytest.mark.browser
def test_a_missing_deep_address_shows_the_vietnamese_404_page_with_a_way_home_and_to_search(site_server, browser):
    from playwright.sync_api import expect

    with open_page(browser, site_server + "2021/chi-tieu/khong-co/a/b/", width=360) as (page, watch):
        assert page.locator("article h1").inner_text() == "Không tìm thấy trang"
        # Only the address itself is missing: the theme's stylesheet, script and icons load from this depth.
        missing = f"HTTP 404: {site_server}2021/chi-tieu/khong-co/a/b/"
        loading = "console error: Failed to load resource: the server responded with a status of 404 (Not Found)"
        assert sorted(watch.problems) == sorted([loading, missing]), watch.problems
        assert page.locator(".md-header").evaluate("e => getComputedStyle(e).position") == "sticky"
        page.get_by_role("link", name="Về trang chủ").click()
        page.wait_for_url(site_server)
        assert page.locator("article h1").inner_text().startswith("Phát động thi đua")
        page.go_back()
        # The page's own search box: the words go to the home page, where the theme's search opens with them.
        page.get_by_label("Hoặc tìm trang cần đọc theo từ khoá").fill("chien si thi dua")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert urlsplit(page.url).path == "/"
        first = page.locator(".md-search-result__list > li a").first
        expect(first).to_be_visible()
        assert urlsplit(urljoin(page.url, first.get_attribute("href"))).path in {
            "/2021/chi-tieu/", "/2021/chi-tieu/ii-3f/"}
        assert page.locator("input.md-search__input").input_value() == "chien si thi dua"


# Each chart's texts as the browser lays them out: their boxes in the SVG's units, and the SVG's viewBox.
CHART_TEXTS = """() => [...document.querySelectorAll('svg.tt-chart')].map(svg => ({
  view: [svg.viewBox.baseVal.width, svg.viewBox.baseVal.height],
  shown: svg.getBoundingClientRect().width,
  texts: [...svg.querySelectorAll('text')].map(t => {
    const b = t.getBBox();
    return [t.textContent, b.x, b.y, b.x + b.width, b.y + b.height];
  })
}))"""


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
def test_no_chart_label_overlaps_another_or_leaves_the_picture(built_site, site_server, browser, width):
    targets = sorted(p.parent.relative_to(built_site).as_posix() + "/"
                     for p in (built_site / "2021" / "chi-tieu").glob("*/index.html"))
    assert len(targets) == 12
    context = new_context(browser, width=width)
    try:
        for path in targets:
            with visit(context, site_server + path) as (page, _):
                (found,) = page.evaluate(CHART_TEXTS)
            view_width, view_height = found["view"]
            assert found["shown"] <= width, path
            texts = found["texts"]
            outside = [t[0] for t in texts if t[1] < 0 or t[2] < 0 or t[3] > view_width or t[4] > view_height]
            assert not outside, (path, outside)
            overlaps = [(a[0], b[0]) for i, a in enumerate(texts) for b in texts[i + 1:]
                        if a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]]
            assert not overlaps, (path, overlaps)
    finally:
        context.close()
