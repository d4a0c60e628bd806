"""Small post-build fixes so every page is valid HTML (W3C Nu Html Checker: 0 errors, tests/test_html_validity.py).

Material's templates write two kinds of invalid markup that we cannot change without copying its
partials (and falling behind its updates), so each is fixed on the finished page instead:
- `autocomplete="off"` on its checkbox toggles (drawer, search): HTML allows autocomplete only on text-like
  inputs. Material adds it so Firefox does not restore a toggle's state; without Material's JavaScript
  (issue 11) nothing restores them, and dropping it changes nothing a reader sees.
- a `<label for="__toc">` (and the like) whose input is not on the page, e.g. on pages with no table of
  contents: the label points at nothing, so the `for` is removed; the label's text stays.
"""

from __future__ import annotations

import re

CHECKBOX_RE = re.compile(r"<input\b[^>]*\btype=\"checkbox\"[^>]*>")
LABEL_FOR_RE = re.compile(r"(<label\b[^>]*?)\s+for=\"([^\"]*)\"")


def fix(html: str) -> str:
    html = CHECKBOX_RE.sub(lambda match: match.group(0).replace(' autocomplete="off"', ""), html)
    controls = set(re.findall(r"<(?:input|select|textarea|button)\b[^>]*\bid=\"([^\"]*)\"", html))
    return LABEL_FOR_RE.sub(lambda match: match.group(0) if match.group(2) in controls else match.group(1), html)


def on_post_page(output, page, config):
    return fix(output)


def on_post_template(output_content, template_name, config):
    return fix(output_content) if template_name.endswith(".html") else output_content
