"""How the site's search splits text into words, and the index files it writes for each language.

The browser does the same splitting (assets/javascripts/site.js, `searchWords`): keep the two in step.

Why not Pagefind, which this site used first: its engine is WebAssembly, 67-71 KB on every first
search before any index, so a first query could not come under 100 KB (issue 11). And Pagefind
1.5 treats Bengali vowel signs (া ি ে ...: Unicode combining marks) as accents to ignore. It files
most Bengali words as "variants" of their bare consonants, and counts only the bare forms when it
cuts the index into parts, so the whole Bengali index stayed in one 94 KB part that every first
Bengali search downloaded (198 KB in all, against 118-132 KB in the other languages).

Here each language gets:
- pages.json: every page's address, title, kind (guide, example, about) and description;
- one words file per first letter (words-<code point>.json): word -> [page, score, page, score...].
A query fetches pages.json and the files for its words' first letters: a few KB.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

# Letters, digits and combining marks (Bengali vowel signs are marks, and belong to their word).
# The Devanagari danda (।, U+0964) and double danda end Bengali sentences: they split words.
# Found as one character class (underscores included, each read as a space first): the same runs as
# (?:[^\W_]|[marks...])+, which site.js uses, but an alternation tried at every character was 0.4 ms of a
# page's 1.3 (issue 11). tests/test_search_words.py holds the two to the same words.
WORD_OR_UNDERSCORE_RE = re.compile(r"[\w\u0300-\u036f\u0900-\u0963\u0966-\u0dff\u1ab0-\u1aff\u1dc0-\u1dff\u200c\u200d]+")
# Accents on Latin letters (ŵ, ŷ, é) are ignored, as readers often type without them; nothing else is.
LATIN_ACCENT_RE = re.compile(r"[\u0300-\u036f]")

# What each part of a page counts for, so a page about a word ranks above one that mentions it.
TITLE_WEIGHT, DESCRIPTION_WEIGHT, HEADING_WEIGHT, TEXT_WEIGHT = 12, 4, 4, 1
TEXT_COUNT_LIMIT = 6  # beyond this, more mentions in the text add nothing
SKIPPED_TAGS = {"script", "style", "svg", "template", "button", "form"}


def search_words(text: str) -> list[str]:
    """Lower case, without accents on Latin letters, in NFC, split into words."""
    text = text.lower()  # as JavaScript's toLowerCase()
    if not text.isascii():  # ASCII has no accents to take off and is already in NFC
        decomposed = unicodedata.normalize("NFD", text)
        # NFC(NFD(x)) is NFC(x): where no accent comes off, skip the slow recomposition of the decomposed text.
        text = unicodedata.normalize("NFC", LATIN_ACCENT_RE.sub("", decomposed) if LATIN_ACCENT_RE.search(decomposed) else text)
    # An underscore splits words: as a space, it does so inside the regular expression, with no loop over the runs.
    return WORD_OR_UNDERSCORE_RE.findall(text.replace("_", " "))


def page_scores(*, title: str, description: str, html: str, skip_classes: tuple[str, ...] = ()) -> dict[str, int]:
    """Each word of a page and what it scores there.

    The page is read as a browser reads it (lexbor, through selectolax): skipped parts (by tag, by class, or
    hidden) go with all they hold, headings (h1-h3) count as headings, the rest as text. Every tag boundary
    separates words, as it did when this was a regular-expression walk (a third slower, and hand-written).
    """
    tree = LexborHTMLParser(html)
    skipped = ",".join([*sorted(SKIPPED_TAGS), *(f".{name}" for name in skip_classes), "[hidden]"])
    for node in tree.css(skipped):
        node.decompose()
    heading_nodes = tree.css("h1, h2, h3")
    headings = " ".join(node.text(separator=" ") for node in heading_nodes)
    for node in heading_nodes:
        node.decompose()
    body = tree.body.text(separator=" ") if tree.body else ""
    scores: dict[str, int] = {}
    for word, count in Counter(search_words(body)).items():
        scores[word] = min(count, TEXT_COUNT_LIMIT) * TEXT_WEIGHT
    for part, weight in ((headings, HEADING_WEIGHT), (description, DESCRIPTION_WEIGHT), (title, TITLE_WEIGHT)):
        for word in set(search_words(part)):
            scores[word] = scores.get(word, 0) + weight
    return scores


def write_index(folder: Path, pages: list[dict]) -> None:
    """pages.json and one words file per first letter, for one language.

    Each page is {"url", "title", "kind", "description", "scores"}.
    """
    folder.mkdir(parents=True, exist_ok=True)
    pages = sorted(pages, key=lambda page: page["url"])
    listing = [[page["url"], page["title"], page["kind"], page["description"]] for page in pages]
    _write_json(folder / "pages.json", listing)
    by_letter: dict[str, dict[str, list[int]]] = {}
    for number, page in enumerate(pages):
        for word, score in page["scores"].items():
            by_letter.setdefault(word[0], {}).setdefault(word, []).extend((number, score))
    for letter, words in by_letter.items():
        _write_json(folder / words_file(letter), dict(sorted(words.items())))


def words_file(word: str) -> str:
    """The file holding the words that start like `word`."""
    return f"words-{ord(word[0]):x}.json"


def _write_json(path: Path, data) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
