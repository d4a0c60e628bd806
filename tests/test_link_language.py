"""Links marked with the language of the page they lead to: Markdown in, HTML out."""

from __future__ import annotations

import markdown
import pytest


def render(text: str, lang: str) -> str:
    return markdown.markdown(text, extensions=["attr_list", "scripts.link_language"],
                             extension_configs={"scripts.link_language": {"lang": lang}})


@pytest.mark.parametrize("lang, note", [("cy", "(yn Saesneg)"), ("bn", "(ইংরেজিতে)"), ("so", "(af Ingiriisi)")])
def test_a_link_to_an_english_page_says_so_in_the_readers_language(lang, note):
    html = render("Read [Carers UK](https://www.carersuk.org/){hreflang=en} now.", lang)
    assert f'<a href="https://www.carersuk.org/" hreflang="en">Carers UK</a><span class="link-language"> {note}</span> now.' in html


def test_a_link_in_the_pages_own_language_has_no_note():
    html = render("[LLYW.CYMRU](https://www.llyw.cymru/){hreflang=cy}", "cy")
    assert 'hreflang="cy"' in html and "link-language" not in html


def test_an_english_page_linking_to_a_welsh_page_says_it_is_in_welsh():
    assert "(in Welsh)" in render("[LLYW.CYMRU](https://www.llyw.cymru/){hreflang=cy}", "en")
