"""The theme's files are listed without walking hidden folders (scripts/hooks/template_cache.py), and MkDocs
still finds exactly the static files it found before."""

import jinja2
from mkdocs.config import load_config
from mkdocs.structure.files import Files

from scripts.hooks.template_cache import ThemeLoader, on_config
from tests.conftest import ROOT


def test_mkdocs_finds_the_same_theme_files_as_with_jinjas_own_loader():
    config = load_config(str(ROOT / "mkdocs.yml"))
    before = Files([])
    before.add_files_from_theme(config.theme.get_env(), config)
    on_config(config)
    assert isinstance(config.theme.get_env().loader, ThemeLoader)
    after = Files([])
    after.add_files_from_theme(config.theme.get_env(), config)
    assert sorted(file.src_uri for file in after) == sorted(file.src_uri for file in before)
    assert any(file.src_uri.startswith("assets/stylesheets/main.") for file in after)


def test_only_hidden_folders_are_left_out_and_their_templates_still_load(tmp_path):
    (tmp_path / ".icons" / "set").mkdir(parents=True)
    (tmp_path / ".icons" / "set" / "a.svg").write_text("<svg/>", encoding="utf-8")
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "site.css").write_text("p{}", encoding="utf-8")
    (tmp_path / ".top-level-file").write_text("x", encoding="utf-8")
    loader = ThemeLoader([str(tmp_path)])
    assert loader.list_templates() == [".top-level-file", "assets/site.css"]
    assert set(jinja2.FileSystemLoader([str(tmp_path)]).list_templates()) - set(loader.list_templates()) \
        == {".icons/set/a.svg"}
    assert jinja2.Environment(loader=loader).get_template(".icons/set/a.svg").render() == "<svg/>"
