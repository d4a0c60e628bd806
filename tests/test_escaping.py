"""Front matter, the sources registry, termbases and interface strings reach the HTML as text, everywhere.

One copied project, one build: each kind of field gets its own payload (`Q<n><script>…"'&</title>`), and
every place the payload's marker shows up in the built HTML must hold the whole payload as text (a text
node or an attribute value, never inside a <script> or a comment). Each field must also show up on
the pages it is known to reach, so a field that silently stopped appearing would fail too.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest

from scripts.hooks.page_context import query_value
from tests.conftest import build, copy_project, html_pages


def payload(number: int) -> str:
    return f"Q{number}x<script>alert({number})</script>\"'&</title>"


# field -> payload number; the marker Q<n>x is unique to one field
FIELDS = {"title": 1, "description": 2, "source title": 3, "interface string": 4, "term": 5, "definition": 6,
          "place": 7, "video title": 8}


def yaml_quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def replace_once(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


class TextAndAttributes(HTMLParser):
    """What a reader's browser shows as text: text nodes and attribute values, not script, style or comments."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.shown: list[str] = []
        self.hidden: list[str] = []
        self._raw = None

    def handle_starttag(self, tag, attrs):
        self.shown += [value for _, value in attrs if value]
        if tag in ("script", "style"):
            self._raw = tag

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag):
        if tag == self._raw:
            self._raw = None

    def handle_data(self, data):
        (self.hidden if self._raw else self.shown).append(data)

    def handle_comment(self, data):
        self.hidden.append(data)


def shown_as_text(html: str, text: str) -> int:
    """Times `text` is whole in a text node or an attribute value (in a link's query, percent-encoded, fully or
    as the report link encodes it: scripts/hooks/page_context.py keeps safe characters as they are)."""
    parser = TextAndAttributes()
    parser.feed(html)
    parser.close()
    assert not any(text[:4] in part for part in parser.hidden), "inside a script, style or comment"
    encodings = {text, quote(text, safe=""), query_value(text)}
    return sum(part.count(form) for part in parser.shown for form in encodings)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("project"))
    docs, data = project / "docs" / "en", project / "content_sources"
    replace_once(docs / "support" / "advocacy.md", "title: Advocacy\n", f"title: {yaml_quoted(payload(1))}\n")
    description = next(line for line in (docs / "support" / "advocacy.md").read_text(encoding="utf-8").splitlines()
                       if line.startswith("description:"))
    replace_once(docs / "support" / "advocacy.md", description, f"description: {yaml_quoted(payload(2))}")
    first_title = next(line for line in (data / "sources.yml").read_text(encoding="utf-8").splitlines()
                       if line.strip().startswith("title:"))
    replace_once(data / "sources.yml", first_title, first_title.split("title:")[0] + f"title: {yaml_quoted(payload(3))}")
    strings = project / "scripts" / "i18n" / "cy.yml"
    line = next(line for line in strings.read_text(encoding="utf-8").splitlines() if line.startswith("draft_translation:"))
    replace_once(strings, line, f"draft_translation: {yaml_quoted(payload(4))}")
    # the term of one entry (shown in the glossary), the definition of a term many pages use (glossary and term help)
    replace_once(data / "terms" / "en.yml", "  term: adaptations\n", f"  term: {yaml_quoted(payload(5))}\n")
    terms = (data / "terms" / "en.yml").read_text(encoding="utf-8")
    definition = re.search(r"^carers-assessment:\n(?:  .*\n)*?(  definition: .*)$", terms, re.M).group(1)
    replace_once(data / "terms" / "en.yml", definition, f"  definition: {yaml_quoted(payload(6))}")
    replace_once(docs / "good-practice" / "sheffield-hallam-student-carers.md", "place: Sheffield\n",
                 f"place: {yaml_quoted(payload(7))}\n")
    replace_once(docs / "carers-own-words.md", "/// video | Meredydd Owen\n", f"/// video | {payload(8)}\n")
    site = tmp_path_factory.mktemp("site")
    result = build(project, site, strict=False)  # the content checks refuse these inputs; the build must still show text
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return site


