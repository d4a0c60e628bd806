"""The build's last safety checks read a page as a browser does (lexbor), so disguised scripts are still found.

scripts/hooks/security_policy.py and scripts/hooks/sanitise.py moved from Python's html.parser to selectolax's
lexbor parser for speed (issue 11). These pin down that the faster parser misses nothing the slower one found.
"""

import pytest

from scripts.hooks.generated_sections import PLACEHOLDER, on_page_content as swap_generated
from scripts.hooks.sanitise import differences
from scripts.hooks.security_policy import active_parts


@pytest.mark.parametrize("html, found", [
    ('<a href=" java&#x09;script:alert(1)">x</a>', "javascript: address in <a href=>"),
    ('<a href="JAVASCRIPT:x">x</a>', "javascript: address in <a href=>"),
    ('<svg><a xlink:href="javascript:1">x</a></svg>', "javascript: address in <a xlink:href=>"),
    ("<svg><script>alert(1)</script></svg>", "an inline <script>"),
    ("<p>x<script>alert(1)</script></p>", "an inline <script>"),
    ("<img src=x onerror=alert(1)>", "the event-handler attribute onerror="),
    ("<a/onclick=alert(1)>x</a>", "the event-handler attribute onclick="),
    ("<P ONMOUSEOVER=alert(1)>x</P>", "the event-handler attribute onmouseover="),
    ('<meta http-equiv=" Refresh" content="0;url=https://example.org">', 'meta http-equiv="refresh"'),
    ('<base href="https://example.org/">', "a <base> element"),
    ("<template><script>alert(1)</script></template>", "a <template> element"),
    ('<iframe src="data:text/html,<script>alert(1)</script>"></iframe>', "data: address in <iframe src=>"),
    ('<form action="javascript:alert(1)"><button>x</button></form>', "javascript: address in <form action=>"),
])
def test_every_active_part_is_found(html, found):
    _, problems = active_parts(f"<!doctype html><html><head></head><body>{html}</body></html>")
    assert any(found in what for what, _ in problems), problems


@pytest.mark.parametrize("html", [
    '<script src="../assets/javascripts/site.js" defer></script>',
    '<script type="application/ld+json">{"a": 1}</script>',
    '<img src="data:image/png;base64,iVBORw0KGgo=" alt="">',
    '<a href="tel:08088087777">0808 808 7777</a> <a href="mailto:a@example.org">a</a>',
    "<!-- a comment with <script>alert(1)</script> in it is not a script -->",
])
def test_what_the_site_ships_passes(html):
    assert active_parts(f"<!doctype html><html><head></head><body>{html}</body></html>") == ([], [])


@pytest.mark.parametrize("html, removed", [
    ('<p onclick="x()">a</p>', "onclick"),
    ('<a href="javascript:x">a</a>', "javascript:x"),
    ('<img src="https://example.org/x.png" alt="">', "https://example.org/x.png"),
    ("<p>a<style>p{}</style></p>", "<style>"),
    ("<p><!-- hidden --></p>", "<!"),
    # an escaped apostrophe passes only where it is one: not in a single-quoted attribute around a handler
    ("<p title='it&#39;s' onclick='x()'>a</p>", "onclick"),
    ("<p>King&#39;s Fund</p><script>x()</script>", "<script"),
])
def test_the_sanitiser_still_names_what_it_would_remove(html, removed):
    assert any(removed in item for item in differences(html))


def test_the_sanitiser_passes_safe_html_however_it_is_written():
    assert differences('<p class="a">x &amp; y<br>z</p>') == []
    assert differences("<ul><li>one<li>two</ul>") == []  # end tags left out: the same tree a browser builds
    # what Jinja writes for an apostrophe in the generated sections: the same character to a browser
    assert differences('<li><cite lang="en">Carers&#39; charter</cite> <a href="a/" title="King&#39;s">x</a></li>') == []
    assert differences("<p title='it&#39;s'>a</p>") == []  # single-quoted: past the fast path, still the same tree


class _File:
    src_uri = "support/example.md"


class _Page:
    file = _File()


def test_a_generated_section_that_went_missing_stops_the_build():
    from mkdocs.exceptions import PluginError

    from scripts.hooks import generated_sections

    generated_sections._generated[_File.src_uri] = ["<ol><li>a source</li></ol>"]
    assert swap_generated(f"<p>{PLACEHOLDER}-0</p>", _Page(), None, None) == "<ol><li>a source</li></ol>"
    generated_sections._generated[_File.src_uri] = ["<ol><li>a source</li></ol>"]
    with pytest.raises(PluginError, match="docs/support/example.md: the part the site adds"):
        swap_generated("<ul><li>the placeholder was eaten</li></ul>", _Page(), None, None)


def test_text_an_editor_writes_never_stands_for_generated_html():
    from scripts.hooks import generated_sections

    generated_sections._generated[_File.src_uri] = []
    assert swap_generated("<p>generated-section-0000000000000000-0</p>", _Page(), None, None) \
        == "<p>generated-section-0000000000000000-0</p>"
