"""No English outside the content on Welsh, Bengali and Somali pages.

The old test compared Material's translation keys only, so it could not see English that comes
from elsewhere: the copyright line in mkdocs.yml, or template text such as "Made with Material
for MkDocs". This one reads what a reader sees. For every built page in cy, bn and so (404 pages
included), it drops the page's own content, anything marked with another language (the language
links, a link to the English page), scripts and styles, and then fails on any English word of
three or more letters that is not a proper name in tests/data/proper-names.txt.

An "English word" is one in an English dictionary (pyspellchecker's word list) that the page's own
language does not also use in its data (interface strings, theme strings, termbase, page titles):
"help" and "dan" are Welsh words too.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from spellchecker import SpellChecker

from scripts.content import pages
from scripts.languages import ROOT, strings, terms
from tests.conftest import html_pages, page_language

PROPER_NAMES = ROOT / "tests" / "data" / "proper-names.txt"
THEME_STRINGS = ROOT / "overrides" / "partials" / "languages"
# Latin-script words; apostrophes inside a word (Welsh "sy'n") keep it whole.
LATIN_WORD_RE = re.compile(r"[A-Za-zÀ-ÿŵŷŴŶ]+(?:['’][A-Za-zÀ-ÿŵŷ]+)*")
# Web addresses are printed for print-outs; their words are paths, not text.
ADDRESS_RE = re.compile(r"https?://\S+")
MIN_LETTERS = 3  # "a", "i", "am" and "is" are Welsh or Somali words too often to mean anything
READ_ATTRIBUTES = ("aria-label", "title", "placeholder", "alt")
TRANSLATED = ("cy", "bn", "so")


@cache
def english_words() -> frozenset[str]:
    return frozenset(SpellChecker(language="en").word_frequency.dictionary)


@cache
def proper_names() -> frozenset[str]:
    lines = PROPER_NAMES.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _texts(value) -> list[str]:
    if isinstance(value, dict):
        return [text for item in value.values() for text in _texts(item)]
    if isinstance(value, list):
        return [text for item in value for text in _texts(item)]
    return [str(value)] if value is not None else []


@cache
def own_words(language: str) -> frozenset[str]:
    """Every word the language's own data uses: what its chrome may legitimately say."""
    texts = _texts(strings(language))
    texts += re.findall(r'"[^"]+":\s*"((?:[^"\\]|\\.)*)"', (THEME_STRINGS / f"{language}.html").read_text(encoding="utf-8"))
    # The termbase's own words only: its `english` and `avoid` fields are English on purpose, for reviewers.
    texts += [text for entry in terms(language).values() if isinstance(entry, dict)
              for text in _texts([entry.get("term"), entry.get("forms"), entry.get("definition")])]
    plugin = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("\nhooks:")[0].split("plugins:")[1])
    for entry in plugin[0]["i18n"]["languages"]:
        if entry["locale"] == language:
            texts += _texts({key: value for key, value in entry.items() if key != "theme"})
    texts += [str(page.meta.get("title", "")) for page in pages(language)]
    return frozenset(word.casefold() for text in texts for word in LATIN_WORD_RE.findall(text))


def chrome_text(path: Path, language: str) -> list[str]:
    """What a reader sees on the page outside its content, in the page's own language."""
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    for element in soup.select("script, style, svg, [data-pagefind-body], .md-nav--secondary"):
        element.decompose()
    for element in soup.select("[lang]"):
        if element.name != "html" and element["lang"] != language:
            element.decompose()
    texts = [soup.body.get_text(" ")] if soup.body else []
    texts += [element[name] for name in READ_ATTRIBUTES for element in soup.select(f"body [{name}]")]
    head = soup.head
    texts += [head.title.get_text()] if head and head.title else []
    return texts


def english_in(path: Path, language: str) -> set[str]:
    found = set()
    for text in chrome_text(path, language):
        for word in LATIN_WORD_RE.findall(ADDRESS_RE.sub(" ", text)):
            if len(word) < MIN_LETTERS or word in proper_names():
                continue
            folded = word.casefold()
            if folded in english_words() and folded not in own_words(language):
                found.add(word)
    return found


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_english_outside_the_content(site, language):
    checked = [page for page in html_pages(site) if page_language(site, page) == language]
    assert len(checked) >= 58, f"expected every {language} page and its 404 page, found {len(checked)}"
    leaks = {page.relative_to(site).as_posix(): sorted(words) for page in checked if (words := english_in(page, language))}
    assert leaks == {}, "English words outside the content:\n" + "\n".join(f"{page}: {words}" for page, words in leaks.items())


def test_the_check_sees_english_in_the_footer(site, tmp_path):
    """The test itself would have caught the copyright line and the generator credit."""
    page = site / "cy" / "index.html"
    html = page.read_text(encoding="utf-8").replace(
        "</footer>", '<p>Made with Material for MkDocs. Free to reuse under the MIT licence.</p></footer>')
    leaked = tmp_path / "index.html"
    leaked.write_text(html, encoding="utf-8")
    assert {"Made", "with", "Material", "for", "Free", "reuse", "under", "licence"} <= english_in(leaked, "cy")
