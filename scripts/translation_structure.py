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

HEADING_RE = re.compile(r"^(#{2,6})\s.*?\{#([a-z0-9-]+)\}\s*$", re.M)
LINK_RE = re.compile(r"\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
URL_RE = re.compile(r"https?://[^\s)>\]\"']+")
VIDEO_RE = re.compile(r"^\s*(?:///\s*video\b.*|\s{4}(?:id|duration):.*)$", re.M)
NUMBER_RE = re.compile(r"\d+(?:[.:,]\d+)*")
BENGALI_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
FENCE_LINE_RE = re.compile(r"^(---|///.*|\s{4}(id|duration|transcript):.*)$", re.M)


@dataclass
class Difference:
    what: str
    english: list
    translation: list

    def __str__(self) -> str:
        missing = [item for item in self.english if item not in self.translation]
        extra = [item for item in self.translation if item not in self.english]
        parts = [f"{self.what} differ from the English page."]
        if missing:
            parts.append(f"Missing: {', '.join(map(str, missing))}.")
        if extra:
            parts.append(f"Not in English: {', '.join(map(str, extra))}.")
        if not missing and not extra:
            parts.append("Same items, different order.")
        return " ".join(parts)


def features(page: Page) -> dict[str, list]:
    body = page.body
    video_lines = [line.strip() for line in VIDEO_RE.findall(body) if not line.strip().startswith("///")]
    prose = URL_RE.sub(" ", LINK_RE.sub("]", body)).translate(BENGALI_DIGITS)
    return {
        "Heading ids": [f"{len(level)}:{anchor}" for level, anchor in HEADING_RE.findall(body)],
        "Link targets": [target for target in LINK_RE.findall(body) if not target.startswith("http")],
        "Web addresses": sorted(URL_RE.findall(body)),
        "Video blocks": video_lines,
        "Numbers": sorted(NUMBER_RE.findall(FENCE_LINE_RE.sub(" ", prose))),
    }


def compare(english: Page, translation: Page) -> list[Difference]:
    ours, theirs = features(english), features(translation)
    return [Difference(name, ours[name], theirs[name]) for name in ours if ours[name] != theirs[name]]


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
        print(f"docs/{language}/{path}: {difference}")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
