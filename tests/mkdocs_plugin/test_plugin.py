"""The MkDocs plugin: typed options, watched folders, hand-written pages win, bad edits keep the site."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, ConfigurationError
from mkdocs.structure.files import File, Files

from tests.conftest import ROOT, SEEDS

pytestmark = pytest.mark.slow


def project(tmp_path: Path, plugin_options: str = "") -> Path:
    folder = tmp_path / "p"
    (folder / "seeds").mkdir(parents=True)
    (folder / "docs").mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, folder / "seeds" / seed.name)
    (folder / "mkdocs.yml").write_text(
        "site_name: Test\ntheme:\n  name: material\n"
        "plugins:\n  - explainer:\n"
        f"      templates_dir: {ROOT / 'site-templates'}\n      cache_dir: .cache\n{plugin_options}",
        encoding="utf-8",
    )
    return folder


def configured(folder: Path):  # type: ignore[no-untyped-def]
    config = load_config(str(folder / "mkdocs.yml"))
    config.plugins.on_startup(command="build", dirty=False)
    config = config.plugins.on_config(config)
    return config, config.plugins["explainer"]


def docs_files(config) -> Files:  # type: ignore[no-untyped-def]
    files = Files([])
    for path in sorted(Path(config.docs_dir).rglob("*.md")):
        files.append(
            File(
                str(path.relative_to(config.docs_dir)),
                config.docs_dir,
                config.site_dir,
                config.use_directory_urls,
            )
        )
    return files


def test_options_are_typed_and_checked(tmp_path: Path) -> None:
    folder = project(tmp_path, "      article_text: everything\n")
    with pytest.raises((ConfigurationError, Abort)):
        load_config(str(folder / "mkdocs.yml"))


def test_serve_watches_seeds_and_templates(tmp_path: Path) -> None:
    config, plugin = configured(project(tmp_path))

    class Server:
        def __init__(self) -> None:
            self.watched: list[str] = []

        def watch(self, path: str) -> None:
            self.watched.append(path)

    server = Server()
    plugin.on_serve(server, config=config, builder=None)
    assert str(tmp_path / "p" / "seeds") in server.watched
    assert str(ROOT / "site-templates") in server.watched


def test_generated_pages_are_added_and_handwritten_pages_win(tmp_path: Path) -> None:
    folder = project(tmp_path)
    (folder / "docs" / "index.md").write_text("# Our own home page\n", encoding="utf-8")
    config, plugin = configured(folder)
    plugin.on_pre_build(config=config)
    files = plugin.on_files(docs_files(config), config=config)
    home = files.get_file_from_path("index.md")
    assert home is not None and not home.generated_by
    assert any(f.src_uri.startswith("articles/") for f in files)
    assert (folder / "docs" / "index.md").read_text(encoding="utf-8") == "# Our own home page\n"


def test_year_pages_of_long_fact_lists_and_per_item_pages_stay_out_of_the_navigation(tmp_path: Path) -> None:
    config, plugin = configured(project(tmp_path))
    plugin.generated = {"timeline.md": "# Timeline\n", "timeline/2013.md": "# Timeline: 2013\n",
                        "people/person/a.md": "# A\n", "people/person/index.md": "# People\n",
                        "people/index.md": "# Who\n", "articles/2020/2020-01/x.md": "# X\n",
                        "articles/2020/2020-01/index.md": "# January\n",
                        "timeline/charts.svg": b"<svg/>"}  # fmt: skip
    files = {f.src_uri: f for f in plugin.on_files(Files([]), config=config)}
    hidden = ("timeline/2013.md", "people/person/a.md", "articles/2020/2020-01/x.md")
    assert all(files[path].inclusion.is_not_in_nav() for path in hidden)
    listed = ("timeline.md", "people/index.md", "people/person/index.md", "articles/2020/2020-01/index.md")
    assert all(files[path].inclusion.is_in_nav() for path in listed)
    assert all(files[path].inclusion.is_included() for path in hidden)  # still built, searched and linked to


def test_a_bad_yaml_edit_keeps_the_last_good_pages(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    folder = project(tmp_path)
    (folder / "seeds" / "story.yml").write_text("title: A good title\n", encoding="utf-8")
    config, plugin = configured(folder)
    plugin.on_pre_build(config=config)
    good = {f.src_uri: f.content_string for f in plugin.on_files(Files([]), config=config) if f.generated_by}
    assert any("A good title" in text for text in good.values())
    (folder / "seeds" / "story.yml").write_text("title: [unclosed\n", encoding="utf-8")
    with caplog.at_level(logging.ERROR, logger="mkdocs.plugins.explainer"):
        plugin.on_pre_build(config=config)
        again = {
            f.src_uri: f.content_string for f in plugin.on_files(Files([]), config=config) if f.generated_by
        }
    assert again == good
    assert any("story.yml" in record.getMessage() for record in caplog.records)


def test_a_strict_build_with_problems_stops_before_touching_the_site(tmp_path: Path) -> None:
    folder = project(tmp_path)
    site = folder / "site"
    site.mkdir()
    (site / "index.html").write_text("the previous site", encoding="utf-8")
    (folder / "seeds" / "broken.txt").write_bytes(b"\x00\x01binary\x00")
    import subprocess
    import sys

    completed = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=folder,
                               capture_output=True, text=True)
    assert completed.returncode != 0
    assert "broken.txt" in completed.stderr
    assert (site / "index.html").read_text(encoding="utf-8") == "the previous site"


TYPO_STORY = "title: A title that applies\nentities:\n  someone:\n    hdie: true\n"


def test_an_editor_typo_fails_the_build_but_every_valid_entry_is_published(tmp_path: Path) -> None:
    import subprocess
    import sys

    folder = project(tmp_path)
    (folder / "seeds" / "story.yml").write_text(TYPO_STORY, encoding="utf-8")
    completed = subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=folder,
                               capture_output=True, text=True)
    assert completed.returncode != 0  # not strict, and still not a success
    assert "story.yml:4:5: error: unknown key 'hdie'" in completed.stderr
    assert "did you mean 'hide'?" in completed.stderr
    home = (folder / "site" / "index.html").read_text(encoding="utf-8")
    assert "A title that applies" in home  # the rest of the file was applied
    assert "ex-editor-banner" not in home  # readers never see the editor's banner


def test_under_serve_every_page_shows_the_editor_banner_until_fixed(tmp_path: Path) -> None:
    folder = project(tmp_path)
    story = folder / "seeds" / "story.yml"
    story.write_text(TYPO_STORY, encoding="utf-8")
    config = load_config(str(folder / "mkdocs.yml"))
    config.plugins.on_startup(command="serve", dirty=False)
    config = config.plugins.on_config(config)
    plugin = config.plugins["explainer"]
    plugin.on_pre_build(config=config)
    files = plugin.on_files(Files([]), config=config)
    page = next(f for f in files if f.src_uri == "index.md").page
    shown = plugin.on_page_content("<p>body</p>", page=page, config=config, files=files)
    assert "ex-editor-banner" in shown and "unknown key &#39;hdie&#39;" in shown
    assert shown.endswith("<p>body</p>")
    plugin.on_post_build(config=config)  # serving: no failure, the banner tells the editor
    story.write_text("title: A title that applies\n", encoding="utf-8")
    plugin.on_pre_build(config=config)
    assert plugin.on_page_content("<p>body</p>", page=page, config=config, files=files) == "<p>body</p>"
