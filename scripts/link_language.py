"""Links that say what language they lead to.

Editors write the language of a linked page once, as an attribute (attr_list):

    [Carers UK](https://www.carersuk.org/){hreflang=en}

Where that language is not the page's own, this adds a short note after the link in the reader's
language, "(in English)", and keeps `hreflang` on the link, so a Welsh reader knows before tapping
that the page will be in English (Welsh Language Standards; WCAG 3.1.2 for the note's own words).
attr_list gives the attribute but shows nothing; no library adds the note.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from scripts.languages import DEFAULT_LANGUAGE, LANGUAGES, strings

# After attr_list (8) has turned `{hreflang=en}` into an attribute.
PRIORITY = 7.5


class LinkLanguageTreeprocessor(Treeprocessor):
    def __init__(self, md: Markdown, *, language: str):
        super().__init__(md)
        self.language = language
        self.notes = strings(language)["link_language"]

    def run(self, root: etree.Element) -> None:
        for parent in root.iter():
            for position, link in reversed(list(enumerate(parent))):
                if link.tag != "a":
                    continue
                target = (link.get("hreflang") or "").strip()
                if not target or target == self.language or target not in LANGUAGES:
                    continue
                note = etree.Element("span", {"class": "link-language"})
                note.text = f" ({self.notes[target]})"
                note.tail, link.tail = link.tail, None
                parent.insert(position + 1, note)


class LinkLanguageExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {"lang": [DEFAULT_LANGUAGE, "The language of the page's text (set per build by a hook)."]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(LinkLanguageTreeprocessor(md, language=self.getConfig("lang")), "link_language", PRIORITY)


def makeExtension(**kwargs):  # Python-Markdown's entry point for `scripts.link_language` in mkdocs.yml
    return LinkLanguageExtension(**kwargs)
