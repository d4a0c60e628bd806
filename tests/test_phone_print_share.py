"""Issue 12 in a real browser: the first phone screen, thumb-sized controls, print-outs, shared-link
previews, videos when embeds are blocked, no dead ends without JavaScript, and reports by email.

Debian's Chromium, driven by Playwright, against the real built site served on loopback; every
check runs in all four languages.
"""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from scripts.languages import LANGUAGES, language_prefix, strings
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
    assert page.locator('a[href^="mailto:"]').count() == 0
    assert links.first.inner_text() == strings(language)["report_problem"]
    assert links.first.get_attribute("href").startswith("https://github.com/")


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
