"""The evidence rule: web sources are recorded fully, pages state no amounts of money, phone numbers are tel: links.

What it checks (CONTRIBUTING.md, "How we write", and the header of content_sources/sources.yml give the rule):
- every web source in content_sources/sources.yml (an entry without `seed`) has `url` (https), `publisher`,
  `read_on` (a real date, not in the future) and `kind`; every entry has notes in content_sources/notes/<id>.md;
- no page, in any language, gives an amount of money (£, GBP, pounds, punt, পাউন্ড, gini, pence ... with a number,
  in Latin or Bengali digits);
- a phone number in text is always a tel: link, and a tel: link's digits are the digits it shows;
- a page includes the urgent help box (or any snippet) from its own language's snippets/ folder, and it exists.
A page citing a source id that is not in the registry is reported by front_matter.py.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

import yaml

from scripts.checks import Problem, Project, body_lines, body_start, lines_of, lines_with
from scripts.languages import DEFAULT_LANGUAGE, LANGUAGES, sources

REGISTRY = Path("content_sources/sources.yml")
NOTES = Path("content_sources/notes")
SNIPPETS = Path("content_sources/snippets")
WEB_FIELDS = ("url", "publisher", "read_on", "kind")

SNIPPET_RE = re.compile(r'^\s*--8<--\s+"(?P<path>[^"]+)"\s*$')
TEL_LINK_RE = re.compile(r"\[(?P<text>[^\]]*)\]\(tel:(?P<href>[^)\s]*)\)")
LINK_RE = re.compile(r"!?\[(?P<text>[^\]]*)\]\([^)]*\)")
URL_RE = re.compile(r"<?https?://[^\s>)]+>?|mailto:\S+")
ATTRS_RE = re.compile(r"\{[#.:][^}]*\}|\{:?[^}]*=[^}]*\}")
CODE_RE = re.compile(r"`[^`]*`")
DIGIT_RE = re.compile(r"\d")
SHOWN_FIELD_RE = re.compile(r"^(title|description)\s*:")
# Every character ascii_digits turns into 0-9 (those with isdigit(): \d, and superscripts, circled digits and the
# like), and a few more: a line with none of them has no number. tests/test_checks_speed.py checks it covers them all.
DIGIT_LIKE_RE = re.compile(r"[\d\u00b2\u00b3\u00b9\u1369-\u1371\u19da\u2070-\u209f\u2460-\u24ff\u2776-\u2793"
                           r"\U00010a40-\U00010a4f\U00010e60-\U00010e7f\U00011052-\U00011065\U0001f100-\U0001f10f]")
# Numbers with their own meaning in a service's name ("NHS 111 Wales", "GIG 111 Cymru", "NHS 24") are not numbers
# to dial; the number to dial is written as a link next to them.
SERVICE_NAME_RE = re.compile(r"\b(?:NHS|GIG)\s+(?:111|24)\b")
# Speed: re skips straight to the places a match can start only when a pattern starts with a plain character, a set
# of them or \d. So where a pattern would start with a look-behind, it is written after the first character instead:
# (?<![\d.,/])0 and 0(?<![\d.,/]0) match the same text, and so do (?<!\w)\d and \d(?<!\w\d).
PHONE_RES = (
    # UK numbers: 0 and 9 or 10 more digits, or +44, with spaces or hyphens between groups (none just after a digit,
    # a full stop, a comma or a slash).
    re.compile(r"(?:\+(?<![\d.,/]\+)44\s?(?:\(0\)\s?)?|0(?<![\d.,/]0))\d(?:[ \-]?\d){8,9}(?![\d])"),
    # Emergency, NHS and helpline short numbers: 999, 111, 116 and three digits, 18001.
    re.compile(r"(?:9(?<![\d.,/]9)99|1(?<![\d.,/]1)(?:11|16\s?\d{3}|8001))(?!\d|[.,]\d)"),
)
# Currency words in our four languages (Welsh with its mutations), next to a number.
MONEY_WORD_LIST = ("pounds?", "pence", "penny", "quid", "punt", "bunt", "phunt", "mhunt", "punnoedd", "bunnoedd",
                   "phunnoedd", "mhunnoedd", "ceiniog", "geiniog", "gini", "ginni", "giniga", "bownd", "পাউন্ড", "পেন্স",
                   "পেনি")
MONEY_WORDS = "|".join(MONEY_WORD_LIST)
MONEY_WORD_START = "[" + "".join(sorted({word[0] for word in MONEY_WORD_LIST})) + "]"  # lets the search skip ahead
NUMBER = r"\d(?:[\d,.]*\d)?"
NUMBER_NOT_AFTER_LETTER = r"\d(?<!\w\d)(?:[\d,.]*\d)?"  # (?<!\w) before the number, written the fast way (above)
# Each pattern with the text it cannot match without (checked first, as `in` is much quicker than a search).
MONEY_RES = (
    (("£", "₤"), re.compile(rf"[£₤]\s?{NUMBER}|{NUMBER}\s?[£₤]")),
    (("GBP",), re.compile(rf"\bGBP\s?{NUMBER}|{NUMBER}\s?GBP\b")),
    ((), re.compile(rf"{NUMBER_NOT_AFTER_LETTER}\s*(?:o\s+)?(?:million\s+|miliwn\s+|milyan\s+|মিলিয়ন\s+)?"
                    rf"(?:{MONEY_WORDS})(?![a-z])", re.I)),
    ((), re.compile(rf"(?<![\w])(?={MONEY_WORD_START})(?:{MONEY_WORDS})\s*{NUMBER}", re.I)),
    ((), re.compile(r"\d(?<![\w.]\d)(?:[\d,.]*\d)?p(?![\w])")),  # pence: (?<![\w.]) before the number
)


def check(project: Project, *, today: date | None = None) -> list[Problem]:
    today = today or date.today()
    problems = registry_problems(project.root, today)
    for page in project.readable_pages():
        where = project.relative(page)
        # Money and phone numbers need a digit: only the lines with one are read (text_problems says why that is enough).
        digits = DIGIT_RE if page.text.isascii() else DIGIT_LIKE_RE  # in ASCII, \d is every digit (and quicker)
        problems += text_problems(where, page_lines(page, only=lines_with(page.text, digits)))
        if "--8<--" in page.text:  # what every snippet line starts with
            problems += snippet_include_problems(project.root, where, page.language, body_lines(page))
    for language in LANGUAGES:
        folder = project.root / SNIPPETS / language
        for snippet in sorted(folder.glob("*.md")) if folder.is_dir() else []:
            where = snippet.relative_to(project.root).as_posix()
            problems += text_problems(where, fenced_out(snippet.read_text(encoding="utf-8").split("\n")))
    problems += missing_snippet_translations(project.root)
    return problems


# --- The registry ---------------------------------------------------------------------------------------------

def registry_problems(root: Path, today: date) -> list[Problem]:
    path = root / REGISTRY
    if not path.is_file():
        return []
    text = path.read_text(encoding="utf-8")
    try:
        registry = sources(root)  # read once per change of the file, with libyaml, and shared with front_matter.py
    except yaml.YAMLError:
        return []  # front_matter/terms checks and the build report unreadable YAML with its line
    if not isinstance(registry, dict):
        return []
    lines = text.split("\n")
    where = REGISTRY.as_posix()
    found = []
    line_of_entry = entry_line_finder(lines)
    for source_id, entry in registry.items():
        start = line_of_entry(source_id)
        if not isinstance(entry, dict):
            found.append(Problem(where, start, f"The source '{source_id}' must be a list of 'name: value' fields, like the others."))
            continue
        def line_of(key: str) -> int:
            return field_line(lines, start, key)
        if "seed" not in entry:
            missing = [key for key in WEB_FIELDS if entry.get(key) in (None, "")]
            if missing:
                found.append(Problem(where, start,
                    f"The web source '{source_id}' has no {', '.join(missing)}. Add "
                    + ", ".join(f"'{key}:'" for key in missing)
                    + " to its entry: the page's address exactly as you saw it, who publishes it, the day you read it "
                      "(year-month-day) and its kind."))
        url = entry.get("url")
        if url not in (None, "") and not str(url).startswith("https://"):
            found.append(Problem(where, line_of("url"),
                f"The url {url} of '{source_id}' does not start with https://. Use the page's https address, exactly as you saw it."))
        if "read_on" in entry:
            found += read_on_problems(where, line_of("read_on"), source_id, entry["read_on"], today)
        notes_id = entry.get("part_of") or source_id  # a document a seed names shares the seed's notes
        if not (root / NOTES / f"{notes_id}.md").is_file():
            found.append(Problem(where, start,
                f"There are no notes for the source '{source_id}'. Write {NOTES.as_posix()}/{notes_id}.md: each claim "
                "you take from it, in your own words, and where in the source it is."))
    return found


def read_on_problems(where: str, line: int, source_id: str, value, today: date) -> list[Problem]:
    read = value if isinstance(value, date) else parse_date(str(value))
    if read is None:
        return [Problem(where, line, f"read_on: {value} of '{source_id}' is not a date. Write the day you read the page "
                        'as year-month-day in quotes, like read_on: "2026-12-01".')]
    if read > today:
        return [Problem(where, line, f"read_on: {value} of '{source_id}' is in the future. Write the day you actually read the page.")]
    return []


def parse_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


def entry_line(lines: list[str], source_id: str) -> int:
    pattern = re.compile(rf"^{re.escape(str(source_id))}\s*:")
    return next((n for n, line in enumerate(lines, start=1) if pattern.match(line)), 1)


def entry_line_finder(lines: list[str]):
    """entry_line for every id from one pass over the file, not one pass per id (the registry has hundreds).

    Gives what entry_line gives: the first line that is the id, optional spaces and a colon. An id that itself
    has a colon, a line break or spaces at its end is looked for the long way.
    """
    first: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        key, colon, _ = line.partition(":")
        if colon:
            first.setdefault(key.rstrip(), number)

    def find(source_id) -> int:
        name = str(source_id)
        if name and ":" not in name and "\n" not in name and name == name.rstrip():
            return first.get(name, 1)
        return entry_line(lines, source_id)

    return find


def field_line(lines: list[str], start: int, key: str) -> int:
    pattern = re.compile(rf"^\s+{re.escape(key)}\s*:")
    for number in range(start + 1, len(lines) + 1):
        line = lines[number - 1]
        if line and not line[0].isspace() and not line.startswith("#"):
            break  # the next entry
        if pattern.match(line):
            return number
    return start


# --- Text: money and phone numbers ----------------------------------------------------------------------------

def page_lines(page, only: list[int] | None = None) -> Iterator[tuple[int, str]]:
    """The title and description (shown in search results) and the body outside code; `only`: just these lines."""
    lines, start = lines_of(page), body_start(page)
    for number in range(1, len(lines) + 1) if only is None else only:
        line = lines[number - 1]
        if number <= start and SHOWN_FIELD_RE.match(line):  # the line after the front matter too, as it always was
            yield number, line.split(":", 1)[1]
        if number >= start:
            yield number, line


def fenced_out(lines: list[str]) -> Iterator[tuple[int, str]]:
    """Every line: the site has no fenced code, so ``` hides nothing from the checks (see body_lines)."""
    yield from enumerate(lines, start=1)


def text_problems(where: str, lines: Iterable[tuple[int, str]]) -> list[Problem]:
    found = []
    for number, raw in lines:
        if SNIPPET_RE.match(raw):
            continue
        # Each search or substitution is skipped on a line without the text every match of it has: quicker than a search.
        line = ascii_digits(CODE_RE.sub(" ", raw) if "`" in raw else raw)
        if not DIGIT_RE.search(line):
            continue  # every money and phone pattern, and every tel: link worth checking, has a digit in it
        for link in TEL_LINK_RE.finditer(line) if "](tel:" in line else ():
            message = tel_problem(link["text"], link["href"])
            if message:
                found.append(Problem(where, number, message))
        prose = line
        if "](" in prose:
            prose = LINK_RE.sub(lambda m: " " if m.group(0).find("](tel:") >= 0 else f" {m['text']} ", prose)
        if "://" in prose or "mailto:" in prose:
            prose = URL_RE.sub(" ", prose)
        if "{" in prose:
            prose = ATTRS_RE.sub(" ", prose)
        for needs, pattern in MONEY_RES:
            if needs and not any(text in prose for text in needs):
                continue
            money = pattern.search(prose)
            if money:
                found.append(Problem(where, number,
                    f"This line gives an amount of money ('{money.group(0).strip()}'). Amounts change: remove it, and "
                    "link to the official page that gives today's figure."))
                break
        dialable = SERVICE_NAME_RE.sub(" ", prose) if "NHS" in prose or "GIG" in prose else prose
        for pattern in PHONE_RES:
            for phone in pattern.finditer(dialable):
                number_text = phone.group(0).strip()
                found.append(Problem(where, number,
                    f"The phone number {number_text} is not a tel: link. Write it as the organisation publishes it, as a link: "
                    f"[{number_text}](tel:{tel_digits(number_text)})"))
    return found


