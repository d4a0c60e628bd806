"""Links: to pages and headings that exist in the same language, https only, and never a bare address."""

from __future__ import annotations

import posixpath
import re
from markdown.extensions.toc import slugify

from html import unescape

from scripts.checks import Problem, Project, body_start, lines_of, lines_starting_with, lines_with
from scripts.checks.characters import CRIPT
from scripts.content import Page
from scripts.languages import DEFAULT_LANGUAGE, LANGUAGES, terms

# Inline links, their text over several lines if need be, the target optionally in <...>, any kind of title.
# (?<!!)\[ written as \[(?<!!\[), the same, so the search can skip straight to each [ (see evidence.PHONE_RES).
LINK_RE = re.compile(r"\[(?<!!\[)(?P<text>[^\]]*)\]\(\s*<?(?P<target>[^)\s>]+)>?(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)")
# Reference definitions, `[label]: target "title"`, which Markdown turns into links wherever [words][label] is used.
REFERENCE_RE = re.compile(r"^[ ]{0,3}\[(?P<label>[^\]]+)\]:[ \t]*\n?[ \t]*<?(?P<target>[^\s>]+)>?", re.M)
IMAGE_LINK_RE = re.compile(r"!\[[^\]]*\]\(\s*<?(?P<target>[^)\s>]+)")
# Schemes that run a script; browsers ignore case, spaces and character references inside them.
SCRIPT_SCHEME_RE = re.compile(r"(?<![\w-])(?:java|vb|live)\s*script\s*:", re.I)
CRIPT_RE = re.compile(CRIPT)  # a page without "cript" (in any case) has no script scheme
ANY_LINK_RE = re.compile(r"!?\[[^\]]*\]\([^)]*\)|<https?://[^>]+>")
URL_RE = re.compile(r"https?://[^\s)>\]]+")
WEB_ADDRESS_RE = re.compile(r"https?://")  # what every URL_RE match starts with; the substitutions before it add only spaces
HTML_TAG_RE = re.compile(r"<[a-zA-Z][^>]*>?")
HEADING_RE = re.compile(r"^(#{1,6})\s+(?P<text>.*?)\s*(?:\{#(?P<id>[^}\s]+)[^}]*\})?\s*$")
GLOSSARY_PAGE = "glossary.md"


def check(project: Project) -> list[Problem]:
    problems = []
    from scripts.checks.raw_html import markdown_body

    for page in project.readable_pages():
        where = project.relative(page)
        body = markdown_body(page.text, body_start(page))
        line_of = lambda offset: body.count("\n", 0, offset) + 1  # noqa: E731
        for pattern in (LINK_RE, REFERENCE_RE) if "]:" in body else (LINK_RE,):  # a reference definition has "]:"
            for match in pattern.finditer(body):
                message = link_problem(project, page, match["target"])
                if message:
                    problems.append(Problem(where, line_of(match.start("target")), message))
        for match in IMAGE_LINK_RE.finditer(body):
            message = image_problem(project, page, match["target"])
            if message:
                problems.append(Problem(where, line_of(match.start("target")), message))
        unescaped = unescape(body)
        # a scheme found in no line is not in the whole text (the reverse need not hold): then no line is searched
        has_scheme = CRIPT_RE.search(unescaped) and SCRIPT_SCHEME_RE.search(unescaped)
        for number, line in enumerate(unescaped.split("\n") if has_scheme else [], start=1):
            scheme = SCRIPT_SCHEME_RE.search(line)
            if scheme:
                name = re.sub(r"\s", "", scheme.group(0)).lower()
                problems.append(Problem(where, number, f"A {name} address runs a script and is not allowed "
                                        "anywhere in a page. Link to a page instead: [words](page.md)."))
        problems += duplicate_ids(project, page)
        lines, start = lines_of(page), body_start(page)
        for number in lines_with(page.text, WEB_ADDRESS_RE):  # only lines with http(s):// can hold a bare address
            if number < start:
                continue
            line = lines[number - 1]
            # addresses inside an HTML tag are raw_html.py's to report (the tag is refused); advice to make a
            # link of them would only copy the tag's quote into the link
            for url in URL_RE.findall(HTML_TAG_RE.sub(" ", ANY_LINK_RE.sub(" ", line))):
                problems.append(Problem(where, number,
                    f"Bare web address {url}. Give it words a reader understands: [Name of the site]({url})"))
    return problems


