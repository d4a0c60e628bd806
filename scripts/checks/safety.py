"""Accessibility: images with alt text, headings in order, no placeholders left (raw HTML: raw_html.py)."""

from __future__ import annotations

import re

from scripts.checks import Problem, Project, body_start, lines_of, lines_starting_with, lines_with

IMAGE_RE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]+)")
HEADING_RE = re.compile(r"^(#{1,6})\s")
IMAGE_START_RE = re.compile(r"!\[")
# Text the page generator leaves for the writer; a page still holding it is not finished.
PLACEHOLDER = "WRITE-ME"


def check(project: Project) -> list[Problem]:
    problems = []
    for page in project.readable_pages():
        where = project.relative(page)
        for number, line in enumerate(lines_of(page) if PLACEHOLDER in page.text else (), start=1):
            if PLACEHOLDER in line:
                problems.append(Problem(where, number,
                    f"This line still has the placeholder {PLACEHOLDER}. Write the text, then remove the placeholder."))
        previous_level = 0
        top_level = 0
        lines, start = lines_of(page), body_start(page)
        # only lines with an image's "![" or starting with a heading's "#" can have a problem here
        for number in sorted({*lines_with(page.text, IMAGE_START_RE), *lines_starting_with(page.text, "#")}):
            if number < start:
                continue
            line = lines[number - 1]
            for image in IMAGE_RE.finditer(line):
                if not image["alt"].strip():
                    problems.append(Problem(where, number,
                        f"The image {image['src']} has no alt text. Describe it in the brackets: ![What the picture shows]({image['src']})"))
            heading = HEADING_RE.match(line)
            if heading:
                level = len(heading.group(1))
                if level == 1:
                    top_level += 1
                    if top_level > 1:
                        problems.append(Problem(where, number,
                            "This is a second top-level heading (#). A page has one: make this one ## or lower."))
                elif previous_level == 0:
                    problems.append(Problem(where, number,
                        "The page must start with a top-level heading (# Title) before this one."))
                elif level > previous_level + 1:
                    problems.append(Problem(where, number,
                        f"This heading skips a level (from {'#' * previous_level} to {'#' * level}). "
                        f"Make it {'#' * (previous_level + 1)}."))
                previous_level = level
    return problems
