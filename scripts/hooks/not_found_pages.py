"""Keeps a "page not found" page for every language.

MkDocs writes 404.html at the site root in every language build, so with mkdocs-static-i18n
the last language built wins. After each build we move that language's page into its own
folder, and put the default language's page back at the root.
"""

from __future__ import annotations

from pathlib import Path

from scripts.languages import DEFAULT_LANGUAGE, build_language

NOT_FOUND = "404.html"
_default_page: dict[str, str] = {}


def on_post_build(config):
    site = Path(config.site_dir)
    root_page = site / NOT_FOUND
    if not root_page.exists():
        return
    language = build_language(config)
    if language == DEFAULT_LANGUAGE:
        _default_page[str(site)] = root_page.read_text(encoding="utf-8")
        return
    (site / language).mkdir(parents=True, exist_ok=True)
    root_page.replace(site / language / NOT_FOUND)
    if str(site) in _default_page:
        root_page.write_text(_default_page[str(site)], encoding="utf-8")
