"""Publishes only the theme files the pages use.

The site loads none of Material's JavaScript (overrides/main.html leaves out its bundle; the pages
work without script, and assets/javascripts/site.js adds the rest). Material still copies its bundle,
search worker, lunr language files and source maps into every build: about 2 MB that no page asks
for. They are dropped here, before anything is copied.
"""

from __future__ import annotations

from pathlib import Path

import material

MATERIAL_DIR = Path(material.__file__).resolve().parent
THEME_SCRIPTS = "assets/javascripts/"


def unused_theme_file(src_uri: str, abs_src_path: str | None) -> bool:
    """Material's own scripts and source maps; our files (overrides/) are kept whatever their name."""
    if not abs_src_path or not Path(abs_src_path).resolve().is_relative_to(MATERIAL_DIR):
        return False
    return src_uri.startswith(THEME_SCRIPTS) or src_uri.endswith(".map")


def on_files(files, config):
    for file in list(files):
        if not file.is_documentation_page() and unused_theme_file(file.src_uri, file.abs_src_path):
            files.remove(file)
    return files
