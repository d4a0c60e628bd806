"""The page as a phone shows it first and as paper carries it (issue 12).

- Home pages: the "What is happening for you?" task list comes straight after the title, so a
  phone's first screen shows the choices rather than the introduction (the words are the editors').
- "Skip to content" goes to the page's title, not past it to the first section.
- Links to other pages of the site carry their full address for print (`data-print-href`), because
  a relative address means nothing on paper; site.css prints it after the link text. The glossary
  links in the term popovers (scripts/term_help.py) do not print, so they get none.
- Every printed sheet names the site and says "page x of y" in the page's language: @page margin
  boxes, written per language into assets/stylesheets/print-<lang>.css (the words come from
  mkdocs.yml and scripts/i18n, so they cannot live in the static site.css; inline styles are
  refused by the site's Content-Security-Policy).
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import urljoin

from scripts.languages import build_language, strings

TASKS_ID = "what-is-happening"
SECTION_RE = re.compile(rf'<h2 id="{TASKS_ID}".*?(?=<h2\b|<div class="admonition|$)', re.S)
LINK_RE = re.compile(r'<a\s+href="([^"]*)"')
NOT_A_PAGE = ("#", "http:", "https:", "mailto:", "tel:", "//")
SKIP_RE = re.compile(r'(<a href=")[^"]*(" class="md-skip">)')
H1_ID_RE = re.compile(r'<h1 id="([^"]+)"')
TERMS_BLOCK = '<div class="terms-print">'  # scripts/term_help.py puts it last in a page's content
PRINT_CSS = "assets/stylesheets/print-{language}.css"
# CSS counter styles for "page x of y": Bengali pages count in Bengali digits.
COUNTER_STYLE = {"bn": "bengali"}


def on_page_content(content, page, config, files):
    if page.meta.get("type") == "home":
        content = tasks_first(content)
    return print_addresses(content, (config.site_url or "") + page.url)


def on_post_page(output, page, config):
    return skip_to_title(output)


def on_post_build(config):
    """Each language's build writes its own sheet furniture (static-i18n runs one build per language)."""
    language = build_language(config)
    target = Path(config.site_dir) / PRINT_CSS.format(language=language)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(print_css(config.site_name, language), encoding="utf-8")


def tasks_first(content: str) -> str:
    """Move the task-list section up to just after the H1; unchanged if either is missing."""
    match = SECTION_RE.search(content)
    title_end = content.find("</h1>")
    if not match or title_end < 0 or title_end > match.start():
        return content
    section = match.group(0)
    rest = content[:match.start()] + content[match.end():]
    cut = title_end + len("</h1>")
    return rest[:cut] + "\n" + section + rest[cut:]


def print_addresses(content: str, page_address: str) -> str:
    """Give each link to another page of this site its full address, for print."""

    def add(match: re.Match) -> str:
        href = html.unescape(match.group(1))
        if not href or href.startswith(NOT_A_PAGE):
            return match.group(0)
        address = urljoin(page_address, href)
        return f'<a data-print-href="{html.escape(address, quote=True)}" href="{match.group(1)}"'

    text, terms_start, terms = content.partition(TERMS_BLOCK)
    return LINK_RE.sub(add, text) + terms_start + terms


def skip_to_title(output: str) -> str:
    title = H1_ID_RE.search(output)
    if not title:
        return output
    return SKIP_RE.sub(lambda m: f"{m.group(1)}#{title.group(1)}{m.group(2)}", output, count=1)


def css_string(text: str) -> str:
    """A CSS string literal: quotes, backslashes and line breaks escaped."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\a ") + '"'


def print_css(site_name: str, language: str) -> str:
    words = strings(language)
    style = COUNTER_STYLE.get(language, "decimal")
    before, _, after = words["print_page"].partition("{page}")
    between, _, end = after.partition("{pages}")
    page_x_of_y = " ".join(
        part for part in (
            css_string(before) if before else "",
            f"counter(page, {style})",
            css_string(between) if between else "",
            f"counter(pages, {style})",
            css_string(end) if end else "",
        ) if part
    )
    return (
        f"/* Made by scripts/hooks/phone_and_print.py: every printed sheet names the site and its page number. */\n"
        f"@page {{\n"
        f"  @top-left {{ content: {css_string(site_name)}; font: 9pt {FONTS}; color: #383f43; }}\n"
        f"  @bottom-right {{ content: {page_x_of_y}; font: 9pt {FONTS}; color: #383f43; }}\n"
        f"}}\n"
    )


FONTS = 'system-ui, "Noto Sans", "Noto Sans Bengali", "Lohit Bengali", Arial, sans-serif'
