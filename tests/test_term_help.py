"""The term-help extension: Markdown in, HTML out, with each language's inflected and mutated forms."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest
import yaml
from bs4 import BeautifulSoup

from scripts.languages import LANGUAGES, ROOT, terms


def project_with(tmp_path: Path, language: str, termbase: dict) -> Path:
    folder = tmp_path / "content_sources" / "terms"
    folder.mkdir(parents=True)
    (folder / f"{language}.yml").write_text(yaml.safe_dump(termbase, allow_unicode=True), encoding="utf-8")
    return tmp_path


def render(text: str, *, root: Path, lang: str, glossary_url: str = "../glossary.md") -> BeautifulSoup:
    html = markdown.markdown(text, extensions=["attr_list", "scripts.term_help"], extension_configs={
        "scripts.term_help": {"lang": lang, "root": str(root), "glossary_url": glossary_url}})
    return BeautifulSoup(html, "html.parser")


def toggles(soup: BeautifulSoup) -> list[str]:
    return [button.get_text() for button in soup.select("button.term")]


CARER_EN = {"carers-assessment": {"term": "carer's assessment", "definition": "A talk about the help you need."},
            "advocate": {"term": "advocate", "forms": ["advocates"], "definition": "Someone who helps you speak up."}}


def test_the_first_use_becomes_a_native_toggle_with_the_definition_and_a_glossary_link(tmp_path):
    soup = render("Ask for a carer's assessment. A carer's assessment is free.", root=project_with(tmp_path, "en", CARER_EN), lang="en")
    button = soup.select_one("button.term")
    assert button.get_text() == "carer's assessment" and button["type"] == "button"
    popover = soup.find(id=button["popovertarget"])
    assert popover.has_attr("popover") and "A talk about the help you need." in popover.get_text()
    assert popover.a["href"] == "../glossary.md#carers-assessment"
    assert toggles(soup) == ["carer's assessment"]  # the second use stays plain text
    assert soup.get_text().startswith("Ask for a carer's assessment")


def test_never_inside_a_link_or_heading_and_whole_words_only(tmp_path):
    root = project_with(tmp_path, "en", CARER_EN)
    soup = render("# An advocate\n\n[An advocate](https://example.org/){hreflang=en} helps. Advocacy is not "
                  "an advocate's job only. Two advocates came.", root=root, lang="en")
    assert soup.h1.button is None and soup.a.button is None
    assert toggles(soup) == ["advocate"]  # "advocate's": whole word with its apostrophe ending, case-insensitive
    assert "Advocacy" not in toggles(soup)


def test_an_inflected_form_listed_in_the_termbase_is_found(tmp_path):
    soup = render("Two advocates came to the meeting.", root=project_with(tmp_path, "en", CARER_EN), lang="en")
    assert toggles(soup) == ["advocates"]


BENGALI = {"carer": {"term": "কেয়ারার", "forms": ["কেয়ারারকে", "কেয়ারারের", "কেয়ারাররা"], "definition": "যিনি দেখাশোনা করেন।"}}


@pytest.mark.parametrize("text, expected", [
    ("আপনি একজন কেয়ারার।", "কেয়ারার"),
    ("কেয়ারারকে জিজ্ঞেস করুন।", "কেয়ারারকে"),
    ("(কেয়ারারের) অধিকার আছে।", "কেয়ারারের"),
    ("কেয়ারাররা একসাথে কথা বলেন।", "কেয়ারাররা"),
])
def test_bengali_words_with_vowel_signs_and_case_endings_match(tmp_path, text, expected):
    assert toggles(render(text, root=project_with(tmp_path, "bn", BENGALI), lang="bn")) == [expected]


def test_bengali_does_not_match_inside_a_longer_word(tmp_path):
    assert toggles(render("কেয়ারারগুলোকে দেখুন।", root=project_with(tmp_path, "bn", BENGALI), lang="bn")) == []


def test_decomposed_bengali_in_the_termbase_still_matches_nfc_text(tmp_path):
    import unicodedata
    decomposed = {"carer": {"term": unicodedata.normalize("NFD", "কেয়ারার"), "definition": "যিনি দেখাশোনা করেন।"}}
    assert toggles(render("একজন কেয়ারার।", root=project_with(tmp_path, "bn", decomposed), lang="bn")) == ["কেয়ারার"]


WELSH = {"carer": {"term": "gofalwr", "forms": ["ofalwr", "ngofalwr", "gofalwyr", "ofalwyr", "ngofalwyr"],
                   "definition": "Rhywun sy'n gofalu am rywun heb dâl."}}


@pytest.mark.parametrize("text, expected", [
    ("Rydych chi'n ofalwr.", "ofalwr"),                 # soft mutation
    ("Fy ngofalwr i yw hi.", "ngofalwr"),               # nasal mutation
    ("Mae gofalwyr yn bwysig.", "gofalwyr"),            # plural
    ("Gofalwr ydw i.", "Gofalwr"),                      # capital at the start of a sentence
])
def test_welsh_mutations_and_plurals_match(tmp_path, text, expected):
    assert toggles(render(text, root=project_with(tmp_path, "cy", WELSH), lang="cy")) == [expected]


SOMALI = {"carer": {"term": "daryeele", "forms": ["daryeelaha", "daryeelahaaga", "daryeelayaasha"],
                    "definition": "Qof daryeela qof kale isagoo aan lacag qaadan."}}


@pytest.mark.parametrize("text, expected", [
    ("Daryeelaha ayaa caawiya.", "Daryeelaha"),          # definite
    ("La hadal daryeelahaaga.", "daryeelahaaga"),        # possessive
    ("Daryeelayaasha waa muhiim.", "Daryeelayaasha"),    # plural definite
])
def test_somali_definite_and_possessive_endings_match(tmp_path, text, expected):
    assert toggles(render(text, root=project_with(tmp_path, "so", SOMALI), lang="so")) == [expected]


def test_the_popovers_after_the_text_are_the_print_list_with_each_definition_once(tmp_path):
    soup = render("Two advocates and a carer's assessment.", root=project_with(tmp_path, "en", CARER_EN), lang="en")
    assert soup.p.get_text() == "Two advocates and a carer's assessment."  # no definition inside the sentence
    block = soup.select_one("div.terms-print")
    assert block.find_previous_sibling("p") is soup.p  # after the text
    assert block.select_one(".terms-print__title.print-only").get_text() == "Words explained on this page"
    popovers = block.select("span.term-popover[popover]")
    assert [popover.strong.get_text() for popover in popovers] == ["advocate", "carer's assessment"]
    assert [button["popovertarget"] for button in soup.select("button.term")] == [p["id"] for p in popovers]
    assert str(soup).count("Someone who helps you speak up.") == 1


def test_a_term_with_tooltip_false_is_left_alone(tmp_path):
    root = project_with(tmp_path, "en", {"carer": {"term": "carer", "definition": "x", "tooltip": False}})
    assert toggles(render("You are a carer.", root=root, lang="en")) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shared_prefix_pattern_finds_what_longest_first_alternation_finds(language):
    """term_help.trie_pattern is a speed-up only: over every page of the language it matches exactly what the
    plain "longest form first" alternation it replaced matches."""
    import re

    from scripts.term_help import WORD_CHARS, TermIndex, trie_pattern

    index = TermIndex(terms(language, ROOT), language=language)
    forms = sorted(index._form_to_id, key=len, reverse=True)
    wrap = lambda body: re.compile(rf"(?<![{WORD_CHARS}])(?:{body})(?![{WORD_CHARS}])", re.IGNORECASE)
    plain, trie = wrap("|".join(map(re.escape, forms))), wrap(trie_pattern(forms))
    text = "\n".join(path.read_text(encoding="utf-8") for path in (ROOT / "docs" / language).rglob("*.md"))
    found = [(m.start(), m.group(0)) for m in trie.finditer(text)]
    assert found == [(m.start(), m.group(0)) for m in plain.finditer(text)]
    assert len(found) > 50


@pytest.mark.parametrize("language", LANGUAGES)
def test_matching_lower_cased_text_finds_what_ignorecase_finds(language):
    """TermIndex.spans is a speed-up only: on every page, and on capitals and a letter whose lower case is
    longer, it finds exactly what the IGNORECASE pattern finds."""
    from scripts.term_help import TermIndex

    index = TermIndex(terms(language, ROOT), language=language)
    pages = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "docs" / language).rglob("*.md"))]
    forms = sorted(index._form_to_id)[:40]
    made_up = [" ".join(forms).upper(), " ".join(forms).title(), "İ " + " ".join(forms).upper()]
    for text in pages + made_up:
        assert list(index.spans(text)) == [match.span() for match in index.pattern.finditer(text)]
    assert sum(len(list(index.spans(text))) for text in made_up) > 40
