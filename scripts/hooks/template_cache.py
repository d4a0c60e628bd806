"""Makes the theme's Jinja environment cheaper to set up: compiled templates kept between builds
(scripts/templates.py), and the theme's static files listed without walking its hidden folders."""

from __future__ import annotations

import os
import types

import jinja2
from mkdocs.theme import Theme

from scripts.templates import add_bytecode_cache


class ThemeLoader(jinja2.FileSystemLoader):
    """Jinja's file loader, except that listing templates skips hidden folders.

    MkDocs lists every file of the theme to find its static files, once per language, and then drops
    every path in a hidden folder ('.*' and '*/.*' in Files.add_files_from_theme). Material's '.icons'
    folder holds about 14,000 of the 14,500 files it walked and then filtered one by one: about 40 ms a
    language (issue 11). Templates in hidden folders still load as before: only the listing skips them.
    """

    def list_templates(self) -> list[str]:
        found = set()
        for searchpath in self.searchpath:
            for folder, subfolders, filenames in os.walk(searchpath, followlinks=self.followlinks):
                subfolders[:] = [name for name in subfolders if not name.startswith(".")]
                relative = os.path.relpath(folder, searchpath).replace(os.path.sep, "/")
                prefix = "" if relative == "." else relative + "/"
                found.update(prefix + filename for filename in filenames)
        return sorted(found)


def _get_env(theme: Theme) -> jinja2.Environment:
    env = Theme.get_env(theme)
    env.loader = ThemeLoader(theme.dirs)
    return env


def on_config(config):
    # static-i18n keeps the same Theme object for every language, so this is set once per build.
    config.theme.get_env = types.MethodType(_get_env, config.theme)
    return config


def on_env(env, config, files):
    # MkDocs makes this environment afresh for each build (and each `make serve` rebuild), so it need not
    # look at every template file again each time a page includes one: 9,000 file checks a build.
    env.auto_reload = False
    return add_bytecode_cache(env)
