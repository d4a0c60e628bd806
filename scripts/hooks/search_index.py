"""Builds each language's search index from the pages as they are built (scripts/search_words.py).

Only a page's own text is indexed (what main.html marks data-pagefind-body: the rendered Markdown),
not menus or page furniture, which would match every query. Left out:
- pages shown in English because they are not translated yet: results are in the reader's language;
- the search page and the translation status page (utility pages; the 404 page is not a page);
- print-only parts and source lists inside a page's text.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority

from scripts.content import file_language, path_in_language
from scripts.languages import build_language, whole_build
from scripts.search_words import page_scores, write_index

INDEX_FOLDER = "assets/search"
UTILITY_PAGES = ("search.md", "about/translation-status.md")
SKIPPED_CLASSES = ("print-only", "source-list", "page-summary")
KINDS = {"example": "example", "about": "about"}  # every other kind of page reads as a guide
_pages: dict[str, list[dict]] = {}


def on_pre_build(config):
    if whole_build(config):
        _pages.clear()  # a new build (make serve rebuilds in the same process)


@event_priority(-100)  # after every hook that changes the page's content
def on_page_context(context, page, config, nav):
    language = build_language(config)
    meta = page.meta or {}
    if (file_language(page.file) != language or path_in_language(page.file) in UTILITY_PAGES
            or meta.get("type") == "search" or not page.content):
        return context
    title = str(meta.get("title") or page.title or "")
    description = str(meta.get("description") or "")
    _pages.setdefault(language, []).append({
        "url": page.url,
        "title": title,
        "kind": KINDS.get(meta.get("type"), "guide"),
        "description": description,
        "scores": page_scores(title=title, description=description, html=str(page.content),
                              skip_classes=SKIPPED_CLASSES),
    })
    return context


@event_priority(-200)  # after mkdocs-static-i18n (-100) has built the other languages
def on_post_build(config):
    if not whole_build(config):
        return  # one language's build inside static-i18n's loop: wait for the last
    for language, pages in _pages.items():
        write_index(Path(config.site_dir) / INDEX_FOLDER / language, pages)
