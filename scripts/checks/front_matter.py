"""Front matter: valid YAML, the fields each kind of page needs, the right types and known values."""

from __future__ import annotations

import re
from datetime import date

import yaml

from scripts.checks import Problem, Project, body_start, front_matter_line
from scripts.content import SOURCE_HASH_LENGTH, Page
from scripts.languages import DEFAULT_LANGUAGE, sources, strings

# Search results and link previews cut longer text.
MAX_DESCRIPTION_CHARS = 160
COMMON = ("title", "description", "type")
REVIEWED = ("last_reviewed", "next_review", "sources")
REQUIRED = {
    "home": COMMON + REVIEWED + ("nations",),
    "guide": COMMON + REVIEWED + ("topics", "audience", "nations"),
    "landing": COMMON + REVIEWED,
    "example": COMMON + REVIEWED + ("topics", "audience", "nations", "place"),
    "videos": COMMON + REVIEWED,
    "glossary": COMMON + REVIEWED,
    "about": COMMON + REVIEWED,
    "search": COMMON + ("template",),
}
LISTS = ("topics", "audience", "nations", "sources")
TEXTS = ("title", "description", "place", "organisation", "template")
VOCABULARY = {"topics": "topics", "audience": "audiences", "nations": "nations"}
HASH_RE = re.compile(rf"^[0-9a-f]{{{SOURCE_HASH_LENGTH}}}$")
FRONT_MATTER_RE = re.compile(r"\A---\s*\n(.*?\n)(?:---|\.\.\.)\s*$", re.S | re.M)


def check(project: Project, *, today: date | None = None) -> list[Problem]:
    today = today or date.today()
    registry = sources(project.root)
    problems = []
    for page in project.readable_pages():
        problems += check_page(project, page, registry=registry, today=today)
    return problems


def check_page(project: Project, page: Page, *, registry: dict, today: date) -> list[Problem]:
    where = project.relative(page)
    match = FRONT_MATTER_RE.match(page.text)
    if not match:
        return [Problem(where, 1, "The page has no front matter. Start the file with a line '---', the fields "
                        "(title, description, type, ...), and another line '---'. Copy them from a page of the same kind.")]
    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        reason = getattr(error, "problem", None) or "it cannot be read"
        return [Problem(where, line, f"The front matter is not valid YAML ({reason}). Check this line: "
                        "each field is 'name: value'; put a value that contains ': ' in double quotes.")]
    if not isinstance(meta, dict):
        return [Problem(where, 2, "The front matter must be a list of 'name: value' lines.")]

    def problem(key: str, message: str, severity: str = "error") -> Problem:
        line = front_matter_line(page, key) if key in meta else body_start(page) - 1
        return Problem(where, line, message, severity)

    found = []
    kind = meta.get("type")
    if kind not in REQUIRED:
        found.append(problem("type", f"'type: {kind}' is not a kind of page we know. Use one of: {', '.join(REQUIRED)}."))
        required = COMMON
    else:
        required = REQUIRED[kind]
    for key in required:
        if meta.get(key) in (None, "") and key not in meta:
            found.append(Problem(where, body_start(page) - 1, f"The field '{key}' is missing. Add '{key}: ...' to the front matter."))
    for key in TEXTS:
        if key in meta and not isinstance(meta[key], str):
            found.append(problem(key, f"'{key}' must be text. Put the text after '{key}: ' on one line."))
    for key in LISTS:
        if key in meta and not (isinstance(meta[key], list) and all(isinstance(item, str) for item in meta[key])):
            found.append(problem(key, f"'{key}' must be a list, like '{key}: [first, second]'."))
    description = meta.get("description")
    if isinstance(description, str) and len(description) > MAX_DESCRIPTION_CHARS:
        found.append(problem("description", f"The description is {len(description)} characters long. "
                             f"Shorten it to {MAX_DESCRIPTION_CHARS} or fewer: search results and link previews cut the rest."))
    english_words = strings(DEFAULT_LANGUAGE)
    for key, vocabulary in VOCABULARY.items():
        for value in meta.get(key) or [] if isinstance(meta.get(key), list) else []:
            if value not in english_words[vocabulary]:
                found.append(problem(key, f"'{value}' is not a known {key.rstrip('s')}. Use one of: "
                                     f"{', '.join(english_words[vocabulary])}."))
    for value in meta.get("sources") or [] if isinstance(meta.get("sources"), list) else []:
        if value not in registry:
            found.append(problem("sources", f"'{value}' is not in the evidence registry. Use an id from "
                                 "content_sources/sources.yml, or add the source there first."))
    found += _dates(meta, problem, today)
    if page.language != DEFAULT_LANGUAGE:
        found += _translation(meta, problem, page)
    return found


def _dates(meta: dict, problem, today: date) -> list[Problem]:
    found = []
    dates = {}
    for key in ("last_reviewed", "next_review", "reviewed_on"):
        if key in meta:
            if isinstance(meta[key], date):
                dates[key] = meta[key]
            else:
                found.append(problem(key, f"'{key}: {meta[key]}' is not a date. Write it as year-month-day, like 2026-11-22."))
    if "last_reviewed" in dates and "next_review" in dates:
        if dates["next_review"] <= dates["last_reviewed"]:
            found.append(problem("next_review", "The next review date is not after the last review date. Set it later."))
        elif dates["next_review"] < today:
            found.append(problem("next_review", f"The review date ({dates['next_review']}) has passed. Review the page, "
                                 "then set last_reviewed to today and next_review to the next date.", "warning"))
    if "last_reviewed" in dates and dates["last_reviewed"] > today:
        found.append(problem("last_reviewed", "The last review date is in the future. Use the date the review happened."))
    return found


def _translation(meta: dict, problem, page: Page) -> list[Problem]:
    record = meta.get("translation")
    if not isinstance(record, dict):
        return [problem("translation", "A translated page needs a 'translation:' block with 'status: draft' and "
                        f"'source_hash: ...'. Get the hash with: .venv/bin/python -m scripts.source_hash docs/en/{page.path}")]
    found = []
    status = record.get("status")
    if status not in ("draft", "reviewed"):
        found.append(problem("translation", f"'status: {status}' is not allowed. Use 'draft', or 'reviewed' once a fluent speaker has checked it."))
    if status == "reviewed":
        if not record.get("reviewed_by") or not isinstance(record.get("reviewed_on"), date):
            found.append(problem("translation", "A reviewed translation needs 'reviewed_by: <name>' and 'reviewed_on: <date>'."))
    if not HASH_RE.match(str(record.get("source_hash", ""))):
        found.append(problem("translation", "'source_hash' is missing or not a hash. Get it with: "
                             f".venv/bin/python -m scripts.source_hash docs/en/{page.path}"))
    return found
