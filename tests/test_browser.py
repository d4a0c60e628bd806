"""What only a browser shows: search, language links, video loading, print, accessibility, small screens.

Debian's Chromium, driven by Playwright, against the real built site served on loopback.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest
import zxingcpp
from PIL import Image, ImageChops
from playwright.sync_api import expect

from scripts.languages import LANGUAGES, strings
from tests.conftest import ROOT, html_pages

AXE = (ROOT / "node_modules" / "axe-core" / "axe.min.js").read_text(encoding="utf-8")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
BENGALI_NEXT_TO_PUNCTUATION_RE = re.compile(r"\(([\u0980-\u09FF]+)\)\s*।")
SEARCH_WORDS = {"en": "hospital", "cy": "ysbyty", "so": "isbitaal"}

pytestmark = pytest.mark.browser


def prefix(language: str) -> str:
    return "" if language == "en" else f"{language}/"


def site_pages(site: Path) -> list[str]:
    """Every page as a URL path relative to the site root."""
    return [p.relative_to(site).as_posix().removesuffix("index.html") for p in html_pages(site) if p.name == "index.html"]


def is_local(url: str) -> bool:
    return urlsplit(url).hostname in ("127.0.0.1", None) or url.startswith(("data:", "blob:"))


def site_relative(server: str, path: str) -> str:
    """A URL path without the site's published prefix (e.g. /carers-guides/cy/x/ -> /cy/x/)."""
    base = urlsplit(server).path
    return "/" + path[len(base):] if path.startswith(base) else path


def search(page, server: str, language: str, query: str) -> list[str]:
    page.goto(f"{server}{prefix(language)}search/?q={quote(query)}")
    waiting = re.compile(rf"^(|{re.escape(strings(language)['search_searching'])})$")
    expect(page.locator(".search-results__status")).not_to_have_text(waiting)  # the page's CSP forbids string eval
    paths = page.eval_on_selector_all(".search-results__list a", "links => links.map(a => new URL(a.href).pathname)")
    return [site_relative(server, path) for path in paths]


@pytest.mark.parametrize("language", ["en", "cy", "so"])
def test_search_finds_pages_in_the_readers_language_only(page, server, language):
    found = search(page, server, language, SEARCH_WORDS[language])
    assert found, f"no results for {SEARCH_WORDS[language]!r} in {language}"
    for path in found:
        first = path.strip("/").split("/")[0]
        if language == "en":
            assert first not in LANGUAGES, path
        else:
            assert first == language, path


def test_bengali_search_finds_a_word_written_in_brackets_before_a_danda(page, server, site):
    candidates = [
        (path, match.group(1))
        for path in html_pages(site / "bn")
        for match in BENGALI_NEXT_TO_PUNCTUATION_RE.finditer(path.read_text(encoding="utf-8"))
    ]
    assert candidates, "no Bengali page has a word in brackets before a danda"
    path, word = candidates[0]
    found = search(page, server, "bn", word)
    expected = "/" + path.relative_to(site).as_posix().removesuffix("index.html")
    assert expected in found
    assert all(p.startswith("/bn/") for p in found)


