"""Gives every template and our Markdown extensions the words of the language being built.

mkdocs-static-i18n builds each language in turn and re-runs on_config for each, after it has
switched `theme.language`; we run after it (priority below its -100) and pass the language on.
"""

from __future__ import annotations

import posixpath

from mkdocs.plugins import event_priority

from scripts.content import file_language, path_in_language

from scripts.languages import (LANGUAGES, build_language, format_date, language_prefix, local_digits, project_root,
                               read_once_per_build, strings)

GLOSSARY_PAGE = "glossary.md"


@event_priority(-110)
def on_config(config):
    language = build_language(config)
    # The video extension renders its labels in this language (see scripts/video.py).
    config.mdx_configs.setdefault("scripts.video", {})["lang"] = language
    return config


@event_priority(100)  # before every other hook reads the words
def on_pre_build(config):
    read_once_per_build()


def on_env(env, config, files):
    language = build_language(config)
    env.globals["ui"] = strings(language)
    env.globals["site_languages"] = [
        {
            "code": code,
            "name": strings(code)["language_name"],
            "og_locale": strings(code)["og_locale"],
            "prefix": language_prefix(code),
        }
        for code in LANGUAGES
    ]
    env.globals["ui_language"] = language
    env.globals["language_prefix"] = language_prefix(language)
    env.filters["local_date"] = lambda value: format_date(value, language)
    env.filters["local_digits"] = lambda value: local_digits(str(value), language)
    return env



def on_page_markdown(markdown, page, config, files):
    """Per page: the term help and link notes follow the language the page's text is in.

    MkDocs makes a new Markdown instance for each page from `mdx_configs`, so setting them here
    reaches this page's render only. The glossary link is relative to the page's source file, so
    MkDocs checks and rewrites it like any link an editor wrote.
    """
    language = file_language(page.file)
    path = path_in_language(page.file)
    config.mdx_configs["scripts.term_help"] = {
        "lang": language,
        "root": str(project_root(config)),
        "glossary_url": posixpath.relpath(GLOSSARY_PAGE, posixpath.dirname(path) or "."),
        "enabled": path != GLOSSARY_PAGE,
    }
    config.mdx_configs["scripts.link_language"] = {"lang": language}
    return markdown
