"""Layout figures of a built site, as a reader meets it on a phone and on paper (issue 12).

    .venv/bin/python -m scripts.layout_figures SITE_DIR

Prints, for each language: where the home page's first task links and a guide's "In short" heading
sit on a 390x844 and a 320x640 screen, how tall the translation notice is, the size of every site
control outside the page text and the gap to its nearest neighbour, and, for the key guides printed
to A4 in Chromium, the number of sheets and how full the last one is. Figures, never assertions:
the browser tests assert the limits.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from scripts.languages import LANGUAGES, language_prefix

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
SCREENS = ({"width": 390, "height": 844}, {"width": 320, "height": 640})
KEY_GUIDES = (
    "am-i-a-carer/",
    "transitions/leaving-hospital/",
    "transitions/childrens-to-adults-services/",
    "transitions/planning-for-an-emergency/",
    "carers-breaks/",
    "support/carers-assessment/",
    "money-and-control/direct-payments/",
)
GUIDE = "transitions/leaving-hospital/"
# Site controls outside the page text: (name, CSS selector). Menu toggles are measured in the open drawer.
CONTROLS = (
    ("language link", ".language-links a"),
    ("menu button", 'label.md-header__button[for="__drawer"]'),
    ("search box", "#site-search-query"),
    ("search button", ".site-search button"),
    ("print button", "button[data-print]"),
    ("report link", ".page-actions__links a"),
    ("footer link", ".md-footer-meta a"),
    ("menu toggle", ".md-nav--primary label.md-nav__link[for]:not([for='__drawer'])"),
)
A4_HEIGHT_PT = 841.89
MARGIN_PT = 18 / 25.4 * 72  # @page margin, top and bottom


def task_link_tops(page) -> list[float]:
    return page.evaluate("""() => {
        const heading = document.getElementById('what-is-happening');
        if (!heading) return [];
        let list = heading.nextElementSibling;
        while (list && list.tagName !== 'UL') list = list.nextElementSibling;
        return list ? [...list.querySelectorAll(':scope > li > a')].slice(0, 2)
          .map(a => Math.round(a.getBoundingClientRect().top + scrollY)) : [];
    }""")


def screen_figures(browser, base: str) -> list[str]:
    lines = []
    for screen in SCREENS:
        context = browser.new_context(viewport=screen)
        page = context.new_page()
        size = f"{screen['width']}x{screen['height']}"
        for language in LANGUAGES:
            page.goto(base + language_prefix(language))
            tops = task_link_tops(page)
            h1 = page.evaluate("Math.round(document.querySelector('h1').getBoundingClientRect().top + scrollY)")
            notice = page.evaluate("""() => { const n = document.querySelector('.page-notice--draft');
                return n ? Math.round(n.getBoundingClientRect().height) : 0; }""")
            page.goto(base + language_prefix(language) + GUIDE)
            in_short = page.evaluate("""() => { const h = document.getElementById('in-short');
                return h ? Math.round(h.getBoundingClientRect().top + scrollY) : null; }""")
            guide_notice = page.evaluate("""() => { const n = document.querySelector('.page-notice--draft');
                return n ? Math.round(n.getBoundingClientRect().height) : 0; }""")
            lines.append(
                f"{size} {language}: home H1 top {h1}, first task links at {tops}, notice {notice}px; "
                f"hospital guide 'In short' at {in_short}, notice {guide_notice}px"
            )
        context.close()
    return lines


def control_figures(browser, base: str) -> list[str]:
    lines = []
    context = browser.new_context(viewport=SCREENS[0])
    page = context.new_page()
    for language in LANGUAGES:
        page.goto(base + language_prefix(language) + GUIDE)
        page.evaluate("() => { const d = document.getElementById('__drawer'); if (d) d.checked = true; }")
        page.wait_for_timeout(300)
        for name, selector in CONTROLS:
            boxes = page.evaluate(
                """sel => [...document.querySelectorAll(sel)].filter(e => e.getClientRects().length && !e.closest('[hidden]'))
                    .map(e => { const r = e.getBoundingClientRect(); return [Math.round(r.width), Math.round(r.height)]; })""",
                selector,
            )
            if boxes:
                smallest = min(boxes, key=lambda b: (min(b), b[1]))
                lines.append(f"390 {language} {name}: {len(boxes)} shown, smallest {smallest[0]}x{smallest[1]}")
            else:
                lines.append(f"390 {language} {name}: none shown")
        gaps = page.evaluate(
            """sels => { const els = sels.flatMap(s => [...document.querySelectorAll(s)])
                   .filter(e => e.getClientRects().length && !e.closest('[hidden]') && !e.closest('.md-sidebar'));
                 const rects = els.map(e => e.getBoundingClientRect());
                 let smallest = Infinity;
                 rects.forEach((a, i) => rects.forEach((b, j) => { if (i >= j) return;
                   const dx = Math.max(0, Math.max(a.left, b.left) - Math.min(a.right, b.right));
                   const dy = Math.max(0, Math.max(a.top, b.top) - Math.min(a.bottom, b.bottom));
                   smallest = Math.min(smallest, Math.max(dx, dy)); }));
                 return Math.round(smallest); }""",
            [selector for _, selector in CONTROLS[:-1]],
        )
        lines.append(f"390 {language} smallest gap between controls outside the menu: {gaps}px")
    context.close()
    return lines


def print_figures(browser, base: str) -> list[str]:
    from pypdf import PdfReader

    lines = []
    poor = 0
    context = browser.new_context()
    page = context.new_page()
    for language in LANGUAGES:
        for guide in KEY_GUIDES:
            page.goto(base + language_prefix(language) + guide)
            reader = PdfReader(io.BytesIO(page.pdf(format="A4", prefer_css_page_size=True)))
            fill = last_sheet_fill(reader.pages[-1])
            poor += fill <= 0.25
            lines.append(f"print {language} {guide}: {len(reader.pages)} sheets, last sheet {fill:.0%} used")
    lines.append(f"print: {poor} of {len(LANGUAGES) * len(KEY_GUIDES)} print-outs end on a sheet 25% used or less")
    context.close()
    return lines


def last_sheet_fill(sheet) -> float:
    """How far down the printable area the lowest line of text reaches (0 to 1), from the PDF's text positions."""
    lowest = [A4_HEIGHT_PT - MARGIN_PT]

    def visit(text, cm, tm, font, size):
        if text.strip():
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]  # baseline, in points from the bottom of the sheet
            if MARGIN_PT - 2 < y < A4_HEIGHT_PT - MARGIN_PT + 2:
                lowest.append(y)

    sheet.extract_text(visitor_text=visit)
    height = A4_HEIGHT_PT - 2 * MARGIN_PT
    return min(1.0, (A4_HEIGHT_PT - MARGIN_PT - min(lowest)) / height)


def main(site: Path) -> None:
    from playwright.sync_api import sync_playwright

    from tests.conftest import serve

    httpd, base = serve(site)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            for line in screen_figures(browser, base) + control_figures(browser, base) + print_figures(browser, base):
                print(line, flush=True)
            browser.close()
    finally:
        httpd.shutdown()


if __name__ == "__main__":
    if len(sys.argv) != 2 or not Path(sys.argv[1], "index.html").exists():
        sys.exit("Usage: python -m scripts.layout_figures SITE_DIR (a built site, e.g. from mkdocs build -d SITE_DIR)")
    main(Path(sys.argv[1]))
