"""`make bench`: build time and page weight, printed as figures (never asserted by a test).

1. Build time of the real site (and from a fresh checkout, and as `make serve` rebuilds after a save),
   and of a synthetic copy with ten times the pages: each the median of three builds, every run printed.
2. For a guide page in each language, in Debian's Chromium at a phone-sized viewport, served
   compressed with GitHub Pages' caching (max-age=600): requests, compressed bytes in all and
   by type, requests to other hosts, and search bytes before and after a query; first view,
   then a repeat view of another page.

Each figure is printed with its ratio to the figures measured when issue 11 was filed (BEFORE),
and with its budget where issue 11 sets one. Nothing here is asserted: speed is read, not tested.
"""

from __future__ import annotations

import gzip
import http.server
import io
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from functools import partial
from pathlib import Path
from urllib.parse import urlsplit

from scripts.languages import LANGUAGES, ROOT, language_prefix
from scripts.reading_grades import grades as reading_grades

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
GUIDE = "transitions/leaving-hospital/"
OTHER_PAGE = "support/carers-assessment/"
SEARCH_WORDS = {"en": "hospital", "cy": "ysbyty", "bn": "হাসপাতাল", "so": "isbitaal"}
OTHER_WORDS = {"en": "break", "cy": "seibiant", "bn": "বিরতি", "so": "nasasho"}  # a word that starts with another letter
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")
SYNTHETIC_COPIES = 9  # nine copies beside the originals: ten times the pages
PHONE = {"width": 412, "height": 915}

# `make bench` on this machine class before issue 11 (/work/coord/bench-before.txt), and issue 11's budgets.
BEFORE = {
    "build": 7.1, "extra_page_ms": 24.3,
    "first_view": {"en": 72.0, "cy": 72.7, "bn": 73.6, "so": 72.9},
    "repeat_view": {"en": 8.4, "cy": 9.1, "bn": 10.2, "so": 9.2},
    "search_first": {"en": 129.9, "cy": 118.3, "bn": 198.4, "so": 132.5},
    "search_again": {"en": 0.4, "cy": 1.7, "bn": 2.0, "so": 4.1},
}
BUDGETS = {"build": 3.0, "extra_page_ms": 8.0, "first_view": 40.0, "repeat_view": 10.0,
           "search_first": 100.0, "search_again": 10.0}


def against(value: float, key: str, language: str | None = None) -> str:
    """`value` with its ratio to the figure before issue 11 and whether it meets its budget."""
    before = BEFORE[key][language] if language else BEFORE[key]
    text = f" ({value / before:.2f} x before: {before:g})" if before else ""
    budget = BUDGETS.get(key)
    if budget is not None:
        text += f" [budget {budget:g}: {'met' if value <= budget else 'NOT MET'}]"
    return text


RUNS = 3  # each build figure is the median of this many builds: one build on this machine class varies by 20%


def build_seconds(project: Path, site: Path) -> tuple[float, float]:
    """Seconds of CPU for one `mkdocs build` of `project`, with its own scripts (and so its own .cache/),
    and how many of them the kernel spent (mostly creating the site's files and folders).

    CPU time, not the clock: the build is one process on one core, so on an idle machine the two
    agree, and on a busy one (helpers, CI neighbours) only CPU time still measures the build.
    """
    before, started = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml"), "-d", str(site)],
        cwd=project, check=True, env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(project)},
    )
    after, wall = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter() - started
    system = after.ru_stime - before.ru_stime
    return (after.ru_utime - before.ru_utime) + system, system


def median_build_seconds(project: Path, site: Path, *, fresh: bool = False, runs: int = RUNS) -> float:
    """The median of `runs` builds, each into a new folder; `fresh`: each without .cache/, as a new checkout.

    One build is one sample of a noisy machine: the same code took 2.4 to 3.1 s in seven single runs. The
    median of three is what the budgets are read against; every run is printed beside it.
    """
    figures = []
    for run in range(runs):
        if fresh:
            shutil.rmtree(project / ".cache", ignore_errors=True)
        # Each run into a folder of its own, and none deleted until the bench ends: deleting a site's thousands
        # of files leaves the file system busy, and that landed in the next build's kernel time (0.2 s became 0.8).
        figures.append(build_seconds(project, site.with_name(f"{site.name}-{run}")))
    median = statistics.median(total for total, _ in figures)
    print(f"    ({project.name}{', fresh' if fresh else ''}: " + ", ".join(
        f"{total:.1f} s ({system:.1f} s in the kernel)" for total, system in figures) + f"; median {median:.1f} s)")
    return median


