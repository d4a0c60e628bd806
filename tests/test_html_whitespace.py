"""Pages lose the templates' indentation, nothing else (scripts/hooks/html_whitespace.py)."""

from __future__ import annotations

from scripts.hooks.html_whitespace import without_indentation


def test_pages_lose_their_indentation_but_not_their_line_breaks_or_preformatted_text():
    html = "<ul>\n    <li>\n      <a>x</a>\n\n    </li>\n</ul>\n<pre>  keep\n    this</pre>\n  <p>a\n   b</p>"
    assert without_indentation(html) == "<ul>\n<li>\n<a>x</a>\n</li>\n</ul>\n<pre>  keep\n    this</pre>\n<p>a\nb</p>"
