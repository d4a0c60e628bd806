"""Runs `make check`'s checks at the start of every build, so the build sees what an editor would.

Each error becomes a MkDocs warning, so `mkdocs build --strict` (make test, CI) refuses to publish;
`make serve` shows them and keeps serving, so an editor can see a page while fixing it.
MkDocs itself would silently publish some mistakes (front matter that is not valid YAML becomes
page text), which is why this runs inside the build and not only before it.
"""

from __future__ import annotations

from mkdocs.plugins import get_plugin_logger

from scripts.checks import Project
from scripts.checks.run import run_all
from scripts.languages import project_root, whole_build

log = get_plugin_logger("content_checks")


def on_pre_build(config):
    if not whole_build(config):
        return  # the other languages' builds: the checks already covered every language
    for problem in run_all(Project(project_root(config))):
        if problem.severity == "error":
            log.warning(str(problem))
        else:
            log.info(str(problem))
