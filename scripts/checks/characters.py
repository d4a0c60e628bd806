"""Characters that deceive, in pages and in the data files that reach them.

Bidirectional overrides and isolates (U+202A-202E, U+2066-2069) make text display in a different order
from how it is stored, so a link can read "Carers.org" and go elsewhere. Zero-width characters make an
id no one can type or hide a difference between two words. Both are errors wherever they appear. The
zero-width joiners that Bengali spelling uses (ZWNJ, ZWJ) are allowed between two Bengali letters only.

The data files (termbases, sources registry, interface strings) are also checked for HTML and for
javascript: addresses: the build shows them as text, so such text is a mistake, and sources must link by https.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from scripts.checks import Problem, Project, lines_of, lines_with
from scripts.languages import SAFE_LOADER

BIDI_RE = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
INVISIBLE_RE = re.compile(r"[\u200b\u2060\ufeff\u180e\u00ad]")
JOINER_RE = re.compile(r"[\u200c\u200d]")
# Control characters other than tab and line ends: never typed on purpose, invisible, and NUL makes the page's
# HTML unreadable to the sanitiser (found by tests/test_property.py).
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Any character line_problems looks for: a line without one has no problem, so most lines are never looked at.
SUSPECT_RE = re.compile(r"[\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff\u180e\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
                        r"\u200c\u200d]")
BENGALI = re.compile(r"[\u0980-\u09ff]")
TAG_RE = re.compile(r"<\s*/?\s*[a-zA-Z!?]")
SCRIPT_SCHEME_RE = re.compile(r"(?:java|vb|live)\s*script\s*:", re.I)
# "cript" in every case re.I allows (İ and ı are i's too), written without re.I so a search can skip ahead to each c:
# text without it has no script scheme. tests/test_checks_speed.py checks the letters against re.I.
CRIPT = "[cC][rR][iI\u0130\u0131][pP][tT]"
MARKUP_START_RE = re.compile(f"<|{CRIPT}")  # what every TAG_RE match starts with, or "cript"


def line_problems(line: str) -> list[str]:
    found = []
    if BIDI_RE.search(line):
        found.append(f"This line has an invisible direction control (U+{ord(BIDI_RE.search(line).group()):04X}), which "
                     "can make text show in a different order from how it is written. Delete it and retype the text.")
    invisible = INVISIBLE_RE.search(line)
    if invisible:
        found.append(f"This line has an invisible character (U+{ord(invisible.group()):04X}). Delete it: it makes words "
                     "and ids that look the same differ.")
    control = CONTROL_RE.search(line)
    if control:
        found.append(f"This line has a control character (U+{ord(control.group()):04X}) that does not show on screen. "
                     "Delete it: retype the words around it if you cannot see where it is.")
    for joiner in JOINER_RE.finditer(line):
        before, after = line[joiner.start() - 1: joiner.start()], line[joiner.end(): joiner.end() + 1]
        if not (BENGALI.match(before) and BENGALI.match(after)):
            found.append(f"This line has a zero-width joiner (U+{ord(joiner.group()):04X}) outside a Bengali word. Delete it.")
            break
    return found


def data_files(project: Project) -> list[Path]:
    folders = [project.root / "content_sources" / "terms", project.root / "scripts" / "i18n"]
    files = [project.root / "content_sources" / "sources.yml"]
    for folder in folders:
        files += sorted(folder.glob("*.yml")) if folder.is_dir() else []
    return [file for file in files if file.is_file()]


def check(project: Project) -> list[Problem]:
    problems = []
    for page in project.readable_pages():
        lines = lines_of(page)
        for number in suspect_lines(page.text):
            problems += [Problem(project.relative(page), number, message) for message in line_problems(lines[number - 1])]
    for file in data_files(project):
        where = file.relative_to(project.root).as_posix()
        try:
            text = file.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            problems.append(Problem(where, 1, "This file is not saved as UTF-8. Save it again as UTF-8."))
            continue
        lines = text.split("\n")
        # Only lines holding what a check looks for are looked at: a suspect character, the < of a tag, or "script"
        suspects = set(suspect_lines(text))
        for number in sorted(suspects.union(lines_with(text, MARKUP_START_RE))):
            line = lines[number - 1]
            if number in suspects:
                problems += [Problem(where, number, message) for message in line_problems(line)]
            content = line.split("#", 1)[0] if line.lstrip().startswith("#") else line
            if TAG_RE.search(content):
                problems.append(Problem(where, number, "This text has HTML in it (<...>). Pages show it as plain text, "
                                        "so write plain words instead."))
            if SCRIPT_SCHEME_RE.search(content):
                problems.append(Problem(where, number, "A javascript: address is not allowed. Remove it."))
        if file.name == "sources.yml":
            problems += _source_urls(where, text)
    return problems


def suspect_lines(text: str) -> list[int]:
    """The numbers of the lines holding a character line_problems looks for."""
    return lines_with(text, SUSPECT_RE)


def _source_urls(where: str, text: str) -> list[Problem]:
    """Every `url:` in the sources registry is an https:// address."""
    try:
        root = yaml.compose(text, Loader=SAFE_LOADER)  # libyaml: the same nodes and lines, ten times faster
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        return [Problem(where, mark.line + 1 if mark else 1, "This file is not valid YAML. Check this line.")]
    found = []
    for _, entry in root.value if isinstance(root, yaml.MappingNode) else []:
        for key, value in entry.value if isinstance(entry, yaml.MappingNode) else []:
            if key.value == "url" and isinstance(value, yaml.ScalarNode) and value.value and not \
                    re.fullmatch(r"https://[^\s\"'<>]+", value.value):
                found.append(Problem(where, value.start_mark.line + 1, f"The source address {value.value!r} must start "
                                     "with https:// (and have no spaces or quotes)."))
    return found
