"""The strict build's own guards, each on a small copy of the project with one bad page: the exit code and
the message the editor reads, naming file and line.

`make check` runs inside the build (scripts/hooks/content_checks.py), so its messages are the build's too;
the sanitiser (scripts/hooks/sanitise.py) and the security policy (scripts/hooks/security_policy.py) stand
behind it for whatever the check did not foresee.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.conftest import build
from tests.test_property import PAGE, small_project

GUIDE = {"title": "Example", "description": "A page for the build guards.", "type": "guide", "topics": ["breaks"],
         "audience": ["carers"], "nations": ["england"], "last_reviewed": date(2026, 11, 22),
         "next_review": date(2027, 5, 22), "sources": ["impact-carers-transitions-network"]}
TEXT = "# Example\n\n## In short {#in-short}\n\nTake a [break](https://www.carersuk.org/){hreflang=en}.\n\nEND"
WHERE = f"docs/en/{PAGE}"


def project_with(folder: Path, insert: str = "") -> Path:
    """The small project, its example page (all four languages) holding `insert` in place of the last line."""
    return small_project(folder, meta=GUIDE, text=TEXT.replace("END", insert))


def line_of(project: Path, text: str) -> int:
    lines = (project / "docs" / "en" / PAGE).read_text(encoding="utf-8").split("\n")
    return next(number for number, line in enumerate(lines, start=1) if text in line)


def built(project: Path):
    result = build(project, project / "site")
    return result.returncode, result.stdout + result.stderr


def edit_english(project: Path, old: str, new: str) -> None:
    page = project / "docs" / "en" / PAGE
    text = page.read_text(encoding="utf-8")
    assert old in text
    page.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_sanitiser_refuses_a_page_naming_the_page_and_line(tmp_path):
    project = project_with(tmp_path, "<plaintext>")
    code, output = built(project)
    assert code == 1, output[-3000:]
    assert f"{WHERE}: this page holds HTML the site does not allow, which would be removed:" in output
    assert f"  - <plaintext> ({WHERE}:{line_of(project, '<plaintext>')})" in output


def test_the_policy_refuses_an_inline_script_from_content_naming_file_and_line(tmp_path):
    """With the sanitiser taken out, the policy is the last line: a script in a page's Markdown is never allowed."""
    project = project_with(tmp_path, "<script>alert(document.domain)</script>")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "  - scripts/hooks/sanitise.py\n" in text
    config.write_text(text.replace("  - scripts/hooks/sanitise.py\n", ""), encoding="utf-8")
    code, output = built(project)
    assert code == 1, output[-3000:]
    line = line_of(project, "<script>")
    assert f"{WHERE}: this page would publish 1 unsafe part(s):" in output
    assert f"an inline <script> that the site does not ship ('alert(document.domain)') (from {WHERE}:{line}: remove it)" in output
    assert not list((project / "site").rglob("example/index.html"))


@pytest.mark.parametrize(("report_id", "change", "expected"), [
    ("V05", ("END", "/// video | A film\n    id: NPENe0gKEOU\n    duration: 2:48\n\nSummary."),
     "{where}:{line}: This video block has no closing line, so it takes in everything after it."),
    ("F13", ("---\n", "\ufeff---\n"), "{where}:1: This file starts with a byte-order mark"),
    ("F22", ("\n---\n\n# Example", "\n\n# Example"), "{where}:1: The front matter has no closing '---' line"),
    ("F06", ("last_reviewed: 2026-11-22", "last_reviewed: 2025-02-30"), "{where}:{line}: 'last_reviewed: 2025-02-30' is not a date."),
    ("F07", ("next_review: 2027-05-22", "next_review: next month"), "{where}:{line}: 'next_review: next month' is not a date."),
], ids=lambda value: value if isinstance(value, str) and len(value) == 3 else None)
def test_the_strict_build_refuses_with_the_checks_message_and_no_traceback(tmp_path, report_id, change, expected):
    project = project_with(tmp_path, "END")
    edit_english(project, *change)
    line = line_of(project, change[1].lstrip("\ufeff").split("\n")[0])
    code, output = built(project)
    assert code == 1, output[-3000:]
    assert f"content_checks: {expected.format(where=WHERE, line=line)}" in output, output[-3000:]
    assert "Traceback" not in output, output[-3000:]
