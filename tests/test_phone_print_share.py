"""Issue 12 in a real browser: the first phone screen, thumb-sized controls, print-outs, shared-link
previews, videos when embeds are blocked, no dead ends without JavaScript, and reports by email.

Debian's Chromium, driven by Playwright, against the real built site served on loopback; every
check runs in all four languages.
"""

from __future__ import annotations

import io
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from scripts.languages import LANGUAGES, language_prefix, local_digits, strings
from tests.conftest import REPORT_EMAIL

pytestmark = pytest.mark.browser

VIDEO_PAGE = "carers-own-words/"
GUIDE = "transitions/leaving-hospital/"


def new_page(browser, **options):
    context = browser.new_context(**options)
    return context, context.new_page()


# 6. Videos that still work when embeds are blocked.

@pytest.mark.parametrize("language", LANGUAGES)
def test_watch_on_youtube_stays_after_play_and_the_player_keeps_its_keyboard(browser, server, language):
    context, page = new_page(browser)
    page.route("**/*", lambda route: route.abort() if "youtube" in route.request.url else route.continue_())
    page.goto(server + language_prefix(language) + VIDEO_PAGE)
    video = page.locator(".video").first
    video.locator(".video__play").click()
    frame = video.locator("iframe")
    frame.wait_for()
    assert "disablekb" not in frame.get_attribute("src")
    link = video.locator(".video__link a")
    assert link.is_visible()
    assert link.get_attribute("href").startswith("https://www.youtube.com/watch?v=")
    assert strings(language)["video_watch"] in link.inner_text()
    context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_video_says_its_language_and_captions_and_never_guesses(browser, server, language):
    """The source (seed 001) names the films and their lengths only, so both are "not known"."""
    words = strings(language)
    for javascript in (True, False):
        context, page = new_page(browser, java_script_enabled=javascript)
        page.goto(server + language_prefix(language) + VIDEO_PAGE)
        facts = page.locator(".video__facts")
        assert facts.count() == page.locator(".video").count() >= 3
        for index in range(facts.count()):
            text = facts.nth(index).inner_text()
            assert facts.nth(index).is_visible()
            assert text == (f"{words['video_spoken']}: {words['video_not_known']}{words['sentence_end']} "
                            f"{words['video_captions']}: {words['video_not_known']}{words['sentence_end']}")
        if javascript:
            page.route("**/*", lambda route: route.abort() if "youtube" in route.request.url else route.continue_())
            page.locator(".video__play").first.click()
            page.locator(".video iframe").first.wait_for()
            assert page.locator(".video__facts").first.is_visible()
        context.close()


# 7. No dead ends without JavaScript.

@pytest.mark.parametrize("language", LANGUAGES)
def test_search_without_javascript_links_to_the_home_page_and_main_guides(browser, server, language):
    context, page = new_page(browser, java_script_enabled=False)
    page.goto(f"{server}{language_prefix(language)}search/?q=hospital")
    notice = page.locator(".search-no-js")
    assert notice.is_visible()
    assert "Start here" not in notice.inner_text()
    links = notice.locator("a")
    hrefs = [links.nth(i).evaluate("a => a.href") for i in range(links.count())]
    home = server + language_prefix(language)
    assert hrefs[0] == home and links.first.inner_text() == strings(language)["home_page"]
    for part in ("am-i-a-carer/", "transitions/", "carers-breaks/", "support/"):
        assert home + part in hrefs
    for href in hrefs:
        response = page.request.get(href)
        assert response.status == 200, href
        assert f'lang="{language}"' in response.text()
    context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_example_filter_is_described_only_when_it_is_shown(browser, server, language):
    intro = strings(language)["examples_filter_intro"]
    for javascript in (False, True):
        context, page = new_page(browser, java_script_enabled=javascript)
        page.goto(server + language_prefix(language) + "good-practice/")
        assert page.locator(".example-filter").is_visible() == javascript
        assert page.locator(".example-filter__intro").is_visible() == javascript
        assert page.locator(".example-filter__intro").inner_text(timeout=1000) == intro
        context.close()


# 8. Report a problem without a GitHub account.

