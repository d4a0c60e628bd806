"""Puts a Content-Security-Policy on every page, and refuses a page that carries a script it did not ship.

GitHub Pages cannot send headers, so the policy is a <meta> tag, first in <head>.

The policy allows scripts from this site's own files, plus the few inline scripts Material's templates
write, each by its hash. Those are a fixed list, read from Material's own template files before any page
exists (THEME_INLINE_SCRIPTS), so a script that came from content can never be allowed by the policy:
hashing whatever inline scripts the finished page holds (as this hook once did) allows injected ones too.

Any other inline <script>, any event-handler attribute (onclick=...), any javascript: address and any
<meta http-equiv="refresh"> or <base> in a finished page stops the build, naming the page and, where it
came from the page's Markdown, the file and line. `make check` (scripts/checks/raw_html.py) and the
sanitiser (scripts/hooks/sanitise.py) stop these earlier; this is the last line.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from selectolax.lexbor import LexborHTMLParser

MATERIAL_TEMPLATES = Path(__import__("material").__file__).parent / "templates"
# Material's inline scripts that our pages use (partials/javascripts/*.html). None is left: the site loads
# no Material JavaScript, and overrides/partials/javascripts/ empties those partials (issue 11).
THEME_INLINE_SCRIPTS: tuple[str, ...] = ()
# Attributes that hold an address a browser follows or loads.
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href", "data", "poster", "background",
                            "cite", "longdesc", "manifest", "ping", "srcset", "imagesrcset"})
# Schemes that run code or carry a whole document; browsers ignore whitespace and control characters in them.
SCRIPT_SCHEME_RE = re.compile(r"^(?:javascript|vbscript|livescript|data):", re.I)
URL_NOISE_RE = re.compile(r"[\x00-\x20\x7f]+")
HEAD_OPEN_RE = re.compile(r"<head>\s*")
# An address that starts with one of these has no scheme at all (a scheme starts with a letter, after any
# spaces or control characters browsers skip): most of a page's addresses, checked without a regex.
NO_SCHEME_STARTS = frozenset("./#?")

POLICY = (
    "default-src 'self'; "
    "script-src {script_sources}; "
    "style-src 'self'; "
    "img-src 'self' data:; "
    "font-src 'self'; "
    "connect-src 'self'; "
    "frame-src https://www.youtube-nocookie.com; "
    "object-src 'none'; "
    "base-uri 'self'; "
    "form-action 'self'"  # the only form that submits is the search box, to our own search page
)


def _theme_script_patterns() -> list[re.Pattern]:
    """Material's inline scripts as exact patterns; only a Jinja address ({{ base_url }}) may vary, and only as a path."""
    patterns = []
    for name in THEME_INLINE_SCRIPTS:
        template = (MATERIAL_TEMPLATES / "partials" / "javascripts" / name).read_text(encoding="utf-8")
        for body in re.findall(r"<script>(.*?)</script>", template, re.S):
            parts = re.split(r"\{\{.*?\}\}", body)
            patterns.append(re.compile("[A-Za-z0-9./_-]*".join(map(re.escape, parts)), re.S))
    return patterns


THEME_PATTERNS = _theme_script_patterns()


def is_theme_script(body: str) -> bool:
    return any(pattern.fullmatch(body) for pattern in THEME_PATTERNS)


def script_hash(body: str) -> str:
    return f"'sha256-{base64.b64encode(hashlib.sha256(body.encode('utf-8')).digest()).decode()}'"


