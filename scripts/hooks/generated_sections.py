"""Adds the parts of a page that are built from data rather than written by hand.

- every page with `sources:` in its front matter gets a Sources section from the registry;
- the glossary page lists the termbase of its language (scripts/term_help.py explains terms on other pages);
- the "Our sources" page lists the whole registry;
- the good-practice index lists every example, with filters by nation and topic;
- the translation status page shows readers where each translation stands.

They are added to the Markdown (not the template) so that they are part of the page's
content: in its table of contents, its search index and its print-out. Headings go in as Markdown;
HTML goes in as a placeholder paragraph that on_page_content swaps for the HTML. Pasted into the
Markdown, the HTML was read twice more by html.parser (Python-Markdown's raw-HTML blocks and MkDocs'
anchor finder), about 0.7 ms a page (issue 11). The swap happens before the sanitiser (next in the
hooks list) reads the content, so generated HTML is still checked like everything else.
"""

from __future__ import annotations

import re
import secrets
from pathlib import Path

from markupsafe import Markup
from mkdocs.exceptions import PluginError

from scripts.hooks.escaping import markdown_text
from scripts.content import Page, directory_url, file_language, pages, path_in_language
from scripts.languages import (DEFAULT_LANGUAGE, format_date, local_digits, project_root, sources, strings, terms,
                               whole_build)
from scripts.templates import partials_env
from scripts.translation_status import reviewed_counts, status_table

SOURCES_PAGE = "about/sources.md"
STATUS_PAGE = "about/translation-status.md"
GLOSSARY_PAGE = "glossary.md"
EXAMPLES_FOLDER = "good-practice"
# New each build, so no text an editor writes can stand for generated HTML.
PLACEHOLDER = f"generated-section-{secrets.token_hex(8)}"
PLACEHOLDER_RE = re.compile(rf"<p>{PLACEHOLDER}-(\d+)</p>")
_generated: dict[str, list[str]] = {}  # a page's source file -> its generated HTML, until on_page_content


def on_page_markdown(markdown, page, config, files):
    language = file_language(page.file)
    path = path_in_language(page.file)
    root = project_root(config)
    registry = sources(root)
    additions = []
    if path == GLOSSARY_PAGE:
        additions.append(glossary_markdown(terms(language, root)))
    if path == SOURCES_PAGE:
        additions.append(source_list(config, registry, sorted(registry), language))
    if path == STATUS_PAGE:
        table = build_status_table(Path(config.docs_dir))
        additions.append(render(config, "partials/translation-status.html", language,
                                rows=status_rows(language, table, Path(config.docs_dir)), reviewed=reviewed_text(language, table)))
    if path == f"{EXAMPLES_FOLDER}/index.md":
        additions.append(render(config, "partials/example-list.html", language, examples=example_entries(language, Path(config.docs_dir))))
    cited = page.meta.get("sources") or []
    if cited:
        unknown = [source for source in cited if source not in registry]
        if unknown:
            raise PluginError(
                f"{page.file.src_uri}: unknown source id {', '.join(map(repr, unknown))} in the front matter. "
                "Use an id from content_sources/sources.yml, or add the source there first."
            )
        heading = strings(language)["sources_heading"]
        additions.append(f"## {heading} {{#sources}}")
        additions.append(source_list(config, registry, cited, language))
    html = _generated[page.file.src_uri] = []
    parts = [markdown.rstrip()]
    for addition in filter(None, additions):
        if addition.startswith("<"):
            parts.append(f"{PLACEHOLDER}-{len(html)}")
            html.append(addition)
        else:
            parts.append(addition)
    return "\n\n".join(parts) + "\n"


def on_pre_build(config):
    # Once per whole build, not once per language inside mkdocs-static-i18n's loop: the registry or a page may
    # have changed since the last build (make serve rebuilds in the same process).
    if whole_build(config):
        _source_items.clear()
        _status_tables.clear()


_status_tables: dict[str, dict] = {}  # docs folder -> every page's state in every translation, for this build


def build_status_table(docs_dir: Path) -> dict:
    """The translation status table, worked out once per build: it is the same table in every language."""
    key = str(docs_dir)
    if key not in _status_tables:
        _status_tables[key] = status_table(docs_dir)
    return _status_tables[key]


# (language, source id) -> the entry's <li>: an entry reads the same on every page that cites it.
_source_items: dict[tuple[str, str], Markup] = {}


