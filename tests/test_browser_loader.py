"""Material's script loads at the reader's first interaction (overrides/main.html): a page that is only read loads
no script; the first interaction loads it and the theme runs; an address with ?q= opens search at once; a
keyboard reaches the code blocks before it runs."""

from urllib.parse import quote, urlsplit

import pytest
from browser_support import new_context

MATERIAL_RUNS = "() => typeof window.component$ !== 'undefined'"


def scripts_loaded(requests: list[str]) -> list[str]:
    return [urlsplit(url).path for url in requests if urlsplit(url).path.endswith(".js")]


@pytest.mark.browser
@pytest.mark.parametrize("interaction", ["pointer", "keyboard", "touch", "scroll"])
def test_a_page_only_read_loads_no_script_and_the_first_interaction_loads_materials(browser, site_server,
                                                                                     interaction):
    context = new_context(browser, width=390, height=844) if interaction != "touch" else browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    requests, errors = [], []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(site_server + "2021/bang-theo-doi/", wait_until="networkidle")
    page.wait_for_timeout(300)
    assert scripts_loaded(requests) == [] and page.evaluate(MATERIAL_RUNS) is False
    # The page is marked as one with a script, as Material marks it: its search button shows.
    assert page.evaluate("document.documentElement.className") == "js"
    assert page.locator("label.md-header__button[for=__search]").is_visible()
    if interaction == "pointer":
        page.mouse.move(100, 300)
    elif interaction == "keyboard":
        page.keyboard.press("Tab")
    elif interaction == "touch":
        page.touchscreen.tap(200, 500)
    else:
        page.mouse.wheel(0, 400)
    page.wait_for_function(MATERIAL_RUNS)
    assert [path.rsplit("/", 1)[-1].split(".")[0] for path in scripts_loaded(requests)] == ["bundle", "worker"]
    assert not errors, errors
    context.close()


@pytest.mark.browser
def test_an_address_with_a_query_opens_search_at_once(browser, site_server):
    context = new_context(browser)
    page = context.new_page()
    page.goto(site_server + "?q=" + quote("chien si thi dua"), wait_until="load")
    page.wait_for_function("() => document.querySelectorAll('.md-search-result__list > li').length > 0")
    assert page.locator("input.md-search__input").input_value() == "chien si thi dua"
    context.close()


@pytest.mark.browser
def test_a_keyboard_reaches_a_code_block_that_scrolls_before_materials_script_runs(browser, site_server):
    context = new_context(browser, width=360, height=740)
    page = context.new_page()
    page.goto(site_server + "huong-dan/", wait_until="networkidle")
    scrolling = page.evaluate("""() => [...document.querySelectorAll('pre > code')]
        .filter(code => code.scrollWidth > code.clientWidth).map(code => code.tabIndex)""")
    assert scrolling and all(index == 0 for index in scrolling), scrolling
    context.close()
