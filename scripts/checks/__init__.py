"""`make check`: every problem in the content, as `path:line: what is wrong. How to fix it.`

One module per family of editor mistakes; each has `check(project) -> list[Problem]`. They share
the page model (scripts/content.py), so a page is read the same way here as in the build.

Every build runs all of them (scripts/hooks/content_checks.py), so they must be quick: about 0.2 s for
today's 260 pages. How they stay quick, without finding less:
- run_all gives the families one Project.one_run(): each page is listed, read and split into lines once.
- A line-by-line search first asks which lines can match at all (lines_with, lines_starting_with, or a plain
  `in` for text every match must hold) and looks only at those. Such a short cut must find a superset of
  what the search itself would find, never less; tests/test_checks_speed.py holds the subtle ones to that.
- re skips ahead quickly only when a pattern starts with a plain character, set or \\d (not a look-behind,
  nor a letter under re.I): see evidence.PHONE_RES for how such a pattern is rewritten, with a test for it.
Measure with `.venv/bin/python -m scripts.checks` (it prints the time) or a profiler; never in a test.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterator

from scripts.content import Page, pages
from scripts.languages import LANGUAGES, ROOT

@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    message: str
    severity: str = field(default="error", compare=False)

    def __str__(self) -> str:
        label = "" if self.severity == "error" else "warning: "
        return f"{self.path}:{self.line}: {label}{self.message}"


@dataclass(frozen=True)
class Project:
    """Where the content is: the repository, or a fixture folder in a test."""

    root: Path = ROOT
    # What one run of the checks has already worked out (see one_run); None: work everything out afresh.
    memo: dict | None = field(default=None, compare=False, repr=False)

    def one_run(self) -> "Project":
        """This project for one run of every check: each page is listed, read and split once, not once per check.

        A run sees the files as they were when it first looked; make a new one after changing them.
        """
        return replace(self, memo={})

    def remembered(self, key: Any, work_out: Callable[[], Any]) -> Any:
        """work_out(), done once per run (every time without one_run). Treat the result as read-only."""
        if self.memo is None:
            return work_out()
        if key not in self.memo:
            self.memo[key] = work_out()
        return self.memo[key]

    @property
    def docs(self) -> Path:
        return self.root / "docs"

    def pages(self, language: str) -> list[Page]:
        return list(self.remembered(("pages", language), lambda: tuple(
            pages(language, docs_dir=self.docs)) if (self.docs / language).is_dir() else ()))

    def page(self, language: str, path: str) -> Page:
        """The page at docs/<language>/<path>, whether or not it exists (the run's own copy when it does)."""
        listed = self.remembered(("page index", language), lambda: {page.path: page for page in self.pages(language)})
        return listed.get(path) or Page(language, path, self.docs)

    def has_file(self, under_docs: str) -> bool:
        """Whether docs/<under_docs> is a file, asked once per run: many links go to the same few pages."""
        return self.remembered(("is file", under_docs), lambda: (self.docs / under_docs).is_file())

    def all_pages(self) -> Iterator[Page]:
        for language in LANGUAGES:
            yield from self.pages(language)

    def readable_pages(self, language: str | None = None) -> list[Page]:
        """Pages that decode as UTF-8 (files.py reports the others; the rest cannot read them)."""
        return list(self.remembered(("readable", language), lambda: tuple(
            page for page in (self.pages(language) if language else self.all_pages()) if is_readable(page))))

    def relative(self, page: Page) -> str:
        return f"docs/{page.language}/{page.path}"


def is_readable(page: Page) -> bool:
    try:
        page.text
    except UnicodeDecodeError:
        return False
    return True


def lines_of(page: Page) -> tuple[str, ...]:
    """The page's lines (split at \\n, as every check counts them), split once however many checks ask."""
    return _split(page.text)


def body_start(page: Page) -> int:
    """The 1-based line number where the page body starts (after the front matter)."""
    return _body_start(page.text)


def body_lines(page: Page) -> Iterator[tuple[int, str]]:
    """(line number, line) for the body.

    Every line: the site enables no fenced-code extension, so a line of ``` is ordinary text to the
    renderer and must not switch the checks off (the renderer and the checks agree on what is code).
    """
    lines = lines_of(page)
    start = body_start(page)
    return zip(range(start, len(lines) + 1), lines[start - 1:])


def front_matter_line(page: Page, key: str) -> int:
    """The line of `key:` in the front matter, or 1 when it is not there."""
    pattern = re.compile(rf"^{re.escape(key)}\s*:")
    for number, line in enumerate(lines_of(page)[: body_start(page)], start=1):
        if pattern.match(line):
            return number
    return 1


def lines_with(text: str, pattern: re.Pattern) -> list[int]:
    """The numbers of the lines (split at \\n) where `pattern` matches, in order, each once.

    One search over the whole text instead of one per line, so the lines without a match (most) cost nothing.
    Only for patterns that never match across a line break.
    """
    numbers: list[int] = []
    line, counted_to = 1, 0
    match = pattern.search(text)
    while match:
        line += text.count("\n", counted_to, match.start())
        numbers.append(line)
        line_end = text.find("\n", match.start())
        if line_end < 0:
            break
        line, counted_to = line + 1, line_end + 1
        match = pattern.search(text, counted_to)  # the next line: one match a line is enough
    return numbers


def lines_starting_with(text: str, prefix: str) -> list[int]:
    """The numbers of the lines (split at \\n) that start with `prefix`: found with str.find, quicker than ^ in re."""
    numbers = [1] if text.startswith(prefix) else []
    needle, line, counted_to = "\n" + prefix, 1, 0
    at = text.find(needle)
    while at >= 0:
        line += text.count("\n", counted_to, at + 1)
        counted_to = at + 1
        numbers.append(line)
        at = text.find(needle, at + 1)
    return numbers


# Keyed by the text itself: a page read again after an edit is new text, so nothing here goes stale. A page's
# text is one string object for as long as the file is unchanged (scripts/content.py), so a look-up costs little.
@lru_cache(maxsize=2048)
def _split(text: str) -> tuple[str, ...]:
    return tuple(text.split("\n"))


@lru_cache(maxsize=2048)
def _body_start(text: str) -> int:
    lines = _split(text)
    if lines and lines[0].strip() == "---":
        for number, line in enumerate(lines[1:], start=2):
            if line.strip() in ("---", "..."):
                return number + 1
    return 1