def active_parts(html: str) -> tuple[list[str], list[tuple[str, str]]]:
    """Inline scripts the theme ships, and everything else that can run a script or send the reader elsewhere.

    The page is parsed as a browser parses it (lexbor, through selectolax), so what is checked is the tree a
    browser builds: entities decoded, attribute names lower-cased, a repeated attribute counted once as browsers
    do, <svg> scripts included. Python's html.parser walked each page in pure Python and cost about 3 ms a page,
    the largest single part of the build (issue 11).
    """
    theme_scripts: list[str] = []
    problems: list[tuple[str, str]] = []  # (what, a snippet to find it by in the source)
    for node in LexborHTMLParser(html).root.traverse(include_text=False):
        tag = node.tag
        if tag.startswith("-"):  # lexbor's own node kinds (comments, the doctype), not elements
            continue
        attributes = node.attributes
        for name, value in attributes.items():
            value = value or ""
            if name.startswith("on"):
                problems.append((f"the event-handler attribute {name}= on <{tag}>", name))
            elif name in URL_ATTRIBUTES and value[:1] not in NO_SCHEME_STARTS \
                    and SCRIPT_SCHEME_RE.match(compact := URL_NOISE_RE.sub("", value)):
                if not (tag == "img" and name == "src" and value.startswith("data:image/")):
                    problems.append((f"a {compact.split(':')[0].lower()}: address in <{tag} {name}=>", name))
        if tag == "meta" and (attributes.get("http-equiv") or "").strip().lower() == "refresh":
            problems.append(('<meta http-equiv="refresh">, which sends the reader to another address', "refresh"))
        elif tag == "base":
            problems.append(("a <base> element, which changes where every link goes", "<base"))
        elif tag == "template":
            # lexbor keeps a template's contents apart from the tree; the site never writes one, so none may appear.
            problems.append(("a <template> element, which the site does not use", "<template"))
        elif tag == "script" and "src" not in attributes:
            if (attributes.get("type") or "").lower() in ("application/json", "application/ld+json"):
                continue  # data, not code; browsers never run it
            body = node.text(deep=True)
            if is_theme_script(body):
                theme_scripts.append(body)
            else:
                problems.append((f"an inline <script> that the site does not ship ({body.strip()[:60]!r})", "<script"))
    return theme_scripts, problems


def on_post_page(output, page, config):
    return add_policy(output, where=_page_name(page), source=_source(page), content=page.content or "")


def on_post_template(output_content, template_name, config):
    """Static templates (the 404 page) are not pages, so they need the policy added here too."""
    if not template_name.endswith(".html"):
        return output_content
    return add_policy(output_content, where=template_name)


def add_policy(html: str, *, where: str, source: Path | None = None, content: str = "") -> str:
    """The page with its policy, or a build error naming everything active that the site did not ship."""
    theme_scripts, problems = active_parts(html)
    if problems:
        raise PluginError(f"{where}: this page would publish {len(problems)} unsafe part(s):\n" + "\n".join(
            f"  - {what}{_origin(snippet, where, source, content)}" for what, snippet in problems))
    # No 'wasm-unsafe-eval' anywhere: our own search index is plain JSON (Pagefind, which compiled WebAssembly
    # on the search page, is gone).
    sources = ["'self'", *dict.fromkeys(map(script_hash, theme_scripts))]
    tag = f'<meta http-equiv="Content-Security-Policy" content="{POLICY.format(script_sources=" ".join(sources))}">'
    return HEAD_OPEN_RE.sub(lambda match: match.group(0) + tag + "\n", html, count=1)


def _page_name(page) -> str:
    return f"docs/{page.file.src_uri}" if page.file.src_uri else page.url


def _source(page) -> Path | None:
    path = getattr(page.file, "abs_src_path", None)
    return Path(path) if path else None


def _origin(snippet: str, where: str, source: Path | None, content: str) -> str:
    """Where an unsafe part came from: a line of the page's Markdown, if it is in the page's own content."""
    if not source or snippet.lower() not in content.lower():
        return " (from a template or a data file: see scripts/i18n/, content_sources/ and the front matter)"
    try:
        lines = source.read_text(encoding="utf-8").split("\n")
    except OSError:
        return ""
    for number, line in enumerate(lines, start=1):
        if snippet.lower() in line.lower():
            return f" (from {where}:{number}: remove it)"
    return f" (from the content of {where})"

