"""Quality floors for the translations: spelling (aspell) and script.

Usage: python -m scripts.language_report
Prints, per language, the share of words Debian's aspell dictionary does not know (names aside:
capitalised Latin words and words from the termbases' `english` field), and for Bengali the share
of letters in the Bengali block. Needs aspell-cy and aspell-bn (Debian packages).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections import Counter

from scripts.content import pages
from scripts.translation_structure import LINK_RE, URL_RE

DICTIONARIES = {"cy": "cy", "bn": "bn"}
MARKUP_RE = re.compile(r"\{#[^}]*\}|^\s*(///.*|\s{4}\w+:.*)$|[#*_>`|]", re.M)
# A word: letters and the combining vowel signs of scripts like Bengali (which \w alone would split on).
WORD_RE = re.compile(r"(?:[^\W\d_]|[\u0981-\u0983\u09BC-\u09D7\u09E2\u09E3])+(?:['’](?:[^\W\d_])+)*", re.U)
NAME_RE = re.compile(r"\b[A-Z][A-Za-z'’-]*")
BENGALI_LETTER_RE = re.compile(r"[\u0980-\u09FF]")
LETTER_RE = re.compile(r"[^\W\d_]", re.U)


def body_text(language: str) -> str:
    texts = []
    for page in pages(language):
        text = LINK_RE.sub("]", page.body)
        texts.append(MARKUP_RE.sub(" ", URL_RE.sub(" ", text)))
    return "\n".join(texts)


def unknown_words(text: str, language: str) -> tuple[int, Counter]:
    """(words checked, unknown words with counts), leaving out names."""
    text = NAME_RE.sub(" ", text)  # names of people, places and organisations are not in any dictionary
    words = WORD_RE.findall(text)
    result = subprocess.run(["aspell", "-l", DICTIONARIES[language], "list"], input=text,
                            capture_output=True, text=True, check=True)
    return len(words), Counter(result.stdout.split())


def bengali_share(text: str) -> float:
    letters = LETTER_RE.findall(text)
    return sum(1 for letter in letters if BENGALI_LETTER_RE.match(letter)) / max(len(letters), 1)


def main() -> int:
    if not shutil.which("aspell"):
        print("aspell is not installed: sudo apt-get install -y aspell aspell-cy aspell-bn", file=sys.stderr)
        return 2
    for language in DICTIONARIES:
        total, unknown = unknown_words(body_text(language), language)
        share = sum(unknown.values()) / max(total, 1)
        print(f"{language}: {total} words checked; {sum(unknown.values())} not in aspell-{language} ({share:.1%}); "
              f"most frequent: {', '.join(word for word, _ in unknown.most_common(15))}")
    print(f"bn: {bengali_share(body_text('bn')):.1%} of letters in the body text are Bengali script")
    return 0


if __name__ == "__main__":
    sys.exit(main())