def image_problem(project: Project, page: Page, target: str) -> str | None:
    """Images only from this site's own files under docs/: another website would learn who reads the page."""
    if re.match(r"[a-z][a-z0-9+.-]*:|//", target, re.I):
        return (f"The image {target} is on another website, which would tell it who reads the page. "
                "Put the picture in docs/ and link to the file.")
    resolved = posixpath.normpath(posixpath.join(page.language, posixpath.dirname(page.path), target.partition("#")[0]))
    if resolved.startswith("../") or resolved == "..":
        return f"The image {target} points outside docs/. Put the picture in docs/ and check the number of ../ in it."
    if not project.has_file(resolved):
        return f"The image {target} does not exist. Check the spelling and the number of ../ in it."
    return None


def duplicate_ids(project: Project, page: Page) -> list[Problem]:
    """Two headings with one id: links to the second go to the first, and the HTML is not valid."""
    problems, seen = [], {}
    for number, line in heading_lines(page):
        match = HEADING_RE.match(line)
        if not match:
            continue
        heading_id = match["id"] or slugify(match["text"], "-")
        if heading_id in seen:
            problems.append(Problem(project.relative(page), number, f"The id #{heading_id} is already used by the "
                                    f"heading on line {seen[heading_id]}. Give this heading its own id."))
        else:
            seen[heading_id] = number
    return problems


def heading_lines(page: Page) -> list[tuple[int, str]]:
    """(line number, line) for the body lines that start with #: the only ones HEADING_RE can match."""
    lines, start = lines_of(page), body_start(page)
    return [(number, lines[number - 1]) for number in lines_starting_with(page.text, "#") if number >= start]


def link_problem(project: Project, page: Page, target: str) -> str | None:
    if target.startswith("http://"):
        return f"The link {target} uses http://. Use https:// so the connection is secure."
    if target.startswith("https://"):
        return None
    if target.startswith("mailto:"):
        return None if re.fullmatch(r"mailto:[^?&#\s]+@[^?&#\s]+", target) else (
            f"The link {target} adds more than an email address (like ?bcc= or ?subject=). Link to the address only: "
            "(mailto:name@example.org).")
    if target.startswith("tel:"):
        return None if re.fullmatch(r"tel:\+?[0-9]+", target) else (
            f"The phone link {target} must hold only digits, like (tel:08088087777).")  # its text: evidence.py
    if SCRIPT_SCHEME_RE.match(target):
        return None  # reported once, by the scheme check below
    if target.startswith("//") or re.match(r"[a-z][a-z0-9+.-]*:", target, re.I):
        return f"The link {target} is not a page of this site or an https:// address. Use https:// or link to a .md file."
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
    if not project.has_file(f"{page.language}/{resolved}"):
        if project.has_file(f"{DEFAULT_LANGUAGE}/{resolved}"):
            return None  # not translated yet: reported once, as a missing translation, not at every link to it
        return f"The page {path} does not exist in docs/{page.language}/. Check the spelling and the number of ../ in it."
    if anchor and anchor not in heading_ids(project, page.language, resolved):
        return f"The page {path} has no heading with the id #{anchor}. Use an id from its headings, like {{#in-short}}."
    return None


def heading_ids(project: Project, language: str, path: str) -> frozenset[str]:
    """Once per page and run: not cached beyond the run, so an edited heading is seen by the next build."""
    return project.remembered(("heading ids", language, path), lambda: _heading_ids(project, language, path))


def _heading_ids(project: Project, language: str, path: str) -> frozenset[str]:
    page = project.page(language, path)
    if not page.exists():
        page = project.page(DEFAULT_LANGUAGE, path)
    ids = set()
    for _, line in heading_lines(page):
        match = HEADING_RE.match(line)
        if match:
            ids.add(match["id"] or slugify(match["text"], "-"))
    if page.meta.get("sources"):
        ids.add("sources")  # the Sources section the site adds
    if path == GLOSSARY_PAGE:
        ids |= set(terms(language, project.root))  # the glossary's generated entries
    return frozenset(ids)
