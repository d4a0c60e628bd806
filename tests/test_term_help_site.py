"""Term help and link-language notes on the real built site, in every language."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import expect

from scripts.languages import LANGUAGES, strings

GUIDE = "transitions/leaving-hospital/index.html"


def soup(path):
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def built(site, language, page=GUIDE):
    return site / page if language == "en" else site / language / page


@pytest.mark.parametrize("language", LANGUAGES)
def test_terms_are_explained_by_a_native_toggle_that_links_to_the_glossary(site, language):
    page = built(site, language)
    html = soup(page)
    buttons = html.select("[data-pagefind-body] button.term")
    assert len(buttons) >= 5, f"only {len(buttons)} terms explained on {page}"
    assert html.select("abbr") == []
    for button in buttons:
        popover = html.find(id=button["popovertarget"])
        assert popover is not None and popover.has_attr("popover")
        link = popover.find("a")
        target, anchor = link["href"].split("#")
        glossary = (page.parent / target / "index.html").resolve()
        assert glossary == built(site, language, "glossary/index.html").resolve()
        assert soup(glossary).find(id=anchor) is not None, anchor
        assert button.find_parent(["a", "h1", "h2", "h3", "h4"]) is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_print_out_lists_the_terms_it_explained(site, language):
    """The popovers, together after the page's text, are the print list: one copy of each definition."""
    html = soup(built(site, language))
    block = html.select_one("[data-pagefind-body] div.terms-print")
    assert block.select_one(".terms-print__title").get_text() == strings(language)["terms_print_heading"]
    assert len(block.select(".term-popover[popover]")) == len(html.select("button.term"))
    assert len(html.select(".term-popover")) == len(html.select("button.term"))
    assert block.select("a[data-print-href]") == []  # their glossary links do not print


def test_the_glossary_page_itself_has_no_toggles(site):
    for language in LANGUAGES:
        assert soup(built(site, language, "glossary/index.html")).select("button.term") == []


@pytest.mark.browser
def test_a_term_opens_by_keyboard_and_by_tap_and_closes_with_escape(server, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True)
    tab = context.new_page()
    tab.goto(server + "bn/" + GUIDE.replace("index.html", ""))
    button = tab.locator("[data-pagefind-body] button.term").first
    popover = tab.locator("#" + button.get_attribute("popovertarget"))
    assert not popover.is_visible()
    button.tap()
    assert popover.is_visible()
    tab.keyboard.press("Escape")
    assert not popover.is_visible()
    button.focus()
    tab.keyboard.press("Enter")
    assert popover.is_visible()
    # The popover sits after the page's text, but Tab goes from its button straight into it, to the glossary link.
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.closest('[popover]')?.id") == popover.get_attribute("id")
    box = popover.bounding_box()
    assert box["y"] + box["height"] <= 844 + 1 and box["width"] > 300  # the sheet at the foot of the screen
    context.close()


@pytest.mark.browser
def test_printed_terms_list_shows_each_definition_and_no_glossary_link(server, page):
    page.goto(server + "bn/" + GUIDE.replace("index.html", ""))
    page.emulate_media(media="print")
    popovers = page.locator(".terms-print .term-popover")
    assert popovers.count() >= 5
    for index in range(popovers.count()):
        expect(popovers.nth(index)).to_be_visible()
        expect(popovers.nth(index).locator("a")).to_be_hidden()
    assert page.locator(".terms-print__title").is_visible()
    assert page.eval_on_selector(".terms-print", "e => getComputedStyle(e).columnCount") == "2"


@pytest.mark.browser
def test_bengali_numbered_lists_use_bengali_digits(server, browser):
    """Bengali text writes numbers in Bengali digits, so its numbered steps do too (CSS list-style-type: bengali)."""
    context = browser.new_context()
    tab = context.new_page()
    tab.goto(server + "bn/" + GUIDE.replace("index.html", ""))
    style = tab.eval_on_selector("[data-pagefind-body] ol", "list => getComputedStyle(list).listStyleType")
    assert style == "bengali"
    tab.goto(server + GUIDE.replace("index.html", ""))
    assert tab.eval_on_selector("[data-pagefind-body] ol", "list => getComputedStyle(list).listStyleType") == "decimal"
    context.close()
