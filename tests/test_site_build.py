"""The real site, built once: assertions on its files and HTML."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from scripts.languages import LANGUAGES, missing_strings, strings
from tests.conftest import EDITED_PAGE, FALLBACK_LANGUAGE, FALLBACK_PAGE, html_pages, page_language

MATERIAL_EN = Path(__import__("material").__file__).parent / "templates" / "partials" / "languages" / "en.html"
OVERRIDE_LANGUAGES = Path(__file__).resolve().parent.parent / "overrides" / "partials" / "languages"
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def content_pages(site: Path) -> list[Path]:
    return [p for p in html_pages(site) if p.name == "index.html"]


def material_keys(path: Path) -> dict[str, str]:
    return dict(re.findall(r'^\s*"([^"]+)": "((?:[^"\\]|\\.)*)"', path.read_text(encoding="utf-8"), re.M))


# ---- languages and theme strings -------------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_every_language_file_has_every_string(language):
    assert missing_strings(language) == []


@pytest.mark.parametrize("language", ["cy", "bn", "so"])
def test_theme_strings_cover_every_material_key(language):
    english = material_keys(MATERIAL_EN)
    ours = material_keys(OVERRIDE_LANGUAGES / f"{language}.html")
    assert set(english) - set(ours) == set()
    assert ours["language"] == language


def test_every_page_has_the_right_html_lang(site):
    pages = content_pages(site)
    assert len(pages) > 20
    for page in pages:
        assert soup(page).html["lang"] == page_language(site, page), page


def test_each_language_has_the_same_pages(site):
    def paths(language):
        base = site if language == "en" else site / language
        return {p.relative_to(base).as_posix() for p in content_pages(base) if p.relative_to(base).parts[0] not in LANGUAGES}
    english = paths("en")
    for language in LANGUAGES[1:]:
        assert paths(language) == english, language


def test_slugs_are_lowercase_and_hyphenated(site):
    for page in content_pages(site):
        for part in page.relative_to(site).parts[:-1]:
            assert SLUG_RE.match(part), page


def test_language_links_keep_the_reader_on_the_same_page(site):
    page = site / "cy" / "about" / "index.html"
    links = {a["lang"]: a["href"] for a in soup(page).select(".language-links a")}
    assert links == {"en": "../../about/", "cy": "./", "bn": "../../bn/about/", "so": "../../so/about/"}
    for href in links.values():
        assert (page.parent / href / "index.html").resolve().exists()


def test_every_english_page_links_straight_to_its_welsh_page(site):
    for page in content_pages(site):
        if page_language(site, page) != "en":
            continue
        welsh = soup(page).select_one('.language-links a[lang="cy"]')
        target = (page.parent / welsh["href"] / "index.html").resolve()
        assert target == (site / "cy" / page.relative_to(site)).resolve(), page


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_menu_alone_reaches_every_page_in_it(site, language):
    """The menu lists only the open section's pages (navigation.prune): a closed section links to its
    first page, whose menu then opens that section. Following menu links from the home page, without
    script, must still reach every page the menu names anywhere."""
    home = site / "index.html" if language == "en" else site / language / "index.html"
    seen, queue = {home.resolve()}, [home.resolve()]
    while queue:
        page = queue.pop()
        for link in soup(page).select(".md-sidebar--primary a.md-nav__link[href]"):
            href = link["href"].split("#")[0]
            target = (page.parent / href / "index.html").resolve() if href else page
            if target not in seen and target.exists():
                seen.add(target)
                queue.append(target)
    menu_pages = {
        (site / (language if language != "en" else "") / (re.sub(r"(index)?\.md$", "", path)) / "index.html").resolve()
        for path in re.findall(r"^\s+- ([\w/-]+\.md)$", (Path(__file__).parent.parent / "mkdocs.yml").read_text(), re.M)
    }
    assert len(menu_pages) > 30
    assert menu_pages <= seen, sorted(str(p) for p in menu_pages - seen)


def test_a_404_page_in_each_language(site):
    for language in LANGUAGES:
        path = site / "404.html" if language == "en" else site / language / "404.html"
        page = soup(path)
        assert page.html["lang"] == language
        assert strings(language)["not_found_title"] in page.h1.get_text()


def test_english_404_links_to_every_language_home(site):
    names = {a.get_text(strip=True) for a in soup(site / "404.html").select(".not-found-languages a")}
    assert names == {"Cymraeg", "বাংলা", "Soomaali"}


def test_a_page_that_falls_back_to_english_says_so_and_marks_its_language(variant_site):
    path = variant_site / FALLBACK_LANGUAGE / FALLBACK_PAGE.replace(".md", "") / "index.html"
    page = soup(path)
    assert page.html["lang"] == FALLBACK_LANGUAGE
    notice = page.select_one(".page-notice--fallback")
    assert notice.get_text(strip=True) == strings(FALLBACK_LANGUAGE)["not_translated"]
    assert page.select_one("[data-pagefind-body]")["lang"] == "en"


@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_a_translation_behind_its_english_page_says_so(variant_site, language):
    page = soup(variant_site / language / EDITED_PAGE.replace(".md", "") / "index.html")
    notice = page.select_one(".page-notice--behind")
    assert notice is not None and strings(language)["behind_english"] in notice.get_text()
    assert notice.select_one('a[hreflang="en"]')["href"] == "../../../about/printing/"


def test_translations_of_unchanged_pages_are_not_behind(site):
    for page in content_pages(site):
        assert soup(page).select_one(".page-notice--behind") is None, page


def test_translated_pages_have_no_fallback_notice(site):
    for page in content_pages(site):
        assert soup(page).select_one(".page-notice--fallback") is None, page


def test_draft_translations_say_so_in_their_own_language(site):
    for language in LANGUAGES[1:]:
        page = soup(site / language / "index.html")
        notice = page.select_one(".page-notice--draft")
        assert notice is not None and strings(language)["draft_translation"] in notice.get_text()
        assert notice.select_one('a[hreflang="en"]')["href"].rstrip("/") == ".."


def english_theme_texts() -> set[str]:
    """Every English string the theme or our templates could show, except names that are the same in any language."""
    texts = set(material_keys(MATERIAL_EN).values()) | {
        value for value in strings("en").values() if isinstance(value, str)
    }
    same_everywhere = {"en", "ltr", "English", "Metadata", "RSS feed", "Tabs", "0123456789", "{day} {month} {year}", "en_GB"}
    return {text for text in texts - same_everywhere if len(text) > 3 and "#" not in text}


@pytest.mark.parametrize("language", ["cy", "bn", "so"])
def test_no_english_theme_text_on_other_languages_pages(site, language):
    english = english_theme_texts()
    for path in content_pages(site / language) + [site / language / "404.html"]:
        page = soup(path)
        for own_text in page.select("[data-pagefind-body], [lang=en], script, style, svg title"):
            own_text.decompose()  # the page's own (translated) content and anything marked English
        shown = [page.get_text(" ", strip=True)] + [
            element.get(attribute, "") for element in page.find_all(True)
            for attribute in ("aria-label", "title", "placeholder", "alt")
        ] + [  # the meta tags a reader sees, in a shared link's preview (not the security policy's keywords)
            meta.get("content", "") for meta in page.select('meta[property^="og:"], meta[name="description"]')
        ]
        blob = "\n".join(shown)
        leaks = sorted(text for text in english if re.search(rf"(?<!\w){re.escape(text)}(?!\w)", blob))
        assert leaks == [], f"{path}: {leaks}"


# ---- print, sharing, privacy -------------------------------------------------------------------

def test_print_block_has_the_address_and_a_qr_code(site):
    page = soup(site / "cy" / "about" / "index.html")
    block = page.select_one(".print-address")
    assert block.select_one(".print-address__url").get_text(strip=True) == \
        "https://carers-guides.github.io/carers-guides/cy/about/"
    qr = block.select_one("svg.qr-code")
    assert qr["role"] == "img" and qr.title.get_text() == strings("cy")["qr_label"]
    assert page.select_one(".page-review time")["datetime"]


def test_print_button_in_each_language(site):
    for language in LANGUAGES:
        base = site if language == "en" else site / language
        button = soup(base / "about" / "index.html").select_one("button[data-print]")
        assert button.get_text(strip=True) == strings(language)["print_button"]


def test_sharing_tags_in_the_page_language(site):
    page = soup(site / "bn" / "about" / "index.html")
    meta = {tag.get("property") or tag.get("name"): tag["content"] for tag in page.find_all("meta") if tag.get("content")}
    assert meta["og:locale"] == "bn_BD"
    assert meta["og:url"] == "https://carers-guides.github.io/carers-guides/bn/about/"
    assert meta["og:title"] and meta["og:description"] == meta["description"]
    assert re.search(r"[\u0980-\u09FF]", meta["og:title"])
    assert page.select_one('link[rel="canonical"]')["href"] == meta["og:url"]
    # Language alternates are in the sitemap, not the head: Material's script would fetch
    # sitemap.xml under each alternate address on every page view.
    assert page.select('link[rel="alternate"][hreflang]') == []


def test_every_page_has_a_description(site):
    for path in content_pages(site):
        description = soup(path).select_one('meta[name="description"]')
        assert description and description["content"].strip(), path


def test_sitemap_lists_alternates_with_absolute_addresses(site):
    tree = ET.parse(site / "sitemap.xml")
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    urls = tree.getroot().findall("s:url", ns)
    assert len(urls) >= 4 * 20
    for url in urls:
        links = url.findall("x:link", ns)
        assert {link.get("hreflang") for link in links} == set(LANGUAGES)
        assert all(link.get("href").startswith("https://carers-guides.github.io/") for link in links)


def test_content_security_policy_allows_only_this_site_and_nocookie_frames(site):
    for path in content_pages(site)[:10] + [site / "404.html"]:
        html = path.read_text(encoding="utf-8")
        head = html[: html.index("</head>")]
        first_tag = re.search(r"<(?!!)[a-z]+[^>]*>", head[head.index("<head>") + len("<head>"):]).group(0)
        assert 'http-equiv="Content-Security-Policy"' in first_tag, f"{path}: the policy must come first in <head>"
        policy = soup(path).select_one('meta[http-equiv="Content-Security-Policy"]')["content"]
        assert "default-src 'self'" in policy and "frame-src https://www.youtube-nocookie.com" in policy
        assert "unsafe-inline" not in policy


def test_pages_run_no_inline_script_and_no_material_javascript(site):
    """Issue 11: Material's bundle (35 KB) and its inline scripts are gone; only the site's own file runs."""
    for path in html_pages(site):
        for script in soup(path).find_all("script"):
            assert script.get("src"), f"{path}: an inline <script>"
            assert script["src"].endswith("assets/javascripts/site.js"), f"{path}: <script src={script['src']}>"
        policy = soup(path).select_one('meta[http-equiv="Content-Security-Policy"]')["content"]
        assert "sha256-" not in policy, f"{path}: the policy still allows an inline script by its hash"
        assert "unsafe-eval" not in policy, f"{path}: nothing on the site compiles code at run time"
    shipped = sorted(p.relative_to(site).as_posix() for p in (site / "assets").rglob("*") if p.is_file())
    assert [p for p in shipped if p.startswith("assets/javascripts/")] == ["assets/javascripts/site.js"]
    assert not [p for p in shipped if p.endswith(".map")]


def test_no_resource_from_another_host(site):
    for path in html_pages(site):
        page = soup(path)
        for tag, attribute in (("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src"), ("source", "src")):
            for element in page.find_all(tag):
                value = element.get(attribute, "")
                if tag == "link" and element.get("rel") and set(element["rel"]) & {"canonical", "alternate"}:
                    continue
                assert not value.startswith(("http:", "https:", "//")), f"{path}: <{tag} {attribute}={value}>"
        assert "fonts.googleapis" not in path.read_text(encoding="utf-8")


def test_search_index_is_per_language_and_not_loaded_by_pages(site):
    import json

    assert sorted(p.name for p in (site / "assets" / "search").iterdir()) == sorted(LANGUAGES)
    assert not (site / "pagefind").exists()
    for language in LANGUAGES:
        folder = site / "assets" / "search" / language
        listed = {url for url, *_ in json.loads((folder / "pages.json").read_text(encoding="utf-8"))}
        prefix = "" if language == "en" else f"{language}/"
        assert listed and {url.split("/")[0] if url.split("/")[0] in LANGUAGES else "en" for url in listed} == {language}
        # Utility pages are not results; pages shown in English (not translated yet) are not in other languages' index.
        assert not listed & {f"{prefix}search/", f"{prefix}about/translation-status/", f"{prefix}404.html"}
        for url in listed:
            page = site / url / "index.html"
            assert page_language(site, page) == language and not soup(page).select("[data-pagefind-body][lang]"), url
    for path in content_pages(site):
        html = path.read_text(encoding="utf-8")
        assert "assets/search/" not in html or path.parent.name == "search", path


def test_heading_ids_are_the_same_in_every_language(site):
    for path in content_pages(site):
        if page_language(site, path) != "en":
            continue
        relative = path.relative_to(site)
        english = sorted(h["id"] for h in soup(path).select("[data-pagefind-body] :is(h2, h3)[id]"))
        for language in LANGUAGES[1:]:
            other = sorted(h["id"] for h in soup(site / language / relative).select("[data-pagefind-body] :is(h2, h3)[id]"))
            assert other == english, f"{language}/{relative}"  # the glossary sorts its terms by each language's words


def test_no_broken_links_inside_the_site(server):
    """LinkChecker crawls the served site from the home page (every language is linked from it)."""
    import subprocess
    import sys

    linkchecker = Path(sys.executable).parent / "linkchecker"
    result = subprocess.run([str(linkchecker), "--no-status", "--no-robots", "--threads", "4", server],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-4000:]


def test_the_build_refuses_a_broken_video_block(tmp_path):
    from tests.conftest import build, copy_project

    project = copy_project(tmp_path / "project")
    page = project / "docs" / "en" / "carers-own-words.md"
    page.write_text(page.read_text(encoding="utf-8").replace("id: NPENe0gKEOU", "id: NPENe0gKEO"), encoding="utf-8")
    result = build(project, tmp_path / "site")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "carers-own-words.md" in output and "the YouTube id 'NPENe0gKEO' is not valid" in output


def test_english_pages_meet_the_plain_words_standard(site):
    import statistics

    from scripts.reading_grades import MEDIAN_GRADE_LIMIT, PAGE_GRADE_LIMIT, grades

    found = grades(site)
    assert len(found) >= 40
    assert statistics.median(found.values()) <= MEDIAN_GRADE_LIMIT
    too_hard = {page: grade for page, grade in found.items() if grade > PAGE_GRADE_LIMIT}
    assert too_hard == {}
