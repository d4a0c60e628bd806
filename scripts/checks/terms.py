"""Termbases: every language has every term, and pages use the agreed translation of each one."""

from __future__ import annotations

import re

from scripts.checks import Problem, Project, body_lines
from scripts.languages import DEFAULT_LANGUAGE, LANGUAGES, terms


def check(project: Project) -> list[Problem]:
    problems = []
    english = terms(DEFAULT_LANGUAGE, project.root)
    for language in LANGUAGES:
        if language == DEFAULT_LANGUAGE:
            continue
        termbase = terms(language, project.root)
        where = f"content_sources/terms/{language}.yml"
        if not termbase:
            problems.append(Problem(where, 1, f"The {language} termbase is missing. Copy content_sources/terms/en.yml "
                                    "and translate each term and definition."))
            continue
        for term_id in english:
            if term_id not in termbase:
                problems.append(Problem(where, 1, f"The term '{term_id}' is missing. Add it with the same id as in en.yml."))
        avoided = [
            (re.compile(rf"(?<!\w){re.escape(wrong)}(?!\w)", re.I), wrong, entry["term"])
            for entry in termbase.values() for wrong in entry.get("avoid") or []
        ]
        for page in project.readable_pages(language):
            for number, line in body_lines(page):
                for pattern, wrong, agreed in avoided:
                    if pattern.search(line):
                        problems.append(Problem(project.relative(page), number,
                            f"'{wrong}' is not the agreed term. Use '{agreed}' (content_sources/terms/{language}.yml)."))
    return problems