def tel_problem(text: str, href: str) -> str | None:
    if not re.fullmatch(r"\+?\d+", href):
        return None  # links.py reports a tel: link that is not all digits
    if tel_digits(text) != tel_digits(href):
        return (f"The tel: link tel:{href} does not match its text '{text}'. Make the digits after tel: the number "
                f"shown: [{text}](tel:{tel_digits(text)})")
    return None


def tel_digits(text: str) -> str:
    """The digits a phone would dial: +44 (0)20 ... and 020 ... are the same number."""
    digits = re.sub(r"\D", "", ascii_digits(text))
    if ascii_digits(text).lstrip().startswith("+44"):
        digits = digits[2:]
        digits = digits if digits.startswith("0") else "0" + digits
    return digits


class _AsciiDigitTable(dict):
    """A str.translate table from every non-ASCII digit to its 0-9, filled in as characters are met.

    The standard library has no ready-made table, and building one means testing all 1.1 million code
    points; a page uses a few dozen distinct characters, so each is looked up once per run instead.
    """

    def __missing__(self, code: int) -> int | str:
        ch = chr(code)
        value = unicodedata.digit(ch, None) if ch.isdigit() and not ch.isascii() else None
        self[code] = code if value is None else str(value)
        return self[code]


_ASCII_DIGITS = _AsciiDigitTable()


