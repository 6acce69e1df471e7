"""The public site on a 375 px wide phone: no page scrolls sideways, and the
navigation, the search and the filters fit on the screen and work."""

from playwright.sync_api import expect

from tests.browser.conftest import MOBILE
from tests.browser.helpers import BROWSER_TEST, horizontal_overflow

pytestmark = BROWSER_TEST


def assert_on_screen(locator) -> None:
    box = locator.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= MOBILE["width"], (locator, box)


def test_no_public_page_scrolls_sideways_on_a_phone(mobile_page, public_pages):
    too_wide = {}
    for name, url in public_pages.items():
        mobile_page.goto(url)
        if overflow := horizontal_overflow(mobile_page):
            widest = mobile_page.evaluate(
                """() => [...document.querySelectorAll("body *")]
                    .filter(e => e.getBoundingClientRect().right > innerWidth + 0.5)
                    .slice(0, 3).map(e => e.tagName.toLowerCase() + "." + e.className)"""
            )
            too_wide[f"{name} {url}"] = f"{overflow}px too wide: {widest}"
    assert not too_wide, f"pages wider than {MOBILE['width']}px: {too_wide}"


def test_navigation_search_and_filters_work_on_a_phone(mobile_page, public_pages):
    page = mobile_page
    page.goto(public_pages["home"])
    nav = page.get_by_role("navigation", name="Main")
    for name in ["News", "Events", "Partners"]:
        link = nav.get_by_role("link", name=name)
        expect(link).to_be_visible()
        assert_on_screen(link)
    nav.get_by_role("link", name="Events").tap()
    expect(page.locator("h1")).to_have_text("Events")

    search = page.get_by_role("searchbox", name="Search the news")
    assert_on_screen(search)
    search.fill("forum")
    search.press("Enter")
    expect(page.locator(".result-count")).to_contain_text("1 article")

    page.goto(public_pages["news list"])
    filters = page.get_by_role("search", name="Search and filter the news")
    for label in ["Search", "Topic", "Partner", "Event type", "Year", "Month"]:
        field = filters.get_by_label(label, exact=True)
        expect(field).to_be_visible()
        assert_on_screen(field)
    filters.get_by_label("Year", exact=True).select_option("2023")
    apply = filters.get_by_role("button", name="Apply filters")
    assert_on_screen(apply)
    apply.tap()
    expect(page.locator(".result-count")).to_have_text("1 article matches these filters")
    expect(page.get_by_role("link", name="Delegation from CRES visits the centre")).to_be_visible()
