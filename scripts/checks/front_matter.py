"""Front matter: valid YAML, the fields each kind of page needs, the right types and known values."""

from __future__ import annotations

import re
from datetime import date, datetime

import yaml
from mkdocs.utils.meta import SafeLoader as BUILD_LOADER  # the loader MkDocs reads front matter with
from mkdocs.utils.meta import YAML_RE as BUILD_FRONT_MATTER_RE  # and where it finds the front matter

from scripts.checks import Problem, Project, body_start, front_matter_line
from scripts.checks.characters import TAG_RE  # HTML in text the pages show as text: a mistake, as in the data files
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
# Fields Material's own menu shows and this site's (overrides/partials/nav-item.html) does not: refused, not ignored.
MENU_FIELDS = ("icon", "subtitle", "status")
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
    if not match and page.text.split("\n", 1)[0].strip() == "---":
        return [Problem(where, 1, "The front matter has no closing '---' line, so the page would show its fields as "
                        "text. Add a line '---' after the last field.")]
    if not match:
        return [Problem(where, 1, "The page has no front matter. Start the file with a line '---', the fields "
                        "(title, description, type, ...), and another line '---'. Copy them from a page of the same kind.")]
    structure = _structure_problems(where, match.group(1))
    if structure:
        return structure
    try:
        meta = _read_meta(page, match.group(1))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        reason = getattr(error, "problem", None) or "it cannot be read"
        return [Problem(where, line, f"The front matter is not valid YAML ({reason}). Check this line: "
                        "each field is 'name: value'; put a value that contains ': ' in double quotes.")]
    except (ValueError, TypeError, OverflowError) as error:
        return [Problem(where, 2, f"The front matter cannot be read ({error}). Check the dates and numbers in it.")]
    if not isinstance(meta, dict):
        return [Problem(where, 2, "The front matter must be a list of 'name: value' lines.")]

    def problem(key: str, message: str, severity: str = "error") -> Problem:
        line = front_matter_line(page, key) if key in meta else body_start(page) - 1
        return Problem(where, line, message, severity)

    found = []
    kind = meta.get("type")
    if not isinstance(kind, str) or kind not in REQUIRED:
        found.append(problem("type", f"'type: {kind}' is not a kind of page we know. Use one of: {', '.join(REQUIRED)}."))
        required = COMMON
        kind = None
    else:
        required = REQUIRED[kind]
    for key in required:
        if key not in meta:
            found.append(Problem(where, body_start(page) - 1, f"The field '{key}' is missing. Add '{key}: ...' to the front matter."))
        elif meta[key] is None or (isinstance(meta[key], str) and not meta[key].strip()):
            found.append(problem(key, f"The field '{key}' is empty. Write its value after '{key}: '."))
    if kind in REQUIRED and "sources" in REQUIRED[kind] and meta.get("sources") == [] and kind in ("guide", "example"):
        found.append(problem("sources", "'sources: []' lists no source, but every fact on a guide needs one. "
                             "Add the ids of the sources you used, from content_sources/sources.yml."))
    template = meta.get("template")
    if "template" in meta and not (kind == "search" and template == "search.html"):
        found.append(problem("template", f"'template: {template}' is not allowed here. Only the search page sets "
                             "'template: search.html'; remove the line."))
    for key in MENU_FIELDS:
        if key in meta:
            found.append(problem(key, f"'{key}:' is not used on this site: the menu shows only the page's title. "
                                 f"Remove the line."))
    for key in TEXTS:
        if key in meta and not isinstance(meta[key], str):
            found.append(problem(key, f"'{key}' must be text. Put the text after '{key}: ' on one line."))
        elif key in meta and TAG_RE.search(meta[key]):
            found.append(problem(key, f"'{key}' has HTML in it (<...>). Pages show it as plain text, so write "
                                 "plain words instead."))
    for key in LISTS:
        if key in meta and not (isinstance(meta[key], list) and all(isinstance(item, str) for item in meta[key])):
            found.append(problem(key, f"'{key}' must be a list, like '{key}: [first, second]'."))
        elif key in meta:
            repeated = sorted({item for item in meta[key] if meta[key].count(item) > 1})
            if repeated:
                found.append(problem(key, f"'{', '.join(repeated)}' is listed more than once in '{key}'. Keep it once."))
    description = meta.get("description")
    if isinstance(description, str) and len(description) > MAX_DESCRIPTION_CHARS:
        found.append(problem("description", f"The description is {len(description)} characters long. "
                             f"Shorten it to {MAX_DESCRIPTION_CHARS} or fewer: search results and link previews cut the rest."))
    english_words = project.remembered("english strings", lambda: strings(DEFAULT_LANGUAGE))
    for key, vocabulary in VOCABULARY.items():
        for value in meta.get(key) or [] if isinstance(meta.get(key), list) else []:
            if isinstance(value, str) and value not in english_words[vocabulary]:
                found.append(problem(key, f"'{value}' is not a known {key.rstrip('s')}. Use one of: "
                                     f"{', '.join(english_words[vocabulary])}."))
    for value in meta.get("sources") or [] if isinstance(meta.get("sources"), list) else []:
        if isinstance(value, str) and value not in registry:
            found.append(problem("sources", f"'{value}' is not in the evidence registry. Use an id from "
                                 "content_sources/sources.yml, or add the source there first."))
    found += _dates(meta, problem, today)
    if page.language != DEFAULT_LANGUAGE:
        found += _translation(meta, problem, page)
    return found


