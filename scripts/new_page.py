"""Start a new page in all four languages, with the right front matter and the standard shape.

Usage:
    python -m scripts.new_page --section support --title "Money worries"
    python -m scripts.new_page                      (asks for the section and title)

The text is left as WRITE-ME placeholders, which `make check` reports until they are written,
so an unfinished page cannot be published. Translations start as drafts of the new English page.
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date, timedelta
from pathlib import Path

from scripts.content import Page
from scripts.languages import DEFAULT_LANGUAGE, LANGUAGES, ROOT, strings

KINDS = ("guide", "example")
REVIEW_AFTER = timedelta(days=182)  # guides and examples are reviewed every six months
PLACEHOLDER = "WRITE-ME"
NAV_ITEM_RE = re.compile(r"^(\s*)- (?P<path>[\w/-]+\.md)\s*$")


def slugify(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def page_text(*, language: str, kind: str, title: str, today: date, source_hash: str | None) -> str:
    shape = strings(language)["page_shapes"][kind]
    title_text = title if language == DEFAULT_LANGUAGE else f"{PLACEHOLDER} ({title})"
    lines = [
        "---",
        f"title: {title_text}",
        f"description: {PLACEHOLDER} one plain sentence, at most 160 characters.",
        f"type: {kind}",
        "topics: []",
        "audience: [carers]",
        "nations: [england, wales, scotland, northern-ireland]",
    ]
    if kind == "example":
        lines += [f"place: {PLACEHOLDER}", f"organisation: {PLACEHOLDER}"]
    lines += [f"last_reviewed: {today.isoformat()}", f"next_review: {(today + REVIEW_AFTER).isoformat()}", "sources: []"]
    if source_hash:
        lines += ["translation:", "  status: draft", f"  source_hash: {source_hash}"]
    lines += ["---", "", f"# {title_text}", "", f"{PLACEHOLDER}: one or two sentences on who this page is for.", ""]
    for anchor, heading in shape.items():
        lines += [f"## {heading} {{#{anchor}}}", "", f"{PLACEHOLDER}", ""]
    return "\n".join(lines)


def add_to_nav(config: Path, relative: str) -> bool:
    """Put the page in mkdocs.yml's menu after the last page of its section; False if it has no place there."""
    section = relative.rsplit("/", 1)[0] if "/" in relative else ""
    lines = config.read_text(encoding="utf-8").split("\n")
    last = None
    for index, line in enumerate(lines):
        match = NAV_ITEM_RE.match(line)
        if match and (match["path"].startswith(section + "/") if section else "/" not in match["path"]):
            last = index
    if last is None:
        return False
    indent = NAV_ITEM_RE.match(lines[last]).group(1)
    lines.insert(last + 1, f"{indent}- {relative}")
    config.write_text("\n".join(lines), encoding="utf-8")
    return True


def create(*, section: str, title: str, kind: str, root: Path = ROOT, today: date | None = None) -> list[Path]:
    today = today or date.today()
    slug = slugify(title)
    if not slug:
        raise ValueError("The title needs some letters or numbers.")
    relative = f"{section.strip('/')}/{slug}.md" if section.strip("/") else f"{slug}.md"
    docs = root / "docs"
    targets = [docs / language / relative for language in LANGUAGES]
    existing = [path for path in targets if path.exists()]
    if existing:
        raise FileExistsError(f"{existing[0].relative_to(root)} already exists. Choose another title, or edit that page.")
    english = targets[0]
    english.parent.mkdir(parents=True, exist_ok=True)
    english.write_text(page_text(language=DEFAULT_LANGUAGE, kind=kind, title=title, today=today, source_hash=None), encoding="utf-8")
    source_hash = Page(DEFAULT_LANGUAGE, relative, docs).content_hash()
    for language, path in zip(LANGUAGES[1:], targets[1:]):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page_text(language=language, kind=kind, title=title, today=today, source_hash=source_hash), encoding="utf-8")
    if kind == "guide" and not section.startswith("good-practice"):
        add_to_nav(root / "mkdocs.yml", relative)
    return targets


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="make new-page", description=__doc__.strip().splitlines()[0])
    parser.add_argument("--section", help="folder under docs/<language>/, e.g. support or transitions ('' for none)")
    parser.add_argument("--title", help="the page title in English, e.g. 'Money worries'")
    parser.add_argument("--type", dest="kind", choices=KINDS, help="guide (default) or example (good practice)")
    args = parser.parse_args(argv)
    section = args.section if args.section is not None else input("Section (folder, e.g. support; empty for none): ").strip()
    title = args.title or input("Title in English: ").strip()
    kind = args.kind or ("example" if section.startswith("good-practice") else "guide")
    try:
        created = create(section=section, title=title, kind=kind)
    except (ValueError, FileExistsError) as error:
        print(error, file=sys.stderr)
        return 2
    for path in created:
        print(f"created {path.relative_to(ROOT)}")
    print("Now write the English page, replacing every WRITE-ME; `make check` lists any left.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
