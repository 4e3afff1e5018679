"""The scoreboard by keyboard alone: Tab reaches the log, the period switch and every target in order, focus shows,
Enter follows."""

from pathlib import Path
from urllib.parse import urljoin

import pytest
from browser_support import open_page

from campaign.publish.paths import target_slug
from campaign.read.load import load
from campaign.score.evaluation import Status
from campaign.score.review import review

ROOT = Path(__file__).resolve().parent.parent
BOARD = "2021/bang-theo-doi/"

# Read once the transitions that focus starts (the skip link fades in) have run.
FOCUSED = """async () => {
  await Promise.all(document.getAnimations().map(a => a.finished.catch(() => null)));
  const e = document.activeElement;
  const style = getComputedStyle(e);
  const box = e.getBoundingClientRect();
  return {
    tag: e.tagName.toLowerCase(),
    href: e.getAttribute('href'),
    text: (e.textContent || '').trim().replace(/\\s+/g, ' '),
    inContent: !!e.closest('article'),
    focusVisible: e.matches(':focus-visible'),
    shown: box.width > 0 && box.height > 0 && e.checkVisibility({opacityProperty: true, visibilityProperty: true}),
    outline: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
    boxShadow: style.boxShadow,
  };
}"""


def expected_content_links() -> list[tuple[str, str]]:
    """(href, text start) of the links a keyboard must reach first in the scoreboard, in reading order."""
    dataset, report = load(ROOT / "data")
    assert dataset is not None, report.problems
    year = dataset.year(2021)
    leading = review(year).leading
    current = leading.period
    # The verdict first: the targets not reached, by their short names.
    short = [(f"../chi-tieu/{target_slug(t.target)}/", t.target.label) for t in leading.targets
             if t.status is Status.NOT_MET]
    log = [("../nhat-ky-so-lieu/", "Nhật ký cập nhật số liệu")]  # beside "Cập nhật số liệu lần cuối", at the top
    periods = [(f"{p.id}/", f"{p.name} (") for p in year.campaign.periods if p.id != current.id]
    # The table: what is not reached first, then what waits for the Council, then the rest, each in code order.
    first = [Status.NOT_MET, Status.MET_OVER_CAP, Status.INCOMPLETE, Status.NO_DATA]
    rows = sorted(leading.targets, key=lambda t: first.index(t.status) if t.status in first else len(first))
    targets = [(f"../chi-tieu/{target_slug(t.target)}/", f"{t.target.id}. ") for t in rows]
    return short + log + periods + targets


def tab_through(page, stop_at: str, limit: int = 150) -> list[dict]:
    """Press Tab from the top of the page until the link to `stop_at` has focus; every focused element, in order."""
    seen = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        seen.append(page.evaluate(FOCUSED))
        if seen[-1]["href"] == stop_at:
            return seen
    pytest.fail(f"{limit} presses of Tab never reached {stop_at}: {[s['text'][:30] for s in seen]}")


@pytest.fixture(scope="module")
def tab_walk(site_server, browser) -> list[dict]:
    """Every element Tab focuses on the scoreboard, from the top to the last target link."""
    with open_page(browser, site_server + BOARD) as (page, _):
        return tab_through(page, stop_at=expected_content_links()[-1][0])


@pytest.mark.browser
def test_tab_reaches_the_period_switch_then_every_target_in_order(tab_walk):
    expected = expected_content_links()
    content = [(s["href"], s["text"]) for s in tab_walk if s["inContent"]]
    assert len(content) == len(expected), content
    for (href, text), (want_href, want_start) in zip(content, expected):
        assert href == want_href and text.startswith(want_start), (href, text, want_href, want_start)


@pytest.mark.browser
def test_focus_is_visible_on_everything_tab_reaches(tab_walk):
    hidden = [s for s in tab_walk
              if not (s["shown"] and s["focusVisible"]) or (s["outline"] <= 0 and s["boxShadow"] == "none")]
    assert not hidden, hidden
    # In the content the ring is ours: 2 px at least, solid, so it shows on an old office screen too.
    thin = [s for s in tab_walk if s["inContent"] and s["outline"] < 2]
    assert not thin, thin


@pytest.mark.browser
@pytest.mark.parametrize("which", ["period", "target"])
def test_enter_follows_the_focused_link(site_server, browser, which):
    expected = expected_content_links()
    href = expected[1][0] if which == "period" else expected[-1][0]
    with open_page(browser, site_server + BOARD) as (page, _):
        tab_through(page, stop_at=href)
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert page.url == urljoin(site_server + BOARD, href)
