"""The urgent help box (content_sources/snippets/<language>/urgent-help.md): on every page that includes it, with tel: links, and at
full body size on screen and in print (Material's admonitions are smaller than body text)."""

from __future__ import annotations

import re

import pytest

from tests.conftest import ROOT

PAGES_WITH_THE_BOX = ["", "transitions/leaving-hospital/", "transitions/planning-for-an-emergency/", "support/",
                      "support/looking-after-yourself/", "about/"]

SIZES = """() => {
    const box = document.querySelector('.admonition.urgent-help');
    const para = document.querySelector('[data-pagefind-body] > p, .md-content__inner > p');
    const size = el => parseFloat(getComputedStyle(el).fontSize);
    return {box: size(box.querySelector('p:not(.admonition-title)')), title: size(box.querySelector('.admonition-title')),
            body: size(para)}; }"""


def test_the_box_is_built_into_each_page_that_includes_it(site):
    for path in PAGES_WITH_THE_BOX:
        html = (site / path / "index.html").read_text(encoding="utf-8")
        box = re.search(r'<div class="admonition warning urgent-help">(.*?)</div>', html, re.S)
        assert box, path
        assert re.findall(r'href="(tel:[^"]+)"', box.group(1)) == ["tel:999", "tel:111", "tel:111", "tel:111", "tel:116123"], path


@pytest.mark.parametrize("media", ["screen", "print"])
def test_the_box_text_is_as_big_as_the_body_text(page, server, media):
    page.goto(server + "support/looking-after-yourself/")
    page.emulate_media(media=media)
    sizes = page.evaluate(SIZES)
    assert sizes["box"] == pytest.approx(sizes["body"], abs=0.5), sizes
    assert sizes["title"] >= sizes["body"] - 0.5, sizes


def test_each_language_that_has_the_box_keeps_it_in_one_file():
    english = (ROOT / "content_sources/snippets/en/urgent-help.md").read_text(encoding="utf-8")
    for snippet in sorted((ROOT / "content_sources" / "snippets").glob("*/urgent-help.md")):
        text = snippet.read_text(encoding="utf-8")
        assert text.startswith("!!! warning urgent-help "), snippet
        assert re.findall(r"\(tel:[^)]+\)", text) == re.findall(r"\(tel:[^)]+\)", english), snippet
