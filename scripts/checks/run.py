"""The list of check families, in the order their problems are printed."""

from __future__ import annotations

from scripts.checks import Problem, Project
from scripts.checks import evidence, files, front_matter, links, safety, terms, translations, videos

FAMILIES = (files, front_matter, links, translations, videos, safety, terms, evidence)


def run_all(project: Project) -> list[Problem]:
    problems: list[Problem] = []
    for family in FAMILIES:
        problems += family.check(project)
    return sorted(set(problems))
