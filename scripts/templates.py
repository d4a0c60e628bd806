"""Jinja environments for the build: one for our partials, and compiled templates kept between builds.

Compiling Jinja templates took a sixth of a build: MkDocs compiles Material's templates again for
each language, and a new environment per generated section compiled our partials again each time.
`partials_env` is made once per theme; `add_bytecode_cache` lets every build reuse the code Jinja
compiled before (.cache/jinja/), as Jinja's own FileSystemBytecodeCache is meant to.
"""

from __future__ import annotations

import jinja2
from jinja2 import FileSystemBytecodeCache

from scripts.languages import ROOT

BYTECODE_DIR = ROOT / ".cache" / "jinja"
_partials_envs: dict[tuple[str, ...], jinja2.Environment] = {}


class SettingsAwareBytecodeCache(FileSystemBytecodeCache):
    """Jinja's cache keys code by template and source only, but the code differs with autoescaping
    (escaping.py turns it on); the key here names the settings that shape the code, and Jinja's version."""

    def get_bucket(self, environment, name, filename, source):
        settings = (jinja2.__version__, environment.autoescape, environment.trim_blocks,
                    environment.lstrip_blocks, sorted(environment.extensions))
        key = self.get_cache_key(f"{name}\x00{settings!r}", filename)
        bucket = jinja2.bccache.Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket


def add_bytecode_cache(env: jinja2.Environment) -> jinja2.Environment:
    try:
        BYTECODE_DIR.mkdir(parents=True, exist_ok=True)
    except OSError:
        return env  # a read-only checkout compiles every time
    env.bytecode_cache = SettingsAwareBytecodeCache(str(BYTECODE_DIR))
    return env


def partials_env(config) -> jinja2.Environment:
    """The theme's environment with autoescaping (see scripts/hooks/escaping.py), made once per theme."""
    key = tuple(config.theme.dirs)
    if key not in _partials_envs:
        env = config.theme.get_env()
        env.autoescape = True
        _partials_envs[key] = add_bytecode_cache(env)
    return _partials_envs[key]
