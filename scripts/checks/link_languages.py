"""Links to other sites on translated pages say what language they lead to.

A Welsh, Bengali or Somali reader should know before tapping that a page is only in English.
Editors say it once after the link, `[Carers UK](https://www.carersuk.org/){hreflang=en}`, and the
site shows "(in English)" in the reader's language (scripts/link_language.py).
"""

from __future__ import annotations

import re

from scripts.checks import Problem, Project, body_start, lines_of, lines_with
from scripts.languages import DEFAULT_LANGUAGE, LANGUAGES

# An inline link to another site, and the attribute list that may follow it straight after.
EXTERNAL_LINK_RE = re.compile(r"(?<!!)\[[^\]]*\]\((?P<url>https?://[^)\s]+)(?:\s+\"[^\"]*\")?\)(?P<attrs>\{[^}]*\})?")
LINK_TO_WEB_RE = re.compile(r"\]\(https?://")  # in every EXTERNAL_LINK_RE match
HREFLANG_RE = re.compile(r"\bhreflang=[\"']?(?P<code>[\w-]*)")


def check(project: Project) -> list[Problem]:
    problems = []
    for language in LANGUAGES:
        if language == DEFAULT_LANGUAGE:
            continue
        for page in project.readable_pages(language):
            where = project.relative(page)
            lines, start = lines_of(page), body_start(page)
            for number in lines_with(page.text, LINK_TO_WEB_RE):  # the only lines EXTERNAL_LINK_RE can match
                if number < start:
                    continue
                line = lines[number - 1]
                for match in EXTERNAL_LINK_RE.finditer(line):
                    problem = _language_problem(match, language)
                    if problem:
                        problems.append(Problem(where, number, *problem))
    return problems


def _language_problem(match: re.Match, language: str) -> tuple[str, str] | None:
    found = HREFLANG_RE.search(match["attrs"] or "")
    if found is None:
        return (f"The link to {match['url']} does not say what language that page is in. Write "
                f"{{hreflang=en}} straight after the link if it is in English, or {{hreflang={language}}} "
                "if it is in this page's language.", "warning")
    if found["code"] not in LANGUAGES:
        return (f"'hreflang={found['code']}' is not one of the site's languages. Use one of: "
                f"{', '.join(LANGUAGES)}.", "error")
    return None