@pytest.fixture(scope="module")
def found(built) -> dict[str, dict[str, int]]:
    """field -> {page: times shown as text}, after asserting that every appearance of its marker is the whole text."""
    seen: dict[str, dict[str, int]] = {field: {} for field in FIELDS}
    for path in html_pages(built):
        html = path.read_text(encoding="utf-8")
        for field, number in FIELDS.items():
            marker = f"Q{number}x"
            if marker not in html:
                continue
            name = path.relative_to(built).as_posix()
            assert f"alert({number})</script>" not in html, f"{field}: live script on {name}"
            shown = shown_as_text(html, payload(number))
            assert shown == html.count(marker), f"{field} on {name}: {html.count(marker)} appearances, {shown} whole as text"
            seen[field][name] = shown
    return seen


def test_the_page_title_is_text_in_the_head_header_and_every_english_menu_that_lists_it(found, built):
    pages = found["title"]
    english = [p for p in (p.relative_to(built).as_posix() for p in html_pages(built)) if p.split("/")[0] not in ("cy", "bn", "so")]
    assert pages["support/advocacy/index.html"] >= 4  # <title>, og:title, the menu's toggle and link (the header names the site)
    # The menu lists a section's pages on the pages of that section only (navigation.prune, issue 11).
    section = [page for page in english if page.startswith("support/")]
    assert len(section) >= 8 and not set(section) - set(pages), sorted(set(section) - set(pages))


def test_the_description_is_text_in_meta_and_open_graph(found):
    assert found["description"].get("support/advocacy/index.html", 0) >= 2, found["description"]


def test_a_source_title_is_text_on_every_page_that_cites_it(found):
    languages = {page.split("/")[0] if page.split("/")[0] in ("cy", "bn", "so") else "en" for page in found["source title"]}
    assert len(found["source title"]) >= 4 and languages == {"en", "cy", "bn", "so"}, found["source title"]


def test_an_interface_string_is_text_on_the_welsh_pages(found):
    pages = found["interface string"]
    assert len(pages) >= 20 and all(page.startswith("cy/") for page in pages), pages


def test_a_term_is_text_in_the_glossary(found):
    assert "glossary/index.html" in found["term"], found["term"]


def test_a_definition_is_text_in_the_glossary_and_the_term_help_of_pages_that_use_it(found):
    pages = found["definition"]
    assert "glossary/index.html" in pages and len(pages) >= 3, pages


def test_a_place_is_text_in_the_example_lists(found):
    """An example's place is printed by the example list (overrides/partials/example-list.html), not on its own page."""
    assert "good-practice/index.html" in found["place"], found["place"]


def test_a_video_title_is_text_everywhere_the_video_block_prints_it(found):
    assert found["video title"].get("carers-own-words/index.html", 0) >= 3, found["video title"]


def test_the_search_index_keeps_the_payload_as_data(built):
    """The search results script puts index text on the page with textContent; here we check it is data, not markup."""
    for index in built.rglob("*.json"):
        text = index.read_text(encoding="utf-8")
        if "Q1x" in text:
            assert payload(1) in json.dumps(json.loads(text), ensure_ascii=False).replace('\\"', '"')  # whole, as data
            return
    pytest.fail("the page title is in no search index file")


def test_p01_search_results_are_put_on_the_page_as_text_only():
    """Report P01: text like `<img id=pwn>` in a page must not become markup in the results list. Our script builds
    results from the index with textContent only; any HTML sink would turn index text back into markup."""
    from tests.conftest import ROOT

    script = (ROOT / "overrides" / "assets" / "javascripts" / "site.js").read_text(encoding="utf-8")
    assert "textContent = item.title" in script
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment", script)
