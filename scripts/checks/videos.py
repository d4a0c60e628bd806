"""Video blocks: the same rules the build applies, but every problem listed with its line."""

from __future__ import annotations

import re

import yaml

from scripts.checks import Problem, Project, body_lines
from scripts.video import video_problems

START_RE = re.compile(r"^\s*/{3}\s*video\b(?:\s*\|\s*(?P<title>.*))?\s*$")
OPTION_RE = re.compile(r"^ {4}\S")
END_RE = re.compile(r"^\s*/{3}\s*$")


def check(project: Project) -> list[Problem]:
    problems = []
    for page in project.readable_pages():
        lines = list(body_lines(page))
        for index, (number, line) in enumerate(lines):
            match = START_RE.match(line)
            if not match:
                continue
            if not _closed(lines[index + 1:]):
                problems.append(Problem(project.relative(page), number,
                    "This video block has no closing line, so it takes in everything after it. Put a line /// "
                    "after its summary, before the next heading or video."))
            option_lines = []
            for _, following in lines[index + 1:]:
                if not OPTION_RE.match(following):
                    break
                option_lines.append(following[4:])
            try:
                options = yaml.safe_load("\n".join(option_lines)) or {}
            except yaml.YAMLError:
                options = None
            if not isinstance(options, dict):
                problems.append(Problem(project.relative(page), number,
                    "The options under this video block cannot be read. Write each on its own line, "
                    "indented by four spaces, as name: value (id, duration, spoken, captions)."))
                continue
            for message in video_problems(match["title"], options):
                problems.append(Problem(project.relative(page), number, message))
    return problems


def _closed(following: list[tuple[int, str]]) -> bool:
    """Whether a /// line ends the block before the next video block starts (blocks here never nest)."""
    for _, line in following:
        if END_RE.match(line):
            return True
        if START_RE.match(line):
            return False
    return False
