"""Front matter, the sources registry, termbases and interface strings reach the HTML as text, everywhere."""

from __future__ import annotations

from tests.conftest import build, copy_project, html_pages

PAYLOAD = "Q<script>alert(7)</script>\"'&</title>"
ESCAPED = "Q&lt;script&gt;alert(7)&lt;/script&gt;"


def test_markup_in_every_kind_of_field_is_shown_as_text(tmp_path):
    project = copy_project(tmp_path / "project")
    quoted = PAYLOAD.replace("'", "''")
    page = project / "docs" / "en" / "support" / "advocacy.md"
    page.write_text(page.read_text(encoding="utf-8").replace("title: Advocacy\n", f"title: '{quoted}'\n", 1), encoding="utf-8")
    sources = project / "content_sources" / "sources.yml"
    text = sources.read_text(encoding="utf-8")
    first_title = next(line for line in text.splitlines() if line.strip().startswith("title:"))
    sources.write_text(text.replace(first_title, first_title.split("title:")[0] + f"title: '{quoted}'", 1), encoding="utf-8")
    strings = project / "scripts" / "i18n" / "cy.yml"
    text = strings.read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if line.startswith("draft_translation:"))
    strings.write_text(text.replace(line, f"draft_translation: '{quoted}'", 1), encoding="utf-8")
    site = tmp_path / "site"
    result = build(project, site, strict=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    shown = 0
    for path in html_pages(site):
        html = path.read_text(encoding="utf-8")
        assert "<script>alert(7)" not in html, path
        shown += ESCAPED in html
    assert shown > 50  # the title in the menu of every English page, the source on many, the Welsh notice on many
