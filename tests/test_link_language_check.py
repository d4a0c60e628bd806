"""`make check` asks translated pages to say the language of every link to another site."""

from __future__ import annotations

from pathlib import Path

from scripts.checks import Project
from scripts.checks.link_languages import check

PAGE = """---
title: Prawf
---

# Prawf

Darllenwch [Carers UK](https://www.carersuk.org/) heddiw.
Darllenwch [Gofalwyr Cymru](https://www.carersuk.org/wales/){hreflang=cy} hefyd.
A [GIG 111 Cymru](https://111.wales.nhs.uk/){hreflang=xx}.
"""


def test_a_link_without_a_language_is_a_warning_and_a_wrong_code_an_error(tmp_path: Path):
    (tmp_path / "docs" / "cy").mkdir(parents=True)
    (tmp_path / "docs" / "cy" / "prawf.md").write_text(PAGE, encoding="utf-8")
    (tmp_path / "docs" / "en").mkdir()
    (tmp_path / "docs" / "en" / "prawf.md").write_text(PAGE, encoding="utf-8")  # English pages are not asked
    found = sorted(check(Project(tmp_path)))
    assert [(p.path, p.line, p.severity) for p in found] == [("docs/cy/prawf.md", 7, "warning"), ("docs/cy/prawf.md", 9, "error")]
    assert "{hreflang=en} straight after the link" in found[0].message
    assert "'hreflang=xx' is not one of the site's languages" in found[1].message
