"""Links: to pages and headings that exist in the same language, https only, and never a bare address."""

from __future__ import annotations

import posixpath
import re
from functools import lru_cache

from markdown.extensions.toc import slugify

from scripts.checks import Problem, Project, body_lines
from scripts.content import Page
from scripts.languages import DEFAULT_LANGUAGE, LANGUAGES, terms

LINK_RE = re.compile(r"(?<!!)\[(?P<text>[^\]]*)\]\((?P<target>[^)\s]+)(?:\s+\"[^\"]*\")?\)")
ANY_LINK_RE = re.compile(r"!?\[[^\]]*\]\([^)]*\)|<https?://[^>]+>")
URL_RE = re.compile(r"https?://[^\s)>\]]+")
HEADING_RE = re.compile(r"^(#{1,6})\s+(?P<text>.*?)\s*(?:\{#(?P<id>[^}\s]+)[^}]*\})?\s*$")
GLOSSARY_PAGE = "glossary.md"


def check(project: Project) -> list[Problem]:
    problems = []
    for page in project.readable_pages():
        where = project.relative(page)
        for number, line in body_lines(page):
            for match in LINK_RE.finditer(line):
                message = link_problem(project, page, match["target"])
                if message:
                    problems.append(Problem(where, number, message))
            for url in URL_RE.findall(ANY_LINK_RE.sub(" ", line)):
                problems.append(Problem(where, number,
                    f"Bare web address {url}. Give it words a reader understands: [Name of the site]({url})"))
    return problems


def link_problem(project: Project, page: Page, target: str) -> str | None:
    if target.startswith("http://"):
        return f"The link {target} uses http://. Use https:// so the connection is secure."
    if target.startswith(("https://", "mailto:", "tel:")):
        return None  # tel: links are checked against their text in evidence.py
    path, _, anchor = target.partition("#")
    if not path:
        ids = heading_ids(project, page.language, page.path)
        return None if anchor in ids else f"There is no heading with the id #{anchor} on this page. Use one of: {', '.join(sorted(ids)) or 'none'}."
    if not path.endswith(".md"):
        return (f"The link {target} does not point to a page file. Link to the .md file, "
                "like (../support/carers-assessment.md).")
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page.path), path))
    if resolved.startswith("../"):
        other = resolved.split("/")[1] if resolved.count("/") else ""
        if other in LANGUAGES:
            return (f"The link {target} goes into the {other} pages. Link to the page in this language's folder: "
                    "the language links on every page let readers change language.")
        return f"The link {target} points outside the site's pages. Check the number of ../ in it."
    if not (project.docs / page.language / resolved).is_file():
        if (project.docs / DEFAULT_LANGUAGE / resolved).is_file():
            return None  # not translated yet: reported once, as a missing translation, not at every link to it
        return f"The page {path} does not exist in docs/{page.language}/. Check the spelling and the number of ../ in it."
    if anchor and anchor not in heading_ids(project, page.language, resolved):
        return f"The page {path} has no heading with the id #{anchor}. Use an id from its headings, like {{#in-short}}."
    return None


def heading_ids(project: Project, language: str, path: str) -> frozenset[str]:
    return _heading_ids(project, language, path)


@lru_cache(maxsize=None)
def _heading_ids(project: Project, language: str, path: str) -> frozenset[str]:
    page = Page(language, path, project.docs)
    if not page.exists():
        page = Page(DEFAULT_LANGUAGE, path, project.docs)
    ids = set()
    for _, line in body_lines(page):
        match = HEADING_RE.match(line)
        if match:
            ids.add(match["id"] or slugify(match["text"], "-"))
    if page.meta.get("sources"):
        ids.add("sources")  # the Sources section the site adds
    if path == GLOSSARY_PAGE:
        ids |= set(terms(language, project.root))  # the glossary's generated entries
    return frozenset(ids)
