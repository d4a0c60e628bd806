"""`make check`: every problem in the content, as `path:line: what is wrong. How to fix it.`

One module per family of editor mistakes; each has `check(project) -> list[Problem]`. They share
the page model (scripts/content.py), so a page is read the same way here as in the build.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

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

    @property
    def docs(self) -> Path:
        return self.root / "docs"

    def pages(self, language: str) -> list[Page]:
        return list(pages(language, docs_dir=self.docs)) if (self.docs / language).is_dir() else []

    def all_pages(self) -> Iterator[Page]:
        for language in LANGUAGES:
            yield from self.pages(language)

    def readable_pages(self, language: str | None = None) -> list[Page]:
        """Pages that decode as UTF-8 (files.py reports the others; the rest cannot read them)."""
        chosen = self.pages(language) if language else list(self.all_pages())
        return [page for page in chosen if is_readable(page)]

    def relative(self, page: Page) -> str:
        return f"docs/{page.language}/{page.path}"


def is_readable(page: Page) -> bool:
    try:
        page.text
    except UnicodeDecodeError:
        return False
    return True


def body_start(page: Page) -> int:
    """The 1-based line number where the page body starts (after the front matter)."""
    lines = page.text.split("\n")
    if lines and lines[0].strip() == "---":
        for number, line in enumerate(lines[1:], start=2):
            if line.strip() in ("---", "..."):
                return number + 1
    return 1


def body_lines(page: Page) -> Iterator[tuple[int, str]]:
    """(line number, line) for the body.

    Every line: the site enables no fenced-code extension, so a line of ``` is ordinary text to the
    renderer and must not switch the checks off (the renderer and the checks agree on what is code).
    """
    lines = page.text.split("\n")
    for number in range(body_start(page), len(lines) + 1):
        yield number, lines[number - 1]


def front_matter_line(page: Page, key: str) -> int:
    """The line of `key:` in the front matter, or 1 when it is not there."""
    pattern = re.compile(rf"^{re.escape(key)}\s*:")
    for number, line in enumerate(page.text.split("\n")[: body_start(page)], start=1):
        if pattern.match(line):
            return number
    return 1
