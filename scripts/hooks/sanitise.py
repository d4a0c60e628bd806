"""Runs every page's rendered content through a real HTML sanitiser (nh3, Rust's ammonia) as a backstop.

`make check` refuses raw HTML in the Markdown (scripts/checks/raw_html.py); this catches whatever gets
past it, from any source: a Markdown form the check did not foresee, front matter, a data file or one
of our own extensions. The allow-list below is what our Markdown extensions and generated sections
produce (CONTRIBUTING.md, "Raw HTML"). Where nh3 would change anything, the build fails naming the
page and what it would remove, rather than publishing a silently different page.

nh3 re-serialises HTML, so "would change" is decided on both versions parsed the same way (tags,
attributes and text), not on their bytes.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import nh3
from mkdocs.exceptions import PluginError
from selectolax.lexbor import LexborHTMLParser

GLOBAL = {"id", "class", "lang", "title", "data-pagefind-ignore"}
ALLOWED: dict[str, set[str]] = {
    # Python-Markdown and its extensions (toc, admonition, def_list, attr_list on headings)
    **{tag: set() for tag in ("p", "ul", "ol", "li", "strong", "em", "blockquote", "hr", "br", "dl", "dt", "dd",
                              "h1", "h2", "h3", "h4", "h5", "h6", "div", "code", "cite", "thead", "tbody", "tr",
                              "fieldset", "legend", "title", "path", "abbr", "sup", "sub")},
    "a": {"href", "hreflang"},
    "img": {"src", "alt"},
    "table": set(),
    "th": {"scope"},
    "td": set(),
    # the video block (scripts/video.py) and its QR code (scripts/qr.py)
    "figure": {"data-video-id", "data-frame-title"},
    "time": {"datetime"},
    "svg": {"role", "focusable", "viewbox", "aria-label", "aria-hidden"},
    # term help (scripts/term_help.py) and link-language notes (scripts/link_language.py)
    "button": {"type", "popovertarget", "hidden"},
    "span": {"popover"},
    "aside": {"data-pagefind-ignore"},
    # the good-practice filter (overrides/partials/example-list.html): no action, so it cannot post anywhere
    "form": {"data-example-filter", "hidden"},
    "label": {"for"},
    "select": {"name"},
    "option": {"value"},
}
# Attributes some elements carry in generated sections (example list, filters): data only, never addresses.
DATA_ATTRIBUTES = {"p": {"role", "data-count-template", "data-none", "data-digits"},
                   "ul": {"data-example-list"}, "li": {"data-nations", "data-topics"},
                   "path": {"d", "stroke", "transform", "fill"}, "div": {"role"}}
URL_SCHEMES = {"https", "mailto", "tel"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
SVG_CASE = {"viewbox": "viewBox"}


def _attributes() -> dict[str, set[str]]:
    table = {tag: set(names) | GLOBAL for tag, names in ALLOWED.items()}
    for tag, names in DATA_ATTRIBUTES.items():
        table[tag] |= names
    table["svg"] |= {SVG_CASE["viewbox"]}
    return table


ATTRIBUTES = _attributes()


def _filter(tag: str, attribute: str, value: str) -> str | None:
    """Addresses only to this site or by https/mailto/tel; never protocol-relative; images only from the site."""
    if attribute in ("href", "src"):
        compact = re.sub(r"[\x00-\x20]+", "", value)
        if compact.startswith(("//", "\\\\", "/\\")):
            return None
        if tag == "img" and re.match(r"[a-z][a-z0-9+.-]*:", compact, re.I):
            return None
    return value


# One cleaner for the whole build: nh3.clean() sets up the allow-list again on every call.
CLEANER = nh3.Cleaner(tags=set(ATTRIBUTES), attributes=ATTRIBUTES, url_schemes=URL_SCHEMES, link_rel=None,
                      strip_comments=True, attribute_filter=_filter)


def clean(html: str) -> str:
    return CLEANER.clean(html)


class _Events(HTMLParser):
    """Tags, attributes and text, so two serialisations of the same HTML compare equal."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.events: list[tuple] = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("<", tag, tuple(sorted((name, value or "") for name, value in attrs))))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.events.append(("/", tag))

    def handle_endtag(self, tag):
        if tag not in VOID:
            self.events.append(("/", tag))

    def handle_data(self, data):
        if self.events and self.events[-1][0] == "text":
            self.events[-1] = ("text", self.events[-1][1] + data)
        else:
            self.events.append(("text", data))

    def handle_comment(self, data):
        self.events.append(("comment", data))

    def handle_decl(self, decl):
        self.events.append(("decl", decl))

    handle_pi = unknown_decl = handle_decl


