"""One model of a content page, shared by the hooks, the checks and the tools.

A page is a Markdown file at docs/<language>/<path>. The same <path> in every language is
the same page. Front matter is read with MkDocs' own parser so that what the checks see is
what the build sees.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Iterator

from mkdocs.utils.meta import get_data

from scripts.languages import DEFAULT_LANGUAGE, DOCS_DIR, LANGUAGES

# Hashes are cut to 12 hex digits: short enough for an editor to compare by eye, long enough never to collide here.
SOURCE_HASH_LENGTH = 12


@dataclass(frozen=True)
class Page:
    """A Markdown page in one language."""

    language: str
    path: str  # relative to the language folder, with forward slashes, e.g. "transitions/leaving-hospital.md"
    docs_dir: Path = field(default=DOCS_DIR, compare=False)

    @cached_property
    def file(self) -> Path:  # asked for 50 times a page in a build: joining the path each time was 0.4 ms a page
        return self.docs_dir / self.language / self.path

    @cached_property
    def text(self) -> str:
        return _read(self.file)[0]

    @cached_property
    def _parsed(self) -> tuple[str, dict[str, Any]]:
        return _read(self.file)[1]

    @property
    def starts_with_byte_order_mark(self) -> bool:
        """Whether the file starts with U+FEFF, which reading leaves out (files.py reports it)."""
        return _read(self.file)[2]

    @property
    def meta(self) -> dict[str, Any]:
        return self._parsed[1]

    @property
    def body(self) -> str:
        return self._parsed[0]

    @property
    def english(self) -> "Page":
        return Page(DEFAULT_LANGUAGE, self.path, self.docs_dir)

    def exists(self) -> bool:
        return self.file.is_file()

    def content_hash(self) -> str:
        """A fingerprint of this page's text; translations record their English page's."""
        return _content_hash(self.text)

    def translation_state(self) -> dict[str, Any]:
        """Where a translation stands against its English page: status, and whether it is behind.

        Staleness is by content hash, not by date: dates give false alarms and miss real drift.
        """
        if self.language == DEFAULT_LANGUAGE:
            return {"status": "source", "behind": False}
        recorded = self.meta.get("translation") or {}
        english = self.english
        behind = english.exists() and recorded.get("source_hash") != english.content_hash()
        return {
            "status": recorded.get("status", "draft"),
            "reviewed_by": recorded.get("reviewed_by"),
            "reviewed_on": recorded.get("reviewed_on"),
            "behind": behind,
        }


@lru_cache(maxsize=4096)
def _content_hash(text: str) -> str:
    """Worked out once per text: each English page's is asked for by its three translations, in the build and the checks."""
    normalised = unicodedata.normalize("NFC", text).replace("\r\n", "\n").strip()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:SOURCE_HASH_LENGTH]


def _read(file: Path) -> tuple[str, tuple[str, dict[str, Any]], bool]:
    """A page's text and parsed front matter, read once per change of the file.

    A build asks for the same page many times (checks, the translation status page, the
    good-practice list, notices); without this each asks MkDocs' YAML parser again. Treat the
    result as read-only.
    """
    stat = file.stat()
    return _read_version(file, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=4096)
def _read_version(file: Path, mtime_ns: int, size: int) -> tuple[str, tuple[str, dict[str, Any]], bool]:
    # As MkDocs reads pages (utf-8-sig): one byte-order mark at the start is not text. Decoded as utf-8 and the mark
    # taken off here, which is the same, so that whether there was one is known without reading the file again.
    text = file.read_text(encoding="utf-8")
    marked = text.startswith("\ufeff")
    text = text[1:] if marked else text
    return text, get_data(text), marked


def pages(language: str, *, docs_dir: Path = DOCS_DIR, under: str = "") -> Iterator[Page]:
    """Every Markdown page of `language`, optionally only those under a sub-folder."""
    root = docs_dir / language
    for file in sorted((root / under).rglob("*.md")):
        yield Page(language, file.relative_to(root).as_posix(), docs_dir)


def page_paths(*, docs_dir: Path = DOCS_DIR) -> list[str]:
    """Every page path in any language: the union the translation tools compare."""
    found = {page.path for language in LANGUAGES for page in pages(language, docs_dir=docs_dir)}
    return sorted(found)


def directory_url(path: str) -> str:
    """A page's address inside its language, as MkDocs writes it: 'about/index.md' -> 'about/', 'index.md' -> ''."""
    stem = path.removesuffix(".md")
    stem = stem.removesuffix("index").rstrip("/") if stem == "index" or stem.endswith("/index") else stem
    return f"{stem}/" if stem else ""


def file_language(file: Any) -> str:
    """The language a built page's text is in: English on a page that fell back to English."""
    return getattr(file, "locale", None) or DEFAULT_LANGUAGE


def path_in_language(file: Any) -> str:
    """A built page's path inside its language folder, e.g. 'about/sources.md'."""
    language, src = file_language(file), file.src_uri
    return src[len(language) + 1:] if src.startswith(f"{language}/") else src
