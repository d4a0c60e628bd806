"""Publishes only the theme files the pages use.

- Scripts: the site loads none of Material's JavaScript (overrides/main.html leaves out its bundle;
  the pages work without script, and assets/javascripts/site.js adds the rest). Material still copies
  its bundle, search worker, lunr language files and source maps into every build: about 2 MB that no
  page asks for. They are dropped before anything is copied, with the palette sheet we do not use.
- Styles: once every language is built, Material's stylesheet keeps only the rules our pages can use
  (scripts/css_prune.py): 23 KB compressed down to about 5 KB on every first view.
"""

from __future__ import annotations

from pathlib import Path

import material
from mkdocs.plugins import event_priority

from scripts.css_prune import prune
from scripts.languages import whole_build

MATERIAL_DIR = Path(material.__file__).resolve().parent
THEME_SCRIPTS = "assets/javascripts/"
THEME_STYLESHEET = "assets/stylesheets/main.*.min.css"
PALETTE_STYLESHEET = "assets/stylesheets/palette."


def unused_theme_file(src_uri: str, abs_src_path: str | None, *, palette: bool = False) -> bool:
    """Material's own scripts, source maps and (without a palette) its palette sheet; our files are kept."""
    if not abs_src_path or not Path(abs_src_path).resolve().is_relative_to(MATERIAL_DIR):
        return False
    if src_uri.startswith(PALETTE_STYLESHEET):
        return not palette
    return src_uri.startswith(THEME_SCRIPTS) or src_uri.endswith(".map")


def on_files(files, config):
    palette = bool(config.theme.get("palette"))
    for file in list(files):
        if not file.is_documentation_page() and unused_theme_file(file.src_uri, file.abs_src_path, palette=palette):
            files.remove(file)
    return files


@event_priority(-200)  # after mkdocs-static-i18n (-100) has built the other languages
def on_post_build(config):
    if not whole_build(config):
        return  # one language's build inside static-i18n's loop: wait for the last
    site = Path(config.site_dir)
    pages = [path.read_text(encoding="utf-8") for path in site.rglob("*.html")]
    own_css = "".join(
        (site / path).read_text(encoding="utf-8") for path in config.extra_css if (site / path).is_file()
    )
    for stylesheet in site.glob(THEME_STYLESHEET):
        stylesheet.write_text(prune(stylesheet.read_text(encoding="utf-8"), pages, other_css=own_css), encoding="utf-8")