def serve_rebuild_seconds(project: Path, timeout: float = 120.0) -> float | None:
    """What `make serve` takes to rebuild after an editor saves a page: MkDocs' own "Documentation built in"
    figure (clock time) for the rebuild that follows a change to one page of `project`."""
    import re
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--livereload", "--dev-addr", f"127.0.0.1:{port}",
         "-f", str(project / "mkdocs.yml")],
        cwd=project, env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(project)},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    built = re.compile(r"Documentation built in ([\d.]+) seconds")
    page = project / "docs" / "en" / "about" / "index.md"
    figures: list[float] = []
    started = time.monotonic()
    try:
        for line in server.stdout:
            if time.monotonic() - started > timeout:
                break
            if "Serving on" in line:
                time.sleep(1)  # let the watcher settle, as an editor's first save comes a while after
                page.write_text(page.read_text(encoding="utf-8") + "\n", encoding="utf-8")
            found = built.search(line)
            if found:
                figures.append(float(found.group(1)))
                if len(figures) == 2:
                    return figures[1]
    finally:
        server.terminate()
        server.wait(timeout=30)
    return None


def synthetic_project(target: Path, copies: int = SYNTHETIC_COPIES) -> int:
    """A copy of the project (with no .cache/) with every page copied `copies` more times into bench-N/ folders."""
    for part in ("docs", "content_sources", "overrides", "scripts"):
        shutil.copytree(ROOT / part, target / part, ignore=shutil.ignore_patterns("__pycache__"))
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("strict: true", "strict: false")
    (target / "mkdocs.yml").write_text(config, encoding="utf-8")
    for language in LANGUAGES:
        originals = [p for p in (target / "docs" / language).rglob("*.md")]
        for copy in range(1, copies + 1):
            for page in originals:
                destination = target / "docs" / language / f"bench-{copy}" / page.relative_to(target / "docs" / language)
                destination.parent.mkdir(parents=True, exist_ok=True)
                destination.write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    return sum(1 for _ in (target / "docs").rglob("*.md"))


class CompressingHandler(http.server.SimpleHTTPRequestHandler):
    """Serves like GitHub Pages: gzip for text, Cache-Control max-age=600, under the site's path."""

    base = "/"

    def translate_path(self, path):
        return super().translate_path("/" + path[len(self.base):] if path.startswith(self.base) else "/missing")

    def end_headers(self):
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()

    def send_head(self):
        path = Path(self.translate_path(self.path.split("?")[0]))
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file() or path.suffix not in COMPRESSIBLE or "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 9)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, *args):
        pass


def measure(page, url: str) -> dict:
    """Load `url` and add up what crossed the network, as Chromium reports it (workers included).

    A response from the browser's cache reports a body size of minus its header size: nothing crossed.
    """
    finished = []

    def listener(request):  # Playwright needs a function it can tag, not a bound built-in
        finished.append(request)

    page.on("requestfinished", listener)
    page.goto(url)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)  # a search keeps fetching index fragments after the load
    page.remove_listener("requestfinished", listener)
    host = urlsplit(url).hostname
    by_type, total, network, search, third_party = defaultdict(int), 0, 0, 0, set()
    not_found = sum(1 for request in finished if request.response() and request.response().status == 404)
    for request in finished:
        sizes = request.sizes()
        transferred = max(sizes["responseBodySize"] + sizes["responseHeadersSize"], 0)
        total += transferred
        by_type[request.resource_type] += transferred
        network += transferred > 0
        search += transferred if "/assets/search/" in request.url else 0
        if urlsplit(request.url).hostname not in (host, None):
            third_party.add(request.url)
    return {"requests": len(finished), "network_requests": network, "bytes": total,
            "by_type": dict(by_type), "third_party": sorted(third_party), "search_bytes": search,
            "not_found": not_found}


