"""Property tests (Hypothesis): whatever an editor writes, `make check` answers with messages, never a crash,
and a page that `make check` passes is one the strict build publishes.

The pages are generated from pieces editors really write (front matter fields of every kind and wrong
type, headings, links, attribute lists, video blocks, HTML, odd Unicode) so that the search stays near
the places where the check and the build could disagree.
"""

from __future__ import annotations

import os
import shutil
import string
from datetime import date
from pathlib import Path

import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from scripts.checks import Project
from scripts.checks.run import run_all
from scripts.content import Page
from tests.conftest import ROOT, build

LANGUAGES = ("en", "cy", "bn", "so")
PAGE = "support/example.md"
CRASH = "check could not read this file"

words = st.text(alphabet=string.ascii_letters + " àŵ" + "কেয়ারার" + "'-.,:;!?()", min_size=1, max_size=30)
wild = st.text(max_size=40)  # anything at all, control and bidi characters included
scalar = st.one_of(words, wild, st.integers(), st.booleans(), st.none(), st.dates(),
                   st.lists(words, max_size=3), st.dictionaries(words, words, max_size=2))
kinds = st.sampled_from(["guide", "landing", "about", "example", "home", "videos", "search", "nonsense"])
topic = st.sampled_from(["breaks", "advocacy", "money", "legal-aid", ""])
nation = st.sampled_from(["england", "wales", "scotland", "northern-ireland", "france"])
source = st.sampled_from(["impact-carers-transitions-network", "kings-fund-caring-complex-world-2023", "no-such-source"])
review_date = st.one_of(st.dates(), st.sampled_from(["2025-02-30", "2027-13-01", "2026-11-22 10:00:00", "soon"]))

front_matter = st.fixed_dictionaries(
    {"title": st.one_of(words, scalar), "description": st.one_of(words, scalar), "type": st.one_of(kinds, scalar)},
    optional={
        "topics": st.one_of(st.lists(topic, max_size=3), scalar),
        "audience": st.one_of(st.just(["carers"]), scalar),
        "nations": st.one_of(st.lists(nation, max_size=3), scalar),
        "last_reviewed": review_date,
        "next_review": review_date,
        "sources": st.one_of(st.lists(source, max_size=2), scalar),
        "template": st.sampled_from(["search.html", "main.html", "x.html"]),
        "place": st.one_of(words, scalar),
    },
)

# Front matter a careful editor writes: the build test varies the body against it, where check and build
# are most likely to disagree (a fully random front matter is almost always refused, which tests little).
valid_front_matter = st.fixed_dictionaries({
    "title": words.filter(str.strip), "description": words.filter(str.strip), "type": st.just("guide"),
    "topics": st.lists(st.sampled_from(["breaks", "advocacy", "wellbeing"]), min_size=1, max_size=2, unique=True),
    "audience": st.just(["carers"]), "nations": st.lists(nation.filter(lambda n: n != "france"), min_size=1, max_size=2, unique=True),
    "last_reviewed": st.just(date(2026, 11, 22)), "next_review": st.just(date(2027, 5, 22)),
    "sources": st.just(["impact-carers-transitions-network"]),
})

body_line = st.one_of(
    words,
    wild,
    st.builds(lambda level, text, ident: f"{'#' * level} {text} {{#{ident}}}", st.integers(1, 6), words,
              st.from_regex(r"[a-z][a-z0-9-]{0,10}", fullmatch=True)),
    st.builds(lambda text, target: f"[{text}]({target})", words,
              st.sampled_from(["https://www.nhs.uk/", "http://x.org/", "javascript:alert(1)", "../glossary.md",
                               "missing.md", "tel:999", "mailto:a@b.org", "#in-short"])),
    st.builds(lambda text: f"[{text}](https://www.carersuk.org/){{hreflang=en}}", words),
    st.sampled_from([
        "<script>alert(1)</script>", "<b>bold</b>", '<a href="x" onclick="y">z</a>', "```", "~~~", "<!-- hidden -->",
        "/// video | Title\n    id: NPENe0gKEOU\n    duration: 2:48\n\nSummary.\n///", "/// video | Title",
        "!!! warning \"Careful\"\n    Call [999](tel:999).", "{: onclick=x }", "*[HTML]: Hyper Text", "£5 a week",
        "Call 0800 123 4567.", "\u202eevil", "x\u200by", "কেয়ারার", "- a list item", "1. a step", "> a quote",
        "Term: definition\n:   explained",
    ]),
)
body = st.lists(body_line, max_size=12).map(lambda lines: "\n\n".join(lines))
# For the build half: mostly lines an editor writes on purpose, so that most pages pass the check and get built.
plausible_line = st.one_of(words, words, words, body_line)
plausible_body = st.lists(plausible_line, max_size=10).map(lambda lines: "\n\n".join(["# A page", *lines]))


