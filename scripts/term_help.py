"""Term help: the first use of each official term on a page explains itself, for every reader.

Python-Markdown's `abbr` (what we had) shows a definition on mouse hover only: no touch, no
keyboard, no print, and its exact-text match with `\\b` misses Bengali words (vowel signs are
not "word" characters to Python's `re`) and inflected or mutated forms in Welsh and Somali.

So this extension, after Markdown has built the page:
- finds each term's first use in the running text, as a whole word, in any of the forms its
  termbase entry lists (`term` plus `forms:`: mutations, case endings and suffixes are data in
  content_sources/terms/<lang>.yml, not code);
- never inside a link, a heading, a button or code;
- wraps it in a native toggle: a `<button popovertarget>` that opens a popover with the
  definition and a link to the glossary entry. The Popover API needs no JavaScript and works by
  touch, by keyboard (Enter/Space to open, Esc to close) and with screen readers;
- puts every popover of the page in one block after the text, which print shows as the list of
  the terms explained on the page. One copy of each definition serves screen and paper (issue 11:
  two copies were 0.25 KB of a Bengali page's compressed 11). An open popover is in the browser's
  top layer wherever it sits in the page, and the browser moves focus from its button into it
  (HTML's popover focus navigation) and links the two for screen readers.
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as etree
from pathlib import Path
from typing import Any

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from scripts.languages import DEFAULT_LANGUAGE, ROOT, strings, terms

# Elements whose text is never term-marked: links and headings (the rule), controls, code,
# and our own generated parts (sources list, video block) which have their own words.
SKIP_TAGS = frozenset({"a", "h1", "h2", "h3", "h4", "h5", "h6", "button", "code", "pre", "kbd", "script", "style",
                       "summary", "dfn", "abbr", "textarea", "select", "option", "label"})
SKIP_CLASSES = frozenset({"source-list", "video", "term-popover", "terms-print", "page-summary", "admonition-title",
                          "link-language"})
# "Word" characters for whole-word matching: Python's \w plus combining marks and the joiners that
# Bengali spelling uses (ZWNJ, ZWJ), so "কেয়ারার" is one word and "কেয়ারারকে" is not "কেয়ারার".
WORD_CHARS = r"\w\u0300-\u036f\u0980-\u09ff\u200c\u200d"
# Run after Markdown's inline patterns have made links and emphasis (inline is priority 20), and
# after attr_list (8), before the table of contents (toc: 5) reads headings and before MkDocs
# checks and rewrites link addresses (0), so the glossary link is validated like any other.
PRIORITY = 7


def trie_pattern(forms) -> str:
    """All `forms` as one regular expression that shares their common beginnings, longest match first.

    Python's `re` tries a plain alternation one form at a time at every position of the text: with a few
    hundred forms that was over a quarter of the time Markdown spent on a page (issue 11). Written as a
    trie, each character is looked at once. A form that is a prefix of a longer one becomes an optional
    tail, tried longest first, so the match is the same as "longest form first" (tests/test_term_help.py).
    """
    trie: dict = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}  # a form ends here

    def pattern(node: dict) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        return f"(?:{'|'.join(branches)})" + ("?" if "" in node else "")

    return pattern(trie)


class TermIndex:
    """Every surface form of every term in one language, matched longest first."""

    def __init__(self, termbase: dict[str, dict[str, Any]], *, language: str):
        self.entries: dict[str, dict[str, Any]] = {}
        form_to_id: dict[str, str] = {}
        for term_id, entry in termbase.items():
            if not isinstance(entry, dict) or entry.get("tooltip") is False or not entry.get("term"):
                continue
            self.entries[term_id] = entry
            for form in [entry["term"], *(entry.get("forms") or [])]:
                key = self._key(str(form))
                if key:
                    form_to_id.setdefault(key, term_id)
        self._form_to_id = form_to_id
        self.pattern = self._lower_case_pattern = None
        if form_to_id:
            alternatives = trie_pattern(form_to_id)
            self.pattern = re.compile(rf"(?<![{WORD_CHARS}])(?:{alternatives})(?![{WORD_CHARS}])", re.IGNORECASE)
            # The forms are case-folded, so on lower-cased text the same pattern needs no IGNORECASE, which made
            # `re` compare every character both ways: twice as fast (issue 11), and the same matches on every
            # page of every language (tests/test_term_help.py).
            self._lower_case_pattern = re.compile(self.pattern.pattern)

    def spans(self, text: str):
        """Where forms of terms are in `text`, as (start, end), in order."""
        if self.pattern is None:
            return
        lowered = text.lower()
        if len(lowered) == len(text):
            matches = self._lower_case_pattern.finditer(lowered)
        else:  # a letter whose lower case is longer (İ): positions would shift, so match the text as it is
            matches = self.pattern.finditer(text)
        for match in matches:
            yield match.span()

    @staticmethod
    def _key(form: str) -> str:
        return unicodedata.normalize("NFC", form).strip().casefold()

    def term_id(self, matched: str) -> str | None:
        return self._form_to_id.get(self._key(matched))


class TermHelpTreeprocessor(Treeprocessor):
    def __init__(self, md: Markdown, *, index: TermIndex, glossary_url: str, words: dict[str, Any]):
        super().__init__(md)
        self.index = index
        self.glossary_url = glossary_url
        self.words = words

    def run(self, root: etree.Element) -> None:
        if self.index.pattern is None:
            return
        self.used: list[str] = []
        self._walk(root)
        if self.used:
            root.append(self._popovers())

    # The tree walk: text and tails of every element we may mark, first use of each term only.
    def _walk(self, element: etree.Element) -> None:
        if self._skipped(element):
            return
        if element.text:
            element.text = self._mark(element.text, parent=element, position=0)
        for child in list(element):
            self._walk(child)
            if child.tail:
                child.tail = self._mark(child.tail, parent=element, position=list(element).index(child) + 1)

    def _skipped(self, element: etree.Element) -> bool:
        if not isinstance(element.tag, str) or element.tag in SKIP_TAGS:
            return True
        return bool(SKIP_CLASSES & set((element.get("class") or "").split()))

    def _mark(self, text: str, *, parent: etree.Element, position: int) -> str:
        """Mark the first unused term in `text`; the rest of the text is searched again after it."""
        for start, end in self.index.spans(text):
            term_id = self.index.term_id(text[start:end])
            if term_id is None or term_id in self.used:
                continue
            self.used.append(term_id)
            button = etree.Element("button", {"type": "button", "class": "term",
                                              "popovertarget": f"term-{len(self.used)}"})
            button.text = text[start:end]
            button.tail = self._mark(text[end:], parent=parent, position=position + 1)
            parent.insert(position, button)
            return text[:start]
        return text

    def _popovers(self) -> etree.Element:
        """Every definition of the page, once: each a popover on screen, all together the list in print."""
        block = etree.Element("div", {"class": "terms-print"})
        title = etree.SubElement(block, "p", {"class": "terms-print__title print-only"})
        title.text = self.words["terms_print_heading"]
        for number, term_id in enumerate(self.used, start=1):
            entry = self.index.entries[term_id]
            popover = etree.SubElement(block, "span", {"class": "term-popover", "id": f"term-{number}", "popover": ""})
            name = etree.SubElement(popover, "strong")
            name.text = str(entry["term"])
            name.tail = f": {entry['definition']} "
            link = etree.SubElement(popover, "a", {"href": f"{self.glossary_url}#{term_id}"})
            link.text = self.words["term_glossary_link"]
        return block


class TermHelpExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {
            "lang": [DEFAULT_LANGUAGE, "The language of the page's text: whose termbase to use."],
            "root": [str(ROOT), "The project folder, where content_sources/terms/ is."],
            "glossary_url": ["glossary/", "The glossary page's address relative to this page (set per page by a hook)."],
            "enabled": [True, "False on the glossary page itself, which is all definitions."],
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        if not self.getConfig("enabled"):
            return
        language = self.getConfig("lang")
        index = term_index(language, Path(self.getConfig("root")))
        processor = TermHelpTreeprocessor(md, index=index, glossary_url=self.getConfig("glossary_url"),
                                          words=strings(language))
        md.treeprocessors.register(processor, "term_help", PRIORITY)


_INDEXES: dict[tuple[str, Path, float], TermIndex] = {}


def term_index(language: str, root: Path) -> TermIndex:
    """One index per termbase version: built once per build, again only when the file changes."""
    path = root / "content_sources" / "terms" / f"{language}.yml"
    key = (language, root, path.stat().st_mtime if path.exists() else 0.0)
    if key not in _INDEXES:
        _INDEXES[key] = TermIndex(terms(language, root), language=language)
    return _INDEXES[key]


def makeExtension(**kwargs):  # Python-Markdown's entry point for `scripts.term_help` in mkdocs.yml
    return TermHelpExtension(**kwargs)
