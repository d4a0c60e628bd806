"""Raw HTML and attribute lists in pages, by allow-list (CONTRIBUTING.md, "Raw HTML").

The site's own pages use no raw HTML at all: everything they show is Markdown, a `/// video` block or
a part the build adds. So the allow-list of tags an editor may write is empty, and every tag, comment
or declaration is an error at its line. Attribute lists (`{...}`) may only give a heading its id
(`{#in-short}`) or mark a link's language (`{hreflang=en}`).

The page is read whole, not line by line, with the standard library's HTML tokeniser, so a tag over
two lines, a quoted `>` or `<svg/onload=...>` is seen as a browser would see it. Only what Markdown
itself shows as text is left out: code spans, backslash escapes and autolinks (`<https://...>`).
The build's sanitiser (scripts/hooks/sanitise.py) backs this up on the rendered HTML.
"""

from __future__ import annotations

import re
from functools import lru_cache
from html.parser import HTMLParser

from markdown.extensions.attr_list import get_attrs_and_remainder

from scripts.checks import Problem, Project, body_start, lines_with

# Tags an editor may write in a page, with the attributes each may carry. Empty: see the docstring.
ALLOWED_TAGS: dict[str, frozenset[str]] = {}
CODE_SPAN_RE = re.compile(r"(?<!\\)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.S)
AUTOLINK_RE = re.compile(r"<(?:https?://|mailto:|tel:)[^<>\s]*>|<[^<>\s@]+@[^<>\s@]+>", re.I)
ESCAPED_RE = re.compile(r"\\[<&{]")
# Python-Markdown's attr_list syntax: `{...}` or `{: ...}` whose content looks like attributes.
ATTR_LIST_RE = re.compile(r"\{:?[ ]*((?:[#.][^}\n]*)|(?:[^}\n=]*=[^}\n]*)|:[^}\n]*)\}")
OPENING_BRACE_RE = re.compile(r"\{")
HEADING_RE = re.compile(r"^#{1,6}\s")
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LANGUAGE_CODES = ("en", "cy", "bn", "so")
INSTEAD = {
    "script": "Pages cannot run scripts.",
    "iframe": "For a video use a /// video block.",
    "object": "For a video use a /// video block.",
    "embed": "For a video use a /// video block.",
    "video": "For a video use a /// video block.",
    "a": "Write a link as [words](page.md).",
    "img": "Write an image as ![What the picture shows](picture.png), with the file in docs/.",
    "br": "End the sentence and start a new line or paragraph instead.",
    "b": "Use **bold** for the few words that matter most.",
    "strong": "Use **bold** for the few words that matter most.",
    "i": "Use *emphasis* instead.",
    "em": "Use *emphasis* instead.",
}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str, str]] = []  # (line, kind, detail)

    def handle_starttag(self, tag, attrs):
        line = self.getpos()[0]
        allowed = ALLOWED_TAGS.get(tag)
        if allowed is None:
            self.found.append((line, "tag", tag))
        else:
            for name, _ in attrs:
                if name not in allowed:
                    self.found.append((line, "attribute", f"{tag} {name}"))
        for name, _ in attrs:
            if name.startswith("on"):
                self.found.append((line, "handler", name))

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag):
        if tag not in ALLOWED_TAGS:
            self.found.append((self.getpos()[0], "end", tag))

    def handle_comment(self, data):
        self.found.append((self.getpos()[0], "comment", data))

    def handle_decl(self, decl):
        self.found.append((self.getpos()[0], "declaration", decl))

    def handle_pi(self, data):
        self.found.append((self.getpos()[0], "declaration", data))

    def unknown_decl(self, data):
        self.found.append((self.getpos()[0], "declaration", data))


def _blank(match: re.Match) -> str:
    """The same text with every character but line breaks made a space, so line numbers stay right."""
    return re.sub(r"[^\n]", " ", match.group(0))


