"""Lets MkDocs' Jinja environment reuse templates compiled by an earlier build (scripts/templates.py)."""

from __future__ import annotations

from scripts.templates import add_bytecode_cache


def on_env(env, config, files):
    return add_bytecode_cache(env)
