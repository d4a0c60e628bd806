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
from html import unescape
from pathlib import Path

# Letters, digits and combining marks (Bengali vowel signs are marks, and belong to their word).
# The Devanagari danda (।, U+0964) and double danda end Bengali sentences: they split words.
WORD_RE = re.compile(r"(?:[^\W_]|[\u0300-\u036f\u0900-\u0963\u0966-\u0dff\u1ab0-\u1aff\u1dc0-\u1dff\u200c\u200d])+")
# The same runs, found faster: one character class (underscores included), then split at underscores.
# An alternation tried at every character was 0.4 ms of a page's 1.3 (issue 11).
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
    decomposed = unicodedata.normalize("NFD", text)
    # NFC(NFD(x)) is NFC(x): where no accent comes off, skip the slow recomposition of the decomposed text.
    text = unicodedata.normalize("NFC", LATIN_ACCENT_RE.sub("", decomposed) if LATIN_ACCENT_RE.search(decomposed) else text)
    words = []
    for run in WORD_OR_UNDERSCORE_RE.findall(text):
        if "_" in run:
            words.extend(part for part in run.split("_") if part)
        else:
            words.append(run)
    return words


START_TAG_RE = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
CLASS_RE = re.compile(r"""\bclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
HIDDEN_RE = re.compile(r"(?:^|\s)hidden(?:\s|=|$)")
HEADING_RE = re.compile(r"<h([1-3])\b[^>]*>(.*?)</h\1\s*>", re.S | re.I)
TAG_RE = re.compile(r"<[^>]*>")


def _without_skipped(html: str, skip_classes: set[str]) -> str:
    """The HTML less every element that is skipped (by tag, by class, or hidden), with all it holds.

    A regular-expression walk, not html.parser: that took a tenth of a whole build for this alone.
    Our pages' HTML is MkDocs' own output, so elements nest properly.
    """
    out, index = [], 0
    for match in START_TAG_RE.finditer(html):
        if match.start() < index:
            continue
        tag, attributes = match.group(1).lower(), match.group(2)
        classes = set(next((g for g in CLASS_RE.search(attributes).groups() if g), "").split()) \
            if "class" in attributes else set()
        if not (tag in SKIPPED_TAGS or classes & skip_classes or HIDDEN_RE.search(attributes)):
            continue
        if attributes.rstrip().endswith("/"):
            out.append(html[index:match.start()])
            index = match.end()
            continue
        depth, end = 1, len(html)
        for inner in re.finditer(rf"<(/?){tag}\b[^>]*>", html[match.end():], re.I):
            depth += -1 if inner.group(1) else 1
            if depth == 0:
                end = match.end() + inner.end()
                break
        out.append(html[index:match.start()])
        index = end
    out.append(html[index:])
    return "".join(out)


def _text(html: str) -> str:
    return unescape(TAG_RE.sub(" ", html))


def page_scores(*, title: str, description: str, html: str, skip_classes: tuple[str, ...] = ()) -> dict[str, int]:
    """Each word of a page and what it scores there."""
    html = _without_skipped(html, set(skip_classes))
    headings = " ".join(_text(match.group(2)) for match in HEADING_RE.finditer(html))
    body = _text(HEADING_RE.sub(" ", html))
    scores: dict[str, int] = {}
    counts: dict[str, int] = {}
    for word in search_words(body):
        counts[word] = counts.get(word, 0) + 1
    for word, count in counts.items():
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
