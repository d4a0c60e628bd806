"""Where every page stands in every language: up to date, behind the English, missing; draft or reviewed.

Usage:
    python -m scripts.translation_status list-status [--json]
Exit 0 when every page exists in every language, 1 when a page is missing, 2 on a usage error.
"""

from __future__ import annotations

import json
import sys

from scripts.content import Page, page_paths
from pathlib import Path

from scripts.languages import DEFAULT_LANGUAGE, DOCS_DIR, LANGUAGES

TRANSLATED = [language for language in LANGUAGES if language != DEFAULT_LANGUAGE]


def page_status(language: str, path: str, docs_dir: Path = DOCS_DIR) -> dict:
    page = Page(language, path, docs_dir)
    if not page.exists():
        return {"state": "missing", "status": None}
    if not page.english.exists():
        return {"state": "no English page", "status": None}
    state = page.translation_state()
    return {
        "state": "behind" if state["behind"] else "up to date",
        "status": state["status"],
        "reviewed_by": state["reviewed_by"],
        "reviewed_on": str(state["reviewed_on"]) if state["reviewed_on"] else None,
    }


def status_table(docs_dir: Path = DOCS_DIR) -> dict[str, dict[str, dict]]:
    return {
        path: {language: page_status(language, path, docs_dir) for language in TRANSLATED}
        for path in page_paths(docs_dir=docs_dir)
    }


def reviewed_counts(table: dict[str, dict[str, dict]]) -> dict[str, int]:
    """How many pages of each translation a fluent speaker has checked (a page behind its English counts too:
    its notice says the English has changed since)."""
    return {language: sum(1 for row in table.values() if row[language]["status"] == "reviewed") for language in TRANSLATED}


def main(argv: list[str]) -> int:
    if not argv or argv[0] != "list-status" or set(argv[1:]) - {"--json"}:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    table = status_table()
    if "--json" in argv:
        print(json.dumps(table, ensure_ascii=False, indent=2))
    else:
        width = max(len(path) for path in table) + 2
        print("page".ljust(width) + "".join(language.ljust(26) for language in TRANSLATED))
        for path, row in table.items():
            cells = [f"{cell['state']}{', ' + cell['status'] if cell['status'] else ''}" for cell in row.values()]
            print(path.ljust(width) + "".join(cell.ljust(26) for cell in cells))
        counts = {language: sum(1 for row in table.values() if row[language]["state"] == "missing") for language in TRANSLATED}
        print("\nmissing: " + ", ".join(f"{language} {count}" for language, count in counts.items()))
        reviewed = reviewed_counts(table)
        print("checked by a fluent speaker: " + ", ".join(f"{language} {count} of {len(table)}" for language, count in reviewed.items()))
    return 1 if any(cell["state"] == "missing" for row in table.values() for cell in row.values()) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
