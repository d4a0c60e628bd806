"""Shared fixtures: the real site built once per session, a copy with a missing translation,
a local web server, and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
LANGUAGES = ("en", "cy", "bn", "so")
# The page the fallback build leaves untranslated (removed from docs/so in a copy of the project).
FALLBACK_LANGUAGE, FALLBACK_PAGE = "so", "about/privacy.md"
PROJECT_PARTS = ("docs", "content_sources", "overrides", "scripts", "mkdocs.yml")


def build(project: Path, site: Path) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of a project folder, as `make test` and CI run it."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(site)],
        cwd=project, env=env, capture_output=True, text=True,
    )


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
def fallback_site(tmp_path_factory) -> Path:
    """The real site with one Somali page missing, so that it falls back to English."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    (project / "docs" / FALLBACK_LANGUAGE / FALLBACK_PAGE).unlink()
    out = tmp_path_factory.mktemp("fallback-site")
    result = build(project, out)
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


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output readable
        pass


@pytest.fixture(scope="session")
def server(site):
    """The built site over HTTP on loopback, as a reader's browser would get it."""
    handler = functools.partial(QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
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
