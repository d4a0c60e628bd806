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
        "content_sources/sources.yml": "seed-one: {title: A source, publisher: Someone, date: '2023', kind: report}\n",
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
    return [str(p) for p in sorted(found) if "translation yet (docs/bn/" not in p.message
            and "translation yet (docs/so/" not in p.message and "termbase is missing" not in p.message]


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
             and "termbase is missing" not in p.message and "translation yet" not in p.message]
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
