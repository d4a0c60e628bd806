"""Run every content check: python -m scripts.checks [--root FOLDER]."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from scripts.checks import Project
from scripts.checks.run import run_all


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="make check", description="Check every page before it is published.")
    parser.add_argument("--root", type=Path, default=Project().root, help="the project folder (default: this one)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    problems = run_all(Project(args.root.resolve()))
    for problem in problems:
        print(problem)
    errors = sum(1 for p in problems if p.severity == "error")
    warnings = len(problems) - errors
    seconds = time.perf_counter() - started
    if problems:
        print(f"\n{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)} ({seconds:.1f} s). "
              "Errors must be fixed before the site can be published; warnings are reminders.")
    else:
        print(f"No problems found ({seconds:.1f} s).")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