def _dates(meta: dict, problem, today: date) -> list[Problem]:
    found = []
    dates = {}
    record = meta.get("translation") if isinstance(meta.get("translation"), dict) else {}
    values = [(key, meta[key]) for key in ("last_reviewed", "next_review") if key in meta]
    values += [("reviewed_on", record["reviewed_on"])] if "reviewed_on" in record else []
    for key, value in values:
        if isinstance(value, datetime):
            found.append(problem(key, f"'{key}' has a time in it. Write only the date, like 2026-11-22."))
        elif isinstance(value, date):
            dates[key] = value
        else:
            shown = value if isinstance(value, str) and len(value) < 40 else type(value).__name__
            found.append(problem(key, f"'{key}: {shown}' is not a date. Write it as year-month-day, like 2026-11-22."))
    if "reviewed_on" in dates and dates["reviewed_on"] > today:
        found.append(problem("translation", "The translation's reviewed_on date is in the future. Use the date the review happened."))
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


def _read_meta(page: Page, front_matter: str):
    """The front matter as _CheckLoader reads it: the build's own reading when the build read the same text.

    _CheckLoader reads exactly as MkDocs does wherever MkDocs succeeds, so then its result is reused (read-only),
    not worked out again; where MkDocs failed or found nothing (it then says {}), the text is read here.
    """
    build = BUILD_FRONT_MATTER_RE.match(page.text)
    if page.meta and build and build.group(1) == front_matter:
        return page.meta
    return yaml.load(front_matter, Loader=_CheckLoader)


class _CheckLoader(BUILD_LOADER):
    """MkDocs' own loader, except that a date which is not a real day stays text, for a message, not a crash."""


def _timestamp(loader, node):
    try:
        return BUILD_LOADER.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError):
        return loader.construct_scalar(node)


_CheckLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def _structure_problems(where: str, text: str) -> list[Problem]:
    """Anchors and aliases (an alias bomb takes all memory) and duplicate keys (the first value is lost), by line.

    Read as YAML events, which never expand aliases, so this is fast on any input. The top-level keys are
    followed in the same events (one reading, no nodes to build); a key that is itself a list or mapping is
    left to the node reading, which says it as YAML does.
    """
    keys: list[tuple[str, int]] | None = []
    depth, root_is_mapping, expecting_key, documents = 0, False, True, 0
    try:
        for event in yaml.parse(text, Loader=BUILD_LOADER):
            if getattr(event, "anchor", None) is not None:
                return [Problem(where, event.start_mark.line + 2, "YAML anchors and aliases (& and *) are not "
                                "allowed in front matter. Write each value out in full.")]
            kind = type(event)
            if kind is yaml.DocumentStartEvent:
                documents += 1
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                if depth == 0:
                    root_is_mapping = kind is yaml.MappingStartEvent
                elif depth == 1 and root_is_mapping and expecting_key:
                    keys = None  # a key that is a list or mapping: after the anchor check, read by nodes
                depth += 1
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                depth -= 1
                if depth == 1 and root_is_mapping:
                    expecting_key = not expecting_key
            elif kind is yaml.ScalarEvent and depth == 1 and root_is_mapping:
                if expecting_key and keys is not None:
                    keys.append((event.value, event.start_mark.line + 2))
                expecting_key = not expecting_key
    except yaml.YAMLError:
        return []  # reported with its line by the full read
    if documents > 1:
        return []  # not one document: reported with its line by the full read
    return _duplicates(where, keys) if keys is not None else _duplicate_keys_by_nodes(where, text)


def _duplicate_keys_by_nodes(where: str, text: str) -> list[Problem]:
    try:
        root = yaml.compose(text, Loader=BUILD_LOADER)
    except yaml.YAMLError:
        return []
    if not isinstance(root, yaml.MappingNode):
        return []
    return _duplicates(where, [(str(key.value), key.start_mark.line + 2) for key, _ in root.value])


def _duplicates(where: str, keys: list[tuple[str, int]]) -> list[Problem]:
    found, seen = [], {}
    for name, line in keys:
        if name in seen:
            found.append(Problem(where, line, f"The field '{name}' is given twice (first on line {seen[name]}). "
                                 "Keep one: the build would use only the last."))
        seen.setdefault(name, line)
    return found