@pytest.mark.parametrize("language", LANGUAGES)
def test_no_email_link_until_the_owners_set_an_address(page, server, language):
    page.goto(server + language_prefix(language) + GUIDE)
    links = page.locator(".page-actions__links a")
    assert page.locator('.page-actions a[href^="mailto:"]').count() == 0  # the page's text may give an email address
    assert links.first.inner_text() == strings(language)["report_problem"]
    assert links.first.get_attribute("href").startswith("https://github.com/")


@pytest.mark.parametrize("language", LANGUAGES)
def test_report_link_opens_github_with_the_title_and_address_the_browser_sends(page, server, language):
    """The link's query keeps letters of every script as they are (a Bengali one is 1.9 KB shorter than
    percent-encoded); what the browser sends to GitHub must still decode to the page's title and address."""
    page.goto(server + language_prefix(language) + GUIDE)
    link = page.locator('.page-actions__links a[href*="/issues/new"]')
    sent = urlsplit(link.evaluate("a => a.href"))  # the address as the browser resolves and encodes it
    assert all(ord(ch) < 128 and not ch.isspace() for ch in sent.geturl())
    query = parse_qs(sent.query)
    assert query["title"] == [f"[{language}] " + page.locator("h1").inner_text().strip()]
    assert query["labels"] == ["page feedback"]
    body = query["body"][0]
    assert body.startswith(strings(language)["report_body_intro"] + "\n\n")
    assert page.url.replace(server, "") in body and body.count("https://") == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_email_link_is_pre_filled_in_the_readers_language(page, variant_server, language):
    words = strings(language)
    page.goto(variant_server + language_prefix(language) + GUIDE)
    email = page.locator('.page-actions__links a[href^="mailto:"]')
    assert email.inner_text() == words["report_email"]
    parts = urlsplit(email.get_attribute("href"))
    assert unquote(parts.path) == REPORT_EMAIL
    query = parse_qs(parts.query)
    title = page.locator("h1").inner_text().strip()
    assert query["subject"] == [words["report_email_subject"].format(title=title)]
    body = query["body"][0]
    assert words["report_body_intro"] in body
    assert page.url.replace(variant_server, "") in body and body.count("https://") == 1
    github = page.locator('.page-actions__links a[href*="/issues/new"]')
    assert github.inner_text() == words["report_on_github"]


# 1. The first phone screen helps.

def bottom_of(page, selector: str) -> float:
    return page.eval_on_selector(selector, "e => e.getBoundingClientRect().bottom + scrollY")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_first_phone_screen_shows_the_task_list(browser, server, language):
    for width, height, links in ((390, 844, 2), (320, 640, 1)):
        context, page = new_page(browser, viewport={"width": width, "height": height})
        page.goto(server + language_prefix(language))
        tasks = page.locator("#what-is-happening ~ ul > li > a")
        for index in range(links):
            box = tasks.nth(index).bounding_box()
            assert box["y"] + box["height"] <= height, f"{width}x{height}: task link {index + 1} ends at {box['y'] + box['height']}"
        context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_guide_pages_show_in_short_in_the_first_screen(browser, server, language):
    for width, height in ((390, 844), (320, 640)):
        context, page = new_page(browser, viewport={"width": width, "height": height})
        for guide in (GUIDE, "support/carers-assessment/", "carers-breaks/"):
            page.goto(server + language_prefix(language) + guide)
            assert bottom_of(page, "#in-short") <= height, f"{width}x{height} {guide}"
        context.close()


# 2. The translation notice is short.

@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_translation_notice_is_one_line_with_the_detail_one_tap_away(browser, server, language):
    words = strings(language)
    for width in (390, 320):
        context, page = new_page(browser, viewport={"width": width, "height": 800})
        page.goto(server + language_prefix(language) + GUIDE)
        notice = page.locator(".page-notice--draft")
        summary = notice.locator("summary")
        assert summary.inner_text() == words["draft_summary"]
        line = summary.locator("span").evaluate("e => parseFloat(getComputedStyle(e).lineHeight)")
        assert summary.locator("span").bounding_box()["height"] <= line + 1, "more than one line"
        assert notice.bounding_box()["height"] <= 48
        assert words["draft_translation"] not in notice.inner_text()
        summary.click()
        assert words["draft_translation"] in notice.inner_text()
        english = notice.locator('a[hreflang="en"]')
        assert english.is_visible() and english.inner_text() == words["draft_read_english"]
        context.close()


