"""A fluent speaker marks a page reviewed in one command; the check, the page and `make status` see it."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import yaml

from scripts.checks import Project
from scripts.checks.front_matter import check as front_matter_check
from scripts.content import Page
from scripts.translation_review import main
from scripts.translation_status import reviewed_counts, status_table

ROOT = Path(__file__).resolve().parent.parent
PAGE = "about/privacy.md"


def copy_docs(tmp_path: Path) -> Path:
    for language in ("en", "cy"):
        target = tmp_path / "docs" / language / "about"
        target.mkdir(parents=True)
        shutil.copy2(ROOT / "docs" / language / PAGE, target / "privacy.md")
    return tmp_path / "docs"


def test_mark_reviewed_records_who_when_and_the_english_hash(tmp_path, capsys):
    docs = copy_docs(tmp_path)
    assert main(["mark-reviewed", "cy", PAGE, "--by", 'Siân "Sian" Jones', "--on", "2026-11-30"],
                docs_dir=docs, today=date(2026, 12, 1)) == 0
    page = Page("cy", PAGE, docs)
    assert page.meta["translation"] == {"status": "reviewed", "source_hash": page.english.content_hash(),
                                        "reviewed_by": 'Siân "Sian" Jones', "reviewed_on": date(2026, 11, 30)}
    assert page.body == Page("cy", PAGE, ROOT / "docs").body  # nothing but the block changed
    assert "marked as checked by" in capsys.readouterr().out
    assert reviewed_counts(status_table(docs))["cy"] == 1


def test_a_future_date_or_missing_page_is_refused_and_nothing_changes(tmp_path, capsys):
    docs = copy_docs(tmp_path)
    before = (docs / "cy" / PAGE).read_text(encoding="utf-8")
    assert main(["mark-reviewed", "cy", PAGE, "--by", "A", "--on", "2027-01-01"], docs_dir=docs, today=date(2026, 12, 1)) == 1
    assert main(["mark-reviewed", "cy", "about/none.md", "--by", "A"], docs_dir=docs, today=date(2026, 12, 1)) == 1
    assert main(["mark-reviewed", "xx", PAGE, "--by", "A"], docs_dir=docs) == 2
    assert (docs / "cy" / PAGE).read_text(encoding="utf-8") == before
    assert "in the future" in capsys.readouterr().err


def test_the_check_refuses_reviewed_without_who_and_when(tmp_path):
    docs = copy_docs(tmp_path)
    path = docs / "cy" / PAGE
    text = path.read_text(encoding="utf-8").replace("status: draft", "status: reviewed")
    path.write_text(text, encoding="utf-8")
    messages = [p.message for p in front_matter_check(Project(tmp_path), today=date(2026, 12, 1))]
    assert any("needs 'reviewed_by: <name>' and 'reviewed_on: <date>'" in m for m in messages)


def test_nothing_in_the_repository_is_marked_reviewed():
    for path in (ROOT / "docs").glob("[!e]*/**/*.md"):
        record = Page(path.relative_to(ROOT / "docs").parts[0], "/".join(path.relative_to(ROOT / "docs").parts[1:])).meta.get("translation") or {}
        assert record.get("status") != "reviewed", path
