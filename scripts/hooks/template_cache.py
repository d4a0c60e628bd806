"""Makes the theme's Jinja environment cheaper to set up: compiled templates kept between builds
(scripts/templates.py), and the theme's static files listed without walking its hidden folders.

It also stops the build when mkdocs.yml turns on a menu setting that overrides/partials/nav-item.html, our
cut-down copy of Material's menu, does not draw."""

from __future__ import annotations

import os
import types

import jinja2
from mkdocs.exceptions import PluginError
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


# overrides/partials/nav-item.html is Material's menu cut down to these settings: it always prunes and always
# links a section's heading to its first page, and it has no tabs, sections or expanded menus.
MENU_FEATURES_ON = ("navigation.indexes", "navigation.prune")
MENU_FEATURES_OFF = ("navigation.tabs", "navigation.sections", "navigation.expand")


def menu_feature_problems(features: list[str]) -> list[str]:
    """What in mkdocs.yml's theme.features the cut-down menu template would not follow."""
    problems = [f"theme.features must include {name}: overrides/partials/nav-item.html always works that way."
                for name in MENU_FEATURES_ON if name not in features]
    problems += [f"theme.features has {name}, which overrides/partials/nav-item.html does not draw. Remove it, "
                 "or bring that part of Material's partials/nav-item.html back first." for name in MENU_FEATURES_OFF
                 if name in features]
    return problems


def on_config(config):
    problems = menu_feature_problems(list(config.theme.get("features") or []))
    if problems:
        raise PluginError("mkdocs.yml: " + " ".join(problems))
    # static-i18n keeps the same Theme object for every language, so this is set once per build.
    config.theme.get_env = types.MethodType(_get_env, config.theme)
    return config


def on_env(env, config, files):
    # MkDocs makes this environment afresh for each build (and each `make serve` rebuild), so it need not
    # look at every template file again each time a page includes one: 9,000 file checks a build.
    env.auto_reload = False
    return add_bytecode_cache(env)
