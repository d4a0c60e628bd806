"""Rewrite text files in Unicode NFC form, the form search and the checks expect.

Usage: python -m scripts.normalise_text FILE [FILE ...]
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path


def main(paths: list[str]) -> int:
    if not paths:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    for name in paths:
        path = Path(name)
        text = path.read_text(encoding="utf-8")
        normalised = unicodedata.normalize("NFC", text)
        if normalised != text:
            path.write_text(normalised, encoding="utf-8")
            print(f"{name}: rewritten in NFC")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
