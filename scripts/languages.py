"""The site's four languages and the words its templates use in each.

Language facts are data (scripts/i18n/<code>.yml), so a translator edits one file per
language and no Python. English is the fallback for a missing key, and the build tests
fail when any key is missing, so the fallback is a safety net, never the plan.
"""

from __future__ import annotations

import functools
from datetime import date
from pathlib import Path
from typing import Any

import yaml

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's safe loader, as MkDocs uses: ten times faster

ROOT = Path(__file__).resolve().parent.parent  # the project; a test may build a copy elsewhere
DOCS_DIR = ROOT / "docs"
STRINGS_DIR = ROOT / "scripts" / "i18n"

DEFAULT_LANGUAGE = "en"
# Order matters: it is the order of the language links on every page. mkdocs.yml lists the same four.
LANGUAGES = ("en", "cy", "bn", "so")


# During a build the words are read once per build (read_once_per_build), not checked on disk at every
# call: 9,000 calls a build, each looking at two files, were 0.1 s (issue 11). Outside a build (make
# check, the tools, the tests) every call still sees the files as they are now.
_held_strings: dict[str, dict[str, Any]] | None = None
_held_dates: dict[tuple, str] = {}


def read_once_per_build() -> None:
    """Start of a build (each `make serve` rebuild too): read the words afresh, then keep them until the next."""
    global _held_strings
    _held_strings = {}
    _held_dates.clear()


def strings(language: str) -> dict[str, Any]:
    """Every template string for `language`, with English filling any gap.

    Called for every page and template; merged once per change of either file (treat it as read-only).
    """
    if _held_strings is not None and language in _held_strings:
        return _held_strings[language]
    english_file, own_file = STRINGS_DIR / f"{DEFAULT_LANGUAGE}.yml", STRINGS_DIR / f"{language}.yml"
    own_version = own_file.stat().st_mtime_ns if own_file.exists() else None
    merged = _merged_strings(language, english_file.stat().st_mtime_ns, own_version)
    if _held_strings is not None:
        _held_strings[language] = merged
    return merged


@functools.cache
def _merged_strings(language: str, english_version: int, own_version: int | None) -> dict[str, Any]:
    english = _load_yaml(STRINGS_DIR / f"{DEFAULT_LANGUAGE}.yml")
    if language == DEFAULT_LANGUAGE:
        return english
    own = _load_yaml(STRINGS_DIR / f"{language}.yml")
    merged = dict(english)
    for key, value in own.items():
        if isinstance(value, dict) and isinstance(english.get(key), dict):
            merged[key] = {**english[key], **value}
        else:
            merged[key] = value
    return merged


def missing_strings(language: str) -> list[str]:
    """Keys (dotted for nested ones) that `language` lacks and English has."""
    english = _load_yaml(STRINGS_DIR / f"{DEFAULT_LANGUAGE}.yml")
    own = _load_yaml(STRINGS_DIR / f"{language}.yml")
    missing = []
    for key, value in english.items():
        if key not in own:
            missing.append(key)
        elif isinstance(value, dict):
            missing += [f"{key}.{sub}" for sub in value if sub not in own[key]]
    return missing


def local_digits(text: str, language: str) -> str:
    """Write numbers in the language's own digits (Bengali readers expect ০-৯)."""
    digits = strings(language)["digits"]
    return text.translate(str.maketrans("0123456789", digits))


def format_date(value: date | str, language: str) -> str:
    """A date as a reader says it, e.g. '22 November 2026' or '২২ নভেম্বর ২০২৬'."""
    if _held_strings is not None:
        key = (value, language)
        if key not in _held_dates:
            _held_dates[key] = _format_date(value, language)
        return _held_dates[key]
    return _format_date(value, language)


def _format_date(value: date | str, language: str) -> str:
    if isinstance(value, str):
        value = date.fromisoformat(value)
    words = strings(language)
    text = words["date_format"].format(
        day=value.day, month=words["months"][value.month - 1], year=value.year
    )
    return local_digits(text, language)


def terms(language: str, root: Path = ROOT) -> dict[str, dict[str, Any]]:
    """The termbase for `language`: term id -> {term, definition, ...}."""
    path = root / "content_sources" / "terms" / f"{language}.yml"
    return _load_yaml(path) if path.exists() else {}


def sources(root: Path = ROOT) -> dict[str, dict[str, Any]]:
    """The evidence registry: source id -> its entry."""
    path = root / "content_sources" / "sources.yml"
    return _load_yaml(path) if path.exists() else {}


def project_root(config: Any) -> Path:
    """The folder holding mkdocs.yml: where docs/ and content_sources/ are for this build."""
    return _folder_of(config.config_file_path)


@functools.lru_cache(maxsize=8)
def _folder_of(config_file: str) -> Path:  # asked twice a page: resolving the path each time was 15 µs a call
    return Path(config_file).resolve().parent


@functools.cache
def _load_cached(path: Path, mtime_ns: int, size: int) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=SAFE_LOADER) or {}


def _load_yaml(path: Path) -> dict[str, Any]:
    """Read a data file once per change (live reload re-reads an edited file). Treat the result as read-only.

    Keyed by size as well as time: a file saved twice within the file system's clock tick keeps its time.
    """
    stat = path.stat()
    return _load_cached(path, stat.st_mtime_ns, stat.st_size)


def language_prefix(language: str) -> str:
    """Where a language's pages live: the default language at the root, the others under /<code>/."""
    return "" if language == DEFAULT_LANGUAGE else f"{language}/"


def whole_build(config: Any) -> bool:
    """False inside mkdocs-static-i18n's loop over the other languages: one build (and one `make serve`
    rebuild) holds all four, and work done once per build starts and ends at its edges."""
    i18n = config.plugins.get("i18n")
    return not (i18n is not None and getattr(i18n, "building", False))


def build_language(config: Any) -> str:
    """The language of the build under way: mkdocs-static-i18n sets theme.language for each one."""
    return config.theme["language"] or DEFAULT_LANGUAGE
