"""The stylesheet pruner keeps what pages can use and drops the rest (scripts/css_prune.py)."""

from __future__ import annotations

from scripts.css_prune import page_tokens, parse, prune, selector_used

PAGE = """<html class="no-js"><body dir="ltr"><nav class="md-nav md-nav--primary" data-md-level="0">
<a class="md-nav__link" href="#x">x</a><input type="checkbox" id="__drawer"></nav>
<div class="md-typeset"><table><tr><td>1</td></tr></table></div></body></html>"""


def test_a_selector_is_used_only_if_everything_it_names_is_in_a_page():
    tokens = page_tokens([PAGE])
    assert selector_used(".md-nav--primary .md-nav__link", tokens)
    assert selector_used("[data-md-level='0']", tokens) and selector_used("[dir=ltr] .md-typeset td", tokens)
    assert selector_used("#__drawer:checked~.md-nav", tokens)  # what the reader does is never a reason to drop
    assert selector_used(".md-typeset table:not([class]) td:hover::after", tokens)
    assert selector_used("[dir=ltr] .md-typeset td:before", tokens)  # an attribute, then a pseudo-element
    assert not selector_used("[dir=rtl] .md-nav", tokens)
    assert not selector_used(".md-search__input", tokens)
    assert not selector_used(".md-typeset kbd", tokens)
    assert not selector_used("#__search:checked", tokens)
    assert not selector_used(".js .md-nav", tokens)


def test_what_site_js_adds_keeps_its_styles():
    tokens = page_tokens([PAGE])
    assert selector_used(".md-typeset mark", tokens) and selector_used("iframe", tokens)


def test_unused_rules_selectors_and_empty_blocks_go():
    css = (".md-nav,.md-search{color:red}.md-search{color:blue}"
           "@media screen and (min-width:10em){.md-search{x:1}.md-nav__link{x:2}}@media print{.md-tabs{x:3}}")
    assert prune(css, [PAGE]) == ".md-nav{color:red}@media screen and (min-width:10em){.md-nav__link{x:2}}"


def test_custom_properties_nothing_refers_to_are_dropped_with_chains_kept():
    css = (":root{--a:1;--b:var(--c);--c:2;--unused:url(\"data:image/svg+xml;charset=utf-8,<svg/>\");--mine:3}"
           ".md-nav{width:var(--a);height:var(--b)}.md-search{--only-search:4;color:var(--only-search)}")
    pruned = prune(css, [PAGE], other_css=".x{margin:var(--mine)}")
    assert pruned == ":root{--a:1;--b:var(--c);--c:2;--mine:3}.md-nav{width:var(--a);height:var(--b)}"


def test_keyframes_are_kept_only_when_an_animation_uses_them():
    css = "@keyframes spin{0%{x:0}to{x:1}}@keyframes fade{0%{x:0}}.md-nav{animation:spin 1s}"
    assert prune(css, [PAGE]) == "@keyframes spin{0%{x:0}to{x:1}}.md-nav{animation:spin 1s}"


def test_reading_and_writing_back_changes_nothing():
    css = ('@charset "UTF-8";a{b:c}@media (min-width:1px){@supports (x:y){a[x="}{"]{b:url(d;e)}}}'
           "@page{margin:1cm}@font-face{font-family:x}")
    assert "".join(rule.css() for rule in parse(css)) == css
