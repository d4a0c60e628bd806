"""Compares a translation with its English page: what must stay the same in every language.

Heading ids and levels, link targets, video blocks, and the numbers, dates, phone numbers and
web addresses a reader may act on. Usage:
    python -m scripts.translation_structure <lang> <path under docs/en>   (no output: they match)
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass

from scripts.content import Page
from scripts.languages import DEFAULT_LANGUAGE, ROOT, _load_yaml

EQUIVALENTS_FILE = "content_sources/link-equivalents.yml"

HEADING_RE = re.compile(r"^(#{2,6})\s.*?\{#([a-z0-9-]+)\}\s*$")
LINK_RE = re.compile(r"\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
URL_RE = re.compile(r"https?://[^\s)>\]\"']+")
VIDEO_OPTION_RE = re.compile(r"^\s{4}(?:id|duration):.*$")
NUMBER_RE = re.compile(r"\d+(?:[.:,]\d+)*")
BENGALI_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
BLOCK_LINE_RE = re.compile(r"^(///.*|\s{4}(id|duration|transcript):.*)$")


@dataclass
class Difference:
    """One kind of item that differs, with the first line where each side goes wrong."""

    what: str
    english: list[tuple[str, int]]
    translation: list[tuple[str, int]]

    @property
    def missing(self) -> list[tuple[str, int]]:
        theirs = [value for value, _ in self.translation]
        return [(value, line) for value, line in self.english if value not in theirs]

    @property
    def extra(self) -> list[tuple[str, int]]:
        ours = [value for value, _ in self.english]
        return [(value, line) for value, line in self.translation if value not in ours]

    @property
    def english_line(self) -> int:
        return (self.missing or self._first_out_of_order(self.english, self.translation))[0][1]

    @property
    def translation_line(self) -> int:
        return (self.extra or self._first_out_of_order(self.translation, self.english))[0][1]

    @staticmethod
    def _first_out_of_order(ours, theirs):
        for (value, line), (other, _) in zip(ours, theirs):
            if value != other:
                return [(value, line)]
        return ours[-1:] or [("", 1)]

    def __str__(self) -> str:
        parts = [f"{self.what} differ from the English page."]
        if self.missing:
            parts.append(f"Missing: {', '.join(value for value, _ in self.missing)}.")
        if self.extra:
            parts.append(f"Not in English: {', '.join(value for value, _ in self.extra)}.")
        if not self.missing and not self.extra:
            parts.append("Same items, different order.")
        return " ".join(parts)


def features(page: Page) -> dict[str, list[tuple[str, int]]]:
    """The items that must match, each with its line number in the file."""
    found: dict[str, list[tuple[str, int]]] = {
        "Heading ids": [], "Link targets": [], "Web addresses": [], "Video blocks": [], "Numbers": []}
    as_english = english_addresses(page)
    lines = page.text.split("\n")
    start = len(page.text[: len(page.text) - len(page.body)].split("\n")) if page.body else len(lines)
    for number, line in enumerate(lines[start - 1:], start=start):
        # Speed (make check reads every page): each pattern is tried only on lines with what its matches start with
        # or hold: ## for a heading, "](" for a link, "http" for an address, a space or /// for a video block line.
        heading = HEADING_RE.match(line) if line.startswith("##") else None
        if heading:
            found["Heading ids"].append((f"{len(heading[1])}:{heading[2]}", number))
        has_link, has_url, indented = "](" in line, "http" in line, line[:1].isspace()
        if has_link:
            found["Link targets"] += [(target, number) for target in LINK_RE.findall(line) if not target.startswith("http")]
        if has_url:
            found["Web addresses"] += [(as_english.get(url, url), number) for url in URL_RE.findall(line)]
        if indented and VIDEO_OPTION_RE.match(line):
            found["Video blocks"].append((line.strip(), number))
        if not ((indented or line.startswith("///")) and BLOCK_LINE_RE.match(line)):
            prose = LINK_RE.sub("]", line) if has_link else line
            prose = URL_RE.sub(" ", prose) if has_url else prose
            # \d finds Bengali digits as it finds 0-9, so translating the numbers found equals translating the line
            found["Numbers"] += [(value if value.isascii() else value.translate(BENGALI_DIGITS), number)
                                 for value in NUMBER_RE.findall(prose)]
    found["Web addresses"].sort()
    found["Numbers"].sort()
    return found


def english_addresses(page: Page) -> dict[str, str]:
    """For a translation: its language's own versions of English pages, mapped back to the English address."""
    if page.language == DEFAULT_LANGUAGE:
        return {}
    path = page.docs_dir.parent / EQUIVALENTS_FILE
    if not path.exists():
        path = ROOT / EQUIVALENTS_FILE
    if not path.exists():
        return {}
    table = _load_yaml(path).get(page.language) or {}
    return {str(own): str(english) for english, own in table.items()}


def compare(english: Page, translation: Page, *, features_of=None) -> list[Difference]:
    """features_of: how to get a page's features, e.g. remembered, so make check works each English page out once."""
    features_of = features_of or features
    ours, theirs = features_of(english), features_of(translation)
    return [
        Difference(name, ours[name], theirs[name])
        for name in ours
        if [value for value, _ in ours[name]] != [value for value, _ in theirs[name]]
    ]


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    language, path = argv
    translation = Page(language, path)
    if not translation.exists():
        print(f"docs/{language}/{path}: missing. Translate docs/en/{path} into this path.")
        return 1
    differences = compare(translation.english, translation)
    for difference in differences:
        print(f"docs/{language}/{path}:{difference.translation_line}: {difference} "
              f"See docs/en/{path}:{difference.english_line}.")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