def browser_figures(site: Path) -> None:
    from playwright.sync_api import sync_playwright

    site_path = "/carers-guides/"
    handler = partial(type("H", (CompressingHandler,), {"base": site_path}), directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}{site_path}"
    kb = lambda n: f"{n / 1024:.1f} KB"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"])
        print("\nPage weight in Chromium, phone viewport 412x915, gzip, Cache-Control max-age=600")
        for language in LANGUAGES:
            context = browser.new_context(viewport=PHONE, is_mobile=True)
            page = context.new_page()
            prefix = base + language_prefix(language)
            first = measure(page, prefix + GUIDE)
            repeat = measure(page, prefix + OTHER_PAGE)
            search_first = measure(page, f"{prefix}search/?q={SEARCH_WORDS[language]}")
            search_again = measure(page, f"{prefix}search/?q={SEARCH_WORDS[language][:3]}")
            search_other = measure(page, f"{prefix}search/?q={OTHER_WORDS[language]}")
            print(f"\n[{language}] first view of /{language_prefix(language)}{GUIDE}")
            print(f"  requests {first['requests']}, compressed {kb(first['bytes'])}{against(first['bytes'] / 1024, 'first_view', language)}, "
                  f"to other hosts {len(first['third_party'])}")
            print("  by type: " + ", ".join(f"{t} {kb(n)}" for t, n in sorted(first["by_type"].items())))
            print(f"  search bytes before any query: {kb(first['search_bytes'])}; 404 responses: {first['not_found']}")
            print(f"[{language}] repeat view of another page /{language_prefix(language)}{OTHER_PAGE}")
            print(f"  requests {repeat['requests']} ({repeat['network_requests']} over the network, the rest from the cache), "
                  f"compressed {kb(repeat['bytes'])}{against(repeat['bytes'] / 1024, 'repeat_view', language)}, "
                  f"to other hosts {len(repeat['third_party'])}")
            print(f"[{language}] search: first query {kb(search_first['search_bytes'])} of search data"
                  f"{against(search_first['search_bytes'] / 1024, 'search_first', language)} (page in all {kb(search_first['bytes'])}); "
                  f"a second query {kb(search_again['search_bytes'])}{against(search_again['search_bytes'] / 1024, 'search_again', language)}")
            print(f"[{language}] search: then another word ({OTHER_WORDS[language]}) {kb(search_other['search_bytes'])}"
                  f"{against(search_other['search_bytes'] / 1024, 'search_again', language)}")
            context.close()
        browser.close()
    httpd.shutdown()


def main() -> int:
    with tempfile.TemporaryDirectory() as temp:
        temp = Path(temp)
        site = temp / "site"
        pages = sum(1 for _ in (ROOT / "docs").rglob("*.md"))
        seconds = median_build_seconds(ROOT, temp / "main")  # as before issue 11: the project, its .cache/ as it is
        build_seconds(ROOT, site)  # the site the browser figures below are read from
        print(f"Build of the site: {pages} pages (all languages) in {seconds:.1f} s{against(seconds, 'build')}, "
              f"{seconds / pages * 1000:.0f} ms per page")
        fresh = temp / "fresh"
        fresh.mkdir()
        synthetic_project(fresh, copies=0)
        cold = median_build_seconds(fresh, temp / "fresh-site", fresh=True)
        warm = median_build_seconds(fresh, temp / "fresh-site")
        print(f"  the same from a fresh checkout (no .cache/): first build {cold:.1f} s{against(cold, 'build')}; "
              f"a second build {warm:.1f} s{against(warm, 'build')}")
        rebuild = serve_rebuild_seconds(fresh)
        print("  `make serve` after an editor saves a page: "
              + (f"rebuilt in {rebuild:.1f} s by the clock (MkDocs' own figure)"
                 if rebuild is not None else "no rebuild seen within two minutes"))
        synthetic = temp / "synthetic"
        synthetic.mkdir()
        many = synthetic_project(synthetic)
        big_cold = median_build_seconds(synthetic, temp / "synthetic-site", fresh=True)
        big_warm = median_build_seconds(synthetic, temp / "synthetic-site")
        per_extra = lambda big, small: (big - small) / (many - pages) * 1000
        print(f"Build of a synthetic copy with ten times the pages: {many} pages in {big_cold:.1f} s, "
              f"{big_cold / many * 1000:.0f} ms per page; per extra page-language "
              f"{per_extra(big_cold, cold):.1f} ms{against(per_extra(big_cold, cold), 'extra_page_ms')}")
        print(f"  built again (QR codes and templates cached): {big_warm:.1f} s; per extra page-language "
              f"{per_extra(big_warm, warm):.1f} ms{against(per_extra(big_warm, warm), 'extra_page_ms')}")
        found = reading_grades(site)
        print(f"Reading grade (Flesch-Kincaid) of {len(found)} English pages: median {statistics.median(found.values()):.1f}, "
              f"highest {max(found.values()):.1f} ({max(found, key=found.get)}); per page: python -m scripts.reading_grades SITE")
        browser_figures(site)
    return 0


if __name__ == "__main__":
    sys.exit(main())
