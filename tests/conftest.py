"""Shared fixtures: the real site built once per session, a copy with a missing translation,
a local web server, and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
LANGUAGES = ("en", "cy", "bn", "so")
# The variant build: a copy of the project with one Somali page removed (it falls back to English)
# and one English page edited after its translations were made (they fall behind).
FALLBACK_LANGUAGE, FALLBACK_PAGE = "so", "about/privacy.md"
EDITED_PAGE = "about/printing.md"
REPORT_EMAIL = "reports@example.org"  # example.org is reserved for examples: no real address is invented
PROJECT_PARTS = ("docs", "content_sources", "overrides", "scripts", "mkdocs.yml")


def build(project: Path, site: Path, *, strict: bool = True) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of a project folder, as `make test` and CI run it.

    The project's own scripts/ build it (PYTHONPATH is the project, as the Makefile's is $PWD): a copied project
    with edited interface strings or code is built with those, never with this checkout's."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(project)}
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml"), "-d", str(site)]
    return subprocess.run(command + (["--strict"] if strict else []), cwd=project, env=env, capture_output=True, text=True)


def copy_project(target: Path) -> Path:
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / part)
    return target


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The real site, built once into a temporary folder (never the repository's own site/)."""
    out = tmp_path_factory.mktemp("site")
    result = build(ROOT, out)
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}"
    return out


@pytest.fixture(scope="session")
def variant_site(tmp_path_factory) -> Path:
    """The real site with one Somali page missing and one English page changed since translation.

    Not strict: the missing translation is itself a content error, which a strict build refuses.
    """
    project = copy_project(tmp_path_factory.mktemp("project"))
    (project / "docs" / FALLBACK_LANGUAGE / FALLBACK_PAGE).unlink()
    edited = project / "docs" / "en" / EDITED_PAGE
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThis sentence was added after the page was translated.\n", encoding="utf-8")
    config = project / "mkdocs.yml"  # and the owners have set an address for reports by email
    config.write_text(config.read_text(encoding="utf-8").replace('report_email: ""', f'report_email: "{REPORT_EMAIL}"'), encoding="utf-8")
    out = tmp_path_factory.mktemp("variant-site")
    result = build(project, out, strict=False)
    assert result.returncode == 0, f"build failed:\n{result.stdout}\n{result.stderr}"
    return out


def html_pages(site_dir: Path) -> list[Path]:
    """Every page of the site (search bundle and theme assets aside)."""
    return sorted(
        path for path in site_dir.rglob("*.html")
        if not {"pagefind", "assets"} & set(path.relative_to(site_dir).parts)
    )


def page_language(site_dir: Path, page: Path) -> str:
    first = page.relative_to(site_dir).parts[0]
    return first if first in LANGUAGES else "en"


def site_path() -> str:
    """The path the site is published under (from site_url), e.g. '/carers-guides/'."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    url = re.search(r"^site_url:\s*(\S+)", config, re.M).group(1)
    return urlsplit(url).path.rstrip("/") + "/"


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the built site under its published path, answering unknown paths with the 404 page, as GitHub Pages does."""

    base = "/"

    def translate_path(self, path):
        if not path.startswith(self.base):
            return str(Path(self.directory) / "missing")
        return super().translate_path("/" + path[len(self.base):])

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # keep test output readable
        pass


def serve(directory: Path):
    """A loopback HTTP server for a built site; returns (server, base URL)."""
    handler = functools.partial(type("Handler", (SiteHandler,), {"base": site_path()}), directory=str(directory))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}{site_path()}"


@pytest.fixture(scope="session")
def server(site):
    """The built site over HTTP on loopback, under its published path, as a reader's browser gets it."""
    httpd, base = serve(site)
    yield base
    httpd.shutdown()


@pytest.fixture(scope="session")
def variant_server(variant_site):
    httpd, base = serve(variant_site)
    yield base
    httpd.shutdown()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium through Playwright. No skip: without Chromium, `make test` installs it or stops."""
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), f"Chromium not found at {CHROMIUM}: run `make browser`"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 412, "height": 900})
    tab = context.new_page()
    yield tab
    context.close()
