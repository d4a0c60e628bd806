"""Works out, for each page, what the templates show around its content.

Language links to the same page in every language, notices about the translation, the
review dates, the address and QR code for print, the links to report a problem or edit
the page, and the tags that make a shared link show a proper preview.

The words site.js shows itself (the "may be out of date" notice, decided in the browser) are
written once per language to assets/i18n/<lang>.json, fetched only when needed,
rather than carried in every page.
"""

from __future__ import annotations

import json
import unicodedata
from datetime import date, datetime
from pathlib import Path
from urllib.parse import quote

from mkdocs.plugins import event_priority

from scripts import qr
from scripts.content import Page, directory_url, file_language, path_in_language
from scripts.languages import DEFAULT_LANGUAGE, LANGUAGES, build_language, language_prefix, strings, whole_build
from scripts.qr import qr_svg

REPORT_LABELS = "page feedback"
SCRIPT_STRINGS = "assets/i18n/{language}.json"
SCRIPT_STRING_KEYS = ("review_overdue",)  # scripts/i18n keys that site.js puts on a page
# ASCII a query value keeps as it is: letters, digits and marks that are safe in a query and in an HTML
# attribute alike. Space, &, #, %, +, =, quotes, <, > and line breaks are encoded.
QUERY_SAFE_ASCII = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$()*,;:@/?")
JOINERS = "\u200c\u200d"  # zero-width non-joiner and joiner: part of how Bengali is spelt


def on_pre_build(config):
    if whole_build(config):
        qr.start_build()


@event_priority(-200)  # after mkdocs-static-i18n (-100) has built the other languages
def on_post_build(config):
    if whole_build(config):
        write_script_strings(Path(config.site_dir))
        qr.save_cache()


def on_page_context(context, page, config, nav):
    language = build_language(config)
    content_language = file_language(page.file)
    path = path_in_language(page.file)
    words = strings(language)
    address = page.canonical_url or (config.site_url or "") + page.url

    context["language_links"] = language_links(page.url, language)
    context["content_language"] = content_language
    context["page_address"] = address
    context["print_qr"] = qr_svg(address, label=words["qr_label"])
    context["review"] = review_dates(page.meta)
    context["translation"] = translation_notice(language, content_language, path, Path(config.docs_dir))
    context["report_url"] = report_url(config, address=address, language=language, title=page.title)
    context["report_email_url"] = report_email_url(config, address=address, language=language, title=page.title)
    context["edit_url"] = edit_url(config, content_language, path)
    return context


def write_script_strings(site_dir: Path) -> None:
    """The words site.js may show on a page, one small file per language."""
    for language in LANGUAGES:
        words = strings(language)
        target = site_dir / SCRIPT_STRINGS.format(language=language)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps({key: words[key] for key in SCRIPT_STRING_KEYS}, ensure_ascii=False),
                          encoding="utf-8")


def on_post_page(output, page, config):
    """On a page shown in English because it is not translated yet, mark its table of contents as English too."""
    if file_language(page.file) == build_language(config):
        return output
    toc = output.find('class="md-nav md-nav--secondary"')
    items = output.find('<ul class="md-nav__list"', toc)
    if toc < 0 or items < 0:
        return output
    return output[:items] + f'<ul lang="{page.file.locale}"' + output[items + 3:]


def page_url_in_language(url: str, language: str) -> str:
    """The part of a page's URL that is the same in every language."""
    prefix = language_prefix(language)
    return url[len(prefix):] if prefix and url.startswith(prefix) else url


def language_links(url: str, language: str) -> list[dict]:
    """The same page in each language; every page exists in every language (fallback at worst)."""
    shared = page_url_in_language(url, language)
    return [
        {
            "code": code,
            "name": strings(code)["language_name"],
            "href": language_prefix(code) + shared,
            "current": code == language,
        }
        for code in LANGUAGES
    ]