def source_list(config, registry: dict, ids: list[str], language: str) -> str:
    """A page's numbered source list, each entry rendered once per build and language."""
    missing = [source_id for source_id in ids if (language, source_id) not in _source_items]
    for entry in registry_entries(registry, missing, language):
        _source_items[(language, entry["id"])] = Markup(render(config, "partials/source-item.html", language, source=entry))
    return render(config, "partials/source-list.html", language,
                  items=[_source_items[(language, source_id)] for source_id in ids])


def on_page_content(content, page, config, files):
    """The page's generated HTML in place of its placeholders; a placeholder that did not survive is an error."""
    html = _generated.pop(page.file.src_uri, [])
    used: set[int] = set()

    def swap(match: re.Match) -> str:
        used.add(int(match.group(1)))
        return html[int(match.group(1))]

    content = PLACEHOLDER_RE.sub(swap, content)
    if len(used) != len(html):
        raise PluginError(f"docs/{page.file.src_uri}: the part the site adds to this page (its sources, "
                          "the list of examples or the translation table) was lost while the page was built. This is not a mistake in the page: "
                          "report it as a problem with the site's code, naming this page.")
    return content


def glossary_markdown(termbase: dict) -> str:
    """One heading per term, with an id shared by every language so links survive translation."""
    entries = sorted(termbase.items(), key=lambda item: item[1]["term"].casefold())
    return "\n\n".join(
        f"## {markdown_text(entry['term'][:1].upper() + entry['term'][1:])} {{#{term_id}}}\n\n{markdown_text(entry['definition'])}"
        for term_id, entry in entries
    )


def reviewed_text(language: str, table: dict) -> dict[str, str]:
    """For each translation, "N of M pages checked by a fluent speaker", in the reader's language and digits."""
    words = strings(language)["status_reviewed_count"]
    return {
        code: local_digits(words.replace("{count}", str(count)).replace("{total}", str(len(table))), language)
        for code, count in reviewed_counts(table).items()
    }


def registry_entries(registry: dict, ids: list[str], language: str) -> list[dict]:
    """The cited entries, each with the date we read it (web sources) written as the reader says dates."""
    entries = []
    for source_id in ids:
        entry = {"id": source_id, **registry[source_id]}
        read_on = entry.get("read_on")
        try:
            entry["read_on_text"] = format_date(read_on, language) if read_on else None
        except (TypeError, ValueError):
            entry["read_on_text"] = None  # make check reports the bad date with its line
        entries.append(entry)
    return entries


def example_entries(language: str, docs_dir: Path) -> list[dict]:
    """Every good-practice example in `language` (English where one is not translated yet)."""
    english = [
        page for page in pages(DEFAULT_LANGUAGE, docs_dir=docs_dir, under=EXAMPLES_FOLDER)
        if not page.path.endswith("index.md")
    ]
    entries = []
    for english_page in english:
        page = english_page
        translated = type(english_page)(language, english_page.path, docs_dir)
        if translated.exists():
            page = translated
        meta = page.meta
        entries.append({
            "href": directory_url(english_page.path).removeprefix(f"{EXAMPLES_FOLDER}/"),
            "language": page.language,
            "title": meta.get("title", ""),
            "description": meta.get("description", ""),
            "place": meta.get("place", ""),
            "nations": meta.get("nations") or [],
            "topics": meta.get("topics") or [],
        })
    return sorted(entries, key=lambda entry: entry["title"].casefold())


def status_rows(language: str, table: dict, docs_dir: Path) -> list[dict]:
    """Each page, its title in the reader's language where it has one, and its state in each translation."""
    rows = []
    for path, states in table.items():
        own = Page(language, path, docs_dir)
        shown = own if own.exists() else Page(DEFAULT_LANGUAGE, path, docs_dir)
        if not shown.exists() or shown.meta.get("type") == "search":
            continue
        rows.append({
            "href": "../../" + directory_url(path),
            "title": shown.meta.get("title", path),
            "title_language": shown.language,
            "states": states,
        })
    return sorted(rows, key=lambda row: row["href"])


def render(config, template: str, language: str, **context) -> str:
    """Render one of our partials with the theme's Jinja environment, in `language`.

    Escaping on (scripts/hooks/escaping.py): titles, places and source entries are data, and the
    result is pasted into the page's Markdown, where raw HTML passes through unchanged.
    """
    html = partials_env(config).get_template(template).render(ui=strings(language), language=language, **context)
    return html.strip()
