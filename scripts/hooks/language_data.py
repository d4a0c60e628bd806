"""Gives every template and the video blocks the words of the language being built.

mkdocs-static-i18n builds each language in turn and re-runs on_config for each, after it has
switched `theme.language`; we run after it (priority below its -100) and pass the language on.
"""

from __future__ import annotations

from mkdocs.plugins import event_priority

from scripts.languages import LANGUAGES, build_language, format_date, language_prefix, local_digits, strings


@event_priority(-110)
def on_config(config):
    language = build_language(config)
    # The video extension renders its labels in this language (see scripts/video.py).
    config.mdx_configs.setdefault("scripts.video", {})["lang"] = language
    return config


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

