"""Search splits words the same way for every language, and scores a page's title above its text."""

from __future__ import annotations

import json

from scripts.search_words import TITLE_WEIGHT, page_scores, search_words, words_file, write_index


def test_bengali_vowel_signs_stay_in_their_word_and_the_danda_ends_it():
    assert search_words("কেয়ারারের বিরতি (রেসপাইট)। আবার") == ["কেয়ারারের", "বিরতি", "রেসপাইট", "আবার"]


def test_latin_accents_and_capitals_do_not_matter():
    assert search_words("Tŷ Gofal, CAFÉ's") == ["ty", "gofal", "cafe", "s"]


def test_a_word_in_the_title_outweighs_the_same_word_in_the_text():
    scores = page_scores(title="Leaving hospital", description="", html="<p>hospital hospital</p><p>ward</p>")
    assert scores["hospital"] == TITLE_WEIGHT + 2 and scores["ward"] == 1


def test_skipped_parts_and_hidden_elements_are_not_indexed():
    html = ('<p>visible</p><div class="source-list"><div><p>nhs</p></div><p>gov</p></div><p hidden>secret</p>'
            '<svg><title>qr</title></svg><h2 id="x">Heading <em>word</em></h2><br/><p>a&amp;b</p>')
    scores = page_scores(title="", description="", html=html, skip_classes=("source-list",))
    assert set(scores) == {"visible", "heading", "word", "a", "b"}
    assert scores["word"] > scores["visible"]


def test_index_files_split_by_first_letter(tmp_path):
    write_index(tmp_path, [
        {"url": "b/", "title": "B", "kind": "guide", "description": "d", "scores": {"hospital": 3, "ward": 1}},
        {"url": "a/", "title": "A", "kind": "example", "description": "e", "scores": {"hospital": 5}},
    ])
    assert json.loads((tmp_path / "pages.json").read_text()) == [["a/", "A", "example", "e"], ["b/", "B", "guide", "d"]]
    assert json.loads((tmp_path / words_file("h")).read_text()) == {"hospital": [0, 5, 1, 3]}
    assert json.loads((tmp_path / words_file("w")).read_text()) == {"ward": [1, 1]}


def _as_first_written(text: str) -> list[str]:
    """search_words as it was first written, and as site.js still splits a query."""
    import re
    import unicodedata

    from scripts.search_words import LATIN_ACCENT_RE

    word_re = re.compile(r"(?:[^\W_]|[\u0300-\u036f\u0900-\u0963\u0966-\u0dff\u1ab0-\u1aff\u1dc0-\u1dff\u200c\u200d])+")
    text = unicodedata.normalize("NFD", text.lower())
    return word_re.findall(unicodedata.normalize("NFC", LATIN_ACCENT_RE.sub("", text)))


def test_the_faster_splitting_finds_the_same_words_on_every_page():
    from tests.conftest import ROOT

    for path in (ROOT / "docs").rglob("*.md"):
        text = path.read_text(encoding="utf-8")
        assert search_words(text) == _as_first_written(text), path


def test_the_faster_splitting_finds_the_same_words_in_any_text():
    from hypothesis import given, settings, strategies as st

    letters = st.characters(min_codepoint=0x20, max_codepoint=0x24F) | st.characters(min_codepoint=0x980, max_codepoint=0x9FF) \
        | st.characters(min_codepoint=0x300, max_codepoint=0x36F) | st.sampled_from("_ \u200c\u200d।")

    @settings(max_examples=300, deadline=None)
    @given(st.text(letters, max_size=40))
    def same(text):
        assert search_words(text) == _as_first_written(text)

    same()
