"""File-level problems: which files may be in docs/, encoding, Unicode normalisation, file names and duplicate addresses."""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path
from typing import Iterator

from scripts.checks import Problem, Project, is_readable, lines_of
from scripts.content import directory_url
from scripts.languages import LANGUAGES

# A page's address comes from its path: lowercase words joined by hyphens, so links are stable and shareable.
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


# What MkDocs may publish from docs/: pages, and the image types pages may show. Anything else (.html, .svg,
# .js, ...) would be copied to the site as it is, unchecked and without the security policy.
ALLOWED_EXTENSIONS = (".md", ".png", ".jpg", ".jpeg", ".webp")


def published_file_problems(project: Project) -> list[Problem]:
    """Symlinks (they publish whatever they point at, /etc/passwd included) and files of types the site does not use."""
    problems = []
    if not project.docs.is_dir():
        return problems
    for entry in _entries(project.docs):
        if entry.is_symlink():
            problems.append(Problem(_where(project, entry), 1, "This is a symbolic link. Links are not allowed in docs/: "
                                    "they publish whatever they point at. Replace it with the real file, or remove it."))
        elif entry.is_file() and not entry.name.lower().endswith(ALLOWED_EXTENSIONS):
            problems.append(Problem(_where(project, entry), 1, f"Files of this type are not allowed in docs/ (only "
                                    f"{', '.join(ALLOWED_EXTENSIONS)}): they would be published unchecked. Remove it."))
    return problems


def _entries(folder: Path) -> Iterator[os.DirEntry]:
    """Everything under `folder`, never following a symbolic link, as os.walk(followlinks=False) visits it.

    Directory entries, not paths: they know whether they are links or files from the directory listing itself,
    so nothing needs a stat call of its own. A folder that cannot be listed is passed over, as os.walk does.
    """
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        yield entry
        if entry.is_dir(follow_symlinks=False):
            yield from _entries(Path(entry.path))


def _where(project: Project, entry: os.DirEntry) -> str:
    return Path(entry.path).relative_to(project.root).as_posix()


def check(project: Project) -> list[Problem]:
    problems = published_file_problems(project)
    for page in project.all_pages():
        where = project.relative(page)
        if not is_readable(page):
            raw = page.file.read_bytes()
            bad_at = _first_bad_byte(raw)
            problems.append(Problem(where, raw[:bad_at].count(b"\n") + 1,
                "This file is not saved as UTF-8. Save it again as UTF-8 (in most editors: Save with encoding, UTF-8)."))
            continue
        if page.starts_with_byte_order_mark:  # MkDocs and the checks read past it; other tools show a stray character
            problems.append(Problem(where, 1, "This file starts with a byte-order mark (an invisible character, "
                "U+FEFF). Save it as UTF-8 without one (in most editors: 'UTF-8', not 'UTF-8 with BOM')."))
        # Line breaks never combine with their neighbours, so the whole text is NFC exactly when every line is.
        for number, line in enumerate(() if unicodedata.is_normalized("NFC", page.text) else lines_of(page), start=1):
            if not unicodedata.is_normalized("NFC", line):
                problems.append(Problem(where, number,
                    "This line is not in Unicode NFC form, so search may miss its words. "
                    "Run: .venv/bin/python -m scripts.normalise_text " + where))
                break
        for part in page.path.removesuffix(".md").split("/"):
            if not SLUG_RE.match(part):
                problems.append(Problem(where, 1,
                    f"The name {part!r} is not lowercase words joined by hyphens. Rename the file, e.g. "
                    f"{re.sub(r'[^a-z0-9]+', '-', part.lower()).strip('-') or 'page-name'}.md"))
    for language in LANGUAGES:
        seen: dict[str, str] = {}
        for page in project.pages(language):
            address = directory_url(page.path)
            if address in seen:
                problems.append(Problem(project.relative(page), 1,
                    f"This page has the same web address as docs/{language}/{seen[address]}. Rename or remove one of them."))
            else:
                seen[address] = page.path
    return problems


def _first_bad_byte(raw: bytes) -> int:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start
    return len(raw)
