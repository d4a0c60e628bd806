"""How many of the terms a page uses get term help, on a built site: a figure for reviews, not a check.

Usage:
    python -m scripts.term_coverage SITE_DIR [--root PROJECT]

For the eight pages each back-translation review sampled, in every language, it counts the distinct
termbase terms that occur in the page's text (in any form the termbase lists) and how many of them
are explained: by an `<abbr>` (the old hover help) or by a term-help toggle (scripts/term_help.py).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bs4 import BeautifulSoup

from scripts.content import directory_url
from scripts.languages import LANGUAGES, ROOT, terms
from scripts.term_help import TermIndex

SAMPLED_PAGES = (
    "index.md", "transitions/leaving-hospital.md", "money-and-control/direct-payments.md",
    "support/carers-assessment.md", "support/advocacy.md", "carers-breaks.md",
    "good-practice/tower-hamlets-community-advocates.md", "about/privacy.md",
)


def coverage(html: str, index: TermIndex) -> tuple[int, int]:
    """(distinct terms used in the content, distinct terms explained) for one built page."""
    soup = BeautifulSoup(html, "html.parser")
    body = soup.select_one("[data-pagefind-body]")
    if body is None or index.pattern is None:
        return 0, 0
    for element in body.select(".term-popover, .terms-print, .source-list, script, style"):
        element.decompose()
    explained = {index.term_id(node.get_text()) for node in body.select("abbr, button.term")} - {None}
    for heading in body.select("h1, h2, h3, h4, a"):
        heading.decompose()  # term help never marks these, so they are not "uses" it could have helped
    used = {index.term_id(match.group(0)) for match in index.pattern.finditer(body.get_text(" "))} - {None}
    return len(used), len(explained & used)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.term_coverage")
    parser.add_argument("site", type=Path)
    parser.add_argument("--root", type=Path, default=ROOT, help="the project whose termbases define the terms")
    args = parser.parse_args(argv)
    for language in LANGUAGES:
        index = TermIndex(terms(language, args.root), language=language)
        total_used = total_explained = 0
        for path in SAMPLED_PAGES:
            folder = args.site if language == "en" else args.site / language
            page = folder / directory_url(path) / "index.html"
            if page.exists():
                used, explained = coverage(page.read_text(encoding="utf-8"), index)
                total_used += used
                total_explained += explained
        print(f"{language}: {total_explained} of {total_used} distinct terms used on the 8 sampled pages get term help")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