def events(html: str) -> list[tuple]:
    parser = _Events()
    parser.feed(html)
    parser.close()
    return parser.events


def _as_browsers_see_it(html: str) -> str:
    """The document a browser builds from this HTML, serialised (lexbor, through selectolax)."""
    return LexborHTMLParser(html).html or ""


def differences(html: str) -> list[str]:
    """What the sanitiser would remove or change, in words; empty when the content is already safe."""
    cleaned = clean(html)
    # Fast path: both parse to the same tree, so nh3 changes nothing a browser would see. Comparing events from
    # html.parser for every page cost about 2 ms a page (issue 11); they are now worked out only to explain a
    # difference, and two trees that differ only in how they are written still pass there.
    # Fastest: nh3 changed nothing but the &#39; that Jinja (markupsafe) writes for an apostrophe in the generated
    # sections, which nh3 writes as '. The two are the same character in text and in a double-quoted attribute,
    # the only kind nh3 writes: a single-quoted attribute comes back double-quoted, so it does not pass here.
    if cleaned == html or cleaned == html.replace("&#39;", "'") or \
            _as_browsers_see_it(cleaned) == _as_browsers_see_it(html):
        return []
    before, after = events(html), events(cleaned)
    if before == after:
        return []
    found = []
    j = 0
    for event in before:
        if j < len(after) and after[j] == event:
            j += 1
            continue
        if event[0] == "<":
            kept = after[j] if j < len(after) and after[j][:2] == event[:2] else None
            if kept:
                removed = sorted(set(event[2]) - set(kept[2]))
                found.append(f"<{event[1]}> attribute(s) {', '.join(f'{n}={v!r}' for n, v in removed)}")
                j += 1
            else:
                found.append(f"<{event[1]}{''.join(f' {n}={v!r}' for n, v in event[2])}>")
        elif event[0] == "text":
            if j < len(after) and after[j][0] == "text":
                j += 1
                continue
            if event[1].strip():
                found.append(f"the text {event[1].strip()[:60]!r}")
        elif event[0] in ("comment", "decl"):
            found.append(f"<!{event[1].strip()[:40]}>")
    return list(dict.fromkeys(found)) or ["part of the page (it is not well-formed HTML)"]


def on_page_content(html, page, config, files):
    removed = differences(html)
    if removed:
        where = f"docs/{page.file.src_uri}"
        source = Path(page.file.abs_src_path) if page.file.abs_src_path else None
        raise PluginError(
            f"{where}: this page holds HTML the site does not allow, which would be removed:\n"
            + "\n".join(f"  - {item}{_line(item, where, source)}" for item in removed[:20])
            + "\nWrite it in Markdown (CONTRIBUTING.md, Raw HTML). If it came from a data file or the front matter, fix it there.")
    return html


def _line(item: str, where: str, source: Path | None) -> str:
    """The line of the page's Markdown that holds the removed tag or attribute, when it is there."""
    match = re.match(r"<([\w:-]+)(?:> attribute\(s\) ([\w:-]+))?", item)
    if not source or not match:
        return ""
    needle = (match.group(2) or f"<{match.group(1)}").lower()
    for number, line in enumerate(source.read_text(encoding="utf-8").split("\n"), start=1):
        if needle in line.lower():
            return f" ({where}:{number})"
    return " (not in the page's Markdown: from a data file, the front matter or an extension)"
