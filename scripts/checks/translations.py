"""Translations: every page in every language, none without an English page, kept in step with the English."""

from __future__ import annotations

from scripts.checks import Problem, Project, front_matter_line, is_readable
from scripts.languages import DEFAULT_LANGUAGE, LANGUAGES
from scripts.translation_structure import compare, features


def check(project: Project) -> list[Problem]:
    problems = []
    for path in sorted({page.path for language in LANGUAGES for page in project.pages(language)}):  # page_paths
        english = project.page(DEFAULT_LANGUAGE, path)
        for language in LANGUAGES:
            if language == DEFAULT_LANGUAGE:
                continue
            page = project.page(language, path)
            where = project.relative(page)
            if not english.exists():
                if page.exists():
                    problems.append(Problem(where, 1, f"There is no English page docs/en/{path}. "
                                            "Write the English page first, or remove this one."))
                continue
            if not page.exists():
                problems.append(Problem(f"docs/en/{path}", 1, f"This page has no {language} translation yet "
                                        f"(docs/{language}/{path}). Translate it: until then readers see the English."))
                continue
            if not (is_readable(page) and is_readable(english)):
                continue
            if not (english.meta and page.meta):
                continue  # front matter that cannot be read: front_matter.py names it; comparing would only echo it
            if page.translation_state()["behind"]:
                problems.append(Problem(where, front_matter_line(page, "translation"),
                    f"The English page has changed since this translation was made. Update the translation from "
                    f"docs/en/{path}, then set source_hash to the new hash.", "warning"))
            for difference in compare(english, page, features_of=lambda page: project.remembered(
                    ("translation features", page.language, page.path), lambda: features(page))):
                problems.append(Problem(where, difference.translation_line,
                    f"{difference} Compare with docs/en/{path}:{difference.english_line} and make them match."))
    return problems