@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_translation_notice_prints_as_one_plain_sentence(page, server, language):
    page.goto(server + language_prefix(language) + GUIDE)
    page.emulate_media(media="print")
    notice = page.locator(".page-notice--draft")
    assert notice.inner_text().strip() == strings(language)["draft_translation"]
    assert notice.locator("a:visible").count() == 0


# 3. Controls a thumb can hit.

CONTROLS = (
    ".md-header__button", ".language-links a", ".site-search-link", "#site-search-query", ".site-search button",
    "button[data-print]", ".page-actions__links a", ".page-notice__details summary",
)
MENU_TOGGLES = ".md-nav--primary label.md-nav__link[tabindex]"


def shown_boxes(page, selectors) -> list[dict]:
    return page.evaluate(
        """sels => [...document.querySelectorAll(sels.join(','))]
             .filter(e => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden')
             .map(e => { const r = e.getBoundingClientRect();
               return {name: e.textContent.trim().slice(0, 30) || e.className, left: r.left, top: r.top + scrollY,
                       right: r.right, bottom: r.bottom + scrollY, width: r.width, height: r.height}; })""",
        list(selectors),
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_site_controls_are_44px_with_8px_between_them(browser, server, language):
    for path in (GUIDE, "search/?q=x"):
        for width in (390, 1280):
            context, page = new_page(browser, viewport={"width": width, "height": 900})
            page.goto(server + language_prefix(language) + path)
            boxes = shown_boxes(page, CONTROLS)
            assert len(boxes) >= 6
            small = [f"{b['name']} {b['width']:.0f}x{b['height']:.0f}" for b in boxes if b["width"] < 44 or b["height"] < 44]
            assert small == [], f"{width}px {path}: {small}"
            close = []
            for i, a in enumerate(boxes):
                for b in boxes[i + 1:]:
                    if {a["name"], b["name"]} == {"", strings(language)["search_button"]}:
                        continue  # the search box and its button are one control, joined as on GOV.UK
                    gap = max(max(a["left"], b["left"]) - min(a["right"], b["right"]),
                              max(a["top"], b["top"]) - min(a["bottom"], b["bottom"]))
                    if gap < 8 - 0.5:
                        close.append(f"{a['name']} / {b['name']}: {gap:.1f}px")
            assert close == [], f"{width}px {path}: {close}"
            if width == 390:
                page.evaluate("document.getElementById('__drawer').checked = true")
                page.wait_for_timeout(300)
            toggles = shown_boxes(page, [MENU_TOGGLES])
            # The menu lists only the open section (navigation.prune): a page outside every section has no toggle.
            assert toggles or path != GUIDE, "no menu section toggles shown"
            assert [t for t in toggles if t["width"] < 44 or t["height"] < 44] == []
            context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_skip_to_content_lands_on_the_title(browser, server, language):
    context, page = new_page(browser, viewport={"width": 1280, "height": 900})
    page.goto(server + language_prefix(language) + GUIDE)
    page.keyboard.press("Tab")
    skip = page.locator(".md-skip")
    assert page.evaluate("document.activeElement.classList.contains('md-skip')")
    title_id = page.get_attribute("h1", "id")
    assert skip.get_attribute("href") == f"#{title_id}"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == f"#{title_id}"
    assert page.eval_on_selector("h1", "e => e.getBoundingClientRect().top") >= 0
    context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_control_shows_the_sites_focus_style(browser, server, language):
    """Tab through the page: everything that takes focus gets the 3 px outline and the yellow halo."""
    context, page = new_page(browser, viewport={"width": 1280, "height": 900})
    page.goto(server + language_prefix(language) + GUIDE)
    plain = []
    for _ in range(120):
        page.keyboard.press("Tab")
        style = page.evaluate("""() => { const e = document.activeElement; const s = getComputedStyle(e);
            return {name: (e.textContent || '').trim().slice(0, 30) || e.tagName, outline: s.outlineWidth, style: s.outlineStyle,
                    shadow: s.boxShadow, inside: !!e.closest('[data-pagefind-body]'), body: e === document.body}; }""")
        if style["body"]:
            break  # past the last control
        if style["inside"]:
            continue
        if style["style"] == "none" or float(style["outline"].removesuffix("px")) < 3 or "255, 221, 0" not in style["shadow"]:
            plain.append(style)
    assert plain == []
    context.close()


# 4. Print-outs worth handing over.

KEY_GUIDES = (
    "am-i-a-carer/", "transitions/leaving-hospital/", "transitions/childrens-to-adults-services/",
    "transitions/planning-for-an-emergency/", "carers-breaks/", "support/carers-assessment/",
    "money-and-control/direct-payments/",
)
A4_HEIGHT, MARGIN = 841.89, 18 / 25.4 * 72  # points; the @page margin in site.css


def sheet_text(sheet) -> dict[str, list[tuple[float, str]]]:
    """A printed sheet's text by region (top margin, body, bottom margin), with each run's height on the sheet."""
    regions = {"top": [], "body": [], "bottom": []}

    def visit(text, cm, tm, font, size):
        if not text.strip():
            return
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        region = "top" if y > A4_HEIGHT - MARGIN else "bottom" if y < MARGIN else "body"
        regions[region].append((y, text))

    sheet.extract_text(visitor_text=visit)
    return regions


def joined(runs) -> str:
    return " ".join(" ".join(text for _, text in runs).split())


@pytest.mark.parametrize("language", LANGUAGES)
def test_key_guides_print_well_on_a4(browser, server, language):
    from pypdf import PdfReader

    words = strings(language)
    context, page = new_page(browser)
    for guide in KEY_GUIDES:
        page.goto(server + language_prefix(language) + guide)
        site_name = page.evaluate("document.querySelector('.md-header__topic .md-ellipsis').textContent.trim()")
        reader = PdfReader(io.BytesIO(page.pdf(format="A4", prefer_css_page_size=True)))
        sheets = [sheet_text(sheet) for sheet in reader.pages]
        total = len(sheets)
        # The guides give every nation's contacts and list their sources and the words they explain: up to
        # seven sheets (Leaving hospital in Welsh and Somali, measured by scripts/layout_figures.py). The bound
        # catches a runaway layout, such as a sheet per block; the fill check below catches a wasted last sheet.
        assert 1 <= total <= 7, f"{guide}: {total} sheets"
        headers = {joined(sheet["top"]) for sheet in sheets}
        assert len(headers) == 1 and headers != {""}, f"{guide}: the site's name is not on every sheet: {headers}"
        for number, sheet in enumerate(sheets, start=1):
            footer = joined(sheet["bottom"])
            expected = words["print_page"].format(page=number, pages=total)
            if language == "bn":  # pypdf reorders Bengali vowel signs; the digits come through intact
                assert local_digits(f"{number} / {total}", "bn") in footer, f"{guide} sheet {number}: {footer!r}"
            else:
                assert footer == expected, f"{guide} sheet {number}: {footer!r}"
                assert joined(sheet["top"]) == site_name
            assert sheet["body"], f"{guide}: sheet {number} is blank"
        first, last = joined(sheets[0]["body"]), sheets[-1]["body"]
        address = page.locator(".print-address__url").inner_text()
        assert address.replace("-", "")[-20:] in first.replace("-", "").replace(" ", ""), f"{guide}: no address on sheet 1"
        if total > 1:
            assert words["print_address"] not in joined(last), f"{guide}: the address block is on the last sheet"
            lowest = min(y for y, _ in last)
            fill = (A4_HEIGHT - MARGIN - lowest) / (A4_HEIGHT - 2 * MARGIN)
            assert fill > 0.1, f"{guide}: the last sheet is only {fill:.0%} used"
        if language != "bn":
            disclaimer = " ".join(page.evaluate("document.querySelector('.print-disclaimer').textContent").split())
            assert disclaimer[:40] in first, f"{guide}: the disclaimer is not printed on sheet 1"
    context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_print_gives_links_to_other_pages_their_address_and_prints_sources_small(page, server, language):
    page.goto(server + language_prefix(language) + GUIDE)
    page.emulate_media(media="print")
    internal = page.evaluate("""() => [...document.querySelectorAll('[data-pagefind-body] a[href]')]
        .filter(a => a.offsetParent && !a.getAttribute('href').startsWith('#') && a.host === location.host)
        .map(a => [a.href, getComputedStyle(a, '::after').content])""")
    assert len(internal) >= 3
    for href, after in internal:
        address = "https://carers-guides.github.io" + urlsplit(href).path
        assert after == f'" (" attr(data-print-href) ")"' or address in after, (href, after)
    addresses = page.eval_on_selector_all("[data-pagefind-body] a[data-print-href]", "links => links.map(a => a.dataset.printHref)")
    assert all(a.startswith("https://carers-guides.github.io/carers-guides/") and urlsplit(a).path.endswith("/") for a in addresses)
    size = page.eval_on_selector(".source-list", "e => parseFloat(getComputedStyle(e).fontSize)")
    body = page.eval_on_selector("[data-pagefind-body]", "e => parseFloat(getComputedStyle(e).fontSize)")
    assert size < body * 0.85
    emergency = page.locator("[data-pagefind-body] .admonition")
    if emergency.count():
        assert emergency.first.evaluate("e => parseFloat(getComputedStyle(e).fontSize)") >= body - 0.5


# 5. Shared links look like the site.

@pytest.mark.parametrize("language", LANGUAGES)
def test_shared_links_show_the_sites_card_in_the_readers_language(page, server, site, language):
    from PIL import Image

    for path, kind in (("", "website"), (GUIDE, "article")):
        page.goto(server + language_prefix(language) + path)
        meta = page.evaluate("""() => Object.fromEntries([...document.querySelectorAll('meta[property]')]
            .map(m => [m.getAttribute('property'), m.content]))""")
        site_name = meta["og:site_name"]
        assert meta["og:type"] == kind
        title = page.locator("h1").inner_text().strip()
        assert meta["og:title"] in (f"{title} – {site_name}", site_name) and site_name in meta["og:title"]
        image = meta["og:image"]
        assert image == f"https://carers-guides.github.io/carers-guides/assets/images/share-{language}.png"
        assert meta["og:image:alt"].startswith(site_name) and len(meta["og:image:alt"]) > len(site_name) + 10
        card = site / "assets" / "images" / f"share-{language}.png"
        response = page.request.get(server + f"assets/images/share-{language}.png")
        assert response.status == 200 and response.body() == card.read_bytes()
        with Image.open(card) as picture:
            assert picture.size == (int(meta["og:image:width"]), int(meta["og:image:height"])) == (1200, 630)
            assert picture.convert("RGB").getpixel((5, 5)) == (64, 81, 181)  # the header's indigo
    assert page.evaluate("document.querySelector('meta[name=\"twitter:card\"]').content") == "summary_large_image"


def test_the_site_has_its_own_favicon_and_logo(page, server, site):
    from material import templates

    page.goto(server)
    icon = page.get_attribute('link[rel="icon"]', "href")
    logo = page.get_attribute(".md-header .md-logo img", "src")
    assert icon.endswith("assets/images/favicon.svg") and logo.endswith("assets/images/logo.svg")
    material_default = (Path(templates.__file__).parent / "assets" / "images" / "favicon.png").read_bytes()
    for address in (icon, logo):
        response = page.request.get(page.url + address)
        assert response.status == 200 and response.headers["content-type"].startswith("image/svg")
        assert response.body() != material_default
    assert page.get_attribute(".md-header .md-logo img", "alt") == ""
    assert page.get_attribute(".md-header .md-logo", "aria-label") == "Guides for unpaid carers"


def test_share_cards_are_made_by_the_script_from_the_site_names(tmp_path, monkeypatch):
    from PIL import Image, ImageChops

    from scripts import share_cards

    texts = share_cards.site_texts()
    assert set(texts) == set(LANGUAGES)
    monkeypatch.setattr(share_cards, "OUT", tmp_path)
    share_cards.main()
    for language in LANGUAGES:
        made = Image.open(tmp_path / f"share-{language}.png").convert("RGB")
        committed = Image.open(share_cards.ROOT / "overrides" / "assets" / "images" / f"share-{language}.png").convert("RGB")
        assert made.size == committed.size == (1200, 630)
        changed = sum(ImageChops.difference(made, committed).convert("L").histogram()[1:]) / (1200 * 630)
        assert changed < 0.01, f"share-{language}.png is out of date: run make cards"
