"""The short cuts that make `make check` fast find exactly what the plain, slow forms find.

Each short cut (a pattern rewritten so re can skip ahead, a search over the whole page before the line-by-line one,
one reading of the pages per run) is compared with the plain form it replaces, on generated text and on the real
pages. No timing here: speed is measured by `make bench` and by hand (see scripts/checks/run.py).
"""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from scripts.checks import Project, lines_starting_with, lines_with
from scripts.checks import characters, evidence, links, terms
from scripts.checks.run import run_all

from tests.test_checks import edit, project  # noqa: F401 - the two-page fixture project

# The evidence patterns as first written, each starting with its look-behind: what the fast forms must match.
NUMBER = r"\d(?:[\d,.]*\d)?"
PLAIN_PHONE_RES = (
    re.compile(r"(?<![\d.,/])(?:\+44\s?(?:\(0\)\s?)?|0)\d(?:[ \-]?\d){8,9}(?![\d])"),
    re.compile(r"(?<![\d.,/])(?:999|111|116\s?\d{3}|18001)(?!\d|[.,]\d)"),
)
PLAIN_MONEY_RES = (
    re.compile(rf"[£₤]\s?{NUMBER}|{NUMBER}\s?[£₤]"),
    re.compile(rf"\bGBP\s?{NUMBER}|{NUMBER}\s?GBP\b"),
    re.compile(rf"(?<![\w]){NUMBER}\s*(?:o\s+)?(?:million\s+|miliwn\s+|milyan\s+|মিলিয়ন\s+)?"
               rf"(?:{evidence.MONEY_WORDS})(?![a-z])", re.I),
    re.compile(rf"(?<![\w])(?:{evidence.MONEY_WORDS})\s*{NUMBER}", re.I),
    re.compile(rf"(?<![\w.]){NUMBER}p(?![\w])"),
)

# Pieces that meet at the edges of the patterns: digits, separators, currency, money words, letters in other cases.
PIECES = ["0", "1", "9", "4", "11", "999", "111", "116", "18001", "0808", "808 7777", "+44", "(0)", " ", "-", ".", ",",
          "/", "£", "₤", "GBP", "p", "P", "a", "_", "pounds", "Pound", "pence", "quid", "PUNT", "bunnoedd", "ceiniog",
          "giniga", "bownd", "পাউন্ড", "পেনি", "million ", "o ", "মিলিয়ন ", "\t", "\n", "ſ", "K", "ı", "২", "²"]
text_of_pieces = st.lists(st.sampled_from(PIECES), max_size=10).map("".join)


def real_texts() -> list[str]:
    return [page.text for page in Project().readable_pages()]


@settings(max_examples=800, deadline=None)
@given(text=text_of_pieces)
def test_the_fast_money_and_phone_patterns_match_the_plain_ones(text):
    for plain, (needs, fast) in zip(PLAIN_MONEY_RES, evidence.MONEY_RES, strict=True):
        expected = plain.search(text)
        assert (expected and expected.span()) == ((found := fast.search(text)) and found.span())
        if expected and needs:
            assert any(piece in text for piece in needs)  # what is checked before the search
    for plain, fast in zip(PLAIN_PHONE_RES, evidence.PHONE_RES, strict=True):
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in fast.finditer(text)]


def test_the_fast_patterns_find_the_same_on_every_real_page():
    for text in real_texts():
        for plain, (_, fast) in zip(PLAIN_MONEY_RES, evidence.MONEY_RES, strict=True):
            assert [m.span() for m in plain.finditer(text)] == [m.span() for m in fast.finditer(text)]
        for plain, fast in zip(PLAIN_PHONE_RES, evidence.PHONE_RES, strict=True):
            assert [m.span() for m in plain.finditer(text)] == [m.span() for m in fast.finditer(text)]


def test_every_character_ascii_digits_changes_is_a_digit_like_character():
    """A line without one is skipped by the money and phone checks, so none may be missing (even in a new Unicode)."""
    for code in range(sys.maxunicode + 1):
        character = chr(code)
        if character.isdigit():
            assert evidence.DIGIT_LIKE_RE.match(character), f"U+{code:04X}"


@settings(max_examples=400, deadline=None)
@given(words=st.lists(st.text(alphabet="aAsSkKſıİiŵŴ -'’é\u212a", max_size=4), min_size=1, max_size=4),
       line=st.text(alphabet="aAsSkKſıİiŵŴ -'’é\u212ax", max_size=14))
def test_one_search_for_all_avoided_terms_finds_a_line_when_one_term_does(words, line):
    one_by_one = any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", line, re.I) for word in words)
    assert bool(terms._any_of(words).search(line)) == one_by_one


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet="ab1\n x", max_size=30), pattern=st.sampled_from([r"\d", "[ab]", "(?<!a)b", "^x", "b$"]))
def test_lines_with_gives_the_lines_a_line_by_line_search_gives(text, pattern):
    compiled = re.compile(pattern, re.M)
    expected = [number for number, line in enumerate(text.split("\n"), start=1) if compiled.search(line)]
    assert lines_with(text, compiled) == expected


def test_a_run_sees_a_heading_changed_since_the_last_run(project):  # noqa: F811 - the fixture
    """Heading ids are remembered for one run only: under make serve, the next build sees the edited page."""
    link = "carers-assessment.md#what-you-can-do"
    assert not [p for p in run_all(project) if link in p.message]
    edit(project, "docs/en/support/carers-assessment.md", "{#what-you-can-do}", "{#what-to-do}")
    assert [p for p in run_all(project) if "has no heading with the id #what-you-can-do" in p.message]



def test_the_script_scheme_short_cut_allows_every_letter_re_i_allows():
    """characters.CRIPT is 'cript' as re.I reads it, without re.I (which stops re skipping ahead)."""
    every_character = "".join(map(chr, range(sys.maxunicode + 1)))
    for letter in "cript":
        for character in re.findall(letter, every_character, re.I):
            assert re.search(characters.CRIPT, "cript".replace(letter, character)), f"{letter}: U+{ord(character):04X}"


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet="#a\n ", max_size=30), prefix=st.sampled_from(["#", "##", "a#"]))
def test_lines_starting_with_gives_the_lines_that_start_so(text, prefix):
    expected = [number for number, line in enumerate(text.split("\n"), start=1) if line.startswith(prefix)]
    assert lines_starting_with(text, prefix) == expected


PLAIN_LINK_RE = re.compile(r"(?<!!)\[(?P<text>[^\]]*)\]\(\s*<?(?P<target>[^)\s>]+)>?(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)")
link_text = st.lists(st.sampled_from(["[", "![", "!", "]", "(", ")", "<", ">", " ", '"', "'", "x", "a.md", "\n", "#"]),
                     max_size=14).map("".join)


@settings(max_examples=800, deadline=None)
@given(text=link_text)
def test_the_fast_link_pattern_matches_the_plain_one(text):
    def spans(pattern):
        return [(m.span(), m.span("target")) for m in pattern.finditer(text)]
    assert spans(links.LINK_RE) == spans(PLAIN_LINK_RE)


def test_the_fast_link_pattern_finds_the_same_links_on_every_real_page():
    for text in real_texts():
        assert [m.span("target") for m in links.LINK_RE.finditer(text)] == \
            [m.span("target") for m in PLAIN_LINK_RE.finditer(text)]
