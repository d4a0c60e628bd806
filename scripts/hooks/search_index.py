"""Builds the search index with Pagefind once every language has been built.

Pagefind reads the finished HTML, splits the index by each page's <html lang>, and its
script loads nothing until a reader searches. Material's own search cannot do either under
mkdocs-static-i18n (one English-tuned index for all languages, fetched on every page).
"""

from __future__ import annotations

import subprocess
import sys

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

# Only what main.html marks data-pagefind-body (a page's own text) is indexed: menus and page furniture
# would match every query, and the search and 404 pages are not content. Within it, skip these:
EXCLUDE_SELECTORS = [".print-only", ".source-list", ".page-summary"]


@event_priority(-200)  # after mkdocs-static-i18n (-100) has built the other languages
def on_post_build(config):
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False):
        return  # one language's build inside static-i18n's loop: wait for the last
    command = [
        sys.executable, "-m", "pagefind",
        "--site", config.site_dir,
        "--quiet",
    ]
    for selector in EXCLUDE_SELECTORS:
        command += ["--exclude-selectors", selector]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise PluginError(f"Pagefind could not build the search index:\n{result.stdout}\n{result.stderr}")
