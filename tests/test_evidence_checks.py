"""The evidence rule in `make check` (scripts/checks/evidence.py): one fixture per mistake, asserting file, line and
message; and the real registry, snippets and English pages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from scripts.checks import Project, evidence, front_matter

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 12, 1)
REGISTRY = "content_sources/sources.yml"
EN = "docs/en/support/carers-assessment.md"

SOURCES = """\
# Evidence registry (fixture)
seed-one:
  title: "A seed"
  publisher: Someone
  date: "2023"
  kind: report
  seed: 000_seed.txt
  used_for: Facts.

nhs-page:
  title: "A page"
  publisher: NHS inform
  url: https://www.nhsinform.scot/campaigns/support-for-unpaid-carers/
  read_on: "2026-12-01"
  kind: official guidance
  used_for: A phone line.
"""

PAGE = """\
---
title: A carer's assessment
description: How to ask for a carer's assessment.
type: guide
topics: [carers-assessment]
audience: [carers]
nations: [scotland]
last_reviewed: 2026-11-22
next_review: 2027-05-22
sources: [seed-one, nhs-page]
---

# A carer's assessment

--8<-- "en/urgent-help.md"

## Where to get help {#where-to-get-help}

- NHS inform has a free phone line: [0800 011 3200](tel:08000113200), Monday to Friday, 9am to 5pm.
- In Scotland, call NHS 24 on [111](tel:111). NHS 111 Wales and GIG 111 Cymru are names, not numbers to dial.
- In 2021 the census counted 310,000 carers. See [NHS inform](https://www.nhsinform.scot/campaigns/support-for-unpaid-carers/).
"""

SNIPPET = """\
!!! warning urgent-help "If you need help now"
    In an emergency, call [999](tel:999). Samaritans: [116 123](tel:116123).
"""


@pytest.fixture
def project(tmp_path) -> Project:
    files = {
        REGISTRY: SOURCES,
        "content_sources/notes/seed-one.md": "# Notes\n",
        "content_sources/notes/nhs-page.md": "# Notes\n",
        EN: PAGE,
        "content_sources/snippets/en/urgent-help.md": SNIPPET,
    }
    for language in ("cy", "bn", "so"):
        files[f"content_sources/snippets/{language}/urgent-help.md"] = SNIPPET
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return Project(tmp_path)


def problems(project: Project) -> list[str]:
    return [str(p) for p in sorted(evidence.check(project, today=TODAY))]


def edit(project: Project, name: str, old: str, new: str) -> None:
    path = project.root / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def write(project: Project, name: str, text: str) -> None:
    (project.root / name).parent.mkdir(parents=True, exist_ok=True)
    (project.root / name).write_text(text, encoding="utf-8")


def test_the_fixture_is_clean(project):
    assert problems(project) == []


REGISTRY_CASES = [
    ("web source without url", "  url: https://www.nhsinform.scot/campaigns/support-for-unpaid-carers/\n", "",
     f"{REGISTRY}:10: The web source 'nhs-page' has no url. Add 'url:' to its entry"),
    ("web source without read_on or publisher", '  publisher: NHS inform\n  url', "  url",
     f"{REGISTRY}:10: The web source 'nhs-page' has no publisher. Add 'publisher:' to its entry"),
    ("web source without read_on", '  read_on: "2026-12-01"\n', "",
     f"{REGISTRY}:10: The web source 'nhs-page' has no read_on. Add 'read_on:' to its entry"),
    ("url not https", "url: https://www.nhsinform", "url: http://www.nhsinform",
     f"{REGISTRY}:13: The url http://www.nhsinform.scot/campaigns/support-for-unpaid-carers/ of 'nhs-page' does not start with https://."),
    ("read_on not a date", 'read_on: "2026-12-01"', 'read_on: "1 December 2026"',
     f"{REGISTRY}:14: read_on: 1 December 2026 of 'nhs-page' is not a date. Write the day you read the page as year-month-day"),
    ("read_on in the future", 'read_on: "2026-12-01"', 'read_on: "2027-01-15"',
     f"{REGISTRY}:14: read_on: 2027-01-15 of 'nhs-page' is in the future. Write the day you actually read the page."),
]


@pytest.mark.parametrize("label, old, new, expected", REGISTRY_CASES, ids=[c[0] for c in REGISTRY_CASES])
def test_registry_problems(project, label, old, new, expected):
    edit(project, REGISTRY, old, new)
    found = problems(project)
    assert any(p.startswith(expected) for p in found), found
    assert len(found) == 1, found


def test_a_yaml_date_for_read_on_is_accepted(project):
    edit(project, REGISTRY, 'read_on: "2026-12-01"', "read_on: 2026-11-30")
    assert problems(project) == []


def test_a_source_without_notes(project):
    (project.root / "content_sources/notes/nhs-page.md").unlink()
    assert problems(project) == [
        f"{REGISTRY}:10: There are no notes for the source 'nhs-page'. Write content_sources/notes/nhs-page.md: "
        "each claim you take from it, in your own words, and where in the source it is."]


def test_a_document_a_seed_names_shares_the_seeds_notes(project):
    edit(project, REGISTRY, "nhs-page:", "seed-doc:\n  title: \"A report\"\n  publisher: Someone\n"
         "  url: https://carers.org/downloads/report.pdf\n  kind: report\n  part_of: seed-one\n  seed: 000_seed.txt\n\nnhs-page:")
    assert problems(project) == []


def test_a_page_citing_an_unknown_source_id(project):
    edit(project, EN, "sources: [seed-one, nhs-page]", "sources: [seed-one, nhs-page-two]")
    found = [str(p) for p in front_matter.check(project, today=TODAY) if "evidence registry" in p.message]
    assert found == [f"{EN}:10: 'nhs-page-two' is not in the evidence registry. Use an id from "
                     "content_sources/sources.yml, or add the source there first."]


MONEY_CASES = [
    ("pound sign", "English", "It can save £8,000 a year.", "£8,000"),
    ("GBP", "English", "The grant is GBP 300.", "GBP 300"),
    ("pounds in words", "English", "You may get 85 pounds a week.", "85 pounds"),
    ("pence", "English", "It costs 50p a minute.", "50p"),
    ("Welsh punt", "Welsh", "Gallwch gael 300 o bunnoedd.", None),
    ("Welsh mutation", "Welsh", "Mae'n costio 5 punt.", "5 punt"),
    ("Bengali digits", "Bengali", "এটি £৮,০০০ সাশ্রয় করে।", "£8,000"),
    ("Bengali word", "Bengali", "সপ্তাহে ৮৫ পাউন্ড পেতে পারেন।", "85 পাউন্ড"),
    ("Somali", "Somali", "Waxaad heli kartaa 85 gini toddobaadkii.", "85 gini"),
]


@pytest.mark.parametrize("label, language, sentence, shown", MONEY_CASES, ids=[c[0] for c in MONEY_CASES])
def test_an_amount_of_money_in_any_language(project, label, language, sentence, shown):
    edit(project, EN, "## Where to get help", f"{sentence}\n\n## Where to get help")
    found = problems(project)
    assert len(found) == 1, found
    assert found[0].startswith(f"{EN}:17: This line gives an amount of money (")
    assert found[0].endswith("Amounts change: remove it, and link to the official page that gives today's figure.")
    if shown:
        assert f"('{shown}')" in found[0]


def test_money_words_inside_other_words_are_not_money(project):
    # Welsh "meddyginiaethau" (medicines) holds "gini"; "9am to 5pm" is a time.
    edit(project, EN, "## Where to get help", "Dewch â'ch meddyginiaethau. Open 9am to 5pm.\n\n## Where to get help")
    assert problems(project) == []


def test_an_amount_in_the_description_is_found(project):
    edit(project, EN, "description: How to ask for a carer's assessment.", "description: Get £300 after a carer's assessment.")
    assert [p for p in problems(project) if ":3: This line gives an amount of money ('£300')" in p]


PHONE_CASES = [
    ("long number", "Call Carers Scotland on 0141 445 3070.", "0141 445 3070", "01414453070"),
    ("freephone", "Call 0800 011 3200 for free.", "0800 011 3200", "08000113200"),
    ("999 in text", "In an emergency, call 999.", "999", "999"),
    ("111 in text", "Ffoniwch 111.", "111", "111"),
    ("Samaritans", "Call 116 123 any time.", "116 123", "116123"),
    ("Bengali digits", "কল করুন ০৮০০ ০১১ ৩২০০ নম্বরে।", "0800 011 3200", "08000113200"),
    ("number as the text of a web link", "[0800 011 3200](https://www.nhsinform.scot/)", "0800 011 3200", "08000113200"),
]


@pytest.mark.parametrize("label, sentence, number, digits", PHONE_CASES, ids=[c[0] for c in PHONE_CASES])
def test_a_phone_number_that_is_not_a_tel_link(project, label, sentence, number, digits):
    edit(project, EN, "## Where to get help", f"{sentence}\n\n## Where to get help")
    assert problems(project) == [
        f"{EN}:17: The phone number {number} is not a tel: link. Write it as the organisation publishes it, "
        f"as a link: [{number}](tel:{digits})"]


TEL_CASES = [
    ("digits differ", "[0800 011 3200](tel:08000113201)",
     f"{EN}:19: The tel: link tel:08000113201 does not match its text '0800 011 3200'. Make the digits after tel: "
     "the number shown: [0800 011 3200](tel:08000113200)"),
]


@pytest.mark.parametrize("label, link, expected", TEL_CASES, ids=[c[0] for c in TEL_CASES])
def test_a_tel_link_that_does_not_match_its_text(project, label, link, expected):
    edit(project, EN, "[0800 011 3200](tel:08000113200)", link)
    assert problems(project) == [expected]


def test_a_tel_link_with_hyphens_is_reported_once_by_the_link_check(project):
    from scripts.checks.run import run_all

    edit(project, EN, "[0800 011 3200](tel:08000113200)", "[0800 011 3200](tel:0800-011-3200)")
    assert [str(p) for p in evidence.check(project, today=TODAY)] == []
    assert [p.message for p in run_all(project) if p.path == EN and "tel:" in p.message] == [
        "The phone link tel:0800-011-3200 must hold only digits, like (tel:08088087777)."]


def test_tel_links_in_bengali_digits_and_international_form_match(project):
    edit(project, EN, "[0800 011 3200](tel:08000113200)", "[০৮০০ ০১১ ৩২০০](tel:08000113200) or [+44 800 011 3200](tel:+448000113200)")
    assert problems(project) == []


def test_the_snippet_is_checked_too(project):
    edit(project, "content_sources/snippets/en/urgent-help.md", "call [999](tel:999)", "call 999")
    assert problems(project) == [
        "content_sources/snippets/en/urgent-help.md:2: The phone number 999 is not a tel: link. Write it as the organisation publishes "
        "it, as a link: [999](tel:999)"]


def test_a_snippet_from_another_language(project):
    edit(project, EN, '--8<-- "en/urgent-help.md"', '--8<-- "cy/urgent-help.md"')
    assert problems(project) == [
        f'{EN}:15: The snippet "cy/urgent-help.md" is from another language. Include this language\'s own: '
        '--8<-- "en/urgent-help.md"']


def test_a_snippet_that_does_not_exist(project):
    edit(project, EN, '--8<-- "en/urgent-help.md"', '--8<-- "en/urgent-helps.md"')
    assert problems(project) == [
        f"{EN}:15: The snippet content_sources/snippets/en/urgent-helps.md does not exist. Write it first (translate "
        "content_sources/snippets/en/urgent-helps.md), or fix the name."]


def test_a_snippet_not_yet_translated_is_a_warning(project):
    (project.root / "content_sources/snippets/so/urgent-help.md").unlink()
    assert problems(project) == [
        "content_sources/snippets/so/urgent-help.md:1: warning: This snippet has no so translation yet. Translate "
        "content_sources/snippets/en/urgent-help.md into it."]


# --- The real content ----------------------------------------------------------------------------------------

def test_the_real_registry_follows_the_rule():
    assert [str(p) for p in evidence.registry_problems(ROOT, date.today())] == []


def test_the_real_urgent_help_box_dials_what_it_shows():
    text = (ROOT / "content_sources/snippets/en/urgent-help.md").read_text(encoding="utf-8")
    links = {m["text"]: m["href"] for m in evidence.TEL_LINK_RE.finditer(text)}
    assert links == {"999": "999", "111": "111", "116 123": "116123"}
    assert evidence.text_problems("content_sources/snippets/en/urgent-help.md", evidence.fenced_out(text.split("\n"))) == []


def test_the_real_guides_include_the_box_from_their_own_language():
    project = Project(ROOT)
    including = [page for page in project.pages("en") if '--8<-- "en/urgent-help.md"' in page.text]
    assert len(including) >= 6
    for page in including:
        assert evidence.snippet_include_problems(ROOT, project.relative(page), "en",
                                                 evidence.body_lines(page)) == []
