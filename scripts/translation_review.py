"""Mark a translation as checked by a fluent speaker, in one command.

Usage:
    python -m scripts.translation_review mark-reviewed LANGUAGE PAGE --by "Name" [--on YYYY-MM-DD]
    make review-page TRANSLATION=cy PAGE=transitions/leaving-hospital.md BY="Name"

It records who checked the page, when, and the hash of the English page they checked it against
(so the site can say when the English has changed since), in the page's `translation:` block.
Only the reviewer runs this: the project never marks its own translations reviewed.
Exit 0 when done, 1 when the page cannot be marked (no such page, no front matter, a bad or future date),
2 on a usage error.
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path

from scripts.content import Page
from scripts.languages import DEFAULT_LANGUAGE, DOCS_DIR, LANGUAGES

# The `translation:` block in front matter: the key line and its indented lines.
TRANSLATION_BLOCK_RE = re.compile(r"^translation:[^\n]*\n(?:[ \t]+[^\n]*\n)*", re.M)


def mark_reviewed(page: Page, *, reviewer: str, on: date) -> str:
    """The page's new text, with its translation block saying who checked it, when, and against what."""
    text = page.text
    match = TRANSLATION_BLOCK_RE.search(text[: _front_matter_end(text)])
    block = (
        "translation:\n"
        "  status: reviewed\n"
        f"  source_hash: {page.english.content_hash()}\n"
        f"  reviewed_by: {_yaml_text(reviewer)}\n"
        f"  reviewed_on: {on.isoformat()}\n"
    )
    if match:
        return text[: match.start()] + block + text[match.end():]
    end = _front_matter_end(text)
    return text[:end] + block + text[end:]


def _front_matter_end(text: str) -> int:
    """Where the closing '---' of the front matter starts."""
    match = re.search(r"^---\s*$", text[3:], re.M) if text.startswith("---") else None
    if not match:
        raise ValueError("the page has no front matter")
    return match.start() + 3


def _yaml_text(value: str) -> str:
    """A name as a YAML string that can hold any characters: double-quoted and escaped."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main(argv: list[str], *, docs_dir: Path = DOCS_DIR, today: date | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make review-page", description="Mark a translation as checked by a fluent speaker.")
    parser.add_argument("verb", choices=["mark-reviewed"])
    parser.add_argument("language", choices=[code for code in LANGUAGES if code != DEFAULT_LANGUAGE])
    parser.add_argument("page", help="the page's path inside its language folder, e.g. transitions/leaving-hospital.md")
    parser.add_argument("--by", required=True, help="the reviewer's name, as it should appear in the page's history")
    parser.add_argument("--on", help="the date of the review, YYYY-MM-DD (default: today)")
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:
        return 2 if stop.code else 0
    today = today or date.today()
    page = Page(args.language, args.page.removeprefix(f"docs/{args.language}/"), docs_dir)
    try:
        on = date.fromisoformat(args.on) if args.on else today
    except ValueError:
        print(f"'{args.on}' is not a date. Write it as year-month-day, like 2026-12-01.", file=sys.stderr)
        return 1
    if on > today:
        print(f"The review date {on} is in the future. Use the date the review happened.", file=sys.stderr)
        return 1
    if not args.by.strip():
        print("Give the reviewer's name with --by (BY= with make).", file=sys.stderr)
        return 1
    if not page.exists() or not page.english.exists():
        print(f"There is no page docs/{page.language}/{page.path} with an English page to check it against.", file=sys.stderr)
        return 1
    try:
        new_text = mark_reviewed(page, reviewer=args.by.strip(), on=on)
    except ValueError as error:
        print(f"docs/{page.language}/{page.path}: {error}. Add front matter first.", file=sys.stderr)
        return 1
    page.file.write_text(new_text, encoding="utf-8")
    print(f"docs/{page.language}/{page.path}: marked as checked by {args.by.strip()} on {on}, "
          f"against the English page as it is now ({page.english.content_hash()}).")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
