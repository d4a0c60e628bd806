"""The theme's files are listed without walking hidden folders (scripts/hooks/template_cache.py), and MkDocs
still finds exactly the static files it found before. The cut-down menu template draws Material's menu."""

from pathlib import Path

import jinja2
import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files

from scripts.hooks.template_cache import ThemeLoader, menu_feature_problems, on_config
from tests.conftest import ROOT, build, copy_project


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


def _menus(site: Path) -> dict[str, str]:
    """Each page's menu, as its HTML says it: from the menu's <nav> to the end of its list."""
    menus = {}
    for page in sorted(site.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        start = html.find('<nav class="md-nav md-nav--primary')
        if start >= 0:
            menus[page.relative_to(site).as_posix()] = html[start:html.find("</nav>\n</div>", start)]
    return menus


def test_the_cut_down_menu_is_byte_for_byte_materials_own_on_every_page(site, tmp_path):
    """overrides/partials/nav-item.html against Material's, which a copy of the project without it uses."""
    project = copy_project(tmp_path / "project")
    (project / "overrides" / "partials" / "nav-item.html").unlink()
    materials = tmp_path / "site"
    result = build(project, materials)
    assert result.returncode == 0, result.stderr
    ours, theirs = _menus(site), _menus(materials)
    assert len(ours) > 250 and ours.keys() == theirs.keys()
    different = [page for page in ours if ours[page] != theirs[page]]
    assert not different, f"{len(different)} menus differ from Material's, the first on {different[0]}"


def test_the_build_refuses_menu_settings_the_cut_down_menu_does_not_draw():
    config = load_config(str(ROOT / "mkdocs.yml"))
    assert menu_feature_problems(list(config.theme["features"])) == []
    problems = menu_feature_problems(["navigation.indexes", "navigation.tabs"])
    assert len(problems) == 2
    assert "must include navigation.prune" in problems[0] and "has navigation.tabs" in problems[1]
    config.theme["features"] = ["navigation.indexes", "navigation.prune", "navigation.sections"]
    with pytest.raises(PluginError, match=r"mkdocs.yml: .*navigation.sections"):
        on_config(config)
