"""The menu: every English page is in `nav` (mkdocs.yml), or reached by links and listed in `not_in_nav`.

MkDocs refuses a page missing from both only as a strict-build warning with no line (robustness report,
S04); here it is a message on the page itself. With no `nav`, MkDocs lists every page, so nothing to check.
"""

from __future__ import annotations

import pathspec.gitignore
import yaml

from scripts.checks import Problem, Project
from scripts.languages import DEFAULT_LANGUAGE, SAFE_LOADER


class _ConfigLoader(SAFE_LOADER):
    """mkdocs.yml may use MkDocs' own tags (!ENV, !relative); their values do not matter here."""


_ConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


def check(project: Project) -> list[Problem]:
    config_file = project.root / "mkdocs.yml"
    if not config_file.is_file():
        return []
    config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_ConfigLoader) or {}
    if not config.get("nav"):
        return []
    listed = set(_paths(config["nav"]))
    # gitignore-style patterns relative to docs/, as MkDocs reads them (with pathspec, as here)
    unlisted = pathspec.gitignore.GitIgnoreSpec.from_lines(str(config.get("not_in_nav") or "").splitlines())
    problems = []
    for page in project.pages(DEFAULT_LANGUAGE):
        if page.path in listed or unlisted.match_file(f"{DEFAULT_LANGUAGE}/{page.path}"):
            continue
        problems.append(Problem(project.relative(page), 1,
            f"This page is not in the menu. Add '- {page.path}' to nav in mkdocs.yml, in its section; "
            "or, for a page readers reach only by links, add it to not_in_nav there."))
    return problems


def _paths(items) -> list[str]:
    """Every page file named in a nav tree (plain entries, titled entries and sections)."""
    found = []
    for item in items if isinstance(items, list) else [items]:
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict):
            for value in item.values():
                found += _paths(value)
    return found
