"""The build's long-lived objects are hidden from the collector during a build and handed back after it,
so a long `make serve` session keeps nothing from one rebuild to the next."""

import gc
from types import SimpleNamespace

from scripts.hooks import garbage_collection


class _I18n:
    building = False


def _config(inner_language_build: bool):
    plugin = _I18n()
    plugin.building = inner_language_build
    return SimpleNamespace(plugins={"i18n": plugin})


def test_a_build_freezes_what_exists_and_gives_it_back_at_the_end():
    gc.unfreeze()
    kept = [[index] for index in range(1000)]
    garbage_collection.on_pre_build(_config(False))
    assert gc.get_freeze_count() >= len(kept)
    garbage_collection.on_pre_build(_config(True))  # a language's build inside mkdocs-static-i18n's loop
    garbage_collection.on_post_build(_config(True))
    assert gc.get_freeze_count() > 0, "the end of one language's build is not the end of the build"
    garbage_collection.on_post_build(_config(False))
    assert gc.get_freeze_count() == 0


def test_a_failed_rebuild_gives_everything_back_too():
    garbage_collection.on_pre_build(_config(False))
    garbage_collection.on_build_error(error=RuntimeError("a page failed"))
    assert gc.get_freeze_count() == 0
