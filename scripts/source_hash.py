"""Print the content hash a translation records as `source_hash` for its English page.

Usage: python -m scripts.source_hash docs/en/about/privacy.md
"""

from __future__ import annotations

import sys
from pathlib import Path

from scripts.content import Page
from scripts.languages import DEFAULT_LANGUAGE, DOCS_DIR


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    path = Path(argv[0]).resolve()
    english_root = (DOCS_DIR / DEFAULT_LANGUAGE).resolve()
    if english_root not in path.parents or not path.is_file():
        print(f"{argv[0]}: not an English page under docs/en/. Give the path of the English page.", file=sys.stderr)
        return 2
    print(Page(DEFAULT_LANGUAGE, path.relative_to(english_root).as_posix()).content_hash())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
