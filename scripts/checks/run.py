"""The list of check families, in the order their problems are printed."""

from __future__ import annotations

import traceback

from scripts.checks import Problem, Project
from scripts.checks import (characters, evidence, files, front_matter, link_languages, links, navigation, raw_html,
                            safety, terms, translations, videos)

FAMILIES = (files, characters, front_matter, navigation, links, link_languages, translations, videos, raw_html, safety,
            terms, evidence)


def run_all(project: Project) -> list[Problem]:
    """Every family's problems. A family that fails on input it did not foresee becomes one message
    naming where it stopped, and every other family still runs: `make check` never ends in a traceback."""
    problems: list[Problem] = []
    project = project.one_run()  # the families share one reading of the pages
    for family in FAMILIES:
        try:
            problems += family.check(project)
        except Exception as error:  # noqa: BLE001 - the point is to report, not to crash
            problems.append(_crash(project, family, error))
    return sorted(set(problems))


def _crash(project: Project, family, error: Exception) -> Problem:
    """The file and line the failing check was reading, from the traceback's innermost frame that knows a page."""
    where, line = "make check", 1
    for frame, _ in traceback.walk_tb(error.__traceback__):
        page = frame.f_locals.get("page")
        if page is not None and hasattr(page, "language") and hasattr(page, "path"):
            where = project.relative(page)
    name = family.__name__.rsplit(".", 1)[-1]
    return Problem(where, line, f"The {name} check could not read this file ({type(error).__name__}: {error}). "
                                "Fix the mistake near here, or report it if the file looks right.")
