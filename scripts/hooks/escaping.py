"""Everything from content and data reaches the HTML as text: Jinja autoescaping for every template.

MkDocs' Jinja environment does not autoescape, and Material prints page meta raw (`<title>`, the header,
the menu, `<meta name="description">`), as did our own templates (Open Graph tags, source and example
lists, interface strings). A title, description, source title or interface string holding `<script>`
or a `"` then became live markup. Rather than add `| e` to every print in Material's templates and ours
(and miss the next one), autoescaping is switched on, and the few values that are HTML on purpose are
marked so: the page's rendered content (already sanitised, scripts/hooks/sanitise.py) and our QR code.
"""

from __future__ import annotations

from markupsafe import Markup
from mkdocs.plugins import event_priority

# Values our hooks put in the template context that are HTML made by our own code, not text.
HTML_CONTEXT_KEYS = ("print_qr",)


def on_env(env, config, files):
    env.autoescape = True
    return env


@event_priority(-50)  # after scripts/hooks/page_context.py has filled the context
def on_page_context(context, page, config, nav):
    if page.content is not None:
        page.content = Markup(page.content)
    _unescape_toc(page.toc)
    for key in HTML_CONTEXT_KEYS:
        if isinstance(context.get(key), str):
            context[key] = Markup(context[key])
    return context


def _unescape_toc(items) -> None:
    """Python-Markdown gives table-of-contents titles already HTML-escaped; turned back into text here,
    autoescaping prints them once, so a heading with `&` or `<` shows as written, not as `&amp;`."""
    import html

    for item in items:
        item.title = html.unescape(item.title)
        _unescape_toc(item.children)


MARKDOWN_SPECIALS_RE = __import__("re").compile(r"([\\`*_{}\[\]()#+\-.!])")  # Python-Markdown's escapable characters


def markdown_text(value) -> str:
    """Data as Markdown that shows exactly its words: one line, no HTML, no Markdown syntax.

    For termbase entries pasted into a page's Markdown (the glossary). html.escape stops tags;
    the backslashes stop links, emphasis and attribute lists; one line stops new blocks.
    """
    import html

    text = " ".join(str(value).split())
    return MARKDOWN_SPECIALS_RE.sub(r"\\\1", html.escape(text, quote=False))