def ascii_digits(text: str) -> str:
    """Bengali (and any other) decimal digits as 0-9, so a number is found whatever script it is written in."""
    return text if text.isascii() else text.translate(_ASCII_DIGITS)


# --- Snippets (the urgent help box) ---------------------------------------------------------------------------

def snippet_include_problems(root: Path, where: str, language: str, lines: Iterable[tuple[int, str]]) -> list[Problem]:
    found = []
    for number, line in lines:
        match = SNIPPET_RE.match(line)
        if not match:
            continue
        path = match["path"]
        if not path.startswith(f"{language}/"):
            found.append(Problem(where, number,
                f"The snippet \"{path}\" is from another language. Include this language's own: "
                f"--8<-- \"{language}/{path.split('/', 1)[-1]}\""))
        elif not (root / SNIPPETS / path).is_file():
            found.append(Problem(where, number,
                f"The snippet {SNIPPETS.as_posix()}/{path} does not exist. Write it first (translate "
                f"{SNIPPETS.as_posix()}/{DEFAULT_LANGUAGE}/{path.split('/', 1)[-1]}), or fix the name."))
    return found


def missing_snippet_translations(root: Path) -> list[Problem]:
    english = root / SNIPPETS / DEFAULT_LANGUAGE
    found = []
    for snippet in sorted(english.glob("*.md")) if english.is_dir() else []:
        for language in LANGUAGES:
            if language != DEFAULT_LANGUAGE and not (root / SNIPPETS / language / snippet.name).is_file():
                found.append(Problem(f"{SNIPPETS.as_posix()}/{language}/{snippet.name}", 1,
                    f"This snippet has no {language} translation yet. Translate "
                    f"{SNIPPETS.as_posix()}/{DEFAULT_LANGUAGE}/{snippet.name} into it.", "warning"))
    return found
