"""Translation staleness and structure checks, on small fixture pages."""

from __future__ import annotations

from pathlib import Path

from scripts.content import Page
from scripts.translation_structure import compare

ENGLISH = """---
title: Leaving hospital
---

# Leaving hospital

## In short {#in-short}

- Call 999 in an emergency or NHS 111 for advice.
- See [your assessment](../support/carers-assessment.md#what-you-can-do) and https://www.nhs.uk/.
"""

WELSH = """---
title: Gadael yr ysbyty
translation:
  status: draft
  source_hash: {hash}
---

# Gadael yr ysbyty

## Yn gryno {{#in-short}}

- Ffoniwch 999 mewn argyfwng neu GIG 111 am gyngor.
- Gweler [eich asesiad](../support/carers-assessment.md#what-you-can-do) a https://www.nhs.uk/.
"""


def make(docs: Path, language: str, text: str) -> Page:
    path = docs / language / "transitions" / "leaving-hospital.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return Page(language, "transitions/leaving-hospital.md", docs)


def test_a_translation_of_the_current_english_is_up_to_date_and_draft(tmp_path):
    english = make(tmp_path, "en", ENGLISH)
    welsh = make(tmp_path, "cy", WELSH.format(hash=english.content_hash()))
    assert welsh.translation_state() == {"status": "draft", "reviewed_by": None, "reviewed_on": None, "behind": False}


def test_editing_the_english_page_makes_the_translation_behind(tmp_path):
    english = make(tmp_path, "en", ENGLISH)
    recorded = english.content_hash()
    make(tmp_path, "en", ENGLISH.replace("advice", "urgent advice"))
    welsh = make(tmp_path, "cy", WELSH.format(hash=recorded))
    assert welsh.translation_state()["behind"] is True


def test_matching_structure_has_no_differences(tmp_path):
    english = make(tmp_path, "en", ENGLISH)
    welsh = make(tmp_path, "cy", WELSH.format(hash="x"))
    assert compare(english, welsh) == []


def test_a_changed_phone_number_is_caught(tmp_path):
    english = make(tmp_path, "en", ENGLISH)
    welsh = make(tmp_path, "cy", WELSH.format(hash="x").replace("GIG 111", "GIG 112"))
    [difference] = compare(english, welsh)
    assert str(difference) == "Numbers differ from the English page. Missing: 111. Not in English: 112."


def test_a_changed_heading_id_and_link_are_caught(tmp_path):
    english = make(tmp_path, "en", ENGLISH)
    welsh = make(tmp_path, "cy", WELSH.format(hash="x").replace("{#in-short}", "{#yn-gryno}")
                 .replace("carers-assessment.md#", "carers-assessment.md#other-"))
    found = {difference.what for difference in compare(english, welsh)}
    assert found == {"Heading ids", "Link targets"}


def test_bengali_digits_count_as_the_same_numbers(tmp_path):
    english = make(tmp_path, "en", ENGLISH.replace("Call 999", "One in 10 carers. Call 999"))
    bengali = make(tmp_path, "bn", WELSH.format(hash="x").replace("Ffoniwch 999", "১০ জনে একজন। Ffoniwch 999"))
    assert compare(english, bengali) == []


def test_a_welsh_page_may_link_to_the_welsh_version_of_an_english_address(tmp_path):
    """content_sources/link-equivalents.yml: gov.wales on the English page, llyw.cymru on the Welsh one."""
    from scripts.content import Page
    from scripts.translation_structure import compare

    (tmp_path / "content_sources").mkdir()
    (tmp_path / "content_sources" / "link-equivalents.yml").write_text(
        "cy:\n  https://www.gov.wales/: https://www.llyw.cymru/\n", encoding="utf-8")
    for language, address in (("en", "https://www.gov.wales/"), ("cy", "https://www.llyw.cymru/"), ("so", "https://www.llyw.cymru/")):
        (tmp_path / "docs" / language).mkdir(parents=True)
        (tmp_path / "docs" / language / "page.md").write_text(f"---\ntitle: x\n---\n\nRead [it]({address}).\n", encoding="utf-8")
    english = Page("en", "page.md", tmp_path / "docs")
    assert compare(english, Page("cy", "page.md", tmp_path / "docs")) == []
    differences = compare(english, Page("so", "page.md", tmp_path / "docs"))  # only Welsh has that equivalent
    assert [d.what for d in differences] == ["Web addresses"]
