"""Reading grade of pages, so writers can check the plain-words aim before a full build.

Usage: python scripts/readability.py FILE.md [FILE.md ...]
Prints the Flesch-Kincaid grade and word count of each page's text (front matter,
Markdown syntax, headings' ids and video options removed). The closing figures for
the site come from the rendered HTML (scripts/bench.py); this is the writer's quick check.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import textstat

FRONT_MATTER_RE = re.compile(r"\A---\n.*?\n---\n", re.S)
HEADING_ID_RE = re.compile(r"\s*\{#[^}]*\}")
LINK_RE = re.compile(r"\[([^\]]*)\]\([^)]*\)")
BLOCK_LINE_RE = re.compile(r"^\s*(///.*|    (id|duration|transcript):.*)$", re.M)
MARKUP_RE = re.compile(r"^\s*(#+|[-*]|\d+\.|!!!\s*\w+|>)\s*", re.M)


def plain_text(markdown: str) -> str:
    """Strip what a reader never reads aloud, keeping each list item as its own sentence."""
    text = FRONT_MATTER_RE.sub("", markdown)
    text = BLOCK_LINE_RE.sub("", text)
    text = HEADING_ID_RE.sub("", text)
    text = LINK_RE.sub(r"\1", text)
    text = MARKUP_RE.sub("", text)
    lines = []
    for line in text.splitlines():
        line = line.strip().strip('"')
        if line and line[-1] not in ".!?:":
            line += "."  # a heading or list item reads as its own sentence
        lines.append(line)
    return " ".join(lines).replace("*", "")


def main(paths: list[str]) -> int:
    textstat.set_lang("en_GB")
    for name in paths:
        text = plain_text(Path(name).read_text(encoding="utf-8"))
        grade = textstat.flesch_kincaid_grade(text)
        print(f"{name}\tgrade {grade:.1f}\twords {textstat.lexicon_count(text)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