# Three words per language from the guides' titles, and the guide each is about (issue 11).
TOPIC_WORDS = {
    "en": {"hospital": "transitions/leaving-hospital/", "advocacy": "support/advocacy/", "respite": "carers-breaks/"},
    "cy": {"ysbyty": "transitions/leaving-hospital/", "eiriolaeth": "support/advocacy/",
           "argyfwng": "transitions/planning-for-an-emergency/"},
    "bn": {"হাসপাতাল": "transitions/leaving-hospital/", "অ্যাডভোকেসি": "support/advocacy/", "রেসপাইট": "carers-breaks/"},
    "so": {"isbitaal": "transitions/leaving-hospital/", "doodid": "support/advocacy/",
           "degdeg": "transitions/planning-for-an-emergency/"},
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_puts_the_guide_about_a_topic_first_and_says_what_kind_each_result_is(page, server, language):
    words = strings(language)
    kinds = {words["search_kind_guide"], words["search_kind_example"], words["search_kind_about"]}
    for word, guide in TOPIC_WORDS[language].items():
        found = search(page, server, language, word)
        assert found and found[0] == f"/{prefix(language)}{guide}", f"{word!r}: {found[:3]}"
        assert set(page.locator(".search-results__kind").all_inner_texts()) <= kinds
        assert page.locator(".search-results__kind").first.inner_text() == words["search_kind_guide"]
        # Every match is on the page: the count in the status is the number of results listed.
        status = page.locator(".search-results__status").inner_text()
        count = page.locator(".search-results__list > li").count()
        assert local_count(count, language) in status


def local_count(count: int, language: str) -> str:
    return str(count).translate(str.maketrans("0123456789", strings(language)["digits"]))


def test_search_never_lists_utility_pages(page, server):
    for language in LANGUAGES:
        for word in (strings(language)["search_label"], "404"):
            found = search(page, server, language, word)
            assert not [p for p in found if p.rstrip("/").endswith(("/search", "translation-status", "404.html"))], found


def test_search_loads_nothing_until_the_reader_searches(page, server):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(server + "cy/about/")
    page.wait_for_load_state("networkidle")
    assert not [url for url in requests if "/assets/search/" in url]


def test_language_link_keeps_the_reader_on_the_same_page(page, server):
    page.goto(server + "about/privacy/")
    page.click('.language-links a[lang="cy"]')
    page.wait_for_url("**/cy/about/privacy/")
    assert page.get_attribute("html", "lang") == "cy"
    page.click('.language-links a[lang="bn"]')
    page.wait_for_url("**/bn/about/privacy/")
    assert page.get_attribute("html", "lang") == "bn"


@pytest.mark.parametrize("language", LANGUAGES)
def test_video_loads_nothing_from_youtube_until_play_is_pressed(browser, server, language):
    context = browser.new_context()
    page = context.new_page()
    outside = []

    def route(route):
        if not is_local(route.request.url):
            outside.append(route.request.url)
            route.abort()  # this machine has no internet; record the attempt instead
        else:
            route.continue_()

    page.route("**/*", route)
    page.goto(f"{server}{prefix(language)}carers-own-words/")
    page.wait_for_load_state("networkidle")
    assert outside == []
    assert page.locator("iframe").count() == 0
    button = page.locator(".video__play").first
    assert button.is_visible()
    assert strings(language)["video_play"] in button.inner_text()
    button.click()
    frame = page.locator(".video iframe").first
    frame.wait_for()
    assert frame.get_attribute("src").startswith("https://www.youtube-nocookie.com/embed/")
    assert frame.get_attribute("title")
    page.wait_for_timeout(300)
    assert outside and all(urlsplit(url).hostname == "www.youtube-nocookie.com" for url in outside)
    context.close()


def test_without_javascript_videos_are_plain_links_and_search_explains(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server + "carers-own-words/")
    assert page.locator(".video__play").first.is_hidden()
    link = page.locator(".video__link a").first
    assert link.is_visible() and link.get_attribute("href").startswith("https://www.youtube.com/watch?v=")
    page.goto(server + "so/search/?q=x")
    assert strings("so")["search_no_js"] in page.inner_text("body")
    context.close()


def test_print_hides_navigation_and_shows_address_and_qr_code(page, server):
    page.goto(server + "cy/transitions/leaving-hospital/")
    page.emulate_media(media="print")
    for selector in (".md-header", ".md-sidebar--primary", ".site-tools", ".page-actions", ".md-footer"):
        assert page.locator(selector).first.is_hidden(), selector
    assert page.locator(".print-address svg.qr-code").is_visible()
    assert page.locator(".print-address__url").inner_text().endswith("/cy/transitions/leaving-hospital/")
    # A phone reads the printed code back to the printed address (zxing-cpp's reader, from Chromium's pixels).
    code = Image.open(io.BytesIO(page.locator(".print-address svg.qr-code").screenshot(scale="device")))
    assert [found.text for found in zxingcpp.read_barcodes(code)] == [page.locator(".print-address__url").inner_text()]
    assert page.locator(".print-address__review").is_visible()  # review dates print with the address, under the title
    after = page.evaluate("""() => {
        const link = document.querySelector('[data-pagefind-body] a[href^="http"]');
        return link ? getComputedStyle(link, '::after').content : null; }""")
    assert after is None or "http" in after


def test_print_button_opens_the_print_dialog(page, server):
    page.goto(server + "bn/about/printing/")
    page.evaluate("() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; }")
    button = page.locator("button[data-print]")
    assert button.inner_text() == strings("bn")["print_button"]
    button.click()
    assert page.evaluate("window.__printed") == 1


@pytest.mark.parametrize("javascript", [True, False])
def test_phone_menu_opens_and_leads_to_a_page_without_materials_script(browser, server, javascript):
    """Material's bundle is not loaded: the drawer is its CSS checkbox, with Escape added by site.js."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, java_script_enabled=javascript)
    page = context.new_page()
    page.goto(server + "so/transitions/leaving-hospital/")
    drawer = page.locator(".md-sidebar--primary")
    target = drawer.locator("a[href$='moving-into-a-care-home/']").first  # same section: open
    expect(target).not_to_be_in_viewport()  # the closed drawer is off the screen
    page.locator("label.md-header__button[for=__drawer]").click()
    expect(target).to_be_in_viewport()
    if javascript:
        page.keyboard.press("Escape")
        expect(target).not_to_be_in_viewport()
        page.locator("label.md-header__button[for=__drawer]").click()
        expect(target).to_be_in_viewport()
    target.click()
    page.wait_for_url("**/so/transitions/moving-into-a-care-home/")
    context.close()


def test_back_to_top_appears_when_scrolling_back_up_and_goes_to_the_top(browser, server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(server + "transitions/leaving-hospital/")
    button = page.locator(".md-top")
    shown = lambda: page.eval_on_selector(".md-top", "b => !b.hidden && getComputedStyle(b).opacity === '1'")
    assert not shown()
    page.mouse.wheel(0, 3000)
    page.wait_for_timeout(300)
    assert not shown()  # reading on down: not in the way
    page.mouse.wheel(0, -300)
    page.wait_for_function("() => !document.querySelector('.md-top').hidden")
    page.wait_for_timeout(300)  # Material's CSS fades it in
    assert shown()
    button.click()
    page.wait_for_function("window.scrollY === 0")
    context.close()


@pytest.mark.parametrize("forced_colors", ["none", "active"])
def test_menu_and_back_to_top_icons_are_drawn_as_materials_were(browser, server, forced_colors):
    """The two icons come from site.css, not inline SVG in every page: each is drawn pixel for pixel as
    Material's inline SVG of the same path, in the same place, also in forced colours (Windows contrast themes)."""
    material = Path(__import__("material").__file__).parent / "templates" / ".icons" / "material"
    context = browser.new_context(viewport={"width": 390, "height": 844}, forced_colors=forced_colors)
    page = context.new_page()
    page.goto(server + "bn/transitions/leaving-hospital/")
    page.evaluate("document.querySelector('.md-top').hidden = false")
    page.wait_for_timeout(300)  # Material's CSS fades it in
    for selector, icon in (("label.md-header__button[for=__drawer]", "menu"), (".md-top", "arrow-up")):
        control = page.locator(selector)
        ours = Image.open(io.BytesIO(control.screenshot())).convert("RGB")
        darkest, lightest = ours.convert("L").getextrema()
        assert lightest - darkest > 100, f"{selector}: no icon drawn"
        svg = (material / f"{icon}.svg").read_text(encoding="utf-8")
        control.evaluate("(e, svg) => e.querySelector('.site-icon').outerHTML = svg", svg)
        theirs = Image.open(io.BytesIO(control.screenshot())).convert("RGB")
        difference = max(high for _, high in ImageChops.difference(ours, theirs).getextrema())
        assert difference <= 8, f"{selector}: differs from Material's icon by {difference} levels"
    context.close()


def test_table_of_contents_marks_the_part_being_read(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(server + "cy/transitions/leaving-hospital/")
    heading_id = page.eval_on_selector_all("[data-pagefind-body] h2[id]", "hs => hs[2].id")
    page.evaluate("id => document.getElementById(id).scrollIntoView()", heading_id)
    # One table of contents (toc.integrate), under the page's own entry in the menu, on screen beside the text.
    active = page.locator(f".md-sidebar--primary .md-nav--secondary a.md-nav__link--active[href='#{heading_id}']")
    expect(active).to_have_count(1)
    expect(active).to_be_visible()
    assert page.locator(".md-nav--secondary").count() == 1
    context.close()


def test_pruned_stylesheet_draws_every_page_exactly_as_materials_whole_one(browser, server):
    """scripts/css_prune.py drops rules no page uses: each screen must be pixel for pixel the same."""
    import material

    original = next((Path(material.__file__).parent / "templates/assets/stylesheets").glob("main.*.min.css")).read_bytes()
    whole = lambda route: route.fulfill(body=original, content_type="text/css")
    sheet = re.compile(r"/assets/stylesheets/main\.[0-9a-f]+\.min\.css$")
    differences = []
    for viewport, mobile in (({"width": 390, "height": 844}, True), ({"width": 1280, "height": 900}, False)):
        for path in ("transitions/leaving-hospital/", "bn/", "cy/good-practice/", "so/glossary/", "search/?q=care", "404.html"):
            shots = []
            for routed in (False, True):
                context = browser.new_context(viewport=viewport, is_mobile=mobile)
                page = context.new_page()
                if routed:
                    page.route(sheet, whole)
                page.goto(server + path)
                page.wait_for_load_state("networkidle")
                shots.append(page.screenshot(full_page=True, animations="disabled"))
                if mobile:
                    page.locator("label.md-header__button[for=__drawer]").click()
                    page.wait_for_timeout(400)
                    shots.append(page.screenshot(animations="disabled"))
                context.close()
            half = len(shots) // 2
            if shots[:half] != shots[half:]:
                differences.append(f"/{path} at {viewport['width']}px")
    assert differences == []


def test_draft_notice_is_shown_in_the_readers_language(page, server):
    for language in LANGUAGES[1:]:
        page.goto(f"{server}{language}/")
        notice = page.locator(".page-notice--draft")
        assert notice.is_visible() and notice.locator("summary").inner_text() == strings(language)["draft_summary"]
        notice.locator("summary").click()
        assert strings(language)["draft_translation"] in notice.inner_text()
        assert page.locator(".page-notice--behind").count() == 0


def test_behind_and_fallback_notices_are_shown_in_the_readers_language(page, variant_server):
    for language in LANGUAGES[1:]:
        page.goto(f"{variant_server}{language}/about/printing/")
        notice = page.locator(".page-notice--behind")
        assert notice.is_visible() and strings(language)["behind_english"] in notice.inner_text()
        notice.locator('a[hreflang="en"]').click()
        page.wait_for_url("**/about/printing/")
        assert page.get_attribute("html", "lang") == "en"
    page.goto(f"{variant_server}so/about/privacy/")
    assert page.locator(".page-notice--fallback").inner_text().strip() == strings("so")["not_translated"]
    assert page.get_attribute("[data-pagefind-body]", "lang") == "en"


def test_overdue_review_notice_is_worked_out_in_the_browser(browser, server):
    context = browser.new_context()
    context.add_init_script("Date.prototype.toISOString = function () { return '2031-01-01T00:00:00.000Z'; };")
    page = context.new_page()
    page.goto(server + "cy/transitions/leaving-hospital/")
    notice = page.locator(".page-notice--overdue")
    expect(notice).to_be_visible()
    # In Welsh, with the date as the page's own review line gives it; above the page's text.
    date = page.locator(".page-review time[data-next-review]").inner_text()
    expect(notice).to_have_text(strings("cy")["review_overdue"].replace("{date}", date))
    assert notice.evaluate("n => n.nextElementSibling.matches('[data-pagefind-body]')")
    context.close()
    fresh = browser.new_page()
    fresh.goto(server + "cy/transitions/leaving-hospital/")
    fresh.wait_for_load_state("networkidle")
    assert fresh.locator(".page-notice--overdue").count() == 0
    fresh.close()


def test_good_practice_list_narrows_by_nation_and_topic(page, server):
    page.goto(server + "good-practice/")
    items = page.locator("[data-example-list] > li")
    total = items.count()
    assert total >= 20
    page.select_option("#example-nation", "wales")
    shown = page.locator("[data-example-list] > li:visible").count()
    assert 0 < shown < total
    for index in range(total):
        item = items.nth(index)
        assert item.is_visible() == ("wales" in item.get_attribute("data-nations").split())
    topic = page.locator("#example-topic option").nth(1).get_attribute("value")
    page.select_option("#example-nation", "")
    page.select_option("#example-topic", topic)
    assert 0 < page.locator("[data-example-list] > li:visible").count() < total
    assert page.locator(".example-filter__count").inner_text()


def test_no_content_security_policy_violations(page, server):
    violations = []
    page.on("console", lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None)
    for path in ("", "cy/carers-own-words/", "bn/search/?q=বিরতি", "good-practice/"):
        page.goto(server + path)
        page.wait_for_load_state("networkidle")
    assert violations == []


def test_every_page_passes_axe_and_fits_a_320px_screen(browser, server, site):
    context = browser.new_context(viewport={"width": 320, "height": 800}, bypass_csp=True)
    page = context.new_page()
    failures = []
    for path in site_pages(site) + ["404.html", "cy/404.html", "bn/404.html", "so/404.html"]:
        page.goto(server + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if overflow > 0:
            failures.append(f"/{path}: {overflow}px wider than a 320px screen")
        page.add_script_tag(content=AXE)
        result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
        for violation in result["violations"]:
            targets = [node["target"] for node in violation["nodes"]][:3]
            failures.append(f"/{path}: {violation['id']} ({violation['impact']}): {violation['help']} at {targets}")
    context.close()
    assert failures == [], "\n".join(failures)


def test_pages_pass_axe_on_a_desktop_screen_with_menus_open(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    page = context.new_page()
    failures = []
    for language in LANGUAGES:
        for path in ("", "transitions/leaving-hospital/", "good-practice/", "search/?q=x"):
            page.goto(f"{server}{prefix(language)}{path}")
            page.add_script_tag(content=AXE)
            result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
            failures += [f"{language}/{path}: {v['id']}: {v['help']}" for v in result["violations"]]
    context.close()
    assert failures == [], "\n".join(failures)