# Every language needs a home page (mkdocs-static-i18n); the same small one in each.
HOME = {"title": "Home", "description": "The home page.", "type": "about", "last_reviewed": date(2026, 11, 22),
        "next_review": date(2027, 5, 22), "sources": ["impact-carers-transitions-network"]}


def page_text(meta: dict, text: str) -> str:
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n" + text + "\n"


def small_project(folder: Path, *, meta: dict, text: str) -> Path:
    """The real site's code, data and configuration, with one generated page (and the glossary it may link to)."""
    for part in ("content_sources", "overrides", "scripts"):
        shutil.copytree(ROOT / part, folder / part, ignore=shutil.ignore_patterns("__pycache__"))
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.split("\nnav:\n")[0] + "\n"  # the real menu names pages this project does not have
    (folder / "mkdocs.yml").write_text(config, encoding="utf-8")
    english = page_text(meta, text)
    (folder / "docs" / "en" / "support").mkdir(parents=True)
    (folder / "docs" / "en" / PAGE).write_text(english, encoding="utf-8")
    for language in LANGUAGES:
        shutil.copy2(ROOT / "docs" / language / "glossary.md", (folder / "docs" / language).mkdir(parents=True, exist_ok=True)
                     or folder / "docs" / language / "glossary.md")
    (folder / "docs" / "en" / "index.md").write_text(page_text(HOME, "# Home"), encoding="utf-8")
    for path in (PAGE, "index.md"):
        source_hash = Page("en", path, folder / "docs").content_hash()
        english_meta, english_text = (meta, text) if path == PAGE else (HOME, "# Home")
        for language in LANGUAGES[1:]:
            translated = dict(english_meta, translation={"status": "draft", "source_hash": source_hash})
            (folder / "docs" / language / path).parent.mkdir(parents=True, exist_ok=True)
            (folder / "docs" / language / path).write_text(page_text(translated, english_text), encoding="utf-8")
    return folder


def errors(folder: Path) -> list[str]:
    return [str(problem) for problem in run_all(Project(folder)) if problem.severity == "error"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(meta=front_matter, text=body)
def test_make_check_never_crashes(tmp_path_factory, meta, text):
    folder = tmp_path_factory.mktemp("check")
    (folder / "docs" / "en").mkdir(parents=True)
    (folder / "docs" / "en" / "page.md").write_text(page_text(meta, text), encoding="utf-8")
    shutil.copytree(ROOT / "content_sources", folder / "content_sources")
    found = [str(problem) for problem in run_all(Project(folder))]
    assert not [message for message in found if CRASH in message], found


@settings(max_examples=int(os.environ.get("PROPERTY_BUILDS", "20")), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(meta=st.one_of(valid_front_matter, valid_front_matter, front_matter), text=plausible_body)
def test_what_make_check_passes_the_strict_build_publishes(tmp_path_factory, meta, text):
    folder = small_project(tmp_path_factory.mktemp("project"), meta=meta, text=text)
    if errors(folder):
        event("refused by make check")
        return  # refused with messages: the editor is told what to fix
    event("passed make check, so built")
    result = build(folder, folder / "site")
    assert result.returncode == 0, f"make check passed but the strict build failed:\n{result.stderr[-3000:]}"


def test_a_good_page_passes_both(tmp_path):
    """The generator's own baseline: a well-formed guide passes the check and builds, so the property is not vacuous."""
    meta = {"title": "Example", "description": "A page for the property test.", "type": "guide",
            "topics": ["breaks"], "audience": ["carers"], "nations": ["england"], "last_reviewed": date(2026, 11, 22),
            "next_review": date(2027, 5, 22), "sources": ["impact-carers-transitions-network"]}
    text = "# Example\n\n## In short {#in-short}\n\nTake a [break](https://www.carersuk.org/){hreflang=en}."
    folder = small_project(tmp_path, meta=meta, text=text)
    assert errors(folder) == []
    result = build(folder, folder / "site")
    assert result.returncode == 0, result.stderr[-3000:]