def review_dates(meta: dict) -> dict | None:
    """Front-matter review dates, as dates (YAML may already have parsed them).

    None when either is missing or not a date (`next month`, 2025-02-30, a list): `make check`, which runs
    at the start of the build, reports those with file and line, so the page must not end in a traceback.
    """
    last, upcoming = _as_date(meta.get("last_reviewed")), _as_date(meta.get("next_review"))
    if not last or not upcoming:
        return None
    return {"last": last, "next": upcoming}


def _as_date(value) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)) if isinstance(value, str) else None
    except ValueError:
        return None


def translation_notice(language: str, content_language: str, path: str, docs_dir: Path) -> dict | None:
    """What to tell the reader about this page's translation, if anything."""
    english_href = directory_url(path)
    if content_language != language:
        return {"kind": "fallback", "english_href": english_href}
    if language == DEFAULT_LANGUAGE:
        return None
    state = Page(language, path, docs_dir).translation_state()
    return {
        "kind": "translation",
        "draft": state["status"] != "reviewed",
        "behind": state["behind"],
        "reviewed_on": state["reviewed_on"] if state["status"] == "reviewed" else None,
        "english_href": english_href,
    }


def edit_url(config, language: str, path: str) -> str | None:
    """The page's own source file, in the language folder it came from, in the hosted repository's editor."""
    repository = config.extra.get("repository")
    if not repository:
        return None
    docs = Path(config.docs_dir).name
    return f"{repository.rstrip('/')}/edit/{config.extra.get('edit_branch', 'main')}/{docs}/{language}/{path}"


def report_url(config, *, address: str, language: str, title: str) -> str | None:
    """A pre-filled new-issue link: no form, no script, no tracking; the reader sees and edits it all."""
    repository = config.extra.get("repository")
    if not repository:
        return None
    words = strings(language)
    # The address says which page and language (the title says it again): every page carries this link.
    body = f"{words['report_body_intro']}\n\n{address}\n\n"
    query = query_string({"title": f"[{language}] {title}", "body": body, "labels": REPORT_LABELS})
    return f"{repository.rstrip('/')}/issues/new?{query}"


def report_email_url(config, *, address: str, language: str, title: str) -> str | None:
    """A mailto: link for readers without a GitHub account, once the site's owners set `extra.report_email`.

    Subject and body are in the reader's language and carry the page's address, so the owners know
    which page; the reader's own mail program shows it all before anything is sent.
    """
    email = (config.extra.get("report_email") or "").strip()
    if not email:
        return None
    words = strings(language)
    body = f"{words['report_body_intro']}\n\n{words['print_address']}: {address}\n\n"
    query = query_string({"subject": words["report_email_subject"].format(title=title), "body": body})
    return f"mailto:{quote(email, safe='@')}?{query}"


def query_string(fields: dict[str, str]) -> str:
    """`name=value&...` with only what must be encoded, encoded.

    urllib's urlencode percent-encodes every non-ASCII letter: a Bengali title and body grew from about 0.3 KB
    to 1.9 KB (three bytes of UTF-8, three characters each). A URL's query may hold such letters as they are
    (the URL Standard's "URL units"); the browser encodes them as UTF-8 when it follows the link. ASCII
    punctuation that ends or changes a value, and control or unassigned characters, are still encoded.
    """
    return "&".join(f"{query_value(name)}={query_value(value)}" for name, value in fields.items())


class _QueryCharacters(dict):
    """Each character as a query value writes it, worked out the first time it is met (issue 11: one
    category lookup per character of every page's report link was a third of a millisecond a page)."""

    def __missing__(self, ch: str) -> str:
        self[ch] = ch if query_keeps(ch) else quote(ch, safe="")
        return self[ch]


_QUERY_CHARACTERS = _QueryCharacters()


def query_value(text: str) -> str:
    return "".join(map(_QUERY_CHARACTERS.__getitem__, text))


def query_keeps(ch: str) -> bool:
    """Safe ASCII, and letters and marks of other scripts; not controls, spaces, format or unassigned characters."""
    if ch < "\x80":
        return ch in QUERY_SAFE_ASCII
    return ch in JOINERS or unicodedata.category(ch)[0] not in "CZ"