@lru_cache(maxsize=1024)  # links.py and this module both ask, for every page; the result depends only on the text
def markdown_body(text: str, start: int) -> str:
    """The page with its front matter blanked (line numbers kept) and what Markdown shows as text removed."""
    lines = text.split("\n")
    body = "\n" * (start - 1) + "\n".join(lines[start - 1:])
    for pattern, needs in ((CODE_SPAN_RE, "`"), (AUTOLINK_RE, "<"), (ESCAPED_RE, "\\")):
        if needs in body:  # each pattern's first character: most pages have no code, autolink or escape
            body = pattern.sub(_blank, body)
    return body


def html_problems(body: str) -> list[tuple[int, str]]:
    """(line, message) for every piece of raw HTML in a Markdown body."""
    if "<" not in body:
        return []  # every tag, comment and declaration starts with it
    parser = _Tags()
    parser.feed(body)
    parser.close()
    problems = []
    started = {detail for _, kind, detail in parser.found if kind == "tag"}
    for line, kind, detail in parser.found:
        if kind == "tag":
            problems.append((line, f"Raw HTML <{detail}> is not allowed in a page. "
                                   f"{INSTEAD.get(detail, 'Write it in Markdown (see CONTRIBUTING.md, Raw HTML).')}"))
        elif kind == "end" and detail not in started:
            problems.append((line, f"Raw HTML </{detail}> is not allowed in a page. Remove it."))
        elif kind == "handler":
            problems.append((line, f"The HTML attribute {detail}= runs a script and is not allowed. Remove it."))
        elif kind == "attribute":
            tag, name = detail.split(" ", 1)
            problems.append((line, f"The attribute {name}= is not allowed on <{tag}>. Remove it."))
        elif kind == "comment":
            problems.append((line, "An HTML comment (<!-- ... -->) hides text from readers and from anyone checking "
                                   "the page in a browser. Remove it: put notes for editors in the pull request."))
        elif kind == "declaration":
            problems.append((line, f"Raw HTML <!{detail[:20]}...> is not allowed in a page. Remove it."))
    # A comment that is never closed is not a comment to the tokeniser; Markdown shows it as text.
    for match in re.finditer(r"<!--", body):
        line = body.count("\n", 0, match.start()) + 1
        if not any(number == line and "comment" in message for number, message in problems):
            problems.append((line, "An HTML comment (<!-- ... -->) hides text from readers. Remove it, or write "
                                   "the words as ordinary text."))
    return problems


def attr_list_problems(body: str) -> list[tuple[int, str]]:
    """(line, message) for attribute lists that do more than give a heading an id or mark a link's language."""
    problems = []
    lines = body.split("\n") if "{" in body else []
    for number in lines_with(body, OPENING_BRACE_RE) if lines else ():  # every attribute list starts with {
        line = lines[number - 1]
        for match in ATTR_LIST_RE.finditer(line):
            attrs, _ = get_attrs_and_remainder(match.group(1))
            for name, value in attrs:
                if name == ":" and value is None:
                    continue
                if name == "id" and HEADING_RE.match(line) and ID_RE.match(value or ""):
                    continue
                if name == "hreflang" and value in LANGUAGE_CODES and line[: match.start()].rstrip().endswith(")"):
                    continue
                if name == "id":
                    problems.append((number, f"The id {value!r} in {match.group(0)} is not allowed. Give ids only to "
                                             "headings, as lowercase words joined by hyphens: ## Heading {#heading}"))
                elif name == "hreflang":
                    problems.append((number, f"{match.group(0)} must follow a link and name one of the site's "
                                             f"languages: [words](page.md){{hreflang=en}}"))
                else:
                    label = f".{value}" if name == "class" else name
                    problems.append((number, f"The attribute list {match.group(0)} sets {label!r}, which pages may not "
                                             "set. Only a heading's id {#in-short} and a link's {hreflang=en} are allowed."))
    return problems


def check(project: Project) -> list[Problem]:
    problems = []
    for page in project.readable_pages():
        where = project.relative(page)
        body = markdown_body(page.text, body_start(page))
        for line, message in html_problems(body) + attr_list_problems(body):
            problems.append(Problem(where, line, message))
    return problems
