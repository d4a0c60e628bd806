"""Reading grade of every English guide, measured on the built pages as a reader gets them.

Flesch-Kincaid grade (textstat) of each page's main text: the article without the Sources
section, the page furniture or the print block. Usage, after a build:
    python -m scripts.reading_grades SITE_DIR
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

import textstat
from bs4 import BeautifulSoup

from scripts.languages import LANGUAGES

# The plain-words standard: NHS.UK aims at a reading age of 9 to 11 (US grades 4 to 6).
MEDIAN_GRADE_LIMIT = 6
PAGE_GRADE_LIMIT = 8
MEASURED_TYPES = ("guide", "home", "landing", "example", "videos", "about")


def main_text(html: str) -> str:
    """The words a reader reads: list items and headings count as sentences of their own."""
    page = BeautifulSoup(html, "html.parser")
    body = page.select_one("[data-pagefind-body]")
    if body is None:
        return ""
    sources = body.find(id="sources")
    if sources is not None:
        for element in [sources, *sources.find_next_siblings()]:
            element.decompose()
    for element in body.select(".print-only, .page-summary, .source-list, abbr"):
        element.unwrap() if element.name == "abbr" else element.decompose()
    parts = []
    for element in body.find_all(["h1", "h2", "h3", "h4", "p", "li", "td"]):
        if element.find(["p", "li", "ul", "ol"]):
            continue  # its children are counted on their own
        text = element.get_text(" ", strip=True)
        if text:
            parts.append(text if text[-1] in ".!?:" else text + ".")
    return " ".join(parts)


def english_pages(site: Path) -> list[Path]:
    return sorted(
        path for path in site.rglob("index.html")
        if path.relative_to(site).parts[0] not in {*LANGUAGES, "pagefind", "assets", "search"}
    )


def grades(site: Path) -> dict[str, float]:
    textstat.set_lang("en_GB")
    found = {}
    for path in english_pages(site):
        text = main_text(path.read_text(encoding="utf-8"))
        if textstat.lexicon_count(text) >= 50:
            found["/" + path.relative_to(site).parent.as_posix().removesuffix(".")] = textstat.flesch_kincaid_grade(text)
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    found = grades(Path(argv[0]))
    for page, grade in sorted(found.items(), key=lambda item: item[1], reverse=True):
        print(f"{grade:5.1f}  {page}")
    print(f"\n{len(found)} pages; median grade {statistics.median(found.values()):.1f} "
          f"(limit {MEDIAN_GRADE_LIMIT}); highest {max(found.values()):.1f} (limit {PAGE_GRADE_LIMIT})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
