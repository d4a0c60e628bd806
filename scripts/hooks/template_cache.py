"""Lets MkDocs' Jinja environment reuse templates compiled by an earlier build (scripts/templates.py)."""

from __future__ import annotations

from scripts.templates import add_bytecode_cache


def on_env(env, config, files):
    # MkDocs makes this environment afresh for each build (and each `make serve` rebuild), so it need not
    # look at every template file again each time a page includes one: 9,000 file checks a build.
    env.auto_reload = False
    return add_bytecode_cache(env)
