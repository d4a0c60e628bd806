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
        any_avoided = _any_of([wrong for _, wrong, _ in avoided])
        for page in project.readable_pages(language):
            for number, line in body_lines(page):
                if not any_avoided.search(line):
                    continue
                for pattern, wrong, agreed in avoided:
                    if pattern.search(line):
                        problems.append(Problem(project.relative(page), number,
                            f"'{wrong}' is not the agreed term. Use '{agreed}' (content_sources/terms/{language}.yml)."))
    return problems


def _any_of(words: list[str]) -> re.Pattern:
    """One search that finds a line holding any of the words, so the lines holding none (nearly all) cost one search.

    It matches exactly where one word's own pattern above does: the alternation backtracks into each word in turn.
    The look-ahead at the words' first letters lets the search pass most places at once (re has no word-set search).
    """
    if not words:
        return re.compile(r"(?!)")
    alternatives = "|".join(re.escape(word) for word in words)
    if not all(words):
        return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.I)  # an empty word has no first letter
    first_letters = "".join(sorted({re.escape(word[0]) for word in words}))
    return re.compile(rf"(?<!\w)(?=[{first_letters}])(?:{alternatives})(?!\w)", re.I)
